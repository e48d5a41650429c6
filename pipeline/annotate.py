"""Spans in one sentence: actor mentions (named actors, agents, pronouns), places and
event triggers, each located by token index and character offsets.

Actor mentions are built from dictionary matches the way a reader groups words:
"Russia's defence ministry" is one mention (RUS + GOV), "US-backed fighters" is fighters
backed by the US (the US is a modifier, not the actor), "anti-government protesters" are
protesters, not the government.
"""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field, replace

from pipeline.codes import code_roles
from pipeline.gazetteer import Gazetteer, GeoPlace
from pipeline.ingest import DATED_ENTRY
from pipeline.lexicon import ActorName, CoderLexicon, TriggerRef
from pipeline.text import Token, normalise, tokenize

# words that turn a preceding actor into a modifier of the following noun ("US-backed")
SPONSOR_WORDS = frozenset({"backed", "supported", "allied", "sponsored", "funded", "armed", "trained",
                           "aligned", "affiliated", "linked", "friendly", "leaning", "based", "born",
                           "held", "controlled", "occupied", "run", "besieged", "administered",
                           "flagged", "registered", "owned", "operated", "bound", "made", "built", "designed"})
OPPOSED_WORDS = frozenset({"anti"})     # "anti-government protesters"
# "Taliban-run defence ministry", "Houthi-controlled authorities": the modifier owns the agent
OWNERSHIP_WORDS = frozenset({"run", "controlled", "administered", "operated", "owned", "dominated", "held"})
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "group", "its": "group",
            "their": "group", "them": "group", "his": "person", "her": "person", "we": "group"}
ROLE_CODES = 3
LOCATIVE_BEFORE = frozenset({"in", "near", "from", "across", "eastern", "western", "northern",
                             "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern"})
# words before an ambiguous form that make it a verb ("to strike", "they attack") or a noun ("the strikes")
VERB_CUES = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "shall", "did", "does", "do",
                       "not", "also", "they", "we", "he", "she", "it", "who", "which", "that", "then", "reportedly",
                       "allegedly", "repeatedly", "again", "later", "had", "has", "have", "was", "were", "is", "are",
                       "been", "be", "being", "i", "you"})
# "three days of rioting", "a wave of killings": a gerund after a span is a noun of events
SPAN_NOUNS = frozenset({"day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "hours",
                        "wave", "spate", "series", "campaign", "weekend", "decade", "decades"})
AUXILIARY_AFTER_NOUN = frozenset({"were", "was", "are", "is", "have", "has", "had", "of"})
# a word in -s right after one of these is a plural noun, never "he disputes" ("killed in disputes over land")
PREPOSITIONS_BEFORE_NOUNS = frozenset({"in", "over", "amid", "during", "from", "with", "without", "among", "between",
                                       "into", "about", "despite", "through"})
DEMONSTRATIVE_AFTER = frozenset({"in", "during", "after", "since", "before", "of", "for", "from", "by", "with", "to",
                                 "on", "at", "about", "like"})
NOUN_CUES = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                       "new", "fresh", "further", "more", "latest", "recent", "deadly", "alleged", "suspected",
                       "separate", "major", "massive", "first", "second", "last", "any", "no", "of", "such",
                       "several", "two", "three", "multiple", "repeated", "overnight", "late", "early",
                       # adjectives of targets: "choosing civilian targets" is a noun, no one "targets"
                       "civilian", "legitimate", "strategic", "soft", "residential"})


@dataclass
class ActorMention:
    first: int                 # token indices, inclusive
    last: int
    start: int                 # character offsets in the article text
    end: int
    text: str
    code: str                  # '' until resolved (agents and pronouns get a country from context)
    kind: str                  # named | agent | pronoun
    roles: str = ""            # role codes an agent adds ("MIL"), for composing with a country
    person: bool = False
    how: str = "dictionary"
    owner: str = ""            # "Taliban-run defence ministry": the actor that runs this agent


@dataclass
class PlaceMention:
    first: int
    last: int
    text: str
    candidates: list[GeoPlace]
    after_preposition: bool
    origin: bool = False      # "fired from Idlib": where an attack came from, not where it struck


@dataclass
class TriggerMention:
    first: int
    last: int
    ref: TriggerRef
    text: str
    start: int
    end: int


@dataclass
class SentenceAnnotation:
    tokens: list[Token]
    words: list[int]                         # token index of each word token
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    triggers: list[TriggerMention] = field(default_factory=list)
    redefined: set[str] = field(default_factory=set)    # acronyms the sentence defines otherwise than the dictionary

    _cue_cache: dict = field(default_factory=dict)

    def norm(self, i: int) -> str:
        return self.tokens[i].norm if 0 <= i < len(self.tokens) else ""

    def prev_word(self, i: int) -> int:
        """Index of the word before token i, punctuation skipped (-1 when there is none)."""
        j = i - 1
        while j >= 0 and not self.tokens[j].norm:
            j -= 1
        return j

    def next_word(self, i: int) -> int:
        """Index of the word after token i, punctuation skipped (len(tokens) when there is none)."""
        j = i + 1
        while j < len(self.tokens) and not self.tokens[j].norm:
            j += 1
        return j

    def cues(self, matcher) -> list[tuple[int, int, object]]:
        """Matches of a cue matcher over the whole sentence as (first, last token, value),
        computed once per sentence and matcher (window checks then only filter them)."""
        key = id(matcher)
        if key not in self._cue_cache:
            words = [self.tokens[i] for i in self.words]
            self._cue_cache[key] = [(self.words[m.first], self.words[m.last], m.value[0])
                                    for m in matcher.find_all(words)
                                    if not self._is_month_may(m.first, m.last) and not self._is_acronym(m.first, m.last)]
        return self._cue_cache[key]

    def _is_acronym(self, first: int, last: int) -> bool:
        """'the Christian Association of Nigeria (CAN) condemned': a body's initials, never the modal
        (unless the whole sentence is in capitals, as a headline may be)."""
        text = self.tokens[self.words[first]].text
        if first != last or len(text) < 2 or not text.isupper():
            return False
        return any(self.tokens[i].text[:1].islower() for i in self.words)

    def _is_month_may(self, first: int, last: int) -> bool:
        """'since May', 'on 3 May', 'May 7, 2025 (NYALA) –': the month, never the modal."""
        if first != last or self.tokens[self.words[first]].text != "May":
            return False
        return first > 0 or (first + 1 < len(self.words) and self.tokens[self.words[first + 1]].text.isdigit())

    def cue_in(self, matcher, lo: int, hi: int) -> object | None:
        """The last cue of `matcher` lying wholly inside tokens [lo, hi), or None."""
        inside = [v for first, last, v in self.cues(matcher) if lo <= first and last < hi]
        return inside[-1] if inside else None

    def text_between(self, a: int, b: int) -> str:
        return " ".join(t.norm or t.text for t in self.tokens[a:b])


