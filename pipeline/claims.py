"""Claims and the accusations they carry, settled per article once mentions are merged.

A party to a conflict reporting what its enemy did is only a claim when the event is
contested: a mention hedges it ("claimed", "alleged", "likely"), calls it false, or the
accused denies it. Then every party's report of that event is coded `claimed`, and each report
is also an accusation of its own (CAMEO 112 from the reporting party to the alleged
perpetrator, dated when the party spoke). An uncontested battlefield report ("the Air Force
said Russia launched 13 drones") stays `asserted` and accuses no one.
"""
from __future__ import annotations

from pipeline.codes import STATE_FORCE_ROLES, roles_of
from pipeline.context import PERSON_TITLES
from schemas.event import ActorRef, EventMention

CONTESTABLE_ROOTS = ("17", "18", "19", "20")


def settle_claims(groups: list[list[EventMention]]) -> tuple[list[list[EventMention]], list[EventMention]]:
    """The groups with contested reports marked claimed, and the accusation mentions they imply."""
    denials = [m for g in groups for m in g if m.cameo == "016"]
    settled, accusations = [], []
    for group in groups:
        if group[0].cameo[:2] in CONTESTABLE_ROOTS and _contested(group, denials):
            group = [_as_claim(m) for m in group]
            accusations.extend(_one_per_state(a for m in group for a in _accusations(m)))
        settled.append(group)
    return settled, accusations


def _contested(group: list[EventMention], denials: list[EventMention]) -> bool:
    if any(m.modality in ("claimed", "denied") for m in group):
        return True
    sources = {a.code for m in group for a in m.source}
    return any(_compatible(d.code, s) for denial in denials for d in denial.source for s in sources)


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _as_claim(m: EventMention) -> EventMention:
    if m.modality != "asserted" or not m.claimants:
        return m
    claimed_by = list(dict.fromkeys(m.claimed_by + [c.code for c in m.claimants]))
    return m.model_copy(update={"modality": "claimed", "claimed_by": claimed_by,
                                "rule_ids": m.rule_ids + ["claim:contested"]})


def _accusations(m: EventMention) -> list[EventMention]:
    """112 from each party that reports the event to each alleged perpetrator."""
    if m.modality != "claimed" or m.reference:
        return []
    out = []
    for perpetrator in m.source:
        for claimant in m.claimants:
            if claimant.code[:3] == perpetrator.code[:3] and side_of(claimant.code) == side_of(perpetrator.code):
                continue
            out.append(statement_about(m, "112", [claimant], [perpetrator], "accusation-by-claim/frame", m.speech_date))
    return out


def _one_per_state(accusations) -> list[EventMention]:
    """'officials said' and 'an army spokesman said' about one attack: one accusation from that
    state, as a coder codes one party's charge, told first."""
    seen, out = set(), []
    for a in accusations:
        party = (a.source[0].code[:3], side_of(a.source[0].code), a.target[0].code)
        if party not in seen:
            seen.add(party)
            out.append(a)
    return out


def statement_about(m: EventMention, cameo: str, source: list, target: list, rule_id: str,
                    day=None) -> EventMention:
    """A statement (an accusation, a denial) a mention of an event implies: its own parties and
    date (when the speaker spoke), none of the event's place, casualties or modality."""
    return m.model_copy(update={
        "cameo": cameo, "source": source, "target": target, "date": day, "date_precision": "day" if day else None,
        "place": None, "modality": "asserted", "claimed_by": [], "claimants": [], "casualties": [],
        "reference": False, "rule_ids": [rule_id]})


def side_of(code: str) -> str:
    """Government side or not: a state's ministry speaks for its army, not for its rebels."""
    roles = roles_of(code)
    return "state" if roles & STATE_FORCE_ROLES or not roles else "other"


# (narrower than annotate.ORGANISATION_WORDS, whose "national", "state", "popular" stand in titles too)
SPEAKING_BODIES = frozenset({"ministry", "army", "forces", "government", "council", "office", "command", "police", "military",
                             "department", "agency", "committee", "commission", "authorities", "administration", "group"})


def names_person(ref: ActorRef) -> bool:
    """'Prime Minister Masrour Barzani', 'Mr Danjuma': a titled or full personal name, not a body."""
    words = ref.text.replace("-", " ").split()
    lowered = {w.lower().strip(".,'’") for w in words}
    if lowered & SPEAKING_BODIES:
        return False
    if ref.how == "alias" and len(words) == 1 and words[0].istitle():
        return True       # "Kurebe accused": the surname of someone the article introduced
    return bool(lowered & PERSON_TITLES) or sum(w[:1].isupper() for w in words) >= 2


NAMING = frozenset({"dictionary", "organisation", "alias", "acronym"})


def names_speaker(ref: ActorRef) -> bool:
    """A person, or a body called by its own name ('the SDLP', 'the Ulster Unionist Party'), not
    a generic word ('the army', 'officials') or a pronoun."""
    return names_person(ref) or ref.how in NAMING
