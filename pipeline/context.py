"""The article context: what a reader remembers while reading an article, sentence by sentence.

The story's country; the names the article itself teaches (acronyms in parentheses,
appositions, organisations named in full, "spokesman Robert Palladino" ... "Palladino said");
who "the coalition", "the rights group", "its fighters", "he" and "they" are; whose state organ
"the defence ministry" is. `read_sentence` gives every actor mention of a sentence its code;
`remember` carries what the sentence told into the next one.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.annotate import (GROUP_NOUNS, ORGANISATION_WORDS, POSSESSIVE_MARKS, STATEMENT_NOUNS, ActorMention,
                               SentenceAnnotation, is_place_like)
from pipeline.codes import STATE_FORCE_ROLES, code_roles, roles_of
from pipeline.frames import QUOTES
from pipeline.lexicon import CoderLexicon
from pipeline.numbers import is_number_word
from pipeline.roles import LEADING_PREPOSITIONS, embedded_tokens, joined_by_and
from schemas.rules import CriminalGunmen

# a state's organs: its forces, and its courts and legislature
STATE_ORGAN_ROLES = STATE_FORCE_ROLES | {"JUD", "LEG"}
LOCAL_AGENT_WORDS = frozenset({"regime", "pro regime", "government", "authorities", "junta"})
VICTIM_ROLES = frozenset({"CVL", "PPL", "REF", "AGR", "EDU", "HLH", "REL"})
TIME_MODIFIERS = frozenset({"last", "next", "early", "late", "mid", "this"})    # "Last Friday": a day, not a name
OTHER_SIDE_WORDS = frozenset({"occupation", "occupying", "enemy", "invading", "invader", "invaders", "hostile"})


@dataclass
class ArticleContext:
    published: dt.date | None
    country: str | None
    aliases: dict[str, str] = field(default_factory=dict)
    named: list[str] = field(default_factory=list)          # codes of named actors, in reading order
    previous_subject: str | None = None
    last_speaker: str | None = None          # who spoke last ("the ministry said ..."), for "The statement ..."
    last_person: str | None = None
    last_accused: str | None = None          # whom the last accusation accused, for "He in turn accused ..."
    countries: frozenset[str] = frozenset()      # countries the article names (actors and the story's)
    armies: set[str] = field(default_factory=set)  # countries whose forces the article has told of so far
    heads: dict[str, str] = field(default_factory=dict)   # head noun of a named actor -> its code
    modifiers: dict[str, str] = field(default_factory=dict)   # "Elite" of "the Hadrami Elite Forces" -> its code
    foreign: str | None = None     # the country the article names most after its own: the other side
    unnamed_title: str | None = None   # "A spokesman for the MFDC gave AFP ...": whose person the last sentence introduced unnamed
    turn_speaker: str | None = None    # whose spokesman has the floor in a briefing's transcript ("We killed ...")
    briefer: str | None = None         # the party whose spokesman gives the briefing, back after each question


def new_context(published: dt.date | None, annotations: list[SentenceAnnotation],
                dateline: SentenceAnnotation | None = None,
                neighbours: dict[str, frozenset[str]] | None = None,
                headline: SentenceAnnotation | None = None) -> ArticleContext:
    """The context at the start of an article: its date, its country, the countries it names."""
    reread_shared_city_names(annotations, neighbours or {})
    ctx = ArticleContext(published, dominant_country(annotations, dateline, headline))
    if ctx.country:
        _stray_acronyms(annotations, ctx.country)
    redefined = redefined_acronyms(annotations)
    named = Counter(a.code[:3] for ann in annotations for a in ann.actors if tells_country(ann, a, redefined))
    ctx.countries = frozenset(named) | ({ctx.country} if ctx.country else set())
    ctx.foreign = next((c for c, _ in named.most_common() if c != ctx.country), None)
    return ctx


# bodies of civil society, whose acronyms repeat from one country to the next
CIVIL_ROLES = frozenset({"OPP", "PTY", "LAB", "CVL", "NGO", "EDU", "BUS", "MED", "HRI", "AGR", "REL", "ELI"})


def _stray_acronyms(annotations: list[SentenceAnnotation], country: str) -> None:
    """'CoTU' in a Manipur story is not Kenya's trade-union centre, nor 'PDP' in Kashmir Nigeria's
    party: a civil body's acronym the dictionary places in a country the article names nowhere else
    is a body of the story's own country."""
    told = {a.code[:3] for ann in annotations for a in ann.actors
            if a.kind == "named" and a.code and not _is_acronym(ann, a)}
    told |= {p.candidates[0].country for ann in annotations for p in ann.places if p.candidates and p.after_preposition}
    for ann in annotations:
        for a in ann.actors:
            if a.kind == "named" and a.code and _is_acronym(ann, a) and a.code[:3] not in told | {country} \
                    and a.code[:3] not in INTERNATIONAL_PREFIXES and roles_of(a.code) and roles_of(a.code) <= CIVIL_ROLES:
                a.code = country + a.code[3:]


COUNTRY_ABBREVIATIONS = frozenset({"US", "USA", "UK", "EU", "UN", "UAE", "DRC", "ROK", "DPRK", "PRC"})   # "US Chamber of ..."


def _is_acronym(ann: SentenceAnnotation, a: ActorMention) -> bool:
    """'CoTU', 'PDP president Mehbooba Mufti': named by an acronym."""
    text = ann.tokens[a.first].text
    return 2 <= len(text) <= 7 and sum(c.isupper() for c in text) >= 2 and text.isalpha() \
        and text.upper() not in COUNTRY_ABBREVIATIONS


RANKS = frozenset({"colonel", "col", "general", "gen", "major", "maj", "captain", "capt", "lieutenant", "lt",
                   "sergeant", "sgt", "inspector", "commander", "chief", "superintendent", "commissioner"})


def _only_an_acronym(ann: SentenceAnnotation, a: ActorMention) -> bool:
    """'PNP', 'Colonel PNP': a name the dictionary knows only by an acronym (with a rank before it),
    which other countries' bodies share."""
    words = [t for t in ann.tokens[a.first:a.last + 1] if t.text[:1].isupper() and t.norm not in RANKS]
    return bool(words) and all(2 <= len(t.text) <= 7 and t.text.isupper() and t.text.isalpha()
                               and t.text not in COUNTRY_ABBREVIATIONS for t in words)


def read_sentence(ann: SentenceAnnotation, ctx: ArticleContext, lex: CoderLexicon) -> None:
    """Code every actor mention of one sentence from what the article has told so far."""
    _local_group_names(ann, ctx, lex.lexicon.references.local_group_names)
    _take_the_floor(ann, ctx)
    _drop_speaker_label(ann)
    _gang_names(ann, ctx)
    _resolve_agents(ann, ctx, lex.lexicon.references.criminal_gunmen, lex.lexicon.references.local_group_names)
    _unknown_organisations(ann, ctx, lex)
    _definite_heads(ann, ctx)
    _add_alias_mentions(ann, ctx, lex)
    _drop_speaker_label(ann)        # again: "SHARMA:" is also an alias of the correspondent named before
    _unknown_acronyms(ann, ctx, lex)
    _possessive_agents(ann, ctx)
    _members_of_groups(ann)
    _spokespeople(ann, ctx)
    _resolve_pronouns(ann, ctx)
    _self_presented(ann)
    ctx.unnamed_title = _unnamed_title(ann)


INDEFINITE = frozenset({"a", "an", "one"})


def _unnamed_title(ann: SentenceAnnotation) -> str | None:
    """'A spokesman for the MFDC gave AFP a different account.': a person told by title alone,
    whom the next sentence may name ('Reached by telephone, Ansoumana Badji said ...')."""
    for a in ann.actors:
        if a.kind == "agent" and a.code and len(a.code) > 3 and ann.tokens[a.last].norm in PERSON_TITLES \
                and any(ann.norm(i) in INDEFINITE for i in range(max(0, a.first - 3), a.first)):
            return a.code
    return None


def _local_group_names(ann: SentenceAnnotation, ctx: ArticleContext, local: dict[str, dict[str, str]]) -> None:
    """'Al-Shabaab insurgents attacked Naulala, Niassa' in a Mozambique story: the name its
    insurgents go by there, not Somalia's al-Shabaab (the lexicon's `local_group_names`)."""
    if not local or ctx.country is None:
        return
    for a in ann.actors:
        if a.kind != "named" or not a.code or a.code[:3] == ctx.country:
            continue
        code = _local_name(a.text, ctx.country, local)
        if code:
            a.code = code


def _gang_names(ann: SentenceAnnotation, ctx: ArticleContext) -> None:
    """'the "Baz Taliban" gang', 'the Talibans gang of Canaan': a gang that took a famous name is a
    gang of the story's country, not the group it is named after."""
    if ctx.country is None:
        return
    for a in ann.actors:
        j = a.last + 1
        while j < len(ann.tokens) and not ann.tokens[j].norm and ann.tokens[j].text in QUOTE_MARKS:
            j += 1
        if a.kind == "named" and a.code and a.code[:3] != ctx.country and ann.norm(j) in GANG_NOUNS:
            a.code = ctx.country + "CRM"


QUOTE_MARKS = frozenset({'"', "”", "“", "'", "’", "‘", "»", "«"})
GANG_NOUNS = frozenset({"gang", "gangs"})


def _local_name(text: str, country: str | None, local: dict[str, dict[str, str]]) -> str | None:
    words = f" {' '.join(re.findall(r'[a-z0-9]+', text.lower()))} "
    return next((by[country] for name, by in local.items() if f" {name} " in words and country in by), None)


def _speaker_label_end(ann: SentenceAnnotation) -> int | None:
    """The colon that ends a transcript's speaker label ('SHARMA:', 'ALOK SHARMA (by phone):')."""
    colon = next((i for i, t in enumerate(ann.tokens[:LABEL_REACH]) if t.text == ":"), None)
    if not colon:
        return None
    depth = 0
    for t in ann.tokens[:colon]:
        depth += (t.text == "(") - (t.text == ")")
        if t.norm and depth == 0 and not t.text.isupper():
            return None
    return colon


LABEL_REACH = 16      # "COLONEL ABDIKARIM HUSSEIN GEDI (SNA spokesman for the Hirshabelle sector):"


def _drop_speaker_label(ann: SentenceAnnotation) -> None:
    """'SHARMA: ...', 'ALOK SHARMA (by phone, Raipur): ...': a transcript's speaker label names
    who talks on air, not a party to what is told."""
    colon = _speaker_label_end(ann)
    if colon is not None:
        ann.actors[:] = [a for a in ann.actors if a.first > colon]


def _take_the_floor(ann: SentenceAnnotation, ctx: ArticleContext) -> None:
    """'COLONEL X (SNA spokesman for the Hirshabelle sector): ... We killed 63 khawarij': in a
    briefing's transcript, 'we' is the party of the one who has the floor, until a journalist's
    question ('QUESTION (Radio Jowhar):') takes it; 'SPOKESMAN:' keeps it."""
    colon = _speaker_label_end(ann)
    if colon is None:
        return
    if any(ann.norm(i) in ASKING_LABELS for i in range(colon)):
        ctx.turn_speaker = None
        return
    party = next((a.code for a in ann.actors if a.last < colon and a.code and a.code[:3] not in INTERNATIONAL_PREFIXES
                  and len(a.code) > 3), None)
    # "LT COL SHAHAM:": the surname of a spokesperson the article introduced
    name = next((ann.tokens[i].norm for i in range(colon - 1, -1, -1) if ann.tokens[i].norm
                 and not any(ann.tokens[k].text == "(" for k in range(i, colon))), None)
    party = party or (ctx.aliases.get(name) if name else None)
    if party and len(party) > 3:
        ctx.briefer = party
    ctx.turn_speaker = ctx.briefer      # ("SPOKESMAN:" after a question: the briefer again)


ASKING_LABELS = frozenset({"question", "q", "reporter", "journalist", "anchor", "presenter", "host", "interviewer",
                           "moderator", "correspondent", "caller"})