def annotate(text: str, offset: int, lex: CoderLexicon, gazetteer: Gazetteer | None,
             day: dt.date | None) -> SentenceAnnotation:
    tokens = tokenize(text, offset)
    words = [i for i, t in enumerate(tokens) if t.is_word]
    word_tokens = [tokens[i] for i in words]
    ann = SentenceAnnotation(tokens, words)
    ann.triggers = _triggers(ann, word_tokens, lex)
    ann.actors = [a for a in _actors(ann, word_tokens, lex, day) if not _in_portfolio(ann, a)]
    ann.triggers = [t for t in ann.triggers if not _inside_name(t, ann.actors)]
    if gazetteer is not None:
        heading = _entry_heading(ann) if DATED_ENTRY.match(text) else range(0)
        ann.places = _places(ann, word_tokens, gazetteer, lex, heading)
        ann.actors = [a for a in ann.actors if not _demonym_in_place_name(ann, a)]
    return ann


def _in_portfolio(ann, a) -> bool:
    """'the Minister for Police and Community Government, Joseph Tsikau': the police and the
    community government are what the minister is in charge of, not actors of the sentence."""
    if a.kind != "agent":
        return False
    j = a.first - 1
    for _ in range(PORTFOLIO_REACH):
        if j < 1:
            return False
        word = ann.tokens[j]
        if word.norm in ("for", "of"):
            return ann.tokens[j - 1].norm in PORTFOLIO_HOLDERS and ann.tokens[j - 1].text[:1].isupper()
        if not (word.norm in ("and", "the") or word.text[:1].isupper()):
            return False
        j -= 1
    return False


PORTFOLIO_REACH = 6
PORTFOLIO_HOLDERS = frozenset({"minister", "ministry", "secretary", "department"})    # (a Commissioner of Police heads it)


def _demonym_in_place_name(ann, a) -> bool:
    """'the police in Spanish Town', 'in French Valley': a country's adjective that opens a town's
    name the gazetteer knows is no actor."""
    return a.kind == "named" and a.first == a.last and len(a.code) == 3 and any(
        p.first == a.first < p.last for p in ann.places)


def _entry_heading(ann) -> range:
    """'5 July 2026 - Tafas, western Daraa countryside.': the tokens between a report entry's
    dash and the first full stop, where the entry says where it happened."""
    dash = next((i for i, t in enumerate(ann.tokens) if t.text in ("-", "–", "—", ":")), None)
    if dash is None:
        return range(0)
    stop = next((i for i in range(dash + 1, len(ann.tokens)) if ann.tokens[i].text == "."), len(ann.tokens))
    return range(dash + 1, stop)


def token_span(ann: SentenceAnnotation, first: int, last: int) -> tuple[int, int, str]:
    """Character offsets and text of tokens first..last (inclusive)."""
    start, end = ann.tokens[first].start, ann.tokens[last].end
    return start, end, " ".join(t.text for t in ann.tokens[first:last + 1])


def _triggers(ann, word_tokens, lex) -> list[TriggerMention]:
    found, readings, sport = [], {}, None
    for m in lex.triggers.find(word_tokens):
        first, last = ann.words[m.first], ann.words[m.last]
        readings[first] = m.value
        ref = _choose_reading(ann, first, m.value)
        if ref is None or (ref.pos == "noun" and _next_word(ann, last) in lex.compound_heads):
            continue     # "the attack site", "strike survivors": the event word only qualifies a noun
        if first == last and first > 0 and ann.tokens[first].text == "March":
            continue     # a capitalised "March" inside a sentence is the month
        if in_compound(ann, first):
            continue     # "baton-charged": a word of a compound, not the verb "charge"
        if ann.norm(ann.prev_word(first)) in WORD_ABOUT_WORDS:
            continue     # "use the term neutralise to mean killed": words about a word, not deeds
        if sport is None:
            sport = any(t.norm in SPORT_WORDS for t in ann.tokens)
        if sport and ann.tokens[first].norm in SPORT_VERBS:
            continue     # "Real Kusaug FC beat Bolga All Stars two goals to one": a match, not an assault
        start, end = ann.tokens[first].start, ann.tokens[last].end
        found.append(TriggerMention(first, last, ref, " ".join(t.text for t in ann.tokens[first:last + 1]), start, end))
    return [_as_participle(ann, t, found, readings[t.first]) for t in found]


def _as_participle(ann, t: TriggerMention, found: list[TriggerMention], refs: list[TriggerRef]) -> TriggerMention:
    """'Bandits sprayed a minibus with bullets, killing two people': with no event word before it,
    the participle is the sentence's event verb, not 'the killing'."""
    if t.ref.pos != "noun" or any(o.first < t.first for o in found) or not _lone_participle(ann, t.first, refs):
        return t
    verb = next(r for r in refs if r.pos == "verb" and r.form == "ing")
    return replace(t, ref=verb)


def _lone_participle(ann, first: int, refs: list[TriggerRef]) -> bool:
    """', killing two people', ', wounding at least 12': an -ing verb after a comma whose object follows."""
    return first > 0 and ann.tokens[first - 1].text == "," and any(r.pos == "verb" and r.form == "ing" for r in refs) \
        and _opens_object(_next_word(ann, first))


SPORT_VERBS = frozenset({"beat", "beats", "beaten", "defeated", "thrashed", "crushed", "hammered", "routed"})
SPORT_WORDS = frozenset({"football", "goals", "derby", "striker", "goalkeeper", "sports", "cricket", "wickets",
                         "innings", "footballer", "footballers"})
WORD_ABOUT_WORDS = frozenset({"term", "terms", "word", "words", "mean", "means"})


def in_compound(ann, i: int) -> bool:
    """A word joined by a hyphen to the word before it ('baton-charged', 'lathi-charged')."""
    return i > 1 and ann.tokens[i - 1].text in {"-", "‑"} and ann.tokens[i - 1].start == ann.tokens[i - 2].end \
        and ann.tokens[i].start == ann.tokens[i - 1].end and ann.tokens[i - 2].text.isalpha()


def _inside_name(t: TriggerMention, actors: list[ActorMention]) -> bool:
    """'Organisation for the Prohibition of Chemical Weapons' names an actor, not an attack."""
    return any(a.kind == "named" and a.first <= t.first and t.last <= a.last and a.last > a.first for a in actors)


def _choose_reading(ann, first: int, refs: list[TriggerRef]) -> TriggerRef | None:
    """One reading of an ambiguous word: 'the strikes' is a noun, 'to strike' a verb,
    'an alleged attack' has an adjective, not the verb 'allege'."""
    prev = ann.norm(ann.prev_word(first))
    nxt = _next_word(ann, first)
    phrases = [r for r in refs if r.pos == "phrase"]
    if phrases:
        return max(phrases, key=lambda r: len(r.rule.cameo))
    nouns = [r for r in refs if r.pos == "noun"]
    verbs = [r for r in refs if r.pos == "verb"]
    if verbs and (nxt in AUXILIARY_AFTER_NOUN or prev in PREPOSITIONS_BEFORE_NOUNS) and all(r.form == "s" for r in verbs):
        verbs = []          # "the targets were destroyed", "killed in disputes over land": plural nouns
    gerund = prev in {"of", "for", "after", "before", "by"} and any(r.form == "ing" for r in verbs) \
        and ann.norm(ann.prev_word(ann.prev_word(first))) not in SPAN_NOUNS \
        and ann.tokens[first - 1].text not in {'"', "“", "'", "‘"}
    if first > 0 and ann.tokens[first - 1].text == "," and any(r.form == "ing" for r in verbs):
        prev = ","      # "Talabani went further, accusing Baghdad": a participle, whatever precedes the comma
    if prev in ("that", "this") and ann.norm(ann.prev_word(ann.prev_word(first))) in DEMONSTRATIVE_AFTER:
        prev = "the"    # "In that attack on Monday, the bandits killed ...": a demonstrative, not a relative

    if verbs and (prev in VERB_CUES or gerund) or (verbs and not nouns and prev not in NOUN_CUES):
        # ("accused the rebels of attacking its garrison": a gerund after "of" is the verb)
        return max((r for r in verbs if not gerund or r.form == "ing"), key=lambda r: len(r.rule.cameo))
    if nouns:
        return max(nouns, key=lambda r: len(r.rule.cameo))
    return None   # a verb form read as a noun or adjective ("fighter targets", "an alleged attack")


