"""Score coded events against a gold-annotation file (/gold/FORMAT.md), rule by rule.

Pure Python: the CLI codes each gold article afresh, exports the produced events as dicts
(the project's export format) and calls `score(gold, {article file: [event dict, ...]})`.

How each FORMAT.md rule is implemented
--------------------------------------
Matching. A produced event matches a gold event of the same article when
  1. its `cameo` starts with one of the gold `cameo` prefixes;
  2. where the gold gives `source` / `target`: any one of the produced actor codes on that
     side starts with one of the listed prefixes (compared case-insensitively; a produced
     event with no actor on that side does not match);
  3. where the gold gives `date`: the produced `date` (ISO text) is one of the listed dates
     (a produced event without a date does not match).
  Absent gold attributes are not scored at all.

Hypothetical events ("counts a produced hypothetical event only when the gold has one").
  Reading: a produced event with modality `hypothetical` may only be paired with a gold
  event whose `modality` is `hypothetical`. Paired, it counts like any other produced event
  (a hit, or neutral for an optional gold event). Unpaired, it is ignored: not a false
  positive, not in the precision denominator (reported under `not_scored`). A gold event
  without `modality` is not "a hypothetical one". Non-hypothetical produced events may
  match hypothetical gold events (the modality attribute then disagrees).

Optional gold events. A produced event paired with an `optional` gold event is neither a hit
  nor a false positive: it leaves both the numerator and the denominator of precision, and
  its pair is listed under `matches` (flagged optional) but not scored for attribute
  accuracy. An unpaired optional gold event is no miss and not in the recall denominator.

Pairing. One-to-one, greedily, per article: every (gold, produced) pair that matches is a
  candidate; candidates are taken in order of most agreeing scored attributes (the
  accuracy attributes below that the gold gives), ties broken by gold order in the file,
  then by produced order; a candidate is taken when neither side is paired yet.

Scope. A produced event is in scope when its CAMEO code starts with a prefix in `scope`.
  Out-of-scope produced events are never false positives and never in the precision
  denominator. They may still match a gold event (gold prefixes can lie outside the
  scope, e.g. "175"), and such a pair counts as a hit for recall, not for precision.

Scores.
  precision = matched in-scope produced events / in-scope produced events (counted ones);
  recall    = matched gold events / gold events (non-optional);
  F1        = 2PR / (P + R), and 0.0 when P + R == 0.
  A ratio with a zero denominator is 1.0 when the other side is empty too (nothing
  annotated and nothing produced) and 0.0 otherwise (e.g. nothing produced for a
  non-empty gold: precision 0.0).
  `tp` = matched gold events, `fn` = missed gold events, `fp` = unmatched counted produced
  events; `matched_produced` is the precision numerator (it differs from `tp` only when
  out-of-scope produced events hit gold events).
  Per CAMEO root: the gold event's root is the first two characters of its first `cameo`
  prefix, the produced event's root the first two characters of its `cameo`; recall per
  root uses gold events of that root, precision per root produced events of that root.

Attribute accuracy, on hit pairs, for each attribute the gold gives:
  place      the produced `location`, `admin2` or `admin1` equals one of the gold names
             after `place_key` normalisation: Unicode accents removed, case-folded,
             apostrophes and ayn/hamza marks (' ’ ‘ ` ´ ʼ ʻ ʿ ʾ) deleted, the text split into
             words at anything that is not a letter or digit (spaces, hyphens, dashes,
             dots), the article words "al" and "el" dropped, the rest joined without
             spaces. So "al-Khalidiya" == "Khalidiya" == "Al Khalidiya" and
             "Deir ez-Zor" == "Deir Ezzor" (but not "Dayr az Zawr": list spellings).
  modality   equal (case-insensitive);
  fatalities the produced count is in the gold list; a gold null means "not stated" and
  injured    agrees with a produced None;
  acled      the produced `acled_sub_event_type` equals the gold string, case-insensitive
             and whitespace-normalised;
  evidence   one of the produced event's evidence sentences (`evidence[*].sentence`, or
             `sentence` when `evidence` is absent) contains the gold string, after
             `evidence_key` normalisation of both: NFKC, case-folded, curly quotes made
             straight, dashes made hyphens, runs of whitespace made one space.

Forbidden. Every produced event of a gold article (in scope or not, paired or not) is
  checked against the article's rules; it breaks a rule when every condition the rule
  gives holds: `evidence` (one of its sentences contains the string, normalised as for the
  evidence attribute), `cameo` / `source` / `target` (prefixes, as for matching),
  `fatalities_at_least` (produced fatalities is a number >= n), `date_before` (produced
  date is a date < d). Events with modality `hypothetical` break none. `forbidden` counts
  the events that break at least one rule; `forbidden_events` lists each such event once
  with all the rules it breaks.

Articles. A gold article with no entry in `produced` has no produced events. Produced events
  for articles the gold does not list are ignored and their files listed as
  `unscored_articles`.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from schemas.gold import ATTRIBUTES, ForbiddenRule, GoldArticle, GoldEvent, GoldFile

__all__ = [
    "EvaluationReport",
    "GoldFormatError",
    "Score",
    "evidence_key",
    "gold_texts_dir",
    "load_gold",
    "place_key",
    "score",
]


# ====================================================================== loading

class GoldFormatError(ValueError):
    """A gold file that cannot be read; the message names the file and the key path."""


class _GoldLoader(yaml.SafeLoader):
    """SafeLoader that keeps what the annotator wrote where YAML 1.1 would change it."""

    def construct_leading_zero_int(self, node: yaml.ScalarNode) -> Any:
        # YAML 1.1 reads an unquoted 016 as octal 14; an annotator always means the code "016".
        text = self.construct_scalar(node)
        if re.fullmatch(r"0[0-9_]+", text):
            return text
        return self.construct_yaml_int(node)

    def construct_checked_timestamp(self, node: yaml.ScalarNode) -> Any:
        # An impossible date (2018-02-30) stays text so the model reports it with its key path.
        try:
            return self.construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:
        # PyYAML silently keeps the last of two equal keys; in a gold file that hides a mistake.
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_GoldLoader.add_constructor("tag:yaml.org,2002:int", _GoldLoader.construct_leading_zero_int)
_GoldLoader.add_constructor("tag:yaml.org,2002:timestamp", _GoldLoader.construct_checked_timestamp)

# which model a key path ends in, to name the allowed keys when one is unknown
_MODEL_OF_LIST = {"articles": GoldArticle, "events": GoldEvent, "forbidden": ForbiddenRule}


def load_gold(path: Path) -> GoldFile:
    """Read and validate a gold file; any problem raises GoldFormatError naming file and key path.

    Beyond plain YAML: an unquoted leading-zero number (`cameo: 016`) stays the text written
    (YAML 1.1 would read octal 14), an impossible date (`2018-02-30`) is reported with its key
    path, and a key repeated in one mapping is an error (YAML would keep the last silently).
    """
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_GoldLoader)
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise GoldFormatError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise GoldFormatError(f"{path}: expected a YAML mapping with name, scope, articles")
    try:
        return GoldFile.model_validate(data)
    except ValidationError as exc:
        problems = "\n".join(f"  {_describe_error(error)}" for error in exc.errors())
        raise GoldFormatError(f"{path}: invalid gold file:\n{problems}") from exc


def _key_path(loc: Sequence[Any]) -> str:
    """('articles', 0, 'events', 2, 'cameo') -> 'articles[0].events[2].cameo'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _describe_error(error: Mapping[str, Any]) -> str:
    loc = tuple(error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        allowed = ", ".join(_model_at(loc[:-1]).model_fields)
        return f"{_key_path(loc)}: unknown key {loc[-1]!r} (allowed: {allowed})"
    if error["type"] == "missing":
        return f"{_key_path(loc)}: required key missing"
    if error["type"] == "too_short":
        return f"{_key_path(loc)}: empty list (give at least one value, or omit the key: not scored)"
    if not loc:  # file-level checks put the key path in the message
        return message
    return f"{_key_path(loc)}: {message}"


def _model_at(loc: Sequence[Any]) -> type:
    model: type = GoldFile
    for part in loc:
        if isinstance(part, str) and part in _MODEL_OF_LIST:
            model = _MODEL_OF_LIST[part]
    return model


def gold_texts_dir(path: Path, gold: GoldFile) -> Path:
    """The folder holding the gold's article files: `texts` relative to the gold file's
    folder, or that folder itself when `texts` is absent."""
    base = Path(path).resolve().parent
    return (base / gold.texts).resolve() if gold.texts else base


# ====================================================================== normalisation

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʼʻʿʾ"), None)
_ARTICLE_WORDS = {"al", "el"}
_QUOTES_AND_DASHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"',
                                    "–": "-", "—": "-", "‐": "-", "‑": "-"})


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def place_key(name: str) -> str:
    """Comparison form of a place name (see the module docstring, "place")."""
    words = re.split(r"[\W_]+", _strip_accents(name).casefold().translate(_APOSTROPHES))
    kept = [w for w in words if w and w not in _ARTICLE_WORDS]
    return "".join(kept) or "".join(words)


