"""Step 2: turn a `RawArticle` into codable clean text, keeping an audit trail of what was removed.

What cleaning does, in order:

1. Markup. Real HTML (``.html`` files, and jsonl content that starts with ``<``) is parsed with
   selectolax: head, scripts, styles, navigation, header/footer, forms and figures are removed,
   ``<figcaption>`` text goes to ``dropped``, share/comment/cookie blocks recognised by class or id
   are removed, and the largest ``<article>``/``<main>`` is used when it holds most of the page.
   Text files with markup remnants (``</p>  <p>``, ``<br>``) get a careful regex that only
   removes known HTML tag names, so "a < b" survives. Block tags become paragraph breaks.
2. Entities (``&quot;`` ``&amp;`` ``&#39;``, also double-escaped ``&amp;quot;``) are unescaped,
   mojibake (``SyriaÃ¢â‚¬â„¢s``) is repaired with ftfy, control and zero-width characters are
   removed. Curly quotes are kept as written.
3. Paragraphs. Blank lines separate blocks. A block of three or more long lines that mostly end
   mid-sentence is hard-wrapped prose and is re-joined; otherwise every line is a paragraph,
   except that a line starting in lower case continues an unfinished previous line. The clean
   text has one paragraph per "\\n\\n"-separated chunk and no other newlines.
4. Each paragraph is classified; only body paragraphs reach `text`, everything else goes to
   `dropped` as ``"<kind>: <text>"``:

   * ``comments`` – a comment-form start ("Leave a Reply", "12 Comments") after the body has
     begun: it and everything after it (reader comments are not news).
   * ``boilerplate`` – share/subscribe/cookie/newsletter/"Click here"/"Read more"/"Related:"/
     copyright lines, comment-form lines, photo credits ("Photo: AFP", "(AFP Photo)"), agency
     trailers ("(Reporting by ...)", "... contributed to this report"), transcript furniture.
   * ``date line`` – "date 2018-11-25", "Published: 25 November 2018", "Nov 25, 2018 10:32 GMT",
     "Updated 3:15 PM ET, Sun November 25, 2018", and, above the body, short metadata lines that
     carry a date ("By Staff Reporter | 20 September 2023", "April 30, 2024 10:27 AM 2 min read").
     A date at the start of a labelled line is cut off and the rest of the line classified again
     (seed 004 puts a caption after its date). Publication date = the earliest date line (an
     "Updated" line is never earlier than the publication).
   * ``masthead`` – above the body, site or section lines made of short '|'-separated parts
     ("Syrian Observatory for Human Rights | Daily violations") and short all-capital lines.
   * ``headline`` – the first headline-like paragraph above the body (short, no final period), or
     one repeating the metadata title, becomes `title` (unless metadata or the HTML head has one);
     later headline-like paragraphs above the body (sub-headlines) are dropped with it. Headlines
     are excluded from `text`: they duplicate the lead and would double-count its event.
   * ``byline`` – "By Michael Hernandez", "Author: ...", "Edited by: ...".
   * ``caption`` – a picture description: a line carrying a photo credit ("(AFP Photo)", a final
     "/ Kani PDF" or "(State Emergency Service / Telegram)"), a line followed by a credit line, a
     line introduced by "Photo:"/"Pictured:"/"FILE PHOTO:", or, above the body, a participial
     clause without a finite verb ("Medical staff treating a boy following ...").
   * ``heading`` – a short line without final punctuation ("Islamic State", "September deal").
     Dropped rather than kept, so it can never be glued to the next sentence or coded as one.

5. The dateline of the first body paragraph ("WASHINGTON (AA) - ", "ALEPPO, Syria (Reuters) -",
   "BEIRUT, Nov 25 (AFP) —", "KYIV, Ukraine —", "Qamishli (Syria) (AFP) -", "Hasaka, SANA –",
   "BELGOROD, December 31. /TASS/.") is removed from the text and its place recorded in `dateline`
   ("ALEPPO, Syria"): left in, a dictionary coder would read "BEIRUT" as the actor of the first
   sentence. Offsets are into the clean text, so they stay exact. Datelines of later paragraphs
   (news round-ups) are kept: they are the only record of where those items happened.

Publication date: metadata (or the HTML ``<meta>`` publication tags, which are metadata too)
first, ``published_source='metadata'``; else a date line, or a dateline carrying a full date,
``published_source='dateline'``.

`clean` raises `CleanError` only, when nothing codable remains, so the caller can quarantine the
article with the reason. An unexpected internal failure is also reported as a `CleanError`
(reason starting "unexpected error"), so one odd article cannot stop a corpus run.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass

import ftfy
from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipeline.ingest import DATE_PATTERN, DATED_ENTRY, MONTH_NAME, MONTHS, WEEKDAY_NAME, date_from_match, parse_date
from schemas.article import CleanArticle, RawArticle

DROPPED_CHARS = 300  # an audit entry keeps this much of the removed text

# ---------------------------------------------------------------- markup

_BLOCK_TAGS = (
    "p|div|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|tfoot|td|th|blockquote|section|article"
    "|header|footer|main|aside|nav|figure|figcaption|hr|pre|address|center|form|caption|title"
)
_INLINE_TAGS = (
    "a|abbr|b|big|cite|code|em|font|i|img|ins|del|kbd|label|mark|q|s|small|span|strike|strong"
    "|sub|sup|time|tt|u|wbr|input|button|select|option|meta|link|html|head|body|picture|source"
    "|video|audio|embed|object|param|iframe|noscript|svg|path|g|o:p|st1:[a-z]+"
)
_ATTRS = r"(?:\s[^<>]{0,1000})?"
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK_TAGS})\b{_ATTRS}/?>", re.IGNORECASE)
_BREAK_TAG = re.compile(rf"<br\b{_ATTRS}/?>", re.IGNORECASE)
_INLINE_TAG = re.compile(rf"</?(?:{_INLINE_TAGS})\b{_ATTRS}/?>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]*>")  # only for serialised HTML, where a text '<' is escaped
_SCRIPT_BLOCKS = tuple(
    (tag, re.compile(rf"<{tag}\b[^<>]{{0,1000}}>.*?</{tag}\s*>", re.IGNORECASE | re.DOTALL))
    for tag in ("script", "style", "noscript", "template")
)
_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.DOTALL)
_COMMENT_DEBRIS = re.compile(r"<!--|-->|<!\[CDATA\[|\]\]>|<!doctype[^<>]{0,200}>", re.IGNORECASE)
_FIGCAPTION = re.compile(r"<figcaption\b[^<>]{0,1000}>(.*?)</figcaption\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")

_HTML_DROP_TAGS = [
    "head", "script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "header",
    "footer", "aside", "form", "button", "select", "figure", "picture", "video", "audio", "object",
    "embed",
]
# Page furniture recognised by class or id; removed only when it is a minor part of the page.
_HTML_FURNITURE = (
    "#comments, [class~=comments], [class*=share-], [class*=social], [class*=related], "
    "[class*=newsletter], [class*=cookie], [id*=cookie], [class*=consent], [id*=consent], "
    "[id*=gdpr], [class*=gdpr], [class*=advert], [class*=subscribe]"
)
_HTML_PUBLISHED_META = (
    'meta[property="article:published_time"], meta[property="og:published_time"], '
    'meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publishdate"], '
    'meta[name="date"], meta[name="DC.date.issued"], meta[name="dc.date"]'
)
_HTML_TITLE_META = 'meta[property="og:title"], meta[name="twitter:title"]'
_TITLE_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,60}$")

# ---------------------------------------------------------------- characters and whitespace

_SPACE_CHARS = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_SEPARATORS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_WHITESPACE = re.compile(r"\s+")
_ALNUM = re.compile(r"[^\W_]")

# ---------------------------------------------------------------- paragraph classes

_TERMINAL = ".!?:;\"”’'»)…"
_QUOTES = frozenset('"“”«»')
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’\-][^\W\d_]+)*")
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{2}[.!?]\s")  # "Sunday. Share" (but not "U.S. Army")

_COMMENT_FORM_START = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|\d+ (?:comments?|responses?)"
    r"|comments?(?: \(\d+\))?|reader comments|join the (?:discussion|conversation)"
    r"|show comments|view comments"
    # a heading over a list of links after the story ("RELATED STORIES", "More stories"):
    # everything after it is other articles' headlines, not this article
    r"|related(?: (?:stories|articles|news|content|coverage))?|more (?:stories|news)"
    r"|you may also like|recommended for you)\s*:?$",
    re.IGNORECASE,
)
# a heading over links to other stories, which may stand in the middle of the article
_LINKS_HEADING = re.compile(r"^(?:also read|read also|see also|read more|more on this|related(?: \w+)?)\s*:?\s*$",
                            re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·]|\d+\.)\s+\S")
_SOCIAL = (r"(?:share|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|linkedin|reddit|pinterest"
           r"|telegram|messenger|copy\ link)")
_TIMEZONE = r"(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|AST|IST)"
_BOILERPLATE = re.compile(
    r"""
      ^leave\ a\ (?:reply|comment) | your\ email\ address\ will\ not\ be\ published
    | required\ fields\ are\ marked | ^cancel\ reply$ | ^(?:post|submit)\ comment$
    | ^""" + _SOCIAL + r"""(?:\W+(?:""" + _SOCIAL + r"""|this|article|story|page|on|via|the))*\W*$
    | ^share\ (?:this|on|via)\b
    | ^subscribe\b | \b(?:subscribe|sign\ up)\ (?:to|for)\ (?:our|the|free|a\ free)\ (?:[\w-]+\ )?
      (?:newsletter|channel|podcast|mailing|updates|digest|briefing|alerts)
    | \bnewsletter\b.{0,40}\b(?:sign\ up|subscribe|inbox)\b
    | \b(?:we|this\ (?:site|website))\ uses?\ cookies | \baccept\ (?:all\ )?cookies
    | \bcookie\ (?:policy|settings|preferences)
    | ^click\ here\b | \bclick\ here\ (?:to|for)\b
    | ^read\ (?:more|also|next|full\ story)\b
    | ^(?:related|see\ also|read\ also|also\ read|more|recommended|watch|listen|latest|trending)
      (?:\ (?:articles?|stories|news|content|topics?|coverage))?\s*:
    | ^(?:related|see\ also|more\ on\ this|recommended|most\ read|trending|more\ stories)
      (?:\ (?:articles?|stories|news|content|topics?|coverage))?$
    | ^(?:copyright\b|©) | \ball\ rights\ reserved\b | ©\ ?\d{4}
    | ^advertisement$ | ^sponsored(?:\ content)?$ | ^follow\ us\b | \bfollow\ us\ on\b
    | ^(?:video|watch)\s*:
    | ^(?:tags|filed\ under|categories|topics)\s*:
    | ^\(?(?:reporting|writing|editing|additional\ reporting|compiled)\ by\b
    | \bcontributed\ (?:to\ )?(?:this\ )?(?:report|reporting|story)\b
    | ^our\ standards\s*: | \btrust\ principles\b
    | \b(?:become\ a\ (?:member|subscriber|patron)|support\ (?:our|independent)\ journalism
      |needs\ your\ support|donate\ (?:now|today))\b
    | ^\d+\ min(?:ute)?s?\ read$
    | ^(?:previous|next)\ (?:article|post|story)\b | ^post\ navigation$
    | ^(?:loading|please\ wait)\W*$ | \benable\ javascript\b
    | ^[a-z]{2,5}(?:[-/][a-z]{2,5})+$
    | ^\(?commercial\ break\)?$ | \brush\ transcript\b | ^return\ to\ transcripts\b
    | ^\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*""" + _TIMEZONE + r"""?\]?$
    """,
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_MAX_CHARS = 400
# A line that only credits a picture: "Photo: AFP", "(AFP Photo)", "Getty Images".
_CREDIT_LINE = re.compile(
    r"""
      ^(?:photo|image|picture|photo\ credit|image\ credit|file\ photo|credit)s?\s*:\s*\S+(?:\s+\S+){0,5}$
    | ^\((?:[\w .,/&-]{0,30}\ )?(?:photo|image|picture)s?(?:[\ :/][\w .,/&-]{0,30})?\)$
    | ^(?:getty\ images|afp|ap|reuters|aa|epa|anadolu(?:\ agency)?)(?:\ (?:photo|images?))?
       (?:\ ?/\ ?(?:getty\ images|afp|ap|reuters|aa|epa))?$
    """,
    re.IGNORECASE | re.VERBOSE,
)

_BYLINE_START = re.compile(
    r"^(?:By|BY|Words by|Written by|Reported by|Edited by|Authors?|Reporters?)\s*:?\s+[A-Z]"
)
_MASTHEAD_PART_MAX_WORDS = 8

_CAPITAL_WORD = r"[A-Z][\w'’.&-]*"
_PHOTO_CREDIT = re.compile(
    r"\((?:[^()]{0,40}\b)?(?:photo|photograph|image|picture|file photo)s?\b[^()]{0,40}\)"
    r"|\b(?:photo|image|picture)(?:\s+credit)?\s*:\s*\S|\bgetty images\b|\|\s*(?:photo|image)\b"
    r"|(?:/|\()\s*(?:afp|ap|reuters|epa|anadolu agency)\s*\)?\s*$",
    re.IGNORECASE,
)
# A credit after the caption's last sentence: ". / Kani PDF", ". (State Emergency Service / Telegram)"
_TRAILING_CREDIT = re.compile(
    rf"[.!?]\s*(?:/\s*{_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{0,4}}"
    rf"|\((?:{_CAPITAL_WORD}(?:\s+|\s*/\s*)?){{1,6}}\))\s*$"
)
_CAPTION_LEAD = re.compile(
    r"^(?:photo|image|picture|pictured|above|top|main image|file photo|in this photo)\s*[:,]", re.IGNORECASE
)
_CAPTION_MAX_WORDS = 45
# Words that make a clause finite; a caption ("Medical staff treating a boy") has none.
_FINITE_WORDS = frozenset(
    """am is are was were has have had will would shall should can could may might must do does
    did said says say told tells claimed claims denied denies accused accuses announced reported
    killed kills died dies launched launches hit hits struck strikes fired warned warns urged
    urges became become began begins begin keep keeps kept continue continues remain remains
    went goes came comes took takes made makes led leads left leaves ran runs fought fights
    shot shoots saw sees gave gives got gets held holds brought brings broke breaks fell falls
    stood stands sent sends set sets threw throws drove drives rose rises""".split()
)
# Before these words an "-ed" form is an adjective ("a suspected attack"), not a finite verb.
_DETERMINERS = frozenset(
    """a an the his her its their our my your this that these those of by in on at after for from
    with allegedly reportedly newly recently heavily badly""".split()
)

# Words that open a clause or phrase: an "-ing" word after them is not the caption's participle.
_SUBORDINATORS = frozenset("as while when after before because since if and but or with without amid".split())
# Captions describe; they do not attribute. A paragraph with these words is reporting.
_ATTRIBUTION_WORDS = frozenset("said says say told tells according".split())

_HEADING_MAX_WORDS = 8
_HEADING_MAX_CHARS = 80
_HEADLINE_MAX_WORDS = 25
_HEADLINE_MAX_CHARS = 200

# ---------------------------------------------------------------- dates in the text

_TIME = (
    r"\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?"
    rf"(?:\s*\b{_TIMEZONE}\b(?:\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?)?)?"
)
_DATE_LABEL = r"(?:first\s+published|last\s+updated|published|posted|updated|dated|date|released|aired)"
_DATE_LINE = re.compile(
    rf"^(?:(?P<label>{_DATE_LABEL})(?:\s+on)?\s*[:\-–—]?\s*)?"
    rf"(?:{_TIME}\s*,?\s*)?(?:{WEEKDAY_NAME}\s*)?"
    rf"(?P<date>{DATE_PATTERN})\b"
    rf"(?:\s*[,\-–—]?\s*(?:at\s+)?{_TIME})?\s*",
    re.IGNORECASE,
)
_DATE_ANYWHERE = re.compile(rf"(?<![\w-])(?:{DATE_PATTERN})\b", re.IGNORECASE)
_DATE_LINE_DEBRIS = re.compile(
    rf"{_TIME}|\b{_DATE_LABEL}\b|\b{WEEKDAY_NAME}(?!\w)|[|•·/,:;()\-–—]|\b\d+\b", re.IGNORECASE
)
# Words that may accompany a date on a metadata line ("By Staff Reporter | 20 September 2023").
_DATE_LINE_WORDS = frozenset(
    "by on at ago hour hours minute minutes min mins day days last read and staff reporter reporters "
    "correspondent correspondents writer editor desk bureau".split()
)
_DATE_LINE_MAX_WORDS = 15
_DATE_LINE_SEPARATOR = re.compile(r"^[|•·\-–—/]+\s*")

# ---------------------------------------------------------------- datelines

AGENCIES = frozenset(
    "afp ap aa reuters dpa ansa efe xinhua tass ians pti upi sana irna anadolu sputnik cnn bbc "
    "kuna wam spa mena apa ria novosti interfax ukrinform".split()
)
_DATELINE_SPLIT = re.compile(r"^(?P<head>[^\n]{2,90}?)(?:\s+(?:-{1,2}|–|—)\s+|\s*—\s*)(?=\S)")
_DATELINE_TASS = re.compile(
    rf"^(?P<head>[A-Z][A-Z .'’-]+,\s*(?i:{MONTH_NAME})\.?\s+\d{{1,2}})\.?\s*/(?P<agency>[A-Za-z-]{{2,20}})/\.?\s+(?=\S)"
)
# "SURIN: Two villagers were killed ...", "ISLAMABAD: The Foreign Office ..." (Bangkok Post, Dawn, The
# Star): a place in capitals and a colon; not a label ("UPDATE:", "PRESENTER:", "EDITOR'S NOTE:")
_DATELINE_COLON = re.compile(r"^(?P<head>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s+(?=[A-Z0-9\"“‘'(])")
COLON_LABELS = frozenset(
    "update updated breaking exclusive watch listen live video photos photo analysis opinion editorial note "
    "editor editor's editors correction clarification warning alert urgent flash transcript presenter anchor host "
    "reporter correspondent narrator interviewer question answer q a speaker moderator caller guest source sources "
    "background context read also related summary timeline key points latest statement translation".split()
)
_DATELINE_TOKEN = re.compile(r"\([^()]*\)|[^\s,/()]+|[,/]|\S")
_DATELINE_MAX_TOKENS = 12
BRACKETED_PLACE_LETTERS = 5     # "(NYALA)" is a place; "(AIB)", "(NNA)" are agencies
_LENIENT_DATELINE_WORDS = 3
_DATELINE_CONNECTORS = frozenset("de del da di al el la le of upon on sur am".split())


class CleanError(Exception):
    """Nothing codable remains of an article; `reason` says why (for quarantine)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class _HtmlHead:
    """What the HTML <head> (or the page's <h1>) says about the article."""

    title: str | None = None
    published: dt.date | None = None