OBJECT_OPENERS = frozenset({"a", "an", "the", "at", "dozens", "scores", "hundreds", "several", "many", "some", "his",
                            "her", "their", "its", "all", "more", "over", "up", "nearly", "about", "around", "almost",
                            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one", "eleven",
                            "twelve", "twenty", "thirty", "forty", "fifty"})


def _opens_object(word: str) -> bool:
    """'killing two people', 'wounding at least 12', 'killing the driver': a verb's object follows."""
    return word in OBJECT_OPENERS or word[:1].isdigit()


def _is_acronym_clash(name_tokens: list[Token]) -> bool:
    """'us', 'it', 'sa': a short one-word name must be written in capitals to count."""
    if len(name_tokens) != 1:
        return False
    tok = name_tokens[0]
    return len(tok.norm) <= 3 and not tok.text.isupper()


def _agent_inside(every, m):
    """The longest agent phrase inside a match that cannot be a name (`every`: all the
    sentence's overlapping matches)."""
    inside = [x for x in every if m.first <= x.first and x.last <= m.last
              and (x.first, x.last) != (m.first, m.last) and _only_agents(x.value)]
    return max(inside, key=lambda x: (x.length, -x.first), default=None)


def comma_ends_clause(between: list[str], joined: int) -> bool:
    """'taken away by the gang, residents said': a bare comma before an actor standing alone ends a
    clause; a list of actors ends in 'and' ('Russia, Iran and Turkey')."""
    return between == [","] and joined == 1


MEMBERSHIP_NOUNS = frozenset({"members", "elements", "personnel", "operatives", "fighters", "officers",
                              "coalition", "alliance", "network", "umbrella", "federation"})


def _without_short_name(words: list[str]) -> list[str]:
    """'The Law Society of Kenya (LSK) and Amnesty International': the short name in brackets
    belongs to the first party of the list."""
    if len(words) > 2 and words[0] == "(" and ")" in words[:6]:
        return words[words.index(")") + 1:]
    if len(words) > 1 and words[0] == ")":
        return words[1:]      # (the short name is itself the party: "... (LSK) and")
    return words


def _without_membership(words: list[str]) -> list[str]:
    """'police and members of the Community Watch Corps': the members are the corps."""
    for tail in (["of", "the"], ["of"]):
        if len(words) > len(tail) and words[-len(tail):] == tail and words[-len(tail) - 1] in MEMBERSHIP_NOUNS:
            return words[:-len(tail) - 1]
    return words


def list_joiner(words: list[str]) -> list[str]:
    """The words that join two parties of a list, without what belongs to either party: the
    first party's short name in brackets, the second's 'members of' / 'a coalition of'."""
    return _without_membership(_without_short_name(words))


def _actors(ann, word_tokens, lex, day) -> list[ActorMention]:
    # "strike" is an event, not an agent; but in the phrase "warplanes bombed" the warplanes act
    trigger_words = {i for t in ann.triggers if t.ref.pos != "phrase" for i in range(t.first, t.last + 1)}
    raw: list[ActorMention] = []
    matches = lex.actors.find(word_tokens)
    matched = {i for m in matches for i in range(m.first, m.last + 1)}
    every = None      # all overlapping matches, found only if a match needs them
    for m in matches:
        if _is_acronym_clash(word_tokens[m.first:m.last + 1]) and not _only_agents(m.value):
            continue     # "us", "it": a short name must be in capitals ("mob", "men" are agents)
        if _partial_name(word_tokens, m) or _inside_longer_name(word_tokens, m, matched) or _owned_council(word_tokens, m) \
                or (m.first > 0 and word_tokens[m.first - 1].norm in STREET_WORDS) or _inside_place_name(word_tokens, m):
            continue     # ("Avenida Brasil", "Rue de Damas": a street, not the country)
        if not _only_agents(m.value) and not any(t.text[:1].isupper() or t.text[:1].isdigit()
                                                 for t in word_tokens[m.first:m.last + 1]):
            # a name is written with a capital: "youth", "volta" in lower case are words; the
            # agent inside a lower-case match still counts ("pro-government colectivos": government)
            agents = [v for v in m.value if v.agent] if m.first == m.last else []
            if agents:      # "about 40 dahalo attacked": the common noun, not the name written with a capital
                raw.append(_mention(ann, ann.words[m.first], ann.words[m.last], agents, day))
                continue
            every = lex.actors.find_all(word_tokens) if every is None else every
            inner = _agent_inside(every, m)
            if inner is not None:
                raw.append(_mention(ann, ann.words[inner.first], ann.words[inner.last], inner.value, day))
            continue
        first, last = ann.words[m.first], ann.words[m.last]
        if last + 1 < len(ann.tokens) and ann.tokens[last + 1].text[:1] in CURRENCY_SIGNS:
            continue   # "US$ 300,000", "HK$": a currency, not the state
        if last + 2 < len(ann.tokens) and ann.tokens[last + 1].text == "-" and ann.tokens[last + 2].text.isdigit():
            continue   # "a Palestine-2 hypersonic missile", "Quds-1": a weapon's model, not the state
        if all(i in trigger_words for i in range(first, last + 1)) and _only_agents(m.value):
            continue   # "strike" is an event here, not an agent
        if m.first > 0 and word_tokens[m.first - 1].norm == "social" and _only_agents(m.value):
            continue   # "circulated on social media": a channel, not the press
        if m.last + 1 < len(word_tokens) and word_tokens[m.last + 1].norm in LANGUAGE_NOUNS \
                and not _only_agents(m.value):
            continue   # "known by its Spanish initials CJNG", "the French acronym": a language, not Spain
        if _spoken_language(word_tokens, m) and not _only_agents(m.value):
            continue   # "Original in Spanish.", "translated from Kirundi": a language, not the people
        if m.first == m.last and word_tokens[m.first].norm == "official" and m.last + 1 < len(word_tokens) \
                and word_tokens[m.last + 1].norm in OFFICIAL_THINGS:
            continue   # "according to official results", "the official toll": an adjective, no official
        if m.first == m.last and word_tokens[m.first].norm == "intelligence" and m.first > 0 \
                and word_tokens[m.first - 1].norm in INFORMATION_BEFORE:
            continue   # "acting on credible intelligence": information, not the intelligence service
        raw.append(_mention(ann, first, last, m.value, day))
    raw = [a for a in raw if not _spelled_out_otherwise(ann, a, raw) and not _names_a_place(ann, a)]
    raw.extend(_pronouns(ann, {i for a in raw for i in range(a.first, a.last + 1)}))
    raw.sort(key=lambda a: a.first)
    return _compose(ann, raw)


