"""From mentions to events: merge the mentions of one article that state the same event,
pick each attribute from the best evidence, and classify it the ACLED way.

Merging follows how a careful coder reads an article: "the attack" and "the strikes" refer
back to the event told before; two mentions of a chlorine attack on the same day with
compatible perpetrators are one attack; Russia's accusation of HTS in the lead and again
in paragraph five is one accusation.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.coder import (BULLETIN_SUMMARY, CLAIMED_RESPONSIBILITY, GENERAL_CHARGE, NONSTATE_ATTACKERS, SPECIFICITY, UNARMED_ROLES,
                            VIOLENT_ROOTS, is_clash)
from pipeline.claims import names_person, names_speaker, side_of
from pipeline.codes import UNAFFILIATED, UNAFFILIATED_ROLE, roles_of
from pipeline.context import PERSON_TITLES
from pipeline.story import STATEMENT_ROOTS, called_protesters
from schemas.event import ActorRef, Casualty, Event, EventMention, Evidence, Place
from schemas.rules import AcledMapping

GENERIC_VIOLENCE = frozenset({"190", "180", "1823", "193", "196"})
MODALITY_STRENGTH = {"asserted": 3, "claimed": 2, "denied": 1, "hypothetical": 0}
PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}


@dataclass
class Draft:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    def add(self, m: EventMention) -> None:
        self.mentions.append(m)

    @property
    def cameo(self) -> str:
        stated = [m for m in self.mentions if not m.reference] or self.mentions
        return min(stated, key=lambda m: _specificity(m.cameo)).cameo

    def codes(self, side: str) -> list[str]:
        return _merge_codes(c.code for m in self.mentions for c in getattr(m, side))

    def event_codes(self, side: str) -> list[str]:
        """The codes the event is stored with: a speaker no telling ties to a party (only the
        story's country) is a civilian of that country."""
        refs = [c for m in self.mentions for c in getattr(m, side)]
        placed = {c.code for c in refs if c.how != UNAFFILIATED}
        return [code + UNAFFILIATED_ROLE if len(code) == 3 and code not in placed else code
                for code in self.codes(side)]


def _specificity(code: str) -> int:
    return SPECIFICITY.index(code) if code in SPECIFICITY else len(SPECIFICITY)


def _merge_codes(codes) -> list[str]:
    """Unique codes, dropping one that another refines: [SYR, SYRREB] -> [SYRREB]."""
    unique = list(dict.fromkeys(codes))
    return [c for c in unique if not any(o != c and o.startswith(c) for o in unique)]


def merge_mentions(mentions: list[EventMention], drafts: list[Draft] | None = None) -> list[list[EventMention]]:
    """Group an article's mentions into events, in reading order (added to `drafts` if given)."""
    drafts = [Draft(list(g)) for g in drafts] if drafts else []
    for m in mentions:
        if m.about_event:
            m = _aim_at_perpetrator(drafts, m)
        attempt = _attempt_repulsed(drafts, m)
        if attempt is not None:
            # "khwarij attempted to attack a checkpost. The attack was repulsed by the troops":
            # the attempt was made, and fought off
            attempt.mentions[0] = attempt.first.model_copy(update={
                "modality": "asserted", "rule_ids": attempt.first.rule_ids + [ATTEMPT_REPULSED]})
        target = _antecedent(drafts, m) if m.reference else _same_event(drafts, m)
        if target is not None and m.reference and _air_strike_on_the_ground(target, m):
            # "the terrorists who attacked Birni Lafia had been hit" after the air strike: the ground
            # attack told before it; with none, the armed group's deed (or the air strike) is an
            # event of its own
            target = _ground_attack_before(drafts, m)
            if target is None and (m.source or m.cameo == "195"):
                m = m.model_copy(update={"reference": False})
            elif target is not None:
                m = m.model_copy(update={"rule_ids": m.rule_ids + [PAST_AIR_STRIKE]})
        if target is not None and m.reference and m.source and not (
                (_dates_match(target, m) or _dated_by_speech(m)) and _places_match(target, m)):
            # "On Tuesday, the militants attacked another base near Kismayo": another day or
            # another town makes it another event, whoever the text says did it
            target, m = None, m.model_copy(update={"reference": False})
        if target is not None and m.reference and not m.source and m.also and m.place is not None \
                and m.date_precision == "day" and not _places_match(target, m):
            # "Fighting also raged on Monday around Bhamo": one more event, in another place
            target, m = None, _unidentified_sides(m.model_copy(update={"reference": False}))
        if target is None and BULLETIN_SUMMARY in m.rule_ids:
            pass      # a summary whose story the bulletin never tells after it is no event of its own
        elif target is None and m.reference and _is_violent(m.cameo) and m.modality not in ("hypothetical", "denied") \
                and any(a.how not in ("coreference", "possessive") for a in m.source) and GENERAL_CHARGE not in m.rule_ids:
            # "IS claimed responsibility for the attack, which killed 12 soldiers": told first here
            m = m.model_copy(update={"reference": False})
        elif target is None and m.reference and not drafts and _is_violent(m.cameo) and _told_as_news(m):
            # "Five people were killed in clashes in Zawiya on Saturday" opening the article: no
            # perpetrator is named, but there is no earlier event for the figures to belong to
            m = _unidentified_sides(m.model_copy(update={"reference": False}))
        if target is not None:
            target.add(m)
        elif not m.reference:
            drafts.append(Draft([m]))
    return [_aimed_after_all(d, drafts) for d in drafts]


def _aimed_after_all(d: Draft, drafts: list[Draft]) -> list[EventMention]:
    """'MINUSCA strongly condemns the attack perpetrated on Sunday ...' opening a press release
    that tells the attack after it: a condemnation of an event that had no perpetrator yet is
    aimed at the perpetrator of the event the whole article tells."""
    if not all(m.about_event and not m.target for m in d.mentions):
        return d.mentions
    return [_aim_at_perpetrator(drafts, m) for m in d.mentions]


AIR_STATE_ROLES = frozenset({"MIL", "GOV"})


def attribute_air_strikes(groups: list[list[EventMention]]) -> list[list[EventMention]]:
    """'An air strike hit a residential area near the market': in a war where one side flies,
    an air strike no one is named for is that side's, as ACLED attributes it. The side is the
    state the article shows striking elsewhere: another state than the one struck, else (a
    state bombing its own insurgents' areas) the struck country's own. Drones are not state air
    power (armed groups fly them too): a drone strike is the drone user's the story names, if
    exactly one."""
    strikers = Counter(c[:3] for g in groups if _is_violent(Draft(g).cameo) for c in Draft(g).codes("source")
                       if len(c) == 3 or roles_of(c) & AIR_STATE_ROLES)
    drones = [_by_drone(g) for g in groups]
    pilots = Counter(c for g, drone in zip(groups, drones) if drone for c in Draft(g).codes("source"))
    out = []
    for g, drone in zip(groups, drones):
        d = Draft(g)
        # a state does not bomb its own soldiers: "two soldiers were killed in a drone attack"
        own_forces = {c[:3] for c in d.codes("target") if roles_of(c) & ATTACKED_FORCES}
        pilot = next(iter(pilots)) if len(pilots) == 1 else None
        if d.cameo == "195" and not d.codes("source") and drone and pilot \
                and not (pilot[:3] in own_forces and roles_of(pilot) & AIR_STATE_ROLES):
            # "a drone dropped an explosive on a patrol base": in a story where one party is told
            # flying drones, that party's
            out.append(_with_source(g, pilot, "source:drone-user"))
            continue
        if d.cameo != "195" or d.codes("source") or drone or not strikers:
            out.append(g)
            continue
        struck = {c[:3] for c in d.codes("target")}
        ranked = [c for c, _ in strikers.most_common() if c not in struck] or \
            [c for c, _ in strikers.most_common() if c not in own_forces]
        out.append(_with_source(g, ranked[0] + "MIL", "source:air-power") if ranked else g)
    return out


ATTACKED_FORCES = frozenset({"MIL", "COP"})
TRANSNATIONAL = frozenset({"IGO", "IMG", "NGO", "MNC", "UAF"})


def attribute_unidentified_attacks(groups: list[list[EventMention]]) -> list[list[EventMention]]:
    """'Two policemen were killed when small drones dropped explosives on their post': an attack on
    a state's forces that no one is named for, nor blamed for, is the work of an unidentified armed
    group of that country, as ACLED codes it (a strike on civilians may be anyone's, the state's too)."""
    countries = {a.code[:3] for g in groups for m in g for a in m.source + m.target if len(a.code) >= 3}
    out = []
    for g in groups:
        d = Draft(g)
        targets = d.codes("target")
        untold = any(m.modality in ("hypothetical", "denied") for m in g)
        if d.cameo == "1831" and not d.codes("source") and targets and not untold:
            # "a female suicide bomber detonated explosives at the market": no state bombs itself
            # up; an armed group of the country struck, unidentified until someone is named
            out.append(_with_source(g, targets[0][:3] + "UAF", "source:unidentified"))
            continue
        if not _is_violent(d.cameo) or d.cameo[:3] == "181" or d.codes("source") or is_clash(d.first) or not targets \
                or untold \
                or not all(len(c) >= 6 and roles_of(c) & ATTACKED_FORCES for c in targets) \
                or countries - {targets[0][:3]} - TRANSNATIONAL:
            # (a story with another country in it may have its attacker there: not unidentified)
            out.append(g)
            continue
        out.append(_with_source(g, targets[0][:3] + "UAF", "source:unidentified"))
    return out


DRONE_WORDS = ("drone", "unmanned", "uav", "quadcopter")


def _by_drone(group: list[EventMention]) -> bool:
    def near(m: EventMention) -> str:
        return m.sentence.text[max(0, m.trigger.start - m.sentence.start - 30):m.trigger.end - m.sentence.start].lower()
    return any(w in m.trigger.text.lower() or w in near(m) for m in group for w in DRONE_WORDS)


def _with_source(group: list[EventMention], code: str, rule_id: str) -> list[EventMention]:
    first = group[0]
    side = ActorRef(code=code, text=first.trigger.text, start=first.trigger.start, end=first.trigger.end, how="context")
    return [first.model_copy(update={"source": [side], "rule_ids": first.rule_ids + [rule_id]})] + group[1:]


def _dated_by_speech(m: EventMention) -> bool:
    """'On Monday, the governor said jihadists were behind the attack': Monday is when he spoke;
    the attack keeps its own day."""
    named_again = bool(m.rule_ids) and m.rule_ids[0].split("/")[-1].startswith("noun")     # "the attack"
    return named_again and m.speech_date is not None and m.date == m.speech_date


def _told_as_news(m: EventMention) -> bool:
    """A killing or wounding stated with a figure, a day and a place, and no one disputing it."""
    return m.modality == "asserted" and m.place is not None and m.date_precision == "day" \
        and any(c.kind in ("killed", "injured") and c.count for c in m.casualties)


def _unidentified_sides(m: EventMention) -> EventMention:
    """Clashes with no side named were fought by unidentified armed men of the place's country."""
    if m.source or m.target or not is_clash(m) or m.place is None:
        return m
    side = [ActorRef(code=m.place.country + "UAF", text=m.trigger.text, start=m.trigger.start, end=m.trigger.end,
                     how="context")]
    return m.model_copy(update={"source": side, "target": side})


GENERIC_EVENT_CODES = frozenset({"18", "180", "19", "190", "20"})    # "the attack", "the violence": any event


def _aim_at_perpetrator(drafts: list[Draft], m: EventMention) -> EventMention:
    """'The president condemned the bombing': the criticism is aimed at whoever carried it out,
    the perpetrator of the story's gravest attack, not of the response told since; a
    government does not condemn what its own forces did."""
    speaker = {(a.code[:3], side_of(a.code)) for a in m.source}
    # (nor does a mission condemn its own peacekeepers' fight: "repelled the assailants ... The UN
    # mission condemned the attack")
    own = {a.code for a in m.source}
    candidates = [d for d in drafts if _is_violent(d.cameo) and d.first.modality not in ("hypothetical", "denied")
                  and any(c not in own and (not (c[:3], side_of(c)) in speaker or side_of(c) != "state")
                          for c in d.codes("source"))]
    if not candidates:
        return m
    if m.about_cameo and m.about_cameo not in GENERIC_EVENT_CODES:
        # "condemned the air raids": the air raids told before, not the story's gravest attack
        candidates = [d for d in candidates if d.cameo == m.about_cameo] or candidates
    event = max(reversed(candidates), key=lambda d: (d.first.modality == "asserted", _killed(d)))
    perpetrators = [a for x in event.mentions for a in x.source if a.code not in own
                    and not ((a.code[:3], side_of(a.code)) in speaker and side_of(a.code) == "state")]
    unique = list({a.code: a for a in perpetrators}.values())
    return m.model_copy(update={"target": unique, "rule_ids": m.rule_ids + ["target:perpetrator-of-event"]})


def _killed(d: Draft) -> int:
    return max((c.count or 0 for x in d.mentions for c in x.casualties if c.kind == "killed"), default=0)


def _is_violent(code: str) -> bool:
    return code[:2] in VIOLENT_ROOTS


REFERENCE_REACH = 3     # "the attack" refers to an event told at most this many sentences before


ATTEMPT_REPULSED = "modality:attempt-repulsed"
ATTEMPTED = re.compile(r"\b(?:attempted|tried|sought)\s+to\b", re.IGNORECASE)
REPULSED = re.compile(r"\b(?:repulsed|repelled|beaten back|beat back|fought off|pushed back)\b", re.IGNORECASE)


def _attempt_repulsed(drafts: list[Draft], m: EventMention) -> Draft | None:
    """The hypothetical attempt told in the sentence before a reference to its repulse."""
    if not (m.reference and _is_violent(m.cameo) and REPULSED.search(m.sentence.text)) or not drafts:
        return None
    last = drafts[-1]
    told = last.first
    if _is_violent(last.cameo) and told.modality == "hypothetical" and len(last.mentions) == 1 \
            and m.sentence_index - told.sentence_index == 1 and ATTEMPTED.search(told.sentence.text):
        return last
    return None


def _antecedent(drafts: list[Draft], m: EventMention) -> Draft | None:
    if CLAIMED_RESPONSIBILITY in m.rule_ids:
        # "The BLA claimed responsibility" paragraphs after the bombing: the story's attack whose
        # perpetrator was not yet named, however far back it was told
        claimed = next((d for d in reversed(drafts) if _is_violent(d.cameo) and d.first.modality == "asserted"
                        and not d.codes("source")), None)
        if claimed is not None:
            return claimed
    if m.modality == "hypothetical":
        return None
    # the event told last, not the one first told last: a drone strike told in the summary and
    # again after an abduction is the one "the strike" two sentences later refers to
    violent = [d for d in reversed(drafts) if _is_violent(d.cameo) and d.first.modality != "hypothetical"]
    # (of two events told last in one sentence, "the strike" is the air strike)
    latest = max(violent, key=lambda d: (_last_told(d), d.cameo == "195" and "strike" in m.trigger.text.lower()),
                 default=None)
    if latest is None or m.sentence_index - max(x.sentence_index for x in latest.mentions) > REFERENCE_REACH:
        return None
    return latest


PAST_AIR_STRIKE = "reference:past-air-strike"


def _last_told(d: Draft) -> int:
    """Where the event was last told (a reference back past a later air strike does not tell it anew)."""
    return max((x.sentence_index for x in d.mentions if PAST_AIR_STRIKE not in x.rule_ids), default=-1)


def _ground_attack_before(drafts: list[Draft], m: EventMention) -> Draft | None:
    """The armed group's attack a reference to it goes back to, past the air strike told since."""
    return next((d for d in reversed(drafts) if _is_violent(d.cameo) and d.first.modality != "hypothetical"
                 and not _air_strike_on_the_ground(d, m) and _dates_match(d, m)
                 and m.sentence_index - _last_told(d) <= 2 * REFERENCE_REACH), None)


def _same_event(drafts: list[Draft], m: EventMention) -> Draft | None:
    for d in reversed(drafts):
        if _kinds_match(d.cameo, m.cameo) and _sides_match(d, m) and _dates_match(d, m) and _places_match(d, m) \
                and (d.first.modality == "hypothetical") == (m.modality == "hypothetical") \
                and not _air_strike_on_the_ground(d, m):
            return d
    return None


def _air_strike_on_the_ground(d: Draft, m: EventMention) -> bool:
    """'Jihadists stormed an army position ... an air strike hit a camp used by the assailants as
    they withdrew': an armed group's ground attack and an air strike with no drone are two events
    (armed groups fly drones, not aircraft), whatever day they share."""
    def grounded(codes: list[str]) -> bool:
        return bool(codes) and all(_nonstate_armed(c) for c in codes)
    own = [a.code for a in m.source]
    if m.cameo == "195" and d.cameo != "195":
        return grounded(d.codes("source")) and not grounded(own) and not _by_drone([m])
    if d.cameo == "195" and m.cameo != "195":
        # ("accused the LNA of carrying out the strike": a strike, whoever is said to fly)
        told_as_strike = any(w in m.trigger.text.lower() for w in ("strike", "raid", "bomb"))
        return grounded(own) and not grounded(d.codes("source")) and not _by_drone(d.mentions) \
            and not told_as_strike
    return False


def _places_match(d: Draft, m: EventMention) -> bool:
    """Two attacks in different towns are two events, whoever carried them out."""
    if m.place is None or m.cameo[:2] in ("01", "11"):
        return True
    places = [o.place for o in d.mentions if o.place is not None]
    if m.also and places:
        # "Russian aircraft also dropped two bombs on Antonivka" after strikes on Kherson: a
        # village in the region told is another target, not a detail of the first
        return any(p.geonameid is not None and p.geonameid == m.place.geonameid for p in places)
    return not places or any(_same_place(p, m.place) for p in places)


def _same_place(a: Place, b: Place) -> bool:
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    coarse = a if a.geo_precision >= b.geo_precision else b
    fine = b if coarse is a else a
    return coarse.geo_precision >= 3 and coarse.admin1 is not None and coarse.admin1 == fine.admin1


# codes told of one crowd in one sentence: a march and the road it blocks, a strike and its protest,
# a blockade and the riot it turns into
ONE_PROTEST = ({"141", "144"}, {"141", "143"}, {"144", "145"})


def _kinds_match(a: str, b: str) -> bool:
    if _is_violent(a) and _is_violent(b):
        if "181" in (a[:3], b[:3]):
            return a[:3] == b[:3]     # those taken away are an abduction beside the killings
        return a[:3] == b[:3] or a in GENERIC_VIOLENCE or b in GENERIC_VIOLENCE
    if a[:2] == "11" and b[:2] == "11":
        return True
    if {a[:3], b[:3]} in ONE_PROTEST:
        return True       # protesters blocking the road they march on, a strike "to protest": one protest (see _sides_match)
    return a[:3] == b[:3]


NONSTATE_ARMED = frozenset({"REB", "INS", "UAF", "SEP", "RAD", "MUS"})


def _codes_compatible(a: list[str], b: list[str]) -> bool:
    """Same actor as far as the text tells: one code refines the other, or both are a
    country's non-state armed groups ('terrorist groups' told of HTS)."""
    if not a or not b:
        return True
    return any(x.startswith(y) or y.startswith(x) or _same_armed_camp(x, y) for x in a for y in b)


def _nonstate_armed(code: str) -> bool:
    return code.startswith("IMG") or bool(roles_of(code) & NONSTATE_ARMED)


def _same_armed_camp(x: str, y: str) -> bool:
    return _nonstate_armed(x) and _nonstate_armed(y) and (x[:3] == y[:3] or "IMG" in (x[:3], y[:3]))


def _same_state(a: list[str], b: list[str]) -> bool:
    """A state's army and its government are one party to blame ('condemned the strike, saying
    the regime ...')."""
    return any(x[:3] == y[:3] and side_of(x) == side_of(y) == "state" and roles_of(x) and roles_of(y)
               for x in a for y in b)


GENERIC_AGENT = "agent+context"


def _generic_only(refs) -> bool:
    return bool(refs) and all(c.how == GENERIC_AGENT for c in refs)


def _sides_match(d: Draft, m: EventMention) -> bool:
    src, tgt = [c.code for c in m.source], [c.code for c in m.target]
    if _is_violent(d.cameo) and _generic_only(m.source) and d.codes("source") and m.cameo[:3] == d.cameo[:3] \
            and m.place is not None and any(o.place is not None and _same_place(o.place, m.place) for o in d.mentions) \
            and _codes_compatible(d.codes("target"), tgt):
        return True     # "aircraft", "gunmen": not evidence of another perpetrator on the same day and place
    if {d.cameo[:3], m.cameo[:3]} in ONE_PROTEST:
        # "protested on Wednesday, blocking a road", "blocked the avenue with burning tyres and set fire
        # to a bus": one protest, told in one sentence
        return bool(src) and _codes_compatible(d.codes("source"), src) \
            and any(o.sentence_index == m.sentence_index for o in d.mentions)
    if d.cameo[:2] == "11":       # an accusation is one only between the same two parties
        if _charge_of_its_own(d, m):
            return False
        if src and not (tgt and d.codes("target")) and _same_speaker_here(d, m):
            return True      # "condemned the attack, accusing Serbia of ...": one statement
        return bool(src and tgt and d.codes("target")) and _codes_compatible(d.codes("source"), src) \
            and (_codes_compatible(d.codes("target"), tgt) or _same_state(d.codes("target"), tgt)) \
            and not _other_speaker(d, m)
    if d.cameo == m.cameo == "016":
        # two armed groups' denials are two denials ("the KNO denied ...", "the UNLF (Pambei) denied")
        return bool(src) and any(x.startswith(y) or y.startswith(x) for x in d.codes("source") for y in src) \
            and not _other_speaker(d, m) and not _denial_of_its_own(d, m)
    if m.cameo[:3] == d.cameo[:3] == "190" and src and tgt and d.codes("source") and d.codes("target") \
            and _codes_compatible(d.codes("source"), tgt) and _codes_compatible(d.codes("target"), src):
        return True     # a battle told from the other side: "the suspects opened fire on the officers"
    if not _codes_compatible(d.codes("source"), src) or not _codes_compatible(d.codes("target"), tgt):
        return False
    # with a perpetrator missing on one side, something positive must tie the two mentions
    return bool(src and d.codes("source")) or _linked(d, m)


def _charge_of_its_own(d: Draft, m: EventMention) -> bool:
    """'The RSF accused the army of bombing civilians' and, later, 'the paramilitaries in turn
    accused the army of turning the hospital into a barracks': each charge its own accusation."""
    def charged(x: EventMention) -> bool:
        return any(r.endswith("+accuse_of") for r in x.rule_ids[:1])
    return charged(m) and all(charged(o) and o.sentence_index != m.sentence_index for o in d.mentions)


def _denial_of_its_own(d: Draft, m: EventMention) -> bool:
    """'It denied targeting civilians' and, later, 'the military denied that its troops had crossed
    the border': each denies a thing of its own, so each is a denial."""
    def denied(x: EventMention) -> str | None:
        after = re.findall(r"[a-z]+", x.sentence.text[x.trigger.end - x.sentence.start:].lower())[:3]
        if not after or not (after[0] == "that" or after[0].endswith("ing")) or after[0] == "having":
            return None
        return " ".join(after)
    told = denied(m)
    return told is not None and all(denied(o) not in (None, told) and o.sentence_index != m.sentence_index
                                    for o in d.mentions)


def _same_speaker_here(d: Draft, m: EventMention) -> bool:
    """The same words of one sentence speak both ('The ministry condemned ... and accused Israel')."""
    spans = {(a.start, a.end) for o in d.mentions if o.sentence_index == m.sentence_index for a in o.source}
    return any((a.start, a.end) in spans for a in m.source)


SPEAKER_FILLER = frozenset({"the", "a", "an", "of", "and", "s", "its", "his", "her", "their"}) | PERSON_TITLES \
    | {"prime", "deputy", "foreign", "defence", "defense", "interior", "secretary", "senior", "regional"}


def _other_speaker(d: Draft, m: EventMention) -> bool:
    """'Barzani condemned the attack' and, two paragraphs on, 'al-Sudani condemned the strike':
    two people speaking are two statements, though both are the Iraqi government. The same
    speaker named again ('Russia', 'Russia's foreign ministry') or referred back to ('the
    ministry', 'he') is one."""
    def words(ref: ActorRef) -> set[str]:
        return {w for w in re.findall(r"[a-z]+", ref.text.lower()) if w not in SPEAKER_FILLER}
    named = [r for r in m.source if r.how not in ("coreference", "possessive")]
    earlier = [r for x in d.mentions if not _framed(x) for r in x.source if r.how not in ("coreference", "possessive")]
    if _framed(m) or not named or not earlier:
        return False
    if any(x.sentence_index == m.sentence_index for x in d.mentions):
        # one sentence tells one statement, unless it names two speakers ("Prime Minister
        # Kurti and President Osmani condemned ...", "the SDLP and the UUP condemned ...")
        return all(names_speaker(r) for r in named + earlier) \
            and not any(words(a) & words(b) for a in named for b in earlier)
    if not all(names_person(r) for r in named):
        return False      # "President X" and later "the government": one position told twice
    return not any(words(a) & words(b) for a in named for b in earlier)


def _framed(m: EventMention) -> bool:
    """An accusation read off a claim ('Russia launched 16 missiles, the Air Force said'), not
    a verb of accusing: too weak to tell one statement from another."""
    return bool(m.rule_ids) and m.rule_ids[0].endswith("/frame")


def _linked(d: Draft, m: EventMention) -> bool:
    """Same town, same day, or the same specific kind of attack (two chlorine attacks told
    in one article are one, unless a place or date says otherwise)."""
    if m.place is not None and any(o.place is not None and _same_place(o.place, m.place) for o in d.mentions):
        return True
    if m.date is not None and m.date_precision == "day" and any(o.date == m.date for o in d.mentions):
        return True
    return m.cameo == d.cameo and m.cameo not in GENERIC_VIOLENCE


def _dates_match(d: Draft, m: EventMention) -> bool:
    if m.date is None:
        return True
    for other in d.mentions:
        if other.date is None:
            continue
        if not _date_compatible(other.date, other.date_precision, m.date, m.date_precision):
            return False
    return True


def _date_compatible(a: dt.date, pa: str | None, b: dt.date, pb: str | None) -> bool:
    if pa == "day" and pb == "day":
        return a == b
    coarse = max((pa, a), (pb, b), key=lambda p: PRECISION_ORDER[p[0]])
    fine = b if coarse[1] is a else a
    unit, start = coarse
    if unit == "week":
        return start <= fine < start + dt.timedelta(days=7)
    if unit == "month":
        return (fine.year, fine.month) == (start.year, start.month)
    if unit == "year":
        return fine.year == start.year
    return a == b


# --------------------------------------------------------------------------- event attributes

@dataclass(frozen=True)
class Versions:
    codebook_version: str
    codebook_hash: str
    coder_version: str


def build_event(mentions: list[EventMention], published: dt.date | None, acled: AcledMapping,
                disorder: dict[str, str], versions: Versions) -> Event:
    d = Draft(mentions)
    cameo = d.cameo
    source, target = d.event_codes("source"), d.event_codes("target")
    assault = _assault_on_unarmed(mentions, cameo, source, target)
    cameo = "180" if assault else cameo
    place = _best_place(mentions)
    if _is_violent(cameo) and not target and place is not None and place.country:
        target = [place.country]      # the people of the place struck (see story.target_from_place)
    day, precision, date_rule = _event_date(mentions, published)
    casualties = [c for m in mentions for c in m.casualties]
    named = {side: _named_roles(d.mentions, side, cameo, acled) for side in ("source", "target")}
    event_type, sub_event_type, acled_rule = classify_acled(cameo, source, target, acled,
                                                            named["source"], named["target"])
    inter1, inter2 = _inter(source, acled, named["source"]), _inter(target, acled, named["target"])
    evidence = _evidence(mentions)
    rule_ids = list(dict.fromkeys([r for m in mentions for r in m.rule_ids] + [date_rule] + assault
                                  + ([f"acled:{acled_rule}"] if acled_rule else [])))
    modality, claimed_by = _modality(mentions)
    # (the speakers' places in the text tell apart two people's statements told in one sentence)
    speakers = [a.start for a in mentions[0].source] if cameo[:2] in STATEMENT_ROOTS else []
    event_id = _event_id(mentions[0].article_id, cameo, source, target, day, evidence[0].start, speakers)
    return Event(
        id=event_id, article_id=mentions[0].article_id, cameo=cameo, root=cameo[:2],
        source=source, target=target, date=day, date_precision=precision, place=place,
        modality=modality, claimed_by=claimed_by,
        fatalities=_best_figure(mentions, "killed"), injured=_best_figure(mentions, "injured"), casualties=casualties,
        acled_event_type=event_type, acled_sub_event_type=sub_event_type,
        disorder_type=disorder.get(sub_event_type) if sub_event_type else None,
        inter1=inter1, inter2=inter2, interaction=_interaction(inter1, inter2),
        rule_ids=rule_ids, evidence=evidence, codebook_version=versions.codebook_version,
        codebook_hash=versions.codebook_hash, coder_version=versions.coder_version)


def _assault_on_unarmed(mentions: list[EventMention], cameo: str, source: list[str], target: list[str]) -> list[str]:
    """'Gunmen invaded the villages ... opened fire on residents': an armed group's force against the
    unarmed, told over several sentences, is CAMEO's assault (18) as a whole, though one sentence
    alone reads like a firefight (193): ["assault:unarmed-event"] then, else []."""
    if cameo not in ("190", "193") or not source or not target or any(is_clash(m) for m in mentions):
        return []
    unarmed = all(c[3:6] in UNARMED_ROLES for c in target)
    attackers = all(c[3:6] in NONSTATE_ATTACKERS - {"CVL", "PPL"} for c in source)   # (not rioting crowds)
    return ["assault:unarmed-event"] if unarmed and attackers else []


def _event_id(article_id: str, cameo: str, source: list[str], target: list[str], day: dt.date | None,
              first_start: int, speakers: list[int]) -> str:
    key = "|".join([article_id, cameo, ",".join(sorted(source)), ",".join(sorted(target)), str(day), str(first_start)]
                   + [str(s) for s in speakers])
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _event_date(mentions: list[EventMention], published: dt.date | None) -> tuple[dt.date | None, str | None, str]:
    stated = [m for m in mentions if m.date is not None]
    if stated:
        # ("At least 10 people have been killed in clashes": the day of publication is only assumed for
        # the lead; "the fighting broke out late on November 17" states the day)
        best = min(stated, key=lambda m: ("date:lead-today" in m.rule_ids, PRECISION_ORDER[m.date_precision],
                                          m.reference))
        return best.date, best.date_precision, "date:text"
    speech = [m.speech_date for m in mentions if m.speech_date]
    if speech:
        return speech[0], "day", "date:speech"
    return published, ("day" if published else None), "date:publication"


REGION_ROOTS = (*VIOLENT_ROOTS, "14")


def in_story_region(events: list[Event]) -> list[Event]:
    """A violent event or protest the text places nowhere happened in the story's region: the
    first-level division its placed events lie in most often ("Djugu", "Bunia": Ituri), coded
    with ACLED's precision for a region (3), as a careful coder places what the report does not."""
    placed = [e.place for e in events if e.place is not None and e.place.country and e.place.admin1]
    if not placed:
        return events
    country = Counter(p.country for p in placed).most_common(1)[0][0]
    admin1 = Counter(p.admin1 for p in placed if p.country == country).most_common(1)[0][0]
    region = Place(name=admin1, admin1=admin1, country=country, geo_precision=3)

    def in_story(e: Event) -> bool:
        codes = [c[:3] for c in e.source + e.target]
        return e.place is None and e.root in REGION_ROOTS and (not codes or country in codes)

    return [e.model_copy(update={"place": region, "rule_ids": e.rule_ids + ["place:story-region"]}) if in_story(e)
            else e for e in events]


INTERVENTION_CODES = ("173", "175")     # arrests; repression (tear gas, batons, dispersal)
INTERVENTION_REACH = 2                  # sentences after the protest is told
PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION = "Peaceful protest", "Protest with intervention"


def protests_with_intervention(events: list[Event], mentions: list[EventMention]) -> list[Event]:
    """'Several hundred retirees marched to Congress ... at least 19 people were arrested': a
    peaceful protest that police dispersed or made arrests at, in its sentence or the next two, is
    ACLED's "Protest with intervention". Candidate arrests count even where the confidence model set
    them aside as events of their own: they still say what happened to the protest."""
    interventions = {m.sentence_index: m.date for m in mentions if m.cameo.startswith(INTERVENTION_CODES)}

    def intervened(e: Event) -> bool:
        told = [ev.sentence_index for ev in e.evidence]
        return e.acled_sub_event_type == PEACEFUL_PROTEST and any(
            min(told) <= i <= max(told) + INTERVENTION_REACH and (day is None or day == e.date)
            for i, day in interventions.items())

    return [e.model_copy(update={"acled_sub_event_type": PROTEST_WITH_INTERVENTION,
                                 "rule_ids": e.rule_ids + ["acled:protest-intervention"]}) if intervened(e) else e
            for e in events]


def _best_place(mentions: list[EventMention]) -> Place | None:
    places = [m.place for m in mentions if m.place is not None]
    if not places:
        return None
    return min(places, key=lambda p: p.geo_precision)


def _modality(mentions: list[EventMention]) -> tuple[str, list[str]]:
    """Whether the perpetrator is established: only mentions that name one get a vote."""
    voters = [m for m in mentions if m.source and not m.reference] or [m for m in mentions if not m.reference] or mentions
    modality = max((m.modality for m in voters), key=lambda x: MODALITY_STRENGTH[x])
    claimed_by = list(dict.fromkeys(c for m in voters if m.modality == modality for c in m.claimed_by))
    return modality, claimed_by if modality in ("claimed", "denied") else []


def _best_figure(mentions: list[EventMention], kind: str) -> int | None:
    """The conservative figure, as ACLED codes it: the figures one sentence gives for different
    victims add up ('19 soldiers ... while 14 fighters were also killed'); different reports of
    the event are alternatives, and the lowest credible one is kept."""
    totals = [_mention_total(m.casualties, kind) for m in mentions]
    totals = [t for t in totals if t is not None]
    return min(totals) if totals else None


def _mention_total(casualties: list[Casualty], kind: str) -> int | None:
    counts = {(c.span.start, c.span.end): c.count for c in casualties
              if c.kind == kind and c.count is not None and c.qualifier != "several"}
    return sum(counts.values()) if counts else None


def _evidence(mentions: list[EventMention]) -> list[Evidence]:
    by_sentence: dict[int, Evidence] = {}
    for m in mentions:
        ev = by_sentence.get(m.sentence_index)
        if ev is None:
            by_sentence[m.sentence_index] = Evidence(sentence_index=m.sentence_index, start=m.sentence.start,
                                                     end=m.sentence.end, text=m.sentence.text, rule_ids=list(m.rule_ids))
        else:
            ev.rule_ids.extend(r for r in m.rule_ids if r not in ev.rule_ids)
    first = mentions[0].sentence_index
    return [by_sentence[first]] + [e for i, e in sorted(by_sentence.items()) if i != first]


# --------------------------------------------------------------------------- ACLED

def _roles(code: str) -> set[str]:
    return roles_of(code) | ({code[:3]} if code[:3] in {"IMG", "IGO", "NGO", "UNO"} else set())


def _named_roles(mentions: list[EventMention], side: str, cameo: str, mapping: AcledMapping) -> set[str]:
    """Roles the words give, not the codes: the people a protest is by, and 'protesters',
    'demonstrators' on either side, are PROTESTERS (coded civilians, as ACLED codes them)."""
    actors = [a for m in mentions for a in getattr(m, side)]
    protesting = side == "source" and cameo[:2] == "14" and actors
    if protesting or any(a.how in ("protesters", "story-protesters") or called_protesters(a, mapping.protester_words)
                         for a in actors):
        return {"PROTESTERS"}
    return set()


def classify_acled(cameo: str, source: list[str], target: list[str], mapping: AcledMapping,
                   source_named: set[str] = frozenset(), target_named: set[str] = frozenset()
                   ) -> tuple[str | None, str | None, str | None]:
    """The first ACLED rule whose CAMEO prefix and roles hold; `*_named` are roles the words
    give (PROTESTERS), added to those of the codes."""
    armed = set(mapping.armed_roles)
    state = set(mapping.state_roles)
    target_roles = set().union(target_named, *(_roles(c) for c in target))
    source_roles = set().union(source_named, *(_roles(c) for c in source))
    for rule in mapping.rules:
        if not any(cameo.startswith(p) for p in rule.cameo):
            continue
        if rule.target_roles and not _roles_match(rule.target_roles, target_roles, armed):
            continue
        if rule.source_roles and not _roles_match(rule.source_roles, source_roles, armed):
            continue
        if rule.source_state is not None and bool(source_roles & state) != rule.source_state:
            continue
        return rule.event_type, rule.sub_event_type, rule.id
    return None, None, None


def _roles_match(wanted: list[str], present: set[str], armed: set[str]) -> bool:
    return any(r in present or (r == "ARMED" and present & armed) for r in wanted)


def _inter(codes: list[str], mapping: AcledMapping, named: set[str] = frozenset()) -> int | None:
    for code in codes:
        roles = _roles(code) | named
        for rule in mapping.inter_codes:
            if roles & set(rule.roles):
                return rule.inter
    return None


def _interaction(a: int | None, b: int | None) -> int | None:
    if a is None:
        return None
    if b is None:
        return a * 10
    lo, hi = sorted((a, b))
    return lo * 10 + hi
