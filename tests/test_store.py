"""The event store: dataset definition, generated DDL, idempotent bulk writes, replacement of an
article's events, schema drift and the lock error."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import typing
from pathlib import Path

import duckdb
import pytest
from pydantic import ValidationError

from pipeline import store
from pipeline.store_batch import save_run
from schemas import article as article_schema
from schemas import event as event_schema
from schemas.article import CleanArticle, QuarantineRecord, Sentence
from schemas.dataset import Dataset, load_dataset
from schemas.event import Casualty, Event, Evidence, Place, Span

DATASET_FILE = Path(__file__).resolve().parent.parent / "codebooks" / "dataset.yaml"
VALUE_LISTS = {
    "cameo_event_code": ["016", "112", "190", "193", "195"],
    "acled_event_type": ["Battles", "Explosions/Remote violence", "Violence against civilians"],
    "acled_sub_event_type": ["Armed clash", "Air/drone strike", "Attack"],
    "disorder_type": ["Political violence", "Demonstrations", "Strategic developments"],
}
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
PHOENIX_COLUMNS = [
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
    "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
]
CODED_AT = dt.datetime(2026, 11, 22, 12, 0)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(DATASET_FILE)


@pytest.fixture
def con(tmp_path: Path, dataset: Dataset):
    connection = store.open_store(tmp_path / "store" / "events.duckdb", dataset, VALUE_LISTS)
    yield connection
    connection.close()


def make_article(article_id: str = "a1", source: str = "a1.txt") -> CleanArticle:
    text = "Troops clashed with rebels near Kadugli on Monday. At least 12 people were killed."
    return CleanArticle(id=article_id, source=source, title="Clashes", publisher="Wire", published=dt.date(2024, 3, 5),
                        published_source="metadata", text=text)


def make_event(event_id: str = "e1", article_id: str = "a1", **changes: object) -> Event:
    fields: dict[str, object] = dict(
        id=event_id, article_id=article_id, cameo="190", root="19", quad_class=4, goldstein=-10.0,
        source=["SDNMIL"], target=["SDNREB", "SDNINS"], date=dt.date(2024, 3, 4), date_precision="day",
        place=Place(name="Kadugli", admin1="South Kordofan", country="SDN", latitude=11.01, longitude=29.72,
                    geo_precision=1, geonameid=368277),
        modality="asserted", fatalities=12,
        casualties=[Casualty(kind="killed", count=12, qualifier="at_least",
                             span=Span(start=51, end=80, text="At least 12 people were killed"))],
        acled_event_type="Battles", acled_sub_event_type="Armed clash", disorder_type="Political violence",
        inter1=1, inter2=2, interaction=12, rule_ids=["clash"],
        evidence=[Evidence(sentence_index=0, start=0, end=50, text="Troops clashed with rebels near Kadugli on Monday.",
                           rule_ids=["clash"]),
                  Evidence(sentence_index=1, start=51, end=81, text="At least 12 people were killed.")],
        codebook_version="1.0", codebook_hash="abc123", coder_version="0.1.0",
    )
    fields.update(changes)
    return Event.model_validate(fields)


def counts(con) -> dict[str, int]:
    return store.table_counts(con)


# ------------------------------------------------------------------------ dataset definition

def test_dataset_file_is_valid_and_complete(dataset: Dataset) -> None:
    assert [t.name for t in dataset.tables] == [
        "articles", "sentences", "events", "event_actors", "event_evidence", "casualties", "quarantine"]
    assert {v.name for v in dataset.views} == {"acled_events", "phoenix_events"}
    events = dataset.table("events")
    assert events.column("source_actors").type == "VARCHAR[]"
    assert events.column("modality").allowed == "modality"


@pytest.mark.parametrize("enum, literal", [
    ("modality", event_schema.Modality), ("date_precision", event_schema.DatePrecision),
    ("casualty_kind", event_schema.CasualtyKind), ("qualifier", event_schema.Qualifier),
    ("quarantine_stage", QuarantineRecord.model_fields["stage"].annotation),
])
def test_enums_mirror_the_pydantic_models(dataset: Dataset, enum: str, literal: object) -> None:
    assert dataset.enums[enum] == list(typing.get_args(literal))


def test_inline_lists_mirror_the_pydantic_models(dataset: Dataset) -> None:
    articles = dataset.table("articles")
    assert articles.column("format").allowed == list(typing.get_args(article_schema.InputFormat))
    assert articles.column("published_source").allowed == list(typing.get_args(article_schema.DateSource))


def test_column_names_are_not_sql_keywords(dataset: Dataset) -> None:
    names = [c.name for t in dataset.tables for c in t.columns]
    keywords = duckdb.connect().execute(
        "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category <> 'unreserved' "
        "AND list_contains(?, keyword_name)", [names]).fetchall()
    assert keywords == []


def _table_dict(**changes: object) -> dict:
    table = {"name": "t", "description": "A table.", "primary_key": ["id"],
             "columns": [{"name": "id", "type": "VARCHAR", "nullable": False, "description": "Key."},
                         {"name": "x", "type": "INTEGER", "description": "A number."}]}
    table.update(changes)
    return table


@pytest.mark.parametrize("table, message", [
    (_table_dict(primary_key=["nope"]), "primary key column t.nope"),
    (_table_dict(columns=[{"name": "id", "type": "VARCHAR", "nullable": False, "description": "Key."},
                          {"name": "x", "type": "INTEGER", "description": "  "}]), "column t.x has no description"),
    (_table_dict(columns=[{"name": "id", "type": "VARCHAR", "nullable": False, "description": "Key."},
                          {"name": "id", "type": "VARCHAR", "nullable": False, "description": "Again."}]),
     "duplicate columns: id"),
    (_table_dict(columns=[{"name": "id", "type": "TEXTISH", "nullable": False, "description": "Key."}]),
     "is not one of"),
    (_table_dict(columns=[{"name": "id", "type": "VARCHAR", "description": "Key."}]), "must be declared nullable"),
])
def test_dataset_validators_name_the_problem(table: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Dataset.model_validate({"version": "1", "tables": [table]})


def test_dataset_rejects_duplicate_table_names() -> None:
    with pytest.raises(ValidationError, match="duplicate table or view names: t"):
        Dataset.model_validate({"version": "1", "tables": [_table_dict(), _table_dict()]})


def test_feeds_name_columns_of_the_export_views(con, dataset: Dataset) -> None:
    view_columns = {
        view: [row[0] for row in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index", [view]).fetchall()]
        for view in ("acled_events", "phoenix_events")
    }
    assert view_columns["acled_events"] == ACLED_COLUMNS
    assert view_columns["phoenix_events"] == PHOENIX_COLUMNS
    feeds = [feed for t in dataset.tables for c in t.columns for feed in c.feeds]
    for feed in feeds:
        kind, column = feed.split(":")
        assert column in view_columns[f"{kind}_events"], feed


# ------------------------------------------------------------------------------------- DDL

def test_ddl_gives_every_table_and_column_a_comment(con, dataset: Dataset) -> None:
    tables = dict(con.execute(
        "SELECT table_name, comment FROM duckdb_tables() WHERE NOT temporary").fetchall())
    assert set(tables) == {t.name for t in dataset.tables}
    assert all(tables.values())
    columns = con.execute(
        "SELECT table_name, column_name, comment FROM duckdb_columns() "
        "WHERE list_contains(?, table_name)", [list(tables)]).fetchall()
    assert len(columns) == sum(len(t.columns) for t in dataset.tables)
    assert [(t, c) for t, c, comment in columns if not comment] == []
    views = dict(con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall())
    assert set(views) == {"acled_events", "phoenix_events"} and all(views.values())


def test_comment_mentions_the_export_column(con) -> None:
    comment = con.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'events' "
                          "AND column_name = 'acled_event_type'").fetchall()[0][0]
    assert "acled:event_type" in comment


def test_ddl_statements_are_idempotent(dataset: Dataset) -> None:
    scratch = duckdb.connect()
    statements = store.ddl(dataset, VALUE_LISTS)
    for _ in range(2):
        for statement in statements:
            scratch.execute(statement)
    assert any(s.startswith('CREATE OR REPLACE TYPE "modality" AS ENUM') for s in statements)
    assert any('CHECK ("cameo" IN (' in s for s in statements)


def test_reopening_keeps_rows(tmp_path: Path, dataset: Dataset) -> None:
    path = tmp_path / "events.duckdb"
    with store.open_store(path, dataset, VALUE_LISTS) as con:
        store.write_rows(con, "articles", store.article_rows([make_article()]))
    with store.open_store(path, dataset, VALUE_LISTS) as con:
        assert counts(con)["articles"] == 1


def test_missing_value_list_is_named(dataset: Dataset) -> None:
    lists = {k: v for k, v in VALUE_LISTS.items() if k != "cameo_event_code"}
    with pytest.raises(ValueError, match="events.cameo needs 'cameo_event_code'"):
        store.ddl(dataset, lists)


def test_codebook_list_must_agree_with_the_enum(dataset: Dataset) -> None:
    with pytest.raises(ValueError, match="value list 'modality' differs"):
        store.ddl(dataset, {**VALUE_LISTS, "modality": ["asserted"]})


def test_enum_rejects_a_bad_modality(con) -> None:
    store.write_rows(con, "articles", store.article_rows([make_article()]))
    rows = store.event_rows([make_event()], coded_at=CODED_AT)["events"]
    rows["modality"] = ["rumoured"]
    with pytest.raises(store.StoreWriteError, match=r"events\.modality not one of .*'rumoured'"):
        store.write_rows(con, "events", rows)
    assert counts(con)["events"] == 0
    store.write_rows(con, "events", store.event_rows([make_event()], coded_at=CODED_AT)["events"])
    with pytest.raises(duckdb.ConversionException):
        con.execute("UPDATE events SET modality = 'rumoured'")
    assert con.execute("SELECT modality FROM events").fetchall() == [("asserted",)]


def test_check_rejects_a_code_outside_the_codebook(con) -> None:
    rows = store.event_rows([make_event(cameo="999")], coded_at=CODED_AT)["events"]
    with pytest.raises(store.StoreWriteError, match=r"events\.cameo not in its value list: '999'"):
        store.write_rows(con, "events", rows)
    assert counts(con)["events"] == 0


def test_not_null_is_reported_by_column(con) -> None:
    rows = store.article_rows([make_article()])
    rows["text"] = [None]
    with pytest.raises(store.StoreWriteError, match=r"articles\.text may not be NULL"):
        store.write_rows(con, "articles", rows)


# ---------------------------------------------------------------------------------- writing

def test_writing_the_same_rows_twice_changes_nothing(con) -> None:
    articles = store.article_rows([make_article("a1"), make_article("a2", "feed.jsonl:2")], ingested_at=CODED_AT)
    sentences = store.sentence_rows([Sentence(article_id="a1", index=0, start=0, end=50, text="x" * 50)])
    quarantine = store.quarantine_rows([QuarantineRecord(id="q1", source="bad.html", stage="clean", reason="empty")],
                                       quarantined_at=CODED_AT)
    tables = {"articles": articles, "sentences": sentences, "quarantine": quarantine,
              **store.event_rows([make_event("e1"), make_event("e2", cameo="193")], coded_at=CODED_AT)}
    first = {name: store.write_rows(con, name, rows) for name, rows in tables.items()}
    before = counts(con)
    second = {name: store.write_rows(con, name, rows) for name, rows in tables.items()}
    assert counts(con) == before
    assert before == {"articles": 2, "sentences": 1, "quarantine": 1, "events": 2, "event_actors": 6,
                      "event_evidence": 4, "casualties": 2}
    assert first == before and set(second.values()) == {0}


def test_a_changed_row_replaces_the_stored_one(con) -> None:
    store.write_rows(con, "articles", store.article_rows([make_article()], ingested_at=CODED_AT))
    changed = make_article().model_copy(update={"title": "New title"})
    assert store.write_rows(con, "articles", store.article_rows([changed], ingested_at=CODED_AT)) == 1
    assert con.execute("SELECT title FROM articles").fetchall() == [("New title",)]


def test_duplicate_keys_in_one_batch_keep_the_last_row(con) -> None:
    first, second = make_article(), make_article().model_copy(update={"title": "Second"})
    store.write_rows(con, "articles", store.article_rows([first, second]))
    assert con.execute("SELECT title FROM articles").fetchall() == [("Second",)]


def test_write_rows_rejects_unknown_columns_and_ragged_lists(con) -> None:
    with pytest.raises(ValueError, match="has no columns"):
        store.write_rows(con, "articles", {"id": ["a"], "colour": ["red"]})
    with pytest.raises(ValueError, match="differ in length"):
        store.write_rows(con, "articles", {"id": ["a", "b"], "source": ["x"]})
    with pytest.raises(ValueError, match="lack primary key"):
        store.write_rows(con, "articles", {"source": ["x"]})
    assert store.write_rows(con, "articles", store.article_rows([])) == 0


def test_row_converters(dataset: Dataset) -> None:
    aware = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    rows = store.article_rows([make_article("a", "feed.JSONL:12"), make_article("b", "page.htm"),
                               make_article("c", "notes.md")], ingested_at=aware)
    assert rows["format"] == ["jsonl", "html", None]
    assert rows["ingested_at"][0] == dt.datetime(2026, 1, 1, 10, 0)
    tables = store.event_rows([make_event(claimed_by=["SDNMIL", "SDNMIL"])], coded_at=CODED_AT)
    assert set(tables) == {"events", "event_actors", "event_evidence", "casualties"}
    for name, columns in tables.items():
        assert list(columns) == dataset.table(name).column_names
    events = tables["events"]
    assert (events["sentence_index"], events["char_start"], events["char_end"]) == ([0], [0], [50])
    assert tables["event_actors"]["side"] == ["source", "target", "target", "claimant"]
    assert tables["casualties"]["id"] == [store.casualty_id("e1", "killed", 51, 80)]


def test_event_without_place_or_evidence(con) -> None:
    tables = store.event_rows([make_event(place=None, evidence=[], casualties=[], date=None)], coded_at=CODED_AT)
    store.replace_article_events(con, ["a1"], tables)
    assert con.execute("SELECT location, sentence_index, event_date FROM events").fetchall() == [(None, None, None)]


# ------------------------------------------------------------------------- replacing events

def test_replacing_an_articles_events_removes_stale_children(con) -> None:
    old = store.event_rows([make_event("e1"), make_event("e2", cameo="193")], coded_at=CODED_AT)
    other = store.event_rows([make_event("x1", article_id="a2")], coded_at=CODED_AT)
    store.replace_article_events(con, ["a1"], old)
    store.replace_article_events(con, ["a2"], other)
    assert counts(con)["events"] == 3

    recoded = make_event("e3", target=["SDNCVL"], casualties=[], evidence=[
        Evidence(sentence_index=0, start=0, end=50, text="Troops clashed with rebels near Kadugli on Monday.")],
        coder_version="0.2.0")
    inserted = store.replace_article_events(con, ["a1"], store.event_rows([recoded], coded_at=CODED_AT))
    assert inserted == {"events": 1, "event_actors": 2, "event_evidence": 1, "casualties": 0}

    by_article = dict(con.execute("SELECT article_id, list(id ORDER BY id) FROM events GROUP BY 1").fetchall())
    assert by_article == {"a1": ["e3"], "a2": ["x1"]}
    for child in ("event_actors", "event_evidence", "casualties"):
        stale = con.execute(f"SELECT count(*) FROM {child} WHERE event_id NOT IN (SELECT id FROM events)").fetchall()
        assert stale == [(0,)], child
    assert con.execute("SELECT count(*) FROM casualties WHERE event_id = 'x1'").fetchall() == [(1,)]


def test_replacing_with_no_events_clears_the_article(con) -> None:
    store.replace_article_events(con, ["a1"], store.event_rows([make_event("e1")], coded_at=CODED_AT))
    assert store.replace_article_events(con, ["a1"], store.event_rows([])) == {
        "events": 0, "event_actors": 0, "event_evidence": 0, "casualties": 0}
    assert {k: v for k, v in counts(con).items() if k.startswith("event") or k == "casualties"} == {
        "events": 0, "event_actors": 0, "event_evidence": 0, "casualties": 0}


def test_replacing_twice_is_idempotent(con) -> None:
    tables = store.event_rows([make_event("e1"), make_event("e2", cameo="193")], coded_at=CODED_AT)
    store.replace_article_events(con, ["a1"], tables)
    before = counts(con)
    store.replace_article_events(con, ["a1"], tables)
    assert counts(con) == before


def test_a_refused_replacement_keeps_the_old_events(con) -> None:
    store.replace_article_events(con, ["a1"], store.event_rows([make_event("e1")], coded_at=CODED_AT))
    bad = store.event_rows([make_event("e2", cameo="999")], coded_at=CODED_AT)
    with pytest.raises(store.StoreWriteError, match="'999'"):
        store.replace_article_events(con, ["a1"], bad)
    assert con.execute("SELECT id FROM events").fetchall() == [("e1",)]
    assert counts(con)["event_evidence"] == 2


def test_children_must_belong_to_the_events_written(con) -> None:
    tables = store.event_rows([make_event("e1")], coded_at=CODED_AT)
    tables["casualties"]["event_id"] = ["elsewhere"]
    with pytest.raises(ValueError, match="refer to events not being written"):
        store.replace_article_events(con, ["a1"], tables)


# ------------------------------------------------------------------------------ the views

def test_acled_view_keeps_asserted_and_claimed_acled_events(con) -> None:
    store.write_rows(con, "articles", store.article_rows([make_article()]))
    events = [make_event("e1"), make_event("e2", modality="denied"),
              make_event("e3", cameo="112", root="11", acled_event_type=None, acled_sub_event_type=None,
                         disorder_type=None)]
    store.replace_article_events(con, ["a1"], store.event_rows(events, coded_at=CODED_AT))
    cursor = con.execute("SELECT * FROM acled_events")
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    assert [r["event_id_cnty"] for r in rows] == ["e1"]
    row = rows[0]
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"], row["assoc_actor_2"]) == (
        "SDNMIL", None, "SDNREB", "SDNINS")
    assert (row["year"], row["time_precision"], row["source"], row["fatalities"]) == (2024, 1, "Wire", 12)
    assert row["notes"] == "Troops clashed with rebels near Kadugli on Monday."
    assert row["timestamp"] == int(CODED_AT.replace(tzinfo=dt.timezone.utc).timestamp())


def test_phoenix_view_splits_actor_codes(con) -> None:
    store.write_rows(con, "articles", store.article_rows([make_article()]))
    store.replace_article_events(con, ["a1"], store.event_rows([make_event()], coded_at=CODED_AT))
    row = con.execute('SELECT "Date", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute", '
                      '"EventRootCode", "SentenceID" FROM phoenix_events').fetchall()[0]
    assert row == ("20240304", "SDN", "MIL", None, "19", "a1_0")


# ------------------------------------------------------------------------- schema changes

def test_a_new_codebook_code_rebuilds_the_table_with_its_rows(tmp_path: Path, dataset: Dataset) -> None:
    path = tmp_path / "events.duckdb"
    with store.open_store(path, dataset, VALUE_LISTS) as con:
        store.replace_article_events(con, ["a1"], store.event_rows([make_event()], coded_at=CODED_AT))
    extended = {**VALUE_LISTS, "cameo_event_code": VALUE_LISTS["cameo_event_code"] + ["1831"]}
    with pytest.raises(store.StoreSchemaError, match="tables events were created with a different"):
        store.open_store(path, dataset, extended, migrate=False)
    with store.open_store(path, dataset, extended) as con:
        assert counts(con)["events"] == 1
        store.replace_article_events(con, ["a1"], store.event_rows([make_event(cameo="1831")], coded_at=CODED_AT))
        assert con.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'events' "
                           "AND column_name = 'cameo'").fetchall()[0][0]


def test_a_codebook_dropping_a_stored_code_refuses_to_open(tmp_path: Path, dataset: Dataset) -> None:
    path = tmp_path / "events.duckdb"
    with store.open_store(path, dataset, VALUE_LISTS) as con:
        store.replace_article_events(con, ["a1"], store.event_rows([make_event()], coded_at=CODED_AT))
    narrowed = {**VALUE_LISTS, "cameo_event_code": ["016", "112"]}
    with pytest.raises(store.StoreSchemaError, match=r"events\.cameo not in its value list: '190'"):
        store.open_store(path, dataset, narrowed)
    with store.open_store(path, dataset, VALUE_LISTS) as con:
        assert counts(con)["events"] == 1


# --------------------------------------------------------------------------------- locking

HOLDER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
sys.stdin.readline()
"""


