"""Source (agent) and target (patient) of a trigger, by the role patterns of its rule.

Each pattern reads tokens around the trigger inside its clause; patterns are tried in the
order the rule lists them and the first that finds an actor fills each role. Actor mentions
that only say where something happened ("in Aleppo") take no role.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from pipeline.annotate import (MEMBERSHIP_NOUNS, ActorMention, SentenceAnnotation, TriggerMention, comma_ends_clause,
                               is_place_like, list_joiner)
from pipeline.frames import QUOTES
from pipeline.codes import roles_of
from pipeline.lexicon import CoderLexicon
from pipeline.numbers import is_number_word

LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "from", "toward", "towards",
                      "into", "within", "throughout", "between"})
# "in Syria" is where; "launched 142 drones at Ukraine", "fired toward Israel": at whom
COUNTRY_PLACE = LOCATIVE - {"at", "toward", "towards"}
COORDINATORS = (["and"], [","], ["or"], [",", "and"], ["as", "well", "as"], ["and", "the"], ["and", "allied"],
                ["and", "other"], ["and", "local"], ["and", "armed"], ["and", "affiliated"], [",", "and", "allied"],
                ["and", "a"], ["and", "an"], ["and", "one"], ["and", "two"], ["and", "three"],
                # "Fano fighters and federal troops fought": a modifier of the second side
                ["and", "federal"], ["and", "the", "federal"], ["and", "government"], ["and", "regional"],
                ["and", "rival"])
SKIPPABLE = frozenset({"also", "reportedly", "allegedly", "later", "then", "again", "directly", "further",
                       "repeatedly", "previously", "subsequently", "have", "has", "had", "not"})
MAX_OBJECT_GAP = 6
OWNED_OBJECT_GAP = 10
OWNED_SITES = frozenset({"positions", "position", "post", "posts", "base", "bases", "camp", "camps", "headquarters",
                         "depot", "depots", "barracks", "outpost", "outposts", "checkpoint", "checkpoints", "convoy"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


@dataclass
class Roles:
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    pattern: str = ""
    complement: tuple[int, int] | None = None    # accuse_of: the token range of the alleged act
    indirect: bool = False                       # "accused B of orchestrating ...": B did not do it
    verb: int | None = None                      # struck_device: the verb whose subject struck the device


def clause_actors(ann: SentenceAnnotation, lo: int, hi: int, exclude: set[int]) -> list[ActorMention]:
    """Actors in [lo, hi) that can take a role: not a speaker, not a bare place after 'in'/'at'."""
    out = []
    for a in ann.actors:
        if a.first < lo or a.last >= hi or id(a) in exclude:
            continue
        if a.kind == "pronoun" and ann.tokens[a.first].norm in POSSESSIVE_PRONOUNS and not _owns_weapon(ann, a):
            continue     # "its outskirts", "their positions": a determiner, not a participant
        if is_place_like(ann, a) or (a.kind == "named" and len(a.code) == 3 and ann.norm(ann.prev_word(a.first)) in COUNTRY_PLACE):
            continue
        out.append(a)
    return out


def speakers_own(ann: SentenceAnnotation, a: ActorMention) -> bool:
    """'its' in 'the IRGC said its drones struck ...': the speaker, as the owner of what follows."""
    return a.how == "speaker" and ann.tokens[a.first].norm in POSSESSIVE_PRONOUNS


def _owns_weapon(ann: SentenceAnnotation, a: ActorMention) -> bool:
    """'the IRGC said its drones struck ...': a speaker's own weapons are the speaker acting."""
    nxt = ann.next_word(a.last)
    if ann.norm(nxt) == "own":
        nxt = ann.next_word(nxt)      # "the KIA said its own drones struck ..."
    return speakers_own(ann, a) and any(t.first == nxt and t.ref.pos != "verb" for t in ann.triggers)


def find_roles(ann: SentenceAnnotation, trig: TriggerMention, clause: tuple[int, int],
               actors: list[ActorMention], lex: CoderLexicon) -> Roles:
    undergone = _came_under(ann, trig, clause, actors)
    if undergone is not None:
        return undergone
    if _cause_of_another_verb(ann, trig):
        return Roles()
    struck = _struck_device(ann, trig, clause, actors, lex)
    if struck is not None:
        return struck
    roles = Roles()
    for name in trig.ref.rule.patterns:
        if name not in PATTERNS:
            continue      # struck_device: tried first, on its own (above)
        found = PATTERNS[name](ann, trig, clause, actors, lex)
        if found is None:
            continue
        if not roles.source and found.source:
            roles.source, roles.pattern = found.source, roles.pattern or name
        if not roles.target and found.target:
            roles.target, roles.pattern = found.target, roles.pattern or name
        if found.complement and not roles.complement:
            roles.complement, roles.indirect = found.complement, found.indirect
        if roles.source and roles.target:
            break
    if not roles.source and trig.ref.rule.cameo[:2] in ("18", "19", "20"):
        roles.source = _fired_from(ann, trig, clause, actors, roles.target)
    return roles


UNDERGO_VERBS = frozenset({"came", "come", "comes", "coming"})
INTENSITY_WORDS = frozenset({"heavy", "intense", "sustained", "renewed", "direct", "sporadic", "fresh", "repeated"})


def _cause_of_another_verb(ann, trig) -> bool:
    """'230 families were displaced by the fighting': the fighting is what displaced them; they
    are no side of it."""
    if trig.ref.pos != "noun" or ann.norm(ann.prev_word(trig.first)) not in {"the", "this", "that"}:
        return False
    by = ann.prev_word(ann.prev_word(trig.first))
    verb = ann.prev_word(by)
    return ann.norm(by) == "by" and ann.norm(verb).endswith("ed") and \
        not any(t.first <= verb <= t.last for t in ann.triggers)


def came_under_verb(ann, trig) -> int | None:
    """The 'came' of 'came under (heavy) fire', or None."""
    if ann.norm(trig.first) in UNDERGO_VERBS and ann.norm(ann.next_word(trig.first)) == "under":
        return trig.first      # the trigger is the phrase itself: "came under fire"
    j = ann.prev_word(trig.first)
    while ann.norm(j) in INTENSITY_WORDS:
        j = ann.prev_word(j)
    if ann.norm(j) != "under" or ann.norm(ann.prev_word(j)) not in UNDERGO_VERBS:
        return None
    return ann.prev_word(j)


def _came_under(ann, trig, clause, actors) -> Roles | None:
    """'an MSF vehicle came under gunfire near Chai', 'the convoy came under attack by Houthi
    fighters': the subject of 'came under' is attacked; the attacker follows 'from' or 'by'."""
    verb = came_under_verb(ann, trig)
    if verb is None:
        return None
    target = _subject(ann, actors, verb, clause[0])
    source = [a for a in actors if a.first > trig.last and a.first - trig.last <= 9 and _after_agent_word(ann, a)][:1]
    return Roles(source=source, target=target, pattern="came_under")


