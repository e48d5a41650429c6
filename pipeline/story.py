"""What the article as a whole tells each event mention, once every sentence is coded.

The sentences are coded one by one (pipeline.coder); these passes then read the mentions in
order, as a reader does: an undated event happened when the story it belongs to did, a
statement "the next day" is dated from the event, the day's protests share their target, and
an event with no victim named hit the people of the place struck.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from pipeline.annotate import STATEMENT_NOUNS
from pipeline.claims import side_of
from pipeline.codes import roles_of
from pipeline.context import ARMED_NONSTATE, ArticleContext, last_armed_group
from pipeline.ingest import DATED_ENTRY
from schemas.article import Sentence
from schemas.event import ActorRef, EventMention
from schemas.rules import VIOLENT_ROOTS


ANTI_GOVERNMENT = re.compile(r"\banti-?\s?(government|regime|junta)\b|\bagainst the (government|regime|junta)\b",
                             re.IGNORECASE)


def protest_targets_from_story(mentions: list[EventMention]) -> list[EventMention]:
    """'demonstrations ... against President Condé's third term' ... 'In Labé, hundreds of people
    marched': the day's other protests of the same movement are aimed at the same target."""
    out, aimed = [], None
    for m in mentions:
        if m.cameo[:2] == "14" and not m.target and m.source and ANTI_GOVERNMENT.search(m.sentence.text):
            # "renewed anti-government protests", "protests against the regime": aimed at the state
            country = m.source[0].code[:3]
            m = m.model_copy(update={"target": [ActorRef(code=country + "GOV", text="government", start=m.trigger.start,
                                                         end=m.trigger.end, how="context")],
                                     "rule_ids": m.rule_ids + ["target:anti-government"]})
        if m.cameo[:2] == "14" and m.modality != "hypothetical":
            if m.target:
                # only a political target carries over ("threw stones at the police" stays with that riot)
                aimed = m if any(t.code[3:6] in ("GOV", "LEG") or t.code[:3] == "IGO" for t in m.target) else aimed
            elif aimed is not None and (m.date is None or aimed.date is None or m.date == aimed.date) \
                    and m.source and aimed.source and m.source[0].code[:3] == aimed.source[0].code[:3]:
                m = m.model_copy(update={"target": aimed.target, "rule_ids": m.rule_ids + ["target:story-protest"]})
        out.append(_aimed_at_state(m))
    return out


def protesters_from_story(mentions: list[EventMention], protester_words: frozenset[str]) -> list[EventMention]:
    """'A protest by striking teachers ... demonstrators responded with rocks': the generic
    protesters of a story are the protesters it named (the teachers), on either side of an event."""
    named: ActorRef | None = None
    out = []
    for m in mentions:
        if m.cameo[:2] == "14" and m.source and m.source[0].code[3:6] not in ("", "GOV", "COP", "MIL") \
                and not _generic_protesters(m.source[0], protester_words):
            named = m.source[0]
        if named is not None and m.cameo[:2] in ("14", "17", "18"):
            m = m.model_copy(update={side: [_as_named(a, named, protester_words) for a in getattr(m, side)]
                                     for side in ("source", "target")})
        if m.cameo.startswith("145"):
            m = _riot_target(m, mentions)
        out.append(m)
    return out


def _riot_target(m: EventMention, mentions: list[EventMention]) -> EventMention:
    """Rioters do not riot against themselves ('demonstrators responded with rocks ..., leaving
    one teacher dead'): they fight the police who repressed them in the same sentence (rather
    than the government a protest is aimed at by default)."""
    own = {a.code for a in m.source}
    # (the government a protest is aimed at by default gives way to the police it fought)
    target = [t for t in m.target if t.code not in own and not (t.how == "context" and t.code.endswith("GOV"))]
    if not target:
        police = next((r for r in mentions if r.cameo.startswith("175") and r.sentence_index == m.sentence_index
                       and r.source), None)
        target = police.source if police is not None else [t for t in m.target if t.code not in own]
    return m if target == m.target else m.model_copy(update={"target": target})


def _as_named(a: ActorRef, named: ActorRef, protester_words: frozenset[str]) -> ActorRef:
    if a.code[:3] == named.code[:3] and _generic_protesters(a, protester_words):
        return a.model_copy(update={"code": named.code, "how": "story-protesters"})
    return a


def _generic_protesters(a: ActorRef, protester_words: frozenset[str]) -> bool:
    """'protesters', 'demonstrators', 'activists', the crowd of a protest: people in the street
    no one has named."""
    return a.how == "protesters" or (a.how == "agent+context" and (
        a.code[3:6] == "OPP" or (a.code[3:6] == "CVL" and called_protesters(a, protester_words))))


def called_protesters(a: ActorRef, protester_words) -> bool:
    """'protesters', 'hundreds of demonstrators': named by one of the codebook's protester words."""
    words = a.text.lower().split()
    return bool(words) and words[-1] in protester_words