def evidence_key(text: str) -> str:
    """Comparison form of evidence text (see the module docstring, "evidence")."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES_AND_DASHES)
    return " ".join(text.split())


def _label_key(text: str | None) -> str | None:
    return None if text is None else " ".join(str(text).casefold().split())


# ====================================================================== produced events

@dataclass(frozen=True)
class _Produced:
    """A produced event dict, read once into the fields the scorer compares."""

    index: int
    cameo: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    date: dt.date | None
    places: tuple[str, ...]
    modality: str
    fatalities: Any
    injured: Any
    acled: str | None
    sentences: tuple[str, ...]
    raw: Mapping[str, Any] = field(compare=False)

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def hypothetical(self) -> bool:
        return self.modality == "hypothetical"


def _codes(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if v is not None)


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _sentences(event: Mapping[str, Any]) -> tuple[str, ...]:
    evidence = event.get("evidence") or []
    texts = [e.get("sentence") or e.get("text") for e in evidence if isinstance(e, Mapping)]
    texts = [t for t in texts if t]
    if not texts and event.get("sentence"):
        texts = [event["sentence"]]
    return tuple(texts)


def _read_produced(index: int, event: Mapping[str, Any]) -> _Produced:
    places = (event.get("location"), event.get("admin2"), event.get("admin1"))
    return _Produced(
        index=index,
        cameo=str(event.get("cameo") or ""),
        source=_codes(event.get("source")),
        target=_codes(event.get("target")),
        date=_parse_date(event.get("date")),
        places=tuple(p for p in places if p),
        modality=str(event.get("modality") or "").casefold(),
        fatalities=event.get("fatalities"),
        injured=event.get("injured"),
        acled=event.get("acled_sub_event_type"),
        sentences=_sentences(event),
        raw=event,
    )


# ====================================================================== matching rules

def _has_prefix(code: str, prefixes: Iterable[str]) -> bool:
    return any(code.startswith(prefix) for prefix in prefixes)


def _any_actor_has_prefix(codes: Iterable[str], prefixes: Sequence[str]) -> bool:
    upper = [p.upper() for p in prefixes]
    return any(_has_prefix(code.upper(), upper) for code in codes)


def _matches(gold: GoldEvent, produced: _Produced) -> bool:
    """FORMAT.md "Matching" 1-3, plus the hypothetical rule (see module docstring)."""
    if produced.hypothetical and gold.modality != "hypothetical":
        return False
    if not _has_prefix(produced.cameo, gold.cameo):
        return False
    if gold.source is not None and not _any_actor_has_prefix(produced.source, gold.source):
        return False
    if gold.target is not None and not _any_actor_has_prefix(produced.target, gold.target):
        return False
    return gold.date is None or produced.date in gold.date


def _contains(sentences: Iterable[str], needle: str) -> bool:
    key = evidence_key(needle)
    return any(key in evidence_key(sentence) for sentence in sentences)


def _attribute_checks(gold: GoldEvent, produced: _Produced) -> dict[str, bool]:
    """For each accuracy attribute the gold gives: does the produced event agree?"""
    checks: dict[str, bool] = {}
    if gold.place is not None:
        wanted = {place_key(name) for name in gold.place}
        checks["place"] = any(place_key(name) in wanted for name in produced.places)
    if gold.modality is not None:
        checks["modality"] = produced.modality == gold.modality
    if gold.fatalities is not None:
        checks["fatalities"] = produced.fatalities in gold.fatalities
    if gold.injured is not None:
        checks["injured"] = produced.injured in gold.injured
    if gold.acled is not None:
        checks["acled"] = _label_key(produced.acled) == _label_key(gold.acled)
    if gold.evidence is not None:
        checks["evidence"] = _contains(produced.sentences, gold.evidence)
    return checks


def _breaks(rule: ForbiddenRule, produced: _Produced) -> bool:
    """Every condition the rule gives holds (the schema guarantees at least one)."""
    conditions = []
    if rule.evidence is not None:
        conditions.append(_contains(produced.sentences, rule.evidence))
    if rule.cameo is not None:
        conditions.append(_has_prefix(produced.cameo, rule.cameo))
    if rule.source is not None:
        conditions.append(_any_actor_has_prefix(produced.source, rule.source))
    if rule.target is not None:
        conditions.append(_any_actor_has_prefix(produced.target, rule.target))
    if rule.fatalities_at_least is not None:
        fatalities = produced.fatalities
        conditions.append(_is_count(fatalities) and fatalities >= rule.fatalities_at_least)
    if rule.date_before is not None:
        conditions.append(produced.date is not None and produced.date < rule.date_before)
    return all(conditions)


def _is_count(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# ====================================================================== pairing

@dataclass(frozen=True)
class _Pair:
    gold: GoldEvent
    produced: _Produced
    checks: dict[str, bool]

    @property
    def agreement(self) -> int:
        return sum(self.checks.values())


def _pair_greedily(golds: Sequence[GoldEvent], produced: Sequence[_Produced]) -> list[_Pair]:
    """One-to-one pairs: most agreeing attributes first; among equals, the gold event with the
    fewest produced events it could pair with (so a broad gold event does not take the only
    match of a narrow one), then gold order, then produced order."""
    candidates = [
        (g_index, p_index, _Pair(gold, event, _attribute_checks(gold, event)))
        for g_index, gold in enumerate(golds)
        for p_index, event in enumerate(produced)
        if _matches(gold, event)
    ]
    options = Counter(c[0] for c in candidates)
    candidates.sort(key=lambda c: (-c[2].agreement, options[c[0]], c[0], c[1]))
    pairs: list[_Pair] = []
    used_gold: set[int] = set()
    used_produced: set[int] = set()
    for g_index, p_index, pair in candidates:
        if g_index in used_gold or p_index in used_produced:
            continue
        used_gold.add(g_index)
        used_produced.add(p_index)
        pairs.append(pair)
    return pairs


# ====================================================================== one article

_Breach = tuple[_Produced, list[ForbiddenRule]]  # an event and the rules it breaks


@dataclass
class _ArticleOutcome:
    """How one article's gold and produced events were classified."""

    file: str
    hits: list[_Pair]
    optional_pairs: list[_Pair]
    missed: list[GoldEvent]
    false_positives: list[_Produced]
    out_of_scope: list[_Produced]
    ignored_hypothetical: list[_Produced]
    forbidden: list[_Breach]