DEVICE_MODIFIERS = frozenset({"a", "an", "the", "another", "second", "roadside", "improvised", "hidden", "buried",
                              "planted", "land", "anti", "tank", "personnel", "over", "on", "upon", "into"})


SETTING_OFF = frozenset({"triggered", "triggering"})
DEVICE_LAYERS = frozenset({"REB", "INS", "UAF", "SEP", "CRM"})     # armed groups who lay bombs, never a vehicle


def _struck_device(ann, trig, clause, actors, lex) -> Roles | None:
    """'a minibus carrying traders struck an improvised explosive device', 'their patrol ran
    over a landmine': the vehicle that struck the device was its target; who planted it the
    sentence does not say."""
    if "struck_device" not in trig.ref.rule.patterns:
        return None
    verbs = set(lex.patterns.patterns["struck_device"].victim_verbs)
    j = ann.prev_word(trig.first)
    for _ in range(4):
        if j < clause[0]:
            return None
        word = ann.norm(j)
        if word in verbs:
            subject = _subject(ann, actors, j, clause[0])
            if word in SETTING_OFF and subject and all(roles_of(a.code) & DEVICE_LAYERS for a in subject):
                # "Maoists triggered an IED buried under a culvert": they set it off
                return Roles(source=subject, pattern="set_off", verb=j)
            # ("... hit an improvised explosive device planted by suspected ISWAP fighters")
            return Roles(source=_after_by(ann, actors, trig.last, clause[1], window=2),
                         target=subject, pattern="struck_device", verb=j)
        if word not in DEVICE_MODIFIERS:
            return None
        j = ann.prev_word(j)
    return None


FIGURATIVE_FIRE = frozenset({"for", "over", "critics", "critic", "criticism", "lawmakers", "opposition", "rights",
                             "activists", "commentators", "parliament", "party", "media"})


def criticised(ann, trig) -> bool:
    """'The president came under fire from critics over the budget': criticism, not gunfire."""
    return came_under_verb(ann, trig) is not None and ann.norm(trig.last) == "fire" and \
        any(ann.norm(j) in FIGURATIVE_FIRE for j in range(trig.last + 1, min(len(ann.tokens), trig.last + 7)))


def _after_agent_word(ann, a: ActorMention) -> bool:
    """'from Houthi fighters', 'by a Colombian armed group', 'from the fleeing attackers'."""
    before = ann.prev_word(a.first)
    if ann.norm(before).endswith("ing") and ann.tokens[before].text.islower():
        before = ann.prev_word(before)      # ("the fleeing attackers", "the retreating militants")
    for _ in range(4):       # ("a non-state armed group", "suspected armed herders")
        if before < 0 or not ann.tokens[before].text.islower() or ann.norm(before) in {"from", "by", "of", "and", "or", "with"}:
            break
        before = ann.prev_word(before)
    if ann.norm(before) == "of" and ann.norm(ann.prev_word(before)) in MEMBERSHIP_NOUNS:
        before = ann.prev_word(ann.prev_word(before))      # ("from members of an armed group")
    return ann.norm(before) in {"from", "by"}


POSITION_WORDS = frozenset({"positions", "position", "lines", "territory", "areas", "area", "side", "bases", "base",
                            "held", "controlled"})


def _fired_from(ann, trig, clause, actors, target: list[ActorMention]) -> list[ActorMention]:
    """'artillery shells fired from RSF positions struck ...': whoever holds the positions; 'killed
    by an anti-tank missile fired from Lebanon': with no one named, the country it came from."""
    for j in range(trig.last + 1, min(clause[1], trig.last + 6)):
        if ann.norm(j) != "from":
            continue
        for a in actors:
            if j < a.first <= j + 3 and ann.norm(ann.next_word(a.last)) in POSITION_WORDS:
                return [a]
        struck = {t.code[:3] for t in target}
        country = next((a for a in ann.actors if a.first == ann.next_word(j) and a.kind == "named" and len(a.code) == 3
                        and a.code not in struck), None)
        return [country] if country is not None and ann.norm(ann.prev_word(j)) in LAUNCH_WORDS else []
    return []


LAUNCH_WORDS = frozenset({"fired", "launched", "came", "coming", "flown", "flying"})


# --------------------------------------------------------------------------- helpers

def _coordinated_left(ann, actors: list[ActorMention], head: ActorMention) -> list[ActorMention]:
    if head.kind == "pronoun":
        return [head]      # "..., and he rejected": a new clause's subject, not a coordination
    group = [head]
    for a in reversed([a for a in actors if a.last < head.first]):
        toks = ann.tokens[a.last + 1:group[0].first]
        while len(toks) > 1 and toks[-1].text[:1].isupper():
            toks = toks[:-1]      # "Government forces and Druze fighters": "Druze" qualifies the fighters
        between = list_joiner([t.norm or t.text for t in toks])
        if comma_ends_clause(between, len(group)):
            break
        if between in COORDINATORS:
            group.insert(0, a)
        else:
            break
    return group


def _coordinated_right(ann, actors: list[ActorMention], head: ActorMention) -> list[ActorMention]:
    group = [head]
    for a in [a for a in actors if a.first > head.last]:
        between = [t.norm or t.text for t in ann.tokens[group[-1].last + 1:a.first]]
        if between in COORDINATORS:
            group.append(a)
        else:
            break
    return group