# ================================================================ markup


def _looks_like_html(raw: RawArticle) -> bool:
    """HTML files are HTML; a jsonl article is HTML when it starts with a tag (an `html` field)."""
    if raw.format == "html":
        return True
    return raw.format == "jsonl" and raw.content.lstrip()[:1] == "<"


def _remove_paired(text: str, paired: re.Pattern[str], closing: str,
                   replacement: str | Callable[[re.Match[str]], str] = " ") -> str:
    """Remove `paired` spans (an opening ... `closing`) in linear time: the non-greedy pattern only
    runs on the part up to the last `closing`, so unclosed openings are never rescanned."""
    last = text.lower().rfind(closing)
    if last < 0:
        return text
    close_end = text.find(">", last)
    cut = close_end + 1 if close_end >= 0 else len(text)
    return paired.sub(replacement, text[:cut]) + text[cut:]


def _strip_tags(text: str) -> str:
    """Known tag names only: block tags become paragraph breaks, <br> a line break, inline
    tags nothing. Prose with a '<' in it survives."""
    text = _BLOCK_TAG.sub("\n\n", text)
    text = _BREAK_TAG.sub("\n", text)
    return _INLINE_TAG.sub("", text)


def _strip_markup_remnants(text: str, dropped: list[str]) -> str:
    """Tag remnants in plain text: scripts, styles, comments, figure captions, then tags."""
    for tag, pattern in _SCRIPT_BLOCKS:
        text = _remove_paired(text, pattern, f"</{tag}")
    text = _remove_paired(text, _COMMENT_BLOCK, "-->")
    text = _COMMENT_DEBRIS.sub(" ", text)

    def drop_caption(m: re.Match[str]) -> str:
        _drop(dropped, "caption", _unescape(_INLINE_TAG.sub("", m.group(1))))
        return "\n\n"

    text = _remove_paired(text, _FIGCAPTION, "</figcaption", drop_caption)
    return _strip_tags(text)