def _score_article(
    article: GoldArticle, events: Sequence[Mapping[str, Any]], scope: Sequence[str]
) -> _ArticleOutcome:
    produced = [_read_produced(i, e) for i, e in enumerate(events)]
    pairs = _pair_greedily(article.events, produced)
    paired_gold = {pair.gold.id for pair in pairs}
    paired_produced = {pair.produced.index for pair in pairs}
    unpaired = [p for p in produced if p.index not in paired_produced]
    return _ArticleOutcome(
        file=article.file,
        hits=[pair for pair in pairs if not pair.gold.optional],
        optional_pairs=[pair for pair in pairs if pair.gold.optional],
        missed=[g for g in article.events if not g.optional and g.id not in paired_gold],
        false_positives=[p for p in unpaired if not p.hypothetical and _has_prefix(p.cameo, scope)],
        out_of_scope=[p for p in unpaired if not p.hypothetical and not _has_prefix(p.cameo, scope)],
        ignored_hypothetical=[p for p in unpaired if p.hypothetical],
        forbidden=_forbidden_breaches(article.forbidden, produced),
    )


def event_record(event) -> dict[str, Any]:
    """The fields of a schemas.event.Event the scorer reads, as the exported record names them."""
    place = event.place
    return {"cameo": event.cameo, "source": list(event.source), "target": list(event.target),
            "date": event.date, "modality": event.modality, "fatalities": event.fatalities,
            "injured": event.injured, "acled_sub_event_type": event.acled_sub_event_type,
            "location": place.name if place else None, "admin2": place.admin2 if place else None,
            "admin1": place.admin1 if place else None,
            "evidence": [{"sentence": e.text} for e in event.evidence]}


