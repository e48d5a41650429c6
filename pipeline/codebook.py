"""Load and validate the codebook (codebooks/*.yaml) and compile it for the coder.

A broken codebook never starts a run: every file is validated by its pydantic model, then
the files are checked against each other (rules use defined CAMEO codes, the ACLED mapping
uses defined sub-event types, dictionaries use well-formed actor codes). Errors name the
file, the key path and what is wrong.
"""
from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline import __version__ as CODER_VERSION
from schemas.actors import ActorDictionary, AgentDictionary
from schemas.dataset import Dataset
from schemas.rules import AcledMapping, EventRules, Lexicon, RolePatterns
from schemas.taxonomy import AcledTaxonomy, ActorCodeBook, CameoEventCodes, VerbLexicon

M = TypeVar("M", bound=BaseModel)
DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "codebooks"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class CodebookError(ValueError):
    """A codebook file is missing, unreadable or invalid; the message says where and why."""


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    version: str
    description: str
    licence: str
    files: dict[str, str]


@dataclass(frozen=True)
class Codebook:
    root: Path
    manifest: Manifest
    content_hash: str
    events: CameoEventCodes
    actor_codes: ActorCodeBook
    acled: AcledTaxonomy
    agents: AgentDictionary
    verb_lexicon: VerbLexicon
    actors: dict[str, ActorDictionary]      # file name -> dictionary
    dataset: Dataset
    event_rules: EventRules
    role_patterns: RolePatterns
    lexicon: Lexicon
    acled_mapping: AcledMapping

    @property
    def version(self) -> str:
        return self.manifest.version

    def value_lists(self) -> dict[str, list[str]]:
        """Allowed values of coded columns, by the names dataset.yaml refers to."""
        return {
            "cameo_event_code": [c.code for c in self.events.codes],
            "acled_event_type": [t.name for t in self.acled.event_types],
            "acled_sub_event_type": [s.name for s in self.acled.sub_event_types],
            # ACLED records "Political violence; Demonstrations" for events that are both
            "disorder_type": list(dict.fromkeys([d.name for d in self.acled.disorder_types]
                                                + [s.disorder_type for s in self.acled.sub_event_types])),
            "modality": ["asserted", "claimed", "denied", "hypothetical"],
            "date_precision": ["day", "week", "month", "year"],
            "casualty_kind": ["killed", "injured", "affected"],
            "qualifier": ["exact", "at_least", "more_than", "around", "up_to", "fewer_than", "several"],
            "quarantine_stage": ["ingest", "clean", "segment", "code", "validate"],
            "actor_side": ["source", "target", "claimant"],
        }


def codebook_root(root: Path | str | None = None) -> Path:
    return Path(root or os.environ.get("EVENTCODER_CODEBOOK") or DEFAULT_ROOT)


def load_codebook(root: Path | str | None = None) -> Codebook:
    """Read, validate and cross-check every codebook file; raise CodebookError on the first problem file."""
    root = codebook_root(root)
    manifest = _load(root / "codebook.yaml", Manifest, root)
    f = manifest.files
    actors_dir = root / f["actors"]
    actor_files = sorted(actors_dir.glob("*.yaml"))
    if not actor_files:
        raise CodebookError(f"{f['actors']}/: no actor dictionary (*.yaml) found")
    codebook = Codebook(
        root=root, manifest=manifest, content_hash=content_hash(root),
        events=_load(root / f["cameo_events"], CameoEventCodes, root),
        actor_codes=_load(root / f["actor_codes"], ActorCodeBook, root),
        acled=_load(root / f["acled"], AcledTaxonomy, root),
        agents=_load(root / f["agents"], AgentDictionary, root),
        verb_lexicon=_load(root / f["verb_lexicon"], VerbLexicon, root),
        actors={p.name: _load(p, ActorDictionary, root) for p in actor_files},
        dataset=_load(root / f["dataset"], Dataset, root),
        event_rules=_load(root / f["event_rules"], EventRules, root),
        role_patterns=_load(root / f["role_patterns"], RolePatterns, root),
        lexicon=_load(root / f["lexicon"], Lexicon, root),
        acled_mapping=_load(root / f["acled_mapping"], AcledMapping, root),
    )
    problems = list(cross_check(codebook))
    if problems:
        raise CodebookError("codebook is inconsistent:\n  " + "\n  ".join(problems))
    return codebook


def _load(path: Path, model: type[M], root: Path) -> M:
    where = path.relative_to(root) if path.is_relative_to(root) else path
    try:
        with path.open("rb") as fh:
            data = yaml.load(fh, Loader=_Loader)
    except FileNotFoundError:
        raise CodebookError(f"{where}: file is missing") from None
    except yaml.YAMLError as exc:
        raise CodebookError(f"{where}: not valid YAML: {exc}") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        lines = [f"{where}: {'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors()[:20]]
        raise CodebookError("\n".join(lines)) from None


def content_hash(root: Path) -> str:
    """sha256 over every codebook file's path and bytes, in a fixed order."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cross_check(cb: Codebook) -> Iterator[str]:
    """What no single file can check: references between files."""
    codes = {c.code for c in cb.events.codes}
    for rule in cb.event_rules.rules:
        if rule.cameo not in codes:
            yield f"rules/events.yaml: rule {rule.id!r}: CAMEO code {rule.cameo!r} is not in cameo_events.yaml"
    subs = {s.name: s.event_type for s in cb.acled.sub_event_types}
    for rule in cb.acled_mapping.rules:
        if rule.sub_event_type not in subs:
            yield f"rules/acled_mapping.yaml: rule {rule.id!r}: sub-event type {rule.sub_event_type!r} is not in acled.yaml"
        elif subs[rule.sub_event_type] != rule.event_type:
            yield (f"rules/acled_mapping.yaml: rule {rule.id!r}: {rule.sub_event_type!r} belongs to "
                   f"{subs[rule.sub_event_type]!r}, not {rule.event_type!r}")
        for prefix in rule.cameo:
            if not any(c.startswith(prefix) for c in codes):
                yield f"rules/acled_mapping.yaml: rule {rule.id!r}: no CAMEO code starts with {prefix!r}"
    some_country = cb.actor_codes.countries[0].code
    for agent in cb.agents.agents:   # an agent's code is what it adds after a country: valid once prefixed
        if not cb.actor_codes.is_valid_code(some_country + agent.code):
            yield f"agents.yaml: agent {agent.names[:1]}: code {agent.code!r} is not made of codes defined in actor_codes.yaml"
    from schemas.actors import validate_actor_codes
    yield from validate_actor_codes(cb.actors, cb.actor_codes)
    lists = cb.value_lists()
    for table in cb.dataset.tables:
        for column in table.columns:
            allowed = column.allowed
            if isinstance(allowed, str) and allowed not in lists:
                yield f"dataset.yaml: {table.name}.{column.name}: unknown value list {allowed!r}"


@functools.lru_cache(maxsize=4)
def _compiled(root: str, digest: str):
    """The codebook compiled for coding; memoised per process and codebook content."""
    from pipeline.compile import compile_codebook
    return compile_codebook(load_codebook(root))


def compiled(root: Path | str | None = None):
    root = codebook_root(root)
    return _compiled(str(root), content_hash(root))


def versions(cb: Codebook):
    from pipeline.resolve import Versions
    return Versions(cb.version, cb.content_hash, CODER_VERSION)