LANGUAGE_ENDINGS = ("ish", "ese", "ian", "ic", "ch")    # (not "-an": "a solution in Sudan" is the country)


def _spoken_language(word_tokens, m) -> bool:
    """'Original in Spanish.', 'translated from Arabic,': a demonym standing alone after 'in',
    'from' or 'into', at the end of a clause, is the language."""
    word = word_tokens[m.first].norm
    after = word_tokens[m.last + 1].norm if m.last + 1 < len(word_tokens) else ""
    return m.first == m.last and m.first > 0 and word_tokens[m.first - 1].norm in {"in", "from", "into"} \
        and word.endswith(LANGUAGE_ENDINGS) and after in {"", "and", "or", "by"}


INFORMATION_BEFORE = frozenset({"on", "credible", "actionable", "reliable", "specific", "following", "upon", "after",
                                "human", "timely", "precise", "accurate"})


def _names_a_place(ann, a: ActorMention) -> bool:
    """'the San Francisco reservation', 'the road between Florida and Pradera': a country's city or
    state named as a place of another story (Colombia has both), not the country acting."""
    if a.kind != "named" or len(a.code) != ROLE_CODES or ann.tokens[a.last].norm.endswith(DEMONYM_ENDINGS):
        return False     # ("the northern Ukrainian town of Nizhyn": the town's country)
    before = ann.prev_word(a.first)
    return ann.norm(ann.next_word(a.last)) in PLACE_NOUNS or (
        ann.norm(before) == "between" and ann.norm(ann.prev_word(before)) in PLACE_NOUNS)


DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch")
PLACE_NOUNS = frozenset({"reservation", "reserve", "resguardo", "municipality", "village", "hamlet", "vereda",
                         "corregimiento", "township", "neighbourhood", "neighborhood",
                         "road", "highway", "valley", "river", "town", "locality", "commune", "ward"})
CURRENCY_SIGNS = frozenset("$€£¥")
LANGUAGE_NOUNS = frozenset({"initials", "acronym", "acronyms", "abbreviation", "language", "translation",
                            "speakers", "speaking"})

OFFICIAL_THINGS = frozenset({"results", "result", "figures", "figure", "toll", "tolls", "data", "count", "tally",
                             "estimate", "estimates", "statistics", "records", "visit", "language", "languages",
                             "residence", "website", "account", "accounts", "documents", "channels", "version",
                             "capacity", "duties", "business", "ceremony", "trip", "position", "line", "narrative"})


def _spelled_out_otherwise(ann, a: ActorMention, actors: list[ActorMention]) -> bool:
    """'the United People's Democratic Front (UPDF)': an acronym the text spells out as a name
    no dictionary knows is that name, not the dictionary's UPDF (Uganda's army); the article's
    later uses of it are read the same way (SentenceAnnotation.redefined)."""
    if a.kind != "named" or a.first != a.last or not ann.tokens[a.first].text.isupper() or a.first < 2 \
            or ann.tokens[a.first - 1].text != "(":
        return False
    letters = ann.tokens[a.first].text
    words, j = [], a.first - 2
    while j >= 0 and len(words) < len(letters) + 2 and (ann.tokens[j].text[:1].isupper() or not ann.tokens[j].norm
                                                        or ann.tokens[j].norm in {"of", "for", "the", "and"}):
        if ann.tokens[j].norm:
            words.insert(0, ann.tokens[j])
        j -= 1
    initials = "".join(t.text[0] for t in words if t.text[:1].isupper())
    # (in any order: "National Alliance for Change (ANC)", "Democratic Forces for the Liberation
    # of Rwanda (FDLR)" keep the acronym of the French name)
    if len(letters) < 3 or len(initials) < 2:
        return False
    if sorted(initials[-len(letters):]) != sorted(letters) and not _translated_name(initials, letters):
        return False
    spelled = range(words[-len(letters)].start if len(words) >= len(letters) else 0, ann.tokens[a.first - 2].end)
    named = [b for b in actors if b is not a and b.kind == "named" and ann.tokens[b.first].start in spelled]
    if named and named[-1].code == a.code:
        return False     # the dictionary's own name and acronym for one actor
    ann.redefined.add(ann.tokens[a.first].norm)
    return True


def _translated_name(initials: str, letters: str) -> bool:
    """'the Joint Task Force (FTC)': an acronym of the name in the country's own language
    (Fuerza de Tarea Conjunta) shares most letters with the English initials, not their order."""
    return len(letters) == len(initials[-len(letters):]) and len(set(letters) & set(initials)) >= len(letters) - 1


def _owned_council(words: list[Token], m) -> bool:
    """'the Kurdistan Region Security Council', 'Sweida Military Council': a national or local
    council, not the UN Security Council the bare words name in the dictionary."""
    names = [words[i].norm for i in range(m.first, m.last + 1)]
    if names[:2] != ["security", "council"] or m.first == 0:
        return False
    prev = words[m.first - 1]
    return prev.text[:1].isupper() and prev.norm not in {"un", "n", "nations", "the"}


def _partial_name(words: list[Token], m) -> bool:
    """'Hassan' matched inside 'Hassan Sheikh Mohamud': a person's name continues, so the
    dictionary's Hassan is someone else. (A country is no person: 'SAUDI_ARABIA' in 'the Saudi
    Foreign Ministry' is the ministry's state.)"""
    persons = [v for v in m.value if not v.agent and not all(len(c.code) == ROLE_CODES for c in v.codes)
               and ("_" in v.entry.strip("_") or all(len(c.code) > ROLE_CODES for c in v.codes))]
    if len(persons) != len(m.value) or m.last - m.first > 0 or words[m.first].text.isupper():
        return False
    nxt = words[m.last + 1] if m.last + 1 < len(words) else None
    return nxt is not None and nxt.text[:1].isupper() and not nxt.text.isupper() and nxt.start - words[m.last].end <= 1


def _inside_place_name(words: list[Token], m) -> bool:
    """'the Central Business District', 'Workers Square', 'the Government Bilingual High School':
    a capitalised agent word that a place's or an institution's head word follows (across a few
    more capitalised words) is part of its name, no actor."""
    if not (_only_agents(m.value) and words[m.first].text[:1].isupper()):
        return False
    nxt = words[m.last + 1] if m.last + 1 < len(words) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.norm in PLACE_NAME_HEADS:
        return True
    if not all(c.code == "GOV" for v in m.value for c in v.codes):
        return False      # ("the Police Training School" was attacked: the police's)
    run = itertools.takewhile(lambda w: w.text[:1].isupper(), words[m.last + 1:m.last + 5])
    return any(w.norm in INSTITUTION_HEADS for w in run)


INSTITUTION_HEADS = frozenset({"school", "college", "hospital", "academy", "university", "lycee", "lyceum",
                               "institute", "polytechnic", "clinic"})


STREET_WORDS = frozenset({"avenida", "avenue", "rua", "calle", "rue", "boulevard", "street", "road", "highway",
                          "via", "strasse", "plaza", "praca", "square"})
