"""Killed, injured and affected counts stated in a clause, with their qualifiers.

"killed at least 47 US-backed fighters", "forty-seven people were killed", "left around 100
people struggling to breathe", "107 cases of breathing difficulties". A figure in a clause
that also carries a cumulative cue ("since 2011", "so far this year") is a background toll
and is never attached to one event.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.annotate import SentenceAnnotation
from pipeline.lexicon import CoderLexicon
from pipeline.numbers import is_number_word, parse_count

UNITS_AFTER = frozenset({"mm", "km", "kilometres", "kilometers", "miles", "metres", "meters", "percent", "per",
                         "years", "year", "days", "day", "hours", "hour", "minutes", "am", "pm", "kg", "tons",
                         "tonnes", "dollars", "million", "billion", "times", "weeks", "months", "th", "st", "nd", "rd",
                         # a compound's unit: "the 30-minute firefight", "a two-week siege", "a 10-metre wall"
                         "minute", "second", "seconds", "week", "month", "metre", "meter", "kilometre", "kilometer",
                         "mile", "ton", "tonne",
                         # money: "paying up to two million pesos for each police officer killed"
                         "pesos", "naira", "rupees", "shillings", "euros", "francs", "cfa", "afghanis", "taka",
                         "birr", "pounds", "dinars", "riyals", "rials", "lira", "kyat", "cedis", "kwacha", "usd",
                         "lakh", "lakhs", "crore", "crores"})
# money written before the figure: "a combined reward of Rs 21 lakh", "a $5,000 bounty"
CURRENCY_BEFORE = frozenset({"rs", "inr", "usd", "us$", "$", "₹", "€", "£", "₦", "ksh", "kshs", "tsh", "ugx", "pkr",
                             "eur", "gbp", "cfa", "fcfa"})
WINDOW = 10
DESCRIBED_PEOPLE = frozenset({"people", "persons", "civilians", "residents", "families", "women", "children", "men"})


@dataclass(frozen=True, slots=True)
class CasualtyFinding:
    kind: str               # killed | injured | affected
    count: int | None
    qualifier: str
    start: int
    end: int
    text: str
    cumulative: bool


def find_casualties(ann: SentenceAnnotation, clause: tuple[int, int], lex: CoderLexicon) -> list[CasualtyFinding]:
    lo, hi = clause
    index = [i for i in ann.words if lo <= i < hi]
    if not index:
        return []
    cues = _inside(ann.cues(lex.casualty_words), lo, hi)
    if not cues:
        return []
    if any(kind != "affected" for _, _, kind in cues):
        # "46 displaced people were killed": "displaced" says who the dead were
        cues = [c for c in cues if not (c[2] == "affected" and ann.norm(c[1] + 1) in DESCRIBED_PEOPLE)]
    cumulative = is_cumulative(ann, clause, lex)
    qualifiers = {last: (first, v) for first, last, v in _inside(ann.cues(lex.qualifiers), lo, hi)}
    subset_ends = {last for first, last, v in _inside(ann.cues(lex.subset_words), lo, hi)}
    found = []
    for first, last, count in _counts(ann, index, lex.singular_persons):
        if _restating_digits(ann, first):
            continue        # "two (2) PPL lost their lives": one figure, counted at its words
        # (and read on past the digits: "three (3) soldiers suffered minor injuries")
        last = last + 3 if _restated_in_digits(ann, last) else last
        if _counts_things(ann, last, lex):
            continue        # "two neighbouring communities", "three vehicles": not people
        if found and ann.norm(ann.next_word(last)) == "of" and ann.norm(ann.next_word(ann.next_word(last))) in {"them", "whom"}:
            continue        # "12 people, 3 of them children": part of the figure just given
        before = _word_before_count(ann, first, qualifiers)
        if _other_deed(ann, cues, before):
            continue        # "killing 12 farmers and abducting 20 women": the 20 were abducted
        if before >= 0 and ann.norm(before) == "by":
            continue        # "was shot dead by two men": who shot, not who died
        if _attackers(ann, last, cues):
            continue        # "About 40 gunmen attacked the hamlet, killing three": who attacked, not who died
        counted = _counted_name_end(ann, last)
        kind = _cue_right_before(ann, cues, before) or _own_verb_after(ann, cues, counted) \
            or _nearest_cue(cues, first, counted)
        if kind is None or ann.prev_word(first) in subset_ends or ann.prev_word(ann.prev_word(first)) in subset_ends:
            continue        # no casualty word near, or "including 4 children": part of a figure already given
        q_first, qualifier = qualifiers.get(ann.prev_word(first), (first, "exact"))
        start, end = ann.tokens[q_first].start, ann.tokens[last].end
        text = " ".join(t.text for t in ann.tokens[q_first:last + 1])
        found.append(CasualtyFinding(kind, count, qualifier, start, end, text, cumulative))
    found.extend(_none_killed(ann, index, cues))
    return found


PERIOD_STARTS = frozenset({"the", "last", "early", "late", "mid", "its", "their", "january", "february", "march",
                           "april", "may", "june", "july", "august", "september", "october", "november", "december"})


def _inside(matches, lo: int, hi: int) -> list:
    """The matches (first, last, value) lying wholly inside tokens [lo, hi)."""
    return [(f, l, v) for f, l, v in matches if lo <= f and l < hi]


# "Earlier this month, on October 9, colonists attacked ...": a locator says when, it sums no period
LOCATORS = frozenset({"earlier", "later", "early", "late"})


def is_cumulative(ann: SentenceAnnotation, clause: tuple[int, int], lex) -> bool:
    """A toll over a period, not one event's: 'since 2011', 'so far this year', 'since October 8'."""
    lo, hi = clause
    if any(ann.norm(ann.prev_word(first)) not in LOCATORS
           for first, last, _ in ann.cues(lex.cumulative) if lo <= first and last < hi):
        return True
    words = [ann.tokens[i] for i in ann.words if lo <= i < hi]
    if _since_period(words, lex) or _past_days(words) or _date_range(words):
        return True
    # "... have been killed since then, while officials say 24 have been killed by missiles":
    # a count so far set against a toll over a period counts over that period too
    whole = (0, len(ann.tokens))
    return clause != whole and _so_far(ann, lo, hi) and is_cumulative(ann, whole, lex)


