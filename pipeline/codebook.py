"""Load and validate the codebook (codebooks/*.yaml) and compile it for the coder.

A broken codebook never starts a run: every file is validated by its pydantic model, then
the files are checked against each other (rules use defined CAMEO codes, the ACLED mapping
uses defined sub-event types, dictionaries use well-formed actor codes). Errors name the
file, the key path and what is wrong.

Loading is fast: the cyclic garbage collector is paused meanwhile (building ~200,000 small
objects otherwise triggers many collections that find nothing), and a validated codebook is kept
in a disk cache under the user's cache folder (`EVENTCODER_CACHE` moves it, as for the gazetteer
index), keyed by a hash of every file under the codebook folder and of the code that validates
it. An edited codebook or changed schema code misses the cache and is loaded, validated and
cross-checked from the YAML, so errors still name the file and the key path; only a valid
codebook is cached; a corrupt, unreadable or unwritable cache is ignored (and rebuilt), never fatal.
"""
from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml
import pydantic
from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline import __version__ as CODER_VERSION
from schemas.actors import ActorDictionary, AgentDictionary
from schemas.dataset import Dataset
from schemas.rules import AcledMapping, ConfidenceModel, EventRules, Lexicon, RolePatterns
from schemas.taxonomy import AcledTaxonomy, ActorCodeBook, CameoEventCodes, VerbLexicon

M = TypeVar("M", bound=BaseModel)
DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "codebooks"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CACHE_FORMAT = 1       # bump when what the cache holds changes shape
CACHE_KEEP = 4          # cached codebooks kept (the most recently written); tests load many copies


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
    confidence: ConfidenceModel

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
            "quarantine_stage": ["ingest", "clean", "segment", "code", "validate", "confidence"],
            "actor_side": ["source", "target", "claimant"],
        }


def codebook_root(root: Path | str | None = None) -> Path:
    return Path(root or os.environ.get("EVENTCODER_CODEBOOK") or DEFAULT_ROOT)


def load_codebook(root: Path | str | None = None, *, cache: bool = True) -> Codebook:
    """Read, validate and cross-check every codebook file; raise CodebookError on the first problem file.
    With `cache`, a codebook validated before with the same files and code comes from the disk cache."""
    root = codebook_root(root)
    with gc_paused():
        key = _cache_key(root) if cache else None
        if key is not None:
            cached = _read_cache(root, key)
            if cached is not None:
                return cached
        codebook = _load_codebook(root)
        if key is not None:
            _write_cache(codebook, key)
        return codebook


def _load_codebook(root: Path) -> Codebook:
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
        confidence=_load(root / f["confidence"], ConfidenceModel, root),
    )
    problems = list(cross_check(codebook))
    if problems:
        raise CodebookError("codebook is inconsistent:\n  " + "\n  ".join(problems))
    return codebook


@contextlib.contextmanager
def gc_paused():
    """Pause the cyclic garbage collector (if it runs) while building many small objects."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# --------------------------------------------------------------------------- disk cache

def cache_dir() -> Path:
    """The user's cache folder for eventcoder (as pipeline.gazetteer.cache_dir, without its imports)."""
    base = os.environ.get("EVENTCODER_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache")), "eventcoder")
    return Path(base)


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of what a cached codebook's validity depends on besides the codebook files: this
    module, the models (schemas/*.py) and the versions of Python, pydantic and PyYAML."""
    import schemas
    digest = hashlib.sha256(f"{CACHE_FORMAT} {sys.version} {pydantic.VERSION} {yaml.__version__}".encode())
    for path in [Path(__file__).resolve(), *sorted(Path(schemas.__file__).resolve().parent.glob("*.py"))]:
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def files_hash(root: Path) -> str | None:
    """sha256 over every file under `root` (any name: more than `content_hash` covers), or None
    when the folder cannot be read (then nothing is cached)."""
    digest = hashlib.sha256()
    try:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(root)).encode() + b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def _cache_key(root: Path) -> str | None:
    if not root.is_dir():
        return None
    files = files_hash(root)
    if files is None:
        return None
    return hashlib.sha256(f"{code_fingerprint()} {files}".encode()).hexdigest()[:32]


def _cache_path(key: str) -> Path:
    return cache_dir() / f"codebook-{key}.pickle"


def _read_cache(root: Path, key: str) -> Codebook | None:
    path = _cache_path(key)
    try:
        with path.open("rb") as fh:
            cached = pickle.load(fh)
        if not isinstance(cached, tuple) or len(cached) != 2 or cached[0] != key or not isinstance(cached[1], Codebook):
            raise ValueError("not a cached codebook")
        codebook = cached[1]
        digest = content_hash(root)
        if codebook.content_hash != digest:
            raise ValueError("stale")
    except FileNotFoundError:
        return None
    except Exception:    # corrupt, truncated, stale or from other code: rebuilt, never fatal
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    return dataclasses.replace(codebook, root=root)


def _write_cache(codebook: Codebook, key: str) -> None:
    """Cache a valid codebook, if every file it was read from lies under its root (those the key
    covers); written atomically (parallel workers never read half a file); failures are ignored."""
    root = codebook.root.resolve()
    f = codebook.manifest.files
    if not all((codebook.root / name).resolve().is_relative_to(root) for name in f.values()):
        return
    path = _cache_path(key)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            pickle.dump((key, codebook), fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        _prune_cache(path.parent, "codebook-*.pickle", keep=CACHE_KEEP)
    except Exception:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _prune_cache(folder: Path, pattern: str, keep: int) -> None:
    """Delete all but the `keep` most recently written cache files matching `pattern`."""
    entries = []
    for path in folder.glob(pattern):
        with contextlib.suppress(OSError):
            entries.append((path.stat().st_mtime, path))
    for _, path in sorted(entries, reverse=True)[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()


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
    criminal = cb.lexicon.references.criminal_gunmen
    countries = {c.code for c in cb.actor_codes.countries}
    for code in (criminal.countries if criminal else []):
        if code not in countries:
            yield f"rules/lexicon.yaml: criminal_gunmen: {code!r} is not a country in actor_codes.yaml"
    for name, by_country in cb.lexicon.references.local_group_names.items():
        for country, code in by_country.items():
            if country not in countries or not cb.actor_codes.is_valid_code(code):
                yield f"rules/lexicon.yaml: local_group_names: {name!r}: {country}: {code!r} is not a valid country and code"
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
    with gc_paused():
        return compile_codebook(load_codebook(root))


def compiled(root: Path | str | None = None):
    root = codebook_root(root)
    return _compiled(str(root), content_hash(root))


def versions(cb: Codebook):
    from pipeline.resolve import Versions
    return Versions(cb.version, cb.content_hash, CODER_VERSION)
