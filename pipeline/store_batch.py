"""Write one run's (or one batch's) output to the DuckDB store, idempotently."""
from __future__ import annotations

import datetime as dt

from pipeline.store import (article_rows, event_rows, quarantine_rows, replace_article_events, sentence_rows,
                            table_counts, write_rows)
from schemas.article import CleanArticle, QuarantineRecord, Sentence
from schemas.event import Event


def save_run(con, articles: list[CleanArticle], sentences: list[Sentence], events: list[Event],
             quarantine: list[QuarantineRecord], ingested_at: dt.datetime) -> dict[str, int]:
    """Articles and sentences are replaced by id; an article's events are replaced as a whole
    (a re-coded article keeps none of its old events, nor the candidates the confidence model set
    aside); quarantine records are keyed by content.
    Returns every table's row count after the write."""
    ids = [a.id for a in articles]
    write_rows(con, "articles", article_rows(articles, ingested_at))
    if ids:   # a re-segmented article must not keep stale sentences
        con.execute("DELETE FROM sentences WHERE article_id IN (SELECT unnest(?))", [ids])
    write_rows(con, "sentences", sentence_rows(sentences))
    replace_article_events(con, ids, event_rows(events, ingested_at))
    if articles:   # candidates a re-coded article's old coder set aside are no longer its candidates
        con.execute("DELETE FROM quarantine WHERE stage = 'confidence' AND source IN (SELECT unnest(?))",
                    [sorted({a.source for a in articles})])
    write_rows(con, "quarantine", quarantine_rows(quarantine, ingested_at))
    return table_counts(con)