def _so_far(ann: SentenceAnnotation, lo: int, hi: int) -> bool:
    return any(ann.norm(i) in {"have", "has"} and ann.norm(ann.next_word(i)) == "been" for i in range(lo, hi))


MONTH_NAMES = PERIOD_STARTS - {"the", "last", "early", "late", "mid", "its", "their"}
RANGE_ENDS = {"between": {"and"}, "from": {"to", "until", "till", "through"}}


def _date_range(words) -> bool:
    """'Between 8 and 17 June, the Defensoría recorded two deaths', 'from 1 to 15 July': a toll over
    the days from one date to another."""
    norms = [w.norm for w in words]
    for i, w in enumerate(norms):
        if w not in RANGE_ENDS:
            continue
        span = norms[i + 1:i + 7]
        ends = [k for k, x in enumerate(span) if x in RANGE_ENDS[w]]
        if not ends or not set(span) & MONTH_NAMES:
            continue
        if sum(x in MONTH_NAMES for x in span[:ends[0] + 3]) >= 2 and not any(x.isdigit() for x in span):
            return True     # "between January and June": months of a toll
        first = [int(x) for x in span[:ends[0]] if x.isdigit()]
        last = [int(x) for x in span[ends[0] + 1:] if x.isdigit()]
        # ("overnight from 11 to 12 August" is one night, not a period)
        if first and not (last and last[0] - first[0] == 1):
            return True
    return False


# participles that describe how long a thing has been as it is, not a toll
STATE_PARTICIPLES = frozenset({"enforced", "imposed", "declared", "introduced", "held", "controlled", "occupied",
                               "besieged", "closed", "suspended", "banned", "deployed", "stationed", "based",
                               "established", "founded", "formed", "created", "designated", "listed", "operating"})


