"""Step 1: read a folder of articles into `RawArticle`s, and everything unusable into quarantine.

Input folder conventions (walked recursively, in sorted order, hidden files and folders skipped):

* ``NAME.txt`` – one article as plain text (scraped text with markup remnants is fine: cleaning
  deals with it).
* ``NAME.html`` / ``NAME.htm`` – one article as an HTML page.
* ``NAME.jsonl`` – one article per line, a JSON object with the keys ``text`` or ``html`` (the
  article; ``html`` wins when both are present) and optionally ``url``, ``title``, ``publisher``,
  ``published``, ``language``. Other keys (``id`` included) are ignored. The file is read line by
  line, so a feed of any size streams.
* Sidecar metadata: ``NAME.meta.yaml`` (or ``NAME.meta.yml`` / ``NAME.meta.json``) next to
  ``NAME.txt`` / ``NAME.html`` holds the same optional keys as a jsonl line (``url``, ``title``,
  ``publisher``, ``published``, ``language``). One convention only: the sidecar shares the article's
  name without its extension (``a.txt`` -> ``a.meta.yaml``).
* Skipped silently: sidecars, hidden files, and documentation or configuration files
  (``.md .rst .json .yaml .yml .csv .tsv .log``). Any other file is quarantined as
  "unsupported file type", so a researcher notices that a ``.pdf`` or ``.docx`` was not read.

Ids: the first 16 hex characters of the SHA-256 of the decoded content, with line endings
normalised to ``\\n`` and surrounding whitespace stripped. The same article read twice (two files,
or a jsonl line and a txt file) therefore has one id; de-duplication is left to the store, which
keys on the id.

Bad input never raises from `iter_articles`: it becomes a `QuarantineRecord` (stage ``ingest``)
with the reason, the source and a safe excerpt. Reasons: empty file, binary file, unreadable file,
file over `MAX_FILE_BYTES`, invalid JSON line, JSON line that is not an object or has no
text/html, unsupported file type, invalid sidecar. An unparseable ``published`` date does not stop
the article: the article is kept without a date (cleaning may still find a date line in the text)
and the problem is recorded in quarantine as ``unparseable published date '...'``.

Decoding: UTF-8 (a byte-order mark is dropped), else cp1252, else latin-1 (which cannot fail).
The fallback is logged as a warning, since `RawArticle` has no field for notes.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from schemas.article import ArticleMetadata, InputFormat, QuarantineRecord, RawArticle

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 5 * 1024 * 1024  # one article (or one jsonl line) larger than this is not news
EXCERPT_CHARS = 200

ARTICLE_FORMATS: dict[str, InputFormat] = {".txt": "txt", ".html": "html", ".htm": "html"}
FEED_SUFFIX = ".jsonl"
SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")
IGNORED_SUFFIXES = frozenset({".md", ".rst", ".json", ".yaml", ".yml", ".csv", ".tsv", ".log"})
METADATA_KEYS = ("url", "title", "publisher", "published", "language")

# Share of control characters (other than tab/newline/CR/FF) above which decoded text is binary.
_BINARY_CONTROL_SHARE = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]+")
_SPACES = re.compile(r"\s+")
_SURROGATES = re.compile(r"[\ud800-\udfff]")  # JSON "\\ud800" escapes decode to lone surrogates

# ---------------------------------------------------------------- dates

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
MONTH_NAME = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
WEEKDAY_NAME = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
# The heading of one dated entry of a report ("6 August - Sharanish, Zakho district", "1 July 2026 -
# Manga (Ghana). At about 10:00, ..."): cleaning keeps it in the text, coding dates the entry by it.
# ("12 March 2026 - Bosso", "Monday 12 October 2026 - Barsalogho": a report's dated entry heading)
DATED_ENTRY = re.compile(rf"^(?:{WEEKDAY_NAME} )?(?:\d{{1,2}} {MONTH_NAME}|{MONTH_NAME} \d{{1,2}})(?:,? \d{{4}})?\s*[-–—:]\s*\w",
                         re.IGNORECASE)

# Regex sources for one date expression, shared with cleaning (which searches date lines).
DATE_ISO = r"(?P<iy>\d{4})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})"
DATE_MDY = rf"(?P<am>{MONTH_NAME})\.?\s+(?P<ad>\d{{1,2}})(?:st|nd|rd|th)?[,،]?\s+(?P<ay>\d{{4}})"
DATE_DMY = rf"(?P<bd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<bm>{MONTH_NAME})\.?[,،]?\s+(?P<by>\d{{4}})"
DATE_PATTERN = rf"(?:{DATE_ISO}|{DATE_MDY}|{DATE_DMY})"
_DATE_ONLY = re.compile(rf"\s*(?:{WEEKDAY_NAME}\s*)?{DATE_PATTERN}\b", re.IGNORECASE)


def date_from_match(m: re.Match[str]) -> dt.date | None:
    """The date of a match of `DATE_PATTERN` (named groups), or None if it is not a real day."""
    groups = m.groupdict()
    try:
        if groups.get("iy"):
            return dt.date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        if groups.get("am"):
            return dt.date(int(groups["ay"]), MONTHS[groups["am"].lower()], int(groups["ad"]))
        if groups.get("bm"):
            return dt.date(int(groups["by"]), MONTHS[groups["bm"].lower()], int(groups["bd"]))
    except (ValueError, KeyError):
        return None
    return None


def parse_date(value: Any) -> dt.date | None:
    """A publication date from metadata: ISO date or datetime, RFC 2822, "Nov 25, 2018",
    "25 November 2018", "Sunday, November 25, 2018 10:32 GMT". None when it cannot be read.

    Stdlib only and locale independent (month names are matched here, not by strptime).
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    m = _DATE_ONLY.match(text)
    return date_from_match(m) if m else None


