"""What must hold before events are stored (blocking) and after (on the database)."""
from __future__ import annotations

from collections import Counter

import dagster as dg

from pipeline import steps
from pipeline.defs.assets import event_database, events
from pipeline.defs.resources import CodebookResource, EventStore


def _result(failures: list[str], what: str) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(passed=not failures, severity=dg.AssetCheckSeverity.ERROR,
                               metadata={"failures": len(failures), "examples": "\n".join(failures[:10]) or "none",
                                         "checked": what})


@dg.asset_check(asset=events, blocking=True)
def event_codes_in_codebook(events: steps.StepResult, codebook: CodebookResource) -> dg.AssetCheckResult:
    """Every event's CAMEO code, actor codes and ACLED sub-event type are defined in the codebook."""
    cb = codebook.compiled().codebook
    cameo = {c.code for c in cb.events.codes}
    subs = {s.name for s in cb.acled.sub_event_types}
    failures = []
    for e in events.items:
        if e.cameo not in cameo:
            failures.append(f"{e.id}: CAMEO {e.cameo}")
        if e.acled_sub_event_type and e.acled_sub_event_type not in subs:
            failures.append(f"{e.id}: ACLED {e.acled_sub_event_type}")
        failures += [f"{e.id}: actor {c}" for c in e.source + e.target + e.claimed_by if not cb.actor_codes.is_valid_code(c)]
    return _result(failures, f"{len(events.items)} events")


@dg.asset_check(asset=events, blocking=True,
                additional_ins={"sentences": dg.AssetIn("sentences"), "clean_articles": dg.AssetIn("clean_articles")})
def evidence_points_at_sentences(events: steps.StepResult, sentences: steps.StepResult,
                                 clean_articles: steps.StepResult) -> dg.AssetCheckResult:
    """Every evidence span is a stored sentence of its article, with the same text."""
    known = {(s.article_id, s.index): s for s in sentences.items}
    failures = []
    for e in events.items:
        for ev in e.evidence:
            s = known.get((e.article_id, ev.sentence_index))
            if s is None or (s.start, s.end, s.text) != (ev.start, ev.end, ev.text):
                failures.append(f"{e.id}: sentence {ev.sentence_index} {ev.start}-{ev.end}")
    return _result(failures, f"{len(events.items)} events")


@dg.asset_check(asset=events, blocking=True)
def event_ids_unique(events: steps.StepResult) -> dg.AssetCheckResult:
    """No two events share an id (ids are content hashes, so a clash means a duplicate)."""
    counts = Counter(e.id for e in events.items)
    return _result([f"{i} x{n}" for i, n in counts.items() if n > 1], f"{len(counts)} ids")


@dg.asset_check(asset=event_database)
def database_has_no_duplicates(event_store: EventStore, codebook: CodebookResource) -> dg.AssetCheckResult:
    """Primary keys hold in the stored tables: re-runs replaced rows instead of adding them."""
    con = event_store.connect(codebook.compiled().codebook)
    try:
        failures = []
        for table, key in (("articles", "id"), ("events", "id"), ("casualties", "id"), ("quarantine", "id")):
            n, distinct = con.execute(f"SELECT count(*), count(DISTINCT {key}) FROM {table}").fetchone()
            if n != distinct:
                failures.append(f"{table}: {n - distinct} duplicate {key}s")
    finally:
        con.close()
    return _result(failures, "articles, events, casualties, quarantine")


CHECKS = [event_codes_in_codebook, evidence_points_at_sentences, event_ids_unique, database_has_no_duplicates]