def _subject(ann, actors, before: int, lo: int) -> list[ActorMention]:
    """The subject of the verb at token `before`: the nearest actor before it that is not inside
    a prepositional phrase, a relative clause, an apposition or parentheses ("The TTP, which
    officials say uses such names as fronts, denied ...": the TTP, not the officials). A
    participle that opens an adjunct ("..., accusing Y of", "while also denouncing") has the
    main clause's subject: the first such actor of the clause."""
    rel = _relative_subject(ann, actors, before, lo)
    if rel is not None:
        return rel
    hidden = embedded_tokens(ann, actors, lo, before)
    # "five soldiers were wounded when a drone struck the base": the verb after "when" has its
    # subject after "when" (here none that is an actor), never the main clause's
    participle = _opens_participle_adjunct(ann, before, lo)
    end = _adjunct_start(ann, before, lo) if participle else before
    opener = [i for i in range(lo, end) if i not in hidden and (
        ann.norm(i) in SUBORDINATORS or _complementizer(ann, actors, i, before))]
    outer = lo
    if opener:
        lo = opener[-1] + 1
    cands = [a for a in actors if lo <= a.first and a.last < before and a.first not in hidden]
    if participle:
        quoted = _after_quotation(ann, lo, before)
        main = max(_after_leading_adjunct(ann, lo, before), quoted)
        if quoted > lo:     # (the speaker's own clause, '," the HPG said', is no embedded one here)
            cands = [a for a in actors if quoted <= a.first and a.last < before]
        cands = [a for a in cands if a.first >= main and ann.norm(ann.prev_word(a.first)) not in SUBJECT_BLOCKERS][:1]
    for a in reversed(cands):
        prev = ann.prev_word(a.first)
        if _blocks_subject(ann, prev, a):
            continue     # "forces backed by clan militias", "known as Macawisley": not the subject
        if participle:       # "X and Y condemned the attack, accusing Serbia": both accuse
            return [b for b in _coordinated_right(ann, actors, a) if b.last < before]
        if _in_origin_phrase(ann, a):
            continue     # "women from Jema'a and Kaura Local Government Areas marched": where they came from
        verb = _verb_of_object(ann, a, before)
        if verb is not None:
            # "police dispersed the protesters, beat several IDPs and detained five": one subject for
            # a series of verbs, never the object of the verb before
            return _subject(ann, actors, verb, outer)
        return _coordinated_left(ann, actors, _relative_head(ann, cands, a, before))
    if opener and (ann.norm(opener[-1]) == "that" or ann.norm(opener[-1]) not in SUBORDINATORS) \
            and ann.norm(ann.prev_word(before)) == "and":
        # "elders told reporters that the five were woodcutters and accused the troops of ...": a
        # verb joined by "and" with no subject in the clause shares the subject of the verb before
        # it (whom they told is no subject)
        told = next((a for a in actors if a.last == ann.prev_word(opener[-1])), None)
        head = ann.prev_word(told.first) if told is not None and ann.norm(ann.prev_word(told.first)) in TELLING \
            else opener[-1]
        return _subject(ann, actors, head, outer)
    return []


def _in_origin_phrase(ann, a) -> bool:
    """'from Jema'a and Kaura Local Government Areas': a name inside a run of names that "from"
    opens, however many names the run joins."""
    for i in range(a.first - 1, max(-1, a.first - 10), -1):
        word = ann.tokens[i].text
        if ann.norm(i) == "from":
            return i < a.first - 1      # (right before the name, _blocks_subject decides)
        if not (word[:1].isupper() or ann.norm(i) in {"and", "the"} or word in {"'", "’"}):
            return False      # (a comma ends the run: "In Gao, Malian soldiers ...")
    return False


TELLING = frozenset({"told", "tells", "telling", "informed", "assured", "warned", "reminded"})
OBJECT_LEADS = frozenset({"the", "a", "an", "several", "some", "many", "dozens", "hundreds", "two", "three", "four",
                          "five", "its", "their", "his", "her", "of"})


def _verb_of_object(ann, a, before: int) -> int | None:
    """'dispersed the protesters, beat ...': the past-tense verb whose object `a` is, when only a
    comma or 'and' stands between `a` and the next verb of the series."""
    between = [ann.tokens[i].text.lower() for i in range(a.last + 1, before) if ann.tokens[i].text.strip()]
    if between not in ([","], ["and"], [",", "and"]):
        return None
    i = ann.prev_word(a.first)
    while i >= 0 and ann.norm(i) in OBJECT_LEADS:
        i = ann.prev_word(i)
    word = ann.norm(i) if i >= 0 else ""
    if len(word) > 4 and word.endswith("ed") and not ann.tokens[i].text[:1].isupper():
        return i
    return None


LEADING_PREPOSITIONS = frozenset({"in", "on", "at", "after", "before", "during", "following", "despite", "amid",
                                  "according", "since", "earlier", "later", "meanwhile", "separately", "late", "early"})


def _after_leading_adjunct(ann, lo: int, hi: int) -> int:
    """'In a statement published on its website, the ELN denied ...': the main clause starts
    after the introductory phrase and its comma."""
    first = lo if lo < len(ann.tokens) and ann.tokens[lo].norm else ann.next_word(lo)
    if ann.norm(first) not in LEADING_PREPOSITIONS:
        return lo
    comma = next((i for i in range(first, hi) if ann.tokens[i].text == ","), None)
    return comma + 1 if comma is not None else lo


AS_PREPOSITION_AFTER = frozenset({"known", "such", "designated", "described", "identified", "served", "serving",
                                  "acting", "listed", "regarded", "seen", "branded", "labelled", "labeled", "same"})


HEAD_TITLES = frozenset({"head", "chief", "leader", "leaders", "commander", "spokesman", "spokeswoman", "spokesperson",
                         "governor", "mayor", "chairman", "chairperson", "administrator", "commissioner", "prefect",
                         "president", "director", "secretary", "minister", "envoy", "representative", "members",
                         "member", "officials", "official", "fighters", "troops", "forces", "units", "unit"})


def _blocks_subject(ann, prev: int, actor: ActorMention | None = None) -> bool:
    """A preposition before an actor keeps it out of the subject ('backed by clan militias',
    'known as Macawisley'), but 'as' can open a clause ('came as Human Rights Watch accused')
    and 'the head of UNMISS condemned' is UNMISS speaking ('the Governor of West Darfur was
    abducted' is the governor, not the place)."""
    word = ann.norm(prev)
    if word in {"the", "a", "an"} and ann.norm(ann.prev_word(prev)) == "of" \
            and ann.norm(ann.prev_word(ann.prev_word(prev))) in KIN_WORDS:
        return True      # "relatives of the inmates gathered": the relatives did
    if word == "as":
        return ann.norm(ann.prev_word(prev)) in AS_PREPOSITION_AFTER
    if _object_of_participle(ann, prev):
        return True      # "security forces hunting the MIT shot dead two militants": the forces did
    if word == "of" and ann.norm(ann.prev_word(prev)) in HEAD_TITLES:
        title = next((a for a in ann.actors if a.last == ann.prev_word(prev) and a.kind == "agent"), None)
        return actor is not None and title is not None and len(actor.code) == 3 and title.code.startswith(actor.code)
    return word in SUBJECT_BLOCKERS and not _quantity_of(ann, prev)


def _object_of_participle(ann, prev: int) -> bool:
    """An actor after 'hunting', 'pursuing', 'fighting' (with or without 'the') that itself follows
    an actor: the object of a participle describing the subject before it."""
    j = ann.prev_word(prev) if ann.norm(prev) in {"the", "a", "an"} else prev
    word = ann.norm(j)
    if not word.endswith("ing") or word in {"during", "including", "following", "regarding", "concerning", "according"}:
        return False
    before = ann.prev_word(j)
    return before >= 0 and any(a.last == before for a in ann.actors)


KIN_WORDS = frozenset({"relatives", "families", "family", "parents", "mothers", "fathers", "wives", "widows", "children",
                       "sons", "daughters", "friends", "neighbours", "neighbors", "colleagues"})