# ---------------------------------------------------------------- results


@dataclass
class IngestBatch:
    """Articles and quarantine records read from one stretch of the input folder."""

    articles: list[RawArticle] = field(default_factory=list)
    quarantine: list[QuarantineRecord] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.articles) + len(self.quarantine)


class IngestError(Exception):
    """One input cannot be used; `reason` is what goes into quarantine."""

    def __init__(self, reason: str, excerpt: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.excerpt = excerpt


def content_id(content: str) -> str:
    """Content hash that ignores line-ending style and surrounding whitespace."""
    normalised = content.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(normalised.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def safe_excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The first `limit` characters with control characters and runs of whitespace flattened,
    so an excerpt of a binary or hostile file is printable."""
    return _SPACES.sub(" ", _UNPRINTABLE.sub(" ", text[: limit * 2])).strip()[:limit]


def quarantine_record(source: str, reason: str, excerpt: str = "", line: int | None = None,
                      stage: str = "ingest", key: str | None = None) -> QuarantineRecord:
    """A quarantine record whose id is stable across re-runs: a hash of `key`, by default of
    source, stage and reason."""
    key = f"{source}|{stage}|{reason}" if key is None else key
    qid = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return QuarantineRecord(id=qid, source=source, line=line, stage=stage, reason=reason,
                            excerpt=safe_excerpt(excerpt))


# ---------------------------------------------------------------- decoding


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (BOM dropped), else cp1252, else latin-1. Raises IngestError for
    empty or binary input."""
    if not data.strip():
        raise IngestError("empty file")
    if b"\x00" in data:
        raise IngestError("binary file (contains NUL bytes)", data[:EXCERPT_CHARS].decode("latin-1"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            log.warning("%s is not valid UTF-8; decoded as cp1252", source)
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            log.warning("%s is not valid UTF-8; decoded as latin-1", source)
    sample = text[:4096]
    if len(_CONTROL.findall(sample)) > _BINARY_CONTROL_SHARE * len(sample):
        raise IngestError("binary file (control characters)", text)
    if not text.strip():
        raise IngestError("empty file")
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"unreadable file ({type(exc).__name__}: {exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        raise IngestError(f"file too large ({size} bytes > {MAX_FILE_BYTES})")
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise IngestError(f"unreadable file ({type(exc).__name__}: {exc.strerror or exc})") from None


# ---------------------------------------------------------------- metadata


def build_metadata(fields: dict[str, Any]) -> tuple[ArticleMetadata, list[str]]:
    """Metadata from a sidecar or jsonl object, and the problems found (e.g. a bad date).

    Unknown keys are ignored; scalar values are turned into strings; an unparseable date is dropped.
    """
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key in METADATA_KEYS:
        value = fields.get(key)
        if value is None or value == "":
            continue
        if key == "published":
            date = parse_date(value)
            if date is None:
                problems.append(f"unparseable published date {str(value)[:80]!r}")
            values[key] = date
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            values[key] = _SURROGATES.sub("\ufffd", str(value)).strip() or None
        else:
            problems.append(f"metadata {key} is not text ({type(value).__name__})")
    return ArticleMetadata(**values), problems


def merge_metadata(base: ArticleMetadata, override: ArticleMetadata | None) -> ArticleMetadata:
    """`base` with every field that `override` sets replaced."""
    if override is None:
        return base
    return base.model_copy(update=override.model_dump(exclude_none=True))


def sidecar_path(path: Path) -> Path | None:
    """The sidecar of an article file (``a.txt`` -> ``a.meta.yaml``), if one exists."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> tuple[ArticleMetadata, list[str]]:
    """Metadata from a sidecar file, and the problems met reading it."""
    try:
        data = _read_bytes(path)
        text = data.decode("utf-8-sig")
        loaded = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except IngestError as exc:
        return ArticleMetadata(), [f"metadata sidecar {path.name}: {exc.reason}"]
    except (UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        return ArticleMetadata(), [f"invalid metadata sidecar {path.name} ({type(exc).__name__})"]
    if loaded is None:
        return ArticleMetadata(), []
    if not isinstance(loaded, dict):
        return ArticleMetadata(), [f"invalid metadata sidecar {path.name} (not a mapping)"]
    return build_metadata(loaded)


# ---------------------------------------------------------------- one file


def _relative_source(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


def _read_one(path: Path, root: Path | None, metadata: ArticleMetadata | None
              ) -> tuple[RawArticle, list[str]]:
    """One .txt/.html file with its sidecar; returns the article and metadata problems."""
    fmt = ARTICLE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(f"unsupported file type {path.suffix.lower() or '(no extension)'!r}")
    source = _relative_source(path, root)
    content = decode(_read_bytes(path), source)
    sidecar = sidecar_path(path)
    meta, problems = read_sidecar(sidecar) if sidecar else (ArticleMetadata(), [])
    meta = merge_metadata(meta, metadata)
    article = RawArticle(id=content_id(content), source=source, format=fmt, content=content,
                         metadata=meta)
    return article, problems


def read_article_file(path: Path, metadata: ArticleMetadata | None = None,
                      root: Path | None = None) -> RawArticle:
    """Read one .txt/.html/.htm article with its sidecar metadata, if any.

    Fields set in `metadata` (e.g. the evaluator's gold publication date) override the sidecar.
    `source` is the path relative to `root`, or the file name. Raises `IngestError` for input
    that cannot be used (empty, binary, too large, unreadable, unsupported type); metadata
    problems such as a bad date are logged and the field dropped.
    """
    article, problems = _read_one(Path(path), root, metadata)
    for problem in problems:
        log.warning("%s: %s", article.source, problem)
    return article


# ---------------------------------------------------------------- jsonl feeds


def _iter_lines(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line longer than MAX_FILE_BYTES, which is
    skipped without being held in memory."""
    with path.open("rb") as fh:
        number = 0
        while True:
            chunk = fh.readline(MAX_FILE_BYTES + 1)
            if not chunk:
                return
            number += 1
            if len(chunk) > MAX_FILE_BYTES and not chunk.endswith(b"\n"):
                while chunk and not chunk.endswith(b"\n"):
                    chunk = fh.readline(MAX_FILE_BYTES)
                yield number, None
            else:
                yield number, chunk


def _feed_record(data: bytes, source: str) -> tuple[RawArticle, list[str]]:
    """One jsonl line as an article; raises IngestError if it is not a usable article."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        log.warning("%s is not valid UTF-8; decoded as cp1252", source)
    try:
        obj = json.loads(text)
    except ValueError as exc:
        raise IngestError(f"invalid JSON line ({exc.msg if hasattr(exc, 'msg') else exc})", text) from None
    if not isinstance(obj, dict):
        raise IngestError(f"JSON line is not an object ({type(obj).__name__})", text)
    body = next((obj[k] for k in ("html", "text") if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if body is None:
        raise IngestError("JSON line has no text or html", text)
    body = _SURROGATES.sub("\ufffd", body)
    if "\x00" in body:
        raise IngestError("binary content (contains NUL characters)", body)
    meta, problems = build_metadata(obj)
    return RawArticle(id=content_id(body), source=source, format="jsonl", content=body, metadata=meta), problems


# ---------------------------------------------------------------- the folder walk


def _walk(folder: Path) -> Iterator[Path]:
    """Files under `folder`, depth first, each directory's entries in sorted name order.

    Lists one directory at a time, so a large corpus is never listed whole; hidden entries are
    skipped and directory symlinks are not followed (no loops).
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(Path(entry.path))
        else:
            yield Path(entry.path)


def _is_skipped(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(SIDECAR_SUFFIXES) or path.suffix.lower() in IGNORED_SUFFIXES


def _records_for_file(path: Path, root: Path) -> Iterator[RawArticle | QuarantineRecord]:
    """Everything one input file yields: articles and quarantine records, in file order."""
    source = _relative_source(path, root)
    if not path.is_file():
        yield quarantine_record(source, "unreadable file (not a regular file or a broken link)")
        return
    if path.suffix.lower() == FEED_SUFFIX:
        yield from _records_for_feed(path, source)
        return
    try:
        article, problems = _read_one(path, root, None)
    except IngestError as exc:
        yield quarantine_record(source, exc.reason, exc.excerpt)
        return
    for problem in problems:
        yield quarantine_record(source, problem, article.content)
    yield article


def _records_for_feed(path: Path, source: str) -> Iterator[RawArticle | QuarantineRecord]:
    try:
        for number, data in _iter_lines(path):
            line_source = f"{source}:{number}"
            if data is None:
                yield quarantine_record(line_source, f"line too large (> {MAX_FILE_BYTES} bytes)", line=number)
                continue
            if not data.strip():
                continue  # blank lines are layout, not articles
            try:
                article, problems = _feed_record(data, line_source)
            except IngestError as exc:
                yield quarantine_record(line_source, exc.reason, exc.excerpt, line=number)
                continue
            for problem in problems:
                yield quarantine_record(line_source, problem, article.content, line=number)
            yield article
    except OSError as exc:
        yield quarantine_record(source, f"unreadable file ({type(exc).__name__}: {exc.strerror or exc})")


def iter_articles(folder: Path, batch_size: int = 500) -> Iterator[IngestBatch]:
    """Stream the articles of `folder` (recursive, sorted) in batches of about `batch_size`
    records (articles plus quarantine records). Never raises for bad input."""
    folder = Path(folder)
    batch_size = max(1, batch_size)
    batch = IngestBatch()
    if not folder.is_dir():
        batch.quarantine.append(quarantine_record(str(folder), "input folder not found (or not a folder)"))
        yield batch
        return
    for path in _walk(folder):
        if _is_skipped(path):
            continue
        for record in _records_for_file(path, folder):
            if isinstance(record, RawArticle):
                batch.articles.append(record)
            else:
                batch.quarantine.append(record)
            if len(batch) >= batch_size:
                yield batch
                batch = IngestBatch()
    if len(batch):
        yield batch