def _members_of_groups(ann: SentenceAnnotation) -> None:
    """'militants from Islamic State', 'fighters of the Arakan Army', 'an official of the ADP': the
    group's people are the group."""
    for a in ann.actors:
        if a.kind != "agent" or a.how not in ("agent", "agent+context"):
            continue
        j = a.last + 1
        if j < len(ann.tokens) and ann.tokens[j].text in QUOTES:
            j += 1      # ('"certain politicians" of the opposition party')
        words = [ann.norm(k) for k in range(j, min(len(ann.tokens), j + 5))]
        for lead in MEMBERSHIP_LEADS:
            if words[:len(lead)] == list(lead):
                j += len(lead)      # "gunmen suspected to be members of the ESN"
                break
        if ann.norm(j) not in {"of", "from"}:
            continue
        group = next((g for g in ann.actors if g.first in (j + 1, j + 2) and g.kind == "named"
                      and len(g.code) > 3 and not is_place_like(ann, g)
                      and not ann.norm(j + 1).endswith("ing")), None)   # ("commanders of protecting La Barredora")
        # "an official of the Arab Democratic Party": the party's official, not the state's
        # ("certain politicians of the opposition party Les Transformateurs": the party's)
        official = ann.tokens[a.last].norm in PARTY_PEOPLE
        if group is not None and (code_roles(a.roles) & (ARMED_NONSTATE | {"MIL", "COP"}) or official):
            a.code, a.how = group.code, "member"


PARTY_PEOPLE = frozenset({"official", "officials", "politician", "politicians", "leader", "leaders", "member", "members",
                          "activists", "supporters", "cadres"})
MEMBERSHIP_LEADS = (("suspected", "to", "be", "members"), ("believed", "to", "be", "members"), ("said", "to", "be", "members"),
                    ("suspected", "to", "be"), ("believed", "to", "be"), ("thought", "to", "be"))
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def _spokespeople(ann: SentenceAnnotation, ctx: ArticleContext) -> None:
    """'National Police Service spokesperson Resila Onyango', 'the coalition spokesman': a
    spokesperson speaks for the body named right before, and takes its code; so does a commander
    ('Bougainville Police Service (BPS) South Bougainville commander Chief Inspector Benedict Koiri')."""
    for a in ann.actors:
        if _a_places_commander(ann, a):
            # ("... (BPS) South Bougainville commander": the dictionaries read "Bougainville commander"
            # as the country's army)
            body = _body_before(ann, a, adjacent=False)
            if body is not None:
                before, a.code, a.how = a.code, body.code, "spokesperson"
                _relearn_name(ann, ctx, a, before)
            continue
        if a.kind != "agent" or a.how not in ("agent", "agent+context") or \
                not (any(t.norm in SPOKESPEOPLE for t in ann.tokens[a.first:a.last + 1])
                     or ann.tokens[a.last].norm in COMMANDERS or _speaking_office(ann, a)):
            continue
        body = _body_before(ann, a)
        # "a spokesman for the self-proclaimed Donetsk People's Republic": the body after "for"/"of"
        after = next((b for b in ann.actors if b.kind == "named" and len(b.code) > 3 and a.last < b.first <= a.last + 5
                      and ann.norm(a.last + 1) in {"for", "of"}), None)
        if body is None and after is not None:
            body = after
        if body is None:
            body = _apposed_officer(ann, a)
        before = a.code
        if body is not None:
            a.code, a.how = body.code, "spokesperson"
        elif ann.norm(ann.prev_word(a.first)) in ctx.heads:
            a.code, a.how = ctx.heads[ann.norm(ann.prev_word(a.first))], "spokesperson"
        if a.code != before:
            _relearn_name(ann, ctx, a, before)


COMMANDERS = frozenset({"commander", "commandant"})
PRESS_WORDS = frozenset({"media", "press", "information"})
OFFICE_WORDS = frozenset({"office", "offices", "wing", "service", "department", "centre", "center", "cell"})


def _speaking_office(ann: SentenceAnnotation, a: ActorMention) -> bool:
    """'the army's media office', 'the LAAF General Command's press service': the office that
    speaks for a body, as its spokesman does."""
    return a.last > a.first and ann.tokens[a.last].norm in OFFICE_WORDS and ann.tokens[a.last - 1].norm in PRESS_WORDS
NAME_GAP = 6     # tokens of a body's name the dictionaries did not take, its acronym, a district


def _body_before(ann: SentenceAnnotation, a: ActorMention, adjacent: bool = True) -> ActorMention | None:
    """The body an officer's title follows: named within three tokens before it (when `adjacent`),
    or with only the rest of its name between."""
    return next((b for b in ann.actors if b is not a and b.code and not is_place_like(ann, b)
                 and ((adjacent and a.first - 3 <= b.last < a.first) or _capitalised_between(ann, b.last, a.first))),
                None)


def _a_places_commander(ann: SentenceAnnotation, a: ActorMention) -> bool:
    """'Bougainville commander': a place's name and an officer's title, read as one actor."""
    return a.kind == "named" and a.how == "dictionary" and \
        any(t.norm in COMMANDERS | SPOKESPEOPLE for t in ann.tokens[a.first + 1:a.last + 1])


def _capitalised_between(ann: SentenceAnnotation, last: int, first: int) -> bool:
    """'Bougainville Police [Service (BPS) South Bougainville] commander': only the rest of a name
    stands between a body and its officer."""
    gap = ann.tokens[last + 1:first]
    return 0 < len(gap) <= NAME_GAP and all(t.text in ("(", ")") or (t.norm and t.text[:1].isupper()) for t in gap)


def _relearn_name(ann: SentenceAnnotation, ctx: ArticleContext, a: ActorMention, before: str | None) -> None:
    """'NAS spokesman Suba Samuel Manase' ... 'Suba accused': the name was learned before the
    spokesman was known to speak for NAS, so its later uses follow the spokesman's new code."""
    words = [t for t in ann.tokens[a.first:a.last + 1] if t.norm and t.norm not in SPOKESPEOPLE]
    names = [t for t in words if t.text[:1].isupper()]
    keys = {" ".join(t.norm for t in names)} | {t.norm for t in names}
    for key in keys:
        if key and ctx.aliases.get(key) == before:
            ctx.aliases[key] = a.code


def _apposed_officer(ann: SentenceAnnotation, a: ActorMention) -> ActorMention | None:
    """'Lt. Col. Dante P. Alvarado, JTF Central spokesperson,': the spokesperson is the officer
    the apposition describes."""
    k = a.first - 1
    while k >= 0 and ann.tokens[k].text[:1].isupper():
        k -= 1       # "JTF Central": a body the dictionaries do not know
    if k < 1 or ann.tokens[k].text != ",":
        return None
    j = k - 1
    while j >= 0 and (ann.tokens[j].text[:1].isupper() or ann.tokens[j].text == "."):
        j -= 1       # "Dante P. Alvarado": the officer's name
    return next((b for b in ann.actors if b.code and b.kind == "agent" and j < b.last < k and b.roles != "MED"), None)


INTERNATIONAL_PREFIXES = frozenset({"IGO", "NGO", "IMG", "INT", "MNC", "NGM", "UIS"})
SIZEABLE_PLACE = 20_000
PROMINENT_PLACE = 100_000


# "ZAPORIZHZHIA, Ukraine — Russian drones struck ...": the dateline outweighs the attacker's
# nationality in the lead, though not a place the lead names ("in Somalia" counts six)
DATELINE_WEIGHT = 3


def redefined_acronyms(annotations: list[SentenceAnnotation]) -> set[str]:
    """Acronyms the article defines as something else than the dictionary does ("PDF")."""
    return {r for ann in annotations for r in ann.redefined}


def tells_country(ann: SentenceAnnotation, a: ActorMention, redefined: set[str]) -> bool:
    """A named actor that tells a country: not an international body, not a redefined acronym."""
    return a.kind == "named" and bool(a.code) and a.code[:3] not in INTERNATIONAL_PREFIXES \
        and not (a.first == a.last and ann.tokens[a.first].norm in redefined)


LEAD_WEIGHT = 3


def dominant_country(annotations: list[SentenceAnnotation], dateline: SentenceAnnotation | None = None,
                     headline: SentenceAnnotation | None = None) -> str | None:
    """The story's country: where the text says things happen ('in eastern Ukraine', 'in Rafah'),
    then whose actors it names; the lead counts three times, and so does the dateline
    ("N'Djamena, 21 July" is often a regional hub, so a place the lead names outweighs it).
    The places a headline says things happen in count as the lead's ("Karamoja: Raiders kill
    herders in Kotido", though the key points open on the neighbour the raiders came from); its
    actors and other places do not, as a headline names both sides ("Russian drones kill two in
    Ukraine's Nizhyn; Moscow says Kyiv hit Voronezh fuel depot")."""
    # (not a country named only by an acronym: "Colonel PNP Edwin Saavedra" is Peru's police, not
    # the Philippines', in a story whose places are all Peru's)
    actor_countries = {a.code[:3] for ann in annotations for a in ann.actors if a.kind == "named" and a.code
                       and a.code[:3] not in INTERNATIONAL_PREFIXES and not _only_an_acronym(ann, a)}
    score: Counter = Counter()
    dated_in: set[str] = set()      # the countries the dateline names
    if dateline is not None:
        # "SANTA CRUZ, Bolivia": the country the dateline names says which Santa Cruz it is
        named_in = {a.code[:3] for a in dateline.actors if a.kind == "named" and a.code[:3] not in INTERNATIONAL_PREFIXES}
        dated_in = named_in or {p.candidates[0].country for p in dateline.places if p.candidates}
        for code in sorted(dated_in):       # (sorted: the same tie-break in every process)
            score[code] += DATELINE_WEIGHT
    redefined = redefined_acronyms(annotations)
    read = [(headline, LEAD_WEIGHT)] if headline is not None else []
    read += [(ann, LEAD_WEIGHT if i == 0 else 1) for i, ann in enumerate(annotations)]
    for ann, weight in read:
        actors = [] if ann is headline else ann.actors      # (a headline's actors name both sides)
        for a in actors:
            if not tells_country(ann, a, redefined):
                continue
            # armed groups cross borders (Boko Haram in Chad): they say less about where the story is
            share = 2 if is_place_like(ann, a) else 0.5 if code_roles(a.code[3:]) & ARMED_NONSTATE else 1
            score[a.code[:3]] += share * weight
        for p in ann.places:
            if not p.candidates:
                continue
            known = [c for c in p.candidates if c.country in actor_countries]
            if not p.after_preposition:
                # "Jos", "Kharkiv" named without "in": a big city of a country the article names
                # (not in a headline: "Moscow says Kyiv hit Voronezh fuel depot")
                if known and known[0].population >= PROMINENT_PLACE and ann is not headline:
                    score[known[0].country] += weight
                continue
            best = (known or p.candidates)[0]
            # a place in a country the article never names ("Kuki" is also a Japanese town)
            # counts for less than one in a country it does
            if known:
                score[best.country] += 2 * weight
            elif _plainly_a_place(ann, p) and best.population >= SIZEABLE_PLACE:
                # ("MANILA — ... attacked a patrol in Samar": Ukraine's Samar, in a country the
                # article never names, counts for less when the dateline names another)
                score[best.country] += (1 if dated_in and best.country not in dated_in else 2) * weight
            elif not actor_countries and (best.population >= SIZEABLE_PLACE or p.last > p.first):
                score[best.country] += weight
    _place_cluster(annotations, score)
    return score.most_common(1)[0][0] if score else None


PLACE_CLUSTER = 3     # distinct place names in one country (a name shared by n countries counts 1/n)


def _place_cluster(annotations: list[SentenceAnnotation], score: Counter) -> None:
    """'Sullana', 'Ayabaca', 'Piura', 'Suyo': many distinct places that all lie in one country say
    where the story is, though one of them (Suyo) is also a Philippine town and no actor names
    Peru. Each such place counts once more for that country (a shared name, a share of once)."""
    places = {p.text.lower(): {c.country for c in p.candidates} for ann in annotations for p in ann.places}
    support: Counter = Counter()
    for countries in places.values():
        for country in countries:
            support[country] += 1 / len(countries)     # ("Georgetown" is in eleven countries: it says little)
    for country, n in support.items():
        if n >= PLACE_CLUSTER and not score[country]:
            score[country] += n     # (only where nothing else told the country: a tie-break it is not)


