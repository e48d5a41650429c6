"""The DuckDB event store: DDL generated from the dataset definition, bulk idempotent writes.

Design choices (measured with duckdb 2.0.0 on this kind of machine, see scripts/bench_store.py):
- Closed lists of the data model (modality, date precision, ...) become ENUM types; value lists
  of the rules codebook (CAMEO codes, ACLED types) and inline lists become CHECK (col IN (...)), so
  those columns stay plain VARCHAR for LIKE, joins and exports. Both are enforced by DuckDB.
- Rows are loaded into a temporary staging table with the appender (no pyarrow/pandas here; the
  appender beat unnest() over list parameters and JSON files), then only the rows that are new or
  differ from the stored ones are deleted and re-inserted. Rewriting 100k stored events with
  `INSERT OR REPLACE` or the appender's upsert action took 12-16 s, against 3-4 s for this
  (mostly the appending), so re-runs stay cheap.
- A definition that changed since the file was created (a codebook adds a CAMEO code) is detected
  by comparing each table's CREATE statement with the one DuckDB normalises from the new DDL, and
  the table is rebuilt with its rows, or the store refuses to open with an explanation.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

import duckdb

from schemas.article import CleanArticle, QuarantineRecord, Sentence
from schemas.dataset import Column, Dataset, Table
from schemas.event import Event

log = logging.getLogger(__name__)
T = TypeVar("T")

Columns = dict[str, list]
EVENT_TABLES = ("events", "event_actors", "event_evidence", "casualties")
EVENT_CHILD_TABLES = ("event_actors", "event_evidence", "casualties")
_SCOPE = "_scope_events"


class StoreError(RuntimeError):
    """Base class of the store's errors."""


class StoreLockedError(StoreError):
    """Another process holds the DuckDB file."""


class StoreSchemaError(StoreError):
    """The file's tables do not match the dataset definition and cannot be brought in line."""


class StoreWriteError(StoreError):
    """Rows were refused by the store's constraints (value lists, NOT NULL, ...)."""


# --------------------------------------------------------------------------------------- DDL

def _literal(value: str | int) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"value lists hold strings or integers, not {value!r}")
    if isinstance(value, int):
        return str(value)
    return "'" + value.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _resolve_value_lists(dataset: Dataset, value_lists: Mapping[str, Sequence[str]]) -> dict[str, list]:
    """Every list the columns name, from the dataset's enums or the caller's codebook lists.

    A list given by both must agree: the enums mirror the pydantic Literal types, so a codebook
    that disagrees with them would let the store accept events the models reject (or vice versa).
    """
    lists: dict[str, list] = {name: list(values) for name, values in dataset.enums.items()}
    for name, values in value_lists.items():
        if name in lists and list(values) != lists[name]:
            raise ValueError(f"value list {name!r} differs between the dataset definition "
                             f"({lists[name]}) and the codebook ({list(values)})")
        lists[name] = list(values)
    missing = sorted(
        f"{table.name}.{column.name} needs {column.allowed!r}"
        for table in dataset.tables for column in table.columns
        if isinstance(column.allowed, str) and column.allowed not in lists
    )
    if missing:
        raise ValueError("value lists missing from the codebook: " + "; ".join(missing))
    for name, values in lists.items():
        if not values:
            raise ValueError(f"value list {name!r} is empty")
    return lists


def _column_sql(column: Column, dataset: Dataset, lists: Mapping[str, list]) -> str:
    is_enum = isinstance(column.allowed, str) and column.allowed in dataset.enums
    parts = [_ident(column.name), _ident(column.allowed) if is_enum else column.type]
    if not column.nullable:
        parts.append("NOT NULL")
    if column.allowed is not None and not is_enum:
        values = column.allowed if isinstance(column.allowed, list) else lists[column.allowed]
        parts.append(f"CHECK ({_ident(column.name)} IN ({', '.join(_literal(v) for v in values)}))")
    return " ".join(parts)


def create_table_sql(table: Table, dataset: Dataset, lists: Mapping[str, list]) -> str:
    """CREATE TABLE IF NOT EXISTS with column types, NOT NULL, CHECKs and the primary key
    (DuckDB cannot add constraints later, so they all go here)."""
    body = [_column_sql(column, dataset, lists) for column in table.columns]
    body.append(f"PRIMARY KEY ({', '.join(_ident(key) for key in table.primary_key)})")
    return f"CREATE TABLE IF NOT EXISTS {_ident(table.name)} (\n  " + ",\n  ".join(body) + "\n)"


