"""Reading an input folder: formats, sidecar metadata, stable ids, and quarantine instead of errors."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from pathlib import Path

import pytest

from pipeline import ingest
from pipeline.ingest import (
    IngestBatch,
    IngestError,
    content_id,
    iter_articles,
    parse_date,
    read_article_file,
)
from schemas.article import ArticleMetadata

ARTICLE = "Russia launched airstrikes on rebels in Idlib on Sunday, the defence ministry said.\n"


# ---------------------------------------------------------------- helpers

def read_all(folder: Path, batch_size: int = 500) -> IngestBatch:
    """Every article and quarantine record of `folder`, in one batch."""
    everything = IngestBatch()
    for batch in iter_articles(folder, batch_size=batch_size):
        everything.articles.extend(batch.articles)
        everything.quarantine.extend(batch.quarantine)
    return everything


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*objects: object) -> str:
    return "".join(json.dumps(o) + "\n" for o in objects)


def reasons(batch: IngestBatch) -> dict[str, str]:
    return {q.source: q.reason for q in batch.quarantine}


# ---------------------------------------------------------------- formats

def test_a_txt_file_becomes_one_article_with_its_relative_path_as_source(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)

    [article] = read_all(tmp_path).articles

    assert article.source == "a.txt"
    assert article.format == "txt"
    assert article.content == ARTICLE
    assert article.metadata == ArticleMetadata()


def test_html_and_htm_files_are_read_as_html(tmp_path):
    write(tmp_path, "a.html", "<p>One.</p>")
    write(tmp_path, "b.htm", "<p>Two.</p>")

    articles = read_all(tmp_path).articles

    assert [(a.source, a.format) for a in articles] == [("a.html", "html"), ("b.htm", "html")]


def test_a_jsonl_feed_gives_one_article_per_line_with_line_numbers_in_the_source(tmp_path):
    write(tmp_path, "feed.jsonl", jsonl(
        {"id": "x1", "text": "First article.", "url": "https://example.org/1", "title": "One",
         "publisher": "AFP", "published": "2018-11-25", "extra": [1, 2]},
        {"id": "x2", "html": "<p>Second article.</p>"},
    ))

    first, second = read_all(tmp_path).articles

    assert (first.source, first.format, first.content) == ("feed.jsonl:1", "jsonl", "First article.")
    assert first.metadata == ArticleMetadata(url="https://example.org/1", title="One", publisher="AFP",
                                             published=dt.date(2018, 11, 25))
    assert (second.source, second.content) == ("feed.jsonl:2", "<p>Second article.</p>")


def test_a_jsonl_line_with_both_html_and_text_uses_the_html(tmp_path):
    write(tmp_path, "feed.jsonl", jsonl({"text": "plain", "html": "<p>marked up</p>"}))

    [article] = read_all(tmp_path).articles

    assert article.content == "<p>marked up</p>"


def test_blank_jsonl_lines_are_layout_not_articles(tmp_path):
    write(tmp_path, "feed.jsonl", "\n" + jsonl({"text": "Only one."}) + "\n\n")

    batch = read_all(tmp_path)

    assert [a.source for a in batch.articles] == ["feed.jsonl:2"]
    assert batch.quarantine == []


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    for name in ["b.txt", "a/z.txt", "a/b/c.txt", "c.jsonl"]:
        content = jsonl({"text": name}) if name.endswith(".jsonl") else f"Article {name}."
        write(tmp_path, name, content)

    sources = [a.source for a in read_all(tmp_path).articles]

    assert sources == ["a/b/c.txt", "a/z.txt", "b.txt", "c.jsonl:1"]


def test_articles_come_in_batches_of_the_requested_size(tmp_path):
    for i in range(5):
        write(tmp_path, f"{i}.txt", f"Article number {i}.")

    batches = list(iter_articles(tmp_path, batch_size=2))

    assert [len(b.articles) for b in batches] == [2, 2, 1]


def test_iter_articles_is_lazy(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)

    batches = iter_articles(tmp_path)

    assert iter(batches) is batches  # a generator: nothing is read until asked for
    assert len(next(batches).articles) == 1


# ---------------------------------------------------------------- sidecar metadata

def test_a_yaml_sidecar_gives_the_article_its_metadata(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "a.meta.yaml", "url: https://example.org/a\ntitle: Strikes\npublisher: AFP\n"
                                   "published: Nov 25, 2018\nlanguage: en\nnotes: ignored\n")

    batch = read_all(tmp_path)

    [article] = batch.articles
    assert article.metadata == ArticleMetadata(url="https://example.org/a", title="Strikes", publisher="AFP",
                                               published=dt.date(2018, 11, 25), language="en")
    assert batch.quarantine == []  # the sidecar itself is not an input


def test_a_json_sidecar_works_too(tmp_path):
    write(tmp_path, "a.html", "<p>Text.</p>")
    write(tmp_path, "a.meta.json", json.dumps({"published": "2018-11-25T10:32:00Z", "title": "T"}))

    [article] = read_all(tmp_path).articles

    assert article.metadata.published == dt.date(2018, 11, 25)
    assert article.metadata.title == "T"


def test_an_invalid_sidecar_is_quarantined_and_the_article_kept(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "a.meta.yaml", "title: [unclosed\n")

    batch = read_all(tmp_path)

    assert len(batch.articles) == 1
    assert "invalid metadata sidecar a.meta.yaml" in reasons(batch)["a.txt"]


def test_read_article_file_lets_given_metadata_override_the_sidecar(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "a.meta.yaml", "title: From sidecar\npublished: 2018-01-01\n")

    article = read_article_file(path, ArticleMetadata(published=dt.date(2018, 12, 7)))

    assert article.metadata.published == dt.date(2018, 12, 7)
    assert article.metadata.title == "From sidecar"
    assert article.source == "a.txt"


def test_read_article_file_raises_ingest_error_for_unusable_files(tmp_path):
    path = write(tmp_path, "empty.txt", "")

    with pytest.raises(IngestError, match="empty file"):
        read_article_file(path)


@pytest.mark.parametrize("text, expected", [
    ("2018-11-25", dt.date(2018, 11, 25)),
    ("2018-11-25T10:32:00Z", dt.date(2018, 11, 25)),
    ("2018-11-25 10:32:00+02:00", dt.date(2018, 11, 25)),
    ("2018/11/25", dt.date(2018, 11, 25)),
    ("Nov 25, 2018", dt.date(2018, 11, 25)),
    ("Nov. 25, 2018", dt.date(2018, 11, 25)),
    ("November 25 2018", dt.date(2018, 11, 25)),
    ("25 November 2018", dt.date(2018, 11, 25)),
    ("25th of Nov 2018", dt.date(2018, 11, 25)),
    ("Sunday, November 25, 2018 10:32 GMT", dt.date(2018, 11, 25)),
    ("Sun, 25 Nov 2018 10:32:00 +0000", dt.date(2018, 11, 25)),
])
def test_metadata_dates_are_read_in_iso_and_common_news_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "2018-13-45", "Nov 31, 2018", "12/11/2018", "", "x" * 500])
def test_unreadable_or_ambiguous_dates_are_none(text):
    assert parse_date(text) is None


# ---------------------------------------------------------------- ids

def test_the_same_article_read_twice_has_one_id(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "copy/a.txt", ARTICLE.replace("\n", "\r\n").encode("utf-8-sig"))
    write(tmp_path, "feed.jsonl", jsonl({"text": ARTICLE.strip()}))

    ids = {a.id for a in read_all(tmp_path).articles}

    assert ids == {content_id(ARTICLE)}
    assert len(content_id(ARTICLE)) == 16


def test_different_articles_have_different_ids():
    assert content_id("Russia struck Idlib.") != content_id("Turkey struck Idlib.")


def test_utf8_bom_is_dropped_and_cp1252_files_are_decoded(tmp_path):
    write(tmp_path, "bom.txt", "\ufeffCafé talks.".encode("utf-8"))
    write(tmp_path, "legacy.txt", "Café talks – in Paris.".encode("cp1252"))

    bom, legacy = read_all(tmp_path).articles

    assert bom.content == "Café talks."
    assert legacy.content == "Café talks – in Paris."


# ---------------------------------------------------------------- quarantine

def test_empty_and_whitespace_only_files_are_quarantined(tmp_path):
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "blank.txt", " \n\t\n")

    batch = read_all(tmp_path)

    assert batch.articles == []
    assert reasons(batch) == {"blank.txt": "empty file", "empty.txt": "empty file"}


def test_binary_files_are_quarantined_with_a_printable_excerpt(tmp_path):
    write(tmp_path, "nul.txt", b"PK\x03\x04\x00\x00binary\x00")
    write(tmp_path, "controls.txt", bytes(range(1, 9)) * 50)

    batch = read_all(tmp_path)

    assert batch.articles == []
    assert reasons(batch)["nul.txt"] == "binary file (contains NUL bytes)"
    assert reasons(batch)["controls.txt"] == "binary file (control characters)"
    for record in batch.quarantine:
        assert record.excerpt.isprintable() and len(record.excerpt) <= 200


def test_files_over_the_size_limit_are_quarantined(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 100)
    write(tmp_path, "big.txt", "word " * 100)

    batch = read_all(tmp_path)

    assert batch.articles == []
    assert reasons(batch)["big.txt"].startswith("file too large (500 bytes")


def test_jsonl_lines_over_the_size_limit_are_quarantined_and_the_rest_read(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 100)
    write(tmp_path, "feed.jsonl", jsonl({"text": "x" * 300}, {"text": "Small."}))

    batch = read_all(tmp_path)

    assert [a.source for a in batch.articles] == ["feed.jsonl:2"]
    assert reasons(batch)["feed.jsonl:1"].startswith("line too large")


def test_bad_jsonl_lines_are_quarantined_with_their_line_number(tmp_path):
    write(tmp_path, "feed.jsonl", '{"text": "Good."}\n{not json\n[1, 2]\n{"title": "no body"}\n{"text": "  "}\n')

    batch = read_all(tmp_path)

    assert [a.source for a in batch.articles] == ["feed.jsonl:1"]
    assert reasons(batch) == {
        "feed.jsonl:2": "invalid JSON line (Expecting property name enclosed in double quotes)",
        "feed.jsonl:3": "JSON line is not an object (list)",
        "feed.jsonl:4": "JSON line has no text or html",
        "feed.jsonl:5": "JSON line has no text or html",
    }
    assert [q.line for q in batch.quarantine] == [2, 3, 4, 5]
    assert batch.quarantine[0].excerpt == "{not json"


def test_an_unparseable_published_date_keeps_the_article_without_a_date(tmp_path):
    write(tmp_path, "feed.jsonl", jsonl({"text": "Strikes hit Idlib.", "published": "last Tuesday"}))

    batch = read_all(tmp_path)

    [article] = batch.articles
    assert article.metadata.published is None
    [record] = batch.quarantine
    assert (record.source, record.stage, record.reason) == (
        "feed.jsonl:1", "ingest", "unparseable published date 'last Tuesday'")


def test_unknown_file_types_are_quarantined_but_sidecars_and_notes_skipped_silently(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    for name in ["a.meta.yaml", "README.md", "sources.json", "config.yaml", "list.csv", ".hidden.txt",
                 ".git/config"]:
        write(tmp_path, name, "x: 1\n")
    write(tmp_path, "report.pdf", b"%PDF-1.4")
    write(tmp_path, "notes", "no extension")

    batch = read_all(tmp_path)

    assert [a.source for a in batch.articles] == ["a.txt"]
    assert reasons(batch) == {"notes": "unsupported file type '(no extension)'",
                              "report.pdf": "unsupported file type '.pdf'"}


def test_unreadable_files_are_quarantined(tmp_path, monkeypatch):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    write(tmp_path, "locked.txt", ARTICLE)
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)

    batch = read_all(tmp_path)

    assert batch.articles == []
    assert reasons(batch) == {
        "dangling.txt": "unreadable file (not a regular file or a broken link)",
        "locked.txt": "unreadable file (PermissionError: Permission denied)",
    }


def test_a_missing_input_folder_is_quarantined_not_raised(tmp_path):
    batch = read_all(tmp_path / "missing")

    assert batch.articles == []
    assert batch.quarantine[0].reason == "input folder not found (or not a folder)"


def test_quarantine_ids_hash_source_stage_and_reason_so_reruns_do_not_duplicate(tmp_path):
    write(tmp_path, "empty.txt", "")

    first = read_all(tmp_path).quarantine[0]
    second = read_all(tmp_path).quarantine[0]

    expected = hashlib.sha256(b"empty.txt|ingest|empty file").hexdigest()[:16]
    assert first.id == second.id == expected


# ---------------------------------------------------------------- robustness

def random_bytes(rng: random.Random) -> bytes:
    pieces = [
        b"", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\x81\x8d\x8f\x90\x9d", b"<p>", b"&#99999999;",
        "Алеппо ".encode(), "حلب".encode(), b"\r\n", b"\n", b"{", b'"text":', b"}", b" " * 50,
        bytes(rng.randrange(256) for _ in range(20)), b"word " * rng.randrange(50),
    ]
    return b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))


def test_ingest_never_raises_on_hostile_folders_and_accounts_for_every_file(tmp_path):
    rng = random.Random(20181125)
    names = []
    for i in range(150):
        name = f"f{i:03d}{rng.choice(['.txt', '.html', '.htm', '.jsonl', '.bin', '.meta.yaml', ''])}"
        write(tmp_path, name, random_bytes(rng))
        names.append(name)
    lines = [random_bytes(rng).replace(b"\n", b" ") for _ in range(50)]
    lines += [json.dumps({"text": "ok", "published": rng.choice(["x", 5, None, [], "2018-02-30"])}).encode()
              for _ in range(10)]
    write(tmp_path, "mixed.jsonl", b"\n".join(lines))

    batch = read_all(tmp_path, batch_size=7)

    seen = {a.source.split(":")[0] for a in batch.articles} | {q.source.split(":")[0] for q in batch.quarantine}
    expected = {n for n in names if not n.endswith(".meta.yaml") and not n.endswith(".jsonl")}
    assert expected <= seen
    for record in batch.quarantine:
        assert record.stage == "ingest" and record.reason and len(record.excerpt) <= 200
