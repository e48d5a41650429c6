"""Models of the codebook's taxonomy files, built by scripts/build_codebook.py:

- codebooks/cameo_events.yaml  -> CameoEventCodes (CAMEO event codes, Goldstein scores, quad classes)
- codebooks/actor_codes.yaml   -> ActorCodeBook (the grammar of CAMEO actor codes and its parts)
- codebooks/acled.yaml         -> AcledTaxonomy (ACLED event types, sub-event types, inter codes)
- codebooks/verb_lexicon.yaml  -> VerbLexicon (verb forms and phrase patterns per CAMEO code)

Each top-level model has `from_yaml(path)`, which parses with libyaml (CSafeLoader) and
validates the whole document in one `model_validate` call (fast on large files).
"""
from __future__ import annotations

import gc
from pathlib import Path
from typing import Literal, Self

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationInfo, field_validator, model_validator


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class YamlDocument(Strict):
    """A model that is a whole YAML file."""

    @classmethod
    def from_yaml(cls, path: str | Path) -> Self:
        """Parse with libyaml and validate the whole document at once. The cyclic garbage
        collector is paused meanwhile: building ~100,000 small objects triggers many collections
        that find nothing and, in a process already holding a large heap, double the load time."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            with open(path, encoding="utf-8") as handle:
                return cls.model_validate(yaml.load(handle, Loader=yaml.CSafeLoader))
        finally:
            if collecting:
                gc.enable()


# --------------------------------------------------------------------------- CAMEO events

QUAD_CLASSES = (1, 2, 3, 4)


class EventCode(Strict):
    code: str = Field(pattern=r"^\d{2,4}$")
    name: str
    root: str = Field(pattern=r"^\d{2}$")
    level: Literal["root", "base", "sub"]
    parent: str | None = None
    goldstein: float = Field(ge=-10.0, le=10.0)
    quad_class: int = Field(ge=1, le=4)
    definition: str

    @model_validator(mode="after")
    def shape_matches_level(self) -> "EventCode":
        expected = {"root": 2, "base": 3, "sub": 4}[self.level]
        if len(self.code) != expected:
            raise ValueError(f"{self.code}: a {self.level} code has {expected} digits")
        if not self.code.startswith(self.root):
            raise ValueError(f"{self.code}: root {self.root} is not its prefix")
        if (self.parent is None) != (self.level == "root"):
            raise ValueError(f"{self.code}: only root codes have no parent")
        if self.parent is not None and not self.code.startswith(self.parent):
            raise ValueError(f"{self.code}: parent {self.parent} is not its prefix")
        if "\n" in self.definition or not self.definition.strip():
            raise ValueError(f"{self.code}: the definition must be one non-empty line")
        return self


class CameoEventCodes(YamlDocument):
    """All CAMEO event codes. `quad_class_convention` labels the quad classes used (GDELT 1-4)."""

    quad_class_convention: dict[int, str]
    codes: list[EventCode]

    @field_validator("quad_class_convention")
    @classmethod
    def four_classes(cls, value: dict[int, str]) -> dict[int, str]:
        if tuple(sorted(value)) != QUAD_CLASSES:
            raise ValueError("quad_class_convention must label the classes 1, 2, 3 and 4")
        return value

    @model_validator(mode="after")
    def consistent_tree(self) -> "CameoEventCodes":
        by_code: dict[str, EventCode] = {}
        for event in self.codes:
            if event.code in by_code:
                raise ValueError(f"duplicate event code {event.code}")
            by_code[event.code] = event
        for event in self.codes:
            if event.parent is not None:
                parent = by_code.get(event.parent)
                if parent is None:
                    raise ValueError(f"{event.code}: parent {event.parent} does not exist")
                if parent.root != event.root:
                    raise ValueError(f"{event.code}: parent {event.parent} is under another root")
            if event.root not in by_code:
                raise ValueError(f"{event.code}: root {event.root} does not exist")
        return self

    def by_code(self) -> dict[str, EventCode]:
        return {event.code: event for event in self.codes}


# --------------------------------------------------------------------------- actor codes

RoleKind = Literal["state_role", "nonstate_armed", "political", "sector", "international",
                   "organization", "status"]
PrefixKind = Literal["dependency", "historical", "breakaway", "area"]


class CodedName(Strict):
    code: str = Field(pattern=r"^[A-Z]{3}$")
    name: str
    added: bool = False          # True: not in the reference tables, added by the project
    note: str | None = None


class Role(Strict):
    code: str = Field(pattern=r"^[A-Z]{3}$")
    label: str
    kind: RoleKind
    added: bool = False
    note: str | None = None


class Territory(CodedName):
    kind: PrefixKind


def _unique_codes(items: list, what: str) -> list:
    seen: set[str] = set()
    for item in items:
        if item.code in seen:
            raise ValueError(f"duplicate {what} code {item.code}")
        seen.add(item.code)
    return items


class ActorCodeBook(YamlDocument):
    """CAMEO actor codes: a 3-letter prefix (country, territory, region or international
    prefix) followed by zero or more 3-letter parts (roles, groups, religions, ethnic groups,
    and countries/regions after an international prefix, as in IGOUNO or NGOSYRHRI)."""

    grammar: str
    countries: list[CodedName]
    territories: list[Territory]
    regions: list[CodedName]
    roles: list[Role]
    groups: list[CodedName]
    religions: list[CodedName]
    ethnic_groups: list[CodedName]

    _prefixes: frozenset[str] = PrivateAttr(default=frozenset())
    _parts: frozenset[str] = PrivateAttr(default=frozenset())

    @field_validator("countries", "territories", "regions", "roles", "groups", "religions",
                     "ethnic_groups")
    @classmethod
    def unique(cls, items: list, info: ValidationInfo) -> list:
        return _unique_codes(items, info.field_name)

    def model_post_init(self, context: object) -> None:
        places = {c.code for c in self.countries} | {t.code for t in self.territories} \
            | {r.code for r in self.regions}
        international = {r.code for r in self.roles if r.kind == "international"}
        self._prefixes = frozenset(places | international)
        self._parts = frozenset(
            places | {r.code for r in self.roles} | {g.code for g in self.groups}
            | {r.code for r in self.religions} | {e.code for e in self.ethnic_groups})

    @property
    def prefixes(self) -> frozenset[str]:
        """Codes that may open an actor code."""
        return self._prefixes

    @property
    def parts(self) -> frozenset[str]:
        """Codes that may follow the prefix of an actor code."""
        return self._parts

    @staticmethod
    def chunks(code: str) -> list[str] | None:
        """'SYRGOVMED' -> ['SYR', 'GOV', 'MED']; None if not a run of 3-letter upper-case parts."""
        if not code or len(code) % 3 or not code.isascii() or not code.isalpha() or not code.isupper():
            return None
        return [code[i:i + 3] for i in range(0, len(code), 3)]

    # Private attributes are read through pydantic's slow __getattr__: read each once per call,
    # and once per loop in code that checks many codes (schemas.actors.validate_actor_codes).
    def is_valid_code(self, code: str) -> bool:
        """A full actor code: a prefix, then any number of known parts."""
        return valid_actor_code(code, self._prefixes, self._parts)

    def is_valid_suffix(self, code: str) -> bool:
        """The role part an agent adds to an actor ('MIL', 'GOVMED'): known parts only."""
        parts = self.chunks(code)
        if not parts:
            return False
        known = self._parts
        return all(p in known for p in parts)

    def role_kinds(self) -> dict[str, str]:
        return {role.code: role.kind for role in self.roles}


ActorCodeGrammar = ActorCodeBook   # the name the brief used for the file's model


def valid_actor_code(code: str, prefixes: frozenset[str], parts: frozenset[str]) -> bool:
    """`ActorCodeBook.is_valid_code` with the code sets passed in (for loops over many codes)."""
    chunks = ActorCodeBook.chunks(code)
    return bool(chunks) and chunks[0] in prefixes and all(p in parts for p in chunks[1:])


# --------------------------------------------------------------------------- ACLED

class DisorderType(Strict):
    name: str
    definition: str


class AcledEventType(Strict):
    name: str
    disorder_types: list[str]
    definition: str


class AcledSubEventType(Strict):
    name: str
    event_type: str
    disorder_type: str          # as ACLED writes it; "Political violence; Demonstrations" for one
    precedence: int = Field(ge=1)
    definition: str

    @property
    def disorder_types(self) -> list[str]:
        return [part.strip() for part in self.disorder_type.split(";")]


class InterCode(Strict):
    code: int = Field(ge=1, le=8)
    label: str                  # numeric-era label (acledR)
    label_2024: str             # text label used in 2024+ exports


class InteractionCode(Strict):
    code: int
    label: str                  # 2024+ text form, e.g. "State forces-Rebel group"
    label_legacy: str | None = None


class AcledTaxonomy(YamlDocument):
    disorder_types: list[DisorderType]
    event_types: list[AcledEventType]
    sub_event_types: list[AcledSubEventType]
    inter_codes: list[InterCode]
    interaction_codes: list[InteractionCode]
    export_columns: dict[str, list[str]]
    notes: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def consistent(self) -> "AcledTaxonomy":
        disorders = {d.name for d in self.disorder_types}
        event_types = {e.name for e in self.event_types}
        if len(event_types) != len(self.event_types):
            raise ValueError("duplicate ACLED event type")
        for event_type in self.event_types:
            unknown = set(event_type.disorder_types) - disorders
            if unknown:
                raise ValueError(f"{event_type.name}: unknown disorder types {sorted(unknown)}")
        seen: set[tuple[str, int]] = set()
        names: set[str] = set()
        for sub in self.sub_event_types:
            if sub.event_type not in event_types:
                raise ValueError(f"{sub.name}: unknown event type {sub.event_type!r}")
            if (sub.event_type, sub.precedence) in seen:
                raise ValueError(f"{sub.event_type}: precedence {sub.precedence} used twice")
            if sub.name in names:
                raise ValueError(f"duplicate sub-event type {sub.name!r}")
            if set(sub.disorder_types) - disorders:
                raise ValueError(f"{sub.name}: unknown disorder type {sub.disorder_type!r}")
            seen.add((sub.event_type, sub.precedence))
            names.add(sub.name)
        if sorted(c.code for c in self.inter_codes) != list(range(1, 9)):
            raise ValueError("inter codes must be 1-8, each once")
        return self

    def sub_events_of(self, event_type: str) -> list[AcledSubEventType]:
        """Sub-event types of one event type, highest precedence (1) first."""
        return sorted((s for s in self.sub_event_types if s.event_type == event_type),
                      key=lambda s: s.precedence)


# --------------------------------------------------------------------------- verb lexicon

class VerbEntry(Strict):
    """One verb synonym set's evidence for one CAMEO code.

    forms:   inflected verb forms ("accuse", "accuses", "accused", "accusing"); multi-word
             verbs are written out ("carry out", "carried out"). In YAML a list, or one
             string with the forms separated by "; ".
    phrases: patterns that give this code, lowercase words with markers:
             `*` the verb, `$` the source actor, `+` the target actor, `^` a skipped noun
             phrase, `%` a compound (source and target together), `&name` a synonym set
             from VerbLexicon.synsets.
    default: true when the verb by itself, with no phrase matched, gives this code (the
             TABARI block code or a verb's own code); phrases of the same lemma take precedence.
    reverse_phrases: patterns that give this code with source and target swapped (TABARI
             `[:043]`, or the second half of `[042:043]`: "X sets off for Y" -> Y hosts X);
             "*" alone: the bare verb, reversed (ATTEND [042:043]: X attends Y -> Y hosts X).
    """

    code: str = Field(pattern=r"^\d{2,4}$")
    lemma: str
    forms: list[str]
    default: bool = False       # the verb alone (no phrase matched) gives this code
    phrases: list[str] = Field(default_factory=list)
    reverse_phrases: list[str] = Field(default_factory=list)
    note: str | None = None

    @field_validator("forms", mode="before")
    @classmethod
    def split_forms(cls, value: object) -> object:
        """The generated file writes forms as one '; '-separated string (fewer YAML nodes)."""
        return value.split("; ") if isinstance(value, str) else value


class VerbLexicon(YamlDocument):
    source: str
    licence: str | None = None
    synsets: dict[str, list[str]]
    verbs: list[VerbEntry]

    @model_validator(mode="after")
    def synsets_defined(self) -> "VerbLexicon":
        for entry in self.verbs:
            for phrase in entry.phrases + entry.reverse_phrases:
                for word in phrase.split():
                    if word.startswith("&") and word[1:] not in self.synsets:
                        raise ValueError(f"{entry.lemma} [{entry.code}]: unknown synonym set {word}")
        return self

    def codes(self) -> set[str]:
        return {entry.code for entry in self.verbs}