def label_produced(article: GoldArticle, events: Sequence[Mapping[str, Any]], scope: Sequence[str]
                   ) -> list[bool | None]:
    """Per produced event of one article: True when it matches a required gold event, False when
    it is a false positive, None when the score ignores it (it matches an optional gold event, or
    it is unmatched and out of scope or hypothetical)."""
    outcome = _score_article(article, events, scope)
    labels: list[bool | None] = [None] * len(events)
    for pair in outcome.hits:
        labels[pair.produced.index] = True
    for produced in outcome.false_positives:
        labels[produced.index] = False
    return labels


def _forbidden_breaches(rules: Sequence[ForbiddenRule], produced: Sequence[_Produced]) -> list[_Breach]:
    breaches = []
    for event in produced:
        if event.hypothetical:
            continue
        broken = [rule for rule in rules if _breaks(rule, event)]
        if broken:
            breaches.append((event, broken))
    return breaches


# ====================================================================== report

def _ratio(numerator: int, denominator: int, other_denominator: int) -> float:
    if denominator == 0:
        return 1.0 if other_denominator == 0 else 0.0
    return numerator / denominator


@dataclass(frozen=True)
class Score:
    """Counts behind precision / recall / F1 for the whole file or one CAMEO root."""

    gold: int                # gold events (non-optional): recall denominator
    matched_gold: int        # of which matched: tp
    produced: int            # counted produced events: precision denominator
    matched_produced: int    # of which matched: precision numerator

    @property
    def precision(self) -> float:
        return _ratio(self.matched_produced, self.produced, self.gold)

    @property
    def recall(self) -> float:
        return _ratio(self.matched_gold, self.gold, self.produced)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.matched_gold,
            "fp": self.produced - self.matched_produced,
            "fn": self.gold - self.matched_gold,
            "gold_events": self.gold,
            "produced_in_scope": self.produced,
            "matched_produced": self.matched_produced,
        }


