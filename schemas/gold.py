"""Models of a gold-annotation file (the format of /gold/FORMAT.md).

A gold file lists, per article, the events a careful human coder finds and the things a
correct coder never outputs. `pipeline.evaluate` loads it and scores the coder against it.

Tolerance (YAML is loose, annotators are busy):

- a scalar where a list is expected becomes a one-element list (`cameo: "19"` == `cameo: ["19"]`);
- `fatalities: null` / `injured: null` become `[null]` ("not stated"); for `source`,
  `target`, `date` and `place` a null value means the same as an absent key (not scored);
- dates may be YAML dates or strings (`2018-11-25` or `"2018-11-25"`);
- codes given as numbers are converted with `str()`. Quote CAMEO codes: YAML 1.1 reads an
  unquoted `016` as the octal number 14. `pipeline.evaluate.load_gold` reads such
  leading-zero numbers back as the text written (`016` -> "016"), but a model built from
  Python data cannot recover the lost zeros (`14` -> "14");
- actor codes are compared case-insensitively by the scorer; CAMEO codes must be digits.

Strict where a mistake would silently change the score: unknown keys are errors naming the
key, lists that are given must not be empty (omit the key to leave an attribute unscored),
gold event ids are unique in a file, each article appears once, and a forbidden rule gives
at least one condition.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

Modality = Literal["asserted", "claimed", "denied", "hypothetical"]
ATTRIBUTES = ("place", "modality", "fatalities", "injured", "acled", "evidence")
"""The gold event attributes scored for accuracy on matched pairs, in report order."""


# ---------------------------------------------------------------- value coercion

def _as_text(value: Any) -> Any:
    """Numbers become their text (`195` -> "195"); booleans stay invalid (YAML `no`, `yes`)."""
    if isinstance(value, bool):
        raise ValueError(f"expected text, got the YAML boolean {value!r} (quote it)")
    if isinstance(value, int):
        return str(value)
    return value


def _check_cameo(code: str) -> str:
    if not code.isdigit():
        raise ValueError(f"CAMEO code {code!r} must consist of digits (e.g. \"190\", \"016\")")
    return code


def _check_date_input(value: Any) -> Any:
    """Only dates and date strings: pydantic would otherwise read 20181125 as a Unix time."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError(f"expected a date like 2018-11-25, got the number {value!r}")
    return value


def _one_or_many(value: Any) -> Any:
    """A scalar where a list is expected becomes a one-element list; null stays null."""
    if value is None or isinstance(value, list):
        return value
    if isinstance(value, tuple):
        return list(value)
    return [value]


Text = Annotated[str, BeforeValidator(_as_text), StringConstraints(strip_whitespace=True, min_length=1)]
CameoCode = Annotated[Text, AfterValidator(_check_cameo)]
GoldDate = Annotated[dt.date, BeforeValidator(_check_date_input)]
Count = Annotated[int, Field(ge=0)]