def _since_period(words, lex) -> bool:
    """'since October 8', 'since 2009', 'since the start of the year', 'more than 100 people have
    been killed since ethnic violence broke out': a toll over a period."""
    norms = [w.norm for w in words]
    for i, (w, nxt) in enumerate(zip(norms, norms[1:])):
        if w != "since":
            continue
        if i and norms[i - 1] in STATE_PARTICIPLES:
            continue      # "a conscription law enforced since 2024", "a town held since March": the noun's state
        if nxt in PERIOD_STARTS or nxt.isdigit() or set(norms[i + 1:i + 8]) & ONSET_WORDS:
            return True
        if any(a in {"have", "has"} and b in {"been", "killed", "died"} for a, b in zip(norms, norms[1:])):
            return True      # "have been killed since ...": a count so far
    return False


def _past_days(words) -> bool:
    """'over the past ten days', 'in the last two weeks': a toll over several days (a single
    'past day' is a daily report)."""
    norms = [w.norm for w in words]
    for i in range(len(norms) - 3):
        if norms[i] in {"over", "in", "during"} and norms[i + 1] == "the" and norms[i + 2] in {"past", "last"} \
                and norms[i + 3] != "day" and i + 4 < len(norms) and norms[i + 4] in PERIOD_UNITS:
            return True
    return False


PERIOD_UNITS = frozenset({"days", "weeks", "months", "years", "hours"})
ONSET_WORDS = frozenset({"broke", "began", "begun", "erupted", "started", "outbreak", "start", "beginning", "escalated",
                         "flared", "resumed", "launched"})


def _counts(ann: SentenceAnnotation, index: list[int], singular: frozenset[str]):
    """Runs of number words that count people (not calibres, distances, years or dates), and
    'a woman', 'one soldier': one person."""
    for pos, i in enumerate(index):
        if ann.tokens[i].norm in {"a", "an", "one"} and ann.norm(ann.prev_word(i)) != "no":
            following = [ann.tokens[j].norm for j in index[pos + 1:pos + 6]]
            if following[1:3] == ["year", "old"]:
                following = following[3:]       # "a 12-year-old boy": one boy
            # ("a young Sudanese refugee": two words may describe the one person)
            if any(w in singular for w in following[:SINGULAR_REACH]):
                yield i, i, 1
    run: list[int] = []
    for i in index + [-1]:
        tok = ann.tokens[i] if i >= 0 else None
        if run and tok is not None and not _joined(ann, run[-1], i):
            yield from _run_count(ann, run)      # "3, 2024": two numbers, not one
            run = []
        if tok is not None and not _part_of_name(ann, i) and not _no_one(ann, i) and not _in_figures_date(ann, i) and (
                is_number_word(tok.norm) and tok.norm not in {"a", "an"} or
                (tok.norm in {"a", "an", "and"} and run == [] and _next_is_scale(ann, i))
                or (run and tok.norm in {"and", "hundred", "thousand", "dozen"})):
            run.append(i)
            continue
        if run:
            yield from _run_count(ann, run)
            run = []


SINGULAR_REACH = 3


def _run_count(ann, run: list[int]):
    value = parse_count([ann.tokens[j].norm for j in run])
    nxt = ann.norm(ann.next_word(run[-1]))
    if nxt in ("a", "p") and ann.norm(ann.next_word(ann.next_word(run[-1]))) == "m":
        nxt = "am"       # "shortly before 8 a.m.": a time of day
    money = (ann.tokens[run[0] - 1].text.lower() if run[0] > 0 else "") in CURRENCY_BEFORE \
        or ann.norm(ann.prev_word(run[0])) in CURRENCY_BEFORE
    if value is not None and nxt not in UNITS_AFTER and not money and not _is_year(value, ann, run) \
            and not _is_day_of_month(ann, run) and not _is_age(ann, run):
        yield run[0], run[-1], value
    elif value is not None and _is_age(ann, run) and _named_one(ann, run):
        yield run[0] - 2, run[0] - 2, 1       # "Zubeda Begum, 52, was killed": one person, by name