def reread_shared_city_names(annotations: list[SentenceAnnotation], neighbours: dict[str, frozenset[str]]) -> None:
    """'Tripoli' is Libya's capital and Lebanon's second city: the dictionary reads it as Libya.
    Where the article names no Libyan actor but names Syria, which borders Lebanon and not Libya,
    every 'Tripoli' ('Tripoli MPs' too) is Lebanon's, as a reader would take it."""
    shared = {(p.text, a.code[:3]): p for ann in annotations for a in ann.actors if a.kind == "named" and a.code
              for p in ann.places if p.first == a.first and _shared_name(p, a.code[:3])}
    if not shared:
        return
    named = [a for ann in annotations for a in ann.actors if a.kind == "named" and a.code
             and a.code[:3] not in INTERNATIONAL_PREFIXES]
    for (name, country), p in shared.items():
        mentions = [a for a in named if a.code[:3] == country and a.text.startswith(name)]
        if len(mentions) < sum(a.code[:3] == country for a in named):
            continue        # the article names Libya otherwise too ("Libyan forces")
        others = {a.code[:3] for a in named} - {country}
        if neighbours.get(country, frozenset()) & others:
            continue
        elsewhere = [c.country for c in p.candidates if c.population >= SIZEABLE_PLACE and c.country != country]
        reading = next((c for c in elsewhere if c in others), None) \
            or next((c for c in elsewhere if neighbours.get(c, frozenset()) & others), None)
        for a in mentions if reading else ():
            a.code = reading + a.code[3:]


def _shared_name(p, country: str) -> bool:
    """A city name the dictionary gives one country that is also a sizeable city of another."""
    return any(c.country == country for c in p.candidates) and any(
        c.country != country and c.population >= SIZEABLE_PLACE for c in p.candidates)


# capitalised only because they open the sentence: "On Tuesday, ...", "In Gaza, ..."
SENTENCE_OPENERS = frozenset({"on", "in", "at", "by", "after", "before", "during", "since", "from", "with", "when",
                              "while", "but", "and", "meanwhile", "earlier", "later"})


def _plainly_a_place(ann: SentenceAnnotation, p) -> bool:
    """'in Kherson', 'the city of Kherson': said of a place, not a name that merely matches one."""
    j = ann.prev_word(p.first)
    if ann.norm(j) in {"in", "near", "outside"}:
        return True
    if ann.norm(ann.next_word(p.last)) in PLACE_DIVISIONS:
        return True      # "Katsina State", "Tsafe LGA": a division named as such
    return ann.norm(j) == "of" and ann.norm(ann.prev_word(j)) in {"city", "town", "village", "province", "district",
                                                                "region", "outskirts", "port", "capital"}


PLACE_DIVISIONS = frozenset({"state", "province", "region", "governorate", "oblast", "district", "county", "prefecture",
                             "lga", "municipality", "department"})


# --------------------------------------------------------------------------- article context

def _name_runs(ann: SentenceAnnotation) -> list[tuple[int, int]]:
    """Runs of capitalised words and acronyms that no dictionary matched: candidate names."""
    taken = {i for a in ann.actors for i in range(a.first, a.last + 1)}
    taken |= {i for p in ann.places for i in range(p.first, p.last + 1)}
    # "the Defence of the People of Azawad": a capitalised common noun inside a longer name
    inner = {i for a in ann.actors if a.kind == "agent" and ann.tokens[a.first].text[:1].isupper()
             and ann.norm(ann.prev_word(a.first)) in NAME_JOINERS for i in range(a.first, a.last + 1)}
    runs, run = [], []
    for i, tok in enumerate(ann.tokens):
        inside = i in inner and run and ann.norm(ann.prev_word(i)) in NAME_JOINERS
        if tok.norm and (i not in taken or inside) and (tok.text[:1].isupper() or _opens_numbered_name(ann, i, run)):
            run.append(i)
            continue
        if run and i not in taken and _joins_name(ann, i, taken):
            continue      # "Framework for the Defence of the People of Azawad", "CSP-DPA"
        if run:
            runs.append((run[0], run[-1]))
            run = []
    if run:
        runs.append((run[0], run[-1]))
    return runs


NAME_JOINERS = frozenset({"of", "for", "the", "al", "el", "de", "du", "des", "la"})


def _joins_name(ann: SentenceAnnotation, i: int, taken: set[int]) -> bool:
    """A lower-case word or hyphen inside a name, followed by more of the name."""
    tok = ann.tokens[i]
    if tok.text not in {"-", "–"} and tok.norm not in NAME_JOINERS:
        return False
    if tok.norm == "the" and ann.norm(i - 1) not in NAME_JOINERS:
        return False      # "of the People" joins; "On Monday the AA" does not
    j = i + 1
    while j < len(ann.tokens) and ann.tokens[j].norm in NAME_JOINERS and j not in taken:
        j += 1
    named = {k for a in ann.actors if a.kind != "agent" for k in range(a.first, a.last + 1)}
    return j < len(ann.tokens) and j not in named and ann.tokens[j].text[:1].isupper() and bool(ann.tokens[j].norm)


ARMED_NAME_WORDS = frozenset({"liberation", "armed", "army", "islamic", "jihad", "resistance", "revolutionary",
                              "salvation", "patriotic"})


def _opens_numbered_name(ann: SentenceAnnotation, i: int, run: list[int]) -> bool:
    """'444 Brigade', '33rd Front', '5th Infantry Division': a number opening a unit's name."""
    text = ann.tokens[i].text
    return not run and text[:1].isdigit() and ann.tokens[i].norm.rstrip("stndrh").isdigit() \
        and i + 1 < len(ann.tokens) and ann.tokens[i + 1].text[:1].isupper()


def _unknown_organisations(ann: SentenceAnnotation, ctx: ArticleContext, lex) -> None:
    """Organisations the dictionaries lack, named in full ('the Kenya National Commission on
    Human Rights', 'the Bangladesh Nationalist Party'): coded by their country (a country named
    right before or inside the name, else the story's) and the role their head word gives."""
    heads = lex.lexicon.references.organisation_heads
    day_words = lex.time_words | TIME_MODIFIERS
    for first, last in _name_runs(ann):
        if ann.tokens[first].norm in {"the", "a", "an"} | SENTENCE_OPENERS:
            first += 1       # "The Commission said", "On Tuesday, ...": not part of a name
            if first > last:
                continue
        if all(ann.tokens[i].norm in day_words for i in range(first, last + 1) if ann.tokens[i].norm):
            continue     # "On Tuesday, an air strike hit a school", "Last Friday, a junta drone ...": a day, not a body
        of_country = _of_country(ann, last)
        if of_country is not None and last > first:
            # "the Global New Light of Myanmar", "the National Unity Platform of Uganda"
            _add_organisation(ann, ctx, first, of_country.last, of_country.code)
            continue
        apposed = _apposition_after(ann, last)
        if apposed is not None and apposed.kind == "agent" and apposed.code and apposed.code[3:] not in ("CVL", "PPL") \
                and (last > first or _acronym_after(ann, last)) and ann.norm(apposed.first - 1) != "former":
            # "the Strategic Framework for the Defence of the People of Azawad (CSP-DPA), a coalition
            # of mainly Tuareg armed groups": what the apposition says the body is
            _add_organisation(ann, ctx, first, last, apposed.code)
            if _learn_person(ann, ctx, first, last, apposed):
                ann.actors[-1].person = True
            continue
        end = _organisation_end(ann, first, last, heads)
        if end is None or ann.tokens[first].text.isupper() and end == first:
            continue
        head = ann.tokens[end].norm
        if end < last and _acronym_after(ann, last):
            end = last       # "the National Front for the Defence of the Constitution (FNDC)": the whole name
        words = [t.norm for t in ann.tokens[first:end + 1] if t.norm]
        if ctx.aliases.get(" ".join(words)):
            continue
        if end == first and ann.tokens[end].norm in heads:
            # "the Commission" after "the Ethiopian Human Rights Commission": told before
            code = ctx.heads.get(ann.tokens[end].norm)
            if code:
                tok = ann.tokens[end]
                ann.actors.append(ActorMention(end, end, tok.start, tok.end, tok.text, code, "named", how="coreference"))
            continue
        group = next((a for a in ann.actors if a.last == first - 1 and a.kind == "named" and len(a.code) > 3
                      and a.code[:3] not in {"IGO", "NGO"}), None)
        if group is not None:
            # "the Amhara Fano National Force": a body of the group named first, not a new one
            group.last, group.end = end, ann.tokens[end].end
            group.text = " ".join(t.text for t in ann.tokens[group.first:end + 1])
            continue
        owner = _armed_owner(ann, first) if head in UNIT_HEADS | ARMED_UNIT_HEADS else None
        if owner is not None:
            # "the NPA's Leonardo Panaligan Command": a unit of the group named before it
            _add_organisation(ann, ctx, first, end, owner.code)
            continue
        intl = next((a for a in ann.actors if a.last in (first - 1, first - 2) and a.kind == "named"
                     and a.code[:3] in {"IGO", "NGO"}), None)
        if intl is not None:
            # "the U.N. Support Mission in Libya": a body of the international organisation named before it
            _add_organisation(ann, ctx, intl.first, end, intl.code)
            continue
        # "the Kenyan Ministry of Interior", "The Emirati Foreign Ministry": the country named first
        before = next((a for a in ann.actors if a.kind == "named" and len(a.code) == 3
                       and (a.last == first - 1 or a.first == first and a.last < end)), None)
        country = before.code if before is not None else ctx.country
        if not country:
            continue
        role = heads.get(head, "")
        parent = _parent_body(ann, end) if head in UNIT_HEADS else None
        if parent is not None:
            # "the General Command of the Republic of Mozambique Police": a unit of the body after "of"
            country, role = parent.code[:3], parent.code[3:]
        if head == "front" and not set(words) & ARMED_NAME_WORDS:
            role = "OPP"     # "the National Front for the Defence of the Constitution": a civic front
        elif head == "front":
            role = "REB"     # "... Liberation Front", "Islamic Front": an armed movement
        start_tok = before.first if before is not None else first
        if role == "" and head in STATE_BODY_HEADS and words[0] == "national":
            role = "GOV"     # "the National Migration Institute", "the National Electoral Commission": state bodies
        if role == "" and ann.norm(ann.prev_word(start_tok)) == "opposition":
            role = "OPP"     # "the opposition Collective for Democratic Change (CCD)"
        if "rights" in words and (role in ("", "GOV") or (_human_rights(words) and head != "party")):
            # "the Darfur Rights Monitor", "the Kenya National Commission on Human Rights", "the
            # Togolese League of Human Rights" (a league of rights defenders, not a party)
            role = "HRI"

        if before is not None:
            ann.actors.remove(before)
        tok_a, tok_b = ann.tokens[start_tok], ann.tokens[end]
        name = " ".join(t.text for t in ann.tokens[start_tok:end + 1])
        ann.actors.append(ActorMention(start_tok, end, tok_a.start, tok_b.end, name, country + role, "named",
                                       how="organisation"))
        ctx.aliases.setdefault(" ".join(words), country + role)
        ctx.heads.setdefault(ann.tokens[end].norm, country + role)
    ann.actors.sort(key=lambda a: a.first)
    _bodies_named_by_their_members(ann, ctx, heads)


ARMED_UNIT_HEADS = frozenset({"force", "forces", "brigade", "battalion", "front"})


def _armed_owner(ann: SentenceAnnotation, first: int) -> ActorMention | None:
    """The armed group or state force whose possessive stands right before a name ('the ELN's ...')."""
    if first < 2 or ann.tokens[first - 1].text not in POSSESSIVE_MARKS:
        return None
    owner = next((a for a in ann.actors if a.kind == "named" and len(a.code) > 3 and a.last == first - 2), None)
    if owner is None or not (_armed_roles(owner.code) or code_roles(owner.code[3:]) & {"MIL", "COP"}):
        return None
    return owner