def repression_targets_from_story(mentions: list[EventMention]) -> list[EventMention]:
    """'police fired tear gas to clear a blockade of the highway': with no one named as the
    target, the repression falls on the protesters of the protest told in that sentence or
    the one before."""
    out = []
    for m in mentions:
        if m.cameo.startswith("175") and not m.target:
            protest = next((p for p in reversed(mentions) if p.cameo[:2] == "14" and p.source
                            and 0 <= m.sentence_index - p.sentence_index <= 1 and p.modality != "hypothetical"), None)
            if protest is not None:
                m = m.model_copy(update={"target": protest.source, "rule_ids": m.rule_ids + ["target:protesters"]})
        out.append(m)
    return out


def _aimed_at_state(m: EventMention) -> EventMention:
    """A demonstration the text gives no other target (or only its country) is aimed at the
    government, as CAMEO codes protest: 'thousands marched in Mbabane demanding reforms'."""
    if m.cameo[:2] != "14" or not m.source or any(len(t.code) > 3 for t in m.target) \
            or side_of(m.source[0].code) == "state" and len(m.source[0].code) > 3:
        return m      # (a rally the authorities hold is not aimed at themselves)
    country = m.source[0].code[:3]
    if not country.isalpha() or country in ("IGO", "NGO") or (m.target and m.target[0].code != country):
        return m
    government = ActorRef(code=country + "GOV", text="government", start=m.trigger.start, end=m.trigger.end,
                          how="context")
    return m.model_copy(update={"target": [government], "rule_ids": m.rule_ids + ["target:protest-default"]})


PRESENT_PERFECT = re.compile(r"\b(?:have|has) been (?:killed|injured|wounded|hurt)\b", re.IGNORECASE)
LEAD_SENTENCES = 2


def dates_from_lead(mentions: list[EventMention], published: dt.date | None) -> list[EventMention]:
    """'We begin in southern Ukraine, where at least seven people have been killed in a Russian
    strike': an undated lead in the present perfect tells the day's news, the day it is published
    (so it is not merged with an earlier day's attack told later)."""
    if published is None:
        return mentions
    out = []
    for m in mentions:
        if m.date is None and m.sentence_index < LEAD_SENTENCES and m.cameo[:2] in STORY_ROOTS \
                and m.modality == "asserted" and PRESENT_PERFECT.search(m.sentence.text):
            m = m.model_copy(update={"date": published, "date_precision": "day", "rule_ids": m.rule_ids + ["date:lead-today"]})
        out.append(m)
    return out


def leads_told_in_full(mentions: list[EventMention]) -> list[EventMention]:
    """'Gunmen killed at least 17 people in an attack on a village, police said on Wednesday. The
    attackers ... stormed Gbajanku late on Monday': a lead dated only by when the police spoke is
    the event the next sentences tell in full, on the day they give."""
    out = []
    for m in mentions:
        if m.sentence_index < LEAD_SENTENCES and FRAME_DATE in m.rule_ids and m.date is not None \
                and m.cameo[:2] in STORY_ROOTS and m.modality != "hypothetical":
            told = next((n for n in mentions if _tells_lead(m, n)), None)
            if told is not None:
                m = m.model_copy(update={"date": told.date, "rule_ids": m.rule_ids + ["date:lead-told-later"]})
        out.append(m)
    return out


def _tells_lead(lead: EventMention, n: EventMention) -> bool:
    """`n` tells the lead's event in full: a later day-dated mention of the same kind, with the same
    attacker or victims, a day or two before the teller spoke."""
    if not lead.sentence_index < n.sentence_index <= lead.sentence_index + LEAD_RETOLD_WITHIN:
        return False
    if n.cameo[:2] not in STORY_ROOTS or n.modality == "hypothetical" or FRAME_DATE in n.rule_ids:
        return False
    if n.date is None or n.date_precision != "day" or not 0 < (lead.date - n.date).days <= FRAME_AFTER_STORY_DAYS:
        return False
    return bool(_codes(lead.source) & _codes(n.source) or _codes(lead.target) & _codes(n.target))


