"""The codebook compiled for fast coding: phrase matchers for actors, agents and event
triggers, and word sets for the cues around them. Built once per process from a loaded
codebook (see `pipeline.codebook.compiled`), never mutated afterwards.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.phrases import PhraseMatcher
from pipeline.text import normalise
from pipeline.timex import TimeGrammar
from schemas.rules import AcledMapping, EventRule, EventRules, Lexicon, RolePatterns

VOWELS = set("aeiou")


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class ActorName:
    """What a dictionary name stands for: a named actor with (dated) codes, or a generic agent role."""

    entry: str
    codes: tuple[DatedCode, ...]
    agent: bool = False

    def code_on(self, day: dt.date | None) -> str:
        for c in self.codes:
            if c.valid_on(day):
                return c.code
        # outside every date limit: the latest code is the best guess
        dated = [c for c in self.codes if c.start is not None]
        return max(dated, key=lambda c: c.start).code if dated else self.codes[-1].code


@dataclass(frozen=True, slots=True)
class TriggerRef:
    rule: EventRule
    pos: str      # verb | noun | phrase
    form: str     # base | s | ed | ing | noun | plural | phrase


def inflect(lemma: str, irregular: dict[str, list[str]]) -> dict[str, str]:
    """Regular verb forms of `lemma` (first word of a multi-word verb), plus irregular ones as 'ed'."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {"base": head, "s": _third_person(head), "ed": _past(head), "ing": _gerund(head)}
    out = {f"{form}": word + tail for form, word in forms.items()}
    for i, extra in enumerate(irregular.get(head, [])):
        out[f"ed{i}" if not extra.endswith("ing") else f"ing{i}"] = extra + tail
    return out


def pluralise(noun: str) -> str:
    words = noun.split(" ")
    last = words[-1]
    if last.endswith(("s", "sh", "ch", "x", "z")):
        last += "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in VOWELS:
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join(words[:-1] + [last])


def _third_person(v: str) -> str:
    if v.endswith(("s", "sh", "ch", "x", "z", "o")):
        return v + "es"
    if v.endswith("y") and v[-2:-1] not in VOWELS:
        return v[:-1] + "ies"
    return v + "s"


def _doubles(v: str) -> bool:
    """Short consonant-vowel-consonant verbs double their last letter: hit -> hitting, rob -> robbed."""
    return (len(v) <= 4 and len(v) >= 3 and v[-1] not in VOWELS | {"w", "x", "y"}
            and v[-2] in VOWELS and v[-3] not in VOWELS)


def _past(v: str) -> str:
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and v[-2:-1] not in VOWELS:
        return v[:-1] + "ied"
    return v + v[-1] + "ed" if _doubles(v) else v + "ed"


def _gerund(v: str) -> str:
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    return v + v[-1] + "ing" if _doubles(v) else v + "ing"


def trigger_entries(rules: EventRules, irregular: dict[str, list[str]]) -> Iterable[tuple[str, TriggerRef]]:
    for rule in rules.rules:
        for verb in rule.verbs:
            for form, word in inflect(verb, irregular).items():
                yield normalise(word), TriggerRef(rule, "verb", form.rstrip("0123456789"))
        for noun in rule.nouns:
            yield normalise(noun), TriggerRef(rule, "noun", "noun")
            yield normalise(pluralise(noun)), TriggerRef(rule, "noun", "plural")
        for phrase in rule.phrases:
            yield normalise(phrase), TriggerRef(rule, "phrase", "phrase")


def _forms(lemmas: Iterable[str], irregular: dict[str, list[str]]) -> frozenset[str]:
    return frozenset(normalise(f) for lemma in lemmas for f in inflect(lemma, irregular).values())