def _column_comment(column: Column) -> str:
    if column.feeds:
        return f"{column.description.strip()} [feeds {', '.join(column.feeds)}]"
    return column.description.strip()


def _comment_sql(table: Table) -> list[str]:
    statements = [f"COMMENT ON TABLE {_ident(table.name)} IS {_literal(table.description.strip())}"]
    statements += [
        f"COMMENT ON COLUMN {_ident(table.name)}.{_ident(column.name)} IS {_literal(_column_comment(column))}"
        for column in table.columns
    ]
    return statements


def ddl(dataset: Dataset, value_lists: Mapping[str, Sequence[str]]) -> list[str]:
    """The statements that create the store; each is idempotent, so they can run on every open.

    Order: ENUM types, tables, comments, views (views bind to the tables by name).
    """
    lists = _resolve_value_lists(dataset, value_lists)
    used_enums = [name for name in dataset.enums if name in dataset.value_list_names()]
    statements = [
        f"CREATE OR REPLACE TYPE {_ident(name)} AS ENUM ({', '.join(_literal(v) for v in dataset.enums[name])})"
        for name in used_enums
    ]
    statements += [create_table_sql(table, dataset, lists) for table in dataset.tables]
    for table in dataset.tables:
        statements += _comment_sql(table)
    for view in dataset.views:
        statements.append(f"CREATE OR REPLACE VIEW {_ident(view.name)} AS\n{view.sql.strip().rstrip(';')}")
        statements.append(f"COMMENT ON VIEW {_ident(view.name)} IS {_literal(view.description.strip())}")
    return statements


# ------------------------------------------------------------------------------ opening the store

def _locked_message(path: Path, error: Exception) -> str:
    holder = re.search(r"Conflicting lock is held in (.+?) \(PID (\d+)\)", str(error))
    who = f" ({holder.group(1)}, PID {holder.group(2)})" if holder else ""
    return (
        f"The event store {path} is locked by another process{who}. DuckDB lets only one process "
        "open a database file for writing, and no other process can open it while that one holds it. "
        "It is usually an open SQL session (duckdb CLI, notebook, DBeaver), the Dagster UI or a run "
        "still materialising. Close that session or wait for the run to finish, then retry. To read "
        "the data while the pipeline runs, query an exported copy (eventcoder export --format parquet) "
        f"instead of the store itself. DuckDB said: {error}"
    )


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as error:
        if "lock" in str(error).lower():
            raise StoreLockedError(_locked_message(path, error)) from error
        raise


def _table_sql(con: duckdb.DuckDBPyConnection, names: Iterable[str]) -> dict[str, str]:
    """DuckDB's normalised CREATE statement of each existing table (enum values spelled out)."""
    rows = con.execute(
        "SELECT table_name, sql FROM duckdb_tables() "
        "WHERE schema_name = 'main' AND NOT temporary AND database_name = current_database() "
        "AND list_contains(?, table_name)",
        [list(names)],
    ).fetchall()
    return dict(rows)


def _reference_sql(statements: list[str], names: list[str]) -> dict[str, str]:
    """What the tables look like when the DDL runs on an empty database."""
    with duckdb.connect() as scratch:
        for statement in statements:
            scratch.execute(statement)
        return _table_sql(scratch, names)


def _drifted_tables(con: duckdb.DuckDBPyConnection, statements: list[str], names: list[str]) -> list[str]:
    wanted = _reference_sql(statements, names)
    existing = _table_sql(con, names)
    return [name for name in names if name in existing and existing[name] != wanted[name]]


