"""Time expressions in a sentence, resolved against the article's publication date.

Recognised: ISO dates, days in figures ("16-02-2026", "(10/09)"), "Nov. 24", "November 24",
"24 November", with or without a year,
weekday names ("on Friday", "Tuesday night"), relative days ("yesterday", "overnight",
"a day after") and periods ("last week", "last month"). Every resolved date carries a
precision (day, week, month, year) so a researcher can filter vague dates out.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from schemas.rules import TimeWords

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# "on 16-02-2026", "14/02/2026", "14.02.2026": a day written in figures with its year; and, as police
# press notes in Latin America write it, "(10/09)" or "on 10/09" without one
_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/-]|\.\d)")
_NUMERIC_NO_YEAR = re.compile(r"(?:\(|\bon\s+)(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])")
_IN_YEAR = re.compile(r"(?:\b(?:in|since|during|from|of|the)\s+|['’]s\s+)(?P<y>(?:19|20)\d\d)\b", re.I)
_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b", re.I)
_SINCE = re.compile(r"\b(?:since|until|till|through)\s+(?:(?:early|late|mid)[- ])?$", re.I)


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int              # character offsets in the article text
    end: int
    text: str
    date: dt.date
    precision: str          # day | week | month | year


class TimeGrammar:
    """Compiled from the codebook's time words; `find` scans one sentence."""

    def __init__(self, words: TimeWords):
        months = {m: i + 1 for i, m in enumerate(words.months)}
        months.update(words.month_abbreviations)
        month_alt = "|".join(sorted(months, key=len, reverse=True))
        self._months = months
        self._weekdays = {d: i for i, d in enumerate(words.weekdays)}
        self._relative_days = words.relative_days
        self._periods = words.relative_periods
        self._month_day = re.compile(
            rf"\b(?P<m>{month_alt})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I)
        self._day_month = re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month_alt})\b\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I)
        self._month_year = re.compile(rf"\b(?:in\s+)?(?P<m>{month_alt})\s+(?P<y>(?:19|20)\d\d)\b", re.I)
        # "in February", "since early March": a month without a day, in the year before publication
        self._month_only = re.compile(
            rf"\b(?:in|during|until|by|early|late|mid|last|this)[- ]+(?:early\s+|late\s+|mid-?)?(?P<m>{month_alt})\b(?!\.?\s+\d)", re.I)
        # "the July clashes": a capitalised month naming the event after it (not "the march")
        full_months = "|".join(m.capitalize() for m in words.months)
        self._month_attributive = re.compile(
            rf"\b[Tt]he\s+(?P<m>{full_months})\s+(?!(?:for|of|on|to|against|in|through)\b)(?=[a-z])")
        not_before = "".join(rf"(?<!\b{w}\s)" for w in words.weekday_names_before)
        not_after = "|".join(words.weekday_names_after)
        self._weekday = re.compile(rf"\b(?:(?P<last>last\s+)|(?P<next>(?:this\s+)?(?:next|coming)\s+))?{not_before}(?P<w>"
                                   + "|".join(self._weekdays) + r")\b"
                                   + (rf"(?!\s+(?:{not_after})\b)" if not_after else ""), re.I)
        rel = "|".join(re.escape(k) for k in sorted({**words.relative_days, **words.relative_periods}, key=len, reverse=True))
        self._relative = re.compile(rf"\b(?P<r>{rel})\b", re.I)

    def find(self, text: str, offset: int, published: dt.date | None,
             previous: dt.date | None = None, story: dt.date | None = None,
             year_told: int | None = None) -> list[TimeExpression]:
        """All time expressions in `text` (a sentence starting at `offset`), earliest first;
        `previous` is the last day an earlier sentence stated, for "three days later"; `story` the
        day of the story's news, for "the latest strike came a day after ..."; `year_told` the
        last year an earlier sentence stated, for "in August of that year"."""
        if published is None:
            return [e for e in self._explicit(text, offset, None) if e is not None]
        found = _in_stated_year(_without_overlaps([e for e in self._explicit(text, offset, published) if e is not None]),
                                published)
        taken = [(e.start, e.end) for e in found]
        anchor = next((e for e in found if e.precision == "day"), None)
        if anchor is None and story is not None and _CAME_AFTER.search(text):
            anchor = TimeExpression(offset, offset, "", story, "day")
        for e in self._implicit(text, offset, published, year_told):
            named = _date_named_after(e, found, text, offset)
            if named is not None:
                # "on Thursday 26 June": one expression, the date's, from the weekday on
                found[found.index(named)] = replace(named, start=e.start, text=text[e.start - offset:named.end - offset])
            elif not any(s <= e.start < t for s, t in taken):
                found.append(_from_anchor(e, anchor))
        # "on Sunday ... the following day": counted from the day this sentence told first
        told = min((e for e in found if e.precision == "day"), key=lambda e: e.start, default=None)
        base = told.date if told is not None else previous
        if base is not None:
            found += [e for e in _days_later(text, offset, base) if e.date <= published]
        # "since October 8", "until March": the edge of a period, not when an event happened
        found = [e for e in found if not _SINCE.search(text[max(0, e.start - offset - 20):e.start - offset])]
        return _overnight_into(sorted(found, key=lambda e: e.start), text, offset)

    def _explicit(self, text: str, offset: int, published: dt.date | None):
        for m in _ISO.finditer(text):
            yield _safe(offset, m, lambda: dt.date(int(m[1]), int(m[2]), int(m[3])), "day")
        for pattern in (_NUMERIC, _NUMERIC_NO_YEAR):
            for m in pattern.finditer(text):
                yield _safe(offset, m, lambda m=m: _numeric_date(m, published), "day")
        for pattern in (self._month_day, self._day_month):
            for m in pattern.finditer(text):
                yield _safe(offset, m, lambda m=m: self._month_date(m, published), "day")
        for m in self._month_year.finditer(text):
            yield _safe(offset, m, lambda m=m: dt.date(int(m["y"]), self._months[m["m"].lower()], 1), "month")
        for m in _IN_YEAR.finditer(text):
            yield _safe(offset, m, lambda m=m: dt.date(int(m["y"]), 1, 1), "year")

    def _month_date(self, m: re.Match, published: dt.date | None) -> dt.date:
        month, day = self._months[m["m"].lower()], int(m["d"])
        if m["y"]:
            return dt.date(int(m["y"]), month, day)
        if published is None:
            raise ValueError("no year")
        year = published.year
        candidate = dt.date(year, month, day)
        # news reports the past: "Dec. 30" in a 2 January article is last year
        return candidate if candidate <= published + dt.timedelta(days=7) else dt.date(year - 1, month, day)

    def _implicit(self, text: str, offset: int, published: dt.date, year_told: int | None = None):
        for m in [*self._month_only.finditer(text), *self._month_attributive.finditer(text)]:
            month = self._months[m["m"].lower()]
            year = published.year if month <= published.month else published.year - 1
            if _THAT_YEAR.match(text, m.end()):
                # "in 2023 ... In August of that year": the year told before, or no date at all
                if year_told is None:
                    continue
                year = year_told
            yield TimeExpression(offset + m.start("m"), offset + m.end(), m["m"], dt.date(year, month, 1), "month")
        for m in self._weekday.finditer(text):
            back = (published.weekday() - self._weekdays[m["w"].lower()]) % 7
            if m["last"] and back == 0:
                back = 7
            if m["next"]:
                # "a protest for next Friday", "this coming Monday": the day ahead, not the one past
                back = back - 7 if back else -7
            yield TimeExpression(offset + m.start(), offset + m.end(), m.group(),
                                 published - dt.timedelta(days=back), "day")
        for m in self._relative.finditer(text):
            key = m["r"].lower()
            if key in self._relative_days:
                yield TimeExpression(offset + m.start(), offset + m.end(), m.group(),
                                     published - dt.timedelta(days=self._relative_days[key]), "day")
            else:
                unit, shift = self._periods[key]
                yield TimeExpression(offset + m.start(), offset + m.end(), m.group(),
                                     _shift(published, unit, shift), unit)