def _html_to_text(content: str, dropped: list[str]) -> tuple[str, _HtmlHead]:
    """Visible article text of an HTML page, with paragraph breaks, and what its head says."""
    tree = LexborHTMLParser(content)
    head = _read_html_head(tree)
    for node in tree.css("figcaption"):
        _drop(dropped, "caption", node.text(separator=" "))
    tree.strip_tags(_HTML_DROP_TAGS, recursive=True)
    root = _main_content(tree)
    if root is None:
        return "", head
    _remove_furniture(root, dropped)
    markup = _WHITESPACE.sub(" ", root.html or "")  # source newlines are not breaks in HTML
    markup = _remove_paired(markup, _COMMENT_BLOCK, "-->")
    markup = _BLOCK_TAG.sub("\n\n", markup)
    markup = _BREAK_TAG.sub("\n", markup)
    return _ANY_TAG.sub("", markup), head


def _read_html_head(tree: LexborHTMLParser) -> _HtmlHead:
    head = _HtmlHead()
    for node in tree.css(_HTML_PUBLISHED_META):
        head.published = parse_date(node.attributes.get("content") or "")
        if head.published:
            break
    title_meta = tree.css_first(_HTML_TITLE_META)
    h1 = tree.css_first("h1")
    title_tag = tree.css_first("title")
    if title_meta is not None and (title_meta.attributes.get("content") or "").strip():
        head.title = title_meta.attributes["content"]
    elif h1 is not None and h1.text().strip():
        head.title = h1.text(separator=" ")
    elif title_tag is not None and title_tag.text().strip():
        head.title = _TITLE_SITE_SUFFIX.sub("", title_tag.text().strip())
    return head


