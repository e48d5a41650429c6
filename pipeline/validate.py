"""Events checked against the codebook before they are stored.

An event whose CAMEO code is unknown is quarantined; an actor code that breaks the code
grammar is removed from the event and reported; every evidence span must lie inside the
article text and say what the stored sentence says.
"""
from __future__ import annotations

import hashlib

from schemas.article import CleanArticle, QuarantineRecord
from schemas.event import Event


def validate_event(event: Event, article: CleanArticle, compiled) -> tuple[Event | None, list[QuarantineRecord]]:
    issues: list[QuarantineRecord] = []
    codes = compiled.event_codes
    if event.cameo not in codes:
        return None, [_issue(article, event, f"unknown CAMEO code {event.cameo!r}")]
    actor_codes = compiled.codebook.actor_codes
    kept = {}
    for side in ("source", "target", "claimed_by"):
        valid = [c for c in getattr(event, side) if actor_codes.is_valid_code(c)]
        for bad in set(getattr(event, side)) - set(valid):
            issues.append(_issue(article, event, f"actor code {bad!r} ({side}) does not follow the CAMEO actor grammar; removed"))
        kept[side] = valid
    for ev in event.evidence:
        if article.text[ev.start:ev.end] != ev.text:
            return None, issues + [_issue(article, event, f"evidence span {ev.start}-{ev.end} does not match the article text")]
    quad, goldstein = codes[event.cameo]
    return event.model_copy(update={**kept, "quad_class": quad, "goldstein": goldstein}), issues


def _issue(article: CleanArticle, event: Event, reason: str) -> QuarantineRecord:
    key = f"{article.source}|validate|{event.id}|{reason}"
    return QuarantineRecord(id=hashlib.sha256(key.encode()).hexdigest()[:16], source=article.source,
                            stage="validate", reason=f"event {event.id}: {reason}",
                            excerpt=event.evidence[0].text[:200] if event.evidence else "")