def _migrate_table(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    """Copy the rows kept aside under `<table>__old` into the newly created table, then drop it."""
    old = f"{table.name}__old"
    old_columns = {row[0] for row in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND schema_name = 'main' "
        "AND database_name = current_database()", [old]).fetchall()}
    common = [name for name in table.column_names if name in old_columns]
    problems = _violations(con, table.name, old, common)
    if problems:
        raise StoreSchemaError(
            f"table {table.name} was created with a different definition and its rows do not fit the "
            f"new one: {'; '.join(problems)}. Fix the codebook, or delete the store file and re-run.")
    dropped = sorted(old_columns - set(common))
    if dropped:
        log.warning("dropping columns no longer in the dataset definition: %s.%s", table.name, dropped)
    names = ", ".join(_ident(name) for name in common)
    con.execute(f"INSERT INTO {_ident(table.name)} ({names}) SELECT {names} FROM {_ident(old)}")
    con.execute(f"DROP TABLE {_ident(old)}")
    log.info("rebuilt table %s for the new dataset definition", table.name)


def _apply_ddl(con: duckdb.DuckDBPyConnection, dataset: Dataset, statements: list[str], migrate: bool) -> None:
    names = [table.name for table in dataset.tables]
    drifted = _drifted_tables(con, statements, names)
    if drifted and not migrate:
        raise StoreSchemaError(
            f"tables {', '.join(drifted)} were created with a different dataset definition or codebook "
            "value lists; open with migrate=True to rebuild them, or delete the store file and re-run.")
    con.execute("BEGIN TRANSACTION")
    try:
        for name in drifted:
            con.execute(f"ALTER TABLE {_ident(name)} RENAME TO {_ident(name + '__old')}")
        for statement in statements:
            con.execute(statement)
        for name in drifted:
            _migrate_table(con, dataset.table(name))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def open_store(
    path: Path,
    dataset: Dataset,
    value_lists: Mapping[str, Sequence[str]],
    *,
    read_only: bool = False,
    migrate: bool = True,
) -> duckdb.DuckDBPyConnection:
    """Open (or create) the store and bring its tables, comments and views in line with the dataset.

    Raises StoreLockedError when another process holds the file. With read_only=True the DDL is not
    applied (several readers may share the file, but then nobody can write).
    """
    path = Path(path)
    statements = ddl(dataset, value_lists)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = _connect(path, read_only)
    if read_only:
        return con
    try:
        _apply_ddl(con, dataset, statements, migrate)
    except BaseException:
        con.close()
        raise
    return con


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count of every table of the store (views excluded)."""
    names = [row[0] for row in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary "
        "AND database_name = current_database() ORDER BY table_name").fetchall()]
    if not names:
        return {}
    query = " UNION ALL ".join(f"SELECT {_literal(name)}, count(*) FROM {_ident(name)}" for name in names)
    return {name: count for name, count in con.execute(query).fetchall()}


# ------------------------------------------------------------------------------- row converters

def _utc_naive(moment: dt.datetime | None) -> dt.datetime:
    """TIMESTAMP columns hold UTC without a zone: convert aware datetimes, default to now."""
    if moment is None:
        return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    if moment.tzinfo is not None:
        return moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment


def _input_format(source: str) -> str | None:
    """'feed.jsonl:12' -> 'jsonl', 'a.HTML' -> 'html'; None when the extension says nothing."""
    name = re.sub(r":\d+$", "", source).lower()
    for suffix, fmt in ((".jsonl", "jsonl"), (".html", "html"), (".htm", "html"), (".txt", "txt")):
        if name.endswith(suffix):
            return fmt
    return None


def _columns(names: Iterable[str]) -> Columns:
    return {name: [] for name in names}


def _append(columns: Columns, **values: object) -> None:
    for name, value in values.items():
        columns[name].append(value)


def article_rows(articles: Sequence[CleanArticle], ingested_at: dt.datetime | None = None) -> Columns:
    """Column lists for the articles table."""
    moment = _utc_naive(ingested_at)
    cols = _columns(["id", "source", "format", "publisher", "url", "title", "published", "published_source",
                     "dateline", "language", "text", "ingested_at"])
    for article in articles:
        _append(cols, id=article.id, source=article.source, format=_input_format(article.source),
                publisher=article.publisher, url=article.url, title=article.title, published=article.published,
                published_source=article.published_source, dateline=article.dateline,
                language=article.language, text=article.text, ingested_at=moment)
    return cols


def sentence_rows(sentences: Sequence[Sentence]) -> Columns:
    """Column lists for the sentences table."""
    cols = _columns(["article_id", "sentence_index", "char_start", "char_end", "text"])
    for sentence in sentences:
        _append(cols, article_id=sentence.article_id, sentence_index=sentence.index,
                char_start=sentence.start, char_end=sentence.end, text=sentence.text)
    return cols


def casualty_id(event_id: str, kind: str, start: int, end: int) -> str:
    """Stable id of a casualty figure: the same phrase of the same event always gets the same id."""
    return hashlib.sha1(f"{event_id}|{kind}|{start}|{end}".encode()).hexdigest()[:20]


def _event_row(cols: Columns, event: Event, coded_at: dt.datetime) -> None:
    place = event.place
    primary = event.evidence[0] if event.evidence else None
    _append(cols, id=event.id, article_id=event.article_id, cameo=event.cameo, root=event.root,
            quad_class=event.quad_class, goldstein=event.goldstein, source_actors=list(event.source),
            target_actors=list(event.target), event_date=event.date, date_precision=event.date_precision,
            location=place.name if place else None, admin1=place.admin1 if place else None,
            admin2=place.admin2 if place else None, country=place.country if place else None,
            latitude=place.latitude if place else None, longitude=place.longitude if place else None,
            geo_precision=place.geo_precision if place else None, geonameid=place.geonameid if place else None,
            modality=event.modality, claimed_by=list(event.claimed_by), fatalities=event.fatalities,
            injured=event.injured, acled_event_type=event.acled_event_type,
            acled_sub_event_type=event.acled_sub_event_type, disorder_type=event.disorder_type,
            inter1=event.inter1, inter2=event.inter2, interaction=event.interaction,
            rule_ids=list(event.rule_ids), confidence=event.confidence, sentence_index=primary.sentence_index if primary else None,
            char_start=primary.start if primary else None, char_end=primary.end if primary else None,
            codebook_version=event.codebook_version, codebook_hash=event.codebook_hash,
            coder_version=event.coder_version, coded_at=coded_at)


def _actor_rows(cols: Columns, event: Event) -> None:
    """The Event model keeps actor codes only, so the text, offsets and `how` stay NULL."""
    for side, codes in (("source", event.source), ("target", event.target), ("claimant", event.claimed_by)):
        for code in dict.fromkeys(codes):
            _append(cols, event_id=event.id, side=side, actor_code=code, text=None,
                    char_start=None, char_end=None, how=None)


def _evidence_rows(cols: Columns, event: Event) -> None:
    for evidence in event.evidence:
        _append(cols, event_id=event.id, article_id=event.article_id, sentence_index=evidence.sentence_index,
                char_start=evidence.start, char_end=evidence.end, text=evidence.text,
                rule_ids=list(evidence.rule_ids))


def _casualty_rows(cols: Columns, event: Event) -> None:
    for casualty in event.casualties:
        span = casualty.span
        _append(cols, id=casualty_id(event.id, casualty.kind, span.start, span.end), event_id=event.id,
                kind=casualty.kind, count=casualty.count, qualifier=casualty.qualifier,
                reported_by=casualty.reported_by, char_start=span.start, char_end=span.end, text=span.text)


def event_rows(events: Sequence[Event], coded_at: dt.datetime | None = None) -> dict[str, Columns]:
    """Column lists for events and their child tables: {table name: {column: values}}."""
    moment = _utc_naive(coded_at)
    tables = {
        "events": _columns(["id", "article_id", "cameo", "root", "quad_class", "goldstein", "source_actors",
                            "target_actors", "event_date", "date_precision", "location", "admin1", "admin2",
                            "country", "latitude", "longitude", "geo_precision", "geonameid", "modality",
                            "claimed_by", "fatalities", "injured", "acled_event_type", "acled_sub_event_type",
                            "disorder_type", "inter1", "inter2", "interaction", "rule_ids", "confidence", "sentence_index",
                            "char_start", "char_end", "codebook_version", "codebook_hash", "coder_version",
                            "coded_at"]),
        "event_actors": _columns(["event_id", "side", "actor_code", "text", "char_start", "char_end", "how"]),
        "event_evidence": _columns(["event_id", "article_id", "sentence_index", "char_start", "char_end", "text",
                                    "rule_ids"]),
        "casualties": _columns(["id", "event_id", "kind", "count", "qualifier", "reported_by", "char_start",
                                "char_end", "text"]),
    }
    for event in events:
        _event_row(tables["events"], event, moment)
        _actor_rows(tables["event_actors"], event)
        _evidence_rows(tables["event_evidence"], event)
        _casualty_rows(tables["casualties"], event)
    return tables


def quarantine_rows(records: Sequence[QuarantineRecord], quarantined_at: dt.datetime | None = None) -> Columns:
    """Column lists for the quarantine table."""
    moment = _utc_naive(quarantined_at)
    cols = _columns(["id", "source", "line", "stage", "reason", "excerpt", "quarantined_at"])
    for record in records:
        _append(cols, id=record.id, source=record.source, line=record.line, stage=record.stage,
                reason=record.reason, excerpt=record.excerpt, quarantined_at=moment)
    return cols


# ------------------------------------------------------------------------------------- writing

def _catalog_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    """(name, DuckDB type) of a stored table's columns, in order."""
    rows = con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? AND schema_name = 'main' "
        "AND NOT internal AND database_name = current_database() ORDER BY column_index", [table]).fetchall()
    if not rows:
        raise KeyError(f"the store has no table {table!r}")
    return rows


