"""Exports of the coded events: JSON Lines (one self-contained event per line, with its evidence),
CSV in the ACLED 2025 column layout, and Parquet tables for analysis.

Every export writes `<out>.codebook.json` next to it, so a file that travels alone still says which
codebook produced it. Files are written under a temporary name and renamed, so a failed export never
leaves a truncated file where a good one is expected.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

import duckdb

ExportFormat = Literal["jsonl", "csv", "parquet"]
PARQUET_TABLES = ("events", "event_evidence", "casualties", "event_actors")

_EVENT_QUERY = """
WITH evidence AS (
    SELECT event_id,
           list({'sentence': text, 'start': char_start, 'end': char_end}
                ORDER BY sentence_index, char_start) AS evidence
    FROM event_evidence GROUP BY event_id
), casualty AS (
    SELECT event_id,
           list({'kind': kind::VARCHAR, 'count': count, 'qualifier': qualifier::VARCHAR,
                 'reported_by': reported_by, 'text': text} ORDER BY char_start, id) AS casualties
    FROM casualties GROUP BY event_id
)
SELECT
    a.source AS article, e.article_id, e.id AS event_id, e.cameo, e.root, e.quad_class, e.goldstein,
    e.source_actors AS source, e.target_actors AS target,
    e.event_date AS date, e.date_precision::VARCHAR AS date_precision,
    e.location, e.admin1, e.admin2, e.country, e.latitude, e.longitude, e.geo_precision,
    e.modality::VARCHAR AS modality, e.claimed_by, e.fatalities, e.injured,
    e.acled_event_type, e.acled_sub_event_type, e.disorder_type,
    p.text AS sentence, e.char_start AS start, e.char_end AS "end",
    coalesce(v.evidence, []) AS evidence, coalesce(c.casualties, []) AS casualties,
    e.rule_ids, e.confidence, e.codebook_version, e.codebook_hash, e.coder_version
FROM events AS e
LEFT JOIN articles AS a ON a.id = e.article_id
LEFT JOIN event_evidence AS p
    ON p.event_id = e.id AND p.sentence_index = e.sentence_index AND p.char_start = e.char_start
LEFT JOIN evidence AS v ON v.event_id = e.id
LEFT JOIN casualty AS c ON c.event_id = e.id
-- where --
ORDER BY a.source, e.article_id, e.sentence_index, e.char_start, e.id
"""


def _json_value(value: Any) -> Any:
    """Dates as ISO strings; everything else DuckDB returns is already JSON-ready."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def event_dicts(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """One dict per event (the JSON Lines record), optionally only for some articles.

    Keys: article (source file), event_id, cameo, source/target (actor codes), date (ISO), place,
    modality, claimed_by, casualty figures, ACLED types, the primary evidence sentence with its
    offsets (sentence, start, end), every evidence sentence (evidence), rule_ids, confidence and the codebook
    and coder versions.
    """
    params: list[Any] = []
    where = ""
    if article_ids is not None:
        where = "WHERE e.article_id IN (SELECT unnest(?))"
        params.append(sorted(set(article_ids)))
    cursor = con.execute(_EVENT_QUERY.replace("-- where --", where), params)
    names = [column[0] for column in cursor.description]
    return [{name: _json_value(value) for name, value in zip(names, row)} for row in cursor.fetchall()]


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def _publish(partial: Path, final: Path) -> Path:
    os.replace(partial, final)
    return final


def _write_jsonl(con: duckdb.DuckDBPyConnection, out: Path) -> list[Path]:
    partial = _partial(out)
    with open(partial, "w", encoding="utf-8") as handle:
        for record in event_dicts(con):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [_publish(partial, out)]


def _write_csv(con: duckdb.DuckDBPyConnection, out: Path) -> list[Path]:
    partial = _partial(out)
    con.execute(f"COPY (SELECT * FROM acled_events ORDER BY event_date, event_id_cnty) "
                f"TO {_sql_path(partial)} (FORMAT csv, HEADER true)")
    return [_publish(partial, out)]


def parquet_paths(out: Path) -> dict[str, Path]:
    """Where each table goes: events in `out`, the others beside it as `<stem>.<table>.parquet`."""
    return {table: out if table == "events" else out.with_name(f"{out.stem}.{table}{out.suffix or '.parquet'}")
            for table in PARQUET_TABLES}


def _write_parquet(con: duckdb.DuckDBPyConnection, out: Path) -> list[Path]:
    written = []
    order = {"events": "article_id, id", "event_evidence": "event_id, sentence_index, char_start",
             "casualties": "event_id, char_start, id", "event_actors": "event_id, side, actor_code"}
    for table, path in parquet_paths(out).items():
        partial = _partial(path)
        con.execute(f"COPY (SELECT * FROM {table} ORDER BY {order[table]}) TO {_sql_path(partial)} "
                    "(FORMAT parquet, COMPRESSION zstd)")
        written.append(_publish(partial, path))
    return written


def _write_codebook_meta(out: Path, codebook_meta: Mapping[str, Any]) -> Path:
    path = out.with_name(out.name + ".codebook.json")
    partial = _partial(path)
    partial.write_text(json.dumps(dict(codebook_meta), indent=2, ensure_ascii=False, default=str) + "\n",
                       encoding="utf-8")
    return _publish(partial, path)


def export_events(
    con: duckdb.DuckDBPyConnection,
    fmt: ExportFormat,
    out: Path,
    codebook_meta: Mapping[str, Any],
) -> list[Path]:
    """Write the events in `fmt` to `out` (plus `<out>.codebook.json`); returns the files written.

    jsonl: one event per line (see event_dicts). csv: the acled_events view with a header.
    parquet: the events table in `out`, and event_evidence, casualties and event_actors beside it.
    """
    writers = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {sorted(writers)}")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = writers[fmt](con, out)
    written.append(_write_codebook_meta(out, codebook_meta))
    return written