# heads of the bodies a state names "National ...", where an unknown one is a state agency
STATE_BODY_HEADS = frozenset({"institute", "commission", "centre", "center"})
# head words that name a unit of a larger body ("the General Command of the ... Police")
UNIT_HEADS = frozenset({"command", "headquarters", "directorate", "department", "office", "secretariat", "division",
                        "bureau", "unit", "wing", "branch"})


def _parent_body(ann: SentenceAnnotation, end: int) -> ActorMention | None:
    """The coded body a unit's name goes on to name after 'of' ('... Command of the Republic of
    Mozambique Police'), within a few words."""
    j = ann.next_word(end)
    if ann.norm(j) != "of":
        return None
    return next((a for a in ann.actors if a.kind == "named" and len(a.code) > 3 and j < a.first <= j + 6), None)


def _bodies_named_by_their_members(ann: SentenceAnnotation, ctx: ArticleContext, heads: dict[str, str]) -> None:
    """'Sudan's army-led Sovereign Council', 'the Pataz Artisanal Miners' Federation': the actor is
    coded from the words before the head, so 'the council' or 'the federation' later is that actor."""
    for a in ann.actors:
        nxt = ann.next_word(a.last)
        if a.code and not a.person and a.kind != "pronoun" and nxt < len(ann.tokens) \
                and ann.tokens[nxt].text[:1].isupper() and ann.tokens[nxt].norm in heads \
                and not any(b.first <= nxt <= b.last for b in ann.actors):
            ctx.heads.setdefault(ann.tokens[nxt].norm, a.code)


def _human_rights(words: list[str]) -> bool:
    return any(a == "human" and b == "rights" for a, b in zip(words, words[1:]))


def _definite_heads(ann: SentenceAnnotation, ctx: ArticleContext) -> None:
    """'the 444 Brigade' ... 'an account the brigade denied': 'the' + the head noun of an
    organisation named before is that organisation."""
    taken = {i for a in ann.actors for i in range(a.first, a.last + 1)}
    for i, tok in enumerate(ann.tokens):
        if i in taken or tok.text[:1].isupper() or ann.norm(ann.prev_word(i)) != "the":
            continue
        code = ctx.heads.get(tok.norm)
        if code is None and tok.norm in BODY_WORDS:
            # "Amnesty International said ... The organization accused ...": the body named last
            kinds = BODY_WORDS[tok.norm]
            code = next((c for c in reversed(ctx.named) if c[:3] in kinds or kinds & code_roles(c[3:])), None)
        if code:
            ann.actors.append(ActorMention(i, i, tok.start, tok.end, tok.text, code, "named", how="coreference"))
    _short_names(ann, ctx, taken)
    ann.actors.sort(key=lambda a: a.first)


SHORT_NAME_FOLLOWERS = frozenset({"said", "says", "also", "has", "have", "had", "was", "were", "is", "are", "will",
                                  "would", "of", "for", "to", "in", "on", "at", "with", "from", "by", "and", "which",
                                  "who", "itself", "then", "later", "however"})


def _short_names(ann: SentenceAnnotation, ctx: ArticleContext, taken: set[int]) -> None:
    """'the Hadrami Elite Forces' ... 'The Elite also accused the alliance': the word before the
    head of a name told before, capitalised after 'the', is that body's short name."""
    places = {i for p in ann.places for i in range(p.first, p.last + 1)}
    for i, tok in enumerate(ann.tokens):
        code = ctx.modifiers.get(tok.norm)
        if code is None or i in taken or i in places or not tok.text[:1].isupper() \
                or ann.norm(ann.prev_word(i)) != "the":
            continue
        nxt = ann.next_word(i)
        after = ann.tokens[i + 1].text if i + 1 < len(ann.tokens) else "."
        if after in {",", ".", ";", ":"} or (nxt < len(ann.tokens) and ann.tokens[nxt].text.islower() and (
                ann.norm(nxt) in SHORT_NAME_FOLLOWERS or ann.norm(nxt).endswith(("ed", "ly")))):
            ann.actors.append(ActorMention(i, i, tok.start, tok.end, tok.text, code, "named", how="coreference"))


BODY_WORDS = {"organisation": {"NGO", "HRI"}, "organization": {"NGO", "HRI"}, "watchdog": {"NGO", "HRI"},
              "mission": {"IGO"}, "body": {"IGO"}}


def _of_country(ann: SentenceAnnotation, last: int) -> ActorMention | None:
    """The country in 'NAME of COUNTRY' right after a run of capitalised words."""
    if ann.norm(last + 1) != "of":
        return None
    return next((a for a in ann.actors if a.first == last + 2 and a.kind == "named" and len(a.code) == 3), None)


def _add_organisation(ann: SentenceAnnotation, ctx: ArticleContext, first: int, end: int, code: str) -> None:
    inside = [a for a in ann.actors if first <= a.first and a.last <= end]
    for a in inside:
        ann.actors.remove(a)
    tok_a, tok_b = ann.tokens[first], ann.tokens[end]
    name = " ".join(t.text for t in ann.tokens[first:end + 1])
    ann.actors.append(ActorMention(first, end, tok_a.start, tok_b.end, name, code, "named", how="organisation"))
    ctx.aliases.setdefault(" ".join(t.norm for t in ann.tokens[first:end + 1] if t.norm), code)


def _organisation_end(ann: SentenceAnnotation, first: int, last: int, heads: dict[str, str]) -> int | None:
    """The token that ends an organisation's name in a run of capitalised words: the last head
    word, possibly followed by 'of/on/for X' ('Commission on Human Rights')."""
    ends = [i for i in range(first, last + 1) if ann.tokens[i].norm in heads and ann.tokens[i].text[:1].isupper()]
    if ends and not (first == ends[-1] and first == 0):
        return ends[-1]
    # "Tabital Pulaaku, a Fulani association, ...": the apposition says what the name is
    j = last + 1
    if j + 1 < len(ann.tokens) and ann.tokens[j].text == "," and ann.norm(j + 1) in {"a", "an", "the"}:
        for k in range(j + 2, min(len(ann.tokens), j + 8)):
            if ann.tokens[k].text in {",", ".", ";", "("}:
                break
            if ann.norm(k) in heads and not ann.norm(k + 1) in {"of", "for"} | PERSON_TITLES | SPOKESPEOPLE:
                return last
    return None


def _possessive_agents(ann: SentenceAnnotation, ctx: ArticleContext) -> None:
    """'Hezbollah says its fighters targeted ...', 'the coalition said its aircraft struck': the
    agent belongs to whoever 'its' refers to: the actor named last before it (else the subject
    of the sentence before)."""
    for a in ann.actors:
        word = ann.norm(ann.prev_word(a.first))
        if a.kind == "agent" and a.how in ("agent", "agent+context") and _group_possessive(ann, a):
            # "the group's media outlets": the outlets of the armed group told before
            owner = next((c for c in reversed(ctx.named) if _armed_roles(c)), None)
            if owner:
                a.code, a.how = owner, "possessive"
            continue
        if a.kind != "agent" or a.how not in ("agent", "agent+context") or word not in {"its", "their", "his", "her"}:
            continue
        person = word in {"his", "her"}       # "a police commander said ... at his men": the commander's force
        # (not an actor inside an apposition: "X, one of the factions fighting federal troops, said its ...")
        aside = embedded_tokens(ann, ann.actors, 0, a.first)
        owners = [o for o in ann.actors if o.last < a.first and o.code and o.kind in ("named", "agent")
                  and o.first not in aside
                  and o is not a and not is_place_like(ann, o)
                  and (_is_person(ann, o) if person else
                       ((o.kind == "named" or o.how == "coreference" or code_roles(o.roles) & BODY_ROLES)
                        and not o.person))]
        owner = owners[-1].code if owners else ctx.previous_subject
        if owner:
            state = code_roles(owner[3:]) & BODY_ROLES and code_roles(a.roles) & BODY_ROLES
            # "the government ... its air force": the state's air force (MIL), not the government
            # (but "the Sabha Shield Force ... its spokesman": the force's own voice)
            voice = any(ann.tokens[i].norm in SPOKESPEOPLE for i in range(a.first, a.last + 1)) and len(owner) > 3 \
                and (not owners or owners[-1].kind == "named")
            # ("the doctor ... his family": civilians of the doctor's country, not health workers)
            kin = any(ann.tokens[i].norm in KIN_WORDS for i in range(a.first, a.last + 1))
            before = a.code
            a.code = owner[:3] + a.roles if (state or kin or len(owner) == 3) and not voice else owner
            a.how = "possessive"
            if voice and a.code != before:
                # "Its spokesman, Ahmat Kellei Ouchar, ..." ... "Ouchar said": the name speaks for the owner too
                _relearn_name(ann, ctx, a, before)


KIN_WORDS = frozenset({"family", "families", "relatives", "relative", "parents", "wife", "wives", "widow", "widows",
                       "husband", "son", "sons", "daughter", "daughters", "father", "mother", "brother", "brothers",
                       "sister", "sisters", "uncle", "aunt", "cousin", "nephew", "niece", "grandfather",
                       "grandmother", "grandson", "granddaughter"})


BODY_ROLES = STATE_FORCE_ROLES    # "the government denied that its air force ..."


def _group_possessive(ann: SentenceAnnotation, a: ActorMention) -> bool:
    """'the group's', 'the militants'': a possessive definite description before the agent."""
    j = a.first - 1
    if j < 1 or ann.tokens[j].text not in POSSESSIVE_MARKS:
        return False
    return ann.norm(j - 1) in GROUP_WORDS and ann.norm(ann.prev_word(j - 1)) == "the"


GROUP_WORDS = frozenset({"group", "militants", "jihadists", "rebels", "insurgents", "militia", "movement", "organisation",
                         "organization", "faction"})


PERSON_TITLES = frozenset({"commander", "spokesman", "spokeswoman", "spokesperson", "chief", "minister", "officer",
                           "general", "leader", "president", "governor", "official", "colonel", "captain", "head",
                           "col", "gen", "maj", "capt", "lt", "brig", "cpl", "sgt",      # "army commander Col. X"
                           # "the commissioner of Aweil North County, Dut Garang Wol, says ... He accused"
                           "commissioner", "mayor", "chairman", "chairwoman", "chairperson", "director", "secretary",
                           "prefect", "administrator", "ambassador", "envoy", "senator", "lawmaker", "prosecutor",
                           "superintendent", "inspector", "coordinator"})


def _is_person(ann: SentenceAnnotation, a: ActorMention) -> bool:
    """'the ministry's spokesman', 'OLA spokesperson Odaa Tarbii': a title, or a title and a name."""
    if a.person or ann.tokens[a.last].norm in PERSON_TITLES:
        return True
    titled = any(ann.tokens[i].norm in PERSON_TITLES for i in range(a.first, a.last))
    return titled and ann.tokens[a.last].text[:1].isupper()


