"""Exports: JSON Lines records with their evidence, ACLED-layout CSV, Parquet tables, codebook stub."""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from pipeline import export, store
from schemas.article import CleanArticle
from schemas.dataset import load_dataset
from schemas.event import Casualty, Event, Evidence, Place, Span

DATASET_FILE = Path(__file__).resolve().parent.parent / "codebooks" / "dataset.yaml"
VALUE_LISTS = {
    "cameo_event_code": ["112", "190", "195"],
    "acled_event_type": ["Battles", "Explosions/Remote violence"],
    "acled_sub_event_type": ["Armed clash", "Air/drone strike"],
    "disorder_type": ["Political violence"],
}
META = {"codebook_version": "1.0", "codebook_hash": "abc123", "coder_version": "0.1.0"}
JSONL_KEYS = {
    "article", "event_id", "cameo", "source", "target", "date", "location", "admin1", "admin2", "country",
    "latitude", "longitude", "modality", "claimed_by", "fatalities", "injured", "acled_event_type",
    "acled_sub_event_type", "sentence", "start", "end", "evidence", "rule_ids", "codebook_version",
    "codebook_hash", "coder_version",
}
TEXT = ("Government aircraft bombed Idlib on Sunday, rescuers said. Three civilians were killed in the raid. "
        "The ministry accused rebels of provocations.")
FIRST, SECOND, THIRD = TEXT.split(". ")[0] + ".", TEXT.split(". ")[1] + ".", TEXT.split(". ")[2]


def _evidence(index: int) -> Evidence:
    sentence = [FIRST, SECOND, THIRD][index]
    start = TEXT.index(sentence)
    return Evidence(sentence_index=index, start=start, end=start + len(sentence), text=sentence, rule_ids=["air"])


def make_events() -> list[Event]:
    air = Event(
        id="e-air", article_id="a1", cameo="195", root="19", quad_class=4, goldstein=-10.0,
        source=["SYRMIL"], target=["SYRCVL"], date=dt.date(2018, 11, 25), date_precision="day",
        place=Place(name="Idlib", admin1="Idlib", country="SYR", latitude=35.93, longitude=36.63, geo_precision=1),
        modality="claimed", claimed_by=["SYRMED"], fatalities=3,
        casualties=[Casualty(kind="killed", count=3, span=Span(start=TEXT.index("Three"), end=TEXT.index(" in the"),
                                                                text="Three civilians were killed"))],
        acled_event_type="Explosions/Remote violence", acled_sub_event_type="Air/drone strike",
        disorder_type="Political violence", inter1=1, inter2=7, interaction=17, rule_ids=["air"],
        evidence=[_evidence(0), _evidence(1)], **META)
    accuse = Event(
        id="e-accuse", article_id="a1", cameo="112", root="11", quad_class=3, goldstein=-2.0, source=["SYRGOV"],
        target=["SYRREB"], modality="asserted", rule_ids=["accuse"], evidence=[_evidence(2)], **META)
    return [air, accuse]


@pytest.fixture
def con(tmp_path: Path):
    connection = store.open_store(tmp_path / "events.duckdb", load_dataset(DATASET_FILE), VALUE_LISTS)
    article = CleanArticle(id="a1", source="004_syria.txt", publisher="SANA", url="https://example.org/a1", text=TEXT)
    store.write_rows(connection, "articles", store.article_rows([article]))
    store.replace_article_events(connection, ["a1"], store.event_rows(make_events()))
    yield connection
    connection.close()


def test_event_dicts_carry_evidence_and_offsets(con) -> None:
    records = {r["event_id"]: r for r in export.event_dicts(con)}
    assert set(records) == {"e-air", "e-accuse"}
    air = records["e-air"]
    assert JSONL_KEYS <= set(air)
    assert air["article"] == "004_syria.txt"
    assert (air["source"], air["target"], air["claimed_by"]) == (["SYRMIL"], ["SYRCVL"], ["SYRMED"])
    assert air["date"] == "2018-11-25" and air["modality"] == "claimed"
    assert air["sentence"] == FIRST and TEXT[air["start"]:air["end"]] == FIRST
    assert [e["sentence"] for e in air["evidence"]] == [FIRST, SECOND]
    assert all(TEXT[e["start"]:e["end"]] == e["sentence"] for e in air["evidence"])
    assert air["casualties"][0]["count"] == 3
    assert records["e-accuse"]["date"] is None and records["e-accuse"]["casualties"] == []


def test_event_dicts_for_some_articles(con) -> None:
    assert export.event_dicts(con, article_ids=["elsewhere"]) == []
    assert len(export.event_dicts(con, article_ids=["a1"])) == 2


def test_jsonl_export_round_trips(con, tmp_path: Path) -> None:
    out = tmp_path / "out" / "events.jsonl"
    written = export.export_events(con, "jsonl", out, META)
    assert written == [out, tmp_path / "out" / "events.jsonl.codebook.json"]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == export.event_dicts(con)
    assert all(JSONL_KEYS <= set(json.loads(line)) for line in lines)
    assert json.loads(written[1].read_text()) == META
    assert not list(out.parent.glob("*.partial"))


def test_csv_export_has_acled_headers(con, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    export.export_events(con, "csv", out, META)
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with open(out, newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header[:4] == ["event_id_cnty", "event_date", "year", "time_precision"]
    assert header[-3:] == ["fatalities", "tags", "timestamp"] and len(header) == 31
    assert [r["event_id_cnty"] for r in rows] == ["e-air"]          # the accusation is no ACLED event
    assert rows[0]["sub_event_type"] == "Air/drone strike" and rows[0]["civilian_targeting"] == "Civilian targeting"
    assert rows[0]["source"] == "SANA" and rows[0]["tags"] == "claimed"
    assert (tmp_path / "acled.csv.codebook.json").exists()


def test_parquet_export_is_readable(con, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    written = export.export_events(con, "parquet", out, META)
    paths = export.parquet_paths(out)
    assert set(written) == set(paths.values()) | {tmp_path / "events.parquet.codebook.json"}
    reader = duckdb.connect()
    events = reader.execute(f"SELECT id, modality, source_actors FROM read_parquet('{out}') ORDER BY id").fetchall()
    assert events == [("e-accuse", "asserted", ["SYRGOV"]), ("e-air", "claimed", ["SYRMIL"])]
    evidence = reader.execute(f"SELECT count(*) FROM read_parquet('{paths['event_evidence']}')").fetchall()
    casualties = reader.execute(f"SELECT kind, count FROM read_parquet('{paths['casualties']}')").fetchall()
    assert evidence == [(3,)] and casualties == [("killed", 3)]
    codec = reader.execute(f"SELECT DISTINCT compression FROM parquet_metadata('{out}')").fetchall()
    assert codec == [("ZSTD",)]


def test_unknown_format_is_refused(con, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export.export_events(con, "xml", tmp_path / "x.xml", META)  # type: ignore[arg-type]