# lists that are given must not be empty: omit the key to leave an attribute unscored
CameoList = Annotated[list[CameoCode], Field(min_length=1), BeforeValidator(_one_or_many)]
TextList = Annotated[list[Text], Field(min_length=1), BeforeValidator(_one_or_many)]
DateList = Annotated[list[GoldDate], Field(min_length=1), BeforeValidator(_one_or_many)]
CountList = Annotated[list[Count | None], Field(min_length=1), BeforeValidator(_one_or_many)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------- models

class GoldEvent(_Strict):
    """One event a careful coder finds. Absent attributes (None) are not scored."""

    id: Text
    cameo: CameoList = Field(description="acceptable CAMEO codes, as prefixes")
    source: TextList | None = Field(default=None, description="acceptable source-actor code prefixes")
    target: TextList | None = Field(default=None, description="acceptable target-actor code prefixes")
    date: DateList | None = Field(default=None, description="acceptable event dates")
    place: TextList | None = Field(default=None, description="acceptable location / admin2 / admin1 names")
    modality: Modality | None = None
    fatalities: CountList | None = Field(default=None, description="acceptable counts; None = not stated")
    injured: CountList | None = Field(default=None, description="acceptable counts; None = not stated")
    acled: Text | None = Field(default=None, description="expected ACLED sub-event type")
    evidence: Text | None = Field(default=None, description="substring of a sentence stating the event")
    optional: bool = Field(default=False, description="a reading a careful coder may or may not make")

    @field_validator("fatalities", "injured", mode="before")
    @classmethod
    def null_count_is_not_stated(cls, value: Any) -> Any:
        """`fatalities: null` is the scalar null, i.e. `[null]` ("not stated"), not an absent key."""
        return [None] if value is None else value

    @property
    def root(self) -> str:
        """The event's CAMEO root for per-root figures: its first code's first two digits."""
        return self.cameo[0][:2]


class ForbiddenRule(_Strict):
    """Something a correct coder never outputs; an event breaks it when every given condition holds."""

    evidence: Text | None = Field(default=None, description="one of the event's sentences contains this")
    cameo: CameoList | None = Field(default=None, description="the event's CAMEO code has one of these prefixes")
    source: TextList | None = Field(default=None, description="a source actor has one of these prefixes")
    target: TextList | None = Field(default=None, description="a target actor has one of these prefixes")
    fatalities_at_least: Count | None = None
    date_before: GoldDate | None = None

    @model_validator(mode="after")
    def has_a_condition(self) -> "ForbiddenRule":
        if not self.conditions():
            raise ValueError(
                "a forbidden rule needs at least one of: " + ", ".join(ForbiddenRule.model_fields)
            )
        return self

    def conditions(self) -> dict[str, Any]:
        """The conditions this rule gives, JSON-friendly (dates as ISO text)."""
        given = self.model_dump(exclude_none=True)
        if "date_before" in given:
            given["date_before"] = given["date_before"].isoformat()
        return given

    def describe(self) -> str:
        """One-line form for reports: `evidence='Leave a Reply', cameo=19|20`."""
        parts = []
        for key, value in self.conditions().items():
            shown = "|".join(value) if isinstance(value, list) else value
            parts.append(f"{key}={shown!r}" if key == "evidence" else f"{key}={shown}")
        return ", ".join(parts)


class GoldArticle(_Strict):
    file: Text = Field(description="file name of the article, relative to the gold file's `texts`")
    published: GoldDate | None = None
    events: list[GoldEvent] = Field(default_factory=list)
    forbidden: list[ForbiddenRule] = Field(default_factory=list)

    @field_validator("events", "forbidden", mode="before")
    @classmethod
    def null_is_empty(cls, value: Any) -> Any:
        return [] if value is None else value


class GoldFile(_Strict):
    name: Text
    scope: CameoList = Field(description="CAMEO code prefixes annotated exhaustively")
    texts: Text | None = Field(default=None, description="folder of the article files, relative to this file")
    articles: list[GoldArticle] = Field(default_factory=list)

    @field_validator("articles", mode="before")
    @classmethod
    def null_is_empty(cls, value: Any) -> Any:
        return [] if value is None else value

    @model_validator(mode="after")
    def unique_files_and_ids(self) -> "GoldFile":
        files: dict[str, int] = {}
        ids: dict[str, str] = {}
        for a, article in enumerate(self.articles):
            if article.file in files:
                raise ValueError(
                    f"articles[{a}].file: article {article.file!r} is listed twice "
                    f"(first at articles[{files[article.file]}])"
                )
            files[article.file] = a
            for e, event in enumerate(article.events):
                where = f"articles[{a}].events[{e}]"
                if event.id in ids:
                    raise ValueError(
                        f"{where}.id: duplicate event id {event.id!r} (first at {ids[event.id]})"
                    )
                ids[event.id] = where
        return self