def _primary_key(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    row = con.execute(
        "SELECT constraint_column_names FROM duckdb_constraints() WHERE table_name = ? "
        "AND schema_name = 'main' AND constraint_type = 'PRIMARY KEY' AND database_name = current_database()",
        [table]).fetchall()
    if not row:
        raise StoreError(f"table {table} has no primary key, so writes to it cannot be idempotent")
    return list(row[0][0])


def _check_shape(table: str, columns: Mapping[str, list], known: list[str], key: list[str]) -> None:
    unknown = sorted(set(columns) - set(known))
    if unknown:
        raise ValueError(f"{table} has no columns {unknown}")
    missing_key = [name for name in key if name not in columns]
    if missing_key:
        raise ValueError(f"rows for {table} lack primary key columns {missing_key}")
    lengths = {name: len(values) for name, values in columns.items()}
    if len(set(lengths.values())) > 1:
        raise ValueError(f"columns for {table} differ in length: {lengths}")


def _last_per_key(columns: Mapping[str, list], key: list[str]) -> dict[str, list]:
    """Keep the last row of each key: the same article read from two files is one article."""
    keys = list(zip(*(columns[name] for name in key)))
    last = {k: i for i, k in enumerate(keys)}
    if len(last) == len(keys):
        return dict(columns)
    keep = sorted(last.values())
    return {name: [values[i] for i in keep] for name, values in columns.items()}


def _stage_type(data_type: str) -> str:
    """Staging columns take ENUM values as VARCHAR: cheaper to append, and a bad value is reported
    with its column by _violations instead of failing inside the appender."""
    return "VARCHAR" if data_type.startswith("ENUM(") else data_type


def _stage(con: duckdb.DuckDBPyConnection, table: str, columns: Mapping[str, list],
           catalog: list[tuple[str, str]]) -> str:
    """Bulk-load rows into a temporary table shaped like `table` (absent columns are NULL)."""
    stage = f"_stage_{table}"
    body = ", ".join(f"{_ident(name)} {_stage_type(data_type)}" for name, data_type in catalog)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_ident(stage)} ({body})")
    names = list(columns)
    if any(columns.values()):
        with con.appender(stage, columns=names) as appender:
            appender.append_rows(zip(*(columns[name] for name in names)))
    return stage


