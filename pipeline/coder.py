"""Event mentions from one article's sentences: the coder.

For each sentence: annotate spans (pipeline.annotate), find attribution frames
(pipeline.frames), then for each event trigger find its clause, its source and target
(pipeline.roles), its modality, date, place and casualties. The article context
(pipeline.context) carries what a reader remembers from sentence to sentence.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from pipeline.annotate import (ORGANISATION_WORDS, POSSESSIVE_MARKS, ActorMention, SentenceAnnotation, TriggerMention, annotate,
                               first_half_of_compound, is_place_like, token_span)
from pipeline.casualties import CasualtyFinding, find_casualties, is_cumulative, name_then_age
from pipeline.claims import NAMING, SPEAKING_BODIES, names_speaker, side_of, statement_about
from pipeline.codes import STATE_FORCE_ROLES, UNAFFILIATED, roles_of
from pipeline.context import (INTERNATIONAL_PREFIXES, ArticleContext, last_armed_group, new_context, read_sentence,
                              remember)
from pipeline.frames import QUOTES, Frame, find_frames
from pipeline.gazetteer import Gazetteer
from pipeline.lexicon import CoderLexicon
from pipeline.numbers import is_number_word
from pipeline.roles import (ATTRIBUTING, HELD_PARTICIPLES, Roles, came_under_verb, clause_actors, criticised,
                            embedded_spans, find_roles, speakers_own)
from pipeline.story import (FACILITY_ROLES, FRAME_DATE, STATEMENT_ROOTS, VIOLENT_ROOTS, ReportEntry, dateline_day, dates_from_incidents,
                            dates_from_lead, dates_from_story, incident_day, leads_told_in_full, only_speech_days, opening_time,
                            protest_targets_from_story, protesters_from_story, repression_targets_from_story,
                            report_entry, scene_day, statements_of_yesterdays_story, statements_on_the_same_occasion,
                            target_from_place, undated_on)
from pipeline.timex import TimeExpression
from schemas.article import CleanArticle, Sentence
from schemas.event import ActorRef, Casualty, EventMention, Place, Span

# when several violent triggers share a clause they describe one event: the most specific wins
# ("killed in a strike" is the strike: a killing verb names the event only when nothing else does)
# (an abduction with killings is an attack, as ACLED ranks Attack above Abduction)
SPECIFICITY = ["2041", "202", "1831", "195", "194", "183", "1821", "1822", "186", "192", "193", "196",
               "180", "190", "1823", "181", "145"]     # (a riot outranks the blockade it began as)
DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such", "its", "their", "latest", "both", "twin"})
CLASH_RULE = "clash"      # the reciprocal fighting rule: its sides are partners, its dead no side
GENERIC_RULES = frozenset({"fight", "assault", "kill", CLASH_RULE})
HYPOTHETICAL_WINDOW = 6
NEGATION_WINDOW = 3
CLAIM_CUE_WINDOW = 3


def code_article(article: CleanArticle, sentences: list[Sentence], lex: CoderLexicon,
                 gazetteer: Gazetteer | None) -> list[EventMention]:
    """Every event mention of one article, in reading order."""
    annotations = [annotate(s.text, s.start, lex, gazetteer, article.published) for s in sentences]
    dateline = annotate(article.dateline, 0, lex, gazetteer, article.published) if article.dateline else None
    headline = annotate(article.title, 0, lex, gazetteer, article.published) if article.title else None
    ctx = new_context(article.published, annotations, dateline, gazetteer.neighbours if gazetteer else None, headline)
    mentions: list[EventMention] = []
    scenes: dict[int, dt.date] = {}
    entries: dict[int, ReportEntry] = {}     # sentence index -> the report's dated entry it is in
    entry: ReportEntry | None = None
    incidents: dict[int, dt.date] = {}
    speech_dated: set[int] = set()
    last_day: dt.date | None = None     # the last day a sentence stated, for "three days later"
    year_told: int | None = None        # the last year a sentence stated, for "in August of that year"
    lead = lex.time.find(sentences[0].text, sentences[0].start, ctx.published, None) if sentences else []
    datelined = dateline_day(lead, annotations[0].tokens, ctx.published) if sentences else None
    ctx.published = datelined or ctx.published
    story_day = next((t.date for t in lead if t.precision == "day"), None)     # the lead's day: the news
    headlines_end = -1      # where a bulletin's read-out headlines end
    for sentence, ann in zip(sentences, annotations):
        read_sentence(ann, ctx, lex)
        # (the lead's times were read above; with no dateline day nothing changed for them)
        times = lead if sentence is sentences[0] and datelined is None \
            else lex.time.find(sentence.text, sentence.start, ctx.published, last_day, story_day, year_told)
        last_day = next((t.date for t in reversed(times) if t.precision == "day"), last_day)
        year_told = next((t.date.year for t in reversed(times) if t.precision == "year"), year_told)
        found = code_sentence(article, sentence, ann, ctx, lex, times)
        if not found and _announces_headlines(ann):
            # "Good evening. These are the headlines. [...]": the rest of the paragraph is the summary
            end = article.text.find("\n", sentence.end)
            headlines_end = len(article.text) if end < 0 else end
        if _is_summary(ann, lex) or sentence.start < headlines_end:
            # (dated by the bulletin's day, not the event's: the full report dates it)
            found = [m.model_copy(update={"reference": True, "date": None, "date_precision": None,
                                          "rule_ids": m.rule_ids + [BULLETIN_SUMMARY]}) for m in found]
        entry = report_entry(article.text, sentences, sentence, times, entry)
        if entry is not None:
            entries[sentence.index] = entry
        day = None if found else scene_day(times, ann.tokens)
        if day is not None:
            scenes[sentence.index] = day
        if (incident := incident_day(times, ann.tokens)) is not None:
            incidents[sentence.index] = incident
        if only_speech_days(times, ann.tokens):
            speech_dated.add(sentence.index)
        mentions.extend(found)
        remember(ann, ctx)
    mentions = dates_from_lead(dates_from_incidents(mentions, incidents, speech_dated), ctx.published)
    entry_days = {i: e.day for i, e in entries.items()}
    mentions = statements_on_the_same_occasion(statements_of_yesterdays_story(
        leads_told_in_full(dates_from_story(mentions, scenes, entry_days)), ctx.published, lex.irregular_past))
    mentions = protest_targets_from_story(mentions)
    mentions = protesters_from_story(repression_targets_from_story(mentions), frozenset(lex.acled.protester_words))
    mentions = undated_on(mentions, datelined)
    states = frozenset(gazetteer.countries.values()) if gazetteer else frozenset()
    mentions = [_victims_are_civilians(target_from_place(
                _place_from_neighbours(_place_from_entry(m, entries, annotations, ctx), annotations, ctx), ctx))
                for m in mentions]
    fronts = _fronts(mentions, ctx)
    return [_states_speak_through_governments(_across_the_front(m, fronts), states) for m in mentions]


def _state_side(refs: list[ActorRef]) -> str | None:
    """The one country whose state (its forces, its government) all these actors are."""
    countries = {a.code[:3] for a in refs}
    if len(countries) != 1 or not all(side_of(a.code) == "state" for a in refs):
        return None
    country = countries.pop()
    return country if country not in INTERNATIONAL_PREFIXES and country.isalpha() else None


def _fronts(mentions: list[EventMention], ctx: ArticleContext) -> dict[str, str]:
    """Two states whose forces the article tells firing at each other ('Indian troops resorted to
    unprovoked firing ... Pakistan Army troops responded, targeting the Indian posts'): each
    state's enemy across the front. A story of one state's forces and a foreign army that only
    backs them (Russian jets over Idlib) has no front."""
    armies = {c for c in ctx.armies if c not in INTERNATIONAL_PREFIXES}
    if len(armies) != 2:
        return {}
    # (forces or a state firing: a government "striking" is often a misread statement)
    fired = {(_state_side(m.source), t.code[:3]) for m in mentions
             if m.cameo[:2] in VIOLENT_ROOTS and m.source and not m.reference
             and all("MIL" in roles_of(a.code) or len(a.code) == 3 for a in m.source) for t in m.target}
    a, b = sorted(armies)
    return {a: b, b: a} if (a, b) in fired and (b, a) in fired else {}


def _across_the_front(m: EventMention, fronts: dict[str, str]) -> EventMention:
    """'Indian troops ... deliberately targeting civilian population', in a story of fire across
    the Line of Control: the civilians no word places are the other side's, not the firing
    state's own (a state shelling its own people says so with a place in it)."""
    attacker = _state_side(m.source) if fronts and m.cameo[:2] in VIOLENT_ROOTS else None
    # (a place only a neighbouring sentence gave says little about which side of the front was hit)
    placed = m.place is not None and "place:neighbour-sentence" not in m.rule_ids
    if attacker not in fronts or (placed and m.place.country == attacker):
        return m
    enemy = fronts[attacker]
    target = [t.model_copy(update={"code": enemy + t.code[3:]})
              if t.code[:3] == attacker and t.code[3:] in ("", "CVL", "PPL") and t.how in UNPLACED_VICTIMS else t
              for t in m.target]
    if target == m.target:
        return m
    return m.model_copy(update={"target": target, "rule_ids": m.rule_ids + ["target:across-the-front"]})


UNPLACED_VICTIMS = frozenset({"victims", "place", "agent+context", "context"})


TRADES = ("AGR", "LAB")


def _victims_are_civilians(m: EventMention) -> EventMention:
    """'abducted three fishermen', 'shot dead a herder', 'gunmen killed nine miners': farmers,
    herders, fishermen and labourers a violent event strikes are civilians, as ACLED codes them
    (their trade, AGR or LAB, stays when they act)."""
    if m.cameo[:2] not in VIOLENT_ROOTS or not any(t.code.endswith(TRADES) for t in m.target) \
            or any(s.code.endswith(TRADES) for s in m.source):
        return m     # (farmers who fight herders are a side of the clash)
    target = [t.model_copy(update={"code": t.code[:-3] + "CVL"}) if t.code.endswith(TRADES) else t for t in m.target]
    return m.model_copy(update={"target": list({t.code: t for t in target}.values())})


REPLY_DENIAL = "deny-reply"      # "SPOKESMAN: That is not true.": the one who has the floor denies
BULLETIN_SUMMARY = "summary:bulletin"     # a bulletin's opening summary: evidence for the full report, never news of its own
STATE_NAMED = frozenset({"dictionary", "organisation"})
ATTRIBUTED = frozenset({"attributed", "attributed_after"})     # blame a speaker tells as a fact


def _states_speak_through_governments(m: EventMention, states: frozenset[str]) -> EventMention:
    """'Benin accused Niamey of ...', 'Puntland denied ...': a state that makes or draws a statement
    does so through its government (GOV), as ACLED's 'Government of X' does; its forces' deeds are
    left alone. A person coded by the country alone ('Mr Danjuma accused') is no state."""
    if m.cameo[:2] not in ("01", "11"):
        return m
    def government(refs: list[ActorRef]) -> list[ActorRef]:
        return [a.model_copy(update={"code": a.code + "GOV"}) if a.code in states and a.how in STATE_NAMED else a
                for a in refs]
    source, target = government(m.source), government(m.target)
    if (source, target) == (m.source, m.target):
        return m
    return m.model_copy(update={"source": source, "target": target, "rule_ids": m.rule_ids + ["actor:state-government"]})


def _place_from_entry(m: EventMention, entries: dict[int, ReportEntry], annotations: list[SentenceAnnotation],
                      ctx: ArticleContext) -> EventMention:
    """'25 July 2026 - Walgha, western Suwayda countryside. Mortar shells struck two houses': a
    violent event with no place of its own, inside a report's dated entry, happened where the
    entry's heading says (the first place it names in the story's country, not the first half of
    'the Damascus-Suwayda highway')."""
    entry = entries.get(m.sentence_index)
    if entry is None or m.place is not None or m.reference or m.cameo[:2] not in VIOLENT_ROOTS:
        return m
    ann = annotations[entry.heading]
    for place in ann.places:
        if place.origin or first_half_of_compound(ann, place):
            continue
        geo = _geo(ann, place, ctx)
        if geo is not None and geo.country == ctx.country:
            return m.model_copy(update={"place": geo, "rule_ids": m.rule_ids + ["place:entry-heading"]})
    return m


def _place_from_neighbours(m: EventMention, annotations: list[SentenceAnnotation], ctx: ArticleContext) -> EventMention:
    """'...killed 47 fighters in eastern Syria. [The SDF] is battling them in Deir Ezzor': a
    violent event with no place of its own takes the place the next (else the previous) sentence
    names in the story's country."""
    if m.place is not None or m.reference or m.cameo[:2] not in VIOLENT_ROOTS:
        return m
    for i in (m.sentence_index + 1, m.sentence_index - 1):
        if 0 <= i < len(annotations):
            ann = annotations[i]
            local = [p for p in ann.places if p.after_preposition and p.candidates and not p.origin
                     and any(c.country == ctx.country for c in p.candidates)]
            if local:
                place = _geo(ann, local[0], ctx)
                return m.model_copy(update={"place": place.model_copy(update={"geo_precision": max(place.geo_precision, 2)}),
                                            "rule_ids": m.rule_ids + ["place:neighbour-sentence"]})
    return m


def _is_summary(ann: SentenceAnnotation, lex: CoderLexicon) -> bool:
    """'In the headlines tonight: ...', 'PRESENTER: Topping the news: ...': a bulletin's summary
    (after the speaker's label, if any)."""
    label = next((i + 1 for i, t in enumerate(ann.tokens[:3]) if t.text == ":"), 0)
    # ("Tonight: air strikes on Al-Fula ...": the word before the colon may be the opener itself;
    # an opener written with its colon needs it: "Tonight the KNO issued a statement" is news)
    openings = {" ".join(t.norm or t.text for t in ann.tokens[start:start + 8] if t.norm or t.text == ":")
                for start in (0, label)}
    return any(opening.replace(" :", ":").startswith(o) for opening in openings for o in lex.summary_openers)


HEADLINE_ANNOUNCEMENTS = (["the", "headlines"], ["our", "headlines"], ["main", "headlines"], ["top", "stories"])


def _announces_headlines(ann: SentenceAnnotation) -> bool:
    """'... and these are the headlines.', 'Here are the headlines.': what follows in the paragraph
    is the bulletin's summary, told in full after it."""
    words = [t.norm for t in ann.tokens if t.norm]
    return words[-2:] in HEADLINE_ANNOUNCEMENTS


# --------------------------------------------------------------------------- one sentence

@dataclass
class Clause:
    lo: int
    hi: int
    frame: Frame | None = None
    accuser: list[ActorMention] | None = None      # inside "X accused Y of ...": X
    accused: list[ActorMention] | None = None      # ... and Y, the alleged perpetrator
    denier: list[ActorMention] | None = None
    indirect: bool = False      # "accused Y of orchestrating the attack": Y is not its perpetrator


def code_sentence(article: CleanArticle, sentence: Sentence, ann: SentenceAnnotation, ctx: ArticleContext,
                  lex: CoderLexicon, times: list[TimeExpression]) -> list[EventMention]:
    ann.triggers = [t for t in ann.triggers if not _past_named_event(ann, t) and not _in_slogan(ann, t)
                    and not criticised(ann, t)]
    frames = find_frames(ann, lex)
    spoke = [a.code for f in frames for a in f.speaker if a.code]
    if spoke:
        ctx.last_speaker = spoke[0]
    _pronouns_to_speakers(ann, frames)
    speakers = {id(a) for f in frames for a in f.speaker}
    out: list[EventMention] = []
    complements: list[Clause] = []
    blamed: list[ActorRef] = []       # "an attack ... blamed on ADF rebels": the accused, by no one named
    for trig in sorted(_statement_triggers(ann), key=lambda t: t.first):
        clause = _clause_of(ann, trig, frames)
        if trig.ref.rule.cameo[:2] == "11" and ann.cue_in(lex.habitual, clause.lo, trig.first) is not None:
            continue      # "kidnappings have become common, with the militias blaming each other": a pattern
        # a speaker is not a party to what they say, but can be the subject of a statement verb of
        # their own ("the SDF said in a statement, accusing Turkey of ...")
        quoting = {id(a) for f in frames if f.inner[0] <= trig.first < f.inner[1] for a in f.speaker}
        actors = clause_actors(ann, clause.lo, clause.hi, quoting)
        roles = find_roles(ann, trig, (clause.lo, clause.hi), actors, lex)
        said_before = next((f for f in frames if f.speaker and f.inner[1] == ann.prev_word(trig.first)
                            and ann.norm(f.inner[1]) == "and"), None)
        if trig.ref.rule.id == REPLY_DENIAL and not any(a.code for a in roles.source) and ctx.turn_speaker:
            roles.source = [ActorMention(trig.first, trig.last, trig.start, trig.end, trig.text, ctx.turn_speaker,
                                         "named", how="turn")]
        said_just_before = _said_just_before(ann, trig, frames)
        if said_just_before is not None:
            roles.source = said_just_before.speaker      # "..., the Sudan Doctors Network said, blaming the RSF"
        if said_before is not None and (not roles.source or _apposition_of(ann, roles.source[-1], said_before.speaker)):
            # "X claimed that ... on Friday and accused the military of ...": X accuses; "Col. Turki
            # al-Maliki, the coalition spokesman, told ... and denied": the apposition says for whom
            roles.source = said_before.speaker
        if trig.ref.rule.cameo[:2] == "11" and roles.target:
            roles.target = roles.target + _coordinated_possessors(ann, roles.target[-1], clause.hi)
        if trig.ref.rule.cameo == "111" and roles.target and _names_earlier_event(ann, trig) \
                and roles.target[0].first > _event_object(ann, trig) and not _agent_of_event(ann, roles.target[0]):
            # "condemned the attack on Ganja, describing it as ...": aimed at whoever attacked
            # ("the aggression of Azerbaijan", "the shelling by the RSF": at whoever is named)
            roles.target = []
        if trig.ref.rule.cameo[:2] == "11" and not roles.target:
            # "MONUSCO has strongly condemned an attack by CODECO militiamen on a site": aimed at its doer
            roles.target = _agent_after_event_object(ann, trig, actors)
        if trig.ref.rule.cameo[:2] == "11" and len({a.code for a in roles.source if a.code}) > 1 \
                and _each_other_after(ann, trig):
            roles.target = list(roles.source)    # "Armenia and Azerbaijan accused each other": both ways
        if (trig.ref.rule.cameo == "016" or ATTRIBUTED & set(trig.ref.rule.patterns)) and not roles.source:
            roles.source = _frame_subject(clause)
        if trig.ref.rule.cameo[:3] == "112" and _reduced_passive(ann, trig):
            # "an attack on a village blamed on ADF rebels": who blames it is not told, so there
            # is no accusation to code; the attack is told as the accused's
            blamed.extend(_ref(a) for a in roles.target if a.code)
            continue
        if trig.ref.rule.cameo[:3] == "114" and not roles.target:
            roles.target = _capital_addressed(ann, trig)
        if trig.ref.rule.cameo[:2] == "11" and not any(a.code for a in roles.source) and ctx.country:
            roles.source = _unaffiliated_person(ann, trig, clause, ctx.country) or roles.source
        if trig.ref.rule.cameo[:3] in ("112", "016") and not any(a.code for a in roles.source) and ctx.country:
            roles.source = _uncoded_subject(ann, trig, clause, ctx.country) or roles.source
        if trig.ref.rule.cameo[:3] == "112" and _answers_back(ann, trig, roles, ctx, lex):
            roles.source = [replace(a, code=ctx.last_accused) for a in roles.source[:1]]
        if trig.ref.rule.id == CHARACTERIZE_RULE and _names_account(ann, trig, lex):
            out.extend(_account_called_false(article, sentence, ann, trig, roles, clause, times, ctx, lex))
            continue
        if not _statement_ok(ann, trig, roles):
            if roles.complement and trig.ref.rule.cameo[:3] == "112" and roles.target:
                # "leaders of Koluama clan accused soldiers of killing two fishermen": no party to code
                # the accusation for, but the killing is still only alleged
                complements.append(Clause(roles.complement[0], roles.complement[1], clause.frame,
                                          accuser=[], accused=roles.target, indirect=roles.indirect))
            continue
        self_blame = bool(ATTRIBUTED & set(trig.ref.rule.patterns)) and _blames_itself(roles)
        if trig.ref.rule.cameo[:2] == "11" and roles.target and roles.source and all(a.kind == "pronoun" for a in roles.target) \
                and {a.code for a in roles.target} <= {a.code for a in roles.source}:
            # "condemned what he called a cowardly act": the speaker referred to is no target
            roles.target = []
        if trig.ref.rule.id == "riot" and roles.source and all(_is_armed(a.code) for a in roles.source):
            continue      # "militiamen ... set fire to dozens of shelters": part of their attack, not a riot
        if trig.ref.rule.cameo == "144" and roles.source and all(
                a.code and (_acts_as_state(a) or _is_armed(a.code)) for a in roles.source):
            continue      # "police blocked the roads", "the extremist force has been blocking roads": not a protest
        if roles.complement:
            complements.append(Clause(roles.complement[0], roles.complement[1], clause.frame,
                                      accuser=roles.source, accused=roles.target, indirect=roles.indirect))
        if trig.ref.rule.cameo == "016":
            end = _denial_end(ann, trig, clause, lex)
            complements.append(Clause(trig.last + 1, end, clause.frame, denier=roles.source))
        mention = _mention(article, sentence, ann, [trig], roles, clause, times, ctx, lex, exclude_time=roles.complement)
        if mention is None:
            continue
        if self_blame:
            # "The New IRA has said it was behind the shooting": a claim of responsibility
            mention = mention.model_copy(update={"cameo": "015", "target": [],
                                                 "rule_ids": mention.rule_ids + ["claim:self-blame"]})
        if mention.cameo[:2] == "11" and ctx.country and _condemns_repression(ann, trig) \
                and all(t.code[3:6] in CIVILIAN_ROLES for t in mention.target):
            # "condemned the excessive use of force against protesters": aimed at the state's police
            police = ActorRef(code=ctx.country + "COP", text="security forces", start=trig.start, end=trig.end,
                              how="context")
            mention = mention.model_copy(update={"target": [police], "rule_ids": mention.rule_ids + ["target:repression"]})
        if mention.cameo[:2] == "11" and mention.target and _places_naming_event(ann, mention.target) \
                and _names_earlier_event(ann, trig):
            # "condemned the Sinjar strike": the place says which strike, it is not the one blamed
            mention = mention.model_copy(update={"target": []})
        if mention.cameo[:2] == "11" and not mention.target and _names_earlier_event(ann, trig):
            mention = mention.model_copy(update={"about_event": True, "about_cameo": _named_event_cameo(ann, trig)})
        # "Syria and Russia blamed Israel", "accused Russia and the regime": one accusation per pair of
        # parties (but one crowd outside two embassies is one protest)
        out.extend(_one_per_party(mention) if mention.cameo[:2] != "14" else [mention])
        if mention.cameo[:3] == "112" and mention.target:
            ctx.last_accused = mention.target[0].code
        if mention.cameo == "015" and mention.source:
            # "al-Shabaab claimed responsibility for the attack": the perpetrator of the attack told before
            out.append(mention.model_copy(update={"cameo": "190", "reference": True, "target": [],
                                                  "rule_ids": [CLAIMED_RESPONSIBILITY]}))
    claims_attack = any(m.cameo == "015" for m in out)
    for group, clause in _violent_groups(ann, frames, complements, lex):
        found = _violent_mentions(article, sentence, ann, group, clause, speakers, times, ctx, lex)
        if clause.accused and not _particular(ann, clause, group, times):
            # "accused soldiers of torturing detainees": a charge about conduct, no event of its own;
            # it may still name who did an attack told just before
            found = [m.model_copy(update={"reference": True, "rule_ids": m.rule_ids + [GENERAL_CHARGE]}) for m in found]
        if not any(m.cameo == "016" for m in out):
            out.extend(_denial_by_negation(ann, group, clause, found, lex))
        if any(_none_took_place(ann, t) for t in group):
            # "no ceasefire violation took place": what is said not to have happened is no event
            found = [m.model_copy(update={"modality": "denied", "reference": True}) for m in found]
        out.extend(_charged_accusations(ann, clause, found, lex))
        if claims_attack and clause.frame is not None:
            # "al-Shabaab claimed responsibility, saying its fighters had struck 'apostate militias'
            # and claiming more than 20 dead": the attack claimed is the one told before
            found = [m.model_copy(update={"reference": True}) for m in found]
        out.extend(found)
    if not any(m.cameo[:2] in VIOLENT_ROOTS for m in out):
        out.extend(_casualty_report(article, sentence, ann, frames, times, ctx, lex))
        out.extend(_identified_perpetrators(article, sentence, ann))
    out = _blamed_perpetrators(_blamed_by_no_one(out, blamed))
    stated = [m for m in out if m.cameo[:2] in STATEMENT_ROOTS and m.source and not m.reference]
    if not spoke and stated:
        # "a faction of the MFDC rejected ... The statement accused the authorities": a speaker
        # need not say; whoever denied or accused spoke last
        ctx.last_speaker = stated[0].source[0].code
    return out


SLOGAN_CUES = frozenset({"read", "reading", "reads", "chanting", "chanted", "chant", "chants", "shouting", "shouted",
                         "slogan", "slogans", "banner", "banners", "placard", "placards", "sign", "signs", "hashtag"})


def _blames_itself(roles: Roles) -> bool:
    """'X said it was behind the attack': the one blamed is the speaker referred back to."""
    return bool(roles.source) and bool(roles.target) and all(a.kind == "pronoun" and a.code for a in roles.target) \
        and {a.code for a in roles.target} <= {a.code for a in roles.source}


def _in_slogan(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'carrying placards that read "Stop killing us"', 'chanting "Ruto must go"': words on a
    placard or in a chant tell no event."""
    opened = None
    for i in range(trig.first - 1, max(-1, trig.first - 12), -1):
        if ann.tokens[i].text in QUOTES:
            opened = i
            break
    if opened is None:
        return False
    if any(ann.tokens[j].text in QUOTES for j in range(trig.last + 1, min(len(ann.tokens), trig.last + 12))):
        before = {ann.norm(k) for k in range(max(0, opened - 3), opened)}
        return bool(before & SLOGAN_CUES)
    return False


def _blamed_by_no_one(mentions: list[EventMention], blamed: list[ActorRef]) -> list[EventMention]:
    """'40 civilians were hacked to death in an attack on a village blamed on ADF rebels': the
    attack with no perpetrator of its own is the accused's, a claim no one named makes."""
    if not blamed:
        return mentions
    return [m.model_copy(update={"source": blamed, "modality": "claimed", "reference": False,
                                 "rule_ids": m.rule_ids + ["source:blamed-passive"]})
            if m.cameo[:2] in VIOLENT_ROOTS and not m.source and m.modality == "asserted" else m
            for m in mentions]


PERPETRATOR_WORDS = frozenset({"attackers", "assailants", "gunmen", "perpetrators", "killers", "raiders", "attacker",
                               "assailant", "gunman", "perpetrator", "killer"})


def _identified_perpetrators(article, sentence: Sentence, ann: SentenceAnnotation) -> list[EventMention]:
    """'survivors identified the attackers as fighters of the Oromo Liberation Army': the event
    told before was theirs."""
    for i, tok in enumerate(ann.tokens):
        if tok.norm not in {"identified", "described", "named"}:
            continue
        words = [j for j in range(i + 1, min(len(ann.tokens), i + 5)) if ann.tokens[j].norm]
        who = next((j for j in words if ann.norm(j) in PERPETRATOR_WORDS), None)
        as_at = next((j for j in range(who + 1, min(len(ann.tokens), who + 3)) if ann.norm(j) == "as"), None) \
            if who is not None else None
        if as_at is None:
            continue
        found = [a for a in ann.actors if as_at < a.first <= as_at + 5 and a.code and a.kind != "pronoun"]
        if not found:
            continue
        span = Span(start=tok.start, end=ann.tokens[found[0].last].end, text=sentence.text[
            tok.start - sentence.start:ann.tokens[found[0].last].end - sentence.start])
        return [EventMention(
            article_id=article.id, sentence_index=sentence.index,
            sentence=Span(start=sentence.start, end=sentence.end, text=sentence.text),
            trigger=span, cameo="190", source=[_ref(found[0])], rule_ids=["perpetrator-identified"], reference=True)]
    return []


def _blamed_perpetrators(mentions: list[EventMention]) -> list[EventMention]:
    """'mortar rounds were fired at a Peshmerga position, the ministry said, blaming PMF units':
    an attack with no perpetrator in a sentence that blames someone was, so the accuser claims,
    theirs."""
    blame = [m for m in mentions if m.cameo == "112" and m.target and m.source and not m.about_event]
    if not blame:
        return mentions
    accused = [a for m in blame for a in m.target]
    accusers = list(dict.fromkeys(a.code for m in blame for a in m.source))
    # ("five demonstrators were shot dead, according to the FNDC, which accused the security forces
    # of ...": a toll with its alleged perpetrator is an event of its own, merged if told before)
    return [m.model_copy(update={"source": accused, "modality": "claimed", "claimed_by": accusers, "reference": False,
                                 "rule_ids": m.rule_ids + ["source:blamed"]})
            if m.cameo[:2] in VIOLENT_ROOTS and not m.source and m.modality == "asserted"
            and (not m.reference or m.casualties) else m
            for m in mentions]


def _charged_accusations(ann: SentenceAnnotation, clause: Clause, found: list[EventMention], lex) -> list[EventMention]:
    """'"The Pakistan Army ... deliberately targeted civilian areas," the spokesman said': a party
    telling, in charged words, what its enemy did accuses it (112 from the speaker to the doer)."""
    frame = clause.frame
    if frame is None or not found:
        return []
    m = found[0]
    if m.modality == "hypothetical" or m.reference:
        return []
    rule = "accuse/charged-words" if _clause_has_cue(ann, clause, lex.accusatory) else \
        "accuse/named-doer" if _named_as_doer(ann, clause, m, lex) else None
    if rule is None:
        return []
    speakers = [_ref(a) for a in frame.speaker if a.code and not _is_neutral(a.code, lex) and not _is_anonymous(a)]
    doers = [a for a in m.source if a.how != "place" and a.code]
    if not speakers or not doers or _same_side([s.code for s in speakers], doers):
        return []
    return _one_per_party(statement_about(m, "112", speakers, doers, rule, m.speech_date))


NAMED_DOER = frozenset({"dictionary", "organisation", "acronym", "alias", "led"})
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "be", "is", "are", "being"})