# "The latest strike came a day after ...": an event of the story, told without its day, comes first
_CAME_AFTER = re.compile(r"\b(?:came|comes)\s+(?:just\s+|only\s+)?(?:a|the)\s+day\s+(?:after|before)\b", re.I)
ANCHORED = {"a day after": -1, "the day after": -1, "a day before": 1, "the day before": 1}
_LATER = re.compile(r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+later"
                    r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening))\b", re.I)
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _days_later(text: str, offset: int, base: dt.date) -> list[TimeExpression]:
    """'Three days later', 'the next day': counted from the day told before."""
    out = []
    for m in _LATER.finditer(text):
        n = m["n"].lower() if m["n"] else "a"
        days = int(n) if n.isdigit() else _SMALL_NUMBERS[n]
        out.append(TimeExpression(offset + m.start(), offset + m.end(), m.group(), base + dt.timedelta(days=days), "day"))
    return out


def _from_anchor(e: TimeExpression, anchor: TimeExpression | None) -> TimeExpression:
    """'on October 8, 2023, a day after Hamas's attack': the attack was the day before the date
    the sentence gives, not the day before publication."""
    shift = ANCHORED.get(e.text.lower())
    if anchor is None or shift is None:
        return e
    return TimeExpression(e.start, e.end, e.text, anchor.date + dt.timedelta(days=shift), "day")