def _key_match(key: list[str], left: str, right: str) -> str:
    return " AND ".join(f"{left}.{_ident(name)} = {right}.{_ident(name)}" for name in key)


def _stored_rows(table: str, catalog: list[tuple[str, str]], key: list[str], stage: str,
                 scope_column: str | None) -> str:
    """SELECT of the stored rows that can differ from the staged ones, typed like the staging table
    (ENUMs as VARCHAR): those in scope, or else those sharing a key with a staged row, so a small
    batch does not compare itself with the whole table."""
    columns = ", ".join(
        f"t.{_ident(name)}::VARCHAR AS {_ident(name)}" if data_type.startswith("ENUM(") else f"t.{_ident(name)}"
        for name, data_type in catalog)
    if scope_column:
        return f"SELECT {columns} FROM {_ident(table)} AS t WHERE t.{_ident(scope_column)} IN (SELECT id FROM {_SCOPE})"
    keys = ", ".join(_ident(name) for name in key)
    return f"SELECT {columns} FROM {_ident(table)} AS t SEMI JOIN {_ident(stage)} AS s USING ({keys})"


def _sync(con: duckdb.DuckDBPyConnection, table: str, stage: str, catalog: list[tuple[str, str]],
          key: list[str], scope_column: str | None = None) -> int:
    """Make the stored rows match the staged ones, touching only rows that differ.

    Without a scope, staged rows are upserted and other stored rows are kept. With a scope (the
    events being replaced), stored rows in scope that are not staged are deleted as well.
    Returns the number of rows inserted or replaced.
    """
    stored = _stored_rows(table, catalog, key, stage, scope_column)
    fresh, stale = _ident(f"_fresh_{table}"), _ident(f"_stale_{table}")
    keys = ", ".join(_ident(name) for name in key)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {fresh} AS SELECT * FROM {_ident(stage)} EXCEPT {stored}")
    doomed = fresh
    if scope_column:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {stale} AS {stored} EXCEPT SELECT * FROM {_ident(stage)}")
        doomed = f"(SELECT {keys} FROM {fresh} UNION SELECT {keys} FROM {stale})"
    con.execute(f"DELETE FROM {_ident(table)} AS t USING {doomed} AS c WHERE {_key_match(key, 't', 'c')}")
    con.execute(f"INSERT INTO {_ident(table)} SELECT * FROM {fresh}")
    count = con.execute(f"SELECT count(*) FROM {fresh}").fetchall()[0][0]
    con.execute(f"DROP TABLE IF EXISTS {fresh}")
    con.execute(f"DROP TABLE IF EXISTS {stale}")
    return count