def _named_as_doer(ann: SentenceAnnotation, clause: Clause, m: EventMention, lex) -> bool:
    """'the army said the houses were set on fire by separatist fighters': a party naming, in a
    passive, who did a deed accuses them, in plain words as much as in charged ones."""
    # a predicate ("the blast was carried out by"), not a modifier ("shells fired by the army"),
    # whose deed is the event itself
    ends = [last for first, last, _ in ann.cues(lex.attribution) if clause.lo <= first and last < clause.hi
            and ann.prev_word(first) >= 0 and ann.norm(ann.prev_word(first)) in PASSIVE_AUXILIARIES]
    return any(a.how in NAMED_DOER and "UAF" not in roles_of(a.code) and 0 < a.start - ann.tokens[end].end <= 40
               for a in m.source if a.code for end in ends)


def _denial_by_negation(ann: SentenceAnnotation, group: list[TriggerMention], clause: Clause,
                        found: list[EventMention], lex) -> list[EventMention]:
    """'Chérizier said the coalition had not harmed civilians': a party saying that it (or
    nobody it names) did not do it denies it (CAMEO 016)."""
    frame = clause.frame
    if frame is None or not found or not any(a.code for a in frame.speaker):
        return []
    if not any((t.ref.pos == "verb" and _negated(ann, t, clause, lex)
                and (not _after_auxiliary(ann, t) or _no_civilian_subject(ann, t)))
               or _none_took_place(ann, t) for t in group):
        return []     # ("neither confirmed nor denied the strikes": no denial; "the carrier had not
        # been hit": denying a loss, not a deed)
    speaker = [a for a in frame.speaker if a.code]
    codes = {a.code for a in speaker}
    doers = [a for a in found[0].source if a.how != "place"]
    if doers and not any(_same_party(d.code, c) for d in doers for c in codes):
        return []     # "the army said the rebels had not withdrawn": about someone else
    return [statement_about(found[0], "016", [_ref(a) for a in speaker], [], "deny/negated-statement")]


def _no_civilian_subject(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'... and that "no civilian area was targeted"': the striker denying harm to civilians."""
    before = [ann.norm(i) for i in range(max(0, trig.first - 6), trig.first)]
    return "no" in before and any(w in ("civilian", "civilians") for w in before[before.index("no"):])


def _none_took_place(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'no ceasefire violation took place from the Pakistani side', 'no such strike occurred'."""
    before = ann.prev_word(trig.first)
    if ann.norm(before) == "such":
        before = ann.prev_word(before)
    after = " ".join(ann.norm(k) for k in range(trig.last + 1, min(len(ann.tokens), trig.last + 4)))
    return ann.norm(before) == "no" and after.startswith(("took place", "occurred", "happened", "had taken place",
                                                           "had occurred", "has taken place", "has occurred"))


def _after_auxiliary(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'had not been hit', 'was not struck': a passive (whatever the verb's form, unlike
    roles.is_passive, which needs a regular '-ed' participle)."""
    return ann.norm(ann.prev_word(trig.first)) in {"been", "was", "were", "be", "being"}


def _same_party(a: str, b: str) -> bool:
    """'the defence ministry said its forces did not strike': a state's ministry speaks for its army."""
    return a.startswith(b) or b.startswith(a) or (a[:3] == b[:3] and side_of(a) == side_of(b) == "state")


def _negated(ann: SentenceAnnotation, trig: TriggerMention, clause: Clause, lex) -> bool:
    near = _window(ann, clause.lo, trig.first, NEGATION_WINDOW)
    if any(ann.tokens[i].norm in lex.negation or ann.tokens[i].norm in CONTRACTED_NEGATIONS for i in near):
        return True
    # "No Israeli has been killed", "nobody was hurt": the passive's subject says none
    wide = _window(ann, clause.lo, trig.first, HYPOTHETICAL_WINDOW)
    return any(ann.norm(i) in NOBODY and any(ann.norm(j) in AUXILIARIES for j in wide if j > i) for i in wide)


NOBODY = frozenset({"no", "nobody", "none", "noone"})
AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "been"})


CONTRACTED_NEGATIONS = frozenset({"didnt", "dont", "wasnt", "werent", "hasnt", "havent", "wont"})


def _denial_end(ann: SentenceAnnotation, trig: TriggerMention, clause: Clause, lex) -> int:
    """What a denial denies ends where the denier goes on to say something else: 'Moscow denied
    the accusation and said Ukrainian forces had shelled the building themselves'."""
    for i in range(trig.last + 1, clause.hi):
        word = ann.norm(i)
        if word == "but" or (word == "and" and _next_is_statement(ann, i, lex)):
            return i
    return clause.hi


def _next_is_statement(ann: SentenceAnnotation, i: int, lex) -> bool:
    nxt = [ann.norm(j) for j in range(i + 1, min(len(ann.tokens), i + 4)) if ann.norm(j)][:2]
    return any(w in lex.speech_forms or any(t.first == j and t.ref.rule.cameo[:2] in ("01", "11")
                                            for t in ann.triggers for j in range(i + 1, i + 4)) for w in nxt)


def _one_per_party(m: EventMention) -> list[EventMention]:
    # ("the Human Rights Commission of Sri Lanka, HRCSL, condemned": a body and its own acronym are one party)
    named = {a.code for a in m.source if not _acronym_of_party(a)}
    sources = list({_party(m, a): a for a in m.source if not _acronym_of_party(a) or a.code not in named}.values()) or [None]
    targets = list({a.code: a for a in m.target}.values()) or [None]
    if len(sources) == 1 and len(targets) == 1:
        return [m]
    return [m.model_copy(update={"source": [s] if s else [], "target": [t] if t else []})
            for s in sources for t in targets if s is None or t is None or s.code != t.code or _two_named_bodies(s, t)]


def _two_named_bodies(a: ActorRef, b: ActorRef) -> bool:
    """'Los Tiguerones ... blamed Los Choneros': two gangs one code covers are still two parties."""
    return a.how in NAMING and b.how in NAMING and a.text.lower() != b.text.lower()


def _acronym_of_party(a: ActorRef) -> bool:
    return a.how in ("acronym", "alias") and a.text.isupper()


def _party(m: EventMention, a: ActorRef) -> str:
    """Who a side is: its code, or for a statement the person or body speaking ("Prime Minister
    Kurti and President Osmani condemned", "the SDLP and the UUP condemned": two statements)."""
    if m.cameo[:2] in STATEMENT_ROOTS and names_speaker(a):
        return a.code + " " + a.text
    return a.code


