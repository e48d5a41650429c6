"""How likely a candidate event is one a careful coder records: the event's confidence.

The coder's rules find candidates; some are wrong in ways no single rule shows (an event with
no actor, one of four events read from one sentence, a statement dated from the story). A
logistic model over plain facts of each event (its rules, code, actors, modality, how many
events share its sentence and article) gives a confidence in [0, 1]; events below the
codebook's threshold are set aside, with the reason, instead of entering the dataset. The
weights live in the codebook (rules/confidence.yaml) and are learnt from the gold files by
scripts/train_confidence.py, so anyone can read them and retrain them.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable, Sequence

from schemas.event import Event
from schemas.rules import ConfidenceModel


def _bucket(value: int, cuts: Sequence[int]) -> str:
    for cut in cuts:
        if value < cut:
            return f"<{cut}"
    return f">={cuts[-1]}"


def _actor_features(side: str, codes: Sequence[str]) -> list[str]:
    out = [f"{side}_count={min(len(codes), 2)}"]
    if codes:
        out += [f"{side}_length={min(len(codes[0]), 9)}", f"{side}_role={codes[0][3:6] or 'none'}"]
    return out


def event_features(event: Event, per_sentence: int, per_article: int) -> list[str]:
    """The binary features of one event; `per_sentence` / `per_article`: how many events its
    first evidence sentence / its article gave."""
    first = event.evidence[0] if event.evidence else None
    text = first.text if first else ""
    f = [f"root={event.root}", f"cameo={event.cameo}", f"modality={event.modality}",
         f"evidence_sentences={min(len(event.evidence), 3)}",
         f"date_precision={event.date_precision}",
         f"events_in_sentence={min(per_sentence, 4)}",
         f"events_in_article={_bucket(per_article, (3, 6, 10, 15))}",
         f"sentence_start={_bucket(first.start if first else 0, (1, 400, 1200, 2500, 5000))}",
         f"sentence_length={_bucket(len(text), (80, 150, 250, 400))}"]
    for rule in event.rule_ids:
        f += [f"rule={rule}", f"rule_family={rule.split('/')[0].split(':')[0]}"]
    f += _actor_features("source", event.source) + _actor_features("target", event.target)
    if event.source and event.target and event.source[0][:3] == event.target[0][:3]:
        f.append("same_country")
    if event.claimed_by:
        f.append("claimed_by")
    if event.fatalities is not None:
        f.append("fatalities")
    if event.injured is not None:
        f.append("injured")
    if '"' in text or "\u201c" in text:
        f.append("quotation")
    if event.place is None:
        f.append("no_place")
    return sorted(set(f))


def article_features(events: Sequence[Event]) -> list[list[str]]:
    """The features of each of one article's events."""
    starts = Counter(e.evidence[0].start for e in events if e.evidence)
    return [event_features(e, starts[e.evidence[0].start] if e.evidence else 1, len(events)) for e in events]


def probability(features: Iterable[str], intercept: float, weights: dict[str, float]) -> float:
    z = intercept + sum(weights.get(name, 0.0) for name in features)
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


def rated(model: ConfidenceModel, events: Sequence[Event]) -> list[Event]:
    """The article's events with their confidence (None where the model does not rate them:
    roots it was not trained on, and hypothetical events, which no one counts as events)."""
    out = []
    for event, features in zip(events, article_features(events)):
        confidence = None
        if event.root in model.roots and event.modality != "hypothetical":
            confidence = round(probability(features, model.intercept, model.weights), 3)
        out.append(event.model_copy(update={"confidence": confidence}))
    return out


def kept(model: ConfidenceModel, event: Event) -> bool:
    return event.confidence is None or event.confidence >= model.threshold