def _codes(refs) -> set[str]:
    return {r.code for r in refs if r.code}


FRAME_DATE = "date:frame"      # a violent event dated only by when its teller spoke
LEAD_RETOLD_WITHIN = 3       # sentences after the lead


@dataclass(frozen=True)
class ReportEntry:
    """A dated entry of a monitoring report ('25 July 2026 - Walgha, western Suwayda countryside.
    Mortar shells struck ...'): the sentence that heads it and the day it gives."""
    heading: int
    day: dt.date
    paragraphs: int = 1


def report_entry(text: str, sentences: list[Sentence], sentence: Sentence, times: list,
                 entry: ReportEntry | None) -> ReportEntry | None:
    """The dated entry `sentence` belongs to, given the entry the previous sentence was in. An
    entry runs to the end of its heading's paragraph, and over the next one when the heading
    stood alone on its line ('12 March 2026 - Bosso' / the account)."""
    if DATED_ENTRY.match(sentence.text):
        day = next((t.date for t in times if t.precision == "day"), None)
        return ReportEntry(sentence.index, day) if day is not None else None
    if entry is None or sentence.index == 0:
        return None
    if "\n" not in text[sentences[sentence.index - 1].end:sentence.start]:
        return entry
    heading_alone = entry.paragraphs == 1 and entry.heading == sentence.index - 1
    return replace(entry, paragraphs=2) if heading_alone else None


def dates_from_story(mentions: list[EventMention], scene_days: dict[int, dt.date] | None = None,
                     entry_days: dict[int, dt.date] | None = None) -> list[EventMention]:
    """'Police fired on protesters in Nairobi on Tuesday ... In Kisumu, hundreds marched': an
    event the text does not date happened when the story it belongs to did, the day of the
    last dated event before it (not the publication day), or of a sentence that opens a new
    scene with its day ('On Tuesday, November 19, as soldiers escorted ...') though nothing in
    it is coded. `scene_days`: sentence index -> the day such a sentence opens with; `entry_days`: sentence
    index -> the day of the report's entry it is in ('6 July 2026 - Abidjan.'), which dates its
    statements too."""
    out, story, said, told = [], None, None, -1
    scene_days, entry_days = scene_days or {}, entry_days or {}
    for m in mentions:
        scenes = [k for k in scene_days if told < k < m.sentence_index]
        if scenes:
            story = scene_days[max(scenes)]
        told = max(told, m.sentence_index)
        if m.cameo[:2] in STATEMENT_ROOTS:
            m = _date_from_speaker(m, said)
            m = _date_from_event(m, story)
            if m.sentence_index in entry_days and m.date is None and not m.speech_date:
                # "6 July 2026 - Abidjan. The association accused ...": a report's dated entry
                m = m.model_copy(update={"speech_date": entry_days[m.sentence_index],
                                         "rule_ids": m.rule_ids + ["date:entry"]})
        if m.speech_date or (m.cameo[:2] in STATEMENT_ROOTS and m.date):
            said = m
        if m.cameo[:2] in STORY_ROOTS and m.modality != "hypothetical":
            if story is not None and FRAME_DATE in m.rule_ids and m.date is not None \
                    and 0 < (m.date - story).days <= FRAME_AFTER_STORY_DAYS and not LATER.search(m.sentence.text):
                # "(Tuesday's attack) The soldiers were killed by ..., the chief of staff said on
                # Wednesday": the teller spoke the day after the story's event, which it retells
                m = m.model_copy(update={"date": story, "rule_ids": m.rule_ids + ["date:story-before-frame"]})
            if m.date is not None and m.date_precision == "day" and not _claimed_later(m):
                story = m.date
            elif m.date is None and story is not None and not m.speech_date:
                later = any(p in m.sentence.text.lower() for p in DAY_AFTER_EVENT)
                m = m.model_copy(update={"date": story + dt.timedelta(days=1) if later else story, "date_precision": "day",
                                         "rule_ids": m.rule_ids + ["date:story-next-day" if later else "date:story"]})
                story = m.date
        out.append(m)
    return out


