"""The codebook as one unit (pipeline/codebook.py): the real one loads and is consistent; a broken
copy is refused with a message naming the file, the place and the problem; nothing the coder can
emit or store is undefined; and the `eventcoder codebook` command checks and publishes it."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from pipeline import cli
from pipeline.codebook import Codebook, CodebookError, cross_check, load_codebook
from pipeline.store import open_store

CODEBOOKS = Path(__file__).resolve().parents[1] / "codebooks"
LARGE_DICTIONARIES = ("actors/phoenix_countries.yaml", "actors/phoenix_international.yaml")
ARMED = "ARMED"   # acled_mapping.yaml: stands for any of `armed_roles`
PROTESTERS = "PROTESTERS"   # acled_mapping.yaml: a role the words give (protester_words), not a code


def read_yaml(path: Path):
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.CSafeLoader)


def write_yaml(path: Path, data) -> None:
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(data, fh, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)


def edit_yaml(root: Path, name: str, change: Callable[[dict], None]) -> None:
    data = read_yaml(root / name)
    change(data)
    write_yaml(root / name, data)


@pytest.fixture(scope="module")
def cb() -> Codebook:
    return load_codebook(CODEBOOKS)


@pytest.fixture(scope="module")
def small_copy(tmp_path_factory) -> Path:
    """A copy of codebooks/ whose two large generated actor dictionaries keep only their first 300
    entries, so that each broken copy loads in about a second; every other file is as is."""
    root = tmp_path_factory.mktemp("codebook") / "codebooks"
    shutil.copytree(CODEBOOKS, root)
    for name in LARGE_DICTIONARIES:
        edit_yaml(root, name, lambda d: d.update(actors=d["actors"][:300]))
    load_codebook(root)     # the trimmed copy itself is valid
    return root


@pytest.fixture
def copy(small_copy, tmp_path) -> Path:
    root = tmp_path / "codebooks"
    shutil.copytree(small_copy, root)
    return root


def refused(root: Path) -> str:
    with pytest.raises(CodebookError) as caught:
        load_codebook(root)
    return str(caught.value)


# ------------------------------------------------------------------------ the real codebook

def test_real_codebook_loads_and_is_consistent(cb):
    assert list(cross_check(cb)) == []
    assert cb.version and len(cb.content_hash) == 16
    assert cb.events.codes and cb.actor_codes.countries and cb.event_rules.rules and cb.acled_mapping.rules
    assert "added.yaml" in cb.actors


# ------------------------------------------------------------------------ broken copies

def test_event_rule_with_unknown_cameo_code(copy):
    edit_yaml(copy, "rules/events.yaml", lambda d: d["rules"][0].update(cameo="999"))
    rule_id = read_yaml(copy / "rules/events.yaml")["rules"][0]["id"]
    message = refused(copy)
    assert "rules/events.yaml" in message and repr(rule_id) in message
    assert "'999'" in message and "is not in cameo_events.yaml" in message


def test_criminal_gunmen_country_must_be_a_country(copy):
    edit_yaml(copy, "rules/lexicon.yaml",
              lambda d: d["references"]["criminal_gunmen"]["countries"].append("ZZZ"))
    message = refused(copy)
    assert "criminal_gunmen" in message and "'ZZZ' is not a country" in message


def test_local_group_name_must_give_a_valid_code(copy):
    edit_yaml(copy, "rules/lexicon.yaml",
              lambda d: d["references"]["local_group_names"].update({"al shabaab": {"MOZ": "MOZZZZ"}}))
    message = refused(copy)
    assert "local_group_names" in message and "'MOZZZZ'" in message


def test_actor_entry_with_unknown_actor_code(copy):
    def unknown(data):
        data["actors"][0]["codes"][0]["code"] = "ZZZREB"      # ZZZ is no country, region or IGO prefix
    edit_yaml(copy, "actors/added.yaml", unknown)
    entry_id = read_yaml(copy / "actors/added.yaml")["actors"][0]["id"]
    message = refused(copy)
    assert "added.yaml" in message and entry_id in message and "invalid actor code 'ZZZREB'" in message


def test_duplicate_alias_with_different_codes(copy):
    def duplicate(data):
        first, other = data["actors"][0], next(e for e in data["actors"][1:] if e["codes"] != data["actors"][0]["codes"])
        other["names"].append(first["names"][0])
    edit_yaml(copy, "actors/added.yaml", duplicate)
    data = read_yaml(copy / "actors/added.yaml")
    name = data["actors"][0]["names"][0]
    message = refused(copy)
    assert message.startswith("actors/added.yaml:")
    assert repr(name) in message and data["actors"][0]["id"] in message and "different codes" in message


def test_duplicate_alias_with_the_same_codes_is_accepted(copy):
    def duplicate(data):
        first = data["actors"][0]
        data["actors"].append({"id": "SAME_CODES_ALIAS", "names": [first["names"][0]], "codes": first["codes"]})
    edit_yaml(copy, "actors/added.yaml", duplicate)
    load_codebook(copy)


def test_date_limit_from_after_until(copy):
    def backwards(data):
        data["actors"][0]["codes"][0].update({"from": "2024-12-08", "until": "2020-01-01"})
    edit_yaml(copy, "actors/added.yaml", backwards)
    message = refused(copy)
    assert "actors/added.yaml: actors.0.codes.0.until:" in message
    assert "from 2024-12-08 is not before until 2020-01-01" in message


def test_dataset_column_without_description(copy):
    def undocument(data):
        table = next(t for t in data["tables"] if t["name"] == "events")
        next(c for c in table["columns"] if c["name"] == "cameo")["description"] = "  "
    edit_yaml(copy, "dataset.yaml", undocument)
    message = refused(copy)
    assert message.startswith("dataset.yaml: tables.")
    assert "column events.cameo has no description" in message


def test_acled_mapping_rule_with_unknown_sub_event_type(copy):
    edit_yaml(copy, "rules/acled_mapping.yaml", lambda d: d["rules"][0].update(sub_event_type="Poison gas"))
    rule_id = read_yaml(copy / "rules/acled_mapping.yaml")["rules"][0]["id"]
    message = refused(copy)
    assert "rules/acled_mapping.yaml" in message and repr(rule_id) in message
    assert "'Poison gas' is not in acled.yaml" in message


def test_invalid_yaml(copy):
    path = copy / "rules/lexicon.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nbroken: [unclosed, list\n", encoding="utf-8")
    message = refused(copy)
    assert message.startswith("rules/lexicon.yaml: not valid YAML")
    assert "line" in message


def test_missing_file(copy):
    (copy / "rules/patterns.yaml").unlink()
    assert refused(copy) == "rules/patterns.yaml: file is missing"


def test_missing_key(copy):
    edit_yaml(copy, "acled.yaml", lambda d: d.pop("inter_codes"))
    message = refused(copy)
    assert "acled.yaml: inter_codes: Field required" in message


def test_agent_with_unknown_role_code(copy):
    edit_yaml(copy, "agents.yaml", lambda d: d["agents"][0].update(code="ZZZ"))
    name = read_yaml(copy / "agents.yaml")["agents"][0]["names"][0]
    message = refused(copy)
    assert "agents.yaml" in message and name in message
    assert "'ZZZ' is not made of codes defined in actor_codes.yaml" in message


# ------------------------------------------------------------------------ nothing undefined

def test_every_cameo_code_the_coder_emits_is_defined(cb):
    codes = {c.code for c in cb.events.codes}
    assert {rule.cameo for rule in cb.event_rules.rules} <= codes
    # emitted outside the rules (pipeline/coder.py): implied accusations and casualty reports
    assert {"112", "190"} <= codes
    assert cb.events.by_code()["112"].name and cb.events.by_code()["190"].root == "19"
    for rule in cb.acled_mapping.rules:
        for prefix in rule.cameo:
            assert any(code.startswith(prefix) for code in codes), (rule.id, prefix)


def test_coder_constants_name_defined_codes(cb):
    from pipeline import coder, resolve
    codes = {c.code for c in cb.events.codes}
    named = set(getattr(coder, "SPECIFICITY", ())) | set(getattr(coder, "VIOLENT_ROOTS", ())) \
        | set(getattr(resolve, "GENERIC_VIOLENCE", ()))
    assert named <= codes, sorted(named - codes)


def test_every_acled_type_the_mapping_emits_is_defined(cb):
    subs = {s.name: s.event_type for s in cb.acled.sub_event_types}
    types = {t.name for t in cb.acled.event_types}
    for rule in cb.acled_mapping.rules:
        assert rule.event_type in types, rule.id
        assert subs.get(rule.sub_event_type) == rule.event_type, rule.id
    lists = cb.value_lists()
    assert set(lists["acled_sub_event_type"]) == set(subs)
    assert set(lists["acled_event_type"]) == types


def test_every_role_the_mapping_uses_is_defined(cb):
    roles = {r.code for r in cb.actor_codes.roles}
    m = cb.acled_mapping
    used = {role for rule in m.rules for role in [*rule.target_roles, *rule.source_roles]}
    used |= {role for rule in m.inter_codes for role in rule.roles} | set(m.armed_roles) | set(m.state_roles)
    assert used - {ARMED, PROTESTERS} <= roles, sorted(used - {ARMED, PROTESTERS} - roles)
    assert {rule.inter for rule in m.inter_codes} <= {c.code for c in cb.acled.inter_codes}


def test_every_stored_column_is_defined_and_commented(cb, tmp_path):
    con = open_store(tmp_path / "x.duckdb", cb.dataset, cb.value_lists())
    try:
        tables = dict(con.execute(
            "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal").fetchall())
        views = dict(con.execute(
            "SELECT view_name, comment FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal").fetchall())
        columns = con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns() "
            "WHERE schema_name = 'main' AND NOT internal").fetchall()
    finally:
        con.close()
    defined = {t.name: t for t in cb.dataset.tables}
    described_views = {v.name: v.description for v in cb.dataset.views}
    assert set(tables) == set(defined)
    assert set(views) == set(described_views)
    assert all((tables[name] or "").strip() for name in tables), tables
    assert all((views[name] or "").strip() for name in views), views
    seen = set()
    for table, column, comment in columns:
        if table in views:
            continue
        assert table in defined, table
        assert column in defined[table].column_names, f"{table}.{column} is not in dataset.yaml"
        assert defined[table].column(column).description.strip(), f"{table}.{column}"
        assert (comment or "").strip(), f"{table}.{column} has no COMMENT"
        seen.add((table, column))
    assert seen == {(t.name, c.name) for t in cb.dataset.tables for c in t.columns}


# ------------------------------------------------------------------------ the command

@pytest.fixture
def default_codebook(monkeypatch):
    monkeypatch.delenv("EVENTCODER_CODEBOOK", raising=False)


def test_cli_check(default_codebook, cb, capsys):
    assert cli.main(["codebook", "--check"]) == 0
    out = capsys.readouterr().out
    assert f"codebook {cb.version} ({cb.content_hash}) is valid" in out
    assert f"{len(cb.events.codes)} CAMEO codes" in out


def test_cli_check_refuses_a_broken_codebook(copy, capsys):
    (copy / "rules/patterns.yaml").unlink()
    assert cli.main(["codebook", "--check", "--codebook", str(copy)]) == 1
    assert "rules/patterns.yaml: file is missing" in capsys.readouterr().err


def test_cli_publishes(default_codebook, tmp_path, capsys):
    out = tmp_path / "published"
    assert cli.main(["codebook", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    for name in ("codebook.md", "codebook.html"):
        assert (out / name).stat().st_size > 10_000
        assert f"wrote {out / name}" in printed