PLACE_NAME_HEADS = STREET_WORDS | {"district", "park", "quarter"}
# words that may stand before a name without being part of it: "President Karzai", "Col. al-Maliki"
TITLE_WORDS = frozenset({"president", "minister", "prime", "general", "gen", "col", "colonel", "mr", "mrs", "ms", "dr",
                         "sheikh", "king", "prince", "lt", "maj", "major", "commander", "chief", "secretary", "spokesman",
                         "ambassador", "envoy", "governor", "senator", "sen", "rep", "gov", "foreign", "defence",
                         "defense", "interior", "deputy", "vice", "leader", "premier", "chancellor", "ayatollah",
                         "imam", "mullah", "emir", "crown", "sultan", "judge", "justice", "speaker", "mp", "pm",
                         "brig", "brigadier", "capt", "captain", "sgt", "adm", "admiral", "marshal", "former", "late",
                         "the", "a", "an", "by", "and", "of", "with", "for", "to", "from", "on", "in", "at", "said",
                         # "Royal Thai Air Force", "Royal Moroccan Armed Forces": a state's forces, by its adjective
                         "royal"})
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                             "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                             "southeastern", "southwestern", "upper", "lower", "greater", "new", "old", "inner", "outer",
                             "rural", "downtown", "occupied", "besieged", "embattled", "war", "torn"})
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "i", "an", "ic", "ch", "ss", "ine", "ite")


ARABIC_ARTICLES = frozenset({"al", "el", "ul"})     # (not "as-", "at-", "an-": English words too)


def _arabic_name_continues(words: list[Token], last: int, matched: set[int]) -> bool:
    """The name runs on with another 'al-X' part no dictionary entry covers."""
    if last + 2 >= len(words) or last + 1 in matched:
        return False
    article, name = words[last + 1], words[last + 2]
    return article.norm in ARABIC_ARTICLES and article.start - words[last].end <= 1 \
        and name.text[:1].isupper() and name.start - article.end <= 1


def _inside_longer_name(words: list[Token], m, matched: set[int]) -> bool:
    """A dictionary name that is only part of a longer proper name is someone or something else:
    'Nasser' (an alias of Egypt) in 'Nasser Kanaani', 'al-Maliki' (Nouri al-Maliki) in
    'Turki al-Maliki'. Country adjectives ('Russian Kh-101') and titles ('President Karzai') keep."""
    first_tok, last_tok = words[m.first], words[m.last]
    if first_tok.text.isupper() and len(first_tok.text) > 1:
        return False
    if _arabic_name_continues(words, m.last, matched):
        return True      # "al-Shabab al-Muslim" (a Lebanese camp faction), not al-Shabaab
    persons = all(not v.agent and "_" in v.entry.strip("_") and any(c.start is not None for c in v.codes)
                  for v in m.value)       # office holders: dictionary people carry dated codes
    places = all(not v.agent and all(len(c.code) == ROLE_CODES for c in v.codes) for v in m.value)
    if not (persons or places):
        # "Foreign Minister Thérèse Kayikwamba Wagner": a one-word group name ending a person's
        # full name (two capitalised words no dictionary knows) is that person's surname
        return m.first == m.last and m.first >= 2 and not any(v.agent for v in m.value) and all(
            words[i].text[:1].isupper() and not words[i].text.isupper() and i not in matched
            and words[i].norm not in TITLE_WORDS | DIRECTION_WORDS and not _starts_sentence(words, i)
            for i in (m.first - 1, m.first - 2))
    nxt = words[m.last + 1] if m.last + 1 < len(words) else None
    if m.first == m.last and nxt is not None and m.last + 1 not in matched and nxt.text[:1].isupper() \
            and not nxt.text.isupper() and nxt.start - last_tok.end <= 1:
        own = any(first_tok.norm == normalise(v.entry) for v in m.value)
        if not own and not first_tok.norm.endswith(DEMONYM_ENDINGS):
            return True
    prev = words[m.first - 1] if m.first > 0 else None
    # "Turki al-Maliki": a capitalised word before a person's name belongs to it; so does
    # "Mangu" to "Mangu Halle" (a Nigerian town, not Halle in Germany)
    return (persons or m.first == m.last) and prev is not None and m.first - 1 not in matched and prev.text[:1].isupper() \
        and prev.norm not in TITLE_WORDS | DIRECTION_WORDS and first_tok.start - prev.end <= 1 \
        and not _starts_sentence(words, m.first - 1)


def _starts_sentence(words: list[Token], i: int) -> bool:
    return i == 0


def _only_agents(values: list[ActorName]) -> bool:
    return all(v.agent for v in values)


def _mention(ann, first, last, values: list[ActorName], day) -> ActorMention:
    start, end, text = token_span(ann, first, last)
    named = [v for v in values if not v.agent]
    if named:
        return ActorMention(first, last, start, end, text, named[0].code_on(day), "named",
                            person=_looks_like_person(named[0]))
    role = values[0].code_on(day)
    return ActorMention(first, last, start, end, text, "", "agent", roles=role, how="agent")


ORGANISATION_WORDS = frozenset({"forces", "force", "army", "military", "police", "party", "front", "movement", "ministry",
                                "council", "group", "brigade", "brigades", "battalion", "guard", "guards", "committee",
                                "union", "agency", "service", "services", "office", "government", "militia", "alliance",
                                "coalition", "command", "corps", "authority", "commission", "organisation", "organization",
                                "association", "network", "court", "assembly", "parliament", "congress", "navy", "division",
                                "cartel", "gang", "legion", "regiment", "squad", "unit", "cell", "league", "brotherhood",
                                "jtf", "task", "patrol", "volunteers", "vigilante", "mafia", "liberation", "resistance",
                                "islamic", "state", "national", "popular", "revolutionary", "democratic", "republic",
                                "federation", "institute", "foundation", "center", "centre", "church", "tribe", "clan",
                                "directorate", "department", "bureau", "secretariat", "mission", "operation", "battalions",
                                "apparatus", "administration", "junta", "committees", "militias", "groups", "units",
                                "organisations", "organizations", "fighters", "rebels", "separatists", "army", "armies",
                                "staff", "headquarters"})     # "Ukraine's General Staff"


def _looks_like_person(name: ActorName) -> bool:
    """Phoenix's people are entries with a role code ('BASHAR_AL_ASSAD' GOV), but so are bodies:
    'SUDANESE_ARMED_FORCES' (MIL) is no person."""
    # (an outlet, 'SOMALI_GUARDIAN' MED, is no person either: "told Somali Guardian ... He denied")
    if "_" not in name.entry or any(c.code[3:] in ("", "REB", "INS", "MED") for c in name.codes):
        return False
    words = set(name.entry.lower().split("_"))
    return not (ORGANISATION_WORDS & words or ORGANISATION_WORDS & {w[:-1] for w in words if w.endswith("s")})


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})

# "The group denied any role": a bare "the group" refers back like a pronoun, to the
# organisation the article named last
GROUP_NOUNS = frozenset({"group", "organisation", "organization"})
# "The statement blamed armed herders for the attack": whoever issued the statement told before
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "release", "pamphlet", "leaflet"})


def _pronouns(ann, taken: set[int]) -> list[ActorMention]:
    out = []
    for i, t in enumerate(ann.tokens):
        if i in taken:
            continue
        if (t.norm in PRONOUNS and not _expletive_it(ann, i)) or _bare_group(ann, i):
            out.append(ActorMention(i, i, t.start, t.end, t.text, "", "pronoun",
                                    person=PRONOUNS.get(t.norm) == "person", how="coreference"))
    return out