@dataclass(frozen=True)
class AttributeScore:
    correct: int
    scored: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.scored if self.scored else None

    def to_json(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "correct": self.correct, "scored": self.scored}


@dataclass(frozen=True)
class EvaluationReport:
    """The result of `score`; `to_json()` for machines, `render_text()` for researchers."""

    name: str
    scope: list[str]
    overall: Score
    per_root: dict[str, Score]
    attributes: dict[str, AttributeScore]
    matches: list[dict[str, Any]]
    missed: list[dict[str, Any]]
    false_positives: list[dict[str, Any]]
    forbidden_events: list[dict[str, Any]]
    not_scored: dict[str, int]
    unscored_articles: list[str]

    @property
    def precision(self) -> float:
        return self.overall.precision

    @property
    def recall(self) -> float:
        return self.overall.recall

    @property
    def f1(self) -> float:
        return self.overall.f1

    @property
    def forbidden(self) -> int:
        return len(self.forbidden_events)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "scope": list(self.scope),
            **self.overall.to_json(),
            "forbidden": self.forbidden,
            "forbidden_events": self.forbidden_events,
            "attributes": {name: a.to_json() for name, a in self.attributes.items()},
            "per_root": {root: s.to_json() for root, s in self.per_root.items()},
            "missed": self.missed,
            "false_positives": self.false_positives,
            "matches": self.matches,
            "not_scored": dict(self.not_scored),
            "unscored_articles": list(self.unscored_articles),
        }

    def render_text(self) -> str:
        return _render(self)


