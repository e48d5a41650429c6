"""Models of the actor and agent dictionaries (codebooks/actors/*.yaml, codebooks/agents.yaml).

An actor entry maps names to CAMEO actor codes, optionally limited in time: an office holder
is SYRGOV while in office and SYRELI afterwards. Names are in the matcher's normal form
(pipeline.text.normalise: lowercase, hyphens/underscores/punctuation -> spaces, possessive 's
and apostrophes dropped), so a dictionary is loaded without further processing.

An entry is written either as a mapping (hand-written files, e.g. added.yaml):

    - id: BASHAR_AL_ASSAD
      names: [bashar al assad, assad]
      codes: [{code: SYRGOV, from: 2000-07-17, until: 2024-12-08}, {code: SYRELI}]
      note: ...

or, in the generated Phoenix files, as one line (one YAML scalar per entry: PyYAML builds a
Python object per node, so 35,000 entries as mappings take seconds to load, as lines a
fraction of a second):

    - BASHAR_AL_ASSAD | bashar al assad; assad | SYRGOV 2000-07-17..2024-12-08, SYRELI | note

fields separated by " | " (the note is optional and last), names by "; ", codes by ", ", a
code's dates written from..until with either side empty when open.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, StringConstraints, ValidationInfo, field_validator, model_validator

from schemas.taxonomy import ActorCodeBook, Strict, YamlDocument, valid_actor_code

# words of anything but white space, upper-case ASCII, "_", "-", apostrophes and ";" | (the
# separators of the line form), joined by single spaces
NORMAL_NAME_PATTERN = r"^[^\sA-Z_\-'’`;|]+(?: [^\sA-Z_\-'’`;|]+)*$"
# checked by pydantic-core (Rust): a Python validator per name costs too much on 35,000 names
NormalName = Annotated[str, StringConstraints(pattern=NORMAL_NAME_PATTERN)]


class DatedCode(Strict):
    """A code, valid from `from` (inclusive) until `until` (exclusive); an undated code applies
    whenever none of the entry's dated codes covers the date."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    code: str
    start: dt.date | None = Field(default=None, alias="from")
    end: dt.date | None = Field(default=None, alias="until")

    @field_validator("end")
    @classmethod
    def ordered(cls, end: dt.date | None, info: ValidationInfo) -> dt.date | None:
        start = info.data.get("start")
        if start is not None and end is not None and not start < end:
            raise ValueError(f"{info.data.get('code')}: from {start} is not before until {end}")
        return end

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def parse_code_text(text: str) -> dict[str, str]:
    """'SYRGOV 2000-07-17..2024-12-08' -> {'code': 'SYRGOV', 'from': '2000-07-17', 'until': '2024-12-08'}."""
    if " " not in text:
        return {"code": text}
    code, _, dates = text.strip().partition(" ")
    data = {"code": code}
    if dates:
        start, sep, end = dates.partition("..")
        if not sep:
            raise ValueError(f"dates of {text!r} must be written from..until")
        if start:
            data["from"] = start
        if end:
            data["until"] = end
    return data


def parse_entry_line(line: str) -> dict:
    """'ID | name; name | CODE from..until, CODE | note' -> the mapping form."""
    fields = line.split(" | ", 3)
    if len(fields) < 3:
        raise ValueError(f"actor line needs 'id | names | codes': {line!r}")
    data = {"id": fields[0].strip(), "names": fields[1].split("; "),
            "codes": [parse_code_text(c) for c in fields[2].split(", ")]}
    if len(fields) == 4:
        data["note"] = fields[3]
    return data


