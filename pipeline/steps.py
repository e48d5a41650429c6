"""The pipeline's steps as plain functions over batches of articles.

raw article -> clean article -> sentences -> event mentions -> validated events.
Each step takes a batch and returns its output plus quarantine records: bad input is
recorded with the reason and never stops the batch. Dagster assets (pipeline/defs) and
the plain runner (pipeline/run.py) call these same functions.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from pipeline.clean import CleanError, clean
from pipeline.coder import code_article
from pipeline.events import article_events
from pipeline.segment import split_sentences
from schemas.article import CleanArticle, QuarantineRecord, RawArticle, Sentence
from schemas.event import EventMention


@dataclass
class StepResult:
    """A step's output items (by article id where the step is per article) and its quarantine."""

    items: list = field(default_factory=list)
    quarantine: list[QuarantineRecord] = field(default_factory=list)


def quarantine(source: str, stage: str, reason: str, excerpt: str = "") -> QuarantineRecord:
    key = f"{source}|{stage}|{reason}"
    return QuarantineRecord(id=hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16],
                            source=source, stage=stage, reason=reason, excerpt=excerpt[:200])


def _failure(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def unique_articles(raws: list[RawArticle]) -> list[RawArticle]:
    """The same article read twice (same content hash) is one article: keep the first."""
    seen: dict[str, RawArticle] = {}
    for raw in raws:
        seen.setdefault(raw.id, raw)
    return list(seen.values())


def clean_batch(raws: list[RawArticle]) -> StepResult:
    out = StepResult()
    for raw in unique_articles(raws):
        try:
            out.items.append(clean(raw))
        except CleanError as exc:
            out.quarantine.append(quarantine(raw.source, "clean", str(exc), raw.content[:200]))
        except Exception as exc:  # a cleaner bug must not lose the article: quarantine it with the error
            out.quarantine.append(quarantine(raw.source, "clean", "cleaning failed: " + _failure(exc), raw.content[:200]))
    return out


def segment_batch(articles: list[CleanArticle]) -> StepResult:
    out = StepResult()
    for article in articles:
        try:
            sentences = split_sentences(article)
        except Exception as exc:
            out.quarantine.append(quarantine(article.source, "segment", "sentence splitting failed: " + _failure(exc)))
            continue
        if not sentences:
            out.quarantine.append(quarantine(article.source, "segment", "no sentences in the clean text", article.text))
        out.items.extend(sentences)
    return out


def by_article(sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    grouped: dict[str, list[Sentence]] = {}
    for s in sentences:
        grouped.setdefault(s.article_id, []).append(s)
    return grouped


def code_batch(articles: list[CleanArticle], sentences: list[Sentence], compiled) -> StepResult:
    out = StepResult()
    grouped = by_article(sentences)
    for article in articles:
        try:
            out.items.extend(code_article(article, grouped.get(article.id, []), compiled.lexicon, compiled.gazetteer))
        except Exception as exc:
            out.quarantine.append(quarantine(article.source, "code", "coding failed: " + _failure(exc)))
    return out


def events_batch(articles: list[CleanArticle], mentions: list[EventMention], compiled) -> StepResult:
    out = StepResult()
    grouped: dict[str, list[EventMention]] = {}
    for m in mentions:
        grouped.setdefault(m.article_id, []).append(m)
    for article in articles:
        try:
            events, issues = article_events(article, grouped.get(article.id, []), compiled)
        except Exception as exc:
            out.quarantine.append(quarantine(article.source, "validate", "event building failed: " + _failure(exc)))
            continue
        out.items.extend(events)
        out.quarantine.extend(issues)
    return out
