"""The codebook compiled into what the coder uses at run time (matchers, gazetteer, versions)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.gazetteer import Gazetteer, load_gazetteer
from pipeline.lexicon import ActorName, CoderLexicon, DatedCode
from pipeline.resolve import Versions
from pipeline.text import normalise

# hand-made additions are read before the converted Phoenix dictionaries: their codes win
PREFERRED_FIRST = ("added.yaml",)


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
                yield normalise(name), value
    for agent in codebook.agents.agents:
        value = ActorName("agent:" + agent.code, (DatedCode(agent.code),), agent=True)
        for name in agent.names:
            yield normalise(name), value


def compile_codebook(codebook) -> CompiledCodebook:
    from pipeline.codebook import versions
    lexicon = CoderLexicon.build(actor_names(codebook), codebook.event_rules, codebook.lexicon,
                                 codebook.role_patterns, codebook.acled_mapping)
    return CompiledCodebook(
        codebook=codebook, lexicon=lexicon, gazetteer=load_gazetteer(), versions=versions(codebook),
        disorder={s.name: s.disorder_type for s in codebook.acled.sub_event_types},
        event_codes={c.code: (c.quad_class, c.goldstein) for c in codebook.events.codes})
