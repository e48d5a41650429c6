"""Step 3: split clean text into sentences with exact character offsets.

Rule based and fast (one regex pass per paragraph plus a few string checks per candidate):

* Paragraph breaks (a blank line) always end a sentence.
* A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets after it) when
  whitespace follows and the next text can start a sentence: a capital, a digit, an opening quote
  or bracket, or a letter of a script without case. ``destroyed,” he added.`` and
  ``“Why?” he asked`` therefore stay whole, and ``said. "Next`` splits before the quote.
* A period does not end a sentence after a title or other abbreviation that is always followed by
  more ("Dr.", "Gen.", "Lt.", "Col.", "Mr.", "St.", "No.", "Nov.", "approx.", "e.g.", "i.e."), or
  after a single initial ("J. Smith"). After initialisms and abbreviations that also end
  sentences ("U.S.", "U.N.", "a.m.", "Inc.", "etc.") it ends one only when a typical sentence
  opener follows ("... in the U.S. The talks" splits; "the U.S. State Department" does not).
* Decimals ("3.5"), "120mm" and "U.S.-backed" have no space after the period, so never split.
  An ellipsis ends a sentence only outside quotation marks.
* A sentence longer than `MAX_SENTENCE_CHARS` (tables, lists, run-on scraping debris) is cut at
  the last ';' in its window, else the last ',', else the last space: downstream coders look at
  windows around verbs, and a 5,000-character "sentence" is never one event report.
* Pieces without a letter or digit (a lone "*" or "—") are not sentences.

Every sentence satisfies ``article.text[s.start:s.end] == s.text``, with surrounding whitespace
outside the offsets. Indexes are 0-based per article.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from schemas.article import CleanArticle, Sentence

MAX_SENTENCE_CHARS = 1000
MIN_CUT_CHARS = 200  # a cut never leaves a piece shorter than this when it can be avoided

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_BOUNDARY = re.compile(r"(?P<term>\.\.\.|…|[.!?]+)(?P<close>[\"'”’»)\]]*)\s+(?=\S)")
_ALNUM = re.compile(r"[^\W_]")
_OPENERS = "\"“‘'«(["
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.){2,}$")

# Always followed by more of the same sentence (lower-cased, with the period).
NEVER_FINAL = frozenset(
    """mr. mrs. ms. dr. prof. gen. lt. col. maj. capt. cpt. sgt. cpl. pvt. adm. brig. cmdr. cdr.
    gov. sen. rep. rev. hon. pres. amb. supt. insp. st. mt. ft. no. nos. vol. art. fig. sec.
    approx. ca. cf. vs. v. e.g. i.e. viz. al. dept. univ. assn.
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.""".split()
)
# May end a sentence or be followed by more; decided by the next word.
SOMETIMES_FINAL = frozenset("inc. ltd. co. corp. jr. sr. etc. bros. plc. llc. govt. ave. rd.".split())
# Words that typically open a sentence: after "U.S." or "etc." they signal a new sentence.
SENTENCE_OPENERS = frozenset(
    """The A An It He She They We I You This That These Those There Here His Her Its Their Our
    But And Yet So Or Nor However Meanwhile Moreover Also Still Then Now Later Earlier Last
    In On At As After Before When While Since If Although Though Despite During Under Over
    According Officials Some Many Most Several Both Neither Other Another No One Two
    What Who Why How Where Which""".split()
)


def split_sentences(article: CleanArticle) -> list[Sentence]:
    """Sentences of `article.text`, in order, with exact offsets."""
    text = article.text
    sentences: list[Sentence] = []
    for start, end in _sentence_spans(text):
        sentences.append(Sentence(
            article_id=article.id, index=len(sentences), start=start, end=end, text=text[start:end],
        ))
    return sentences


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of any text; what `split_sentences` uses."""
    return list(_sentence_spans(text))


def _sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    for para_start, para_end in _paragraphs(text):
        for start, end in _split_paragraph(text, para_start, para_end):
            for piece_start, piece_end in _cut_long(text, start, end):
                span = _trim(text, piece_start, piece_end)
                if span is not None:
                    yield span


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _split_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence candidates of one paragraph (untrimmed)."""
    sentence_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _ends_sentence(text, m, start):
            yield sentence_start, m.end("close")
            sentence_start = m.end()
    if sentence_start < end:
        yield sentence_start, end


def _ends_sentence(text: str, m: re.Match[str], para_start: int) -> bool:
    following = text[m.end()]
    if not _can_start_sentence(following):
        return False
    term = m.group("term")
    if term in ("...", "…"):
        return not _inside_quotation(text, para_start, m.start())
    if term != ".":
        return True  # '!', '?', '?!', '..' etc.
    token = _token_before(text, para_start, m.start()).lower()
    if token in NEVER_FINAL or (len(token) == 2 and token[0].isalpha()):
        return False  # "Gen. Smith", "Nov. 24", "J. Smith"
    if token in SOMETIMES_FINAL or _INITIALISM.match(token):
        return _next_word(text, m.end()) in SENTENCE_OPENERS
    return True


def _can_start_sentence(char: str) -> bool:
    if char.isalpha():
        return not char.islower()  # capitals, and letters of scripts without case
    return char.isdigit() or char in _OPENERS


def _token_before(text: str, para_start: int, period: int) -> str:
    """The word the period belongs to, period included, without opening quotes/brackets."""
    i = period
    while i > para_start and not text[i - 1].isspace():
        i -= 1
    return text[i : period + 1].lstrip(_OPENERS)


def _next_word(text: str, start: int) -> str:
    i = start
    while i < len(text) and text[i] in _OPENERS:
        i += 1
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j]


def _inside_quotation(text: str, para_start: int, pos: int) -> bool:
    """Whether `pos` lies inside an open quotation of its paragraph."""
    segment = text[para_start:pos]
    return segment.count('"') % 2 == 1 or segment.count("“") > segment.count("”")


def _cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long sentence at ';', else ',', else a space, keeping offsets exact."""
    while end - start > MAX_SENTENCE_CHARS:
        window_end = start + MAX_SENTENCE_CHARS
        cut = -1
        for mark in (";", ",", " "):
            at = text.rfind(mark, start + MIN_CUT_CHARS, window_end)
            if at >= 0:
                cut = at + 1
                break
        if cut <= start:
            cut = window_end
        yield start, cut
        start = cut
    yield start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets without surrounding whitespace; None when nothing wordlike remains."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end or not _ALNUM.search(text, start, end):
        return None
    return start, end