class ActorEntry(Strict):
    id: str = Field(pattern=r"^[A-Z0-9]+(?:_[A-Z0-9]+)*$")
    names: list[NormalName] = Field(min_length=1)
    codes: list[DatedCode] = Field(min_length=1)
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def from_line(cls, data: object) -> object:
        return parse_entry_line(data) if isinstance(data, str) else data

    def to_line(self) -> str:
        codes = ", ".join(c.code + (f" {c.start or ''}..{c.end or ''}" if c.dated else "") for c in self.codes)
        line = f"{self.id} | {'; '.join(self.names)} | {codes}"
        return f"{line} | {self.note}" if self.note else line

    def codes_on(self, day: dt.date | None) -> list[str]:
        """The codes that apply on `day`: the dated ones covering it, else the undated ones.
        Without a day, the undated codes, or failing those the most recent dated one."""
        undated = [c.code for c in self.codes if not c.dated]
        if day is None:
            if undated:
                return undated
            latest = max(self.codes, key=lambda c: (c.end or dt.date.max, c.start or dt.date.min))
            return [latest.code]
        covering = [c.code for c in self.codes if c.dated and c.covers(day)]
        return covering or undated

    def code_key(self) -> tuple:
        return tuple((c.code, c.start, c.end) for c in self.codes)


class ActorDictionary(YamlDocument):
    source: str
    licence: str | None = None
    actors: list[ActorEntry]

    @model_validator(mode="after")
    def unique(self) -> "ActorDictionary":
        ids: set[str] = set()
        owner: dict[str, ActorEntry] = {}
        for entry in self.actors:
            if entry.id in ids:
                raise ValueError(f"duplicate actor id {entry.id}")
            ids.add(entry.id)
            if len(set(entry.names)) != len(entry.names):
                raise ValueError(f"{entry.id}: a name is listed twice")
            for name in entry.names:
                other = owner.setdefault(name, entry)
                if other is not entry and other.code_key() != entry.code_key():
                    raise ValueError(f"name {name!r} is in {other.id} and {entry.id} with different codes")
        return self

    def name_index(self) -> dict[str, ActorEntry]:
        """Normalised name -> the (first) entry carrying it."""
        index: dict[str, ActorEntry] = {}
        for entry in self.actors:
            for name in entry.names:
                index.setdefault(name, entry)
        return index

    def name_count(self) -> int:
        return sum(len(entry.names) for entry in self.actors)


def validate_actor_codes(dictionaries: Mapping[str, ActorDictionary], codebook: ActorCodeBook) -> list[str]:
    """Every code of every entry must follow the actor code grammar; one message per bad code."""
    errors = []
    prefixes, parts = codebook.prefixes, codebook.parts     # read once: pydantic private attributes are slow
    valid: dict[str, bool] = {}                             # ~38,000 codes, a few thousand distinct
    for file_name, dictionary in dictionaries.items():
        for entry in dictionary.actors:
            for dated in entry.codes:
                code = dated.code
                ok = valid.get(code)
                if ok is None:
                    ok = valid[code] = valid_actor_code(code, prefixes, parts)
                if not ok:
                    errors.append(f"{file_name}: {entry.id}: invalid actor code {code!r}")
    return errors


class AgentEntry(Strict):
    """Generic agent nouns: 'soldiers' adds MIL to the actor found nearby (Nigerian soldiers ->
    NGAMIL). `position: prefix` marks the few agents whose code goes before the country
    (Phoenix `[IGO~]`: peacekeeping troops of Nigeria -> IGONGA...)."""

    names: list[NormalName] = Field(min_length=1)
    code: str = Field(pattern=r"^(?:[A-Z]{3})+$")
    position: Literal["suffix", "prefix"] = "suffix"
    note: str | None = None


class AgentDictionary(YamlDocument):
    source: str
    licence: str | None = None
    agents: list[AgentEntry]

    @model_validator(mode="after")
    def one_code_per_name(self) -> "AgentDictionary":
        owner: dict[str, AgentEntry] = {}
        for entry in self.agents:
            for name in entry.names:
                other = owner.setdefault(name, entry)
                if other is not entry:
                    raise ValueError(f"agent name {name!r} appears twice ({other.code}, {entry.code})")
        return self

    def name_index(self) -> dict[str, AgentEntry]:
        return {name: entry for entry in self.agents for name in entry.names}


def validate_agent_codes(agents: AgentDictionary, codebook: ActorCodeBook) -> list[str]:
    return [f"agents.yaml: {entry.names[0]!r}: invalid agent code {entry.code!r}"
            for entry in agents.agents if not codebook.is_valid_suffix(entry.code)]