def _add_alias_mentions(ann: SentenceAnnotation, ctx: ArticleContext, lex: CoderLexicon) -> None:
    """Names a reader learns from the article itself, and their later uses:
    'spokesman Robert Palladino' ... 'Palladino said'; 'the Arakan Army (AA)' ... 'the AA said';
    'Tabital Pulaaku, a Fulani association' ... 'Tabital Pulaaku accused'."""
    _learn_acronyms(ann, ctx)
    _learn_surnames(ann, ctx)
    _defined_acronyms(ann, ctx)
    for first, last in _name_runs(ann):
        if any(ann.tokens[i].norm in lex.time_words for i in range(first, last + 1)):
            continue     # "the RSF Friday": a day, not a name
        if ann.tokens[first].norm == "the" and last > first:
            first += 1       # "The CSP-DPA accused": the article is not part of the name
        name = " ".join(t.norm for t in ann.tokens[first:last + 1] if t.norm)
        # ("... of the Miyetti Allah Cattle Breeders Association of Nigeria (MACBAN), Alhaji Usman Bello
        # Dankari": the body's acronym between)
        before = [a for a in ann.actors if a.last == first - 1 or (a.last == first - 2 and ann.tokens[first - 1].text == ",")
                  or (a.last == first - 2 and ann.tokens[first - 1].text == "." and _abbreviated_title(ann, a))
                  or (a.last < first - 2 and ann.tokens[first - 1].text == "," and _acronym_end(ann, a.last) == first - 1)]
        of = _of_before(ann, before[-1].first) if before and len(before[-1].code) == 3 else None
        if of is not None:
            # "the Governor of West Darfur, Khamis Abakar": the governor's name, not the region's
            title = next((a for a in ann.actors if a.last == ann.prev_word(of) and a.kind == "agent"), None)
            before = [title] if title is not None else []
        if not before:
            # "The president of the Comite pro Santa Cruz, Romulo Saucedo, denied": the title told
            # before a body no dictionary knows
            before = _title_before_name(ann, first)
        # ("the NAF spokesperson, Air Commodore Olumide Adeyemi", "police commander Chief Inspector
        # Jacob Wape": the rank is no part of the name)
        core = first
        while before and last - core >= 2 and (ann.tokens[core].norm in RANKS or ann.tokens[core].norm in HONORIFICS):
            core += 1
        if before and before[-1].code and _words(ann, core, last) <= 3 and not ann.tokens[first].text.isupper():
            ctx.aliases.setdefault(" ".join(t.norm for t in ann.tokens[core:last + 1] if t.norm), before[-1].code)
            ctx.aliases.setdefault(ann.tokens[last].norm, before[-1].code)
            _learn_given_name(ann, ctx, core, last, before[-1].code)
            before[-1].last, before[-1].end = last, ann.tokens[last].end
            # ("the Sudan Doctors Network": a body's name goes on, it is no one's surname)
            before[-1].person = ann.tokens[last].norm not in ORGANISATION_WORDS
            continue
        apposed = _apposition_after(ann, last)
        person = _learn_person(ann, ctx, first, last, apposed) or _named_after_title(ann, ctx, first, last, lex)
        if person:
            ctx.aliases.setdefault(name, person)     # (a person opening the sentence too)
        elif apposed is not None and apposed.code and first > 0:
            ctx.aliases.setdefault(name, apposed.code)
        code = ctx.aliases.get(name) or (ctx.aliases.get(ann.tokens[last].norm) if last > first or
                                         ann.tokens[last].text.isupper() else None)
        if code and any(a.last < first <= a.last + 3 and _apposed_acronym(ann, a.last) == name for a in ann.actors):
            continue     # "the Kuki National Organisation, the KNO, ...": the name's own acronym, no second actor
        if code:
            tok_a, tok_b = ann.tokens[first], ann.tokens[last]
            text = " ".join(t.text for t in ann.tokens[first:last + 1] if t.norm)
            ann.actors.append(ActorMention(first, last, tok_a.start, tok_b.end, text, code, "named",
                                           person=not ann.tokens[first].text.isupper(), how="alias"))
    ann.actors.sort(key=lambda a: a.first)


def _defined_acronyms(ann: SentenceAnnotation, ctx: ArticleContext) -> None:
    """'the Puntland Defence Forces (PDF)' ... 'nine members of the PDF': an acronym the article
    defined means what it defined, not what the dictionary knows it as (Myanmar's PDF)."""
    for a in ann.actors:
        # ("a UPDF spokesperson": the acronym opens the mention)
        if a.kind == "named" and ann.tokens[a.first].text.isupper() and a.how == "dictionary":
            defined = ctx.aliases.get(ann.tokens[a.first].norm)
            if defined and defined != a.code and not (ann.prev_word(a.first) >= 0
                                                      and ann.tokens[a.first - 1].text == "("):
                a.code, a.how = defined, "alias"


def _learn_surnames(ann: SentenceAnnotation, ctx: ArticleContext) -> None:
    """'Evo Morales' ... 'accused Morales': a person the dictionary knows by full name is named by
    surname alone later in the article."""
    for a in ann.actors:
        # ("the group's spokesman Muhammad Khurasani" ... "Khurasani also accused": a title makes a person)
        if a.kind == "named" and _is_person(ann, a) and a.code and a.last > a.first and a.how == "dictionary":
            surname = ann.tokens[a.last]
            if surname.text[:1].isupper() and len(surname.norm) > 2:
                ctx.aliases.setdefault(surname.norm, a.code)
            titles = [i for i in range(a.first, a.last) if ann.tokens[i].norm in PERSON_TITLES]
            if titles:
                _learn_given_name(ann, ctx, titles[-1] + 1, a.last, a.code)


RANKS = frozenset({"air", "vice", "rear", "commodore", "brigadier", "major", "general", "colonel", "lieutenant",
                   "captain", "sergeant", "corporal", "admiral", "marshal", "brig", "gen", "col", "lt", "maj",
                   "capt", "sgt", "cpl", "adm",
                   # police ranks
                   "chief", "inspector", "superintendent", "assistant", "deputy", "senior", "constable",
                   "commissioner", "detective", "insp", "supt"})


# words that open a name without being anyone's given name ("Abu Mohammed al-Julani", "Dr. Aye")
NAME_OPENERS = frozenset({"abu", "umm", "al", "el", "bin", "ibn", "de", "da", "del", "van", "von", "mr", "mrs", "ms",
                          "dr", "sheikh", "haji", "imam", "mullah", "sir", "brigadier", "major", "general", "colonel",
                          "lieutenant", "captain", "sergeant", "commander", "chief", "father", "bishop", "saint"})


def _learn_given_name(ann: SentenceAnnotation, ctx: ArticleContext, first: int, last: int, code: str) -> None:
    """'OLA spokesperson Odaa Tarbii' ... 'Odaa instead accused': where names are given names
    (Ethiopia, Indonesia, South Sudan), a person is named by the first one later in the article."""
    given = ann.tokens[first]
    if last > first and given.text[:1].isupper() and not given.text.isupper() and len(given.norm) > 2 \
            and given.norm not in NAME_OPENERS and ann.tokens[first + 1].text[:1].isupper():
        ctx.aliases.setdefault(given.norm, code)


def _abbreviated_title(ann: SentenceAnnotation, a: ActorMention) -> bool:
    """'Col.', 'Brig. Gen.', 'Gov.' before a name: a one-word title the sentence splitter kept."""
    return a.kind == "agent" and a.first == a.last and len(ann.tokens[a.last].text) <= 5 \
        and ann.tokens[a.last].text[:1].isupper()


TITLE_REACH = 10


def _title_before_name(ann: SentenceAnnotation, first: int) -> list[ActorMention]:
    """A person's title ('the president of the ...', 'the head of the ...') whose phrase ends in a
    comma right before the name."""
    if first < 2 or ann.tokens[first - 1].text != ",":
        return []
    titles = [a for a in ann.actors if a.kind == "agent" and a.code and a.last < first - 1
              and first - a.last <= TITLE_REACH and ann.tokens[a.last].norm in PERSON_TITLES]
    if not titles:
        return _office_in_body(ann, first)
    title = titles[-1]
    between = ann.tokens[title.last + 1:first - 1]
    if not between or ann.norm(ann.next_word(title.last)) not in {"of", "for"}:
        return []
    # only the body's name in between: no verb, no other clause
    if any(t.text in {",", ";", ":"} or (t.norm and not t.text[:1].isupper() and t.norm not in NAME_LINKS)
           for t in between):
        return []
    return [title]


NAME_LINKS = frozenset({"of", "for", "the", "pro", "de", "del", "la", "al", "and"})


def _office_in_body(ann: SentenceAnnotation, first: int) -> list[ActorMention]:
    """'the leader of the community vigilante group in Maradun, Lawali Danjuma': an office no
    dictionary codes, held in a body it does ('in Maradun' may say where); the body's code."""
    comma = first - 1
    office = next((k for k in range(comma - 1, max(-1, comma - TITLE_REACH - 1), -1)
                   if ann.norm(k) in OFFICES and ann.norm(ann.next_word(k)) in {"of", "for"}), None)
    if office is None or any(ann.tokens[k].text in {",", ";", ":"} for k in range(office, comma)):
        return []
    bodies = [a for a in ann.actors if a.code and office < a.first and a.last < comma and a.kind in ("agent", "named")
              and not is_place_like(ann, a) and len(a.code) > 3]
    if not bodies:
        return []
    rest = [t for t in ann.tokens[bodies[-1].last + 1:comma] if t.norm]
    if rest and (rest[0].norm not in {"in", "of"} or not all(t.text[:1].isupper() for t in rest[1:])):
        return []     # only where the body is ("in Maradun") may stand between it and the name
    return [bodies[-1]]


def _words(ann: SentenceAnnotation, first: int, last: int) -> int:
    return sum(1 for t in ann.tokens[first:last + 1] if t.norm)


def _of_before(ann: SentenceAnnotation, first: int) -> int | None:
    """The 'of' in 'Governor of [West] Darfur' (or 'the police commander in South Bougainville'), if any."""
    j = ann.prev_word(first)
    if j >= 0 and ann.norm(j) in {"west", "east", "north", "south", "central", "upper", "lower", "northern",
                                  "southern", "eastern", "western"}:
        j = ann.prev_word(j)
    return j if j >= 0 and ann.norm(j) in {"of", "for", "in"} else None


ACRONYM_ROLE_CUES = {"opposition": "OPP", "party": "OPP", "rebel": "REB", "rebels": "REB", "militant": "REB",
                     "armed": "REB", "insurgent": "REB", "militia": "UAF", "separatist": "SEP", "union": "LAB",
                     "unions": "LAB", "ruling": "GOV"}


def _unknown_acronyms(ann: SentenceAnnotation, ctx: ArticleContext, lex) -> None:
    """'Main opposition MDC spokesperson ...', 'The MDC denied': an acronym no dictionary and no
    earlier definition knows is a body of the story's country; the words around it ('opposition',
    'rebel', 'party') say which kind, and the article keeps that reading."""
    if not ctx.country:
        return
    taken = {i for a in ann.actors for i in range(a.first, a.last + 1)} | \
        {i for p in ann.places for i in range(p.first, p.last + 1)}
    for i, tok in enumerate(ann.tokens):
        text = tok.text
        if i in taken or not _acronym_text(text) or tok.norm in lex.time_words:
            continue
        if ann.norm(i + 1) == "" and i + 1 < len(ann.tokens) and ann.tokens[i + 1].text == ":":
            continue     # a transcript's speaker label
        if i > 0 and ann.tokens[i - 1].text == "(":
            # "(ESN)": the definition itself, handled with its full name; but a name no one knows,
            # in another language, is what its apposition says ("the Observatoire haitien des
            # droits humains (OHDH), a Port-au-Prince based rights group")
            apposed = _apposition_after(ann, i - 2) if i + 1 < len(ann.tokens) and ann.tokens[i + 1].text == ")" else None
            if apposed is not None and apposed.kind == "agent" and apposed.code and apposed.code[3:] not in ("CVL", "PPL"):
                ctx.aliases.setdefault(tok.norm, apposed.code)
                ann.actors.append(ActorMention(i, i, tok.start, tok.end, text, apposed.code, "named", how="acronym"))
            continue
        code = ctx.aliases.get(tok.norm)
        if code is None:
            near = [ann.norm(k) for k in range(max(0, i - 2), min(len(ann.tokens), i + 2)) if k != i]
            role = next((ACRONYM_ROLE_CUES[w] for w in near if w in ACRONYM_ROLE_CUES), None)
            if role is None:
                continue     # nothing says what it is: better no actor than a wrong one
            code = ctx.country + role
            ctx.aliases[tok.norm] = code
        ann.actors.append(ActorMention(i, i, tok.start, tok.end, text, code, "named", how="acronym"))
    ann.actors.sort(key=lambda a: a.first)


