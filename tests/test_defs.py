"""The Dagster definitions: every asset materialises with Dagster itself, re-runs add no rows,
the UI's GraphQL API lists every asset and check, blocking checks stop the database write, and
bad input goes to quarantine without failing the run."""
from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline import steps
from pipeline.definitions import build_definitions

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

ASSETS = {"raw_articles", "clean_articles", "sentences", "event_mentions", "events", "event_database"}
BLOCKING_CHECKS = {"event_codes_in_codebook", "evidence_points_at_sentences", "event_ids_unique"}
CHECKS = BLOCKING_CHECKS | {"database_has_no_duplicates"}
TABLES = {"articles", "sentences", "events", "event_actors", "event_evidence", "casualties", "quarantine"}


# ---------------------------------------------------------------- helpers

def materialize(input_dir: Path, database: Path) -> dg.ExecuteInProcessResult:
    """Every asset and asset check of the project's definitions, in this process."""
    defs = build_definitions(str(input_dir), str(database))
    return dg.materialize([*defs.assets, *defs.asset_checks], resources=defs.resources,
                          instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)


def materialized(result: dg.ExecuteInProcessResult) -> set[str]:
    return {event.asset_key.to_user_string() for event in result.get_asset_materialization_events()}


def check_outcomes(result: dg.ExecuteInProcessResult) -> dict[str, bool]:
    return {evaluation.check_name: evaluation.passed for evaluation in result.get_asset_check_evaluations()}


def counts(database: Path) -> dict[str, int]:
    with duckdb.connect(str(database), read_only=True) as con:
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in sorted(TABLES)}


def query(database: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(sql).fetchall()


# ---------------------------------------------------------------- materialising the seeds

def test_every_asset_materialises_on_the_seeds_and_every_check_passes(tmp_path):
    db = tmp_path / "events.duckdb"
    result = materialize(SEEDS, db)

    assert result.success
    assert materialized(result) == ASSETS
    outcomes = check_outcomes(result)
    assert set(outcomes) == CHECKS
    assert all(outcomes.values()), outcomes

    rows = counts(db)
    assert rows["articles"] == len(list(SEEDS.glob("*.txt")))
    for table in ("sentences", "events", "event_actors", "event_evidence", "casualties"):
        assert rows[table] > 0, table
    # no seed input is bad (the confidence model may set aside a candidate event, with its score)
    assert query(db, "SELECT count(*) FROM quarantine WHERE stage <> 'confidence'") == [(0,)]
    # every stored event is traceable: its article is stored and it has evidence
    assert query(db, "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)") == [(0,)]
    assert query(db, "SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_evidence)") == [(0,)]


def test_materialising_twice_leaves_every_row_count_unchanged(tmp_path):
    db = tmp_path / "events.duckdb"
    assert materialize(SEEDS, db).success
    first = counts(db)

    again = materialize(SEEDS, db)

    assert again.success
    assert check_outcomes(again)["database_has_no_duplicates"]
    assert counts(db) == first


# ---------------------------------------------------------------- what the UI shows

ASSETS_AND_CHECKS_QUERY = """
query {
  assetNodes {
    assetKey { path }
    jobNames
    assetChecksOrError { ... on AssetChecks { checks { name blocking } } }
  }
}
"""


def test_graphql_api_lists_every_asset_and_every_check_by_name():
    """The webserver's GraphQL schema, served in-process over the `pipeline.definitions` module."""
    from dagster._core.test_utils import in_process_test_workspace
    from dagster._core.types.loadable_target_origin import LoadableTargetOrigin
    from dagster_graphql.test.utils import execute_dagster_graphql

    origin = LoadableTargetOrigin(module_name="pipeline.definitions", attribute="defs", working_directory=str(ROOT))
    with dg.instance_for_test() as instance, in_process_test_workspace(instance, origin) as context:
        result = execute_dagster_graphql(context, ASSETS_AND_CHECKS_QUERY)

    nodes = {"/".join(node["assetKey"]["path"]): node for node in result.data["assetNodes"]}
    assert set(nodes) == ASSETS
    assert all("code_articles" in node["jobNames"] for node in nodes.values())
    checks = {check["name"]: check["blocking"]
              for node in nodes.values() for check in node["assetChecksOrError"]["checks"]}
    assert set(checks) == CHECKS
    assert {name for name, blocking in checks.items() if blocking} == BLOCKING_CHECKS


# ---------------------------------------------------------------- blocking checks

def _unknown_code(events: list) -> None:
    events[0] = events[0].model_copy(update={"cameo": "999"})


def _evidence_elsewhere(events: list) -> None:
    evidence = events[0].evidence
    moved = evidence[0].model_copy(update={"sentence_index": 9999})
    events[0] = events[0].model_copy(update={"evidence": [moved, *evidence[1:]]})


def _duplicate(events: list) -> None:
    events.append(events[0].model_copy())


@pytest.mark.parametrize(("corrupt", "failing_check"), [
    (_unknown_code, "event_codes_in_codebook"),
    (_evidence_elsewhere, "evidence_points_at_sentences"),
    (_duplicate, "event_ids_unique"),
])
def test_a_failing_blocking_check_stops_the_database_write(tmp_path, monkeypatch, corrupt, failing_check):
    real_events_batch = steps.events_batch

    def corrupted_events_batch(*args, **kwargs):
        result = real_events_batch(*args, **kwargs)
        assert result.items, "the seeds must give events to corrupt"
        corrupt(result.items)
        return result

    monkeypatch.setattr(steps, "events_batch", corrupted_events_batch)
    db = tmp_path / "events.duckdb"
    result = materialize(SEEDS, db)

    assert not result.success
    outcomes = check_outcomes(result)
    assert outcomes[failing_check] is False
    assert all(passed for name, passed in outcomes.items() if name != failing_check), outcomes
    assert "events" in materialized(result)
    assert "event_database" not in materialized(result)
    assert not db.exists() or not any(counts(db).values())


# ---------------------------------------------------------------- bad input

def test_bad_input_is_quarantined_with_a_reason_and_the_run_succeeds(tmp_path):
    folder = tmp_path / "input"
    shutil.copytree(SEEDS, folder)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02GIF89a\x00\xff" * 50)
    good_line = '{"id": "f1", "title": "Clashes", "text": "Rebels attacked an army post in Idlib on Monday, a monitor said."}'
    (folder / "feed.jsonl").write_text(good_line + '\n{"id": "f2", "text": "unterminated\n')
    db = tmp_path / "events.duckdb"

    result = materialize(folder, db)

    assert result.success
    assert materialized(result) == ASSETS
    reasons = dict(query(db, "SELECT source, string_agg(reason, '; ') FROM quarantine "
                             "WHERE stage <> 'confidence' GROUP BY source"))
    assert {"empty.txt", "binary.txt", "feed.jsonl:2"} <= set(reasons)
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "JSON" in reasons["feed.jsonl:2"]
    assert not {p.name for p in SEEDS.glob("*.txt")} & set(reasons)
    sources = {source for (source,) in query(db, "SELECT source FROM articles")}
    assert "feed.jsonl:1" in sources
    assert {p.name for p in SEEDS.glob("*.txt")} <= sources
