"""Check a gold file before using it: the mistakes annotators make that the format's loader cannot see.

    .venv/bin/python scripts/check_gold.py tests/gold/fresh38/fresh38a.yaml

Beyond `load_gold` (keys, types, dates): every evidence string must sit inside ONE sentence of the
article as the coder cleans and splits it (evidence in page furniture the cleaner drops, or across
a sentence end, can never be scored); CAMEO codes and ACLED sub-event types must be the codebook's;
actor codes must be strings of three-letter parts; event dates must fall in the 120 days before
publication; each article should have at least four events and two forbidden rules. Forbidden
evidence that no sentence holds is only noted (a rule on page furniture is fine). Prints the
problems and ends with "N problems"; exits 1 when there are any.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from pipeline import steps  # noqa: E402
from pipeline.codebook import load_codebook  # noqa: E402
from pipeline.evaluate import GoldFormatError, evidence_key, gold_texts_dir, load_gold  # noqa: E402
from pipeline.ingest import read_article_file  # noqa: E402
from schemas.article import ArticleMetadata  # noqa: E402

ACTOR_CODE = re.compile(r"(?:[A-Z0-9]{3})+")
DATE_REACH = dt.timedelta(days=120)


def gold_problems(path: Path) -> tuple[list[str], list[str]]:
    """(notes, problems) for one gold file."""
    try:
        gold = load_gold(path)
    except GoldFormatError as exc:
        return [], [str(exc)]
    cb = load_codebook(None)
    codes = set(cb.events.by_code())
    acled = {s.name for s in cb.acled.sub_event_types}
    texts = gold_texts_dir(path, gold)
    notes: list[str] = []
    problems: list[str] = []
    ids: set[str] = set()
    for article in gold.articles:
        sentences = _sentences(texts / article.file, article.published, texts)
        if sentences is None:
            problems.append(f"{article.file}: no article file, or no sentence after cleaning")
            continue
        problems += _article_problems(article)
        for rule in article.forbidden or []:
            if rule.evidence and not _in_one(rule.evidence, sentences):
                notes.append(f"{article.file}: forbidden evidence in no sentence (fine for page furniture): "
                             f"{rule.evidence!r}")
        for event in article.events:
            if event.id in ids:
                problems.append(f"{event.id}: id used twice")
            ids.add(event.id)
            problems += _event_problems(event, article.published, sentences, codes, acled)
    return notes, problems


def _sentences(file: Path, published, texts: Path) -> list[str] | None:
    if not file.exists():
        return None
    raw = read_article_file(file, ArticleMetadata(published=published), root=texts)
    segmented = steps.segment_batch(steps.clean_batch([raw]).items)
    return [evidence_key(s.text) for s in segmented.items] or None


def _in_one(text: str, sentences: list[str]) -> bool:
    key = evidence_key(text)
    return any(key in s for s in sentences)


def _article_problems(article) -> list[str]:
    out = []
    if article.published is None:
        out.append(f"{article.file}: no publication date")
    if len(article.events) < 4:
        out.append(f"{article.file}: only {len(article.events)} events")
    if len(article.forbidden or []) < 2:
        out.append(f"{article.file}: fewer than two forbidden rules")
    return out


def _event_problems(event, published, sentences: list[str], codes: set[str], acled: set[str]) -> list[str]:
    out = []
    if not event.evidence:
        out.append(f"{event.id}: no evidence")
    elif not _in_one(event.evidence, sentences):
        out.append(f"{event.id}: evidence is not inside one sentence of the cleaned text: {event.evidence!r}")
    out += [f"{event.id}: unknown CAMEO code {c}" for c in event.cameo if c not in codes]
    out += [f"{event.id}: malformed actor code {a}" for a in (event.source or []) + (event.target or [])
            if not ACTOR_CODE.fullmatch(a)]
    if event.acled and event.acled not in acled:
        out.append(f"{event.id}: unknown ACLED sub-event type {event.acled!r}")
    out += [f"{event.id}: date {d} is not in the {DATE_REACH.days} days up to publication {published}"
            for d in event.date or [] if published and not published - DATE_REACH <= d <= published]
    return out


def main(argv: list[str]) -> int:
    notes, problems = gold_problems(Path(argv[1]))
    for note in notes:
        print(" (note)", note)
    for problem in problems:
        print(" -", problem)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