def _violations(con: duckdb.DuckDBPyConnection, table: str, source: str, names: list[str] | None = None) -> list[str]:
    """Why rows of `source` do not fit `table`: value lists, ENUMs and NOT NULL, with sample values."""
    catalog = dict(_catalog_columns(con, table))
    names = names if names is not None else list(catalog)
    problems: list[str] = []
    checks = con.execute(
        "SELECT constraint_type, constraint_column_names, expression FROM duckdb_constraints() "
        "WHERE table_name = ? AND schema_name = 'main' AND database_name = current_database() "
        "AND constraint_type IN ('CHECK', 'NOT NULL')", [table]).fetchall()
    for kind, columns, expression in checks:
        column = columns[0]
        if column not in names:
            if kind == "NOT NULL":
                problems.append(f"{table}.{column} is missing but may not be NULL")
            continue
        condition = f"{_ident(column)} IS NULL" if kind == "NOT NULL" else f"NOT ({expression})"
        problems += _sample_problem(con, source, table, column, condition,
                                    "may not be NULL" if kind == "NOT NULL" else "not in its value list")
    for column, data_type in catalog.items():
        if data_type.startswith("ENUM(") and column in names:
            condition = f"{_ident(column)} IS NOT NULL AND TRY_CAST({_ident(column)}::VARCHAR AS {data_type}) IS NULL"
            problems += _sample_problem(con, source, table, column, condition, f"not one of {data_type[4:]}")
    return problems


def _sample_problem(con: duckdb.DuckDBPyConnection, source: str, table: str, column: str,
                    condition: str, what: str) -> list[str]:
    rows = con.execute(f"SELECT DISTINCT {_ident(column)}::VARCHAR FROM {_ident(source)} WHERE {condition} LIMIT 5"
                       ).fetchall()
    if not rows:
        return []
    values = ", ".join(repr(row[0]) for row in rows)
    return [f"{table}.{column} {what}: {values}"]


def _write_error(con: duckdb.DuckDBPyConnection, stages: Mapping[str, str], error: Exception) -> StoreWriteError:
    problems = [problem for table, stage in stages.items() for problem in _violations(con, table, stage)]
    detail = "; ".join(problems) if problems else str(error)
    return StoreWriteError(f"rows refused by the store: {detail}")