@dataclass
class CoderLexicon:
    """Everything the coder looks up while reading a sentence."""

    actors: PhraseMatcher[ActorName]
    triggers: PhraseMatcher[TriggerRef]
    lexicon: Lexicon
    patterns: RolePatterns
    acled: AcledMapping
    time: TimeGrammar
    speech_forms: frozenset[str] = field(default_factory=frozenset)
    hedged_forms: frozenset[str] = field(default_factory=frozenset)
    according: PhraseMatcher[str] | None = None
    counter: PhraseMatcher[str] | None = None
    hypothetical: PhraseMatcher[str] | None = None
    habitual: PhraseMatcher[str] | None = None
    claimed_cues: PhraseMatcher[str] | None = None
    accusatory: PhraseMatcher[str] | None = None
    attribution: PhraseMatcher[str] | None = None
    cumulative: PhraseMatcher[str] | None = None
    casualty_words: PhraseMatcher[str] | None = None
    qualifiers: PhraseMatcher[str] | None = None
    negation: frozenset[str] = field(default_factory=frozenset)
    accounts: frozenset[str] = field(default_factory=frozenset)
    falsehood: frozenset[str] = field(default_factory=frozenset)
    persons: frozenset[str] = field(default_factory=frozenset)
    singular_persons: frozenset[str] = field(default_factory=frozenset)
    subset_words: PhraseMatcher[str] | None = None
    victim_roles: dict[str, str] = field(default_factory=dict)      # victim noun -> role code
    light_verbs: frozenset[str] = field(default_factory=frozenset)
    compound_heads: frozenset[str] = field(default_factory=frozenset)
    time_words: frozenset[str] = field(default_factory=frozenset)
    instruments: PhraseMatcher[str] | None = None
    casualty_terms: frozenset[str] = field(default_factory=frozenset)   # one-word killed/injured words
    new_event_cues: frozenset[str] = field(default_factory=frozenset)
    summary_openers: tuple[str, ...] = ()
    irregular_past: frozenset[str] = field(default_factory=frozenset)   # "held", "hit", "said": past forms not in -ed

    @classmethod
    def build(cls, actor_names: Iterable[tuple[str, ActorName]], rules: EventRules, lexicon: Lexicon,
              patterns: RolePatterns, acled: AcledMapping) -> "CoderLexicon":
        irregular = lexicon.irregular_verbs
        att, mod, cas = lexicon.attribution, lexicon.modality, lexicon.casualties
        words = lambda items, tag: PhraseMatcher((normalise(w), tag) for w in items)  # noqa: E731
        casualty_words = PhraseMatcher(
            [(normalise(w), "killed") for w in cas.killed_words]
            + [(normalise(w), "injured") for w in cas.injured_words]
            + [(normalise(w), "affected") for w in cas.affected_words])
        qualifiers = PhraseMatcher((normalise(w), q) for q, ws in cas.qualifiers.items() for w in ws)
        light = patterns.patterns["nominal"].light_verbs if "nominal" in patterns.patterns else []
        return cls(
            actors=PhraseMatcher(actor_names),
            triggers=PhraseMatcher(trigger_entries(rules, irregular)),
            lexicon=lexicon, patterns=patterns, acled=acled, time=TimeGrammar(lexicon.time),
            speech_forms=_forms(att.speech_verbs, irregular),
            hedged_forms=_forms(att.hedged_speech_verbs, irregular),
            according=words(att.according_phrases, "according"),
            counter=words(att.counter_cues, "counter"),
            hypothetical=words(mod.hypothetical, "hypothetical"),
            habitual=words(mod.habitual, "habitual"),
            claimed_cues=PhraseMatcher([(normalise(w), "claimed") for w in mod.claimed]
                                       + [(normalise(w), "false") for w in mod.false_claim]),
            accusatory=words(mod.accusatory, "accusatory"),
            attribution=words(mod.attribution, "attribution"),
            cumulative=words(cas.cumulative, "cumulative"),
            casualty_words=casualty_words,
            qualifiers=qualifiers,
            negation=frozenset(normalise(w) or w for w in mod.negation),
            accounts=frozenset(normalise(w) for w in mod.accounts),
            falsehood=frozenset(normalise(w) for w in mod.falsehood),
            persons=frozenset(normalise(w) for w in cas.persons),
            singular_persons=frozenset(normalise(w) for w in cas.persons_singular),
            subset_words=words(cas.subset_words, "subset"),
            victim_roles={normalise(w): role for role, ws in cas.victim_roles.items() for w in ws},
            light_verbs=_forms(light, irregular),
            compound_heads=frozenset(normalise(w) for w in lexicon.triggers.compound_heads),
            time_words=frozenset(lexicon.time.weekdays) | frozenset(lexicon.time.months),
            instruments=PhraseMatcher((normalise(w), code) for code, ws in lexicon.triggers.instrument_codes.items() for w in ws),
            casualty_terms=frozenset(w for w in cas.killed_words + cas.injured_words if " " not in w) | {"shot"},
            new_event_cues=frozenset(lexicon.references.new_event_cues),
            # (an opener written with its colon keeps it: "tonight:")
            summary_openers=tuple(normalise(w) + (":" if w.endswith(":") else "")
                                  for w in lexicon.references.summary_openers),
            irregular_past=frozenset(w for ws in irregular.values() for w in ws if not w.endswith("ing")),
        )