def _claimed_later(m: EventMention) -> bool:
    """'The attack was claimed on Sunday by JNIM': the day of the claim, not of a new scene."""
    return m.reference and CLAIMED.search(m.sentence.text) is not None


CLAIMED = re.compile(r"\b(?:was|were|been) claimed\b|\bclaimed (?:responsibility|the (?:attack|killing|bombing))",
                     re.IGNORECASE)


def statements_of_yesterdays_story(mentions: list[EventMention], published: dt.date | None,
                                   irregular_past: frozenset[str]) -> list[EventMention]:
    """'(Wednesday) Four herders were shot dead on Monday ... two Borana men were killed on
    Tuesday ... MP Abdub Huqa accused the government of arming reservists': in a story whose
    latest event was the day before publication, an undated statement was made that day too."""
    if published is None:
        return mentions
    # (a lead's "have been killed" is only assumed to be today: no day the story states)
    days = [m.date for m in mentions if m.cameo[:2] in STORY_ROOTS and m.modality != "hypothetical"
            and m.date is not None and m.date_precision == "day" and dt.timedelta(0) <= published - m.date <= RECENT
            and "date:lead-today" not in m.rule_ids]
    # ("killed ..., he told IWACU on Monday", dated by the story's night before: its teller spoke yesterday)
    days += [m.speech_date for m in mentions if "date:story-before-frame" in m.rule_ids and m.speech_date
             and dt.timedelta(0) <= published - m.speech_date <= RECENT]
    if not days or max(days) != published - dt.timedelta(days=1):
        return mentions
    yesterday = max(days)
    return [m.model_copy(update={"speech_date": yesterday, "rule_ids": m.rule_ids + ["date:story-yesterday"]})
            if m.cameo[:2] in STATEMENT_ROOTS and m.date is None and not m.speech_date
            and _told_in_past(m, irregular_past) else m
            for m in mentions]


SAME_OCCASION = re.compile(r"\b(?:in|during|at) the same (?:statement|broadcast|interview|speech|message|video|"
                           r"briefing|press conference|news conference|communiqu[eé]|post|audio message|address)\b",
                           re.I)


def statements_on_the_same_occasion(mentions: list[EventMention]) -> list[EventMention]:
    """'Al Shabaab said on its Andalus radio station on Wednesday ... In the same broadcast, al
    Shabaab accused AUSSOM troops': the statement was made when the one told before was."""
    out, last = [], None
    for m in mentions:
        if last is not None and m.cameo[:2] in STATEMENT_ROOTS and m.date is None \
                and SAME_OCCASION.search(m.sentence.text):
            m = m.model_copy(update={"speech_date": last, "rule_ids": m.rule_ids + ["date:same-occasion"]})
        told = m.speech_date or (m.date if m.cameo[:2] in STATEMENT_ROOTS and m.date_precision == "day" else None)
        last = told or last
        out.append(m)
    return out


def _told_in_past(m: EventMention, irregular_past: frozenset[str]) -> bool:
    """'accused', 'held responsible', 'denied' (a report), not 'accuses', 'condemns' (a press
    release speaking on its own day)."""
    word = m.trigger.text.lower().split()[0] if m.trigger.text.split() else ""
    return word.endswith("ed") or word in irregular_past