def _is_age(ann, run: list[int]) -> bool:
    """'a boy, 9, was shot', 'Omar Abdulkarim, nine, was killed', 'two men, aged 24 and 31': a
    person's age, not a count."""
    prev = ann.prev_word(run[0])
    if ann.norm(prev) in {"about", "around", "roughly", "some", "approximately"}:
        prev = ann.prev_word(prev)      # "aged about 30"
    if ann.norm(prev) in {"aged", "ages", "age"}:
        return True
    before, after = run[0] - 1, run[-1] + 1
    if before < 1 or after >= len(ann.tokens):
        return False
    if not (ann.tokens[before].text in {",", "("} and ann.tokens[after].text in {",", ")"}):
        return False
    head = ann.tokens[before - 1]
    return head.text[:1].isupper() or head.norm in AGED_PEOPLE


def _named_one(ann, run: list[int]) -> bool:
    """The age follows a person's name and one person is told of: 'Zubeda Begum, 52, was killed'."""
    after = run[-1] + 2
    return name_then_age(ann, run[0] - 2) and after < len(ann.tokens) and ann.norm(after) == "was"


def name_then_age(ann, i: int) -> bool:
    """Token `i` ends a name followed by an age between commas: 'Begum, 52,'."""
    return 0 <= i and i + 2 < len(ann.tokens) and ann.tokens[i].text[:1].isupper() \
        and ann.tokens[i + 1].text == "," and is_number_word(ann.norm(i + 2))


AGED_PEOPLE = frozenset({"boy", "girl", "man", "woman", "child", "son", "daughter", "teenager", "toddler", "baby",
                         "infant", "farmer", "student", "mother", "father", "brother", "sister", "wife", "husband",
                         "grandmother", "grandfather", "worker", "driver", "resident", "shepherd", "fisherman"})


THING_NOUNS = frozenset({"communities", "community", "villages", "village", "houses", "homes", "vehicles", "vehicle",
                         "buildings", "towns", "districts", "hours", "shops", "cars", "trucks", "camps", "schools",
                         "churches", "mosques", "settlements", "positions", "targets", "drones", "missiles", "rockets",
                         "shells", "bombs", "times", "days", "weeks", "months", "years", "kilometres", "kilometers",
                         "miles", "metres", "meters", "counties", "provinces", "states", "regions", "sites",
                         # "drove away an estimated 320 head of cattle": livestock, not people
                         "head", "cattle", "cows", "goats", "sheep", "camels", "livestock", "animals", "donkeys",
                         "pigs", "zebu", "oxen", "bulls", "horses",
                         # "killed eleven soldiers and burned forty tankers": vehicles and weapons
                         "tankers", "lorries", "buses", "motorcycles", "motorbikes", "boats", "tanks", "aircraft",
                         "helicopters", "weapons", "rifles", "guns", "stalls", "tents", "huts",
                         # "three guns with 112 rounds of ammunition were recovered": what was seized
                         "rounds", "bullets", "cartridges", "magazines", "grenades", "pistols", "kilograms", "kg"})


def _restating_digits(ann, first: int) -> bool:
    return first >= 2 and ann.tokens[first - 1].text == "(" and _restated_in_digits(ann, first - 2)


def _restated_in_digits(ann, last: int) -> bool:
    """'three (3) soldiers': the figure in words, repeated in digits in parentheses, as official
    bulletins write it."""
    k = last + 1
    return k + 2 < len(ann.tokens) and ann.tokens[k].text == "(" and ann.tokens[k + 1].text.isdigit() \
        and ann.tokens[k + 2].text == ")" and not ann.tokens[last].text.isdigit()


def _counts_things(ann, last: int, lex) -> bool:
    """The count is of places or things: the noun after it (past one adjective) is not a person."""
    nxt = [ann.norm(j) for j in range(last + 1, min(len(ann.tokens), last + 4)) if ann.norm(j)][:2]
    return bool(nxt) and (nxt[0] in THING_NOUNS or (len(nxt) > 1 and nxt[1] in THING_NOUNS
                                                     and nxt[0] not in lex.persons))


def _no_one(ann, i: int) -> bool:
    return ann.tokens[i].norm == "one" and ann.norm(ann.prev_word(i)) == "no"


def _joined(ann, i: int, j: int) -> bool:
    """Words of one number: next to each other, or joined by a hyphen ('forty-seven')."""
    between = ann.tokens[i + 1:j]
    return all(t.text == "-" for t in between)


