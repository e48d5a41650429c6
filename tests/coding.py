"""Code a short made-up article through the real pipeline steps, for example-style tests.

    result = code("Russian warplanes struck Idlib on Monday, killing 12 people.", "2024-03-12")
    [strike] = result.find("19", source="RUS")

No ingest folder and no database: the article is built as a RawArticle the way
`pipeline.ingest` builds one (content hash as id, the researcher's publication date as
metadata), then cleaned, segmented, coded (`steps.code_batch`) and turned into validated
events (`steps.events_batch`). The compiled codebook is loaded once per test session.

The examples show what the coder's rules find, so by default they run without the confidence
model (pipeline.confidence), which would set aside some rare-looking candidates of a one-line
article; `code(..., rated=True)` runs the pipeline as shipped, with the model.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from pipeline import steps
from pipeline.ingest import content_id
from schemas.article import ArticleMetadata, RawArticle
from schemas.event import Event, EventMention


@functools.cache
def codebook():
    """The compiled codebook (dictionaries, lexicon, gazetteer), loaded once per session."""
    from pipeline.codebook import compiled
    return compiled(None)


@functools.cache
def unrated_codebook():
    """The compiled codebook with a confidence model that keeps every candidate."""
    from dataclasses import replace

    from schemas.rules import ConfidenceModel
    c = codebook()
    return replace(c, codebook=replace(c.codebook, confidence=ConfidenceModel.keep_all()))


def _starts(codes: list[str], prefix: str | None) -> bool:
    return prefix is None or any(c.startswith(prefix) for c in codes)


@dataclass
class Coded:
    """What the coder made of one article: its validated events and the mentions behind them."""

    text: str
    events: list[Event] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)
    quarantine: list = field(default_factory=list)

    def find(self, cameo: str = "", source: str | None = None, target: str | None = None,
             modality: str | None = None) -> list[Event]:
        """Events whose CAMEO code starts with `cameo` and that have a source / target actor
        code starting with the given prefixes (the gold format's matching), optionally with
        the given modality."""
        return [e for e in self.events
                if e.cameo.startswith(cameo) and _starts(e.source, source) and _starts(e.target, target)
                and (modality is None or e.modality == modality)]

    def one(self, cameo: str = "", source: str | None = None, target: str | None = None,
            modality: str | None = None) -> Event:
        """The single event that matches (fails with the coded events listed otherwise)."""
        found = self.find(cameo, source, target, modality)
        assert len(found) == 1, (f"expected one event cameo={cameo!r} source={source!r} target={target!r} "
                                 f"modality={modality!r}, got {len(found)}:\n{self.describe()}")
        return found[0]

    def describe(self) -> str:
        """One line per event, for assertion messages."""
        lines = []
        for e in self.events:
            place = e.place.name if e.place else None
            lines.append(f"  {e.cameo} {e.source}->{e.target} {e.modality} by={e.claimed_by} date={e.date}"
                         f"/{e.date_precision} place={place} killed={e.fatalities} injured={e.injured} "
                         f"acled={e.acled_sub_event_type!r} evidence={[ev.text[:60] for ev in e.evidence]}")
        return "\n".join(lines) or "  (no events)"


def raw_article(text: str, published: str | dt.date | None = None, name: str = "example.txt",
                title: str | None = None) -> RawArticle:
    """`text` as pipeline.ingest reads a file: its content hash as id, `published` (and the
    headline, `title`) as metadata."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return RawArticle(id=content_id(text), source=name, format="txt", content=text,
                      metadata=ArticleMetadata(published=published, title=title))


def code(text: str, published: str | dt.date | None = None, name: str = "example.txt",
         rated: bool = False, title: str | None = None) -> Coded:
    """Code `text` published on `published` (ISO date or date) under the headline `title` and
    return its events and mentions; with `rated`, candidate events the confidence model rates too
    low are set aside."""
    raw = raw_article(text, published, name, title)
    c = codebook() if rated else unrated_codebook()
    cleaned = steps.clean_batch([raw])
    segmented = steps.segment_batch(cleaned.items)
    mentions = steps.code_batch(cleaned.items, segmented.items, c)
    events = steps.events_batch(cleaned.items, mentions.items, c)
    quarantine = cleaned.quarantine + segmented.quarantine + mentions.quarantine
    # A coder crash is quarantined by the steps; in a test it must show, not pass silently.
    assert not quarantine, quarantine
    return Coded(text=text, events=events.items, mentions=mentions.items, quarantine=events.quarantine)