RECENT = dt.timedelta(days=7)
STORY_ROOTS = frozenset({"14", "17", "18", "19", "20"})
FRAME_AFTER_STORY_DAYS = 2
# "Hours after the abduction, ...", "Separately, the cell said helicopters struck ...": another time
LATER = re.compile(r"\b(?:after|later|next|following|separately|another|meanwhile|elsewhere)\b", re.IGNORECASE)
STATEMENT_ROOTS = frozenset({"01", "11"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it"}) | STATEMENT_NOUNS     # "The statement blamed ..."


DAY_AFTER_EVENT = ("the next day", "the following day", "a day later", "the day after")
DAY_OF_EVENT = ("on the day of the", "the same day", "on the day of")


def opening_time(times: list, tokens: list):
    """The time expression a sentence opens with ('On Tuesday, November 19, ...', 'In June
    2022, ...'): the first one, if it starts within the first four words (article offsets)."""
    words = [t for t in tokens if t.norm][:4]
    return times[0] if words and times and times[0].start <= words[-1].start else None


def scene_day(times: list, tokens: list) -> dt.date | None:
    """The day a sentence opens with, or the day it only says the violence happened on."""
    first = times[0] if times else None
    if first is None or first.precision != "day":
        return None
    return first.date if opening_time(times, tokens) is first or _says_when_it_happened(tokens, first) else None


INCIDENT_NOUNS = frozenset({"incident", "attack", "blast", "explosion", "ambush", "clash", "clashes", "shooting",
                            "raid", "strike", "bombing", "assault", "killing", "killings", "massacre", "violence",
                            "fighting", "firing", "encounter", "operation"})
HAPPENED = frozenset({"occurred", "happened", "took", "unfolded", "conducted", "carried", "launched"})
SAID = frozenset({"said", "says", "told", "added", "stated", "reported", "announced", "confirmed"})


def incident_day(times: list, tokens: list) -> dt.date | None:
    """'The incident occurred around 4.30 pm on Wednesday': the day of the event just told
    (whose first sentence may give only the day the police spoke)."""
    first = next((t for t in times if t.precision == "day"), None)
    if first is None:
        return None
    words = _words_before(tokens, first)
    # ("According to a press release issued by the ISPR, the operation was conducted on Friday")
    start = next((k for k in range(len(words) - 2) if words[k] in {"the", "this", "that"} and (
        k == 0 or words[:2] == ["according", "to"]) and INCIDENT_NOUNS & set(words[k + 1:k + 3])), None)
    if start is None:
        return None
    words = words[start:]
    # ("The attack on Nguida, about 15 kilometres east of the town, took place on Sunday night")
    verb = next((k for k in range(2, len(words)) if words[k] in HAPPENED), None)
    # ("The attack came as HRW on Thursday accused ...": that day is the accusation's)
    if verb is None or {"as", "after", "while", "when", "before", "since"} & set(words[verb:]):
        return None
    return first.date


def only_speech_days(times: list, tokens: list) -> bool:
    """'..., police said on Thursday': every day the sentence gives is the day someone spoke."""
    days = [t for t in times if t.precision == "day" and not _dateline_day(tokens, t)]
    if not days:
        return False
    for t in days:
        before = _words_before(tokens, t)[-4:]
        if before[-1:] == ["on"]:
            before = before[:-1]
        # "police said on Thursday", "residents told Lusa today", "told the BBC on Monday"
        if not before or not (before[-1] in SAID or TOLD & set(before[-3:-1])):
            return False
    return True


TOLD = frozenset({"told", "telling", "tells"})


def _dateline_day(tokens: list, t) -> bool:
    """'Chaibasa/Ranchi, Oct 17 (PTI) Three policemen ...': the wire's dateline, not a day told."""
    before = _words_before(tokens, t)
    after = next((tok.text for tok in tokens if tok.start >= t.end), "")
    return len(before) <= 4 and after in {"(", "—", "–", "-", ":"}


DATELINE_LAG_DAYS = 1     # "TINSUKIA, Nov 17:" in a paper published on the 18th (a wire quoting an
                          # older release, "Bangui, 16 June -" in a story of the 18th, is no dateline of its own)


def dateline_day(times: list, tokens: list, published: dt.date | None) -> dt.date | None:
    """'TINSUKIA, Nov 17: The ULFA-I today alleged ...': the day the dateline gives, when the
    paper came out a day or two later; the story's 'today' and its undated statements are that
    day's, not the publication's."""
    if published is None:
        return None
    day = next((t.date for t in times[:1] if t.precision == "day" and _dateline_day(tokens, t)), None)
    return day if day is not None and 0 < (published - day).days <= DATELINE_LAG_DAYS else None


def undated_on(mentions: list[EventMention], day: dt.date | None) -> list[EventMention]:
    """Mentions no sentence dates take the dateline's day (as the day they were told)."""
    if day is None:
        return mentions
    return [m.model_copy(update={"speech_date": day}) if m.date is None and m.speech_date is None else m
            for m in mentions]


def dates_from_incidents(mentions: list[EventMention], incidents: dict[int, dt.date],
                         speech_dated: set[int]) -> list[EventMention]:
    """Re-date the events of the sentence just before an incident sentence when their only day
    was the day someone spoke about them ('..., police said on Thursday. The incident occurred
    on Wednesday ...'). `speech_dated`: sentences whose only days are such days."""
    redated: dict[int, dt.date] = {}
    for k, day in incidents.items():
        told = [m.sentence_index for m in mentions if m.cameo[:2] in STORY_ROOTS and 0 < k - m.sentence_index <= 2]
        if told:
            redated[max(told)] = day
    out = []
    for m in mentions:
        day = redated.get(m.sentence_index)
        if day is not None and m.cameo[:2] in STORY_ROOTS and m.modality != "hypothetical" \
                and (m.date is None or m.sentence_index in speech_dated) and day != m.date:
            m = m.model_copy(update={"date": day, "date_precision": "day", "rule_ids": m.rule_ids + ["date:incident"]})
        out.append(m)
    return out


def _words_before(tokens: list, t) -> list[str]:
    """The words of a sentence before a time expression."""
    return [tok.norm for tok in tokens if tok.norm and tok.end <= t.start]


def _says_when_it_happened(tokens: list, t) -> bool:
    """'the worst violence was yesterday in Rangpur', 'The mobilisation ... began on Thursday 26
    June': a sentence that only says when."""
    before = _words_before(tokens, t)[-2:]
    if before[-1:] == ["on"]:
        before = before[:-1]
    return bool(before) and before[-1] in {"was", "were", "came", "began", "started", "erupted"}


def _date_from_event(m: EventMention, story: dt.date | None) -> EventMention:
    """'condemned the killings on the day of the attack', 'In a statement the next day, the OLA
    denied ...': a statement dated by the event the story tells."""
    if story is None or m.date is not None or m.speech_date:
        return m
    text = m.sentence.text.lower()
    if any(p in text for p in DAY_AFTER_EVENT):
        day = story + dt.timedelta(days=1)
    elif any(p in text for p in DAY_OF_EVENT):
        day = story
    else:
        return m
    return m.model_copy(update={"speech_date": day, "rule_ids": m.rule_ids + ["date:relative-to-story"]})


def _date_from_speaker(m: EventMention, said: EventMention | None) -> EventMention:
    """'X told the agency on September 2 that ... He accused the Houthis of ...': a statement by
    the speaker of the sentence before, referred to by a pronoun, was made when that one was."""
    if said is None or m.date is not None or m.speech_date or m.sentence_index - said.sentence_index not in (0, 1):
        return m
    if m.sentence_index == said.sentence_index and {a.code for a in m.source} != {a.code for a in said.source}:
        return m      # (in one sentence, only the speaker's second charge: "... and accused units of the Army")
    # (a violent event others told: they spoke, not who they say did it, and its day is the deed's;
    # one its doer told, "the RSF said its drones had destroyed", is the doer's statement)
    told = said.cameo[:2] in STATEMENT_ROOTS or not (said.claimants or said.claimed_by)
    speakers = {a.code for a in (said.source if told else []) + said.claimants} | set(said.claimed_by)
    pronouns = {a.text.lower() for a in m.source}
    # ("... the ELN claimed responsibility. The guerrilla group accused the 33rd Front of ...": the
    # speaker named again, or a pronoun for it, goes on with the same statement)
    again = bool(m.source) and all(a.text.lower() in SPEAKER_PRONOUNS or a.code in speakers for a in m.source)
    if again and ({a.code for a in m.source} & speakers or pronouns <= {"he", "she"}):
        day = said.speech_date or (said.date if told else None)
        if day is None:
            return m
        m = m.model_copy(update={"speech_date": day, "rule_ids": m.rule_ids + ["date:same-speaker"]})
    return m


def _held_by_own_state(m: EventMention) -> bool:
    state = m.source[0].code[:3]
    return not m.target or all(t.code[:3] == state and (len(t.code) == 3 or side_of(t.code) == "state") for t in m.target)


def target_from_place(m: EventMention, ctx: ArticleContext) -> EventMention:
    """'drones struck Odesa', 'a shell landed in the town': with no victim named, the target is
    the people of the place struck, coded as its country (as ACLED codes unnamed civilians)."""
    if m.reference or m.cameo[:2] not in VIOLENT_ROOTS or m.modality == "hypothetical":
        return m
    if _taken_from_state(m):
        # "the MNDAA captured Chinshwehaw, a town on the Chinese border": rebels take a town from
        # the state's forces, not from the country a nearby word names
        country = m.source[0].code[:3]
        ref = ActorRef(code=country + "MIL", text=m.trigger.text, start=m.trigger.start, end=m.trigger.end, how="place")
        return m.model_copy(update={"target": [ref], "rule_ids": m.rule_ids + ["target:territory-from-state"]})
    if m.cameo.startswith("192") and m.source and side_of(m.source[0].code) == "state" and _held_by_own_state(m):
        # "the army regained control of the presidential palace": taken back from the armed group
        # the story names, not from the state's own palace
        enemy = last_armed_group(ctx, m.source[0].code[:3])
        if enemy:
            ref = ActorRef(code=enemy, text=m.trigger.text, start=m.trigger.start, end=m.trigger.end, how="context")
            return m.model_copy(update={"target": [ref], "rule_ids": m.rule_ids + ["target:territory-from-enemy"]})
    if m.target:
        role = _facility_role(m) if all(t.how == "place" and len(t.code) == 3 for t in m.target) else ""
        if not role:
            return m
        # "struck a crowded market in Kostiantynivka": the town's people, civilians
        return m.model_copy(update={"target": [t.model_copy(update={"code": t.code + role}) for t in m.target]})
    country = m.place.country if m.place is not None else ctx.country
    if not country:
        return m
    role = _facility_role(m)
    if not role and m.cameo[:2] == "18" and not m.cameo.startswith("183"):
        role = "CVL"      # "a 17-year-old was shot dead", "kidnapped its owner": people no word names, civilians
    ref = ActorRef(code=country + role, text=m.trigger.text, start=m.trigger.start, end=m.trigger.end, how="place")
    return m.model_copy(update={"target": [ref], "rule_ids": m.rule_ids + [f"target:place-country{role and '+' + role}"]})


def _taken_from_state(m: EventMention) -> bool:
    if not m.cameo.startswith("192") or not m.source or any(len(t.code) > 3 for t in m.target):
        return False
    return all(roles_of(a.code) & ARMED_NONSTATE for a in m.source) and m.source[0].code[:3].isalpha() \
        and not m.source[0].code.startswith("IMG")


# what was struck says whose it was: "an attack on the Dharjaale base", "stormed a police station"
FACILITY_ROLES = {"base": "MIL", "bases": "MIL", "barracks": "MIL", "outpost": "MIL", "outposts": "MIL",
                  "garrison": "MIL", "checkpoint": "MIL", "checkpoints": "MIL", "convoy": "MIL", "camp": "MIL",
                  "post": "MIL", "posts": "MIL", "positions": "MIL", "position": "MIL", "patrol": "MIL",
                  "station": "COP", "stations": "COP", "precinct": "COP"}


CIVILIAN_CONVOY = frozenset({"aid", "humanitarian", "relief", "fuel", "commercial", "cargo", "trucks", "lorries",
                             "tankers", "buses", "passenger", "passengers", "civilian", "civilians", "traders", "food"})


OTHER_OWNERS = frozenset({"its", "their", "his", "her", "rebel", "rebels", "militant", "militants", "insurgent",
                          "insurgents", "terrorist", "terrorists", "jihadist", "jihadists", "enemy", "hideout"})


AIM_WORDS = frozenset({"struck", "hit", "hits", "landed", "on", "at", "into", "targeting", "killing"})


def _facility_role(m: EventMention) -> str:
    text = m.sentence.text
    after = text[m.trigger.end - m.sentence.start:].lower().split()[:7]
    words = [w.strip(".,;:'\"()") for w in after]
    origin = False
    for i, w in enumerate(words):
        # "shells fired from a military position ... struck Nam Ti": where fire came from is no target
        origin = w == "from" or (origin and w not in AIM_WORDS)
        if origin:
            continue
        if w in FACILITY_ROLES and set(words[max(0, i - 2):i]) & OTHER_OWNERS:
            return ""      # "attacked its base at Kendila", "rebel positions": not the state's
        if w in FACILITY_ROLES and (w not in ("station", "stations") or "police" in words[max(0, i - 2):i]):
            if w == "camp" and any(x in words[max(0, i - 3):i] for x in ("displacement", "displaced", "refugee", "idp")):
                return "CVL"
            if w == "convoy" and set(words[max(0, i - 2):i + 4]) & CIVILIAN_CONVOY:
                return "CVL"     # "a convoy of fuel trucks", "an aid convoy": not the army's
            return FACILITY_ROLES[w]
        if w in ("market", "village", "villages", "hamlet", "homes", "houses", "school", "hospital", "church", "mosque",
                 "neighbourhood", "neighborhood", "residential", "civilians"):
            return "CVL"
    return ""