def score(gold: GoldFile, produced: Mapping[str, Sequence[Mapping[str, Any]]]) -> EvaluationReport:
    """Score the events produced per article file against the gold file (FORMAT.md rules)."""
    outcomes = [_score_article(a, produced.get(a.file) or [], gold.scope) for a in gold.articles]
    known = {a.file for a in gold.articles}
    scope = gold.scope
    hits = [(o.file, pair) for o in outcomes for pair in o.hits]
    missed = [(o.file, g) for o in outcomes for g in o.missed]
    false_positives = [(o.file, p) for o in outcomes for p in o.false_positives]
    counted_hits = [pair for _, pair in hits if _has_prefix(pair.produced.cameo, scope)]
    return EvaluationReport(
        name=gold.name,
        scope=list(scope),
        overall=Score(
            gold=len(hits) + len(missed),
            matched_gold=len(hits),
            produced=len(counted_hits) + len(false_positives),
            matched_produced=len(counted_hits),
        ),
        per_root=_per_root(
            gold_roots=Counter(pair.gold.root for _, pair in hits) + Counter(g.root for _, g in missed),
            matched_gold_roots=Counter(pair.gold.root for _, pair in hits),
            produced_roots=(Counter(pair.produced.root for pair in counted_hits)
                            + Counter(p.root for _, p in false_positives)),
            matched_produced_roots=Counter(pair.produced.root for pair in counted_hits),
        ),
        attributes=_attribute_scores(pair for _, pair in hits),
        matches=[_match_json(o.file, pair) for o in outcomes for pair in o.hits + o.optional_pairs],
        missed=[_gold_json(file, g) for file, g in missed],
        false_positives=[_produced_json(file, p) for file, p in false_positives],
        forbidden_events=[_forbidden_json(o.file, p, rules) for o in outcomes for p, rules in o.forbidden],
        not_scored={
            "out_of_scope": sum(len(o.out_of_scope) for o in outcomes),
            "hypothetical_without_gold": sum(len(o.ignored_hypothetical) for o in outcomes),
            "matched_optional": sum(len(o.optional_pairs) for o in outcomes),
            "out_of_scope_hits": len(hits) - len(counted_hits),
        },
        unscored_articles=sorted(set(produced) - known),
    )


def _per_root(
    gold_roots: Counter, matched_gold_roots: Counter, produced_roots: Counter, matched_produced_roots: Counter
) -> dict[str, Score]:
    roots = sorted(set(gold_roots) | set(produced_roots))
    return {
        root: Score(
            gold_roots[root], matched_gold_roots[root], produced_roots[root], matched_produced_roots[root]
        )
        for root in roots
    }


def _attribute_scores(pairs: Iterable[_Pair]) -> dict[str, AttributeScore]:
    correct: Counter = Counter()
    scored: Counter = Counter()
    for pair in pairs:
        for name, agrees in pair.checks.items():
            scored[name] += 1
            correct[name] += agrees
    return {name: AttributeScore(correct[name], scored[name]) for name in ATTRIBUTES}


# ---------------------------------------------------------------- JSON records

def _produced_value(name: str, produced: _Produced) -> Any:
    """What the produced event says for an accuracy attribute (for disagreement details)."""
    raw = produced.raw
    return {
        "place": {key: raw.get(key) for key in ("location", "admin2", "admin1")},
        "modality": raw.get("modality"),
        "fatalities": raw.get("fatalities"),
        "injured": raw.get("injured"),
        "acled": raw.get("acled_sub_event_type"),
        "evidence": list(produced.sentences),
    }[name]


def _event_json(produced: _Produced) -> dict[str, Any]:
    raw = produced.raw
    return {
        "cameo": produced.cameo,
        "source": list(produced.source),
        "target": list(produced.target),
        "date": produced.date.isoformat() if produced.date else raw.get("date"),
        "modality": raw.get("modality"),
        "location": raw.get("location"),
        "fatalities": raw.get("fatalities"),
        "sentence": raw.get("sentence") or (produced.sentences[0] if produced.sentences else None),
    }


def _produced_json(file: str, produced: _Produced) -> dict[str, Any]:
    return {"article": file, **_event_json(produced)}


def _gold_json(file: str, gold: GoldEvent) -> dict[str, Any]:
    return {"article": file, "id": gold.id, "cameo": list(gold.cameo), "evidence": gold.evidence}


def _match_json(file: str, pair: _Pair) -> dict[str, Any]:
    disagreed = [name for name, agrees in pair.checks.items() if not agrees]
    return {
        "article": file,
        "gold_id": pair.gold.id,
        "optional": pair.gold.optional,
        "agreement": pair.agreement,
        "scored": list(pair.checks),
        "disagreed": disagreed,
        "details": {
            name: {
                "gold": _jsonable(getattr(pair.gold, name)),
                "produced": _produced_value(name, pair.produced),
            }
            for name in disagreed
        },
        "produced": _event_json(pair.produced),
    }