def _drop(con: duckdb.DuckDBPyConnection, tables: Iterable[str]) -> None:
    for name in tables:
        con.execute(f"DROP TABLE IF EXISTS {_ident(name)}")


class _Staged:
    """Rows of several tables loaded into staging tables, dropped on exit whatever happens."""

    def __init__(self, con: duckdb.DuckDBPyConnection, tables: Mapping[str, Mapping[str, list]]):
        self.con = con
        self.tables = tables
        self.stages: dict[str, str] = {}
        self.catalogs: dict[str, list[tuple[str, str]]] = {}
        self.keys: dict[str, list[str]] = {}

    def __enter__(self) -> "_Staged":
        try:
            for table, columns in self.tables.items():
                catalog = _catalog_columns(self.con, table)
                key = _primary_key(self.con, table)
                if columns:  # an empty mapping stands for no rows
                    _check_shape(table, columns, [name for name, _ in catalog], key)
                self.catalogs[table], self.keys[table] = catalog, key
                self.stages[table] = _stage(self.con, table, _last_per_key(columns, key), catalog)
        except BaseException:
            _drop(self.con, self.stages.values())
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        _drop(self.con, self.stages.values())


def _in_transaction(con: duckdb.DuckDBPyConnection, staged: _Staged, work: Callable[[], T]) -> T:
    """Run work() in one transaction; on a constraint error explain which values were refused."""
    con.execute("BEGIN TRANSACTION")
    try:
        result = work()
        con.execute("COMMIT")
        return result
    except (duckdb.ConstraintException, duckdb.ConversionException) as error:
        con.execute("ROLLBACK")
        raise _write_error(con, staged.stages, error) from error
    except BaseException:
        con.execute("ROLLBACK")
        raise


def write_rows(con: duckdb.DuckDBPyConnection, table: str, columns: Mapping[str, list]) -> int:
    """Write rows idempotently: a row whose key is stored is replaced, identical rows are left alone.

    Returns the number of rows inserted or replaced. Duplicate keys within `columns` keep the last row.
    """
    if not any(columns.values()):
        _check_shape(table, columns, [name for name, _ in _catalog_columns(con, table)], _primary_key(con, table))
        return 0
    with _Staged(con, {table: columns}) as staged:
        return _in_transaction(con, staged, lambda: _sync(
            con, table, staged.stages[table], staged.catalogs[table], staged.keys[table]))


def _check_children(tables: Mapping[str, Mapping[str, list]]) -> None:
    event_ids = set(tables["events"].get("id", []))
    for child in EVENT_CHILD_TABLES:
        strays = set(tables[child].get("event_id", [])) - event_ids
        if strays:
            raise ValueError(f"{child} rows refer to events not being written: {sorted(strays)[:5]}")


def _scope_events(con: duckdb.DuckDBPyConnection, article_ids: list[str], event_stage: str) -> None:
    """The events being replaced: those stored for the articles, and those being written."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_SCOPE} AS "
                "SELECT id FROM events WHERE article_id IN (SELECT unnest(?)) "
                f"UNION SELECT id FROM {_ident(event_stage)}", [article_ids])


def replace_article_events(
    con: duckdb.DuckDBPyConnection,
    article_ids: Iterable[str],
    tables: Mapping[str, Mapping[str, list]],
) -> dict[str, int]:
    """Replace everything coded for these articles by `tables` (from event_rows), in one transaction.

    An article coded again keeps none of its old events, actors, evidence or casualties, even when
    the new coder finds fewer events (or none: pass the article id with empty tables). Rows that
    are unchanged stay in place, so re-running the same coder costs little.
    Returns the number of rows inserted or replaced per table.
    """
    tables = {name: tables.get(name) or {} for name in EVENT_TABLES}
    _check_children(tables)
    articles = sorted(set(article_ids) | set(tables["events"].get("article_id", [])))
    with _Staged(con, tables) as staged:
        def work() -> dict[str, int]:
            _scope_events(con, articles, staged.stages["events"])
            counts = {name: _sync(con, name, staged.stages[name], staged.catalogs[name], staged.keys[name],
                                  scope_column="id" if name == "events" else "event_id")
                      for name in EVENT_TABLES}
            _drop(con, [_SCOPE])
            return counts
        return _in_transaction(con, staged, work)
