"""The coding assets: raw_articles -> clean_articles -> sentences -> event_mentions -> events
-> event_database. Each wraps one plain step function (pipeline/steps.py)."""
from __future__ import annotations

import datetime as dt

import dagster as dg

from pipeline import steps
from pipeline.defs.resources import ArticleSource, CodebookResource, EventStore
from pipeline.ingest import iter_articles
from pipeline.store_batch import save_run

GROUP = "coding"


def _preview(rows: list[dict], limit: int = 5) -> dg.MetadataValue:
    if not rows:
        return dg.MetadataValue.md("_(none)_")
    head = list(rows[0])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows[:limit]:
        cells = [str(row[k]).replace("|", "\\|").replace("\n", " ")[:80] for k in head]
        lines.append("| " + " | ".join(cells) + " |")
    return dg.MetadataValue.md("\n".join(lines))


def _output(result: steps.StepResult, preview: list[dict]) -> dg.Output:
    return dg.Output(result, metadata={
        "rows": len(result.items), "quarantined": len(result.quarantine), "preview": _preview(preview),
        "quarantine": _preview([{"source": q.source, "stage": q.stage, "reason": q.reason} for q in result.quarantine])})


@dg.asset(group_name=GROUP, kinds={"python"})
def raw_articles(article_source: ArticleSource) -> dg.Output:
    """Every article in the input folder, decoded and hashed; unusable files go to quarantine."""
    result = steps.StepResult()
    for batch in iter_articles(article_source.folder(), article_source.batch_size):
        result.items.extend(batch.articles)
        result.quarantine.extend(batch.quarantine)
    return _output(result, [{"id": a.id, "source": a.source, "format": a.format, "chars": len(a.content)}
                            for a in result.items])


@dg.asset(group_name=GROUP, kinds={"python"})
def clean_articles(raw_articles: steps.StepResult) -> dg.Output:
    """Articles with markup, entities, boilerplate and captions removed; dateline and date found."""
    result = steps.clean_batch(raw_articles.items)
    return _output(result, [{"source": a.source, "published": a.published, "dateline": a.dateline,
                             "text": a.text[:60]} for a in result.items])


@dg.asset(group_name=GROUP, kinds={"python"})
def sentences(clean_articles: steps.StepResult) -> dg.Output:
    """Sentences with character offsets into their article's clean text."""
    result = steps.segment_batch(clean_articles.items)
    return _output(result, [{"article": s.article_id, "index": s.index, "start": s.start, "text": s.text[:60]}
                            for s in result.items])


@dg.asset(group_name=GROUP, kinds={"python"})
def event_mentions(clean_articles: steps.StepResult, sentences: steps.StepResult,
                   codebook: CodebookResource) -> dg.Output:
    """Events as each sentence states them: trigger, actors, modality, date, place, casualties."""
    result = steps.code_batch(clean_articles.items, sentences.items, codebook.compiled())
    return _output(result, [{"sentence": m.sentence_index, "cameo": m.cameo, "trigger": m.trigger.text,
                             "source": ",".join(a.code for a in m.source), "target": ",".join(a.code for a in m.target),
                             "modality": m.modality} for m in result.items])


@dg.asset(group_name=GROUP, kinds={"python"})
def events(clean_articles: steps.StepResult, event_mentions: steps.StepResult,
           codebook: CodebookResource) -> dg.Output:
    """Mentions merged into one event per real event of an article, classified and validated."""
    result = steps.events_batch(clean_articles.items, event_mentions.items, codebook.compiled())
    return _output(result, [{"cameo": e.cameo, "source": ",".join(e.source), "target": ",".join(e.target),
                             "date": e.date, "modality": e.modality, "acled": e.acled_sub_event_type,
                             "fatalities": e.fatalities} for e in result.items])


@dg.asset(group_name=GROUP, kinds={"duckdb"}, deps=[])
def event_database(raw_articles: steps.StepResult, clean_articles: steps.StepResult, sentences: steps.StepResult,
                   event_mentions: steps.StepResult, events: steps.StepResult,
                   codebook: CodebookResource, event_store: EventStore) -> dg.MaterializeResult:
    """The DuckDB tables (articles, sentences, events, actors, evidence, casualties, quarantine),
    written in one transaction; re-running replaces rows by id and never duplicates them."""
    compiled = codebook.compiled()
    quarantine = [q for r in (raw_articles, clean_articles, sentences, event_mentions, events) for q in r.quarantine]
    con = event_store.connect(compiled.codebook)
    try:
        counts = save_run(con, clean_articles.items, sentences.items, events.items, quarantine,
                          ingested_at=dt.datetime.now(dt.timezone.utc))
    finally:
        con.close()
    return dg.MaterializeResult(metadata={
        "database": dg.MetadataValue.path(event_store.database),
        **{f"rows_{table}": n for table, n in counts.items()},
        "codebook_version": compiled.versions.codebook_version,
        "codebook_hash": compiled.versions.codebook_hash,
    })
