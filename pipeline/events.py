"""Mentions of one article -> its validated events (merge, attributes, ACLED, codebook checks)."""
from __future__ import annotations

from schemas.article import CleanArticle, QuarantineRecord
from schemas.event import Event, EventMention

from pipeline.claims import settle_claims
from pipeline.resolve import attribute_air_strikes, build_event, merge_mentions
from pipeline.validate import validate_event


def article_events(article: CleanArticle, mentions: list[EventMention], compiled
                   ) -> tuple[list[Event], list[QuarantineRecord]]:
    events: list[Event] = []
    issues: list[QuarantineRecord] = []
    seen: set[str] = set()
    groups, accusations = settle_claims(merge_mentions(mentions))
    for group in merge_mentions(accusations, attribute_air_strikes(groups)):
        event = build_event(group, article.published, compiled.codebook.acled_mapping, compiled.disorder,
                            compiled.versions)
        event, problems = validate_event(event, article, compiled)
        issues.extend(problems)
        if event is not None and event.id not in seen:
            seen.add(event.id)
            events.append(event)
    return events, issues