EXPLETIVE_PREDICATES = frozenset({"possible", "impossible", "necessary", "clear", "likely", "unlikely", "difficult",
                                  "easier", "harder", "unclear", "hard", "easy"})


def _expletive_it(ann, i: int) -> bool:
    """'made it possible to neutralise', 'it is unclear who fired': an 'it' that names no one."""
    if ann.tokens[i].norm != "it":
        return False
    nxt = ann.next_word(i)
    if ann.norm(nxt) in {"is", "was", "remains", "remained", "seems", "seemed"}:
        nxt = ann.next_word(nxt)
    return ann.norm(nxt) in EXPLETIVE_PREDICATES


def _bare_group(ann, i: int) -> bool:
    """'the group said', but not 'the group of seven', 'the group's leader', 'the G7 group'."""
    if ann.tokens[i].norm not in GROUP_NOUNS | STATEMENT_NOUNS or (ann.tokens[i].norm in STATEMENT_NOUNS and i > 1):
        return False     # (a statement speaks as the sentence's subject: "The statement blamed ...")
    det = ann.prev_word(i)
    if ann.norm(det) == "same":
        det = ann.prev_word(det)      # "the same group harassed the base"
    sponsored = ann.norm(det) in SPONSOR_PARTICIPLES
    if sponsored:
        det = _before_sponsor(ann, det)   # "accused the Iran-backed group of ...": the group told before
    if ann.norm(det) != "the" or (det < i - 2 and not sponsored):
        return False
    after = ann.tokens[i + 1].text if i + 1 < len(ann.tokens) else ""
    if after == "of" and ann.tokens[i].norm == "group" and _of_doing(ann, i + 1):
        return ann.tokens[i].text.islower()     # "accused the group of deliberately shelling homes"
    return after not in {"'s", "’s", "of"} and ann.tokens[i].text.islower()


SPONSOR_PARTICIPLES = frozenset({"backed", "linked", "allied", "aligned", "affiliated", "supported", "sponsored"})


def _before_sponsor(ann, participle: int) -> int:
    """The word before 'Iran-backed' or 'al-Qaeda-linked' (a name, hyphens, the participle)."""
    j = participle - 1
    while j >= max(0, participle - 6) and (ann.tokens[j].text == "-" or ann.tokens[j].text[:1].isupper()
                                            or ann.norm(j) in {"al", "el"}):
        j -= 1
    return j


def _of_doing(ann, of: int) -> bool:
    """'of (deliberately) shelling': what someone is accused of, not what a group is made of."""
    j = ann.next_word(of)
    while j < len(ann.tokens) and ann.norm(j).endswith("ly"):
        j = ann.next_word(j)
    return j < len(ann.tokens) and ann.norm(j).endswith("ing") and ann.norm(j) not in {"king", "ring", "wing"}


def _compose(ann, raw: list[ActorMention]) -> list[ActorMention]:
    """Group adjacent mentions into one actor: country + agent roles, apposition, modifiers."""
    out: list[ActorMention] = []
    i = 0
    while i < len(raw):
        cur = raw[i]
        led = _led_group(ann, cur) if cur.kind == "named" else None
        if led is not None:
            out.append(led)
            i += 1
            while i < len(raw) and raw[i].first <= led.last:
                i += 1      # "forces" in "US-led forces": part of the group
            continue
        if cur.kind != "pronoun" and _is_modifier(ann, cur):
            nxt = raw[i + 1] if i + 1 < len(raw) else None
            if nxt is not None and nxt.kind == "agent" and _next_word(ann, cur.last) in OWNERSHIP_WORDS \
                    and nxt.first - cur.last <= 3:
                nxt.owner = cur.code
            i += 1
            continue
        j = i + 1
        while j < len(raw) and cur.kind != "pronoun" and raw[j].kind != "pronoun" and \
                (_adjacent(ann, cur, raw[j]) or _body_name_goes_on(ann, cur, raw[j])):
            if _defines_other_acronym(ann, cur, raw[j]):
                # "the Puntland Defence Forces (PDF)": the article's own acronym for the forces,
                # not the dictionary's PDF (Myanmar's People's Defence Force)
                ann.redefined.add(ann.tokens[raw[j].first].norm)
            else:
                cur = _join(cur, raw[j])
            j += 1
        out.append(cur)
        i = j
    return out


LED_GROUPS = frozenset({"coalition", "alliance", "forces", "force", "mission", "operation", "troops", "intervention",
                        "campaign", "offensive", "bloc", "army", "military", "government", "administration"})


def _led_group(ann, m: ActorMention) -> ActorMention | None:
    """'the Saudi-led coalition', 'US-led forces': the group is its leader's (unlike
    'US-backed fighters', whose sponsor only qualifies them)."""
    if m.last + 3 >= len(ann.tokens) or ann.tokens[m.last + 1].text not in {"-", "–"} \
            or ann.norm(m.last + 2) != "led" or ann.norm(m.last + 3) not in LED_GROUPS:
        return None
    head = ann.tokens[m.last + 3]
    return ActorMention(m.first, m.last + 3, m.start, head.end, f"{m.text}-led {head.text}", m.code, "named",
                        how="led")


def is_place_like(ann: "SentenceAnnotation", m: ActorMention) -> bool:
    """'in eastern Syria', 'near Aleppo': a country or town named as a place, not as an actor."""
    if m.kind != "named" or len(m.code) != ROLE_CODES:
        return False
    prev = ann.prev_word(m.first)
    if ann.norm(prev) in LOCATIVE_BEFORE or any(p.first <= m.first and m.last <= p.last and p.after_preposition
                                                 for p in ann.places):
        return True
    # "in Kisumu and Nakuru": the second of two places joined by "and" is a place too
    if ann.norm(prev) in {"and", "or"} or (prev >= 0 and ann.tokens[m.first - 1].text == ","):
        conj = prev if ann.norm(prev) in {"and", "or"} else m.first - 1
        left = [a for a in ann.actors if a.last == ann.prev_word(conj) and a is not m]
        if left and left[0].last < m.first and left[0].kind == "named" and len(left[0].code) == ROLE_CODES:
            return is_place_like(ann, left[0])
        return any(p.last == ann.prev_word(conj) and p.after_preposition for p in ann.places)
    return False


def _is_modifier(ann, m: ActorMention) -> bool:
    """'US-backed fighters', 'anti-government protesters': the actor only qualifies another."""
    hyphenated = m.last + 2 < len(ann.tokens) and ann.tokens[m.last + 1].text in {"-", "–"}
    before = ann.norm(ann.prev_word(m.first))
    # "pro-Russian separatists" are not Russia's ("pro-government forces" are the government's)
    return (hyphenated and _next_word(ann, m.last) in SPONSOR_WORDS) or before in OPPOSED_WORDS \
        or (before == "pro" and m.kind == "named" and len(m.code) == 3)


def _next_word(ann, i: int) -> str:
    for t in ann.tokens[i + 1:i + 3]:
        if t.norm:
            return t.norm
    return ""