def _part_of_name(ann, i: int) -> bool:
    """'M23', 'Su-25', 'S-300': digits written onto a name are part of it, not a count."""
    tok = ann.tokens[i]
    if not tok.norm[:1].isdigit() or i == 0:
        return False
    if any(a.kind == "named" and a.first < i <= a.last for a in ann.actors):
        return True      # "Barrio 18 killed two police officers": the gang's name, not 18 dead
    prev = ann.tokens[i - 1]
    if prev.norm in NUMBERED_THINGS or (prev.text[:1].isupper() and prev.norm in NUMBERED_UNITS):
        return True      # "Light Infantry Battalion 266", "the Km 88 sector", "Route 7": a number naming a thing
    if prev.end != tok.start:
        return False
    if prev.text == "-" and i >= 2:
        prev = ann.tokens[i - 2]
    return prev.text[:1].isalpha() and prev.text[:1].isupper()


NUMBERED_THINGS = frozenset({"km", "kilometre", "kilometer", "route", "highway", "no", "number", "sector", "zone",
                             "ward", "block", "plot", "camp", "phase", "unit", "gate", "checkpoint", "post", "hill",
                             "grade", "class"})
NUMBERED_UNITS = frozenset({"battalion", "brigade", "regiment", "division", "corps", "squadron", "company", "front",
                            "district", "commune", "lot"})


def _in_figures_date(ann, i: int) -> bool:
    """'(10/09)', '14/02/2026', '16-02-2026': digits of a day written in figures (or of a
    fraction, '24/7'), not a count ('20-25 people' is a range: two parts, not three)."""
    if not ann.tokens[i].norm.isdigit():
        return False
    group = [i]
    for step in (-1, 1):
        j = i
        while 0 <= j + 2 * step < len(ann.tokens) and ann.tokens[j + step].text in {"/", "-"} \
                and _glued(ann, j, j + step) and _glued(ann, j + step, j + 2 * step) \
                and ann.tokens[j + 2 * step].norm.isdigit():
            j += 2 * step
            group.append(j)
    seps = {ann.tokens[k].text for k in range(min(group), max(group)) if not ann.tokens[k].norm}
    return "/" in seps or len(group) >= 3


def _glued(ann, i: int, j: int) -> bool:
    a, b = sorted((i, j))
    return ann.tokens[a].end == ann.tokens[b].start


def _is_day_of_month(ann, run: list[int]) -> bool:
    """'on March 3', '3 March', 'Feb. 27': a date, not a count."""
    if len(run) != 1 or not ann.tokens[run[0]].norm.isdigit():
        return False
    around = {ann.norm(ann.prev_word(run[0])), ann.norm(ann.next_word(run[0]))}
    return bool(around & MONTH_WORDS)


MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                         "sept", "oct", "nov", "dec"})


def _next_is_scale(ann, i: int) -> bool:
    return ann.norm(ann.next_word(i)) in {"hundred", "thousand", "dozen"}


def _is_year(value: int, ann, run) -> bool:
    return len(run) == 1 and 1900 <= value <= 2100 and ann.tokens[run[0]].norm.isdigit()


def _word_before_count(ann, first: int, qualifiers) -> int:
    """The word right before a count, past its qualifier ('killing at least 11')."""
    start = qualifiers[ann.prev_word(first)][0] if ann.prev_word(first) in qualifiers else first
    return ann.prev_word(start)


def _cue_right_before(ann, cues, before: int) -> str | None:
    """'killing at least 11 people and wounding dozens': a verb right before the count (past a
    qualifier) is what the count counts."""
    return next((kind for c_first, c_last, kind in cues if c_last == before and ann.norm(before).endswith("ing")), None)


SUBJECT_REACH = 15     # "Four members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed"


OTHER_DEEDS = frozenset({"abducting", "abducted", "kidnapping", "kidnapped", "arresting", "arrested", "detaining",
                         "detained", "displacing", "displaced", "rescuing", "rescued", "freeing", "freed", "capturing",
                         "captured", "seizing", "seized", "evacuating", "evacuated", "releasing", "released"})


def _other_deed(ann, cues, before: int) -> bool:
    """A count right after a verb of another deed ('abducting 20 women') counts no casualty."""
    return before >= 0 and ann.norm(before) in OTHER_DEEDS and not any(c_last == before for _, c_last, _ in cues)