QUANTITY_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "group", "groups", "number", "some",
                            "many", "most", "several", "crowd", "band", "gang", "squad", "unit", "convoy", "handful",
                            "coalition", "alliance", "network", "patrol", "team", "detachment", "contingent",
                            "faction", "wing"})


def _quantity_of(ann, of: int) -> bool:
    """'dozens of men armed with clubs attacked', 'a group of protesters set fire': the people counted."""
    return ann.norm(of) == "of" and ann.norm(ann.prev_word(of)) in QUANTITY_WORDS


OPENING_VERBS = frozenset({"opened", "open", "opens", "launched", "mounted", "staged", "unleashed"})


def _relative_subject(ann, actors, verb: int, lo: int) -> list[ActorMention] | None:
    """'abuses by armed separatists, who have killed ... civilians': a relative pronoun right
    before the verb stands for the noun before it, and that noun is the subject (or nobody)."""
    j = ann.prev_word(verb)
    if ann.norm(j) in OPENING_VERBS:
        j = ann.prev_word(j)      # "armed men who opened gunfire at them": the verb before the noun
    while j > lo and ann.norm(j) in SKIPPABLE | {"been", "be", "reportedly"}:
        j = ann.prev_word(j)
    if j <= lo or ann.norm(j) not in {"who", "which", "that"}:
        return None
    k = j - 1
    while k > lo and not ann.tokens[k].norm:
        k -= 1          # the comma of a non-restrictive clause
    head = [a for a in actors if a.last == k]
    return _coordinated_left(ann, actors, head[0]) if head else []


def _relative_head(ann, cands: list[ActorMention], a: ActorMention, verb: int) -> ActorMention:
    """'RSF fighters who entered the village raped ...': an actor inside a restrictive relative
    clause is not the main verb's subject; the noun the clause hangs on is."""
    for h in cands:
        if h.last >= a.first:
            break
        r = ann.next_word(h.last)
        if r < a.first and ann.norm(r) in {"who", "that", "which"} and \
                not any(ann.tokens[i].text == "," for i in range(r, verb)):
            return h
    return a


REPORTING_WORDS = frozenset({"said", "says", "say", "told", "tells", "tell", "reported", "reports", "added", "stated",
                             "announced", "claimed", "claims", "alleged", "alleges", "insisted", "confirmed", "warned",
                             "noted", "argued", "believe", "believed", "believes", "showed", "shows", "found", "suggests"})


def _complementizer(ann, actors, i: int, verb: int) -> bool:
    """'that' opening what someone says ('told Human Rights Watch that a single aircraft
    dropped ...'), not a relative pronoun ('the fighters that attacked')."""
    if ann.norm(i) != "that" or ann.next_word(i) == verb:
        return False
    prev = ann.prev_word(i)
    if ann.norm(prev) in REPORTING_WORDS:
        return True
    before = next((a for a in actors if a.last == prev), None)
    return before is not None and ann.norm(ann.prev_word(before.first)) in REPORTING_WORDS


SUBORDINATORS = frozenset({"when", "after", "before", "because", "while", "although", "though", "whereas", "until",
                           "unless"})
ADJUNCT_OPENERS = frozenset({",", "while", "after", "before", "by", "when", "and", "also", "thereby", "later"})


def _opens_participle_adjunct(ann, v: int, lo: int) -> bool:
    """'..., accusing', 'while also denouncing', 'after blaming': an -ing verb opening an adjunct;
    and 'X denied ..., and accused Washington': a verb coordinated with the main one. Both have
    the main clause's subject."""
    if v <= lo:
        return False
    j = _adjunct_start(ann, v, lo)
    if ann.norm(v).endswith("ing"):
        return (ann.tokens[j].text == "," or ann.norm(j) in ADJUNCT_OPENERS) and j > lo
    return ann.norm(j) in {"and", "but"} and j > lo


def _after_quotation(ann, lo: int, before: int) -> int:
    """'"The police are taking sides," he told a radio station, accusing ...': the main clause
    starts after the quotation that opens the sentence, whose names are the speaker's words."""
    closing = [k for k in range(lo + 1, before) if ann.tokens[k].text in QUOTES
               and ann.tokens[k - 1].text in {",", ".", "?", "!"}]
    return closing[-1] + 1 if closing else lo


def _adjunct_start(ann, v: int, lo: int) -> int:
    j = v - 1
    # ('..."does not strike civilian targets," dismissing reports': the comma inside the closing quote)
    while j > lo and (ann.norm(j) in SKIPPABLE or ann.tokens[j].text in QUOTES):
        j -= 1
    return j


SUBJECT_BLOCKERS = frozenset({"on", "against", "at", "of", "with", "to", "for", "by", "as", "from", "into", "in",
                              "near", "toward", "towards", "than", "between", "among", "including"})
RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "where"})
# words that open a modifier set off by commas: "X, backed by Y, said", "X, including Y, ..."
MODIFIER_STARTS = frozenset({"backed", "led", "supported", "based", "known", "including", "allied", "loyal",
                             "affiliated", "linked", "aligned", "armed", "funded", "founded", "formed", "itself",
                             "also", "like", "such", "along", "together", "headed", "run", "controlled", "now",
                             "formerly", "once", "previously", "citing", "quoting", "according"})
# "X, speaking to reporters in Beledweyne, accused Y", "Malipin leaders, speaking to this newspaper,
# accused ...": whom X spoke to is never the subject, whatever X is
SPEAKING_TO = frozenset({"speaking", "talking", "addressing", "briefing", "writing"})


def embedded_tokens(ann, actors, lo: int, hi: int) -> set[int]:
    """Token indices in [lo, hi) that are not the main clause (see `embedded_spans`)."""
    return {i for a, b in embedded_spans(ann, actors, lo, hi) for i in range(a, b)}