def _learn_acronyms(ann: SentenceAnnotation, ctx: ArticleContext) -> None:
    """'<actor> (ACRONYM)': the acronym names that actor from here on; so does the name in
    '<actor>, known as Radaa'."""
    for a in ann.actors:
        if not a.code or a.kind == "pronoun":
            continue
        j = a.last + 1
        words = [ann.norm(k) for k in range(j, min(len(ann.tokens), j + 4))]
        if words[:3] in ([ "", "known", "as"], ["", "also", "known"]) and ann.tokens[j].text in {",", "("}:
            k = j + (3 if words[1] == "known" else 4)
            if k < len(ann.tokens) and ann.tokens[k].text[:1].isupper():
                ctx.aliases.setdefault(ann.tokens[k].norm, a.code)
                continue
        acronym = _acronym_after(ann, _office_end(ann, a.last)) or _short_name_after(ann, a.last) \
            or _acronym_inside(ann, a)
        apposed = None if acronym else _apposed_acronym(ann, a.last)
        # ("south Lebanon, UNIFIL,": a name the dictionary knows, set off by commas, is no new name
        # of the place; a definition in brackets, "(FTC)", is)
        if apposed and any(b is not a and b.kind == "named" and b.code and b.how == "dictionary" and b.first == b.last
                           and ann.tokens[b.first].norm == apposed for b in ann.actors):
            apposed = None
        acronym = acronym or apposed
        _translated_name(ann, a)
        if acronym:
            ctx.aliases.setdefault(acronym, a.code)


def _office_end(ann: SentenceAnnotation, last: int) -> int:
    """'the State Attorney General's Office (FGJES)': the office of the officer the dictionary
    knows goes by the acronym after it."""
    j = last + 1
    if j < len(ann.tokens) and ann.tokens[j].text in {"'s", "’s"}:
        j += 1
    return j if j < len(ann.tokens) and ann.norm(j) in OFFICE_HEADS and ann.tokens[j].text[:1].isupper() else last


def _translated_name(ann: SentenceAnnotation, a: ActorMention) -> None:
    """'its armed wing the People's Defence Forces (HPG)': a name whose bracketed acronym is not
    its initials is a translation of the group the acronym names (Hezen Parastina Gel), not the
    group the dictionary knows by the English words (Myanmar's PDF): the acronym's code wins."""
    if a.kind != "named" or a.last + 2 >= len(ann.tokens) or ann.tokens[a.last + 1].text != "(":
        return
    inner = next((m for m in ann.actors if m.first == a.last + 2 and m.first == m.last and m.kind == "named"
                  and m.how == "dictionary" and m.code and m.code != a.code), None)
    if inner is None or not _acronym_text(inner.text):
        return
    initials = "".join(t.text[0] for t in ann.tokens[a.first:a.last + 1]
                       if t.text[:1].isupper() and t.norm not in {"the", "of"})
    if inner.text.upper() not in initials:
        a.code, a.how = inner.code, "alias"


def _acronym_inside(ann: SentenceAnnotation, a: ActorMention) -> str | None:
    """'the National Salvation Front (NAS' or 'the National Salvation Front, NAS,': a dictionary
    name that swallowed its own acronym still defines it."""
    last = ann.tokens[a.last]
    if a.last - a.first >= 2 and ann.tokens[a.last - 1].text in {"(", ","} and _acronym_text(last.text):
        return last.norm
    # ("New People's Army (NPA) rebels": the bracketed acronym inside a longer name)
    return next((ann.tokens[k].norm for k in range(a.first + 2, a.last) if ann.tokens[k - 1].text == "("
                 and ann.tokens[k + 1].text == ")" and _acronym_text(ann.tokens[k].text)), None)


def _acronym_text(text: str) -> bool:
    """'KNO', 'HRCSL': two to six capital letters."""
    return 2 <= len(text) <= 6 and text.isupper() and text.isalpha()


def _short_name_after(ann: SentenceAnnotation, last: int) -> str | None:
    """'the Defense Ministry (Defensa)': one capitalised word in brackets is the name's short form."""
    j = last + 1
    if j + 2 >= len(ann.tokens) or ann.tokens[j].text != "(" or ann.tokens[j + 2].text != ")":
        return None
    word = ann.tokens[j + 1].text
    return ann.tokens[j + 1].norm if len(word) >= 4 and word.isalpha() and word[0].isupper() and not word.isupper() else None


def _acronym_after(ann: SentenceAnnotation, last: int) -> str | None:
    """'(HTS)', '(CSP-DPA)' right after a name: the acronym's words, as aliases are keyed."""
    j = last + 1
    if j >= len(ann.tokens) or ann.tokens[j].text != "(":
        return None
    close = next((k for k in range(j + 1, min(len(ann.tokens), j + 6)) if ann.tokens[k].text == ")"), None)
    inner = ann.tokens[j + 1:close] if close else []
    words = [t for t in inner if t.norm]
    if not words or any(t.text not in {"-", "–"} and not t.norm for t in inner) \
            or not all(t.text.isupper() or t.text[:1].isdigit() for t in words) or sum(len(t.text) for t in words) < 2:
        return None
    return " ".join(t.norm for t in words)


def _apposed_acronym(ann: SentenceAnnotation, last: int) -> str | None:
    """'the Kuki National Organisation, the KNO, issued ...': an acronym set off by commas."""
    j = last + 1
    if j >= len(ann.tokens) or ann.tokens[j].text != ",":
        return None
    k = j + 1 + (j + 1 < len(ann.tokens) and ann.tokens[j + 1].norm == "the")
    if k + 1 >= len(ann.tokens) or ann.tokens[k + 1].text != ",":
        return None
    return ann.tokens[k].norm if _acronym_text(ann.tokens[k].text) else None


def _acronym_end(ann: SentenceAnnotation, last: int) -> int:
    """The token after '(ACRONYM)' following a name, or the one after the name."""
    if _acronym_after(ann, last):
        return next(k for k in range(last + 2, len(ann.tokens)) if ann.tokens[k].text == ")") + 1
    return last + 1


ARMED_OWNER_ROLES = frozenset({"MIL", "COP", "UAF", "REB", "INS", "CRM"})


def _apposition_after(ann: SentenceAnnotation, last: int) -> ActorMention | None:
    """'X, a Fulani association', 'X (ACR), an insurgent group': the actor the apposition names."""
    j = _acronym_end(ann, last)
    if j >= len(ann.tokens) or ann.tokens[j].text != ",":
        return None
    if ann.norm(j + 1) not in {"a", "an", "the"} and not _office_of(ann, j + 1):
        return None
    stop = next((k for k in range(j + 1, len(ann.tokens)) if ann.tokens[k].text in {",", ";", "(", ")"}), len(ann.tokens))
    inside = [a for a in ann.actors if j < a.first <= min(j + 8, stop) and a.kind in ("agent", "named")]
    # "the political wing of the largest CODECO faction": the body it belongs to
    # ("spokesperson of the Army's 103rd Infantry Brigade": the army's, not a government's)
    # ("a commander of the ma'awisley clan militia": the militia's, not a soldier's)
    owner = [a for a in inside if (a.kind == "named" or a.roles in ARMED_OWNER_ROLES and a.code)
             and {"of", "for"} & {ann.norm(k) for k in range(max(j, a.first - 4), a.first)}]
    # "a Port-au-Prince based rights group": the group, not the city it is based in
    inside = [a for a in inside if not (a.kind == "named" and len(a.code) == 3)] + inside
    return (owner or inside or [None])[0]


# offices a person holds in a body ("X, secretary of the Y Forum", "X, the leader of the Y group")
OFFICES = PERSON_TITLES | {"founder", "convener", "representative", "member", "patron"}
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "comrade", "chief", "alhaji", "hon", "pastor", "sheikh", "imam",
                        "father", "rev", "barrister"})


def _office_of(ann: SentenceAnnotation, i: int) -> bool:
    """'secretary of the Shiroro Development Forum', 'general secretary of ...': an office in a body."""
    k = next((k for k in range(i, min(i + 3, len(ann.tokens))) if ann.norm(k) in OFFICES), None)
    return k is not None and ann.norm(ann.next_word(k)) in {"of", "for"}


def _named_after_title(ann: SentenceAnnotation, ctx: ArticleContext, first: int, last: int,
                       lex: CoderLexicon) -> str | None:
    """'A spokesman for the MFDC gave AFP a different account. Reached by telephone, Ansoumana
    Badji said ...': a person named for the first time as the speaker right after a sentence that
    told of someone by title alone is that someone. Returns the code learned, if any."""
    words = [t for t in ann.tokens[first:last + 1] if t.norm]
    if ctx.unnamed_title is None or not 2 <= len(words) <= 3 or ctx.aliases.get(words[-1].norm) \
            or any(t.text.isupper() or t.norm in ORGANISATION_WORDS for t in words) \
            or ann.norm(ann.next_word(last)) not in lex.speech_forms:
        return None
    ctx.aliases.setdefault(words[-1].norm, ctx.unnamed_title)
    return ctx.unnamed_title


def _learn_person(ann: SentenceAnnotation, ctx: ArticleContext, first: int, last: int,
                  apposed: ActorMention | None) -> str | None:
    """'Comrade Idris Kurebe, secretary of the Shiroro Development Forum' ... 'Kurebe accused': a
    person the article introduces with an apposition is named by surname alone later. The code
    is the one the apposition names; an office in a body no dictionary knows gives the story's
    country. Returns the code learned, if any."""
    words = [t for t in ann.tokens[first:last + 1] if t.norm]
    apposition = ann.next_word(_acronym_end(ann, last))
    titled = _office_of(ann, apposition) or _office_of(ann, ann.next_word(apposition))
    code = apposed.code if apposed is not None and apposed.code else ctx.country if _office_of(ann, apposition) else None
    if not code or not (words[0].norm in HONORIFICS or titled) or not 2 <= len(words) <= 4 \
            or any(t.text.isupper() or t.norm in ORGANISATION_WORDS or not t.text[:1].isupper() for t in words):
        return None
    surname = words[-1]
    if len(surname.norm) > 2:
        ctx.aliases.setdefault(surname.norm, code)
    return code


def _resolve_agents(ann: SentenceAnnotation, ctx: ArticleContext, criminal: CriminalGunmen | None = None,
                    local: dict[str, dict[str, str]] | None = None) -> None:
    """Give agents a country, and definite descriptions ('the militants') an antecedent."""
    for a in ann.actors:
        if a.kind == "agent" and not a.code:
            antecedent = _definite_antecedent(ann, a, ctx)
            if antecedent and len(antecedent) == 3 and a.roles and a.roles != "PPL":
                # "the Chief of Army Staff" told before (the country's): "the Army" keeps its role
                antecedent += a.roles
            if antecedent:
                a.code, a.how = antecedent, "coreference"
                continue
            country = _agent_country(ann, a, ctx)
            # unspecified people ("men", "people") in conflict news are civilians, as ACLED codes them
            roles = "CVL" if a.roles == "PPL" else a.roles
            if _head_of_unknown_body(ann, a):
                roles = ""          # a country's party or body, whichever it is: no state role
            if criminal and country in criminal.countries and a.text.lower() in criminal.nouns:
                roles = "CRM"       # "gunmen stormed a bar in Celaya": a cartel's, in Mexico
            a.code = f"{country}{roles}" if country else ""
            a.how = "agent+context" if country else "agent"
            # "settlers attacked the village" in the West Bank: Israel's settlers
            local_code = local and (_local_name(a.text, country, local) or _local_name(a.text, ctx.country, local))
            if local_code:
                a.code = local_code
    _spokespeople_by_apposition(ann)


def _spokespeople_by_apposition(ann: SentenceAnnotation) -> None:
    """'The spokesperson of the Sokola 1 operations, Lieutenant Jules Ngongo, blamed the ADF': an
    officer named in apposition says whose spokesperson it is, where the post alone does not."""
    for a in ann.actors:
        if a.kind != "agent" or ann.tokens[a.last].norm not in SPOKESPEOPLE or not a.code or a.code[3:] != "GOV":
            continue
        comma = next((i for i in range(a.last + 1, min(a.last + 9, len(ann.tokens))) if ann.tokens[i].text == ","), None)
        if comma is None:
            continue
        officer = next((b for b in ann.actors if b.first == comma + 1 and b.kind == "named"
                        and b.code[:3] == a.code[:3] and b.code[3:] in ("MIL", "COP")), None)
        if officer is not None and not any(b.first < comma and b.last > a.last and b.code for b in ann.actors):
            a.code = officer.code