def _main_content(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the story: the largest <article> or <main> when it carries most of
    the page's text (sidebars and menus then fall away), else <body>."""
    body = tree.body
    if body is None:
        return tree.root
    total = len(body.text())
    best = max(tree.css("article, main"), key=lambda n: len(n.text()), default=None)
    if best is not None and total and len(best.text()) >= 0.4 * total:
        return best
    return body


def _remove_furniture(root: LexborNode, dropped: list[str]) -> None:
    """Share bars, comment sections, cookie banners... found by class or id. An element holding
    half the page or more is never removed (a body class like 'cookie-consent' is not furniture)."""
    total = len(root.text())
    for node in root.css(_HTML_FURNITURE):
        if node.tag in ("html", "body", "main", "article"):
            continue
        text = node.text(separator=" ")
        if len(text) < 0.5 * total:
            _drop(dropped, "boilerplate", text)
            node.decompose()


# ================================================================ characters


def _unescape(text: str) -> str:
    """HTML entities, twice at most: scraped text is often escaped twice (&amp;quot;)."""
    text = html.unescape(text)
    if _ENTITY.search(text):
        text = html.unescape(text)
    return text


def _repair(text: str) -> str:
    """Mojibake, control characters and exotic spaces, leaving quotes as written."""
    text = ftfy.fix_text(text, unescape_html=False, uncurl_quotes=False)
    text = _LINE_SEPARATORS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return _SPACE_CHARS.sub(" ", text)


# ================================================================ paragraphs


def _paragraphs(text: str) -> list[str]:
    """Paragraph candidates: blocks split at blank lines, then either re-joined (hard-wrapped
    prose) or taken line by line (one paragraph, headline or caption per line). A boilerplate
    line inside a block ("Share this: Facebook Twitter") always stands on its own."""
    paragraphs: list[str] = []
    for block in _BLANK_LINES.split(text):
        lines = [line.strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if len(lines) > 1 and any(_is_boilerplate(line) or _is_comment_form_start(line) for line in lines):
            paragraphs.extend(lines)
        elif _is_hard_wrapped(lines):
            paragraphs.extend(_join_wrapped(lines))
        else:
            paragraphs.extend(_join_continuations(lines))
    return paragraphs


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Three or more long lines, mostly ending mid-sentence: wrapped at a fixed width."""
    if len(lines) < 3 or any(_DATE_LINE.match(line) for line in lines):
        return False     # (a live page's masthead, title and "Friday, 20 November 2026 - Last updated" line)
    inner = lines[:-1]
    open_ended = sum(1 for line in inner if line[-1] not in _TERMINAL)
    mean_length = sum(len(line) for line in inner) / len(inner)
    return open_ended >= 0.5 * len(inner) and mean_length >= 40


def _join_wrapped(lines: list[str]) -> list[str]:
    """Re-join wrapped lines; a short line ending a sentence closes a paragraph, a short line
    without punctuation is a heading of its own."""
    width = max(len(line) for line in lines)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        short = len(line) < 0.6 * width
        if short and line[-1] not in _TERMINAL and not current:
            paragraphs.append(line)
            continue
        current.append(line)
        if short and line[-1] in _TERMINAL:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _join_continuations(lines: list[str]) -> list[str]:
    """One paragraph per line, except that a line starting in lower case continues an
    unfinished line before it ("...for quite a" / "while and then...")."""
    paragraphs: list[str] = []
    for line in lines:
        if paragraphs and paragraphs[-1][-1] not in _TERMINAL and line[0].islower():
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
    return paragraphs


# ================================================================ classifiers


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _has_quotes(text: str) -> bool:
    return any(c in _QUOTES for c in text)


def _is_comment_form_start(para: str) -> bool:
    return len(para) <= 60 and bool(_COMMENT_FORM_START.match(para))


_RELATED_HEADING = re.compile(r"^(?:related(?: (?:stories|articles|news|content|coverage))?|more (?:stories|news)"
                              r"|you may also like)\s*:?$", re.IGNORECASE)
_LINK_LINES_MAX = 6


def _links_inside_story(paragraphs: list[str], i: int) -> int | None:
    """'RELATED NEWS' and a few headlines set in the middle of a story (as Nigerian and Indian
    dailies do), with the story going on after them: the index where the story resumes. A list
    at the end, or headlines with teasers, is not the story."""
    if not _RELATED_HEADING.match(paragraphs[i]):
        return None
    j = i + 1
    while j < len(paragraphs) and j - i <= _LINK_LINES_MAX and _is_link_line(paragraphs[j]):
        j += 1
    if j == i + 1:
        return None
    k = j + 1 if j < len(paragraphs) and _looks_like_heading(paragraphs[j]) else j    # "Market bombed"
    prose = paragraphs[k:k + 2]
    return j if len(prose) == 2 and all(_is_prose(p) for p in prose) else None


def _is_link_line(para: str) -> bool:
    """Another story's headline: short, no full stop."""
    return len(para) <= 120 and para[-1] not in ".!?\"”’" and len(_words(para)) >= 3


def _is_prose(para: str) -> bool:
    return len(para) >= 100 and para[-1] in _TERMINAL and len(_words(para)) >= 15


def _is_boilerplate(para: str) -> bool:
    if not _ALNUM.search(para):
        return True  # separators: "___", "* * *"
    return len(para) <= _BOILERPLATE_MAX_CHARS and bool(_BOILERPLATE.search(para) or _CREDIT_LINE.match(para))


def _is_credit_line(para: str) -> bool:
    return len(para) <= _BOILERPLATE_MAX_CHARS and bool(_CREDIT_LINE.match(para))


def _is_byline(para: str) -> bool:
    """'By Michael Hernandez', 'By AFP', 'Author: Jane Doe' (a name, not a clause)."""
    if not _BYLINE_START.match(para) or para.endswith("."):
        return False
    return len(para.split()) <= 12 and not _has_quotes(para)


def _is_masthead(para: str) -> bool:
    """Site, section or programme names: short '|'-separated parts, or a short all-caps line."""
    if "|" in para:
        parts = [p.strip() for p in para.split("|")]
        return all(len(p.split()) <= _MASTHEAD_PART_MAX_WORDS and not p.endswith(".") for p in parts)
    words = _words(para)
    return 1 <= len(words) <= 4 and para.isupper() and para[-1] not in ".!?"


def _is_title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _looks_like_headline(para: str) -> bool:
    """Short, no final period; more than one sentence only in Title Case ("... Kills 11; Moscow
    Denies Role; Drones Hit Refinery. Aired 9-10a ET")."""
    words = _words(para)
    if not (2 <= len(words) <= _HEADLINE_MAX_WORDS and len(para) <= _HEADLINE_MAX_CHARS):
        return False
    if para[-1] in ".,;:" or para[0].islower():
        return False
    return not _SENTENCE_BREAK.search(para) or _is_title_case(words)


def _looks_like_heading(para: str) -> bool:
    """Section headings: short, capitalised, no final punctuation, not speech."""
    words = _words(para)
    return (
        1 <= len(words) <= _HEADING_MAX_WORDS
        and len(para) <= _HEADING_MAX_CHARS
        and (para[0].isupper() or para[0].isdigit())
        and para[-1] not in _TERMINAL + ","
        and not _has_quotes(para)
    )


def _is_participial_caption(para: str) -> bool:
    """A description of a picture: a noun phrase and a present participle, no finite verb
    ('Medical staff treating a boy following a suspected chemical attack ...')."""
    if _has_quotes(para) or not para[0].isupper():
        return False
    words = [w.lower() for w in _words(para)]
    if not 3 <= len(words) <= _CAPTION_MAX_WORDS:
        return False
    if any(w in _FINITE_WORDS for w in words):
        return False
    for i, word in enumerate(words):
        if word.endswith("ed") and len(word) > 4 and i > 0 and words[i - 1] not in _DETERMINERS:
            return False  # "warplanes bombing areas killed 12": a finite past tense
    for i, word in enumerate(words[1:7], start=1):
        if word.endswith("ing") and len(word) > 4:
            # the participle follows the subject ("staff treating"), not a clause ("as fighting")
            return not any(w in _SUBORDINATORS for w in words[:i])
    return False


def _is_caption(para: str, next_para: str | None, before_body: bool) -> bool:
    if len(para) > 2 * _BOILERPLATE_MAX_CHARS or len(_words(para)) > _CAPTION_MAX_WORDS:
        return False
    if _CAPTION_LEAD.match(para) or _PHOTO_CREDIT.search(para):
        return True
    if _has_quotes(para):
        return False
    if _TRAILING_CREDIT.search(para):
        return True
    if next_para is not None and _is_credit_line(next_para):
        return not any(w.lower() in _ATTRIBUTION_WORDS for w in _words(para))
    return before_body and _is_participial_caption(para)


def _match_date_line(para: str, before_body: bool) -> tuple[dt.date, str, str] | None:
    """(date, dropped text, rest of the line) when the paragraph is or starts with a date line."""
    return _match_date_prefix(para) or (_match_metadata_line(para) if before_body else None)


def _match_date_prefix(para: str) -> tuple[dt.date, str, str] | None:
    """A date at the start: labelled lines ("date 2018-11-25 ...", "Published: ...") may go on
    with other text; an unlabelled date must stand alone or be followed by a separator."""
    m = _DATE_LINE.match(para)
    if m is None:
        return None
    date = date_from_match(m)
    if date is None:
        return None
    rest = para[m.end():]
    if not m.group("label") and rest and not _DATE_LINE_SEPARATOR.match(rest):
        return None
    rest = _DATE_LINE_SEPARATOR.sub("", rest).strip()
    return date, para[: m.end()].strip(), rest


def _opens_with_place_line(text: str) -> bool:
    """'Walgha, western Suwayda countryside. Mortar shells struck ...': after a date, a short
    verbless line naming a place, as a report's entry gives it; not 'The ministry said ...'."""
    line = _PLACE_LINE.match(text)
    if line is None:
        return False
    words = _words(line.group(1))
    return 1 <= len(words) <= 8 and not any(
        w.lower() in _FINITE_WORDS or w.lower() in _ARTICLES or w.endswith("ed") for w in words)


_ARTICLES = frozenset({"a", "an", "the", "his", "her", "its", "their", "this", "that", "these", "those"})
_PLACE_LINE = re.compile(r"([A-Z][^.!?]{0,80}?)\.\s+[A-Z\"“]")


def _labelled_date(para: str) -> bool:
    m = _DATE_LINE.match(para)
    return bool(m and m.group("label"))


def _match_metadata_line(para: str) -> tuple[dt.date, str, str] | None:
    """A short line above the body carrying a date among bylines, times and reading times:
    "By Staff Reporter | 20 September 2023", "January 25, 2024 7:41 AM GMT+1 Updated 2 hours ago"."""
    if len(para.split()) > _DATE_LINE_MAX_WORDS or para[-1] in ".!?":
        return None
    m = _DATE_ANYWHERE.search(para)
    date = date_from_match(m) if m else None
    if date is None:
        return None
    rest = _DATE_LINE_DEBRIS.sub(" ", _DATE_ANYWHERE.sub(" ", para))
    for word in _words(rest):
        if word[0].islower() and word not in _DATE_LINE_WORDS:
            return None  # a clause ("Russia strikes Idlib on 25 November 2018")
    return date, para, ""


def _split_dateline(para: str, lenient: bool = False) -> tuple[str, str, dt.date | None, str] | None:
    """(place, removed prefix, date if it has a year, remaining text) of a news dateline.

    `lenient` also accepts a bare title-case place of up to three words ("Addis Abeba – At
    least 17 ..."): right for the first body paragraph, too loose for a headline ("Sudan – Army
    retakes Omdurman")."""
    m = _DATELINE_TASS.match(para) or _DATELINE_SPLIT.match(para) or _colon_dateline(para)
    if m is None:
        return None
    head = m.group("head").strip()
    rest = para[m.end():]
    first = rest[:1]
    if not (first.isupper() or first.isdigit() or first in _QUOTES or first in "‘'("):
        return None  # "UN - the ..." is prose, not a dateline
    place = _dateline_place(head, lenient)
    if place is None:
        return None
    dm = _DATE_ANYWHERE.search(head)
    return place, para[: m.end()].strip(), date_from_match(dm) if dm else None, rest


def _colon_dateline(para: str):
    m = _DATELINE_COLON.match(para)
    if m is None or any(w.strip(".'’").lower() in COLON_LABELS for w in m.group("head").split()):
        return None
    return m


def _dateline_place(head: str, lenient: bool = False) -> str | None:
    """The place of a dateline head ("Qamishli (Syria) (AFP)" -> "Qamishli, Syria"), or None when
    the head is not a dateline: every word capitalised (or a date, or a connector like "de"),
    and at least one sign of a dateline (an all-caps place, an agency, a bracketed place)."""
    tokens = _DATELINE_TOKEN.findall(head)
    if not tokens or len(tokens) > _DATELINE_MAX_TOKENS:
        return None
    groups: list[list[str]] = [[]]
    signal = False
    bracketed: list[str] = []       # "(AIB)" an agency, "(NYALA)" a place: told apart below
    for token in tokens:
        if token in (",", "/"):
            if token == "/":
                groups[-1].append("/")
            else:
                groups.append([])
            continue
        if token.startswith("("):
            inner = token[1:-1].strip()
            if not inner or not all(_dateline_word_ok(w) for w in inner.split()):
                return None
            signal = True
            if _is_agency(inner) and inner.lower() not in AGENCIES and len(inner) >= BRACKETED_PLACE_LETTERS:
                bracketed.append(inner)
            if not _is_agency(inner) and not _is_date_word(inner):
                groups.append([inner])
                groups.append([])
            continue
        if _is_date_word(token) or token.rstrip(".").lower() in AGENCIES:
            signal = signal or token.rstrip(".").lower() in AGENCIES
            groups.append([])
            continue
        if not _dateline_word_ok(token):
            return None
        letters = [c for c in token if c.isalpha()]
        signal = signal or (len(letters) >= 3 and all(c.isupper() for c in letters))
        groups[-1].append(token)
    parts = [" ".join(g).strip(" /") for g in groups]
    # "May 7, 2025 (NYALA) –" (Sudan Tribune): with nothing else to name a place, the bracket does
    place = ", ".join(p for p in parts if p) or (bracketed[0].title() if bracketed else "")
    if lenient and not signal:
        signal = len(tokens) <= _LENIENT_DATELINE_WORDS and all(t[:1].isupper() for t in tokens)
    return place if signal and place else None


def _is_agency(name: str) -> bool:
    """A known agency, or a short all-caps name in brackets ("(AIB)")."""
    return name.lower() in AGENCIES or (2 <= len(name) <= 6 and name.isalpha() and name.isupper())


def _dateline_word_ok(word: str) -> bool:
    return word[:1].isupper() or _is_date_word(word) or word.lower() in _DATELINE_CONNECTORS or word == "/"


def _is_date_word(word: str) -> bool:
    word = word.rstrip(".,").lower()
    return word.isdigit() or word in MONTHS


# ================================================================ assembly


def _drop(dropped: list[str], kind: str, text: str) -> None:
    text = _WHITESPACE.sub(" ", text).strip()
    if text:
        dropped.append(f"{kind}: {text[:DROPPED_CHARS]}")


def _normalise_title(title: str | None) -> str | None:
    if not title:
        return None
    title = _WHITESPACE.sub(" ", _repair(_unescape(title))).strip()
    return title[: _HEADLINE_MAX_CHARS * 2] or None


def _same_text(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _words(a.lower()) == _words(b.lower())


@dataclass
class _Body:
    """The classification pass's result."""

    paragraphs: list[str]
    headline: str | None
    date_line_dates: list[dt.date]


def _classify(paragraphs: list[str], title: str | None, dropped: list[str]) -> _Body:
    """Sort paragraphs into body and dropped kinds (see the module docstring)."""
    body: list[str] = []
    headline: str | None = None
    dates: list[dt.date] = []
    links = False       # inside a list of links under "ALSO READ:", "See also:"
    resume = 0          # the story goes on here after a block of links inside it
    for i, para in enumerate(paragraphs):
        if i < resume:
            _drop(dropped, "boilerplate", para)
            continue
        if body and (resume := _links_inside_story(paragraphs, i) or 0):
            _drop(dropped, "boilerplate", para)
            continue
        if body and _is_comment_form_start(para):
            for rest in paragraphs[i:]:
                _drop(dropped, "comments", rest)
            break
        if links and _LIST_ITEM.match(para):
            _drop(dropped, "boilerplate", para)       # "- Gunmen kill 7 in Plateau village": another story
            continue
        links = bool(_LINKS_HEADING.match(para))
        if _is_boilerplate(para):
            _drop(dropped, "boilerplate", para)
            continue
        date_line = _match_date_line(para, before_body=not body)
        if date_line is not None and date_line[2] and not _labelled_date(para) and (
                body or _opens_with_place_line(date_line[2])):
            date_line = None     # "1 July 2026 - Manga (Ghana). At about 10:00, ...": an entry of an incident log
        if date_line is not None:
            date, date_text, para = date_line
            dates.append(date)
            _drop(dropped, "date line", date_text)
            if not para:
                continue
        next_para = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        kind = _paragraph_kind(para, next_para, title, before_body=not body)
        if kind is None:
            body.append(para)
            continue
        if kind == "headline" and headline is None:
            headline = para
        _drop(dropped, kind, para)
    return _Body(body, headline, dates)


def _paragraph_kind(para: str, next_para: str | None, title: str | None, before_body: bool) -> str | None:
    """What a non-boilerplate paragraph is, or None for body text."""
    if _is_byline(para):
        return "byline"
    if _is_caption(para, next_para, before_body):
        return "caption"
    if before_body:
        if _is_masthead(para):
            return "masthead"
        if _same_text(para, title) or (next_para is not None and _looks_like_headline(para)):
            return "headline"
    if _looks_like_heading(para) and (before_body or not DATED_ENTRY.match(para)):
        return "heading"     # (a report entry's dated heading says when and where: it stays)
    return None


def clean(raw: RawArticle) -> CleanArticle:
    """Clean one article; raises `CleanError` when nothing codable remains."""
    try:
        return _clean(raw)
    except CleanError:
        raise
    except Exception as exc:  # noqa: BLE001 - one odd article must not stop a corpus run
        raise CleanError(f"unexpected error while cleaning: {type(exc).__name__}: {exc}") from exc


def _clean(raw: RawArticle) -> CleanArticle:
    dropped: list[str] = []
    meta = raw.metadata
    head = _HtmlHead()
    if _looks_like_html(raw):
        text, head = _html_to_text(raw.content, dropped)
    else:
        text = _strip_markup_remnants(raw.content, dropped)
    text = _strip_tags(_unescape(text))  # escaped markup (&lt;p&gt;) is markup too
    text = _repair(text)

    title = _normalise_title(meta.title) or _normalise_title(head.title)
    result = _classify(_paragraphs(text), title, dropped)
    body = result.paragraphs
    if not body:
        raise CleanError("empty after cleaning" if not dropped
                         else f"nothing codable after cleaning ({len(dropped)} parts dropped)")

    headline = result.headline
    dateline_place, dateline_date = None, None
    split = _split_dateline(body[0], lenient=True)
    if split is not None:
        dateline_place, prefix, dateline_date, body[0] = split
        _drop(dropped, "dateline", prefix)
    headline_split = _split_dateline(headline) if headline else None
    if headline_split is not None:  # "Ouagadougou, 2 May 2024 (AIB) – The Government rejects ..."
        place, _, date, headline = headline_split
        dateline_place = dateline_place or place
        dateline_date = dateline_date or date

    published, published_source = _publication_date(
        meta.published or head.published, result.date_line_dates, dateline_date
    )
    return CleanArticle(
        id=raw.id,
        source=raw.source,
        title=title or headline,
        url=meta.url,
        publisher=meta.publisher,
        published=published,
        published_source=published_source,
        dateline=dateline_place,
        language=meta.language or "en",
        text="\n\n".join(body),
        dropped=dropped,
    )


def _publication_date(from_metadata: dt.date | None, date_lines: list[dt.date],
                      from_dateline: dt.date | None) -> tuple[dt.date | None, str | None]:
    """Metadata first; else the earliest date line; else a dateline with a full date."""
    if from_metadata is not None:
        return from_metadata, "metadata"
    if date_lines:
        return min(date_lines), "dateline"
    if from_dateline is not None:
        return from_dateline, "dateline"
    return None, None