def _forbidden_json(file: str, produced: _Produced, rules: list[ForbiddenRule]) -> dict[str, Any]:
    return {
        "article": file,
        "rule": rules[0].conditions(),
        "rules": [rule.conditions() for rule in rules],
        "rules_text": [rule.describe() for rule in rules],
        "event": _event_json(produced),
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


# ---------------------------------------------------------------- text report

def _clip(text: Any, width: int = 110) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _actors(codes: Sequence[str]) -> str:
    return "|".join(codes) or "-"


def _event_line(event: Mapping[str, Any]) -> str:
    extras = [event.get("date") or "no date", event.get("modality") or "?"]
    if event.get("fatalities") is not None:
        extras.append(f"{event['fatalities']} killed")
    return (f"{event['cameo']} {_actors(event['source'])} -> {_actors(event['target'])} "
            f"({', '.join(map(str, extras))})")


def _render(report: EvaluationReport) -> str:
    o = report.overall.to_json()
    ns = report.not_scored
    lines = [
        f"Evaluation against gold '{report.name}' (scope: {' '.join(report.scope)})",
        f"  precision {o['precision']:.3f}   recall {o['recall']:.3f}   F1 {o['f1']:.3f}",
        f"  tp {o['tp']}   fp {o['fp']}   fn {o['fn']}   "
        f"(gold events {o['gold_events']}, produced in scope {o['produced_in_scope']}, "
        f"matched {o['matched_produced']})",
        f"  not scored: {ns['out_of_scope']} out of scope, {ns['hypothetical_without_gold']} hypothetical "
        f"without gold counterpart, {ns['matched_optional']} matched optional gold events, "
        f"{ns['out_of_scope_hits']} out-of-scope hits (recall only)",
        f"  forbidden outputs: {report.forbidden}" + ("" if report.forbidden else " (a correct coder has zero)"),
        "",
        "Per CAMEO root",
        f"  {'root':<5}{'gold':>5}{'prod':>6}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>8}{'recall':>8}{'F1':>7}",
    ]
    for root, s in report.per_root.items():
        j = s.to_json()
        lines.append(f"  {root:<5}{j['gold_events']:>5}{j['produced_in_scope']:>6}{j['tp']:>5}{j['fp']:>5}"
                     f"{j['fn']:>5}{j['precision']:>8.3f}{j['recall']:>8.3f}{j['f1']:>7.3f}")
    lines += ["", "Attribute accuracy (matched pairs, where the gold gives the attribute)"]
    for name, a in report.attributes.items():
        shown = "-" if a.accuracy is None else f"{a.accuracy:.3f}"
        lines.append(f"  {name:<11}{a.correct:>3}/{a.scored:<4}{shown:>7}")
    lines += _section(f"Missed gold events ({len(report.missed)})", (
        f"  {m['article']}  {m['id']}  [{'|'.join(m['cameo'])}]"
        + (f"  \"{_clip(m['evidence'], 80)}\"" if m["evidence"] else "")
        for m in report.missed))
    lines += _section(f"False positives ({len(report.false_positives)})", (
        f"  {f['article']}  {_event_line(f)}\n      \"{_clip(f['sentence'])}\""
        for f in report.false_positives))
    disagreeing = [m for m in report.matches if m["disagreed"]]
    lines += _section(f"Matched pairs with disagreeing attributes ({len(disagreeing)})", (
        f"  {m['article']}  {m['gold_id']}{' (optional)' if m['optional'] else ''}: " + "; ".join(
            f"{name} gold {_clip(d['gold'], 60)} / produced {_clip(d['produced'], 60)}"
            for name, d in m["details"].items())
        for m in disagreeing))
    lines += _section(f"Forbidden outputs ({report.forbidden})", (
        f"  {f['article']}  {_event_line(f['event'])}\n      breaks: "
        + "; ".join(f["rules_text"])
        + f"\n      \"{_clip(f['event']['sentence'])}\""
        for f in report.forbidden_events))
    if report.unscored_articles:
        lines += _section("Produced for articles not in the gold (ignored)",
                          (f"  {a}" for a in report.unscored_articles))
    return "\n".join(lines) + "\n"


def _section(title: str, rows: Iterable[str]) -> list[str]:
    rows = list(rows)
    return ["", title] + (rows or ["  (none)"])