BODY_HEAD_TITLES = frozenset({"president", "chairman", "chairperson", "chairwoman", "chair", "leader", "chief"})


def _head_of_unknown_body(ann: SentenceAnnotation, a: ActorMention) -> bool:
    """'SAD president Sukhbir Singh Badal': the president of a party or body the dictionaries do
    not know (an acronym no actor or place covers), not the head of state: coded by the country
    alone."""
    if a.text.lower() not in BODY_HEAD_TITLES:
        return False
    j = ann.prev_word(a.first)
    word = ann.tokens[j].text if j >= 0 else ""
    covered = any(x.first <= j <= x.last for x in ann.actors) or any(p.first <= j <= p.last for p in ann.places)
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper() and not covered


# "a man who says he speaks for the Mobondo", "a caller who identified himself as an ADF commander"
ANONYMOUS_PEOPLE = frozenset({"man", "woman", "person", "caller", "individual", "someone", "voice",
                              # "hooded men who identified themselves as members of Los Lobos denied ..."
                              "men", "women", "people", "individuals", "persons"})
SPEAKS_FOR = (("speaks", "for"), ("speaking", "for"), ("spoke", "for"), ("speaks", "on", "behalf"),
              ("presented", "himself"), ("presented", "herself"), ("identified", "himself"), ("identified", "herself"),
              ("introduced", "himself"), ("introduced", "herself"), ("described", "himself"), ("claiming", "to", "be"),
              ("said", "he", "was"), ("says", "he", "is"), ("said", "she", "was"), ("says", "she", "is"),
              ("identified", "themselves"), ("presented", "themselves"), ("introduced", "themselves"),
              ("described", "themselves"), ("said", "they", "belonged"), ("said", "they", "were"),
              ("say", "they", "are"), ("claiming", "to", "belong"), ("claimed", "to", "be"), ("claimed", "to", "belong"))
SELF_PRESENTED_REACH = 8


def _self_presented(ann: SentenceAnnotation) -> None:
    """'A man who says he speaks for the Mobondo in the area called our newsroom. He claimed the
    attack': someone unnamed who presents himself as a party's voice speaks for that party (as the
    outlet reports it), and 'he' later in the article is him."""
    for a in ann.actors:
        if a.kind != "agent" or ann.tokens[a.last].norm not in ANONYMOUS_PEOPLE:
            continue
        words = [ann.norm(k) for k in range(a.last + 1, min(len(ann.tokens), a.last + SELF_PRESENTED_REACH))]
        cue = next((k for k in range(len(words)) if any(tuple(words[k:k + len(c)]) == c for c in SPEAKS_FOR)), None)
        if cue is None:
            continue
        at = a.last + 1 + cue
        party = next((b for b in ann.actors if at < b.first <= at + SELF_PRESENTED_REACH and b.code
                      and b.kind in ("named", "agent", "pronoun") and ann.tokens[b.last].norm not in ANONYMOUS_PEOPLE
                      and roles_of(b.code) - {"CVL"}), None)
        if party is None:
            continue
        for b in ann.actors:
            if b is a or (b.kind == "pronoun" and b.person and a.last < b.first < party.first):
                b.code, b.how, b.person, b.roles = party.code, "speaks-for", True, ""     # (no longer mere "people")


def _resolve_pronouns(ann: SentenceAnnotation, ctx: ArticleContext) -> None:
    for a in ann.actors:
        if a.kind == "pronoun":
            a.code = _pronoun_antecedent(ann, a, ctx) or ""


POSSESSIVES = frozenset({"its", "their"})
PLURALS = frozenset({"they", "their", "them"})


def _pronoun_antecedent(ann: SentenceAnnotation, p: ActorMention, ctx: ArticleContext) -> str | None:
    """'he' is the last person named; 'its' the actor just named; 'they' a group of actors just
    named together ('the regime and its backer'); 'it' the subject of this sentence, or of the last."""
    before = [a for a in ann.actors if a.last < p.first]
    if p.person:
        here = [a for a in before if a.person and a.code and a.kind != "pronoun"]
        return here[-1].code if here else ctx.last_person
    earlier = [a for a in before if a.code and a.kind != "pronoun"]
    word = ann.tokens[p.first].norm
    if word == "we" and ctx.turn_speaker and not _quoted_tokens(ann):
        return ctx.turn_speaker
    if word in GROUP_NOUNS:
        # with no organisation named, the people the last sentence was about ("Thousands of
        # students marched ... the group accused the police")
        return _last_organisation(earlier, ctx) or _nonstate(ctx.previous_subject)
    if word in STATEMENT_NOUNS:
        return ctx.last_speaker or ctx.previous_subject
    if earlier and word in POSSESSIVES:
        return earlier[-1].code
    if word == "it":
        # "the same group moved south towards Litamanda, where it abducted two women": the group
        last = next((a for a in reversed(before) if not is_place_like(ann, a)), None)
        if last is not None and last.kind == "pronoun" and last.code and ann.tokens[last.first].norm in GROUP_NOUNS:
            return last.code
    if word == "them" and len(earlier) >= 2 and _partitive(ann, p.first):
        # "pursued the attackers and killed four of them": the people just named, not the subject
        return earlier[-1].code
    if word in {"it", "them"} and len(earlier) >= 2 and ann.norm(ann.prev_word(p.first)).endswith(("ing", "ed")):
        # "criticised the protest movement, accusing it of ...": the object told last, not the subject
        return earlier[-1].code
    if word in PLURALS:
        group = _last_coordination(ann, before)
        if group:
            return group
    # ("In Mexico City, CNTE teachers have camped ... and on Tuesday they blocked": not the city)
    named = [a for a in earlier if a.kind == "named" and not is_place_like(ann, a)]
    if named:
        return named[0].code
    if word in PLURALS:
        # "CNTE teachers have camped ... and they blocked": the people named in this sentence
        people = [a for a in earlier if a.kind == "agent" and ann.tokens[a.last].norm.endswith("s")]
        if people:
            return people[0].code
    return ctx.previous_subject


PARTITIVE_QUANTIFIERS = frozenset({"some", "many", "most", "several", "all", "both", "dozens", "scores", "hundreds"})


def _partitive(ann: SentenceAnnotation, i: int) -> bool:
    """'four of them', 'some of them': a part of a group told before."""
    of = ann.prev_word(i)
    if ann.norm(of) != "of":
        return False
    k = ann.prev_word(of)
    return k >= 0 and (ann.tokens[k].text.isdigit() or is_number_word(ann.norm(k)) or ann.norm(k) in PARTITIVE_QUANTIFIERS)


def _last_organisation(earlier: list[ActorMention], ctx: ArticleContext) -> str | None:
    """'the group': the last organisation named (an armed group, party, NGO), never a state
    organ, a bare country or a person."""
    here = [a.code for a in earlier if a.kind == "named" and not a.person]
    for code in list(reversed(here)) + list(reversed(ctx.named)):
        roles = code_roles(code[3:])
        # (nor the outlet the speaker talked to: "In an interview with Addis Standard, he said the group")
        if len(code) > 3 and not roles & (STATE_ORGAN_ROLES | {"MED"}):
            return code
    return None


def _nonstate(code: str | None) -> str | None:
    return code if code and len(code) > 3 and not code_roles(code[3:]) & STATE_ORGAN_ROLES else None


def _last_coordination(ann: SentenceAnnotation, earlier: list[ActorMention]) -> str | None:
    """The first actor of the last 'X and Y' pair before a plural pronoun."""
    for a, b in reversed(list(zip(earlier, earlier[1:]))):
        if joined_by_and(ann, a, b) and a.code:
            return a.code
    return None


ARMED_NONSTATE = frozenset({"REB", "INS", "UAF", "SEP", "MUS", "RAD", "IMG"})


def _definite_antecedent(ann: SentenceAnnotation, agent: ActorMention, ctx: ArticleContext) -> str | None:
    """'the jihadists', 'the group', 'the militia': the named actor of the same kind told before."""
    det = ann.prev_word(agent.first)
    if ann.norm(det) == "same":
        det = ann.prev_word(det)      # "the same armed group"
    if ann.norm(det) not in {"the", "these", "those", "this", "that"}:
        return None
    # "the Saudi-led coalition" ... "the coalition"; "Human Rights Watch" ... "the rights group"
    head = ann.tokens[agent.last].norm
    if head in ctx.heads and not (code_roles(agent.roles) & ARMED_NONSTATE and not _armed_roles(ctx.heads[head])):
        told = ctx.heads[head]
        if agent.last > agent.first and agent.roles == "MIL" and "MIL" not in code_roles(told[3:]) and told[:3].isalpha():
            # "the government spokesman" ... "the military spokesman": the army's, of the same country
            return told[:3] + agent.roles
        return told
    # ("the M23 rebels" ... "the army spokesperson" ... "the rebel spokesperson": the rebels')
    if agent.last > agent.first:
        word = ann.tokens[agent.last - 1].norm
        group = ctx.heads.get(word) or ctx.heads.get(word + "s")
        if group and _armed_roles(group):
            return group
    if agent.roles == "MIL" and agent.text.lower() in ("army", "military"):
        # "the Israeli military said ... The army denied": the army named last
        armies = [c for c in reversed(ctx.named) if "MIL" in code_roles(c[3:]) and len(c) == 6]
        # the story country's own army if the article named it ("Malian soldiers" ... "the army"),
        # else the army it did name (a Gaza story: "the Israeli military" ... "the army")
        own = [c for c in armies if c[:3] == ctx.country]
        if own or armies:
            return (own or armies)[0]
    here = [a.code for a in ann.actors if a.kind == "named" and a.code and a.last < agent.first]
    if head in ATTACKER_WORDS:
        # "an attack by the AAKG militia ... when the assailants opened fire": the attackers told before
        attackers = ARMED_NONSTATE | {"CRM"}
        return next((c for c in reversed(ctx.named + here)
                     if code_roles(c[3:]) & attackers or c.startswith("IMG")), None)
    wanted = code_roles(agent.roles) & ARMED_NONSTATE
    if "paramilitar" in agent.text.lower():
        wanted = {"UAF"}     # "the paramilitary group": the RSF told before, not the army
    if not wanted:
        # ("the gang": the gang named before; "the gangs" are gangs in general)
        kind = code_roles(agent.roles) & {"HRI", "MED", "HLH", "IGO", "NGO", "UNO"}
        if "CRM" in code_roles(agent.roles) and not head.endswith("s"):
            kind |= {"CRM"}
        earlier = [c for c in reversed(ctx.named) if kind and kind & (code_roles(c[3:]) | {c[:3]})]
        return earlier[0] if earlier else None
    candidates = [c for c in reversed(ctx.named + here) if _armed_roles(c)]
    if agent.roles == "UAF" and agent.last > agent.first and ann.tokens[agent.first].norm in LOCAL_MILITIA_WORDS:
        # "a self-defence group from Boulkagou ... the leader of the self-defence group": a militia
        # of its own kind, not the jihadist group named before
        candidates = [c for c in candidates if "UAF" in code_roles(c[3:])]
        if not candidates:
            return None
    # "the jihadists" are the jihadist group told before, not the last armed group of any kind
    specific = code_roles(agent.roles) - {"REB", "INS", "UAF"}
    for code in candidates:
        if specific & _armed_roles(code):
            return code
    return candidates[0] if candidates else None


# "the self-defence group", "the vigilante group": a local militia of its own kind
LOCAL_MILITIA_WORDS = frozenset({"self", "vigilante", "vigilantes", "community", "village", "local", "tribal", "dozo",
                                 "hunters", "neighbourhood", "neighborhood", "civilian"})
ATTACKER_WORDS = frozenset({"assailant", "assailants", "attacker", "attackers", "gunman", "gunmen", "raiders"})