def _defines_other_acronym(ann, a: ActorMention, b: ActorMention) -> bool:
    """'<agent> (ACRONYM)' where the dictionary's ACRONYM is another kind of actor than the agent."""
    if a.kind != "agent" or b.kind != "named" or b.first != b.last or not ann.tokens[b.first].text.isupper():
        return False
    if ann.tokens[b.first - 1].text != "(" or b.last + 1 >= len(ann.tokens) or ann.tokens[b.last + 1].text != ")":
        return False
    return not code_roles(b.code[3:]) & code_roles(a.roles)


def _adjacent(ann, a: ActorMention, b: ActorMention) -> bool:
    """b follows a with only possessives, hyphens, 'of the' or an apposition comma between."""
    between = ann.tokens[a.last + 1:b.first]
    words = [t.norm for t in between if t.norm]
    if not between:
        return True
    if not words:
        if any(t.text == "," for t in between) and ann.norm(ann.prev_word(a.first)) in LOCATIVE_BEFORE:
            return False     # "in eastern Syria, the Observatory said": a place, then a new actor
        if any(t.text == "," for t in between) and _after_according_to(ann, a.first):
            return False     # "according to local residents, Myanmar jets bombed": the clause begins
        if any(t.text == "," for t in between) and a.kind == b.kind == "agent":
            return False     # "taken away by the gang, residents said": two parties, not an apposition
        return all(t.text in {"'s", "’s", "-", "(", ",", "–", "."} for t in between) and _compatible(a, b)
    if a.kind == "named" and b.kind == "agent" and between[0].text in {"'s", "’s"} and 1 <= len(words) <= 2 \
            and all(w in POSSESSED_MODIFIERS for w in words):
        return True      # "the Israeli military's international spokesperson": the military's
    if len(between) == 1 and a.kind == "named" and len(a.code) == 3 and b.kind == "agent" \
            and between[0].text[:1].isupper() and between[0].norm.endswith(DEMONYM_ENDINGS):
        return True      # "Iranian Kurdish opposition parties", "Syrian Druze fighters": the state's people
    return words in (["of"], ["of", "the"]) and (a.kind == "agent") != (b.kind == "agent")


POSSESSED_MODIFIERS = frozenset({"international", "chief", "top", "senior", "main", "deputy", "regional", "official",
                                 "acting", "principal", "lead", "foreign", "media", "press", "military", "new"})


def _after_according_to(ann, first: int) -> bool:
    """'According to local residents, ...' opening the sentence: the mention is the source of
    the report, and the comma ends it (unlike '..., according to the ISP, a state agency')."""
    words = [t.norm for t in ann.tokens[:first] if t.norm]
    return words[:2] == ["according", "to"] and len(words) <= 5


BODY_HEADS = frozenset({"ministry", "minister", "department", "office", "commission", "council", "committee"})


def _body_name_goes_on(ann, a: ActorMention, b: ActorMention) -> bool:
    """'the Ministry of Foreign Affairs and Expatriates': one ministry, not the ministry and
    the expatriates."""
    heads = [i for i in range(a.first, a.last + 1) if ann.tokens[i].norm in BODY_HEADS]
    # (the portfolio's "of"/"for" must follow: "Prime Minister Albin Kurti and President Vjosa
    # Osmani" are two people)
    return b.kind == "agent" and bool(heads) and ann.norm(heads[0] + 1) in {"of", "for"} \
        and b.first == a.last + 2 and ann.norm(a.last + 1) == "and" and ann.tokens[b.first].text[:1].isupper()


def _compatible(a: ActorMention, b: ActorMention) -> bool:
    if a.kind == "agent" or b.kind == "agent":
        return True
    return a.code[:3] == b.code[:3]


OFFICE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
OUT_OF_OFFICE_ROLES = frozenset({"ELI", "OPP", "LEG"})


def _join(a: ActorMention, b: ActorMention) -> ActorMention:
    """One mention for both: the named code, refined by the agents' roles when it is a bare country."""
    named = [m for m in (a, b) if m.kind == "named"]
    roles = a.roles or b.roles
    # "fighters of the Burundian rebel group RED-Tabara": the fighters are the group's, whatever
    # kind of group it is
    group_of_members = a.text.split()[0].lower() in GROUP_MEMBERS and b.kind == "agent" and b.roles in GROUP_KINDS
    if group_of_members:
        roles = b.roles
    if named:
        code = max((m.code for m in named), key=len)
        if group_of_members and len(code) == ROLE_CODES + len(a.roles) and code.endswith(a.roles):
            code = code[:ROLE_CODES] + roles
        elif _national_force(a, b):
            # "the Tanzania People's Defence Force": the country's own army, not Myanmar's PDF
            code = a.code + "MIL"
        elif len(code) == ROLE_CODES and roles:
            code += roles
        elif a.kind == "agent" and named[0].person and roles in OFFICE_ROLES and code[3:] in OUT_OF_OFFICE_ROLES:
            # "Prime Minister Mahinda Rajapaksa" on the day he resigned: the writer's title says
            # which office the story is about; the dictionary's dates may be a day off or stale
            code = code[:3] + roles
        kind = "named"
    else:
        code, kind = "", "agent"
    return ActorMention(a.first, b.last, a.start, b.end, f"{a.text} {b.text}", code, kind,
                        roles=roles, person=a.person or b.person, how=a.how if a.kind == "named" else b.how)


GROUP_MEMBERS = frozenset({"fighters", "members", "militants", "elements", "combatants", "gunmen", "men"})
GROUP_KINDS = frozenset({"REB", "INS", "SEP", "CRM"})


def _national_force(a: ActorMention, b: ActorMention) -> bool:
    """A country's name before another country's armed body called a force or army."""
    return a.kind == "named" and len(a.code) == ROLE_CODES and b.kind == "named" and len(b.code) > ROLE_CODES \
        and b.code[:3] != a.code and b.text.split()[-1].lower() in FORCE_HEADS


FORCE_HEADS = frozenset({"force", "forces", "army"})


PROMINENT = 100_000   # a place this large is a place even without "in"/"near" before it
REGION_HEADS = frozenset({"state", "province", "region", "governorate", "oblast", "district", "county", "prefecture"})


