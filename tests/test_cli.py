"""The `eventcoder` command: run (idempotent), evaluate (JSON report, coded events as JSON Lines)
and export (jsonl, ACLED csv, parquet), called in-process through `pipeline.cli.main`."""
from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEEDS_GOLD = ROOT / "tests" / "fixtures" / "seeds_gold.yaml"

TABLES = ("articles", "sentences", "events", "event_actors", "event_evidence", "casualties", "quarantine")
EVENT_FIELDS = {
    "article", "cameo", "source", "target", "date", "location", "admin1", "admin2", "modality", "claimed_by",
    "fatalities", "injured", "acled_event_type", "acled_sub_event_type", "sentence", "start", "end",
}
REPORT_KEYS = {"precision", "recall", "f1", "forbidden", "attributes", "per_root", "missed", "false_positives"}
ACLED_COLUMNS = {
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "admin2", "location", "latitude", "longitude", "source", "notes", "fatalities", "tags",
}
PARQUET_EVENT_COLUMNS = {
    "id", "article_id", "cameo", "source_actors", "target_actors", "event_date", "location", "admin1", "admin2",
    "modality", "claimed_by", "fatalities", "injured", "acled_event_type", "acled_sub_event_type",
    "sentence_index", "char_start", "char_end",
}


def eventcoder(capsys, *argv: str) -> str:
    """Run `eventcoder ARGV...`, assert it exits 0, and return what it printed on stdout."""
    code = main([str(arg) for arg in argv])
    out = capsys.readouterr().out
    assert code == 0, out
    return out


def counts(database: Path) -> dict[str, int]:
    with duckdb.connect(str(database), read_only=True) as con:
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def scalar(database: Path, sql: str):
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def check_event_record(record: dict) -> None:
    missing = EVENT_FIELDS - set(record)
    assert not missing, missing
    assert record["cameo"] and record["sentence"]
    assert record["modality"] in {"asserted", "claimed", "denied", "hypothetical"}
    assert 0 <= record["start"] < record["end"]
    assert record["end"] - record["start"] == len(record["sentence"])
    assert isinstance(record["source"], list) and isinstance(record["target"], list)


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory) -> Path:
    """The seed articles coded once by `eventcoder run`, for the export tests."""
    folder = tmp_path_factory.mktemp("coded")
    db = folder / "events.duckdb"
    assert main(["run", "--input", str(SEEDS), "--db", str(db)]) == 0
    return db


# ---------------------------------------------------------------- run

def test_run_prints_a_summary_and_running_twice_adds_no_rows(tmp_path, capsys):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    db = tmp_path / "data" / "events.duckdb"

    out = eventcoder(capsys, "run", "--input", articles, "--db", db)

    assert out.startswith(f"done: {db}")
    assert re.search(r"^this run: raw articles 2, .*events \d+", out, re.M)
    first = counts(db)
    assert re.search(rf"^tables: .*events {first['events']}\b", out, re.M)
    assert first["articles"] == 2 and first["events"] > 0

    eventcoder(capsys, "run", "--input", articles, "--db", db)

    assert counts(db) == first


def test_run_on_a_missing_folder_fails_with_a_message(tmp_path, capsys):
    code = main(["run", "--input", str(tmp_path / "nowhere"), "--db", str(tmp_path / "events.duckdb")])

    assert code == 1
    assert "input folder not found" in capsys.readouterr().err


# ---------------------------------------------------------------- evaluate

def test_evaluate_json_prints_one_report_object(capsys):
    out = eventcoder(capsys, "evaluate", SEEDS_GOLD, "--json")

    report = json.loads(out)   # the whole of stdout is one JSON object
    assert isinstance(report, dict)
    assert REPORT_KEYS <= set(report)
    for key in ("precision", "recall", "f1"):
        assert 0.0 <= report[key] <= 1.0, key
    assert isinstance(report["forbidden"], int) and report["forbidden"] >= 0
    assert isinstance(report["attributes"], dict) and isinstance(report["per_root"], dict)
    assert isinstance(report["missed"], list) and isinstance(report["false_positives"], list)


def test_evaluate_events_out_writes_one_event_per_line(tmp_path, capsys):
    events_out = tmp_path / "out" / "coded.jsonl"

    eventcoder(capsys, "evaluate", SEEDS_GOLD, "--events-out", events_out)

    records = [json.loads(line) for line in events_out.read_text(encoding="utf-8").splitlines()]
    assert records
    assert {r["article"] for r in records} <= {p.name for p in SEEDS.glob("*.txt")}
    for record in records:
        check_event_record(record)


# ---------------------------------------------------------------- export

def test_export_jsonl_has_every_event_with_its_fields(coded_db, tmp_path, capsys):
    out = tmp_path / "events.jsonl"

    assert eventcoder(capsys, "export", "--format", "jsonl", "--out", out, "--db", coded_db).startswith("wrote ")

    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == scalar(coded_db, "SELECT count(*) FROM events")
    for record in records:
        check_event_record(record)
    assert json.loads(Path(f"{out}.codebook.json").read_text())["codebook_version"]


def test_export_csv_has_the_acled_columns(coded_db, tmp_path, capsys):
    out = tmp_path / "events.csv"

    eventcoder(capsys, "export", "--format", "csv", "--out", out, "--db", coded_db)

    with out.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert ACLED_COLUMNS <= set(reader.fieldnames)
    assert len(rows) == scalar(coded_db, "SELECT count(*) FROM acled_events") > 0
    assert all(row["event_type"] and row["notes"] for row in rows)
    assert Path(f"{out}.codebook.json").exists()


def test_export_parquet_has_the_event_table_and_its_evidence(coded_db, tmp_path, capsys):
    out = tmp_path / "events.parquet"

    eventcoder(capsys, "export", "--format", "parquet", "--out", out, "--db", coded_db)

    with duckdb.connect() as con:
        columns = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()}
        n_events = con.execute(f"SELECT count(*) FROM read_parquet('{out}')").fetchone()[0]
        n_evidence = con.execute(
            f"SELECT count(*) FROM read_parquet('{tmp_path / 'events.event_evidence.parquet'}')").fetchone()[0]
    assert PARQUET_EVENT_COLUMNS <= columns
    assert n_events == scalar(coded_db, "SELECT count(*) FROM events") > 0
    assert n_evidence == scalar(coded_db, "SELECT count(*) FROM event_evidence")
    assert Path(f"{out}.codebook.json").exists()