def _attackers(ann, last: int, cues) -> bool:
    """The people counted are the subject of an attack verb right after them ('40 gunmen attacked')."""
    j = ann.next_word(last)
    for _ in range(2):      # the noun, and one word before it ("40 armed men")
        k = ann.next_word(j)
        if k >= len(ann.tokens) or ann.norm(k) in {"and", "or", "but"} or k != j + 1:
            return False    # ("killing three worshippers and abducting 27": another deed, not their own)
        if any(t.first == k and t.ref.pos == "verb" and t.ref.rule.cameo[:2] in DOERS_ROOTS
               for t in ann.triggers) and not any(c_first == k for c_first, _, _ in cues):
            return True
        j = k
    return False


DOERS_ROOTS = frozenset({"18", "19", "20", "14"})   # ("more than 1,500 villagers marched": marchers, not dead)


def _own_verb_after(ann, cues, last: int) -> str | None:
    """'four rebels were killed and two soldiers were wounded': the casualty word of the count's
    own clause, after it, with no comma, 'and' or other figure in between."""
    for c_first, _, kind in sorted(cues):
        if c_first <= last:
            continue
        between = _without_inclusion(ann.tokens[last + 1:c_first])
        if len(between) >= SUBJECT_REACH:
            continue
        between = _before_coordinated_count(between)
        if any(t.text in {",", ";", ":"} or t.norm in {"and", "or", "while", "but"} or t.text[:1].isdigit()
               for t in between):
            return None
        return kind
    return None


def _before_coordinated_count(between: list) -> list:
    """'Two police officers and a 14-year-old boy were wounded': a second count joined by 'and',
    with no comma to the casualty word, shares it; only the words before 'and' can part them."""
    for k, t in enumerate(between[:-1]):
        if t.norm == "and" and (between[k + 1].norm in {"a", "an"} or is_number_word(between[k + 1].norm)) \
                and not any(u.text in {",", ";", ":"} for u in between[k + 1:]):
            return between[:k]
    return between


def _counted_name_end(ann, last: int) -> int:
    """'twelve Volunteers for the Defence of the Homeland (VDP) and three soldiers were killed': the
    name of those counted, however long, stands between the count and its casualty word."""
    end = max((a.last for a in ann.actors if a.first == last + 1 and a.kind == "named"), default=last)
    if end > last and end + 1 < len(ann.tokens) and ann.tokens[end + 1].text == ")":
        end += 1
    return end


def _without_inclusion(between: list) -> list:
    """'Three Maoists, including a woman cadre carrying a reward, were killed': the aside between
    commas that says who the counted were belongs to the count."""
    for k in range(len(between) - 3):
        if between[k].text == "," and between[k + 1].norm in {"including", "among"}:
            close = next((j for j in range(k + 2, len(between)) if between[j].text == ","), None)
            if close is not None:
                return between[:k] + between[close + 1:]
    return between


def _nearest_cue(cues, first: int, last: int) -> str | None:
    """The casualty word nearest a count; on a tie the one after it ('two soldiers were killed
    and seven others injured': the seven were injured)."""
    best, best_distance = None, WINDOW + 1
    for c_first, c_last, kind in cues:
        after = c_first > last
        distance = c_first - last if after else first - c_last
        if 0 < distance <= WINDOW and (distance < best_distance or (distance == best_distance and after)):
            best, best_distance = kind, distance
    return best


def _none_killed(ann, index, cues) -> list[CasualtyFinding]:
    """'no one was killed', 'there were no casualties': an explicit zero."""
    out = []
    for c_first, c_last, kind in cues:
        prev = [ann.tokens[i].norm for i in index if c_first - 4 <= i < c_first]
        if "no" in prev and ("one" in prev or "casualties" in ann.tokens[c_first].norm or kind == "killed"):
            start, end = ann.tokens[c_first].start, ann.tokens[c_last].end
            # "no casualties": nobody killed and nobody wounded
            kinds = ("killed", "injured") if ann.tokens[c_first].norm == "casualties" else (kind,)
            out.extend(CasualtyFinding(k, 0, "exact", start, end, ann.tokens[c_first].text, False) for k in kinds)
    return out