def _places(ann, word_tokens, gazetteer: Gazetteer, lex, heading: range = range(0)) -> list[PlaceMention]:
    """Gazetteer names that read as places: capitalised, not an acronym, not inside an
    organisation's name ("Syrian Observatory for Human Rights"), and either after a
    locative word, in the place line of a report entry's `heading`, or big enough to be meant."""
    preps = set(lex.lexicon.places.locative_prepositions) | set(lex.lexicon.places.place_heads)
    organisations = [a for a in ann.actors if a.kind == "named" and len(a.code) > ROLE_CODES]
    countries = [a for a in ann.actors if a.kind == "named" and len(a.code) == ROLE_CODES]
    found = []
    for first, last, values in _name_matches(ann, gazetteer):
        text = " ".join(t.text for t in ann.tokens[first:last + 1])
        if not ann.tokens[first].text[:1].isupper() or (ann.tokens[first].text.isupper() and len(text) <= 5):
            continue     # "area", "of", "TASS", "US": not place names here
        if first == last and ann.tokens[first].norm in lex.time_words:
            continue     # "in August", "on Monday"
        if any(o.first <= first and last <= o.last for o in organisations):
            continue
        same_span = [a for a in countries if a.first <= first and last <= a.last]
        if same_span and not any(c.country == same_span[0].code for c in gazetteer.candidates(values)):
            continue     # "Iraq" is the country, not a village called Iraq in Iran
        if first == last and _continues_name(ann, last, lex):
            continue     # "Cabo" in "Cabo Delgado", "Eye" in "Eye Radio": part of another name
        if _second_half_of_compound(ann, first, found):
            continue     # "Pori" in "the Tari-Pori district": one name, told by its first half
        prev = ann.norm(ann.prev_word(first))
        after_prep = prev in preps or (prev == "the" and ann.norm(ann.prev_word(ann.prev_word(first))) in preps)
        candidates = gazetteer.candidates(values, text)
        if _named_settlement(ann, first, last):
            # "the village of Borgou" in Togo is no Beninese department of that name
            candidates = [c for c in candidates if not c.is_region]
            if not candidates:
                continue
        # "Plateau State", "Sagaing Region": a division named as such is a place wherever it stands
        after_prep = after_prep or (ann.norm(ann.next_word(last)) in REGION_HEADS) or first in heading
        if not after_prep and candidates[0].population < PROMINENT and not _names_a_site(ann, last, lex):
            continue     # (a site's town is a place, but says less of the story's country than "in X")
        found.append(PlaceMention(first, last, text, candidates, after_prep, _is_origin(ann, first)))
    found.extend(_compact_places(ann, gazetteer, preps, found, organisations))
    return sorted(found, key=lambda p: p.first)


SETTLEMENT_WORDS = frozenset({"village", "hamlet", "locality", "settlement"})    # (a town may share its district's name)


def _named_settlement(ann, first: int, last: int) -> bool:
    """'the village of X', 'X village': a settlement, never a province of that name."""
    before = ann.prev_word(first)
    return (ann.norm(before) == "of" and ann.norm(ann.prev_word(before)) in SETTLEMENT_WORDS) \
        or ann.norm(ann.next_word(last)) in SETTLEMENT_WORDS


def _second_half_of_compound(ann, first: int, found: list[PlaceMention]) -> bool:
    """A name hyphened onto a place just found ('Tari-Pori', 'Kagua-Erave') is the second half of
    one compound name, not a place of its own (Pori is a Finnish city)."""
    return _hyphen_joins(ann, first - 1) and any(p.last == first - 2 for p in found)


def first_half_of_compound(ann, place: PlaceMention) -> bool:
    """'the Damascus-Suwayda highway': a place hyphened onto the next name names a road or a
    district between two places, not where an entry's events happened."""
    return _hyphen_joins(ann, place.last + 1)


def _hyphen_joins(ann, hyphen: int) -> bool:
    """A hyphen written with no space on either side, joining two words into one name."""
    if hyphen < 1 or hyphen + 1 >= len(ann.tokens) or ann.tokens[hyphen].text != "-":
        return False
    return ann.tokens[hyphen].start == ann.tokens[hyphen - 1].end and ann.tokens[hyphen].end == ann.tokens[hyphen + 1].start


def _names_a_site(ann, last: int, lex) -> bool:
    """'the Liski oil depot', 'Nyala airport': a town's name before the site struck there."""
    nxt, heads = last + 1, lex.lexicon.places.site_heads
    if nxt >= len(ann.tokens) or not ann.tokens[nxt].norm:
        return False
    # ("the Liski oil depot": one lower-case word may come between)
    return ann.norm(nxt) in heads or (ann.tokens[nxt].text.islower() and nxt + 1 < len(ann.tokens)
                                      and ann.norm(nxt + 1) in heads)


def _continues_name(ann, last: int, lex) -> bool:
    """A capitalised word right after a one-word place name, not a word like 'Province', makes
    the place name part of a longer name."""
    j = last + 1
    if j >= len(ann.tokens) or ann.tokens[j].start - ann.tokens[last].end > 1:
        return False
    tok = ann.tokens[j]
    heads = set(lex.lexicon.places.place_heads) | {"province", "governorate", "region", "oblast", "city"}
    if tok.text in NAME_HEADS:
        return True      # "Stone Town", "Cape Town": a town's own name, not "the town of Stone"
    return bool(tok.norm) and tok.text[:1].isupper() and not tok.text.isupper() and tok.norm not in heads


NAME_HEADS = frozenset({"Town"})


ORIGIN_WORDS = frozenset({"from"})
# lower-case words inside place names: al-Khalidiya, Port-au-Prince, Slavyansk-on-Kuban, Gulf of Aden
NAME_PARTICLES = frozenset({"al", "el", "ez", "az", "as", "ad", "ar", "an", "at", "ash", "au", "de", "du", "des", "la",
                            "le", "of", "on", "sur", "am", "del", "di", "da", "do", "bin", "ibn"})


def _is_origin(ann, first: int) -> bool:
    """'from Idlib', 'from the Idlib de-escalation zone', 'from the al-Buraykat district'."""
    j = ann.prev_word(first)
    for _ in range(3):
        if j < 0:
            return False
        if ann.tokens[j].norm in ORIGIN_WORDS:
            return True
        if ann.tokens[j].norm not in {"the", "a", "an"}:
            return False
        j = ann.prev_word(j)
    return False


def _name_matches(ann, gazetteer: Gazetteer):
    """Gazetteer matches inside runs of capitalised words only: place names are written with
    capitals, and matching only there keeps the 400,000-name automaton off common words."""
    for a, b in _capitalised_runs(ann, set(), min_words=1):
        index = [i for i in range(a, b + 1) if ann.tokens[i].norm]
        for m in gazetteer.matcher.find([ann.tokens[i] for i in index]):
            yield index[m.first], index[m.last], m.value


def _compact_places(ann, gazetteer: Gazetteer, preps, found, organisations) -> list[PlaceMention]:
    """Capitalised names the exact lookup missed, tried without spaces and hyphens."""
    taken = {i for p in found for i in range(p.first, p.last + 1)}
    taken |= {i for o in organisations for i in range(o.first, o.last + 1)}
    out = []
    for first, last in _capitalised_runs(ann, taken):
        for a in range(first, last + 1):
            for b in range(last, a, -1):      # longest first, at least two words
                words = [ann.tokens[i].norm for i in range(a, b + 1) if ann.tokens[i].norm]
                ids = gazetteer.compact.get("".join(words))
                if not ids:
                    continue
                prev = ann.norm(ann.prev_word(a))
                text = " ".join(t.text for t in ann.tokens[a:b + 1])
                out.append(PlaceMention(a, b, text, gazetteer.candidates(ids, text), prev in preps, _is_origin(ann, a)))
                break
            else:
                continue
            break
    return out


def _capitalised_runs(ann, taken: set[int], min_words: int = 2) -> list[tuple[int, int]]:
    """Runs of capitalised words (joined by hyphens): candidate proper names."""
    runs, start = [], None
    for i, tok in enumerate(ann.tokens):
        part = (tok.norm and tok.text[:1].isupper()) or (tok.text == "-" and start is not None) or \
            (tok.norm in NAME_PARTICLES and start is not None)
        if part and i not in taken:
            start = i if start is None else start
            continue
        if start is not None:
            runs.append((start, i - 1))
            start = None
    if start is not None:
        runs.append((start, len(ann.tokens) - 1))
    return [(a, b) for a, b in runs if b - a + 1 >= min_words]
