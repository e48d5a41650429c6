"""The codebook compiled into what the coder uses at run time (matchers, gazetteer, versions)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.gazetteer import Gazetteer, load_gazetteer
from pipeline.lexicon import ActorName, CoderLexicon, DatedCode
from pipeline.resolve import Versions
from pipeline.text import normalise

# hand-made additions are read before the converted Phoenix dictionaries: their codes win
PREFERRED_FIRST = ("added.yaml",)

# Dictionary names are stored in normal form (schemas/actors.py); `normalise` (a tokenizer that
# builds a Token per word) is the identity on names made of lower-case ASCII words and digit runs
# separated by single spaces, which is almost all of the ~40,000 names: those skip it. Anything
# else, or a `normalise` that no longer leaves such names alone, takes the full path.
_PLAIN_NAME = re.compile(r"(?:[a-z]+|[0-9]+)(?: (?:[a-z]+|[0-9]+))*")
_PLAIN_PROBE = "abc xyz 0123 456789 m 23 al sham"
_PLAIN_IS_NORMAL = normalise(_PLAIN_PROBE) == _PLAIN_PROBE


def normal_name(name: str) -> str:
    """`normalise(name)`, without the tokenizer when the name is plainly in normal form already."""
    if _PLAIN_IS_NORMAL and _PLAIN_NAME.fullmatch(name):
        return name
    return normalise(name)


@dataclass(frozen=True)
class CompiledCodebook:
    codebook: object            # pipeline.codebook.Codebook (untyped here to avoid an import cycle)
    lexicon: CoderLexicon
    gazetteer: Gazetteer
    versions: Versions
    disorder: dict[str, str]    # ACLED sub-event type -> disorder type
    event_codes: dict[str, tuple[int, float]]   # CAMEO code -> (quad class, Goldstein)


def actor_names(codebook) -> Iterator[tuple[str, ActorName]]:
    files = sorted(codebook.actors, key=lambda name: (name not in PREFERRED_FIRST, name))
    for file in files:
        for entry in codebook.actors[file].actors:
            codes = tuple(DatedCode(c.code, c.start, c.end) for c in entry.codes)
            value = ActorName(entry.id, codes)
            for name in entry.names:
                yield normal_name(name), value
    for agent in codebook.agents.agents:
        value = ActorName("agent:" + agent.code, (DatedCode(agent.code),), agent=True)
        for name in agent.names:
            yield normal_name(name), value


def compile_codebook(codebook) -> CompiledCodebook:
    """Build the matchers and load the gazetteer index with the cyclic garbage collector paused:
    ~200,000 places unpickled and ~40,000 names otherwise trigger collections that find nothing
    (twice the time)."""
    from pipeline.codebook import gc_paused, versions
    with gc_paused():
        lexicon = CoderLexicon.build(actor_names(codebook), codebook.event_rules, codebook.lexicon,
                                     codebook.role_patterns, codebook.acled_mapping)
        return CompiledCodebook(
            codebook=codebook, lexicon=lexicon, gazetteer=load_gazetteer(), versions=versions(codebook),
            disorder={s.name: s.disorder_type for s in codebook.acled.sub_event_types},
            event_codes={c.code: (c.quad_class, c.goldstein) for c in codebook.events.codes})
