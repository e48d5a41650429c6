"""Event mentions (one per sentence clause) and events (merged per article)."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

Modality = Literal["asserted", "claimed", "denied", "hypothetical"]
DatePrecision = Literal["day", "week", "month", "year"]
CasualtyKind = Literal["killed", "injured", "affected"]
Qualifier = Literal["exact", "at_least", "more_than", "around", "up_to", "fewer_than", "several"]


class Span(BaseModel):
    """Characters [start, end) of the article's clean text."""

    start: int
    end: int
    text: str


class ActorRef(BaseModel):
    """An actor as the text names it, with the CAMEO actor code it resolves to."""

    code: str
    text: str
    start: int
    end: int
    how: str = Field(default="dictionary", description="dictionary | agent | context | coreference")


class Place(BaseModel):
    name: str
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = Field(default=None, description="ISO 3166 alpha-3")
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = Field(default=3, description="ACLED: 1 town, 2 near town / district, 3 region")
    geonameid: int | None = None


class Casualty(BaseModel):
    kind: CasualtyKind
    count: int | None
    qualifier: Qualifier = "exact"
    reported_by: str | None = Field(default=None, description="actor code of who reported the figure")
    span: Span


class EventMention(BaseModel):
    """One event as one sentence states it."""

    article_id: str
    sentence_index: int
    sentence: Span
    trigger: Span
    cameo: str
    source: list[ActorRef] = Field(default_factory=list)
    target: list[ActorRef] = Field(default_factory=list)
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    place: Place | None = None
    modality: Modality = "asserted"
    claimed_by: list[str] = Field(default_factory=list, description="actor codes of who says so")
    claimants: list[ActorRef] = Field(default_factory=list,
                                      description="parties to the conflict who report the event; their report is a "
                                                  "claim (and an accusation) once the event is contested")
    casualties: list[Casualty] = Field(default_factory=list)
    rule_ids: list[str] = Field(default_factory=list)
    reference: bool = Field(default=False, description="refers back to an event stated earlier ('the attack')")
    about_event: bool = Field(default=False, description="a statement about an event told before "
                                                         "('condemned the bombing'): its target is that event's perpetrator")
    about_cameo: str | None = Field(default=None, description="the CAMEO code of the word naming that event "
                                                              "('condemned the air raids': 195), if it has one")
    speech_date: dt.date | None = Field(default=None, description="when the claimant spoke, if stated")
    also: bool = Field(default=False, description="told as one more event ('Russian aircraft also dropped bombs "
                                                  "on Antonivka'): another place makes it another event")


class Evidence(BaseModel):
    sentence_index: int
    start: int
    end: int
    text: str
    rule_ids: list[str] = Field(default_factory=list)


class Event(BaseModel):
    """One event of one article, merged from its mentions and validated against the codebook."""

    id: str
    article_id: str
    cameo: str
    root: str
    quad_class: int | None = None
    goldstein: float | None = None
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    place: Place | None = None
    modality: Modality = "asserted"
    claimed_by: list[str] = Field(default_factory=list)
    fatalities: int | None = None
    injured: int | None = None
    casualties: list[Casualty] = Field(default_factory=list)
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    disorder_type: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None
    rule_ids: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float | None = Field(default=None, ge=0.0, le=1.0,
                                     description="how likely a careful coder records it (pipeline.confidence)")
    codebook_version: str = ""
    codebook_hash: str = ""
    coder_version: str = ""
