"""The published codebook (pipeline/publish.py): one Markdown file and one self-contained HTML page,
generated from the loaded codebook, with every table, column, code and type in it."""
from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.codebook import load_codebook
from pipeline.publish import publish_codebook

CODEBOOKS = Path(__file__).resolve().parents[1] / "codebooks"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    """Collects what the tests look at, and checks that every element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[str] = []
        self.links: list[tuple[str, str, str]] = []     # (tag, attribute, value)
        self.ids: list[str] = []
        self.cells: set[str] = set()                    # text of table cells
        self.headings: list[str] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None
        self._heading: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("href", "src", "action", "srcset", "poster", "data") and value:
                self.links.append((tag, name, value))
            if name == "id":
                self.ids.append(value)
        if tag in ("td", "th"):
            self._cell = []
        if tag in ("h1", "h2", "h3"):
            self._heading = []
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag in ("td", "th") and self._cell is not None:
            self.cells.add("".join(self._cell).strip())
            self._cell = None
        if tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append("".join(self._heading).strip())
            self._heading = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)
        if self._heading is not None:
            self._heading.append(data)


def md_plain(text: str) -> str:
    """The Markdown with its backslash escapes removed."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


@pytest.fixture(scope="module")
def cb():
    return load_codebook(CODEBOOKS)


@pytest.fixture(scope="module")
def published(cb, tmp_path_factory):
    out = tmp_path_factory.mktemp("published")
    return out, publish_codebook(cb, out)


@pytest.fixture(scope="module")
def page(published) -> Page:
    parser = Page()
    parser.feed((published[0] / "codebook.html").read_text(encoding="utf-8"))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def markdown(published) -> str:
    return (published[0] / "codebook.md").read_text(encoding="utf-8")


def test_writes_both_files(published):
    # how long publishing takes is measured by a benchmark script, never asserted by a test
    out, paths = published
    assert [p.name for p in paths] == ["codebook.md", "codebook.html"]
    assert all(p.parent == out and p.stat().st_size > 10_000 for p in paths)


def test_html_parses_and_is_well_formed(page):
    assert not page.errors, page.errors[:5]
    assert not page.stack, f"unclosed elements: {page.stack}"
    assert page.tags[:2] == ["html", "head"]
    assert len(page.ids) == len(set(page.ids)), "duplicate element ids"


def test_html_is_self_contained(page):
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert "style" in page.tags
    external = [link for link in page.links if not link[2].startswith("#")]
    assert not external, external[:5]
    # every table-of-contents link leads somewhere on the page
    missing = [value for _, _, value in page.links if value[1:] not in page.ids]
    assert not missing, missing[:5]


def test_html_has_title_version_hash_licence(cb, page):
    text = " ".join(page.text)
    for fact in (cb.manifest.name, cb.version, cb.content_hash, cb.manifest.licence, cb.manifest.description.split()[0]):
        assert fact in text
    assert "Contents" in page.headings


def test_html_has_every_table_column_and_view(cb, page):
    for table in cb.dataset.tables:
        assert f"Table {table.name}" in page.headings
        for column in table.columns:
            assert column.name in page.cells, f"{table.name}.{column.name}"
            assert column.description.strip().split()[0] in " ".join(page.text)
    for view in cb.dataset.views:
        assert f"View {view.name}" in page.headings


def test_html_has_every_code(cb, page):
    missing = [c.code for c in cb.events.codes if c.code not in page.cells]
    assert not missing, missing[:10]
    missing = [s.name for s in cb.acled.sub_event_types if s.name not in page.cells]
    assert not missing, missing
    missing = [c.code for c in cb.actor_codes.countries if c.code not in page.cells]
    assert not missing, missing[:10]
    assert all(e.name in page.cells for e in cb.acled.event_types)
    assert all(r.code in page.cells for r in cb.actor_codes.roles)
    assert all(r.id in page.cells for r in cb.acled_mapping.rules)
    assert all(m in page.cells for m in cb.value_lists()["modality"])


def test_html_lists_every_added_actor_with_its_dates(cb, page):
    added = cb.actors.get("added.yaml")
    if added is None:
        pytest.skip("no added.yaml yet")
    for entry in added.actors:
        assert entry.id in page.cells
        for code in entry.codes:
            if code.start:
                assert any(str(code.start) in cell and code.code in cell for cell in page.cells), entry.id


def test_html_shows_rule_triggers_next_to_their_codes(cb, page):
    rule = cb.event_rules.rules[0]
    assert any(cell.startswith(f"{rule.id}: ") for cell in page.cells)


def test_markdown_has_tables_and_codes(cb, markdown):
    plain = md_plain(markdown)
    assert plain.startswith(f"# {cb.manifest.name} {cb.version}")
    assert cb.content_hash in plain
    for table in cb.dataset.tables:
        assert f"### Table {table.name}" in plain
        for column in table.columns:
            assert f"| `{column.name}` |" in markdown
    for view in cb.dataset.views:
        assert f"### View {view.name}" in plain
    for code in cb.events.codes:
        assert f"| `{code.code}` |" in markdown
    for country in cb.actor_codes.countries:
        assert f"| `{country.code}` |" in markdown
    for sub in cb.acled.sub_event_types:
        assert f"| {sub.name} |" in plain
    # every table row has as many cells as its header
    for block in re.split(r"\n\n", markdown):
        lines = block.splitlines()
        if lines and lines[0].startswith("| "):
            widths = {len(re.findall(r"(?<!\\)\|", line)) for line in lines}
            assert len(widths) == 1, lines[0]


def test_text_is_escaped(cb, tmp_path):
    hostile = "<script>alert('x')</script> & a|b *bold* [link](http://example.com) `tick` &amp;"
    manifest = cb.manifest.model_copy(update={"description": hostile, "licence": "MIT <b>"})
    publish_codebook(dataclasses.replace(cb, manifest=manifest), tmp_path)
    page = (tmp_path / "codebook.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; a|b" in page
    assert "&amp;amp;" in page
    assert "<code>tick</code>" in page          # `backticks` in prose mark code, in both formats
    markdown = (tmp_path / "codebook.md").read_text(encoding="utf-8")
    assert "<script>" not in markdown
    assert r"\<script\>" in markdown and r"a\|b" in markdown and r"\*bold\*" in markdown
    assert r"\[link\](http://example.com)" in markdown and r"\&amp;" in markdown
    assert "`tick`" in markdown
    assert hostile in md_plain(markdown)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (Debian: apt-get install chromium)")
def test_html_opens_in_a_headless_browser(cb, published, tmp_path):
    """The page as a browser builds it (scripts/screenshot_codebook.sh takes the picture): the DOM
    chromium serialises has the title, the code tables and the codes."""
    page = published[0] / "codebook.html"
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    dom = result.stdout
    assert result.returncode == 0 and dom, result.stderr[-2000:]
    assert f"<h1>{cb.manifest.name} {cb.version}</h1>" in dom
    assert dom.count("<table") >= 20
    for code in ("<code>195</code>", "<code>112</code>", "<code>SYR</code>"):
        assert code in dom, code
    assert "Air/drone strike" in dom