def last_armed_group(ctx: ArticleContext, country: str) -> str | None:
    """The non-state armed group of a country the article named last: the state's enemy when
    the state strikes 'an enemy encampment' or regains a town."""
    return next((c for c in reversed(ctx.named) if c[:3] == country and code_roles(c[3:]) & ARMED_NONSTATE), None)


def _armed_roles(code: str) -> set[str]:
    roles = code_roles(code[3:]) | ({"IMG"} if code.startswith("IMG") else set())
    return roles if roles & ARMED_NONSTATE else set()


def _foreign_media(a: ActorMention, ctx: ArticleContext) -> bool:
    return "MED" in code_roles(a.code[3:]) and ctx.country is not None and a.code[:3] != ctx.country


def _agent_country(ann: SentenceAnnotation, agent: ActorMention, ctx: ArticleContext) -> str | None:
    """State organs ("the defence ministry") belong to the state named nearby; other agents
    ("rebels", "civilians", "the regime") to the story's country."""
    if agent.owner:
        return agent.owner[:3]
    origin = _country_of_origin(ann, agent)
    if origin:
        return origin
    owner = _owner_of_sites(ann, agent)
    if owner:
        return owner
    if (ann.norm(ann.prev_word(agent.first)) in OTHER_SIDE_WORDS or ann.tokens[agent.first].norm in OTHER_SIDE_WORDS) \
            and ctx.foreign:
        return ctx.foreign     # "occupation forces", "the enemy army": not the story's own
    local = agent.text.lower() in LOCAL_AGENT_WORDS or "regime" in agent.text.lower()
    # "the transitional authorities in Ouagadougou": a capital the dictionaries code as its state
    seat = [a for a in ann.actors if a.kind == "named" and len(a.code) == 3 and ann.norm(agent.last + 1) == "in"
            and a.first == agent.last + 2 and a.code[:3] not in INTERNATIONAL_PREFIXES]
    if agent.roles[:3] in STATE_ORGAN_ROLES and seat:
        return seat[0].code
    if agent.roles[:3] in STATE_ORGAN_ROLES and not local:
        # "Khyber Pakhtunkhwa Chief Minister", "the Foreign Office in Islamabad": the place
        # that qualifies a state organ tells whose organ it is
        qualifier = [p for p in ann.places if p.candidates and (p.last == agent.first - 1 or (
            ann.norm(agent.last + 1) == "in" and p.first == agent.last + 2))]
        # (a country the article names: "Benue North-West Senator" is no South African's)
        known = [c.country for p in qualifier for c in p.candidates if c.country in ctx.countries]
        if known:
            return known[0]
        # "defence ministry spokesman X said in comments reported by TASS": a state organ named
        # in the same sentence tells whose ministry it is
        # (but not the organ the agent acts on: "the army accused Rwanda's military")
        quoted = _quoted_tokens(ann)
        organs = [a for a in ann.actors if a.kind == "named" and a.code and a is not agent
                  and (a.first in quoted) == (agent.first in quoted)    # not the army the speaker talks about
                  and a.code[:3] not in INTERNATIONAL_PREFIXES and code_roles(a.code[3:]) & STATE_FORCE_ROLES
                  and not _foreign_media(a, ctx)    # "told Xinhua": China's agency, a Burundian spokesman
                  and ((a.last < agent.first and "," not in [t.text for t in ann.tokens[a.last + 1:agent.first]])
                       or ann.norm(ann.prev_word(a.first)) in {"by", "to", "told"})]
        if organs:
            return min(organs, key=lambda a: abs(a.first - agent.first)).code[:3]
        # "In Tehran, foreign ministry spokesman X said": the capital named just before
        # ("At a weekly briefing in Islamabad on Tuesday, Foreign Office spokeswoman X said": the
        # capital, then when)
        here = [c.country for p in ann.places if p.last < agent.first and (agent.first - p.last <= 3 or (
                    agent.first - p.last <= 8 and all(_when_word(ann, k) for k in range(p.last + 1, agent.first))))
                for c in p.candidates[:1] if c.country in ctx.countries]
        if here:
            return here[-1]
        cities = [a for a in ann.actors if a.kind == "named" and len(a.code) == 3 and a.last < agent.first
                  and agent.first - a.last <= 3 and is_place_like(ann, a)]
        if cities:
            return cities[-1].code
        # "Cambodia's Ministry of National Defence denied ... Defence ministry spokeswoman X accused
        # Thailand": the same organ, named before, is that country's
        same = next((c[:3] for c in reversed(ctx.named) if len(agent.roles) > 3 and c[3:] == agent.roles
                     and c[:3] not in INTERNATIONAL_PREFIXES), None)
        if same:
            return same
    if agent.roles[:3] in VICTIM_ROLES:
        # "U.S. strikes on the Ras Isa fuel terminal north of Hodeidah killed 80 people" in a story
        # told from Israel: the people of the one country the sentence's places are in
        # (a place that could be in two of the story's countries, like Mansoura, tells nothing)
        main = {ctx.country, ctx.foreign} - {None}     # (the story's two sides, not every country it names)
        each = [{c.country for c in p.candidates if c.country in main} for p in ann.places]
        where = set().union(*each) if each and all(len(e) == 1 for e in each) else set()
        if len(where) == 1:
            return where.pop()
    if agent.roles[:3] == "MIL" and not local:
        # "the IDF said ... The military said troops had killed": in a story of a country whose
        # own army the article has not named, the troops are the army it has
        other = _only_army_named(ctx)
        if other:
            return other
    return ctx.country


RETURNING = frozenset({"returnee", "returnees", "deportee", "deportees", "repatriates"})


def _country_of_origin(ann: SentenceAnnotation, agent: ActorMention) -> str | None:
    """'Armed Turkana raiders from Kenya attacked a kraal' in a Ugandan army release: the
    country they came from is theirs."""
    if ann.norm(agent.last + 1) != "from" or ann.tokens[agent.last].norm in RETURNING:
        return None      # (but "a returnee from Rwanda" has come home)
    return next((a.code for a in ann.actors if a.kind == "named" and len(a.code) == 3 and a.first == agent.last + 2
                 and a.code[:3] not in INTERNATIONAL_PREFIXES and is_place_like(ann, a)), None)


WHEN_WORDS = frozenset({"on", "late", "early", "last", "this", "night", "morning", "evening", "afternoon", "day",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _when_word(ann: SentenceAnnotation, k: int) -> bool:
    """A word of a time expression between a place and what follows ('on Tuesday,')."""
    return not ann.tokens[k].norm or ann.norm(k) in WHEN_WORDS or ann.norm(k).isdigit()


def _owner_of_sites(ann: SentenceAnnotation, agent: ActorMention) -> str | None:
    """'artillery positions and a command post of Cambodia's 8th Infantry Division': the country
    whose positions they are."""
    if ann.norm(agent.last + 1) not in SITE_NOUNS:
        return None
    for k in range(agent.last + 2, min(len(ann.tokens), agent.last + SITE_OWNER_REACH)):
        if ann.tokens[k].text in (",", ";") or ann.norm(k) in ("in", "near", "at", "by"):
            return None
        if ann.norm(k) == "of":
            owner = next((a for a in ann.actors if a.first == ann.next_word(k) and a.kind == "named"
                          and len(a.code) == 3 and a.code not in INTERNATIONAL_PREFIXES), None)
            return owner.code if owner is not None else None
    return None


SITE_NOUNS = frozenset({"positions", "position", "posts", "post", "bases", "base", "units", "unit", "batteries",
                        "battery", "depots", "depot"})
SITE_OWNER_REACH = 9


def _only_army_named(ctx: ArticleContext) -> str | None:
    """The army the article names, when the story country's own forces have not come up at all."""
    if ctx.country in ctx.armies:
        return None
    armies = [c[:3] for c in ctx.named if "MIL" in code_roles(c[3:]) and c[:3] not in INTERNATIONAL_PREFIXES]
    return armies[-1] if armies else None


def _quoted_tokens(ann: SentenceAnnotation) -> set[int]:
    inside, out = False, set()
    for i, tok in enumerate(ann.tokens):
        if tok.text in QUOTES:
            inside = not inside if tok.text == '"' else tok.text in {"“", "«"}
        elif inside:
            out.add(i)
    return out


APPOSED_HEAD_REACH = 8
OFFICE_HEADS = frozenset({"office", "ministry", "department", "directorate", "bureau", "agency", "commission"})
GROUP_HEADS = frozenset({"coalition", "alliance", "forces", "force", "army", "militia", "front", "movement", "council"})


def _leading_adjunct_end(ann: SentenceAnnotation) -> int:
    """The comma that closes an opening prepositional phrase ('In a statement on Sunday, ...'), or -1."""
    if not ann.tokens or ann.tokens[0].norm not in LEADING_PREPOSITIONS - {"according"}:
        return -1
    return next((i for i, t in enumerate(ann.tokens[:25]) if t.text == ","), -1)


def remember(ann: SentenceAnnotation, ctx: ArticleContext) -> None:
    coded = [a for a in ann.actors if a.code and a.kind != "pronoun"]
    for a in coded:
        word = ann.tokens[a.last].norm
        if a.kind == "agent" and word in SPOKESPEOPLE and not a.code.endswith("MED"):
            ctx.heads[word] = a.code      # "an Army spokesman said" ... "the spokesman said"
        if a.kind == "agent" and a.last > a.first and word in OFFICE_HEADS and len(a.code) > 3:
            ctx.heads[word] = a.code      # "the governorate's health office said" ... "The office blamed"
        if a.kind == "named" and a.last > a.first and not a.person and (len(a.code) > 3 or a.how in ("organisation", "led") or ann.tokens[a.last].norm in GROUP_HEADS):
            head = ann.tokens[a.last].norm
            if head == "army" and not roles_of(a.code) & STATE_FORCE_ROLES:
                # "the Philippine Army ... the New People's Army (NPA) ... The Army dismissed", "the NPA
                # ... the rebels are accusing the army": a rebel army goes by its own name, the army is the state's
                continue
            ctx.heads[head] = a.code      # "the Saudi-led coalition": coalition
            before = ann.tokens[a.last - 1]
            if before.text[:1].isupper() and len(before.norm) > 3 and not any(
                    p.first <= a.last - 1 <= p.last for p in ann.places):
                ctx.modifiers.setdefault(before.norm, a.code)      # "Elite" of "Hadrami Elite Forces"
        if a.kind == "named" and a.first >= 2 and ann.tokens[a.first - 1].text == ",":
            # "The UN peacekeeping force in south Lebanon, UNIFIL, said ... the force said": the
            # description before a name in apposition gives its head noun
            head = next((ann.norm(k) for k in range(a.first - 2, max(-1, a.first - APPOSED_HEAD_REACH), -1)
                         if ann.norm(k) in GROUP_HEADS and ann.tokens[k].text.islower()
                         and "," not in [t.text for t in ann.tokens[k:a.first - 1]]), None)
            if head:
                ctx.heads[head] = a.code
    ctx.armies.update(a.code[:3] for a in coded if "MIL" in code_roles(a.code[3:]))
    if coded:
        # ('"No hospital was targeted," the statement said. It accused ...': "it" is not the
        # hospital of the quotation; a quotation's words are someone's speech, not the subject)
        quoted = _quoted_tokens(ann)
        unquoted = [a for a in coded if a.first not in quoted]
        # ("In a message sent to the media on Sunday, the URDPC rejected ... It accused": the
        # subject after the opening adjunct, not a name inside it)
        opening = _leading_adjunct_end(ann)
        unquoted = [a for a in unquoted if a.first > opening] + [a for a in unquoted if a.first <= opening]
        if unquoted:
            ctx.previous_subject = unquoted[0].code
        elif ann.tokens[0].text not in QUOTES:
            ctx.previous_subject = coded[0].code
        ctx.named.extend(a.code for a in coded if a.kind == "named")
    persons = [a for a in coded if _is_person(ann, a)]      # "the ministry's spokesman said ... He denied"
    if persons:
        # "Al-Eryani accused the Iranian regime of ... He criticised": the subject, named first
        ctx.last_person = persons[0].code