def test_a_locked_file_gives_a_clear_error(tmp_path: Path, dataset: Dataset) -> None:
    path = tmp_path / "events.duckdb"
    store.open_store(path, dataset, VALUE_LISTS).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(store.StoreLockedError) as caught:
            store.open_store(path, dataset, VALUE_LISTS)
        message = str(caught.value)
        assert str(path) in message and f"PID {holder.pid}" in message
        assert "Dagster UI" in message and "SQL session" in message and "retry" in message
    finally:
        holder.communicate("\n", timeout=30)
    store.open_store(path, dataset, VALUE_LISTS).close()


def test_a_recoded_article_keeps_no_candidate_its_old_coder_set_aside(con) -> None:
    article = CleanArticle(id="a1", source="a.txt", text="Rebels attacked an army post.")
    set_aside = QuarantineRecord(id="q1", source="a.txt", stage="confidence", reason="event e1: confidence 0.2")
    bad_input = QuarantineRecord(id="q2", source="b.txt", stage="ingest", reason="empty file")
    moment = dt.datetime(2025, 1, 1)
    save_run(con, [article], [], [], [set_aside, bad_input], moment)
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (2,)
    save_run(con, [article], [], [], [], moment)          # the new coder keeps the candidate
    assert con.execute("SELECT id FROM quarantine").fetchall() == [("q2",)]