def embedded_spans(ann, actors, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges [a, b) in [lo, hi) inside parentheses, or inside a comma-delimited relative
    clause, apposition or modifier hanging on the noun before it ("X, which officials say ..., denied";
    "X, a Fulani association, accused"; "X, backed by Y, attacked")."""
    spans: list[tuple[int, int]] = []
    depth, open_at = 0, 0
    for i in range(lo, hi):
        text = ann.tokens[i].text
        if text == "(":
            depth, open_at = depth + 1, i
        elif text == ")" and depth:
            depth -= 1
            spans.append((open_at, i + 1))
    if depth:
        spans.append((open_at, hi))
    inside = {i for a, b in spans for i in range(a, b)}
    commas = [i for i in range(lo, hi) if ann.tokens[i].text in {",", "–", "—"} and i not in inside]
    actor_ends = {a.last for a in actors}
    for k, c in enumerate(commas):
        end = commas[k + 1] if k + 1 < len(commas) else hi
        nxt = ann.next_word(c)
        if end >= hi or nxt >= hi:
            break        # the verb itself is inside this clause: its own subject is in it
        word = ann.norm(nxt)
        after_actor = ann.prev_word(c) in actor_ends
        opens_modifier = word in MODIFIER_STARTS | {"a", "an", "the", "one"} and after_actor \
            and not _ends_leading_place_phrase(ann, lo, c)
        if word in RELATIVE_WORDS | SPEAKING_TO or opens_modifier:
            spans.append((c, end))
    return spans


def _ends_leading_place_phrase(ann, lo: int, comma: int) -> bool:
    """'In Etapalli, India, a farmer, Sainu Mattami, was abducted': the comma closes the phrase
    that opens the sentence ('In Etapalli, India'), and what follows it is the subject, not an
    apposition to the country."""
    first = next((i for i in range(lo, comma) if ann.tokens[i].norm), None)
    if first is None or ann.norm(first) not in ("in", "near", "at", "from"):
        return False
    inner = [i for i in range(first, comma) if ann.tokens[i].text == ","]
    # (no event told inside it, and any comma in it only joins place names)
    return not any(first <= t.first < comma for t in ann.triggers) \
        and all(ann.tokens[ann.next_word(i)].text[:1].isupper() for i in inner)


CLAUSE_BREAKS = frozenset({"since", "after", "before", "when", "while", "as", "because", "until", "though",
                           "although", "but", "which", "who", "whom", "that", "where", "if", "during", "amid",
                           "despite", "following", "saying", "said", "says"})


def _object_after(ann, actors, after: int, hi: int, preps: set[str] | None = None) -> list[ActorMention]:
    """The first actor after `after` within a few words and the same clause ('hit the area since
    Moscow agreed...' has no actor object); with `preps`, it must follow one of them."""
    for a in actors:
        if a.first <= after or a.first >= hi:
            continue
        gap = [t.norm for t in ann.tokens[after + 1:a.first] if t.norm]
        # ("struck artillery positions and a command post of Cambodia's 8th Infantry Division": the
        # sites owned, then their owner)
        # ("the main base of the Djiboutian contingent": articles and modifiers may follow "of")
        owned = "of" in gap[-3:] and bool(set(gap) & OWNED_SITES)
        if len(gap) > (OWNED_OBJECT_GAP if owned else MAX_OBJECT_GAP) or set(gap) & CLAUSE_BREAKS:
            return []
        if preps is not None and not _governed_by(ann, after, a.first, preps):
            continue
        held = any(gap[k:k + 2] in (["held", "by"], ["controlled", "by"], ["occupied", "by"], ["belonging", "to"],
                                    ["used", "by"]) for k in range(max(0, len(gap) - 3), len(gap)))
        if preps is None and set(gap) & (LOCATIVE | {"by"}) and not held:
            continue     # ("struck a position held by southern separatists": the separatists were hit)
        return _coordinated_right(ann, actors, a)
    return []


def _governed_by(ann, after: int, first: int, preps: set[str]) -> bool:
    """A preposition between `after` and the actor governs it: no comma stands between them
    ("In the deadliest of these attacks, on 10 August, armed men shot dead...": the men are no target)."""
    last = max((k for k in range(after + 1, first) if ann.norm(k) in preps), default=None)
    return last is not None and not any(ann.tokens[k].text in (",", ";", "(") for k in range(last + 1, first))


def _after_by(ann, actors, after: int, hi: int, window: int = 6, preps: frozenset[str] = frozenset({"by"}),
              days: frozenset[str] = frozenset()) -> list[ActorMention]:
    reach, gap = window + 4, 0
    plain = True       # only prepositional phrases so far: "abducted from their homes in Chake Chake in
    # the early hours of Monday by masked men" keeps its agent however long the phrases run
    for j in range(after + 1, hi):
        plain = plain and (ann.tokens[j].text not in (",", ";", "(") or _name_aside(ann, j) or _adjunct_comma(ann, j)) \
            and (ann.norm(j) not in PHRASE_STOPS or _participle_conjunct(ann, j))
        if gap >= (reach if not plain else max(reach, PLAIN_REACH)):
            break
        # (the tokens between count, but a plain run's punctuation does not)
        gap += 1 if not plain or ann.tokens[j].norm else 0
        if ann.norm(j) in days or ann.tokens[j].text.isdigit():
            reach += 1      # "was attacked on Saturday, 20 September 2025, by ...": the day is no gap
        if ann.norm(j) in preps and ann.norm(ann.prev_word(j)) in HELD_PARTICIPLES:
            return []       # "hit a camp on an island used by the assailants": the camp's users
        if ann.norm(j) in preps:
            # "by the Iranian-backed Houthi militia": a sponsor modifier may stand in between;
            # "by a large group of armed men": so may the count of them
            # ("by around a dozen armed Maoists")
            nxt = [a for a in actors if j < a.first <= j + 4 or (j < a.first <= j + 6 and any(
                ann.norm(k) in {"backed", "led", "allied", "linked", "aligned"} or _quantity_of(ann, k)
                or (is_number_word(ann.norm(k)) and ann.norm(k) not in ("a", "an")) for k in range(j, a.first)))]
            return _coordinated_right(ann, actors, nxt[0]) if nxt else []
    return []


PLAIN_REACH = 20      # words


def _name_aside(ann, j: int) -> bool:
    """', Mayo-Belwa LGA,' in 'killed at Jabbu village, Mayo-Belwa LGA, by suspected herders': a
    comma that opens or closes a short run of capitalised words (the district a village lies in)."""
    if ann.tokens[j].text != ",":
        return False
    def capitalised_run(step: int) -> bool:
        k, words = j + step, 0
        while 0 <= k < len(ann.tokens) and ann.tokens[k].text not in (",", ";", "(", ")"):
            if ann.tokens[k].norm:
                if not (ann.tokens[k].text[:1].isupper() or ann.tokens[k].text.isdigit()):
                    return False
                words += 1
            k += step
        return 0 < words <= 4 and 0 <= k < len(ann.tokens) and ann.tokens[k].text == ","
    return capitalised_run(1) or capitalised_run(-1)


def _adjunct_comma(ann, j: int) -> bool:
    """'was shot dead in front of his house, on the evening of Monday, August 31, 2026, by two men':
    commas around the when and where of the deed, or inside a date, part no clauses."""
    if ann.tokens[j].text != ",":
        return False
    nxt = ann.next_word(j)
    return ann.norm(nxt) in ADJUNCT_PREPOSITIONS or (nxt >= 0 and ann.tokens[nxt].text.isdigit())


ADJUNCT_PREPOSITIONS = frozenset({"on", "in", "at", "near", "around", "about"})


def _participle_conjunct(ann, j: int) -> bool:
    """'was attacked with machetes and killed ... by herders': 'and' joins a second participle."""
    return ann.norm(j) == "and" and ann.norm(ann.next_word(j)).endswith("ed")
HELD_PARTICIPLES = frozenset({"used", "held", "controlled", "occupied", "run", "owned", "operated", "manned",
                              "frequented", "guarded", "inhabited", "built"})
PHRASE_STOPS = frozenset({"and", "or", "but", "who", "which", "that", "while", "as", "after", "before", "when",
                          "where", "because", "since", "until", "then", "were", "was", "is", "are", "had", "has"})


def _is_passive(ann, trig: TriggerMention, lex) -> bool:
    aux = set(lex.patterns.patterns["passive"].auxiliaries)
    # ("was hit by explosives": a participle written like the base form)
    if trig.ref.form not in {"ed", "base"} and trig.ref.pos != "phrase":
        return False
    j = ann.prev_word(trig.first)
    # ("were fatally shot", "was brutally killed": a manner adverb between them)
    while j >= 0 and (ann.norm(j) in SKIPPABLE - {"have", "has", "had"} or ann.norm(j).endswith("ly")):
        j = ann.prev_word(j)
    return j >= 0 and (ann.norm(j) in aux or (ann.norm(j) == "and" and _passive_before(ann, j, aux)))


def _passive_before(ann, conj: int, aux: set[str]) -> bool:
    """'was attacked with machetes and killed', 'were shot and wounded': the second participle
    shares the first one's auxiliary."""
    j = ann.prev_word(conj)
    for _ in range(PASSIVE_CONJUNCT_REACH):
        if j < 1 or ann.tokens[j + 1].text in (",", ";") or ann.norm(j) in PHRASE_STOPS - {"was", "were"}:
            return False
        if ann.norm(ann.prev_word(j)) in aux and ann.norm(j).endswith(PARTICIPLE_ENDINGS):
            return True
        j = ann.prev_word(j)
    return False


PASSIVE_CONJUNCT_REACH = 5
PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ot", "ut", "it", "uck", "ung")


# --------------------------------------------------------------------------- patterns

def _passive(ann, trig, clause, actors, lex) -> Roles | None:
    if trig.ref.pos == "noun":
        source = _after_by(ann, actors, trig.last, clause[1])
        return Roles(source=source) if source else None
    if not _is_passive(ann, trig, lex):
        return None
    source = _after_by(ann, actors, trig.last, clause[1], window=3, days=lex.time_words | {"on"})
    return Roles(source=source or _fight_partner_after(ann, actors, trig, clause),
                 target=_subject(ann, actors, trig.first, clause[0]))


# the nouns after which "with X" names whom the dead fought ("confrontation" is no clash trigger on
# its own: "a confrontation with the press" is words)
FIGHT_NOUNS = frozenset({"confrontation", "encounter", "shootout", "gunfight", "firefight", "clash", "clashes",
                         "battle", "exchange"})


def _fight_partner_after(ann, actors, trig, clause) -> list[ActorMention]:
    """'two men were fatally shot during a confrontation with the police': who the dead fought
    with shot them."""
    words = [(i, ann.norm(i)) for i in range(trig.last + 1, min(clause[1], trig.last + 8)) if ann.norm(i)]
    for k, (i, w) in enumerate(words[:5]):
        if w in FIGHT_NOUNS and k + 1 < len(words) and words[k + 1][1] in {"with", "between"}:
            return [a for a in actors if a.first > words[k + 1][0]][:1] if words[k + 1][1] == "with" else []
    return []


def _active(ann, trig, clause, actors, lex) -> Roles | None:
    if trig.ref.pos == "noun" or _is_passive(ann, trig, lex):
        return None
    preps = set(lex.patterns.patterns["active"].target_prepositions)
    if trig.ref.rule.requires_place_target:
        preps = preps | {"from"}      # "recaptured the village from al-Shabaab"
    target = _object_after(ann, actors, trig.last, clause[1]) or _object_after(ann, actors, trig.last, clause[1], preps)
    # "Pakistani fighter jets struck": the trigger phrase "jets struck" starts inside its subject
    overlap = [a for a in actors if a.first <= trig.first <= a.last]
    return Roles(source=overlap[:1] or _subject(ann, actors, trig.first, clause[0]), target=target)


def _nominal(ann, trig, clause, actors, lex) -> Roles | None:
    if trig.ref.pos == "verb":
        return None
    spec = lex.patterns.patterns["nominal"]
    # "condemnation from NATO, the US and Azerbaijan": a statement's author follows "from" too
    # (an attack "from" somewhere is only where it came from)
    agent_preps = frozenset(spec.agent_prepositions) if trig.ref.rule.cameo[:2] == "11" else frozenset({"by"})
    roles = Roles(source=_after_by(ann, actors, trig.last, clause[1], window=2, preps=agent_preps))
    if not roles.source:
        roles.source = _modifier_before(ann, actors, trig)
    if not roles.source:
        roles.source = _light_verb_subject(ann, actors, trig, clause, lex)
    if not roles.source:
        roles.source = _attributed_to(ann, actors, trig, clause)
    preps = set(spec.target_prepositions)
    roles.target = _object_after(ann, actors, trig.last, clause[1], preps)
    if not roles.target and roles.source and roles.source[-1].first > trig.last:
        # "an attack launched by the Houthi militia on the army's positions": the target follows the agent
        roles.target = _object_after(ann, actors, roles.source[-1].last, clause[1], preps)
    if not roles.target:
        sources = {a.code for a in roles.source}
        roles.target = [a for a in _repeller(ann, actors, trig, clause, spec.repel_verbs) if a.code not in sources]
    return roles


def _attributed_to(ann, actors, trig, clause) -> list[ActorMention]:
    """'in an attack attributed to CODECO militiamen', 'a bombing blamed on al-Shabaab': the doer the
    attack is put down to (the coder reads the attribution as a claim). 'The attack is attributed
    to ...' retells an attack told before: whom it names is for that attack's accusation."""
    if ann.norm(ann.prev_word(trig.first)) in ("the", "this", "that", "these", "those"):
        return []
    for j in range(trig.last + 1, min(clause[1] - 1, trig.last + 3)):
        if ann.norm(j) in ATTRIBUTING and ann.norm(j + 1) in ("to", "on"):
            after = [a for a in actors if j + 1 < a.first <= j + 5 and a.first < clause[1] and a.code]
            return _coordinated_right(ann, actors, after[0]) if after else []
    return []


ATTRIBUTING = frozenset({"attributed", "blamed", "ascribed", "imputed"})


def _repeller(ann, actors, trig, clause, verbs: list[str]) -> list[ActorMention]:
    """'Ukrainian forces repelled 147 Russian attacks', 'its fighters fended off an assault by X':
    the subject of the verb that repelled the attack is its target."""
    for j in range(trig.first - 1, max(clause[0], trig.first - 8) - 1, -1):
        two = f"{ann.norm(ann.prev_word(j))} {ann.norm(j)}"
        if ann.norm(j) in verbs or two in verbs:
            start = ann.prev_word(j) if two in verbs else j
            return _subject(ann, actors, start, clause[0])
    return []


FUNCTION_WORDS = frozenset({"on", "against", "of", "in", "at", "by", "with", "and", "or", "to", "for", "from", "the",
                            "a", "an", "as", "after", "before", "that", "which", "who", "while", "than"})


def _modifier_before(ann, actors, trig) -> list[ActorMention]:
    """"Russian airstrikes", "Israel's strikes", "regime attack", "Russian missile and drone
    attacks": the actor right before the noun, with at most two modifiers between."""
    for a in reversed([a for a in actors if a.last < trig.first]):
        between = ann.tokens[a.last + 1:trig.first]
        gap = [t for t in between if t.norm]
        if len(gap) <= 3 and not any(t.text in {",", ";", ":", "(", ")"} for t in between) \
                and sum(t.norm in FUNCTION_WORDS for t in gap) <= (1 if [t.norm for t in gap][1:2] == ["and"] else 0):
            return [a]
        break
    return []


def _light_verb_subject(ann, actors, trig, clause, lex) -> list[ActorMention]:
    """"Russia launched airstrikes", "the group carried out an attack", "X were involved in ... attack"."""
    for j in range(trig.first - 1, max(clause[0], trig.first - 8) - 1, -1):
        if ann.norm(j) in lex.light_verbs:
            return _subject(ann, actors, j, clause[0])
    for j in range(trig.first - 1, max(0, trig.first - 20) - 1, -1):
        if ann.norm(j) in INVOLVEMENT:    # "X were directly involved in what ... was an attack"
            return _subject(ann, all_actors_before(ann, actors, j), j, 0)
    return []


INVOLVEMENT = frozenset({"involved", "responsible", "behind"})


def all_actors_before(ann, actors, j: int) -> list[ActorMention]:
    """Actors before position j, speakers excepted (the clause may have started later)."""
    known = {id(a) for a in actors}
    return [a for a in ann.actors if a.last < j and (id(a) in known or a.kind != "pronoun")]


def _accuse_of(ann, trig, clause, actors, lex) -> Roles | None:
    spec = lex.patterns.patterns["accuse_of"]
    preps = set(spec.object_prepositions)
    of_at = next((j for j in range(trig.last + 1, min(len(ann.tokens), trig.last + 25))
                  if ann.norm(j) in preps), None)
    accused = [a for a in actors if trig.last < a.first and (of_at is None or a.last < of_at)][:1]
    to_at = next((j for j in range(trig.last + 1, min(len(ann.tokens), trig.last + 25)) if ann.norm(j) == "to"), None) \
        if ann.norm(trig.first).startswith("attribut") else None
    if to_at is not None:
        # "attributed the drone attack on the school to the ELN": the accused follows "to" (but
        # "attacks attributed to NSAGs" names no accuser, and "which the authorities attribute to
        # cells" tells a standing view, not a statement)
        told = to_at > ann.next_word(trig.last) and ann.norm(trig.first) in {"attributed", "attributing", "attributes"}
        accused = [a for a in actors if a.first > to_at][:1] if told else []
    if accused and ann.norm(accused[0].first) in {"it", "this", "that"} and ann.norm(ann.next_word(accused[0].last)) == "on":
        # "blamed it on the Allied Democratic Forces": 'it' is the attack; the accused follows 'on'
        accused = [a for a in actors if a.first > ann.next_word(accused[0].last)][:1]
    accuser = _subject(ann, actors, trig.first, clause[0])
    if accuser and accuser[-1].kind == "pronoun" and not accused:
        # "rebels it accused of ...": the accused stands before the accuser
        earlier = [a for a in actors if a.last < accuser[0].first]
        accused = earlier[-1:] if earlier else []
    elif accused:
        accused = _coordinated_right(ann, actors, accused[0])
    if not accused and not _names_unknown_culprits(ann, trig, of_at):
        return None
    complement = (of_at + 1, clause[1]) if of_at is not None else None
    indirect = of_at is not None and ann.norm(ann.next_word(of_at)) in spec.indirect_verbs
    return Roles(source=accuser, target=accused, complement=complement, indirect=indirect)


UNKNOWN_CULPRITS_REACH = 12    # 'accused "certain radios and organisations based abroad" of': a long quoted name


def _names_unknown_culprits(ann, trig, of_at: int | None) -> bool:
    """'accused organised groups of carrying out attacks', 'blamed "saboteurs" for the violence':
    an accusation whose target no dictionary names ('was accused of', 'people accused of' are none)."""
    if of_at is None or trig.ref.pos != "verb" or of_at - trig.last > UNKNOWN_CULPRITS_REACH or ann.next_word(trig.last) == of_at:
        return False
    return not any(ann.tokens[i].text in {",", ";", ".", ":"} for i in range(trig.last + 1, of_at))


def _reciprocal(ann, trig, clause, actors, lex) -> Roles | None:
    preps = set(lex.patterns.patterns["reciprocal"].partner_prepositions)
    between = next((j for j in range(trig.last + 1, min(clause[1], trig.last + 16)) if ann.norm(j) == "between"), None)
    before = None if between is not None else _dispute_between(ann, trig, clause)
    between = between if before is None else before
    if between is not None:     # "clashes ... between the army and the RSF": the first two different sides
        sides = [a for a in (actors if before is None else ann.actors) if a.first > between and a.code
                 and (before is None or (a.last < trig.first and len(a.code) > 3))]
        if sides:
            other = next((a for a in sides[1:] if a.code != sides[0].code), None)
            if len(sides) > 1 and joined_by_and(ann, sides[0], sides[1]):
                # "between the 444 Brigade and the Special Deterrence Force": both LBYMIL; "between
                # members of Los Lobos and Los Choneros": both gangs, not the prison after them
                other = sides[1]
            elif other is None and len(sides) > 1 and _second_side(ann, sides, dispute=before is not None):
                other = sides[1]
            if other is None and any(ann.norm(j) == "and" for j in range(between + 1, sides[0].first)):
                other = replace(sides[0])     # "between Kakiri and Tuanda fighters": two sides of one kind
            return Roles(source=[sides[0]], target=[other] if other else [])
    engaged = _engaged_in(ann, actors, trig, clause) or _fought_where(ann, actors, trig, clause)
    if engaged is not None:
        return engaged
    partner = _object_after(ann, actors, trig.last, clause[1], preps)
    subject = _subject(ann, actors, trig.first, clause[0])
    if len(subject) >= 2 and not partner:
        return Roles(source=[subject[0]], target=subject[1:])
    if len(subject) == 1 and not partner and _two_sides_of_one_kind(ann, subject[0]):
        # "tribesmen from Pewar and Tangi exchanged fire", "rival gangs clashed": both sides
        return Roles(source=subject, target=[replace(subject[0])])
    return Roles(source=subject, target=partner) if (subject or partner) else None


def _dispute_between(ann, trig, clause) -> int | None:
    """'a dispute over farmland between youths of Kwapsi and Dungbo communities degenerated into a
    violent clash': the 'between' of the quarrel the fight grew out of, told before it."""
    # (the place list after the parties may have cut the clause: "..., in Lamurde LGA, Adamawa, Nigeria,")
    for j in range(trig.first - 1, max(0, trig.first - DISPUTE_REACH) - 1, -1):
        if ann.norm(j) == "between":
            return j if any(ann.norm(k) in DISPUTES for k in range(max(0, j - 5), j)) else None
    return None


DISPUTE_REACH = 24
DISPUTES = frozenset({"dispute", "disputes", "quarrel", "row", "feud", "tension", "tensions", "rivalry", "argument",
                      "misunderstanding", "conflict", "disagreement"})


def joined_by_and(ann, a: ActorMention, b: ActorMention) -> bool:
    """'X and Y', 'X and the Y': two actors coordinated."""
    return [t.norm for t in ann.tokens[a.last + 1:b.first] if t.norm] in (["and"], ["and", "the"])


def _second_side(ann, sides: list[ActorMention], dispute: bool) -> bool:
    """The second actor after 'between' is the other side, though it shares the first's code: after
    'and' or 'the', or, in a dispute told before the fight, anywhere after an 'and' ("a dispute
    between Fulani herders and Bachama farmers")."""
    if ann.norm(ann.prev_word(sides[1].first)) in {"and", "the"}:
        return True
    return dispute and any(ann.norm(k) == "and" for k in range(sides[0].last + 1, sides[1].first))


def _two_sides_of_one_kind(ann, a: ActorMention) -> bool:
    """Armed men, gangs or tribes named as one plural subject of a fight with no partner."""
    words = a.text.lower().split()
    if words and ann.norm(a.last + 1) in GROUP_HEADS:
        words.append(ann.norm(a.last + 1))     # "members of the two criminal groups clashed"
    if a.kind != "agent" or not words or not (words[-1].endswith("s") or words[-1].endswith("men")):
        return False
    role = a.code[3:6]
    return role in {"UAF", "CRM", "AGR"} or (role in {"CVL", "PPL"} and words[-1] in SIDE_WORDS)


GROUP_HEADS = frozenset({"groups", "gangs", "factions", "cartels", "militias", "clans", "tribes"})
SIDE_WORDS = frozenset({"tribesmen", "clansmen", "clans", "tribes", "groups", "communities", "families", "villagers"})
ENGAGE_VERBS = frozenset({"engage", "engaged", "engages", "engaging"})


def _fought_where(ann, actors, trig, clause) -> Roles | None:
    """'Troops pursued the attackers to a house, where a gunfight left one suspect dead': the
    fight's sides are the subject and the object of the clause 'where' hangs on."""
    where = next((j for j in range(trig.first - 1, max(clause[0], trig.first - 4) - 1, -1) if ann.norm(j) == "where"), None)
    if where is None or where == 0 or ann.tokens[where - 1].text != ",":
        return None
    before = [a for a in actors if clause[0] <= a.first and a.last < where]
    if not before:
        return None
    subject = _coordinated_right(ann, actors, before[0])
    partner = [a for a in before if all(a is not s for s in subject)][:1]
    return Roles(source=subject, target=partner) if partner else None


def _engaged_in(ann, actors, trig, clause) -> Roles | None:
    """'Troops engaged the bandits in a gun duel': the subject of 'engaged' fought its object."""
    if ann.norm(ann.prev_word(trig.first)) not in {"a", "an", "the", "fierce", "heavy", "intense"} | {"in"}:
        return None
    verb = next((j for j in range(trig.first - 1, max(clause[0], trig.first - 10) - 1, -1)
                 if ann.norm(j) in ENGAGE_VERBS), None)
    if verb is None:
        return None
    partner = [a for a in actors if verb < a.first and a.last < trig.first][:1]
    subject = _subject(ann, actors, verb, clause[0])
    return Roles(source=subject, target=partner) if subject and partner else None


def _speaker(ann, trig, clause, actors, lex) -> Roles | None:
    subject = _subject(ann, actors, trig.first, clause[0])
    return Roles(source=subject) if subject else None


def _fell_to(ann, trig, clause, actors, lex) -> Roles | None:
    if not trig.text.lower().startswith("fell"):
        return None
    after = [a for a in actors if a.first > trig.last][:1]
    return Roles(source=after) if after else None


def _attributed(ann, trig, clause, actors, lex) -> Roles | None:
    """'B was behind the attack' inside what someone says: B is accused; the speaker (added by
    the coder from the frame) accuses."""
    target = _subject(ann, actors, trig.first, clause[0])
    return Roles(target=target) if target else None


def _attributed_after(ann, trig, clause, actors, lex) -> Roles | None:
    """'the attack bore the hallmarks of JNIM', 'was orchestrated by Indian handlers' inside what
    someone says: the body named right after is accused (the coder adds the speaker)."""
    # (an actor may begin inside the words: "were cadres of the UNLF" names "cadres of the UNLF")
    after = [a for a in actors if trig.first < a.first <= trig.last + 6 and a.last > trig.last and a.code]
    return Roles(target=_coordinated_right(ann, actors, after[0])) if after else None


PROTEST_TARGET_CUES = (("against",), ("demanding", "that"), ("demand", "that"), ("demanded", "that"), ("calling", "on"),
                       ("called", "on"), ("urging",), ("urged",), ("outside",), ("in", "front", "of"), ("to", "demand"),
                       ("to", "denounce"), ("denouncing",), ("to", "condemn"), ("condemning",))


def _protest_target(ann, trig, clause, actors, lex) -> Roles | None:
    """'marched ..., demanding that the government protect them', 'protested outside the UN
    compound', 'rallied against the junta': whom the protest is aimed at."""
    for j in range(trig.last + 1, min(clause[1], trig.last + 20)):
        for cue in PROTEST_TARGET_CUES:
            if [ann.norm(k) for k in range(j, j + len(cue))] == list(cue):
                end = j + len(cue) - 1
                found = [a for a in actors if end < a.first <= end + 6 and a.code]
                # "against a new constitution that would allow President Condé a third term": the state
                found = found or [a for a in actors if end < a.first <= end + 14 and a.code[3:6] in ("GOV", "MIL", "COP")]
                if found:
                    return Roles(target=_coordinated_right(ann, actors, found[0]))
                return None
    return None


PATTERNS = {"passive": _passive, "protest_target": _protest_target, "active": _active, "nominal": _nominal, "accuse_of": _accuse_of,
            "reciprocal": _reciprocal, "speaker": _speaker, "fell_to": _fell_to, "attributed": _attributed,
            "attributed_after": _attributed_after}