def _each_other_after(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    k = ann.next_word(trig.last)
    return (ann.norm(k), ann.norm(ann.next_word(k))) in {("each", "other"), ("one", "another")}


def _pronouns_to_speakers(ann: SentenceAnnotation, frames: list[Frame]) -> None:
    """'The Houthis said they had fired missiles': a subject pronoun inside what a speaker says
    is the speaker."""
    for f in frames:
        named = [a for a in f.speaker if a.code]
        if not named or named[0].kind == "pronoun":
            continue
        last_word = ann.tokens[named[0].last].norm
        plural = len(named) > 1 or (len(last_word) > 3 and last_word.endswith("s"))
        # ("the IRGC said its drones struck ...": the possessive is the speaker too)
        wanted = {"it", "we", "they", "its", "our", "their"} if plural else {"it", "we", "its", "our"}
        if plural and named[0].kind == "agent":
            wanted = {"we", "they", "our", "their"}    # "... where it abducted two women, residents said": not the residents
        for a in ann.actors:
            if a.kind == "pronoun" and f.inner[0] <= a.first < f.inner[1] and not a.person \
                    and ann.tokens[a.first].norm in wanted:
                a.code, a.how = named[0].code, "speaker"


def _said_just_before(ann: SentenceAnnotation, trig: TriggerMention, frames: list[Frame]) -> Frame | None:
    """'12 people were killed, the Sudan Doctors Network said, blaming the RSF': a participle
    right after a speech verb is the speaker's."""
    if trig.ref.form != "ing" or trig.first < 1 or ann.tokens[trig.first - 1].text != ",":
        return None
    return next((f for f in frames if f.speaker and (0 < trig.first - f.verb <= 2 or _adjunct_between(ann, f.verb, trig)
                                                     or _listener_between(ann, f.verb, trig)
                                                     or _speaker_between(ann, f, trig))), None)


def _listener_between(ann: SentenceAnnotation, verb: int, trig: TriggerMention) -> bool:
    """'"...," CDD director Adriano Nuvunga told Lusa, accusing the security forces': only whom
    the speaker told stands between the speech verb and the participle."""
    gap = range(verb + 1, trig.first - 1)
    return ann.norm(verb) in {"told", "tells"} and 0 < len(gap) <= 5 \
        and not any(ann.tokens[i].text in {",", ";", '"', "“", "”", ":"} for i in gap)


def _speaker_between(ann: SentenceAnnotation, f: Frame, trig: TriggerMention) -> bool:
    """'"...," said the association's president, Hamadoun Diallo, accusing the army': the speaker,
    named after the verb, ends right before the participle."""
    return f.speaker[0].first > f.verb and f.speaker[-1].last < trig.first \
        and 0 < trig.first - f.speaker[-1].last <= 6 and f.speaker[0].first - f.verb <= 4 \
        and not any(ann.tokens[i].text in {";", '"', "“", "”", ":"} for i in range(f.verb + 1, trig.first))


ADJUNCT_PREPOSITIONS = frozenset({"on", "in", "at", "during", "late", "earlier", "later", "after", "from"})


def _adjunct_between(ann: SentenceAnnotation, verb: int, trig: TriggerMention) -> bool:
    """'Zelensky said on Nov. 19, accusing Moscow', 'said in a statement on Sunday, blaming ...':
    only a time or place phrase stands between the speech verb and the participle."""
    gap = range(verb + 1, trig.first - 1)
    return 0 < trig.first - verb <= 10 and ann.norm(verb + 1) in ADJUNCT_PREPOSITIONS \
        and not any(ann.tokens[i].text in {",", ";", '"', "“", "”"} for i in gap) \
        and not any(a.first in gap for a in ann.actors if a.kind != "named" or len(a.code) != 3)


def _particular(ann: SentenceAnnotation, clause: Clause, group: list[TriggerMention], times) -> bool:
    """What someone is accused of is one event when the charge gives a toll, a day, a place or
    names one attack ('of killing two men in Mpeketoni on Sunday', 'of carrying out the attack')."""
    lo, hi = clause.lo, clause.hi
    if any(is_number_word(ann.norm(i)) and ann.norm(i) not in {"a", "an", "one"} for i in range(lo, hi)):
        return True
    if any(lo <= p.first < hi for p in ann.places):
        return True
    start, end = ann.tokens[lo].start, ann.tokens[hi - 1].end
    if any(start <= t.start < end for t in times):
        return True
    if any(ann.norm(i) == "in" and ann.tokens[i + 1].text[:1].isupper() for i in range(lo, hi - 1)):
        return True      # "of attacking its garrison in Nasir": a town the gazetteer may not know
    return any(ann.norm(ann.prev_word(t.first)) in PARTICULAR_DETERMINERS and t.ref.pos == "noun" for t in group)


GENERAL_CHARGE = "charge:general"
CLAIMED_RESPONSIBILITY = "claim-responsibility/reference"   # the attack a claim of responsibility is about
PARTICULAR_DETERMINERS = frozenset({"the", "this", "that", "a", "an", "last", "latest", "deadly"})


def _agent_of_event(ann: SentenceAnnotation, a: ActorMention) -> bool:
    prev = ann.norm(ann.prev_word(a.first))
    if prev == "the":
        prev = ann.norm(ann.prev_word(ann.prev_word(a.first)))
    return prev == "by" or (prev == "of" and a.kind == "named" and not a.code.endswith(("CVL", "PPL", "REF")))


def _apposition_of(ann: SentenceAnnotation, a: ActorMention, speaker: list[ActorMention]) -> bool:
    """'Col. Turki al-Maliki, the coalition spokesman, ...': the speaker describes the actor."""
    if not speaker or not a.last < speaker[0].first <= a.last + 10:
        return False
    comma = next((i for i in range(speaker[0].first - 1, a.last, -1) if ann.tokens[i].text == ","), None)
    return comma is not None and speaker[0].first - comma <= 4 and ann.norm(ann.next_word(comma)) in {"the", "a", "an"}


SUBJECT_ADVERBS = frozenset({"also", "then", "later", "again", "publicly", "openly", "repeatedly", "further", "too"})


def _unaffiliated_person(ann: SentenceAnnotation, trig: TriggerMention, clause: Clause,
                         country: str) -> list[ActorMention]:
    """'Sheikh Khalid al-Jubouri accused the army of ...': a person the article names but ties to no
    party speaks for no party; the accusation is still theirs, coded with the story's country."""
    j = _word_before_verb(ann, trig, clause)
    last, first = j, j
    while first - 1 >= clause.lo and _name_part(ann.tokens[first - 1]):
        first -= 1
    while first < last and (not ann.tokens[first].text[:1].isupper() or ann.norm(first) in {"the", "a", "an"}):
        first += 1      # ("... and al-Jubouri": a name starts with a capital)
    name = [t for t in ann.tokens[first:last + 1] if t.is_word]
    if last < clause.lo or len(name) < 2 or not _name_part(ann.tokens[last]) \
            or any(t.norm in ORGANISATION_WORDS | SPEAKING_BODIES | {"bureau", "state"} for t in name) \
            or any(a.first <= last and a.last >= first for a in ann.actors) \
            or any(p.first <= last and p.last >= first for p in ann.places):
        return []
    tok_a, tok_b = ann.tokens[first], ann.tokens[last]
    return [ActorMention(first, last, tok_a.start, tok_b.end, " ".join(t.text for t in name), country, "named",
                         person=True, how=UNAFFILIATED)]


SUBJECT_ADVERBS_AND_AUXILIARIES = SUBJECT_ADVERBS | {"has", "have", "had"}
NOT_SUBJECTS = frozenset({"was", "were", "is", "are", "be", "been", "being", "who", "which", "that", "and", "or", "not",
                          "to", "of", "for", "by", "they", "we", "i", "you"})


def _word_before_verb(ann: SentenceAnnotation, trig: TriggerMention, clause: Clause,
                      skipped: frozenset[str] = SUBJECT_ADVERBS) -> int:
    """The last word of the verb's subject: 'Kalim also accused' -> 'Kalim'."""
    j = ann.prev_word(trig.first)
    while j >= clause.lo and ann.norm(j) in skipped:
        j = ann.prev_word(j)
    return j


def _uncoded_subject(ann: SentenceAnnotation, trig: TriggerMention, clause: Clause,
                     country: str) -> list[ActorMention]:
    """'Leaders of Koluama clan accused soldiers of ...', 'He also blamed the army': someone of the
    story accuses, though no dictionary or earlier sentence says for which party; the accusation
    is still made, coded with the story's country alone."""
    if trig.ref.pos != "verb" or not ann.norm(trig.last).endswith(("ed", "s")) or _each_other_after(ann, trig):
        return []     # a finite verb only ("..., alleging that", "a land dispute": no subject of their own)
    j = _word_before_verb(ann, trig, clause, SUBJECT_ADVERBS_AND_AUXILIARIES)   # ("The CCAT has denied")
    if j < clause.lo or not ann.tokens[j].is_word or ann.norm(j) in NOT_SUBJECTS or ann.norm(j).endswith("ly"):
        return []
    covering = [a for a in ann.actors if a.first <= j <= a.last and a.code and a.kind != "pronoun"]
    if covering:
        # "a group of armed men who said they belonged to Los Chapitos denied": the party the
        # subject's relative clause names, right before the verb
        return covering[:1]
    tok = ann.tokens[j]
    if tok.text.isupper() and len(tok.text) > 1:
        return []     # "The XYZ denied": an acronym nothing explains is no actor, not even the country's
    return [ActorMention(j, j, tok.start, tok.end, tok.text, country, "agent", how=UNAFFILIATED)]


def _answers_back(ann: SentenceAnnotation, trig: TriggerMention, roles: Roles, ctx: ArticleContext,
                  lex: CoderLexicon) -> bool:
    """'She in turn accused Bujumbura of ...' after Bujumbura accused Kigali: a speaker who is no
    party of their own (a pronoun, a spokesperson, a person) answering the last accusation is the
    party it accused. 'Baku in turn accused ...' names its party and keeps it."""
    if not ctx.last_accused or not roles.source or not roles.target:
        return False
    if any(t.code and (t.code.startswith(ctx.last_accused) or ctx.last_accused.startswith(t.code))
           for t in roles.target):
        return False     # accusing the same party again is no answer
    if all(a.code.startswith(ctx.last_accused) for a in roles.source):
        return False     # "Benin's government spokesman ... He in turn accused": already the party, and more exactly
    cued = any(first < trig.first and ann.norm(ann.next_word(last)) != "of" for first, last, _ in ann.cues(lex.counter))
    # ("Ronda, for his part, accused ...": a person the article tied to a party speaks for it; so
    # does "the rebel spokesperson" when the party accused last was no rebel)
    answered = roles_of(ctx.last_accused)
    party = any(a.kind == "named" and a.how != UNAFFILIATED for a in roles.source) or any(
        a.kind == "agent" and answered and roles_of(a.code) and not roles_of(a.code) & answered for a in roles.source) \
        or any(a.kind == "agent" and not answered and roles_of(a.code) & DOMESTIC_PARTIES for a in roles.source)
    return cued and not party


# ("The leader of the opposition, for his part, accused ..." after India was accused: no state answers
# through its opposition)
DOMESTIC_PARTIES = frozenset({"OPP", "LEG", "PTY"})
NAME_PARTICLES = frozenset({"al", "bin", "ibn", "de", "da", "van", "von", "el", "abu", "ould", "ag"})


def _name_part(tok) -> bool:
    return (tok.is_word and (tok.text[:1].isupper() or tok.text.lower() in NAME_PARTICLES)) or tok.text in {"-", "'"}


def _statement_triggers(ann: SentenceAnnotation) -> list[TriggerMention]:
    return [t for t in ann.triggers if t.ref.rule.cameo[:2] not in VIOLENT_ROOTS and _requirements_met(ann, t)]


def _names_earlier_event(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'condemned the bombing', 'denounced the attack', 'condemned "a cowardly attack" against
    soldiers', 'condemned what he called a "barbaric attack"': the object is an event."""
    start, dets = trig.last, DETERMINERS | DAY_OWNERS | INDEFINITE
    called = _what_they_called(ann, trig)
    if called is not None:
        start = called
    for t in ann.triggers:
        if t.ref.rule.cameo[:2] in VIOLENT_ROOTS and start < t.first <= start + OBJECT_REACH \
                and any(ann.norm(i) in dets for i in range(start + 1, t.first)):
            return True      # ("condemned Friday's strike")
    # "condemned the violence", "denounced the crime": words for what happened, told before
    if any(ann.norm(i) in EVENT_NOUNS and any(ann.norm(k) in dets for k in range(start + 1, i))
           for i in range(start + 1, min(len(ann.tokens), start + 5))):
        return True
    return _drew_statement(ann, trig)


def _named_event_cameo(ann: SentenceAnnotation, trig: TriggerMention) -> str | None:
    """The CAMEO code of the word for the event a statement names ('condemned the air raids'), if any."""
    start = _what_they_called(ann, trig) or trig.last
    named = next((t for t in ann.triggers if t.ref.rule.cameo[:2] in VIOLENT_ROOTS
                  and start < t.first <= start + OBJECT_REACH), None)
    if named is not None and named.ref.rule.cameo == "190" and ann.norm(named.last) in STRIKE_WORDS:
        return "195"     # "condemned the strike": the air or drone strike told before, if there is one
    return named.ref.rule.cameo if named is not None else None


STRIKE_WORDS = frozenset({"strike", "strikes"})


def _places_naming_event(ann: SentenceAnnotation, refs: list[ActorRef]) -> bool:
    """Every target is a place's name set before a word for an event ('the Sinjar strike', 'the
    Kabul attack'), not a nationality ('the Russian strike' says who struck)."""
    def naming(ref: ActorRef) -> bool:
        a = next((a for a in ann.actors if a.start == ref.start and a.end == ref.end), None)
        if a is None or a.kind != "named" or len(a.code) != 3 or a.text.lower().endswith(NATIONALITY_ENDINGS):
            return False
        nxt = ann.next_word(a.last)
        return any(t.first == nxt and t.ref.rule.cameo[:2] in VIOLENT_ROOTS for t in ann.triggers) \
            or ann.norm(nxt) in EVENT_NOUNS
    return all(naming(r) for r in refs)


NATIONALITY_ENDINGS = ("an", "ish", "ese", "i", "ic", "ch")    # Russian, Turkish, Chinese, Iraqi, Arabic, French
INDEFINITE = frozenset({"a", "an"})
OBJECT_REACH = 6     # "condemned this cowardly and barbaric attack": the noun past two adjectives


def _what_they_called(ann: SentenceAnnotation, trig: TriggerMention) -> int | None:
    """The last token of 'what he called', 'what it described as', 'what they termed' right
    after the statement verb, or None."""
    words = [j for j in range(trig.last + 1, min(len(ann.tokens), trig.last + 8)) if ann.tokens[j].norm][:4]
    if len(words) < 3 or ann.norm(words[0]) != "what" or ann.norm(words[2]) not in {"called", "described", "termed"}:
        return None
    return words[3] if ann.norm(words[2]) == "described" and len(words) > 3 and ann.norm(words[3]) == "as" else words[2]


DRAW_VERBS = frozenset({"drew", "draws", "drawn", "prompted", "prompts", "sparked", "sparks", "triggered", "provoked",
                        "attracted", "received", "met", "brought"})


def _drew_statement(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'The attack drew condemnation from NATO', 'the strike sparked criticism': the event the
    sentence opens with is what the statement is about."""
    if trig.ref.pos != "noun":
        return False
    verb = ann.prev_word(trig.first)
    while ann.norm(verb) in {"international", "widespread", "swift", "strong", "sharp", "fierce", "global", "wide"}:
        verb = ann.prev_word(verb)
    if ann.norm(verb) not in DRAW_VERBS:
        return False
    return any(t.ref.rule.cameo[:2] in VIOLENT_ROOTS and t.last < verb for t in ann.triggers) or \
        any(ann.norm(i) in EVENT_NOUNS for i in range(0, verb))


def _event_object(ann: SentenceAnnotation, trig: TriggerMention) -> int:
    """Where the event noun a statement is about stands ('condemned the attack')."""
    for i in range(trig.last + 1, min(len(ann.tokens), trig.last + OBJECT_REACH + 2)):
        if (ann.norm(i) in EVENT_NOUNS and i <= trig.last + 5) \
                or any(t.first == i and t.ref.rule.cameo[:2] in VIOLENT_ROOTS for t in ann.triggers):
            return i
    return len(ann.tokens)


def _agent_after_event_object(ann: SentenceAnnotation, trig: TriggerMention, actors: list[ActorMention]
                              ) -> list[ActorMention]:
    """The actor after 'by' right behind the event a statement is about ('an attack by X')."""
    i = _event_object(ann, trig)
    if i >= len(ann.tokens) or i > trig.last + 5:
        return []
    by = ann.next_word(i)
    if ann.norm(by) != "by":
        return []
    start = ann.next_word(by)
    if ann.norm(start) == "the":
        start = ann.next_word(start)
    return [a for a in actors if a.first == start and a.code][:1]


EVENT_NOUNS = frozenset({"violence", "incident", "incidents", "crime", "crimes", "bloodshed", "aggression", "atrocity",
                         "atrocities", "carnage", "tragedy", "operation", "raid", "crackdown", "offensive",
                         "repression", "killings", "killing", "shooting", "shootings", "stabbing", "murder", "murders",
                         "assassination", "massacre", "ambush", "bombing", "bombings", "burning", "burnings",
                         "arson", "looting", "destruction", "abduction", "abductions", "kidnapping", "kidnappings"})


def _generic_people(code: str) -> bool:
    return code.endswith("PPL")


def _frame_subject(clause: Clause) -> list[ActorMention]:
    return clause.frame.speaker if clause.frame else []


def _object_told_before(ann: SentenceAnnotation, trig: TriggerMention, roles: Roles, rule) -> bool:
    """'..., accusations Paris firmly rejected', 'a charge Baghdad denied': the object of the
    denial stands before its subject."""
    if not roles.source:
        return False
    j = ann.prev_word(roles.source[0].first)
    for _ in range(2):      # "a claim Interior Cabinet Secretary Kipchumba Murkomen rejected"
        if j > 0 and ann.tokens[j].text[:1].isupper() and ann.norm(ann.prev_word(j)) in rule.requires_object \
                and ann.norm(ann.prev_word(j)) not in {"that", "it", "they", "any", "them", "being"}:
            j = ann.prev_word(j)
    if ann.norm(j) in {"the", "a", "an"}:
        j = ann.prev_word(j)      # "an account the brigade denied"
    if ann.norm(j) == "which" and ann.tokens[j - 1].text == "," and rule.cameo == "016":
        return True      # "shots were fired from the helicopter, which the Military Police denied"
    # ("at least 12 of its supporters were killed, a figure the government disputes": a standing
    # view of a toll, not a denial made)
    return ann.norm(j) in rule.requires_object and ann.norm(j) not in FIGURE_WORDS


FIGURE_WORDS = frozenset({"toll", "tolls", "figure", "figures"})


ADJUNCT_LEADS = frozenset({"in", "on", "at", "through", "via", "during", "late", "early", "again", "also", "strongly",
                           "firmly", "flatly", "categorically", "vehemently", "repeatedly"})


OBJECT_DETERMINERS = frozenset({"the", "these", "those", "such", "their", "its", "his", "her"})
TIME_AFTER_OBJECT = frozenset({"yesterday", "today", "on", "in", "late", "earlier", "later", "outright", "categorically"})


def _denies_this(ann: SentenceAnnotation, trig: TriggerMention, words: list[str]) -> bool:
    """'Captain Mfumu denied this yesterday': 'this' alone is the charge just told (but 'refutes this
    narrative' is no denial of a deed of one's own)."""
    if words[:1] != ["this"]:
        return False
    after = ann.next_word(trig.last) + 1
    return len(words) == 1 or words[1] in TIME_AFTER_OBJECT or not ann.tokens[after].is_word


CLAUSE_AUXILIARIES = frozenset({"had", "has", "was", "were", "did", "would"})


def _denied_clause(ann: SentenceAnnotation, trig: TriggerMention, words: list[str]) -> bool:
    """'denied the village had fallen', 'denied its troops were involved': a clause with no 'that'
    after the verb (a short subject, then its auxiliary) is what is denied; `words` are the
    words after the verb. ('Factions that rejected the agreement have since ...': the verb of a
    relative clause, whose object the main clause's verb follows.)"""
    if ann.norm(ann.prev_word(trig.first)) in {"that", "who", "which"}:
        return False
    for k, w in enumerate(words[:5]):
        if w in CLAUSE_AUXILIARIES:
            return 0 < k and not set(words[:k]) & {"who", "which", "that", "whose", "when", "where", "of", "to", "in"}
        if k == 0 and w not in OBJECT_DETERMINERS | {"a", "an", "any", "all"}:
            return False
    return False


# words that ask "who" rather than tell of someone ("did not say who", "unclear who")
ASKING_WORDS = frozenset({"say", "said", "saying", "says", "know", "known", "knows", "clear", "unclear", "determine",
                          "identify", "identified", "establish", "disclose", "reveal", "specify", "investigating",
                          "asked", "asking", "wondering", "on", "about", "as", "to"})


def _capital_addressed(ann: SentenceAnnotation, trig: TriggerMention) -> list[ActorMention]:
    """'sent a protest note to Caracas': the capital a state's complaint goes to is that state's
    government."""
    to = next((i for i in range(trig.last + 1, min(len(ann.tokens), trig.last + 3)) if ann.norm(i) == "to"), None)
    capital = next((a for a in ann.actors if to is not None and a.first == to + 1 and a.kind == "named"
                    and len(a.code) == 3), None)
    return [replace(capital, code=capital.code + "GOV")] if capital is not None else []


def _statement_ok(ann: SentenceAnnotation, trig: TriggerMention, roles: Roles) -> bool:
    rule = trig.ref.rule
    who = ann.prev_word(trig.first)
    if ATTRIBUTED & set(rule.patterns) and ann.norm(who) in {"who", "whoever"} \
            and ann.norm(ann.prev_word(who)) in ASKING_WORDS:
        return False     # "It did not say who was behind the assault": a question, no one blamed
    if rule.cameo == "016" and trig.ref.pos == "verb" and trig.ref.form == "ed" \
            and ann.norm(ann.prev_word(trig.first)) in ATTRIBUTIVE_BEFORE:
        return False     # "over disputed grazing land", "the rejected candidates": an adjective, no denial
    if rule.requires_object and trig.ref.pos != "phrase" and not _object_told_before(ann, trig, roles, rule):
        words = [t.norm for t in ann.tokens[trig.last + 1:trig.last + 14] if t.norm]
        # "denied in a statement any connection to ...", "rejected as 'a pack of lies' the Indian
        # claims": look past a leading adjunct
        # ("dismissed the SPLA-IO claim", "rejected the army's latest account", "blocked the Berhampore-Domkal
        # road": a determiner and modifiers)
        following = " ".join(words[:10] if words[:1] == ["as"] else words[:7] if words[:1] and words[0] in ADJUNCT_LEADS
                             else words[:5] if rule.cameo[:2] != "11" and words[:1] and words[0] in OBJECT_DETERMINERS
                             else words[:3])
        # "denied hitting civilians": denying a deed of one's own
        own_deed = rule.cameo == "016" and bool(words) and words[0].endswith("ing") and len(words[0]) > 5
        told_just_before = rule.cameo == "016" and _denies_this(ann, trig, words)
        named_object = any(f" {w} " in f" {following} " or following.startswith(w) for w in rule.requires_object)
        if not (own_deed or told_just_before or named_object or _denies_what_was_told(ann, trig)
                or (rule.cameo == "016" and _denied_clause(ann, trig, words))):
            return False
    if rule.cameo[:2] == "11" and not (any(a.code for a in roles.source) and (
            any(a.code for a in roles.target) or _names_earlier_event(ann, trig) or roles.complement)):
        return False
    if rule.cameo[:2] == "11" and any(_generic_people(a.code) or a.roles == "PPL" for a in roles.source + roles.target):
        return False     # "looking for people they accused of collaborating": no party is named
    if rule.requires_actor_role and not (roles.source or ann.places):
        return False     # a protest needs its protesters or its place
    if rule.cameo == "016" and not any(a.code for a in roles.source):
        return False
    return True


ATTRIBUTIVE_BEFORE = frozenset({"a", "an", "the", "on", "over", "in", "of", "for", "into", "across", "this",
                                "its", "their", "his", "her", "two", "both", "long", "hotly", "fiercely"})


CHARACTERIZE_RULE = "characterize"
ACCOUNT_CALLED_FALSE = "deny:account-called-false"
ACCOUNT_REACH = 4     # "called [the rebel claims]", "described [the army's latest account]"


def _names_account(ann: SentenceAnnotation, trig: TriggerMention, lex) -> bool:
    """'called the rebel claims ...', 'described the report as ...': what is named is an account."""
    return any(ann.norm(i) in lex.accounts for i in range(trig.last + 1, min(len(ann.tokens), trig.last + 1 + ACCOUNT_REACH)))


def _account_called_false(article, sentence, ann, trig: TriggerMention, roles, clause: Clause, times, ctx,
                          lex) -> list[EventMention]:
    """'Colonel Nzeyimana called the rebel claims "a fantasy"': a party naming the other side's
    account a lie denies it (016); naming it anything else ('described the report as balanced') is
    no event."""
    if not any(a.code for a in roles.source) or \
            not any(ann.norm(i) in lex.falsehood for i in range(trig.last + 1, len(ann.tokens))):
        # (to the sentence's end: "the rebel claims a fantasy" reads to the frame finder as a claim)
        return []
    roles.target = []
    mention = _mention(article, sentence, ann, [trig], roles, clause, times, ctx, lex)
    if mention is None:
        return []
    return [mention.model_copy(update={"cameo": "016", "rule_ids": mention.rule_ids + [ACCOUNT_CALLED_FALSE]})]


def _denies_what_was_told(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'The gendarmerie denies this.': 'this' standing alone is the accusation told before (but
    'refutes this narrative' rejects a story, it denies no deed)."""
    k = ann.next_word(trig.last)
    return ann.norm(k) == "this" and k + 1 < len(ann.tokens) and (ann.tokens[k + 1].text in {".", ",", ";"}
                                                                   or ann.norm(k + 1) in {"and", "but"})


def _clause_of(ann: SentenceAnnotation, trig: TriggerMention, frames: list[Frame],
               complements: list[Clause] = ()) -> Clause:
    for c in complements:
        if c.lo <= trig.first < c.hi:
            return c
    inner = [f for f in frames if f.inner[0] <= trig.first < f.inner[1]]
    if inner:
        f = min(inner, key=lambda f: f.inner[1] - f.inner[0])
        return Clause(f.inner[0], f.inner[1], f)
    return Clause(0, len(ann.tokens))


BODIES_FOUND_RULE = "bodies-found"


def _violent_groups(ann: SentenceAnnotation, frames: list[Frame], complements: list[Clause], lex):
    """Violent triggers of one clause, grouped: they describe one event, unless a comma and a
    time connective part them ("the airstrikes hit X today, a day after an alleged toxic attack")."""
    groups: dict[tuple[int, int, int, bool, int, bool], tuple[list[TriggerMention], Clause]] = {}
    descriptions = _descriptive_spans(ann)
    owners: dict[tuple[int, int], int] = {}
    for trig in ann.triggers:
        if trig.ref.rule.cameo[:2] not in VIOLENT_ROOTS or not _requirements_met(ann, trig):
            continue
        if ann.norm(trig.first).endswith("ing") and any(a <= trig.first < b for a, b in descriptions):
            continue     # "the Amhara Fano National Force, one of the main factions fighting federal troops"
        clause = _clause_of(ann, trig, frames, complements)
        if clause.indirect:
            continue     # the attack someone is accused of arranging is told as its doers' attack
        if _planted_by_the_victims(ann, trig) or _said_of_some_of_them(ann, trig):
            continue     # "killed two IS militants believed to have planted the bomb": the bomb is another deed
        if _is_definite(ann, trig) and any(_avenged(ann, clause, i) for i in range(trig.last + 1, min(clause.hi, trig.last + 5))):
            continue     # "the attack was revenge for ...": the attack told before, explained
        part = _sub_clause(ann, clause, trig)
        if part[0] == clause.lo and part[1] < clause.hi and _starts_new_event(ann, ann.next_word(clause.lo - 1)
                                                                              if clause.lo else _first_word(ann)):
            continue     # "The day before the drone attack, ...": only dates the event that follows
        sub = Clause(part[0], part[1], clause.frame, clause.accuser, clause.accused, clause.denier)
        # "targeted PDF terrorists who were planning attacks": the planned attacks are not this event;
        # "attacks targeting peacekeepers": the participle belongs to the noun before it
        head = next((t for t in ann.triggers if trig.ref.form == "ing" and t.last == ann.prev_word(trig.first)), None)
        planned = _is_hypothetical(ann, head or trig, sub, lex)
        # "the RSF's shelling of El Obeid and the army's aerial bombardment": each its own doer's
        owner = _possessor(ann, trig)
        owner = owners.get((clause.lo, part[0]), -1) if owner is None else owner
        owners[(clause.lo, part[0])] = owner
        # "soldiers killed four gunmen in a firefight and the bodies of seven men were dumped": two events
        found_dead = trig.ref.rule.id == BODIES_FOUND_RULE
        groups.setdefault((clause.lo, clause.hi, part[0], planned, owner, found_dead), ([], sub))[0].append(trig)
    return list(groups.values())


PLANTING = frozenset({"planted", "planting", "plant", "laid", "laying"})
PLANTER_CLAUSES = (["to", "have"], ["who", "had"], ["who", "have"], ["suspected", "of"], ["accused", "of"])


def _planted_by_the_victims(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """A bomb described as the deed of those an event hit ('killed two militants believed to have
    planted the bomb', 'arrested men suspected of planting the device'), after a deed of its own."""
    if trig.ref.pos != "noun":
        return False
    words = [ann.norm(i) for i in range(max(0, trig.first - 5), trig.first) if ann.norm(i)]
    k = next((i for i, w in enumerate(words) if w in PLANTING), None)
    return k is not None and k >= 2 and words[k - 2:k] in PLANTER_CLAUSES and any(
        t.last < trig.first - 4 and t.ref.rule.cameo[:2] in VIOLENT_ROOTS for t in ann.triggers)


def _said_of_some_of_them(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'killing three terrorists, one of whom was wearing an explosive belt that was later
    detonated by engineering teams': what is told of some of those just counted."""
    return any(ann.norm(i) == "whom" and ann.norm(ann.prev_word(i)) == "of"
               for i in range(max(0, trig.first - OF_WHOM_REACH), trig.first))


OF_WHOM_REACH = 12
ANNIVERSARY_REACH = 14
PAST_POSSESSORS = (["last", "year"], ["last", "month"], ["last", "week"], ["last", "year", "s"])


def _past_named_event(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'to mark the anniversary of last year's deadly protests', 'last month's massacre': an
    event of the past named to say what today's is about; it tells nothing new."""
    if trig.ref.pos != "noun":
        return False
    before = [t.norm for t in ann.tokens[max(0, trig.first - ANNIVERSARY_REACH):trig.first] if t.norm]
    if "anniversary" in before:
        return True      # (also "the second anniversary of the martyrdom of eleven heroes ... in an ambush")
    k = _possessive_mark(ann, trig, reach=3)
    if k is None:
        return False
    owner = [t.norm for t in ann.tokens[max(0, k - 2):k] if t.norm]
    return owner in PAST_POSSESSORS or (len(owner) == 1 and owner[0].isdigit()) or owner[-1:] == ["year"] and "last" in owner


CIVILIAN_ROLES = frozenset({"OPP", "CVL", "PPL", "EDU", "LAB", "MED", "HRI"})     # "force against protesters"
REPRESSION = re.compile(r"\b(?:use of (?:excessive |lethal |live )?force|force against|repression|crackdown|"
                        r"police brutality|heavy-handed)\b", re.IGNORECASE)


def _condemns_repression(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """What is condemned is the handling of protest ('the excessive use of force against
    protesters', 'the crackdown'), with no one named as its author."""
    return trig.ref.rule.cameo == "111" and bool(REPRESSION.search(ann.text_between(trig.last + 1, min(len(ann.tokens), trig.last + 14))))


def _reduced_passive(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'an overnight attack on a village in Beni blamed on ADF rebels': a participle after a
    noun, with no auxiliary and no actor right before it."""
    if trig.ref.form != "ed" or ann.norm(ann.next_word(trig.last)) != "on":
        return False
    if trig.first > 0 and ann.tokens[trig.first - 1].text == ",":
        return True      # "..., blamed on ADF rebels": a participle set off by a comma
    prev = ann.prev_word(trig.first)
    # ("blamed on" with no object between is passive; the active "blamed the attack on" has one)
    return prev >= 0 and ann.norm(prev) not in VERB_AUXILIARIES and not any(a.last == prev for a in ann.actors)


VERB_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "be", "been", "being", "also", "and",
                              "which", "who", "that", "they", "it", "he", "she", "we", "then", "later", "quickly"})


def _demonym_plural(a: ActorRef) -> bool:
    """'Kenyans', 'Iraqis': a country's people, named by the plural of its adjective."""
    return len(a.code) == 3 and a.code.isalpha() and a.text[:1].isupper() and a.text.endswith("s") \
        and " " not in a.text.strip()


def _coordinated_possessors(ann: SentenceAnnotation, target: ActorMention, hi: int) -> list[ActorMention]:
    """'condemned the RSF's shelling of El Obeid and the army's aerial bombardment': the army
    is condemned too (each deed's doer is a target)."""
    if target.last + 1 >= len(ann.tokens) or ann.tokens[target.last + 1].text not in POSSESSIVE_MARKS:
        return []
    out = []
    for a in ann.actors:
        if a.first > target.last and a.last + 1 < hi and ann.tokens[a.last + 1].text in POSSESSIVE_MARKS \
                and a.code and "and" in [ann.norm(k) for k in range(max(target.last, a.first - 3), a.first)]:
            out.append(a)
    return out


def _possessor(ann: SentenceAnnotation, trig: TriggerMention) -> int | None:
    """The first token of the actor whose deed a nominal trigger is ('the army's aerial
    bombardment'), if any."""
    mark = _possessive_mark(ann, trig, reach=2) if trig.ref.pos == "noun" else None
    return None if mark is None else next((a.first for a in ann.actors if a.last == mark - 1), None)


def _possessive_mark(ann: SentenceAnnotation, trig: TriggerMention, reach: int) -> int | None:
    """The "'s" of whoever or whenever owns a nominal trigger, past up to `reach` adjectives
    ('the army's aerial bombardment', "last year's deadly protests"; not "Israel's intervention
    in fighting")."""
    j = trig.first - 1
    while j > trig.first - 1 - reach and j > 0 and ann.tokens[j].text not in POSSESSIVE_MARKS \
            and ann.tokens[j].text.islower() and ann.tokens[j].norm not in FUNCTION_WORDS:
        j -= 1
    return j if j >= 1 and ann.tokens[j].text in POSSESSIVE_MARKS else None


FUNCTION_WORDS = frozenset({"in", "of", "on", "at", "for", "to", "and", "or", "the", "a", "an", "with", "by", "from",
                            "into", "against", "after", "during"})


def _descriptive_spans(ann: SentenceAnnotation) -> list[tuple[int, int]]:
    """Appositions that say what a group is (', one of the main factions fighting ...',
    ', an armed group fighting for ...'): their participles describe, they tell no event."""
    return [(a, b) for a, b in embedded_spans(ann, ann.actors, 0, len(ann.tokens))
            if ann.tokens[a].text == "," and ann.norm(ann.next_word(a)) in {"one", "a", "an"}]


PLACE_OBJECTS = frozenset({"town", "village", "city", "district", "base", "area", "position", "positions", "hill",
                           "airport", "camp", "border", "crossing", "region", "province", "neighbourhood",
                           "neighborhood", "territory", "outpost", "checkpoint", "garrison", "headquarters",
                           # "liberated the villages of Qalimow and Ceel Dhoobo"
                           "towns", "villages", "cities", "districts", "areas", "bases", "hills", "camps", "outposts",
                           "checkpoints", "hamlet", "hamlets", "locality", "localities", "settlement", "settlements"})


REQUIRES_REACH = 6


def _says_any(words: list[str], phrases) -> bool:
    """Whether the run of words holds one of the words or multi-word phrases."""
    text = f" {' '.join(w for w in words if w)} "
    return any(f" {p} " in text for p in phrases)


def _requirements_met(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """A rule's own conditions: 'seized the car carrier' is no capture of territory; 'a missile'
    is an attack when it is fired or strikes, not when it is struck."""
    rule = trig.ref.rule
    near = [ann.norm(i) for i in range(trig.last + 1, min(len(ann.tokens), trig.last + 8))]
    reach = rule.requires_reach or REQUIRES_REACH * 2
    around = [ann.norm(i) for i in range(max(0, trig.first - reach), min(len(ann.tokens), trig.last + reach))]
    if rule.requires and not _says_any(around, rule.requires):
        return False      # ("a bomb went off": a requirement may be a phrase)
    if rule.excludes and _says_any(around, rule.excludes):
        return False      # "an unexploded mortar round ... exploded as they played with it": an accident
    before = " ".join(t.norm for t in ann.tokens[max(0, trig.first - 8):trig.first] if t.norm).split()[-4:]
    if rule.excludes_before and _says_any(before, rule.excludes_before):
        return False
    if rule.requires_before and not set(before[-3:]) & set(rule.requires_before):
        return False     # "the attackers belonged to a Barrio 18 cell", not "the victims belonged to"
    if rule.excludes_after and near[:1] and near[0] in rule.excludes_after:
        return False     # "the drone was shot down": brought down, not an attack
    if rule.requires_object and rule.cameo[:2] in VIOLENT_ROOTS and not set(near[:4]) & set(rule.requires_object):
        return False     # "repelled the assailants", not "repelled an attack by militia elements"
    if rule.requires_place_target:
        if _people_taken(ann, trig):
            return False
        has_place = any(trig.last < p.first <= trig.last + 7 for p in ann.places)
        fell = trig.text.lower().startswith("fell") and not set(near[:3]) & BODILY_FALLS
        return has_place or bool(set(near) & PLACE_OBJECTS) or fell or _unknown_name_after(ann, trig)
    return True


PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "is", "are", "be", "being"})


def _people_taken(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'The herders had been seized at a water point': people seized (a capture of persons), not
    a town taken; the subject of the passive says what was taken."""
    aux = ann.prev_word(trig.first)
    if aux < 0 or ann.norm(aux) not in PASSIVE_AUXILIARIES:
        return False
    first = aux
    while ann.prev_word(first) >= 0 and ann.norm(ann.prev_word(first)) in PASSIVE_AUXILIARIES | {"had", "have", "has"}:
        first = ann.prev_word(first)
    return any(a.last == ann.prev_word(first) and not is_place_like(ann, a) for a in ann.actors)


BODILY_FALLS = frozenset({"ground", "floor", "knees", "death", "earth"})     # "a man fell to the ground": no town fell


def _unknown_name_after(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'took control of Bunagana': a capitalised name no dictionary knows, right after the verb,
    is the place taken (a gazetteer cannot hold every village)."""
    j = ann.next_word(trig.last)
    if j >= len(ann.tokens) or not ann.tokens[j].text[:1].isupper() or ann.tokens[j].text.isupper():
        return False
    return not any(a.first <= j <= a.last for a in ann.actors)


def _sub_clause(ann: SentenceAnnotation, clause: Clause, trig: TriggerMention) -> tuple[int, int]:
    cuts = [i for i in range(clause.lo + 1, clause.hi - 1)
            if ann.tokens[i].text in {",", ";", "–", "—"} and _starts_new_event(ann, i + 1)
            or _sequence_verb(ann, clause, i) or _avenged(ann, clause, i)]
    if _starts_new_event(ann, ann.next_word(clause.lo - 1) if clause.lo else _first_word(ann)):
        # "The day before the drone attack, on Saturday, two soldiers were killed": the leading
        # phrase names another event to date this one
        comma = next((i for i in range(clause.lo, clause.hi) if ann.tokens[i].text == ","), None)
        if comma is not None:
            cuts.append(comma)
    lo = max([c + 1 for c in cuts if c < trig.first], default=clause.lo)
    hi = min([c for c in cuts if c > trig.last], default=clause.hi)
    return lo, hi


SEQUENCE_VERBS = frozenset({"followed", "follows", "preceded", "precedes"})


def _sequence_verb(ann: SentenceAnnotation, clause: Clause, i: int) -> bool:
    """'The attack followed clashes on Tuesday', 'the strike came a day after gunmen killed two':
    a verb that orders two events in time, each told on its own side of it."""
    word = ann.norm(i)
    if word in ("came", "comes"):
        if not _starts_new_event(ann, ann.next_word(i)):
            return False
    elif word not in SEQUENCE_VERBS:
        return False
    violent = [t.first for t in ann.triggers if t.ref.rule.cameo[:2] in VIOLENT_ROOTS]
    return any(clause.lo <= f < i for f in violent) and any(i < f < clause.hi for f in violent)


AVENGING = frozenset({"revenge", "retaliation", "reprisal", "reprisals", "payback", "retribution", "vengeance"})


def _avenged(ann: SentenceAnnotation, clause: Clause, i: int) -> bool:
    """'the attack was revenge for the killing of a Sikin man, who was shot dead on 4 October': the
    deed avenged is an event of its own, told after the one that avenged it."""
    if ann.norm(i) not in AVENGING or ann.norm(ann.next_word(i)) != "for":
        return False
    violent = [t.first for t in ann.triggers if t.ref.rule.cameo[:2] in VIOLENT_ROOTS]
    return any(clause.lo <= f < i for f in violent) and any(i < f < clause.hi for f in violent)


def _avenged_deed(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    j = ann.prev_word(trig.first)
    if ann.norm(j) in DETERMINERS:
        j = ann.prev_word(j)
    return ann.norm(j) == "for" and ann.norm(ann.prev_word(j)) in AVENGING


def _first_word(ann: SentenceAnnotation) -> int:
    return next((i for i, t in enumerate(ann.tokens) if t.norm), 0)


def _starts_new_event(ann: SentenceAnnotation, i: int) -> bool:
    words = [ann.norm(j) for j in range(i, min(i + 3, len(ann.tokens)))]
    return words[:1] in (["after"], ["before"], ["while"], ["following"], ["whereas"], ["days"], ["hours"],
                         ["weeks"]) or words[:3] in (["a", "day", "after"], ["the", "day", "before"],
                                                     ["the", "day", "after"]) \
        or words[:2] in (["a", "day"], ["one", "day"]) or _some_days_apart(words)


def _some_days_apart(words: list[str]) -> bool:
    """'three days after', '48 hours before'."""
    return bool(words) and (is_number_word(words[0]) or words[0].isdigit()) \
        and words[1:2] in (["days"], ["hours"], ["weeks"]) and words[2:3] in (["after"], ["before"])


def _rank(trig: TriggerMention) -> int:
    code = trig.ref.rule.cameo
    return SPECIFICITY.index(code) if code in SPECIFICITY else len(SPECIFICITY)


def _violent_mentions(article, sentence, ann, group: list[TriggerMention], clause: Clause, speakers, times,
                      ctx, lex) -> list[EventMention]:
    group = sorted(group, key=_rank)
    if all(_aggregate(ann, t) or _object_of_reaction(ann, t) or _characterises(ann, t, group) for t in group):
        # "carried out hundreds of strikes": a tally; "set fire to a bus to protest the killings":
        # the killings told before are what people react to, not a new event
        return []
    actors = clause_actors(ann, clause.lo, clause.hi, speakers)
    roles = Roles()
    found_all = [find_roles(ann, trig, (clause.lo, clause.hi), actors, lex)
                 for trig in sorted(group, key=lambda t: t.first)]
    # "a minibus struck an IED, killing three passengers": what struck the device did not attack
    struck = next((f.verb for f in found_all if f.pattern == "struck_device"), None)
    for found in found_all:
        # the dead and wounded ("four people were shot dead", "eleven women abducted") are never who attacked
        # nor are monitors, rights bodies and journalists, who report it ("the Ombudsman's Office has
        # raised the toll from Monday's clashes")
        # ("A Palestinian man was shot dead when settlers stormed the village": the man, the target
        # of 'shot', is no doer, so the doer of 'stormed' is)
        doers = [a for a in found.source if not _is_victim(ann, a, lex) and not roles_of(a.code) & OBSERVER_ROLES
                 and all(a is not t for t in found.target)]
        roles.source = roles.source or [a for a in doers if struck is None or a.first > struck]
        roles.target = roles.target or found.target
        roles.pattern = roles.pattern or found.pattern
    roles.target = roles.target or _participle_victims(ann, group, actors)
    roles.source = [a for a in roles.source if all(a is not t for t in roles.target)]
    if all(t.ref.rule.id == BODIES_FOUND_RULE for t in group):
        roles.source = []      # "the prosecutor's office recovered six bodies": who finds the dead never killed them
    _clash_sides(ann, group, clause, actors, roles, lex)
    _armed_dissidents(ann, roles, any(t.ref.rule.id == CLASH_RULE for t in group))
    _armed_men(ann, roles)
    if _words_not_weapons(group, roles) and not any(ann.norm(i) == "armed" for i in range(clause.lo, clause.hi)):
        return []      # "politicians fight each other", "the opposition attacked the budget": words, not arms
    if clause.accused and not roles.source:
        roles.source, roles.pattern = clause.accused, "accuse_of"
    if not roles.source:
        roles.source = _armed_fallback(ann, actors, roles.target, lex, claimed=clause.frame is not None)
    if not roles.source and not any(roles_of(a.code) & STATE_FORCE_ROLES for a in roles.target):
        roles.source = _operation_force(ann, clause, group, ctx, lex)
    mention = _mention(article, sentence, ann, group, roles, clause, times, ctx, lex)
    if mention is None:
        return []
    if mention.cameo in ("190", "180") and any(t.ref.rule.cameo == "181" for t in group) \
            and not any(c.kind == "killed" and c.count for c in mention.casualties):
        # "raided homes in Ombada and abducted two doctors": the abduction is the event
        mention = mention.model_copy(update={"cameo": "181", "rule_ids": mention.rule_ids + ["abduction:main"]})
    if mention.source and all(a.text.lower().split()[-1] in DEMONSTRATORS and "armed" not in a.text.lower().split()
                              for a in mention.source) and mention.cameo in ("190", "180") \
            and not _communal_fight(mention):
        # "thousands of protesters stormed the city hall": a violent demonstration (CAMEO 145)
        # (but "armed youths" raiding a village are an armed group)
        return [mention.model_copy(update={"cameo": "145", "rule_ids": mention.rule_ids + ["riot:demonstrators"]})]
    if mention.cameo == "1823" and mention.source and mention.target \
            and all(_is_armed(a.code) or "COP" in roles_of(a.code) for a in mention.source) \
            and all(_is_armed(t.code) and t.code[:6] not in {a.code[:6] for a in mention.source} for t in mention.target):
        # "troops killed eight militants": armed men killed by the other side in combat, a battle
        mention = mention.model_copy(update={"cameo": "190", "rule_ids": mention.rule_ids + ["kill:combatants"]})
    instrument = _instrument_code(ann, group, roles, clause, lex)
    if instrument and mention.cameo in ("190", "180", "183", "193", "1823"):
        mention = mention.model_copy(update={"cameo": instrument, "rule_ids": mention.rule_ids + [f"instrument:{instrument}"]})
    if mention.cameo in ("190", "193") and mention.target and all(t.code[3:6] in UNARMED_ROLES for t in mention.target) \
            and mention.source and all(a.code[3:6] in NONSTATE_ATTACKERS for a in mention.source) \
            and not is_clash(mention):
        # "gunmen attacked the village", "bandits shot at worshippers": an armed group's force against
        # the unarmed is CAMEO's assault (18), not a fight between forces (19)
        mention = mention.model_copy(update={"cameo": "180", "rule_ids": mention.rule_ids + ["assault:unarmed-target"]})
    if not mention.reference and any(_is_definite(ann, t) and t.ref.rule.id != BODIES_FOUND_RULE
                                     and not _avenged_deed(ann, t) for t in group) \
            and not _names_actor(ann, roles):
        # "14 fighters were also killed in the fighting": casualties of the event told before
        mention = mention.model_copy(update={"reference": True})
    adds = mention.casualties or mention.source or mention.date or mention.place
    denied = any(_none_took_place(ann, t) for t in group)   # ("said no such attack had taken place": a denial's object)
    if mention.reference and (not (adds or denied) or _cue_outside_relative(ann, clause, group[0], lex.hypothetical)):
        return []      # a reference adds evidence only with something new, never from a clause about what may happen
    return [mention] + _abduction_beside(ann, group, mention)


def _communal_fight(mention: EventMention) -> bool:
    """'youths of Kwapsi and Dungbo communities' fighting each other: two communities' clash, not
    a demonstration turned violent."""
    return is_clash(mention) and bool(mention.target) and all(t.code == mention.source[0].code for t in mention.target)


def is_clash(mention: EventMention) -> bool:
    return any(r.startswith(CLASH_RULE + "/") for r in mention.rule_ids)


def _participle_victims(ann, group: list[TriggerMention], actors) -> list[ActorMention]:
    """'Gunmen stormed a mining tunnel, killing nine artisanal miners': with no target of its own,
    the event's target is whom the participle after the comma killed or wounded."""
    for t in group:
        if t.ref.pos == "noun" and ann.tokens[t.last].norm.endswith("ing") and t.first > 0 \
                and ann.tokens[t.first - 1].text == ",":
            # (not "killing its driver": whose driver the possessive says, not which side)
            after = [a for a in actors if t.last < a.first <= t.last + 4 and a.code and a.kind != "pronoun"
                     and ann.norm(ann.prev_word(a.first)) not in {"its", "their", "his", "her"}]
            if after:
                return after[:1]
    return []


def _abduction_beside(ann, group: list[TriggerMention], mention: EventMention) -> list[EventMention]:
    """'the bandits killed 7 villagers and abducted about 20 others': those taken away are an
    abduction of their own (CAMEO 181), beside the killing attack (which ACLED's ranking keeps
    as one Attack)."""
    if mention.cameo[:3] == "181" or mention.reference or mention.modality == "hypothetical" or not mention.source:
        return []
    first = min(t.first for t in group)
    # ("... and abducted about 20 others", "killing four people and abducting eleven", "four were
    # killed and eleven women abducted")
    taking = next((t for t in group if t.ref.rule.cameo == "181" and t.ref.pos == "verb" and t.ref.form in ("ed", "ing")
                   and t.first > first and any(ann.norm(i) == "and" for i in range(max(first, t.first - 4), t.first))),
                  None)
    if taking is None:
        return []
    span = Span(start=taking.start, end=taking.end, text=taking.text)
    # ("four vigilantes were killed and eleven women abducted": the women were taken, not the
    # attack's first victims)
    taken = [a for a in ann.actors if a.code and a.kind == "agent" and a.code[3:6] in ("CVL", "PPL", "AGR", "EDU")
             and (taking.first - 3 <= a.last < taking.first or taking.last < a.first <= taking.last + 4)]
    target = [_ref(a) for a in taken[:1]] or mention.target
    return [mention.model_copy(update={"cameo": "181", "trigger": span, "casualties": [], "target": target,
                                       "rule_ids": [f"{taking.ref.rule.id}/verb+beside-attack"]})]


def _clash_sides(ann, group: list[TriggerMention], clause: Clause, actors, roles: Roles, lex) -> None:
    """'10 people have been killed in clashes between security forces and residents': the dead a
    killing verb is told of are no side; the clash's partners are."""
    clash = next((t for t in group if t.ref.rule.id == CLASH_RULE and _toll_of(ann, t)), None)
    if clash is None or not roles.target or not all(a.last < clash.first for a in roles.target):
        return
    sides = find_roles(ann, clash, (clause.lo, clause.hi), actors, lex)
    if sides.pattern != "reciprocal" or not (sides.source and sides.target):
        return
    if all(a.code[3:6] in ("CVL", "PPL") for a in roles.target):
        roles.source, roles.target, roles.pattern = sides.source, sides.target, sides.pattern
    elif not roles.source and {a.code for a in roles.target} <= {a.code for a in sides.source}:
        # "two members of the MPCP were killed in a clash with troops": the dead are one side,
        # the troops who killed them the other
        dead = {a.code for a in roles.target}
        roles.source = [a for a in sides.target if a.code not in dead and id(a) not in {id(t) for t in roles.target}]


def _armed_dissidents(ann, roles: Roles, combat: bool = False) -> None:
    """'shot dead by suspected dissidents': dissidents who kill are an armed group's (FARC
    dissidents, dissident republicans), not the political opposition the word names elsewhere."""
    # ("troops killed two dissidents", "two dissidents were killed in combat": the dissidents an
    # armed force fights, or who die in combat, are armed too)
    fought = [a for a in roles.target
              if combat or any(_is_armed(s.code) or "COP" in roles_of(s.code) for s in roles.source)]
    for a in roles.source + fought:
        if a.kind == "agent" and a.code.endswith("OPP") and ann.tokens[a.last].norm in {"dissidents", "dissident"}:
            a.code = a.code[:3] + "REB"


ARMED_MEN = frozenset({"men", "individuals", "persons"})


def _armed_men(ann, roles: Roles) -> None:
    """'was shot dead by two men on a motorcycle', 'men in uniform abducted him': men no one
    names who use force are an unidentified armed group, as ACLED codes them."""
    for a in roles.source:
        if a.kind == "agent" and a.code[3:] in ("CVL", "PPL") and ann.tokens[a.last].norm in ARMED_MEN:
            a.code = a.code[:3] + "UAF"


TOLL_DAY_WORDS = frozenset({"late", "early", "on", "last", "yesterday", "overnight", "monday", "tuesday", "wednesday",
                            "thursday", "friday", "saturday", "sunday", "night", "morning", "evening", "afternoon"})


def _toll_of(ann, clash: TriggerMention) -> bool:
    """'were killed in (the fierce) clashes', 'died during fighting': the clash is where they died."""
    j = ann.prev_word(clash.first)
    for _ in range(3):
        if ann.norm(j) in {"in", "during", "amid"}:
            # ("were killed late Wednesday in a clash": the day may stand between)
            k = ann.prev_word(j)
            while k >= 0 and ann.norm(k) in TOLL_DAY_WORDS:
                k = ann.prev_word(k)
            return ann.norm(k) in {"killed", "wounded", "injured", "died", "dead", "hurt"}
        j = ann.prev_word(j)
    return False


def _words_not_weapons(group: list[TriggerMention], roles: Roles) -> bool:
    """A rule that needs an armed doer ('attack', 'strike', 'fight') read with only political or
    civic actors as doers is a quarrel, not violence (crowds and mobs, who do come to blows, stay)."""
    if not roles.source or not all(t.ref.rule.requires_armed_source for t in group):
        return False
    return all(a.code and not _is_armed(a.code) and roles_of(a.code) & POLITICAL_ROLES
               and a.text.lower().split()[-1] not in CROWDS for a in roles.source)



NONSTATE_ATTACKERS = frozenset({"UAF", "CRM", "REB", "INS", "SEP", "CVL", "PPL", "SET", "AGR"})
UNARMED_ROLES = CIVILIAN_ROLES | {"HLH", "REL", "REF", "AGR", "BUS", "NGO"}
POLITICAL_ROLES = frozenset({"PTY", "LEG", "ELI", "OPP", "MED", "HRI", "NGO", "JUD", "BUS"})  # (a government can attack)
OBSERVER_ROLES = frozenset({"HRI", "MED", "NGO"})
PARTY_MEMBERS = frozenset({"workers", "supporters", "activists", "cadres", "members", "loyalists", "followers"})


def _acts_as_state(actor) -> bool:
    """A government, its army and police act as the state; 'BJP workers', 'Zanu-PF supporters' are
    a governing party's members, who protest and riot like anyone else."""
    words = actor.text.lower().split()
    return bool(roles_of(actor.code) & STATE_FORCE_ROLES) and not (len(words) > 1 and words[-1] in PARTY_MEMBERS)


DEMONSTRATORS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "marchers", "youths"})
CROWDS = DEMONSTRATORS | {"crowd", "crowds", "mob", "mobs", "supporters", "residents", "villagers", "students",
                          "activists", "thugs"}
AGGREGATE_WORDS = frozenset({"hundreds", "dozens", "scores", "thousands", "numerous", "countless", "tens", "series",
                             "wave", "string", "spate"})


ARMED_ROLES = frozenset({"REB", "INS", "UAF", "CRM", "MIL", "SEP", "MUS", "RAD"})


def _is_armed(code: str) -> bool:
    return code.startswith("IMG") or bool(roles_of(code) & ARMED_ROLES)


REACTION_VERBS = frozenset({"protest", "protested", "protesting", "condemn", "condemned", "condemning", "denounce",
                            "denounced", "denouncing", "mourn", "mourned", "mourning", "investigate", "investigating",
                            "over", "against", "decry", "decried"})


def _object_of_reaction(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'condemned the (Turkish) strikes', 'concerned about attacks on ...': what people react to
    was told before or is a pattern, not a new event."""
    if trig.ref.pos != "noun" and not (trig.ref.form == "base" and ann.norm(ann.prev_word(trig.first)) in DAY_OWNERS):
        return False     # ("Friday's strike": a noun, though "strike" is also a verb)
    before = [ann.prev_word(trig.first)]
    while len(before) < 4 and before[-1] > 0:
        before.append(ann.prev_word(before[-1]))
    words = [ann.norm(i) for i in before]
    if words[0] in CONCERN_WORDS:
        return True
    det = next((k for k, w in enumerate(words[:3]) if w in {"the", "these", "those", "this"} | DAY_OWNERS), None)
    return det is not None and det + 1 < len(words) and words[det + 1] in REACTION_VERBS \
        and all(not any(t.first == before[k] for t in ann.triggers) for k in range(det))


CONCERN_WORDS = frozenset({"about", "over"})
DAY_OWNERS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                        "today", "tonight", "weekend"})      # "condemned Friday's strike"


def _characterises(ann: SentenceAnnotation, trig: TriggerMention, group: list[TriggerMention]) -> bool:
    """'condemned Friday's strike as a massacre': a word for the event condemned, not another one."""
    before = {ann.norm(ann.prev_word(trig.first)), ann.norm(ann.prev_word(ann.prev_word(trig.first)))}
    return "as" in before and any(_object_of_reaction(ann, t) for t in group if t is not trig)


def _aggregate(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """A plural event noun counted in bulk: 'hundreds of strikes', 'a spate of attacks'."""
    if trig.ref.pos != "noun" or not ann.norm(trig.last).endswith("s"):
        return False
    before = [ann.norm(i) for i in range(max(0, trig.first - 4), trig.first)]
    return "of" in before and bool(set(before) & AGGREGATE_WORDS)


def _is_victim(ann: SentenceAnnotation, a: ActorMention, lex) -> bool:
    """People named by a common noun next to a casualty word ('four people were shot dead',
    'killing three farmers and a child'): the dead and wounded, not who attacked ('dozens of
    men armed with clubs attacked demonstrators')."""
    if a.kind == "named" or not (a.roles in ("CVL", "PPL") or a.code.endswith(("CVL", "PPL"))):
        return False
    if any(w in a.text.lower() for w in ("mob", "crowd", "vigilante")):
        return False      # "a mob beat two men to death": who attacked
    if _after_by(ann, a):
        return False      # "was shot dead by two men on a motorcycle": who shot
    return any(ann.norm(i) in lex.casualty_terms for i in range(max(0, a.first - 7), min(len(ann.tokens), a.last + 5)))


def _after_by(ann: SentenceAnnotation, a: ActorMention) -> bool:
    """'by men', 'by two men', 'by a group of men': the agent of a passive verb."""
    words = [ann.norm(i) for i in range(max(0, a.first - 4), a.first)]
    return "by" in words and not set(words[words.index("by"):]) & {"and", "killing", "leaving"}


HOLDING = frozenset({"held", "controlled", "occupied", "run", "by"})


INSTRUMENT_PREPS = frozenset({"by", "with", "from", "using"})


def _instrument_code(ann, group: list[TriggerMention], roles: Roles, clause: Clause, lex) -> str | None:
    """'Pakistani fighter jets struck suspected hideouts', 'a fighter jet bombed a crowd': the
    aircraft makes it an air strike."""
    spans = [(a.first, a.last) for a in roles.source]
    first, last = min(t.first for t in group), max(t.last for t in group)
    # after the trigger, an aircraft is the instrument only as 'by'/'with'/'from' it says ("struck by
    # drones"); "fired shots at the army helicopter" names the target
    after = next((j for j in range(last + 1, min(clause.hi, last + 4) + 1) if ann.norm(j) in INSTRUMENT_PREPS), None)
    # before "came under fire" stands the target ("a UN helicopter came under fire")
    before = first if roles.pattern == "came_under" else max(clause.lo, first - 6)
    spans.append((before, min(clause.hi, last + 4) if after is not None else last))
    for lo, hi in spans:
        words = [ann.tokens[i] for i in range(lo, hi + 1) if i < len(ann.tokens) and ann.tokens[i].norm]
        found = [m for m in lex.instruments.find(words) if not _in_support(words, m.first)]
        if found:
            return found[0].value[0]
    return None


SUPPORT_WORDS = frozenset({"backed", "supported", "support", "covered", "escorted", "accompanied"})


def _in_support(words, first: int) -> bool:
    """'troops backed by helicopters clashed with armed men': the aircraft back the fighting, they
    do not make it an air strike."""
    return any(w.norm in SUPPORT_WORDS for w in words[max(0, first - 3):first])


def _operation_force(ann, clause: Clause, group: list[TriggerMention], ctx: ArticleContext, lex) -> list[ActorMention]:
    """'Three men were killed during a counter-terrorism operation in Karabulak': the state force
    that runs the operation, of the story's country."""
    if not ctx.country:
        return []
    spec = lex.patterns.patterns["passive"]
    last = min(t.last for t in group)
    for i in range(last + 1, min(clause.hi, last + 4)):
        if ann.norm(i) not in ("during", "in"):
            continue
        head = next((j for j in range(i + 1, min(clause.hi, i + 7)) if ann.norm(j) in spec.operation_heads), None)
        if head is None:
            return []
        start, end, text = token_span(ann, i + 1, head)
        # ("counter-terrorism" is three tokens)
        role = next((spec.operation_forces[w] for w in text.lower().replace(" - ", "-").split()
                     if w in spec.operation_forces), None)
        if role is None:
            return []
        return [ActorMention(i + 1, head, start, end, text, ctx.country + role, "agent", roles=role,
                             how="agent+context")]
    return []


def _armed_fallback(ann, actors: list[ActorMention], target: list[ActorMention], lex, claimed: bool
                    ) -> list[ActorMention]:
    """'shells were fired from the district controlled by HTS': the armed actor holding the
    place the attack came from is who the text says did it."""
    armed = set(lex.acled.armed_roles)
    taken = {id(a) for a in target}
    for a in actors:
        if id(a) in taken or not a.code:
            continue
        if not any(a.code[i:i + 3] in armed for i in range(3, len(a.code), 3)) and not a.code.startswith("IMG"):
            continue
        if ann.norm(ann.prev_word(a.first)) in HOLDING:
            return [a]
    return []


# --------------------------------------------------------------------------- mention attributes

def _other_civilians(target: ActorRef, source: list[ActorRef]) -> bool:
    """Victims named by another word than their attackers, in an unarmed role they share with them."""
    return target.code[3:] in SHARED_CIVILIAN_ROLES and all(target.text.lower() != s.text.lower() for s in source)


SHARED_CIVILIAN_ROLES = frozenset({"AGR", "CVL", "LAB", "BUS", "EDU"})


def _mention(article, sentence, ann, trigs: list[TriggerMention], roles: Roles, clause: Clause, times, ctx, lex,
             exclude_time: tuple[int, int] | None = None) -> EventMention | None:
    main = trigs[0]
    rule = main.ref.rule
    violent = rule.cameo[:2] in VIOLENT_ROOTS
    source = [_ref(a) for a in roles.source if a.code]
    target = [_ref(a) for a in roles.target if a.code]
    if violent and not source and ctx.foreign and _enemy_weapon(ann, main):
        # "an enemy strike drone hit an air defence unit": the other side's forces
        source = [ActorRef(code=ctx.foreign + "MIL", text="enemy", start=main.start, end=main.end, how="context")]
    if violent and roles.pattern != "reciprocal":
        # an armed actor does not attack itself: the same code on both sides is a misreading (but
        # "a farmer was killed by suspected herders": two groups of civilians may share a code)
        target = [t for t in target if t.code not in {s.code for s in source} or _other_civilians(t, source)]
    if violent and source and not any(t.how == "dictionary" for t in target) and _enemy_object(ann, main, clause):
        # "airstrikes on an enemy encampment": the army's enemy, the armed group the story names
        enemy = _story_enemy(source, ctx)
        target = [ActorRef(code=enemy, text="enemy", start=main.start, end=main.end, how="context")] if enemy else target
    if violent and not target and rule.id != CLASH_RULE:
        target = _facility_users(ann, main, clause) or _place_target(ann, main, clause, ctx)
    modality, claimed_by, claimants = _modality(ann, main, clause, source, lex) \
        if violent or rule.cameo[:2] in ("14", "17") else (_statement_modality(ann, main, clause, lex), [], [])
    if violent and modality == "asserted" and _put_down_to(ann, source):
        modality = "claimed"     # "an attack attributed to CODECO militiamen": someone's reading, not a fact told
    casualties = _casualties(ann, clause, sentence, clause.frame, lex, main.first) if violent else []
    place = _place(ann, (clause.lo, clause.hi), ctx) if rule.cameo[:2] not in ("01", "11") else None
    if violent and not target:
        target = _victims(ann, casualties, lex, ctx, place_country=place.country if place else None)
    if rule.id == CLASH_RULE:
        # "five people were killed in clashes": those killed are told before the clash, its sides after
        told_first = min(t.start for t in trigs)
        if not any(a.start < told_first for a in source):
            # (but "a dispute between youths of Kwapsi and Dungbo communities degenerated into a clash":
            # both sides told first)
            target = [t for t in target if not (t.code[3:] in ("CVL", "PPL") and t.start < told_first)]
    if violent and place is not None and place.country != ctx.country and \
            place.country in {a.code[:3] for a in ann.actors if a.kind == "named" and a.code}:
        # "a missile struck Shtula, killing one civilian": the civilians of the place struck
        target = [t.model_copy(update={"code": place.country + t.code[3:]})
                  if t.how in ("agent+context", "victims") and t.code[3:] in ("CVL", "PPL") else t for t in target]
    if rule.cameo[:2] == "14" and main.ref.form == "ing":
        # "police fired rubber bullets at students protesting in Dhaka": the students protest
        before = next((a for a in ann.actors if a.last == main.first - 1 and a.code), None)
        if before is not None:
            source = [_ref(before)]
    if rule.cameo[:2] == "14":
        # "hundreds of people marched", "thousands of Kenyans took to the streets": the people
        # marching are civilians, ACLED's "Protesters (country)"
        source = [a.model_copy(update={"code": a.code[:3] + "CVL"})
                  if a.code.endswith("PPL") or _demonym_plural(a) else a for a in source]
    if rule.cameo[:2] == "14" and source and all(_acts_as_state(a) for a in source):
        if main.ref.pos == "verb":
            return None      # "police gathered outside the court": the state does not protest
        source = []          # "shot dead by police during protests": the protests are the protesters'
    if rule.cameo[:2] == "14" and not source and ctx.country:
        # "tens of thousands rallied in Tbilisi": protesters of the story's country
        source = [ActorRef(code=ctx.country + "CVL", text=main.text, start=main.start, end=main.end, how="protesters")]
    if violent and (_is_background(ann, clause, lex, casualties, main) or _is_ongoing(ann, main)
                    or _after_since_when(ann, main) or _legal_charge(ann, main, clause)):
        return None
    if violent and _enemy_tally(ann, casualties, target, lex):
        casualties = [c for c in casualties if c.kind != "killed"]
    if rule.cameo[:2] == "14" and main.ref.pos == "noun" and _is_background(ann, clause, lex, casualties, main):
        return None      # "32 people have been killed in unrest since the election": a toll, not a riot
        # (but "took to the streets on Wednesday to mark the events of last year" is a protest)
    day, precision, speech, told_when = _date(ann, main, clause, times, exclude_time,
                                             statement=not violent and rule.cameo[:2] not in ("14", "17"))
    age = (ctx.published - _period_end(day, precision)).days if day and ctx.published else 0
    if age > lex.lexicon.time.background_days and not (clause.accused and age <= ACCUSED_HISTORY_DAYS):
        return None      # history, unless it is what someone stands accused of now
    if violent and precision == "year":
        return None      # "attacks claimed by ISKP killed more than 300 civilians in 2025": a year's toll
    if day and ctx.published and day > ctx.published and precision == "day" and (violent or rule.cameo[:2] == "14"):
        modality, claimed_by, claimants = "hypothetical", [], []      # "a protest for next Friday": not yet
    if violent and day and ctx.published and (ctx.published - day).days > PLUPERFECT_DAYS and _pluperfect(ann, main):
        return None      # "the militants had overrun Moqokori in February": what led up to the news
    # "denied that officers had fired on demonstrators": the denial is the event (016); what it
    # denies is the event told elsewhere, never a new one
    reference = violent and (_is_reference(ann, main, roles, rule, lex) or modality == "denied")
    if violent and not (source or target or casualties or reference):
        # "three rockets were fired at the base late on Friday": an attack on a place of its own,
        # on a day of its own, is news though no one is named; otherwise it adds to what came before
        # ("an air strike hit a camp on an island": a strike of its own, undated, on a target of its own)
        aimed = _aimed_at_facility(ann, main, clause) or _opens_with_indefinite(ann, main)
        reference = not aimed or (precision != "day" and not (day is None and _is_indefinite(ann, main)))
    if rule.id == CLASH_RULE and not (source or target or reference) and ctx.country:
        # "fierce clashes erupted in Zawiya, killing five": armed men on both sides, unidentified
        source = target = [ActorRef(code=ctx.country + "UAF", text=main.text, start=main.start, end=main.end,
                                    how="context")]
    return EventMention(
        article_id=article.id, sentence_index=sentence.index,
        sentence=Span(start=sentence.start, end=sentence.end, text=sentence.text),
        trigger=Span(start=main.start, end=main.end, text=main.text),
        cameo=rule.cameo, source=source, target=target, date=day, date_precision=precision,
        place=place, modality=modality, claimed_by=claimed_by, claimants=claimants, casualties=casualties,
        rule_ids=[f"{t.ref.rule.id}/{t.ref.pos}" + (f"+{roles.pattern}" if roles.pattern else "") for t in trigs]
        + ([FRAME_DATE] if violent and told_when else []),
        reference=reference, speech_date=speech, also=violent and any(_told_as_one_more(ann, t) for t in trigs))


def _put_down_to(ann: SentenceAnnotation, source: list[ActorRef]) -> bool:
    """The doers are named as those the attack is 'attributed to' (or 'blamed on')."""
    firsts = {t.start: i for i, t in enumerate(ann.tokens)}
    for a in source:
        i = firsts.get(a.start)
        if i is not None and ann.norm(ann.prev_word(i)) in ("to", "on") \
                and ann.norm(ann.prev_word(ann.prev_word(i))) in ATTRIBUTING:
            return True
    return False


def _told_as_one_more(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'Russian aircraft also dropped two guided bombs ...', 'Shells also landed in Kork Mon': 'also'
    a few words before the event, in its clause, adds an event to those told, it does not retell one;
    so does 'also' right after a noun of fighting ('Fighting also raged around Bhamo', 'clashes were
    also reported')."""
    if trig.ref.pos == "noun" and "also" in [ann.norm(i) for i in range(trig.last + 1, min(len(ann.tokens), trig.last + 3))]:
        return True
    words = 0
    for i in range(trig.first - 1, -1, -1):
        if ann.tokens[i].text in {",", ";", ":"} or words == ALSO_REACH:
            return False
        if ann.norm(i) == "also":
            return True
        words += bool(ann.tokens[i].norm)
    return False


ALSO_REACH = 4     # "also dropped two guided aerial bombs"


TARGET_PREPOSITIONS = frozenset({"on", "against", "targeting", "at", "hit", "struck"})
CLAUSE_BREAKS_FOR_TARGETS = frozenset({"in", "near", "from", "after", "as", "while", "when", "during", "with", "since",
                                       "outside", "around", "close", "north", "south", "east", "west"})


def _victims(ann, casualties: list[Casualty], lex, ctx: ArticleContext, place_country: str | None) -> list[ActorRef]:
    """'killing 14 members of one family': with no target named, the dead are the target."""
    country = place_country or ctx.country
    for c in casualties:
        if c.kind != "killed" and c.kind != "injured" or not country:
            continue
        after = [t for t in tokenize_span(ann, c.span.end) if t.norm][:4]
        for k, t in enumerate(after):
            role = lex.victim_roles.get(t.norm)
            if not role:
                continue
            # "four members of Kataib Hezbollah were killed": the group named is the target
            named = next((a for a in ann.actors if a.code and a.start > t.end and after[k + 1:k + 2]
                          and after[k + 1].norm == "of" and a.start <= after[k + 1].end + 6), None)
            # "killing two YBS members": the group named right before them
            named = named or next((a for a in ann.actors if a.kind == "named" and len(a.code) > 3 and k > 0
                                   and a.end == after[k - 1].end), None)
            # "two Kosovo Police officers were wounded": the force named in the words themselves
            named = named or next((a for a in ann.actors if a.code and len(a.code) > 3 and a.start <= t.start
                                   and a.end >= t.end), None)
            if named is not None:
                return [ActorRef(code=named.code, text=named.text, start=named.start, end=named.end, how="victims")]
            # "killing two Kenyan soldiers" in a Somali story: the nationality said, not the story's
            nation = next((a for a in ann.actors if a.code and len(a.code) == 3 and k > 0
                           and a.end == after[k - 1].end), None)
            return [ActorRef(code=(nation.code if nation else country) + role, text=t.text, start=t.start, end=t.end,
                             how="victims")]
        if c.count == 1 and _named_victim(ann, c):
            # "Zubeda Begum, 52, was killed": a person told by name and age, a civilian
            return [ActorRef(code=country + "CVL", text=c.span.text, start=c.span.start, end=c.span.end, how="victims")]
    return []


def _named_victim(ann, c: Casualty) -> bool:
    i = next((k for k, t in enumerate(ann.tokens) if t.start == c.span.start), None)
    if i is None or not name_then_age(ann, i):
        return False      # (the name, then its age: "Begum, 52,")
    name = i
    while name > 0 and ann.tokens[name - 1].text[:1].isupper() and ann.tokens[name - 1].norm:
        name -= 1
    return not any(ann.norm(k) in VICTIM_RANKS for k in range(max(0, name - 2), i + 1))


# "Havildar X, 35, was killed", "Constable X": a named man in uniform is no civilian
VICTIM_RANKS = frozenset({"soldier", "sepoy", "havildar", "naik", "constable", "sergeant", "sgt", "corporal", "cpl",
                          "private", "pte", "lieutenant", "lt", "captain", "capt", "major", "maj", "colonel", "col",
                          "officer", "inspector", "commander", "general", "gen", "rifleman", "trooper", "fighter",
                          "militant", "police", "policeman", "army", "jawan", "agent"})


def tokenize_span(ann: SentenceAnnotation, start: int) -> list:
    return [t for t in ann.tokens if t.start >= start]


def _facility_users(ann, trig: TriggerMention, clause: Clause) -> list[ActorRef]:
    """'an air strike hit a camp on an island in the Niger river used by the assailants': those
    who hold or use the site struck were struck."""
    site = None
    for i in range(trig.last + 1, min(clause.hi - 1, trig.last + FACILITY_USER_REACH)):
        if ann.norm(i) in ATTACKED_PLACES:
            site = i
        elif site is not None and ann.norm(i) in HELD_PARTICIPLES and ann.norm(i + 1) == "by":
            users = next((a for a in ann.actors if i + 1 < a.first <= i + 4 and a.first < clause.hi and a.code), None)
            return [_ref(users)] if users is not None else []
    return []


FACILITY_USER_REACH = 16


def _place_target(ann, trig: TriggerMention, clause: Clause, ctx: ArticleContext) -> list[ActorRef]:
    """'a chemical attack on Aleppo city', 'shelled the centre of Belgorod': the people of the
    place are the target; coded as its country, as ACLED codes unnamed victims."""
    for p in ann.places:
        if not (trig.last < p.first < clause.hi) or p.first - trig.last > 6 or not p.candidates:
            continue
        between = {ann.norm(i) for i in range(trig.last + 1, p.first)}
        direct_object = trig.ref.pos == "verb" and not between & CLAUSE_BREAKS_FOR_TARGETS
        if between & TARGET_PREPOSITIONS or direct_object:
            country = next((c.country for c in p.candidates if c.country == ctx.country), None)
            if country is None:
                continue        # a town of the same name abroad is no evidence of who was hit
            tok_a, tok_b = ann.tokens[p.first], ann.tokens[p.last]
            return [ActorRef(code=country, text=p.text, start=tok_a.start, end=tok_b.end, how="place")]
    # "struck seven sites in Pakistan": a country named as the place is the country hit
    named = next((a for a in ann.actors if a.kind == "named" and len(a.code) == 3 and trig.last < a.first < clause.hi
                  and a.first - trig.last <= 6 and is_place_like(ann, a)
                  and {ann.norm(i) for i in range(trig.last + 1, a.first)} & TARGET_PREPOSITIONS), None)
    if named is not None:
        return [ActorRef(code=named.code, text=named.text, start=named.start, end=named.end, how="place")]
    return []


def _ref(a: ActorMention) -> ActorRef:
    return ActorRef(code=a.code, text=a.text, start=a.start, end=a.end, how=a.how)


def _window(ann: SentenceAnnotation, lo: int, first: int, size: int) -> list[int]:
    idx = [i for i in range(lo, first) if ann.tokens[i].norm]
    return idx[-size:]


def _has_cue(ann: SentenceAnnotation, matcher, indices: list[int]) -> str | None:
    if not indices:
        return None
    return ann.cue_in(matcher, indices[0], indices[-1] + 1)


def _is_hypothetical(ann: SentenceAnnotation, trig: TriggerMention, clause: Clause, lex) -> bool:
    lo = clause.lo
    before = ann.prev_word(trig.first)
    if ann.norm(before) in CONJUNCT_SUBJECTS:
        before = ann.prev_word(before)      # "..., and it accused": a conjunct with its own subject
    before = _and_before_subject(ann, before, lo)
    if trig.ref.rule.cameo[:2] not in (*VIOLENT_ROOTS, "14") and ann.norm(before) == "and":
        # "denied any involvement and accused militias of ...": a statement after "and" is a
        # conjunct of its own; cues before it belong to the first verb (but "will march and block the
        # roads": a protest joined by "and" shares the first verb's future)
        lo = trig.first
    lo = max(lo, _after_closed_quote(ann, trig.first))
    # "no indication any U.S. warship had come under attack": the cues go with the verb
    end = came_under_verb(ann, trig) or trig.first
    window = _window(ann, lo, end, HYPOTHETICAL_WINDOW)
    aside = _relative_clause(ann, clause, trig)
    if aside and lo <= aside[0] and aside[1] <= trig.first:
        # "A brother of the owner, who asked not to be named for fear of reprisals, denied ...": the
        # relative clause describes the speaker; its cues are not the verb's
        window = [i for i in _window(ann, lo, end, 4 * HYPOTHETICAL_WINDOW)
                  if not aside[0] <= i < aside[1]][-HYPOTHETICAL_WINDOW:]
    # "tried to storm the buildings but were repelled by police": the assault took place
    repelled = any(ann.norm(i) in ATTEMPTS for i in window) and \
        any(ann.norm(i) in REPELLED for i in range(trig.last + 1, clause.hi))
    if _made_possible(ann, trig):
        return _negated(ann, trig, clause, lex)     # "made it possible to neutralise 14 terrorists": done
    if (_purpose_infinitive(ann, trig) and not repelled) or _generic_plural(ann, trig) or _called_to(ann, trig, window) \
            or _conditional_class(ann, trig) or _planned_noun(ann, trig):
        return True
    if _has_cue(ann, lex.hypothetical, window) and not repelled:
        return True
    return _negated(ann, trig, clause, lex)


def _and_before_subject(ann: SentenceAnnotation, before: int, lo: int) -> int:
    """'could not be verified, and the MSA denies': the "and" before the verb's own subject (the
    word before the verb otherwise), so the conjunct is read as a clause of its own."""
    subject = next((a for a in ann.actors if a.last == before and a.first > lo), None)
    if subject is None:
        return before
    joint = ann.prev_word(subject.first)
    if ann.norm(joint) == "the":
        joint = ann.prev_word(joint)
    return joint if ann.norm(joint) == "and" else before


SCARE_QUOTE_WORDS = 3


def _after_closed_quote(ann: SentenceAnnotation, first: int) -> int:
    """'"Russia must be held accountable," Zelensky said, accusing Moscow of ...': a word outside
    a quotation closed before it takes no cue from the quoted words; the index after the quote."""
    marks = [i for i in range(first) if ann.tokens[i].text in QUOTES]
    if not marks or len(marks) % 2:
        return 0
    # (a word or two in quotes is the writer's scare quotes: 'will "radicalise" the mobilisation
    # and block the roads' is still what they will do)
    quoted = sum(1 for i in range(marks[-2] + 1, marks[-1]) if ann.tokens[i].norm)
    return marks[-1] + 1 if quoted > SCARE_QUOTE_WORDS else 0


def _conditional_class(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'demonstrators who continued to block roads would be treated as insurgents', 'anyone who
    attacks will be punished': the deed describes whom a threat is aimed at; it is not told."""
    before = [ann.norm(i) for i in range(max(0, trig.first - 4), trig.first)]
    if "who" not in before:
        return False
    if any(before[k + 1:k + 2] == ["who"] for k, w in enumerate(before) if w in {"anyone", "whoever", "anybody"}):
        return True      # "will strike with an iron fist anyone who fires on its soldiers"
    after = [ann.norm(i) for i in range(trig.last + 1, min(len(ann.tokens), trig.last + 10))]
    return any(w in {"would", "will", "shall"} for w in after)


PLANNED_AFTER = frozenset({"planned", "scheduled", "expected", "announced", "due"})


def _planned_noun(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'A national march is planned this afternoon', 'a strike is scheduled for Monday': the
    event named is still to come."""
    if trig.ref.pos != "noun":
        return False
    after = [ann.norm(i) for i in range(trig.last + 1, min(len(ann.tokens), trig.last + 5)) if ann.norm(i)]
    return len(after) >= 2 and after[0] in {"is", "are", "has", "have"} and (
        after[1] in PLANNED_AFTER or after[1:3] in (["been", "planned"], ["been", "scheduled"], ["been", "called"]))


ATTEMPTS = frozenset({"tried", "attempted", "attempt"})
CONJUNCT_SUBJECTS = frozenset({"it", "he", "she", "they", "also"})
REPELLED = frozenset({"repelled", "repulsed", "pushed", "beaten", "driven", "fought"})
MODALS = frozenset({"may", "might", "could", "can", "would", "should", "must"})
SPECIFIC_DETERMINERS = frozenset({"the", "this", "these", "those", "its", "their", "latest", "both", "two", "three",
                                  "several"})


def _generic_plural(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'attacks targeting peacekeepers may constitute war crimes': attacks in general, not one."""
    if trig.ref.form not in ("plural", "s") or ann.norm(ann.prev_word(trig.first)) in SPECIFIC_DETERMINERS:
        return False
    return any(ann.norm(i) in MODALS for i in range(trig.last + 1, min(len(ann.tokens), trig.last + 7)))


ASPECT_VERBS = frozenset({"continued", "continue", "continues", "continuing", "began", "begin", "begins", "begun",
                          "started", "start", "starts", "resumed", "kept", "went", "proceeded", "used", "came",
                          "managed"})


def _made_possible(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'the response of our forces made it possible to neutralise 14 terrorists' (the French
    communiqué's "a permis de"): what the action achieved, not a purpose."""
    words, j = [], trig.first
    for _ in range(4):
        j = ann.prev_word(j)
        words.insert(0, ann.norm(j))
    return words[1:] == ["it", "possible", "to"] and words[0] in {"made", "makes", "make"}


def _purpose_infinitive(ann: SentenceAnnotation, trig: TriggerMention) -> bool:
    """'sending its troops to fight alongside the M23': a purpose, not a fight that took place
    ('continued to shell the town' did take place)."""
    if trig.ref.pos != "verb" or trig.ref.form != "base" or trig.ref.rule.cameo[:2] == "14":
        return False     # ("took to the streets to protest": the protest itself)
    to = ann.prev_word(trig.first)
    if ann.norm(to) != "to":
        return False
    verb = ann.prev_word(to)
    if ann.norm(verb) == "used" and ann.norm(ann.prev_word(verb)) in PASSIVE_AUXILIARIES:
        return True      # "positions being used to shell villages": what they serve for, not "used to" as a habit
    return ann.norm(verb) not in ASPECT_VERBS


def _called_to(ann: SentenceAnnotation, trig: TriggerMention, window: list[int]) -> bool:
    """'called on his supporters to organize sit-ins': what someone is asked to do has not happened."""
    to = [i for i in window if ann.norm(i) == "to"]
    if not to or trig.ref.rule.cameo[:2] not in ("14", "18", "19", "20") \
            or any(not ann.tokens[k].norm for k in range(to[-1], trig.first)):
        return False     # ("an official, who asked not to be named, denied ...")
    return any(ann.norm(j) in CALL_VERBS for j in range(max(0, to[-1] - 6), to[-1]))


CALL_VERBS = frozenset({"called", "calls", "calling", "urged", "urges", "urging", "asked", "asks", "appealed",
                        "appeals", "invited", "encouraged", "exhorted"})


def _statement_modality(ann, trig, clause, lex) -> str:
    return "hypothetical" if _is_hypothetical(ann, trig, clause, lex) else "asserted"


def _modality(ann, trig, clause: Clause, source: list[ActorRef], lex) -> tuple[str, list[str], list[ActorRef]]:
    """Modality, who claims it, and which parties report it (see pipeline.claims for how a
    party's report becomes a claim once someone contests the event)."""
    if _is_hypothetical(ann, trig, clause, lex):
        return "hypothetical", [], []
    if clause.denier:
        return "denied", [a.code for a in clause.denier if a.code], []
    if clause.accuser is not None:      # (an accuser no party code names still only alleges it)
        return "claimed", [a.code for a in clause.accuser if a.code], []
    cue = _has_cue(ann, lex.claimed_cues, _window(ann, clause.lo, trig.first, CLAIM_CUE_WINDOW))
    false_claim = any(v == "false" and clause.lo <= first and last < clause.hi
                      for first, last, v in ann.cues(lex.claimed_cues))
    frame = clause.frame
    if frame is None:
        return ("claimed", [], []) if cue or false_claim else ("asserted", [], [])
    speakers = [_ref(a) for a in frame.speaker if a.code]
    if source and _same_side([s.code for s in speakers], source):
        return "asserted", [], []            # a party reporting its own action
    parties = [s for s in speakers if not _is_neutral(s.code, lex) and not _is_anonymous(s)]
    hedged = cue or frame.hedged or false_claim
    if hedged and (source or parties):
        return "claimed", [s.code for s in speakers], parties
    return "asserted", [], parties if source else []


def _same_side(speakers: list[str], source: list[ActorRef]) -> bool:
    return any(s[:3] == a.code[:3] and side_of(s) == side_of(a.code) for s in speakers for a in source)


ANONYMOUS_WORDS = frozenset({"official", "officials", "local", "a", "an", "senior", "some", "several", "two", "three"})


def _is_anonymous(actor) -> bool:
    """'officials said', 'a local official said': an unnamed official reports the news, the way
    'sources said' does; no party speaks, so the report accuses no one."""
    words = actor.text.lower().split()
    return bool(words) and words[-1] in {"official", "officials"} and set(words) <= ANONYMOUS_WORDS


def _is_neutral(code: str, lex) -> bool:
    roles = roles_of(code) | {code[:3]}
    if roles & {"GOV", "MIL", "REB", "INS", "OPP", "UAF", "SEP", "COP", "SPY"}:
        return False
    return bool(roles & set(lex.lexicon.modality.neutral_roles))


def _casualties(ann, clause: Clause, sentence: Sentence, frame: Frame | None, lex,
                at: int | None = None) -> list[Casualty]:
    # the sentence's figures, but not across a semicolon ("strikes killed at least 11 people; the
    # Houthis fired a missile at central Israel": the 11 are the strikes' dead)
    lo, hi = 0, len(ann.tokens)
    if at is not None:
        lo = max((i + 1 for i in range(at) if ann.tokens[i].text == ";"), default=0)
        hi = next((i for i in range(at, len(ann.tokens)) if ann.tokens[i].text == ";"), len(ann.tokens))
        if not any(t.ref.rule.cameo[:2] in VIOLENT_ROOTS and not lo <= t.first < hi for t in ann.triggers):
            lo, hi = 0, len(ann.tokens)     # ("killed eight militants; two of our soldiers were wounded": one event)
    findings = find_casualties(ann, (max(lo, clause.lo), min(hi, clause.hi)), lex)
    if not findings and (clause.lo, clause.hi) != (lo, hi):
        findings = find_casualties(ann, (lo, hi), lex)
    reporter = next((a.code for a in frame.speaker if a.code), None) if frame else None
    if reporter and not _is_neutral(reporter, lex) and _unverified_claim(frame, sentence):
        # "claiming to have killed 50 Russians", "more than 100 soldiers killed, figures we cannot
        # verify": a party's own tally of its enemy's dead is not a figure ACLED would take
        findings = [f for f in findings if f.kind != "killed"]
    # ("killed three people ..., in the worst violence in the area this year": news measured against
    # a period is no toll over it)
    news = any(f.cumulative for f in findings) and _measured_against_period(ann, clause)
    return [_casualty(f, reporter) for f in findings if news or not f.cumulative]


UNVERIFIED = ("could not be verified", "could not be independently verified", "cannot verify", "could not verify",
              "cannot be verified", "cannot be independently verified", "unverified", "claiming to have",
              "claimed to have", "claims to have", "could not independently verify")


def _enemy_weapon(ann, trig: TriggerMention) -> bool:
    """'an enemy strike drone', 'enemy shelling', 'enemy fire': the word right before the weapon
    or the act names the other side."""
    return any(ann.norm(i) in {"enemy", "enemys"} for i in range(max(0, trig.first - 3), trig.first))


def _enemy_object(ann, trig: TriggerMention, clause: Clause) -> bool:
    """'conducted airstrikes on an enemy encampment', 'shelled enemy positions'."""
    return any(ann.norm(i) in {"enemy", "enemys"} for i in range(trig.last + 1, min(clause.hi, trig.last + 5)))


def _story_enemy(source: list[ActorRef], ctx: ArticleContext) -> str | None:
    """The other side for a state's forces: the armed group of their own country the article
    named last, else the foreign state it names most."""
    state = source[0].code[:3]
    if side_of(source[0].code) != "state":
        return None
    group = last_armed_group(ctx, state)
    if group:
        return group
    return ctx.foreign + "MIL" if ctx.foreign and ctx.foreign != state else None


def _enemy_tally(ann, casualties: list[Casualty], target: list[ActorRef], lex) -> bool:
    """'Russia's Defence Ministry said its forces killed up to 60 Ukrainian servicemen': a state's
    count of another state's soldiers is its claim in a war, not a toll ACLED would take."""
    reporters = {c.reported_by for c in casualties if c.kind == "killed" and c.reported_by}
    if len(reporters) != 1 or not target:
        return False
    reporter = reporters.pop()
    if _is_neutral(reporter, lex) or not all(t.code[:3] != reporter[:3] and side_of(t.code) == "state" for t in target):
        return False     # (a state's count of the insurgents it struck is the figure ACLED takes)
    words = {t.norm for t in ann.tokens}
    return bool(words & COMBATANT_NOUNS)


COMBATANT_NOUNS = frozenset({"soldiers", "servicemen", "troops", "fighters", "militants", "terrorists", "mercenaries",
                             "militiamen", "insurgents", "rebels", "personnel", "nationalists", "militia"})


def _unverified_claim(frame: Frame, sentence: Sentence) -> bool:
    text = sentence.text.lower()
    return frame.hedged or any(p in text for p in UNVERIFIED)


def _casualty(f: CasualtyFinding, reporter: str | None) -> Casualty:
    return Casualty(kind=f.kind, count=f.count, qualifier=f.qualifier, reported_by=reporter,
                    span=Span(start=f.start, end=f.end, text=f.text))


def _clause_has_cue(ann, clause: Clause, matcher) -> bool:
    return ann.cue_in(matcher, clause.lo, clause.hi) is not None


def _cue_outside_relative(ann, clause: Clause, trig: TriggerMention, matcher) -> bool:
    """A cue of the clause, not of a relative clause describing a place in it ('Bhamo, a river town
    that KIA fighters have been trying to capture')."""
    return any(hi > lo and ann.cue_in(matcher, lo, hi) is not None
               for lo, hi in _outside_relative(ann, clause, trig, clause.hi))


def _outside_relative(ann, clause: Clause, trig: TriggerMention, end: int) -> list[tuple[int, int]]:
    """The parts of the clause up to `end` that lie outside a relative clause not holding the trigger."""
    aside = _relative_clause(ann, clause, trig)
    return [(clause.lo, min(aside[0], end)), (aside[1], end)] if aside else [(clause.lo, end)]


def _is_background(ann, clause: Clause, lex, casualties, trig: TriggerMention) -> bool:
    """'Syria's war has killed 360,000 people since 2011': a toll, not an event; 'which has
    frequently used young women as suicide bombers': a pattern, not an event."""
    end = _speaking_on(ann, trig, clause, lex)
    if trig.ref.pos == "noun" and any(ann.norm(i) in MONITORING_VERBS for i in _window(ann, clause.lo, trig.first, 7)):
        return True      # "an organisation that monitors Turkish and Iranian attacks": a body's work, not an event
    # "drones struck Nyala, which has been under RSF control since October 2023": the period
    # (or the habit: "a river town that KIA fighters have been trying to capture") belongs to the
    # relative clause that describes the city, not to the strike
    parts = _outside_relative(ann, clause, trig, end)
    if any(hi > lo and ann.cue_in(lex.habitual, lo, hi) is not None for lo, hi in parts):
        return True
    if casualties or not any(hi > lo and is_cumulative(ann, (lo, hi), lex) for lo, hi in parts):
        return False
    # a campaign or toll over a period ("has stepped up airstrikes since the start of the year");
    # but "the first such strikes since March" is news
    return not _first_since(ann, clause, lex)


MONITORING_VERBS = frozenset({"monitors", "documents", "tracks", "monitor", "document", "track", "monitoring",
                              "documenting", "tracking"})


def _speaking_on(ann, trig: TriggerMention, clause: Clause, lex) -> int:
    """'blamed the cartel for the attack, saying the group has used drones for months': where the
    speaker goes on about something else (a comma, then a speech verb's -ing form), the trigger's
    part of the clause ends."""
    for j in range(trig.last + 1, clause.hi):
        word = ann.norm(ann.next_word(j))
        if ann.tokens[j].text == "," and word.endswith("ing") and word in lex.speech_forms:
            return j
    return clause.hi


RELATIVE_PRONOUNS = frozenset({"which", "who", "whose"})
APPOSITION_RELATIVES = frozenset({"that", "where"})


def _relative_clause(ann, clause: Clause, trig: TriggerMention) -> tuple[int, int] | None:
    """The span of a ', which ...' or ', who ...' clause in the trigger's clause that does not hold
    the trigger, or of an apposition with its relative clause (', a river town that ...'): up to
    the next comma, or the clause's end."""
    for i in range(clause.lo + 1, clause.hi):
        if ann.norm(i) in APPOSITION_RELATIVES:
            start = _apposition_start(ann, clause, i)     # (", that" alone may open what was said)
        elif ann.norm(i) in RELATIVE_PRONOUNS:
            start = i if ann.tokens[i - 1].text == "," else _apposition_start(ann, clause, i)
        else:
            continue
        if start is None:
            continue
        end = next((j for j in range(i + 1, clause.hi) if ann.tokens[j].text == ","), clause.hi)
        if not (start <= trig.first < end):
            return start, end
    return None


def _apposition_start(ann, clause: Clause, i: int) -> int | None:
    """'Bhamo, a river town that KIA fighters have been trying to capture for a year': the relative
    clause of an apposition, from the apposition's article on."""
    for j in range(i - 1, max(clause.lo, i - LISTED_REACH), -1):
        if ann.tokens[j].text == ",":
            # (", including a weapons facility and rocket launchers that Hezbollah has been trying to
            # restore": what is listed, and what is said of it, is not the strike)
            if ann.norm(j + 1) == "including" or (ann.norm(j + 1) in ("a", "an", "the") and i - j < 6):
                return j + 1
            return None
    return None


LISTED_REACH = 12


SUPERLATIVES = frozenset({"first", "worst", "largest", "biggest", "fiercest", "most", "strongest", "greatest",
                          "longest", "highest", "harshest", "widest"})


def _first_since(ann, clause: Clause, lex) -> bool:
    """'the first such strikes since March', 'one of the heaviest strikes since March', 'the
    heaviest loss suffered by the armed forces this year': news measured against a period, not
    a toll over it."""
    if any(ann.norm(i) == "since" and ann.norm(ann.next_word(i)) in lex.lexicon.time.weekdays
           for i in range(clause.lo, clause.hi)):
        return True      # "fighting has raged since Saturday": days, not a period of tolls
    return _measured_against_period(ann, clause)


def _measured_against_period(ann, clause: Clause) -> bool:
    """'the worst violence in the area this year', 'the first such strikes since March'."""
    for i in range(clause.lo, clause.hi):
        period = ann.norm(i) == "since" or (ann.norm(i) in {"year", "month"} and ann.norm(i - 1) == "this")
        if period and any(_superlative(ann, j) and (i - j <= 8 or ann.norm(ann.next_word(j)) in MEASURED_NEWS)
                          for j in range(max(clause.lo, i - SUPERLATIVE_REACH), i)):
            return True
    return False


def _superlative(ann, j: int) -> bool:
    if ann.norm(j) == "most" and ann.norm(ann.next_word(j)) == "of":
        return False     # "27 people, most of them migrants, ... since January": a share, no measure
    return ann.norm(j) in SUPERLATIVES or ann.norm(j).endswith("iest")


# farther back, the superlative must name the news itself ("in the worst violence in the Konnou area
# of South Bougainville this year", not "one of the largest conservation areas in Africa ... since")
SUPERLATIVE_REACH = 12
MEASURED_NEWS = frozenset({"violence", "attack", "attacks", "fighting", "bloodshed", "killing", "killings", "strike",
                           "strikes", "clashes", "loss", "losses", "incident", "assault", "massacre", "bombing"})
PLUPERFECT_DAYS = 7


ATTACKED_PLACES = frozenset(FACILITY_ROLES) | {"airbase", "airport", "embassy", "consulate", "hospital", "school",
                                                "market", "centre", "center", "plant", "substation", "depot",
                                                "facility", "headquarters", "compound", "refinery", "factory",
                                                "warehouse", "house", "building", "terminal", "depots", "facilities",
                                                # a settlement struck: "drones struck the hamlet of El Limon"
                                                "hamlet", "village", "houses", "homes", "home", "neighbourhood",
                                                "neighborhood"}


def _aimed_at_facility(ann, trig: TriggerMention, clause: Clause) -> bool:
    """'fired at the base', 'struck a checkpoint near Kidal': a facility as the object."""
    for i in range(trig.last + 1, min(clause.hi, trig.last + 6)):
        if ann.norm(i) in ATTACKED_PLACES:
            # ("the drone hit the training centre", "struck a fuel storage depot": the object of the
            # verb, two modifiers allowed)
            det, j = None, i
            for _ in range(3):
                j = ann.prev_word(j)
                if ann.norm(j) in {"the", "a", "an", "their", "its", "his", "her"}:
                    det = j
                    break
            verb = ann.prev_word(det) if det is not None else -1
            return det is not None and (ann.norm(verb) in TARGET_PREPOSITIONS or any(
                t.last == verb and t.ref.pos == "verb" for t in ann.triggers))
    return False


def _period_end(day: dt.date, precision: str | None) -> dt.date:
    """The last day an event dated 'last month' or 'last week' may have happened."""
    if precision == "week":
        return day + dt.timedelta(days=6)
    if precision == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if precision == "year":
        return day.replace(month=12, day=31)
    return day
ACCUSED_HISTORY_DAYS = 183     # a report accusing an army of a massacre two months ago is news


def _pluperfect(ann, trig: TriggerMention) -> bool:
    return any(ann.norm(i) == "had" for i in range(max(0, trig.first - 3), trig.first))


LEGAL_VERBS = frozenset({"charged", "convicted", "sentenced", "acquitted", "indicted", "arraigned", "prosecuted",
                         "jailed", "imprisoned", "remanded", "tried", "pleaded", "guilty"})
LEGAL_LINKS = frozenset({"with", "for", "of", "over", "to"})


def _legal_charge(ann, trig: TriggerMention, clause: Clause) -> bool:
    """'Three men were charged at a court in Iten on Monday with the teacher's murder', 'sentenced
    two men to 50 years for the killing of a candidate': a court's business about a deed, not
    the deed (told elsewhere, or long ago)."""
    if trig.ref.pos == "verb" and trig.ref.form != "ing":
        return False
    before = [i for i in range(max(clause.lo, trig.first - LEGAL_REACH), trig.first) if ann.tokens[i].norm]
    verbs = [k for k, i in enumerate(before) if ann.norm(i) in LEGAL_VERBS]
    return bool(verbs) and any(ann.norm(i) in LEGAL_LINKS for i in before[verbs[0] + 1:])


LEGAL_REACH = 12


def _after_since_when(ann, trig: TriggerMention) -> bool:
    """'... since October 7, when Hamas-led militants attacked Israel': the event that began a
    period the sentence looks back on is history, not news."""
    for i in range(0, trig.first):
        if ann.norm(i) != "since":
            continue
        for j in range(i + 1, min(trig.first, i + 7)):
            if ann.tokens[j].text == "," and ann.norm(ann.next_word(j)) == "when":
                return True
    return False


def _is_definite(ann, trig: TriggerMention) -> bool:
    return trig.ref.pos != "verb" and ann.norm(ann.prev_word(trig.first)) in DETERMINERS


def _is_indefinite(ann, trig: TriggerMention) -> bool:
    return trig.ref.pos == "noun" and ann.norm(ann.prev_word(trig.first)) in ("a", "an")


def _names_actor(ann, roles: Roles) -> bool:
    return any(a.kind == "named" or speakers_own(ann, a) for a in roles.source + roles.target)


def _is_ongoing(ann, trig: TriggerMention) -> bool:
    """'is battling to expel', 'are fighting for': a state of affairs, not a dated event; so is
    each verb of a list that 'has been' opens ('has been looting property, blocking roads and
    abducting civilians')."""
    if trig.ref.form != "ing":
        return False
    if trig.ref.rule.id in GENERIC_RULES and ann.norm(ann.prev_word(trig.first)) in {"is", "are", "am"}:
        return True
    if ann.norm(ann.prev_word(trig.first)) not in {"and", ""} and ann.tokens[trig.first - 1].text != ",":
        return False
    words = [ann.norm(i) for i in range(max(0, trig.first - 14), trig.first)]
    return any(words[k] in {"has", "have"} and words[k + 1] == "been" and words[k + 2].endswith("ing")
               for k in range(len(words) - 2))


REPELLED = frozenset({"repelled", "repulsed", "repel", "repulse", "repelling", "repulsing"})


LENGTH_UNITS = frozenset({"minute", "hour", "day", "week", "month", "long"})


def _before_length_compound(ann, i: int) -> int:
    """The word before 'the 30-minute firefight', 'the two-hour gun battle': past the length."""
    j = ann.prev_word(i)
    if ann.norm(j) in LENGTH_UNITS and j > 0 and ann.tokens[j - 1].text in {"-", "–"}:
        k = ann.prev_word(j)
        if is_number_word(ann.norm(k)) or ann.tokens[k].text[:1].isdigit():
            return ann.prev_word(k)
    return j


def _opens_with_indefinite(ann, trig: TriggerMention) -> bool:
    """'ANCHOR: An improvised explosive device went off under a military vehicle ... this
    morning': a sentence opening on an indefinite weapon or attack tells a new event."""
    opening = next((i + 1 for i, t in enumerate(ann.tokens[:6]) if t.text == ":"), 0)
    return trig.ref.pos == "noun" and ann.norm(ann.prev_word(trig.first)) in INDEFINITE \
        and ann.prev_word(trig.first) <= opening + 1


def _is_reference(ann, trig: TriggerMention, roles: Roles, rule, lex) -> bool:
    """'the attack', 'the strikes' with no new actors, or 'they hit ...': the article's earlier
    event again."""
    if rule.id == BODIES_FOUND_RULE:
        return False     # "the bodies of four men were found": the definite article of the dead, not of a retelling
    if _avenged_deed(ann, trig):
        return False     # "revenge for the killing of a Sikin man": the deed avenged, told here first
    named = [a for a in roles.source + roles.target if a.kind == "named"]
    if roles.source and all(speakers_own(ann, a) for a in roles.source):
        return False     # "the IRGC said its drones struck ...": the speaker's deed, told here first
    if rule.id in GENERIC_RULES and roles.source and all(a.kind == "pronoun" or a.how == "coreference"
                                                         for a in roles.source):
        return True
    before = ann.norm(_before_length_compound(ann, trig.first))
    if rule.id in GENERIC_RULES and trig.ref.pos == "noun" and before in {"the", "this", "that", "these", "those"}:
        return True      # "claimed responsibility for the attack": the attack told before
    verb = ann.norm(ann.prev_word(ann.prev_word(trig.first))) if before in INDEFINITE else before
    if trig.ref.pos == "noun" and verb in REPELLED:
        return False     # "soldiers repelled an attack on a checkpoint": an attack told here first
    if named:
        return False
    if trig.ref.pos != "verb" and before in DETERMINERS:
        return True      # "the strikes", "this attack": told again
    named_place = next((p for p in ann.places if p.last == trig.first - 1), None)
    if trig.ref.pos == "noun" and named_place is not None and ann.norm(ann.prev_word(named_place.first)) == "the":
        return True      # "the Muqdadiyah explosion": the one told before, in that town
    if any(ann.tokens[i].norm in lex.new_event_cues for i in range(0, trig.first)):
        return False     # "In a separate incident, two policemen were killed when ..."
    # "12 people were killed", "fighting raged": with no perpetrator, a generic word adds figures to
    # the event told before; a clause with its own agents ("militants stormed a post") is news
    # even when nobody in it is named
    return rule.id in GENERIC_RULES | {"neutralise"} and not roles.source


def _date(ann, trig: TriggerMention, clause: Clause, times: list[TimeExpression],
          exclude: tuple[int, int] | None, statement: bool = False) -> tuple[dt.date | None, str | None, dt.date | None, bool]:
    """The date stated in the trigger's clause; for a violent event inside a frame with no date of
    its own, the frame's date ('the Observatory said yesterday'); statements keep the frame's date
    as the speech date only (when the speaker spoke is not when the accused acted). The last
    value tells a date taken from the teller's words after the clause ("..., the army said on
    Wednesday")."""
    lo, hi = ann.tokens[clause.lo].start if clause.lo < len(ann.tokens) else 0, \
        ann.tokens[clause.hi - 1].end if clause.hi - 1 < len(ann.tokens) else 0
    if exclude is not None and exclude[0] < len(ann.tokens):
        ex_lo = ann.tokens[exclude[0]].start
        times = [t for t in times if t.start < ex_lo or _dates_the_charge(ann, t, exclude[1])]
    elif clause.accuser:
        times = [t for t in times if not _dates_the_charge(ann, t, clause.hi)]
    if statement:     # "linked to the 1994 genocide" does not date a denial
        opening = _opening_period(ann, times)
        if opening is not None:
            # "In June 2022, gunmen killed ...; the government blamed the OLA": the whole sentence is then
            return opening.date, opening.precision, None, False
        # ("Mondlane, who came second in the October 9 vote, accused ...": the vote's day;
        # but "the commission last week accused ...": the week it spoke)
        times = [t for t in times if (t.precision == "day" or _next_to(ann, t, trig))
                 and not _dates_a_participle(ann, t) and not _names_a_dated_thing(ann, t, trig)]
        if trig.ref.form == "s":
            # "MONUSCO strongly condemns the attack on Monday": a release speaks today; a
            # time after the verb dates what it condemns
            times = [t for t in times if t.start < trig.start]
        # "denied the accusation, saying his men had not stopped any vehicle on Sunday": what it
        # says, not when it spoke
        times = [t for t in times if not _in_what_is_said(ann, t, trig)]
    times = [t for t in times if not _dates_another_event(ann, t, trig)]
    inside = [t for t in times if lo <= t.start < hi]
    outside = [t for t in times if not (lo <= t.start < hi)]
    speech = outside[0].date if outside and clause.frame is not None else None
    if inside:
        best = min(inside, key=lambda t: (_vagueness(t), abs(t.start - trig.start)))
        return best.date, best.precision, speech, False
    if outside and clause.frame is not None:
        if statement:
            return None, None, speech, False
        verb = ann.tokens[clause.frame.verb].start if clause.frame.verb < len(ann.tokens) else -1
        return outside[0].date, outside[0].precision, speech, hi <= verb < outside[0].start
    if outside and clause.frame is None:
        best = min(outside, key=lambda t: (_vagueness(t), abs(t.start - trig.start)))
        return best.date, best.precision, speech, False
    return None, None, speech, False


SAYING = frozenset({"saying", "adding", "insisting", "stressing", "arguing", "explaining", "noting"})


def _in_what_is_said(ann, t: TimeExpression, trig: TriggerMention) -> bool:
    """A time after ', saying' that follows the statement's verb."""
    first = _token_at(ann, t)
    return first is not None and any(ann.norm(i) in SAYING and ann.tokens[i - 1].text == ","
                                     for i in range(trig.last + 1, first))


def _dates_the_charge(ann, t: TimeExpression, charge_end: int) -> bool:
    """'blamed the cartel for the attack on Wednesday, saying ...': a time that ends the charge,
    right after the event it names again, is when the speaker spoke (the attack was told before,
    with its own day)."""
    first, after = _token_at(ann, t), _token_after(ann, t)
    if first is None:
        return False
    before = ann.prev_word(first)
    if ann.norm(before) in ("on", "in", "at"):
        before = ann.prev_word(before)
    noun = next((x for x in ann.triggers if x.last == before and x.ref.pos == "noun"), None)
    if noun is None or ann.norm(ann.prev_word(noun.first)) not in DETERMINERS:
        return False
    return after is None or after >= charge_end or ann.tokens[after].text in (",", ".", ";")


def _next_to(ann, t: TimeExpression, trig: TriggerMention) -> bool:
    """'last week accused', 'accused last week': the time right before or right after the verb."""
    first, after = _token_at(ann, t), _token_after(ann, t)
    return (after is not None and after == trig.first) or (first is not None and first == trig.last + 1)


def _token_at(ann, t: TimeExpression) -> int | None:
    """The first token of a time expression."""
    return next((i for i, tok in enumerate(ann.tokens) if tok.start >= t.start), None)


def _token_after(ann, t: TimeExpression) -> int | None:
    """The first token after a time expression."""
    return next((i for i, tok in enumerate(ann.tokens) if tok.start >= t.end), None)


def _dates_another_event(ann, t: TimeExpression, trig: TriggerMention) -> bool:
    """'a response to the pager explosions earlier this week': a time right after another event
    noun dates that event; 'last year's protests': a time that possesses an event is its."""
    first = _token_at(ann, t)
    if first is None:
        return False
    k = _token_after(ann, t)
    after = ann.tokens[k].text if k is not None else ""
    if after in POSSESSIVE_MARKS:
        return True      # "last year's protests": the time is that event's
    before = ann.prev_word(first)
    return any(o.last == before and o.first != trig.first and o.ref.pos == "noun"
               and o.ref.rule.cameo[:2] in VIOLENT_ROOTS for o in ann.triggers)


def _names_a_dated_thing(ann, t: TimeExpression, trig: TriggerMention) -> bool:
    """'the October 9 vote', 'the 7 October attack': a day between 'the' and the noun it names
    (other than the trigger itself) is that thing's day."""
    first = _token_at(ann, t)
    if first is None or ann.norm(ann.prev_word(first)) != "the" or not any(ch.isdigit() for ch in t.text):
        return False
    noun = _token_after(ann, t)
    if noun is None or not ann.tokens[noun].text[:1].islower() or ann.norm(noun) in FUNCTION_WORDS:
        return False
    return not trig.first <= noun <= trig.last


def _opening_period(ann, times: list[TimeExpression]) -> TimeExpression | None:
    """A month or year the sentence opens with, stated with its year ('In June 2022, ...'; not
    'earlier this month', which is news)."""
    first = opening_time(times, ann.tokens)
    if first is None or first.precision not in ("month", "year") or not any(ch.isdigit() for ch in first.text):
        return None
    return first


def _dates_a_participle(ann, t: TimeExpression) -> bool:
    """'a decree issued by Anez on November 14': the day says when the decree was issued, not
    when the speaker spoke."""
    first = _token_at(ann, t)
    if first is None:
        return False
    before = [i for i in range(max(0, first - 5), first) if ann.tokens[i].norm]
    participle = next((i for i in reversed(before) if ann.norm(i) in DATED_PARTICIPLES), None)
    # ("in a statement issued on Thursday, the RSF denied": the statement is the speaker's own)
    return participle is not None and not _participle_of_document(ann, participle)


def _participle_of_document(ann, participle: int) -> bool:
    """'a statement issued on Thursday', 'a communiqué signed by its Northeastern War Front and
    published on social media on Sunday': the participle (or the last of two joined by 'and')
    tells of the speaker's own document."""
    before = ann.prev_word(participle)
    if ann.norm(before) in SPEAKERS_DOCUMENTS:
        return True
    after = ann.next_word(participle)
    if ann.norm(after) in {"a", "an", "its", "their", "the"}:
        after = ann.next_word(after)
    if ann.norm(after) in SPEAKERS_DOCUMENTS:
        return True      # "issued a statement on Friday accusing ...": the day it spoke
    if ann.norm(before) != "and":
        return False
    earlier = [i for i in range(max(0, participle - 8), participle) if ann.norm(i) in DATED_PARTICIPLES]
    return bool(earlier) and ann.norm(ann.prev_word(earlier[0])) in SPEAKERS_DOCUMENTS


DATED_PARTICIPLES = frozenset({"issued", "signed", "adopted", "passed", "published", "enacted", "announced", "held",
                               "released", "decreed", "introduced", "imposed", "declared"})
SPEAKERS_DOCUMENTS = frozenset({"statement", "statements", "report", "communique", "communiqué", "video", "address",
                                "release", "letter", "message", "post", "speech", "interview", "briefing"})


ANCHORED_TIMES = frozenset({"a day after", "the day before", "the previous day"})


def _vagueness(t: TimeExpression) -> int:
    """'on Monday' says when; 'a day after' counts from another event, 'last week' spans seven days;
    'overnight' guesses the night before publication, which a date the clause gives overrides
    ('Russia's overnight attack on Ternopil on Nov. 19')."""
    if t.text.lower() in ANCHORED_TIMES or t.text.lower() == "overnight":
        return 1
    return 0 if t.precision == "day" else 2


REGION_WORDS = frozenset({"province", "governorate", "region", "state", "county", "district", "oblast", "prefecture"})
NEAR_WORDS = frozenset({"near", "outside", "around", "north", "south", "east", "west", "northeast", "northwest",
                        "southeast", "southwest", "outskirts", "close"})


def _place(ann: SentenceAnnotation, clause: tuple[int, int], ctx: ArticleContext) -> Place | None:
    """The clause's place (else the sentence's, if in the story's country): a place after 'in',
    'near', 'of' first, the story's country before others."""
    places = [p for p in ann.places if clause[0] <= p.first < clause[1]
              and any(c.country in ctx.countries for c in p.candidates)]
    if not places:
        places = [p for p in ann.places if any(c.country == ctx.country for c in p.candidates)]
    if not places:
        return None
    best = min(places, key=lambda p: (p.origin, _holds_another(ann, p, places) or not p.after_preposition,
                                      not any(c.country == ctx.country for c in p.candidates), p.first))
    return _geo(ann, best, ctx)


def _holds_another(ann, region, places) -> bool:
    """'the Liski oil depot in Russia's Voronezh region': the region holds the town, which is
    the more exact place."""
    top = region.candidates[0] if region.candidates else None
    named_region = top is not None and (top.is_region or ann.norm(ann.next_word(region.last)) in REGION_WORDS)
    return named_region and any(
        p is not region and p.candidates and not p.candidates[0].is_region
        and p.candidates[0].admin1 in (top.name, top.admin1) and p.candidates[0].country == top.country for p in places)


def _geo(ann: SentenceAnnotation, mention, ctx: ArticleContext) -> Place | None:
    """The gazetteer entry a place name means here: in the story's country, else in a country
    the article names; a town of that name elsewhere ('Hassan', India) is not meant."""
    local = [c for c in mention.candidates if c.country == ctx.country]
    named = [c for c in mention.candidates if c.country in ctx.countries]
    if not (local or named):
        return None
    g = (local or named)[0]
    around = {ann.norm(i) for i in range(max(0, mention.first - 3), min(len(ann.tokens), mention.last + 3))}
    precision = 3 if around & REGION_WORDS or g.is_region else 2 if around & NEAR_WORDS else 1
    return Place(name=g.name, admin1=g.admin1, admin2=None, country=g.country, latitude=g.latitude,
                 longitude=g.longitude, geo_precision=precision, geonameid=None if g.is_region else g.geonameid)


CUSTODY_WORDS = frozenset({"arrested", "detained", "apprehended", "captured", "freed", "rescued", "released"})
HARM_WORDS = frozenset({"abducted", "kidnapped", "hostage", "hostages", "missing", "displaced", "poisoned"})


def _cue_in_clause(ann, clause: Clause, words: frozenset[str]) -> bool:
    return any(ann.norm(i) in words for i in range(clause.lo, clause.hi))


def _casualty_report(article, sentence, ann, frames, times, ctx, lex) -> list[EventMention]:
    """'SANA reported 107 cases of breathing difficulties': figures for the event told before."""
    clause = Clause(0, len(ann.tokens), frames[0] if frames else None)
    if _clause_has_cue(ann, clause, lex.hypothetical):
        return []      # "warned that the fall of Marib would lead to ... two million displaced"
    casualties = _casualties(ann, clause, sentence, clause.frame, lex)
    if casualties and all(c.kind == "affected" for c in casualties) and _cue_in_clause(ann, clause, CUSTODY_WORDS) \
            and not _cue_in_clause(ann, clause, HARM_WORDS):
        return []      # "23 suspects were arrested": the arrested are no victims of the attack told before
    if not casualties or any(ctx.published and (ctx.published - _period_end(t.date, t.precision)).days
                             > lex.lexicon.time.background_days for t in times):
        return []      # "In June 2014, more than 60 people were killed": figures of another time
    first = casualties[0].span
    return [EventMention(
        article_id=article.id, sentence_index=sentence.index,
        sentence=Span(start=sentence.start, end=sentence.end, text=sentence.text),
        trigger=first, cameo="190", casualties=casualties, rule_ids=["casualty-report"], reference=True)]
