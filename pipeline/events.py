"""Mentions of one article -> its validated events (merge, attributes, ACLED, codebook checks)."""
from __future__ import annotations

from schemas.article import CleanArticle, QuarantineRecord
from schemas.event import Event, EventMention

from pipeline.claims import settle_claims
from pipeline.confidence import kept, rated
from pipeline.ingest import quarantine_record
from pipeline.resolve import (attribute_air_strikes, attribute_unidentified_attacks, build_event, in_story_region,
                              merge_mentions, protests_with_intervention)
from pipeline.validate import validate_event


def article_events(article: CleanArticle, mentions: list[EventMention], compiled
                   ) -> tuple[list[Event], list[QuarantineRecord]]:
    events: list[Event] = []
    issues: list[QuarantineRecord] = []
    seen: set[str] = set()
    groups, accusations = settle_claims(merge_mentions(mentions))
    for group in merge_mentions(accusations, attribute_unidentified_attacks(attribute_air_strikes(groups))):
        event = build_event(group, article.published, compiled.codebook.acled_mapping, compiled.disorder,
                            compiled.versions)
        event, problems = validate_event(event, article, compiled)
        issues.extend(problems)
        if event is not None and event.id not in seen:
            seen.add(event.id)
            events.append(event)
    model = compiled.codebook.confidence
    events = rated(model, events)
    issues.extend(set_aside(article, e, model.threshold) for e in events if not kept(model, e))
    # (after rating: the region is a fact about where, not evidence that the event took place)
    return protests_with_intervention(in_story_region([e for e in events if kept(model, e)]), mentions), issues


def set_aside(article: CleanArticle, event: Event, threshold: float) -> QuarantineRecord:
    """The quarantine record of a candidate event the confidence model rated below its threshold."""
    parties = f"{'+'.join(event.source) or '?'} -> {'+'.join(event.target) or '?'}"
    reason = (f"event {event.id} (CAMEO {event.cameo}, {parties}, {event.date or 'no date'}; rules "
              f"{', '.join(event.rule_ids)}): confidence {event.confidence:.3f} is below the codebook's "
              f"threshold {threshold:.2f}, so it is not in the events table")
    # one row per candidate, whatever its score
    return quarantine_record(article.source, reason, event.evidence[0].text if event.evidence else "",
                             stage="confidence", key=f"{article.source}|confidence|{event.id}")
