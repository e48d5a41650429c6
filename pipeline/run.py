"""Running the pipeline: the Dagster job in-process (the CLI's `run`), the plain path used
by the evaluator, and exports."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import steps
from pipeline.ingest import IngestError, read_article_file
from pipeline.store_batch import save_run
from schemas.article import ArticleMetadata


@dataclass
class RunSummary:
    success: bool
    database: str
    counts: dict[str, int] = field(default_factory=dict)
    this_run: dict[str, int] = field(default_factory=dict)

    def render(self) -> str:
        lines = [f"{'done' if self.success else 'FAILED'}: {self.database}",
                 "this run: " + ", ".join(f"{k} {v}" for k, v in self.this_run.items()),
                 "tables:   " + ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))]
        return "\n".join(lines)


def run_job(input_dir: str, database: str, codebook_root: str | None = None) -> RunSummary:
    """Materialise every asset of the `code_articles` job in this process, then report."""
    import dagster as dg

    from pipeline.codebook import compiled
    from pipeline.definitions import build_definitions
    from pipeline.store import open_store, table_counts

    cb = compiled(codebook_root).codebook          # fail early, with a clear message, on a broken codebook
    if not Path(input_dir).is_dir():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    defs = build_definitions(input_dir, database, codebook_root)
    result = defs.resolve_job_def("code_articles").execute_in_process(
        instance=dg.DagsterInstance.ephemeral(), raise_on_error=False,
        run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}})
    this_run = {}
    for name in ("raw_articles", "clean_articles", "sentences", "events"):
        value = result.output_for_node(name) if result.success else None
        if value is not None:
            this_run[name.replace("_", " ")] = len(value.items)
    if result.success:
        records = [q for n in ("raw_articles", "clean_articles", "sentences", "event_mentions", "events")
                   for q in result.output_for_node(n).quarantine]
        this_run["quarantined"] = sum(q.stage != "confidence" for q in records)
        this_run["set aside (low confidence)"] = sum(q.stage == "confidence" for q in records)
    con = open_store(Path(database), cb.dataset, cb.value_lists())
    try:
        counts = table_counts(con)
    finally:
        con.close()
    return RunSummary(result.success, database, counts, this_run)


def code_gold(gold_path: Path, gold, database: Path, codebook_root: str | None = None) -> dict[str, list[dict]]:
    """Code every article a gold file lists, with only its gold publication date as metadata,
    into a fresh DuckDB file; return the exported events keyed by the article's file name."""
    from pipeline.codebook import compiled
    from pipeline.export import event_dicts
    from pipeline.store import open_store

    c = compiled(codebook_root)
    coded = code_gold_articles(gold_path, gold, c)
    con = open_store(database, c.codebook.dataset, c.codebook.value_lists())
    try:
        save_run(con, coded.articles, coded.sentences, coded.events, coded.quarantine,
                 ingested_at=dt.datetime.now(dt.timezone.utc))
        rows = event_dicts(con)
    finally:
        con.close()
    produced: dict[str, list[dict]] = {a.file: [] for a in gold.articles}
    for row in rows:
        produced.setdefault(row["article"], []).append(row)
    return produced


@dataclass
class CodedGold:
    articles: list = field(default_factory=list)      # CleanArticle
    sentences: list = field(default_factory=list)
    events: list = field(default_factory=list)        # Event
    quarantine: list = field(default_factory=list)


def code_gold_articles(gold_path: Path, gold, c) -> CodedGold:
    """The articles a gold file lists, coded in memory by the compiled codebook `c`."""
    from pipeline.evaluate import gold_texts_dir

    texts = gold_texts_dir(gold_path, gold)
    raws, quarantine = [], []
    for article in gold.articles:
        try:
            raws.append(read_article_file(texts / article.file, ArticleMetadata(published=article.published), root=texts))
        except IngestError as exc:
            quarantine.append(steps.quarantine(article.file, "ingest", exc.reason))
    cleaned = steps.clean_batch(raws)
    segmented = steps.segment_batch(cleaned.items)
    mentions = steps.code_batch(cleaned.items, segmented.items, c)
    events = steps.events_batch(cleaned.items, mentions.items, c)
    return CodedGold(cleaned.items, segmented.items, events.items,
                     quarantine + cleaned.quarantine + segmented.quarantine + mentions.quarantine + events.quarantine)


def export(database: str, fmt: str, out: Path, codebook_root: str | None = None) -> Path:
    from pipeline.codebook import load_codebook
    from pipeline.export import export_events
    from pipeline.store import open_store

    cb = load_codebook(codebook_root)
    if not Path(database).exists():
        raise FileNotFoundError(f"no database at {database}: run `eventcoder run` first")
    con = open_store(Path(database), cb.dataset, cb.value_lists(), read_only=True)
    try:
        meta = {"codebook": cb.manifest.name, "codebook_version": cb.version, "codebook_hash": cb.content_hash}
        written = export_events(con, fmt, out, meta)
    finally:
        con.close()
    return written[0]