def _numeric_date(m: re.Match, published: dt.date | None) -> dt.date:
    """A day in figures, read day-first as most of the world writes it, unless only the
    month-first reading (the United States') is a day on or before publication: news reports
    the past. Without a year, the latest such day in the two months before publication."""
    a, b, stated = int(m["a"]), int(m["b"]), m.groupdict().get("y")
    if stated is None and published is None:
        raise ValueError("no year")
    years = [int(stated)] if stated else [published.year, published.year - 1]
    readings = []
    for year in years:
        for day, month in ((a, b), (b, a)):
            try:
                readings.append(dt.date(year, month, day))
            except ValueError:
                pass
    if not readings:
        raise ValueError("not a date")
    if published is None:
        return readings[0]
    past = [d for d in readings if d <= published + dt.timedelta(days=1)]
    if not stated:
        past = [d for d in past if published - d <= dt.timedelta(days=62)]
    if not past:
        raise ValueError("no day before publication")
    day_first = [d for d in past if (d.day, d.month) == (a, b)]
    return max(day_first) if day_first else max(past)


def _in_stated_year(found: list[TimeExpression], published: dt.date) -> list[TimeExpression]:
    """'In 2009, ... in the stadium of 28 September': a day without a year takes the earlier year
    the sentence states, not the publication year."""
    # "searching for her son since 2024": the edge of a period is not the year of the day named
    years = {e.date.year for e in found
             if e.precision == "year" and e.date.year < published.year and not e.text.lower().startswith("since")}
    if len(years) != 1:
        return found
    year = years.pop()
    return [_with_year(e, year) if e.precision == "day" and not _HAS_YEAR.search(e.text) else e for e in found]


def _with_year(e: TimeExpression, year: int) -> TimeExpression:
    try:
        return TimeExpression(e.start, e.end, e.text, e.date.replace(year=year), e.precision)
    except ValueError:      # 29 February
        return e


_HAS_YEAR = re.compile(r"(?:19|20)\d\d")


def _date_named_after(e: TimeExpression, explicit: list[TimeExpression], text: str,
                      offset: int) -> TimeExpression | None:
    """'Monday 12 October 2026', 'Tuesday, March 3': the date a weekday is written before."""
    if e.precision != "day":
        return None
    return next((d for d in explicit if d.precision == "day" and 0 <= d.start - e.end <= 2
                 and not text[e.end - offset:d.start - offset].strip(" ,")), None)


def _without_overlaps(found: list[TimeExpression]) -> list[TimeExpression]:
    """'November 24, 2018' is one expression, not also 'in 2018': the longest wins."""
    kept: list[TimeExpression] = []
    for e in sorted(found, key=lambda e: -(e.end - e.start)):
        if not any(k.start < e.end and e.start < k.end for k in kept):
            kept.append(e)
    return kept


def _safe(offset: int, m: re.Match, make, precision: str) -> TimeExpression | None:
    try:
        return TimeExpression(offset + m.start(), offset + m.end(), m.group(), make(), precision)
    except (ValueError, KeyError):
        return None


def _shift(published: dt.date, unit: str, shift: int) -> dt.date:
    """The first day of the week, month or year `shift` units from the publication date."""
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        return monday + dt.timedelta(weeks=shift)
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        return dt.date(month_index // 12, month_index % 12 + 1, 1)
    return dt.date(published.year + shift, 1, 1)


def _overnight_into(found: list[TimeExpression], text: str, offset: int) -> list[TimeExpression]:
    """'overnight into Thursday': one night, dated by the day it ran into (not 'overnight'
    before the publication day)."""
    out: list[TimeExpression] = []
    for e in found:
        prev = out[-1] if out else None
        if prev is not None and prev.text.lower() == "overnight" and e.precision == "day" \
                and text[prev.end - offset:e.start - offset].strip().lower() in {"into", "to"}:
            out[-1] = TimeExpression(prev.start, e.end, text[prev.start - offset:e.end - offset], e.date, e.precision)
            continue
        out.append(e)
    return out
