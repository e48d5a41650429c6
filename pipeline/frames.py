"""Attribution frames: who says what a clause states.

"Russia said shells filled with chlorine were fired from an area held by HTS": the frame is
Russia-said; the inner clause (the shells were fired) is what Russia claims. Frames found:
  X said (that) CLAUSE            speech verb after its speaker, clause after the verb
  "CLAUSE," X said / said X       quotation first, speaker after
  ..., saying/adding CLAUSE       participle: the speaker is the sentence's subject
  according to X, CLAUSE          prepositional frame
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.annotate import ActorMention, SentenceAnnotation, comma_ends_clause, in_compound, is_place_like, list_joiner
from pipeline.lexicon import CoderLexicon

QUOTES = {'"', "“", "”", "«", "»"}
MAX_SPEAKER_GAP = 4      # words allowed between a speaker and its verb ("spokesman Igor Konashenkov said")


@dataclass
class Frame:
    speaker: list[ActorMention]
    verb: int                 # token index of the speech verb (or of "according")
    inner: tuple[int, int]    # token range [lo, hi) of what the speaker states
    hedged: bool              # "claimed", "alleged": the verb itself distances the reporter


def find_frames(ann: SentenceAnnotation, lex: CoderLexicon) -> list[Frame]:
    frames = _according_frames(ann, lex)
    named = {i for a in ann.actors if a.kind == "named" for i in range(a.first, a.last + 1)}
    for i, tok in enumerate(ann.tokens):
        if tok.norm not in lex.speech_forms or _inside(frames, i) or i in named or in_compound(ann, i):
            continue     # ("Islamic State": a name, not the verb "state"; "baton-charged": no charge)
        if _is_responsibility_claim(ann, i) or _is_adjective(ann, i) or _is_noun(ann, i) or _passive_report(ann, i):
            continue
        frame = _speech_frame(ann, i, lex, frames)
        if frame is not None:
            frames.append(frame)
    return frames


def _inside(frames: list[Frame], i: int) -> bool:
    return any(f.verb == i for f in frames)


def _is_responsibility_claim(ann: SentenceAnnotation, i: int) -> bool:
    """'claimed responsibility', 'claimed a drone attack on US forces': the claimant did it."""
    if ann.norm(i) not in {"claimed", "claims", "claiming", "claim"}:
        return False
    if _next_norm(ann, i) in {"responsibility", "credit"}:
        return True
    following = [j for j in range(i + 1, min(len(ann.tokens), i + 6)) if ann.tokens[j].norm][:4]
    if any(ann.norm(j) in {"alleged", "suspected", "reported", "purported"} for j in following):
        return False     # "claimed the alleged chemical strike targeted ...": a statement about it
    return any(t.first in following and t.ref.rule.cameo[:2] in ("18", "19", "20") and t.ref.pos != "verb"
               for t in ann.triggers) and ann.norm(following[0]) in {"a", "an", "the", "two", "three", "several"}


def _passive_report(ann: SentenceAnnotation, i: int) -> bool:
    """'They were said to have opened fire': what is reported of the subject, no speaker's frame."""
    return ann.norm(ann.prev_word(i)) in {"was", "were", "is", "are", "been", "be"} and _next_norm(ann, i) == "to"


def _is_adjective(ann: SentenceAnnotation, i: int) -> bool:
    """'the alleged attack', 'a claimed strike': a participle used as an adjective."""
    return ann.norm(ann.prev_word(i)) in {"the", "a", "an", "this", "its", "their"}


def _is_noun(ann: SentenceAnnotation, i: int) -> bool:
    """'dismissed reports of the airstrike', 'claims of abuse': the object of another verb or a
    noun with 'of', not a speech verb."""
    if ann.norm(i).endswith("s") and _next_norm(ann, i) == "of":
        return True
    j = ann.prev_word(i)
    # (but "a soldier who survived the attack said": a past tense after an event noun is the verb)
    past = ann.norm(i).endswith("ed") or ann.norm(i) in ("said", "told")
    return j >= 0 and any(t.last == j and not (past and t.ref.pos == "noun") for t in ann.triggers)


def _next_norm(ann: SentenceAnnotation, i: int) -> str:
    for t in ann.tokens[i + 1:]:
        if t.norm:
            return t.norm
    return ""


RELATIVES = frozenset({"which", "who", "that", "whom", "whose"})


def _according_frames(ann: SentenceAnnotation, lex: CoderLexicon) -> list[Frame]:
    frames = []
    words = [ann.tokens[i] for i in ann.words]
    for m in lex.according.find(words):
        first, last = ann.words[m.first], ann.words[m.last]
        # the source is named before any comma: in "according to local officials, Myanmar
        # military jets bombed ..." the officials (unknown to the dictionaries) are the source
        comma = next((i for i in range(last + 1, len(ann.tokens)) if ann.tokens[i].text == ","), len(ann.tokens))
        speakers = [a for a in ann.actors if last < a.first <= last + 6 and a.first < comma]
        if first <= 1 and not speakers:
            frames.append(Frame([], first, (comma + 1, len(ann.tokens)), hedged=False))
            continue
        if not speakers:
            continue
        speaker = speakers[0]
        end = speaker.last + 1
        if first <= 1:      # "According to X, CLAUSE"
            inner = (end, len(ann.tokens))
        elif ann.norm(ann.prev_word(first)) in RELATIVES:
            # "... were members of Los Lobos, which according to intelligence reports has been
            # taking over mines, ...": X states the relative clause, not what came before it
            stop = next((i for i in range(end, len(ann.tokens)) if ann.tokens[i].text in (",", ";")), len(ann.tokens))
            inner = (end, stop)
        else:               # "CLAUSE, according to X"
            inner = (0, first)
        frames.append(Frame([speaker], first, inner, hedged=False))
    return frames


def _speech_frame(ann: SentenceAnnotation, v: int, lex: CoderLexicon, earlier: list[Frame]) -> Frame | None:
    hedged = ann.norm(v) in lex.hedged_forms
    if ann.norm(v).endswith("ing") and _prev_is_comma(ann, v):
        # "Hezbollah fired rockets at Israel, the military said, adding that ...": the participle
        # goes on with the speaker of the statement before it, else with the sentence's subject
        said = [f for f in earlier if f.verb < v and f.speaker]
        if not said and _speech_verb_before_comma(ann, v, lex):
            # "..., the mission said in a statement, adding that": a speaker no actor names, who is
            # not the sentence's subject either
            return Frame([], v, (v + 1, len(ann.tokens)), hedged)
        speaker = said[-1].speaker if said else _sentence_subject(ann, v)
        return Frame(speaker, v, (v + 1, len(ann.tokens)), hedged) if speaker else None
    if _next_norm(ann, v) == "by":
        # "was informed by the plant that the drone hit ...": the one after 'by' speaks; but
        # "reported by TASS" is only a source of the report, not a new statement
        return _passive_statement(ann, v, hedged)
    before = _speaker_before(ann, v)
    if (span := _enclosing_clause(ann, v)) is not None:
        # "the TTP, which officials say uses such names as fronts, denied ...": the speaker's
        # statement ends with the relative clause it sits in, and the speaker is in it too
        speaker = _coordinated(ann, before) if before is not None and before.first > span[0] else []
        return Frame(speaker, v, (_complement_start(ann, v, lex), span[1]), hedged)
    if before is not None:
        if _quote_closes_before(ann, before.first) or not _has_clause_after(ann, v, lex):
            return Frame(_coordinated(ann, before), v, (0, before.first), hedged)
        if _has_clause_after(ann, v, lex):
            return Frame(_coordinated(ann, before), v, (_complement_start(ann, v, lex), _statement_end(ann, v)), hedged)
        return Frame(_coordinated(ann, before), v, (0, before.first), hedged)
    after = [a for a in ann.actors if v < a.first <= v + 3]
    if after and v > 0 and ann.tokens[v - 1].text.isalnum() and ann.norm(v - 1) not in INVERSION_OPENERS:
        after = []      # "a security source said troops killed ...": a speaker before the verb, uncoded
    if after and (not _has_clause_after(ann, after[0].last, lex)
                  or (v > 0 and ann.tokens[v - 1].text in {",", '"', "”"} and ann.tokens[v].text.islower()
                      and _participle_after(ann, after[0].last))):
        return Frame([after[0]], v, (0, v), hedged)     # '"...," said Konashenkov.'
    return None


def _speech_verb_before_comma(ann: SentenceAnnotation, v: int, lex: CoderLexicon) -> bool:
    """'..., the mission said in a statement, adding': an attribution set off by commas says."""
    j = v - 2
    while j >= 0 and ann.tokens[j].text not in {",", ";"}:
        if ann.norm(j) in lex.speech_forms:
            return any(ann.tokens[k].text == "," for k in range(max(0, j - 4), j))
        j -= 1
    return False


def _passive_statement(ann: SentenceAnnotation, v: int, hedged: bool) -> Frame | None:
    if ann.norm(ann.prev_word(v)) not in {"was", "were", "been", "is", "are"}:
        return None
    by = ann.next_word(v)
    that = next((j for j in range(by + 1, min(len(ann.tokens), by + 8)) if ann.norm(j) == "that"), None)
    if that is None:
        return None
    speaker = next((a for a in ann.actors if by < a.first and a.last < that), None)
    return Frame(_coordinated(ann, speaker) if speaker is not None else [], v, (that + 1, len(ann.tokens)), hedged)


def _participle_after(ann: SentenceAnnotation, last: int) -> bool:
    """'"...," said HRW researcher Ilaria Allegrozzi, accusing the army': what follows the speaker
    is a participle of the speaker's own (coded as a statement of its own), no new clause."""
    for k in range(last + 1, min(len(ann.tokens), last + 12)):
        if ann.tokens[k].text in {";", '"', "“", "”", ":"}:
            return False
        if ann.tokens[k - 1].text == "," and ann.norm(k).endswith("ing") and len(ann.norm(k)) > 5 \
                and ann.norm(k) not in {"including", "according", "following", "during"}:
            return True
    return False


def _statement_end(ann: SentenceAnnotation, v: int) -> int:
    """'X claimed that ... on Friday and accused the military of ...': what X states ends where X
    goes on to make another statement of its own (a non-violent event verb after 'and')."""
    for j in range(v + 2, len(ann.tokens) - 1):
        if ann.norm(j) == "and":
            k = ann.next_word(j)
            if any(t.first == k and t.ref.pos == "verb" and t.ref.rule.cameo[:2] in SAYING_ROOTS for t in ann.triggers):
                return j
        elif ann.norm(j) in CONTRASTS and ann.tokens[j - 1].text == ",":
            # "the official said ISSP did it, but a security source blamed JNIM": the other
            # party's statement is not the official's
            ahead = range(j + 1, min(j + 1 + CONTRAST_REACH, len(ann.tokens)))
            if any(t.first in ahead and t.ref.pos == "verb" and t.ref.rule.cameo[:2] in SAYING_ROOTS
                   for t in ann.triggers):
                return j - 1
    return len(ann.tokens)


CONTRASTS = frozenset({"but", "while", "whereas"})
CONTRAST_REACH = 10      # words from "but" to the other party's verb ("but a security source in Niamey blamed")


SAYING_ROOTS = frozenset({"01", "02", "04", "05", "11", "12", "13"})   # what a party says, appeals or demands


def _enclosing_clause(ann: SentenceAnnotation, v: int) -> tuple[int, int] | None:
    from pipeline.roles import embedded_spans
    return next(((a, b) for a, b in embedded_spans(ann, ann.actors, 0, len(ann.tokens))
                 if a < v < b and ann.tokens[a].text != "("), None)


def _complement_start(ann: SentenceAnnotation, v: int, lex: CoderLexicon) -> int:
    """'said Nov. 24 that HTS launched...': the statement starts after 'that'; the date before
    it tells when the speaker spoke."""
    for j in range(v + 1, min(len(ann.tokens), v + 14)):
        if ann.norm(j) == "that":
            return j + 1
        if ann.tokens[j].text in {",", ";", ":"} or any(t.first == j for t in ann.triggers):
            break
    if ann.norm(v) in TELL_FORMS:
        # "told Reuters the army had shelled ...": the one told is not part of what is said
        addressee = next((a for a in ann.actors if v < a.first <= v + 3), None)
        if addressee is not None:
            return addressee.last + 1
    # "said on Tuesday it had carried out ...": the day tells when the speaker spoke
    subject = _subject_after_day(ann, v, lex)
    return subject if subject is not None else v + 1


TELL_FORMS = frozenset({"told", "tell", "tells", "telling", "informed", "assured", "briefed"})


def _prev_is_comma(ann: SentenceAnnotation, v: int) -> bool:
    return v > 0 and ann.tokens[v - 1].text == ","


def _sentence_subject(ann: SentenceAnnotation, v: int) -> list[ActorMention]:
    before = [a for a in ann.actors if a.last < v]
    return _coordinated(ann, before[0]) if before else []


def _speaker_before(ann: SentenceAnnotation, v: int) -> ActorMention | None:
    """The actor right before the verb: 'Palladino said', 'the Observatory said yesterday'."""
    candidates = [a for a in ann.actors if a.last < v and not is_place_like(ann, a)]
    if not candidates:
        return None
    speaker = candidates[-1]
    if len(candidates) > 1 and ann.tokens[speaker.first].norm in RANKS and speaker.first >= 2 \
            and ann.tokens[speaker.first - 1].text == "," and speaker.first - 3 <= candidates[-2].last <= speaker.first - 2:
        # "the provincial police chief, Colonel Diego Carrión, said", "the police director, Colonel X":
        # the post says whose
        speaker = candidates[-2]
    speaker = _before_relative(ann, candidates, speaker, v)
    gap = [t for t in ann.tokens[speaker.last + 1:_apposition_before(ann, speaker.last, v)] if t.norm]
    if gap and gap[-1].norm in UNCODED_REPORTERS:
        return None      # "protested against the government offensive, witnesses said"
    if len(gap) > MAX_SPEAKER_GAP or any(t.text in QUOTES for t in ann.tokens[speaker.last + 1:v]):
        return None
    return speaker


def _before_relative(ann: SentenceAnnotation, candidates: list[ActorMention], speaker: ActorMention,
                     v: int) -> ActorMention:
    """'Al Shabaab, which is allied to al Qaeda, said': the relative clause describes the speaker,
    who stands before it."""
    if ann.tokens[v - 1].text != ",":
        return speaker
    for k in range(speaker.first - 1, max(0, speaker.first - RELATIVE_REACH), -1):
        if ann.norm(k) in ("which", "who") and k >= 2 and ann.tokens[k - 1].text == ",":
            return next((a for a in candidates if a.last == k - 2), speaker)
        if ann.tokens[k].text == ",":
            return speaker
    return speaker


RELATIVE_REACH = 8
APPOSITION_BOUNDS = frozenset({",", "(", ")", '"', "“", "”"})


def _apposition_before(ann: SentenceAnnotation, last: int, v: int) -> int:
    """'two elders in Kulanley, a farming village near the base, said', 'two elders, reached by
    telephone, said': the words up to the apposition that ends right before the verb (it describes
    a place or the speaker, it is no gap)."""
    if ann.tokens[v - 1].text != ",":
        return v
    opening = next((k for k in range(v - 2, last, -1) if ann.tokens[k].text in APPOSITION_BOUNDS), None)
    if opening is None or ann.tokens[opening].text != ",":
        return v
    # (", a farming village near the base,", ", reached by telephone by the Hirshabelle Times,")
    # (", in the Tahoua region,", ", in a statement,": where they are, or how they spoke)
    first = ann.norm(opening + 1)
    if first not in ("a", "an", "the", "in", "near", "from") \
            and not (first.endswith("ed") and ann.norm(opening + 2) == "by"):
        return v
    return opening


RANKS = frozenset({"colonel", "col", "general", "gen", "major", "maj", "captain", "capt", "lieutenant", "lt",
                   "brigadier", "commander", "sergeant", "sgt", "inspector", "superintendent", "commissioner"})
UNCODED_REPORTERS = frozenset({"witnesses", "witness", "eyewitnesses", "sources", "source", "observers", "analysts",
                               "survivors", "experts", "diplomats", "locals", "medics", "doctors", "relatives",
                               "journalists", "reporters", "correspondents", "monitors", "insiders", "people"})
ADJUNCT_STARTS = frozenset({"in", "on", "at", "during", "via", "through", "to", "by", "after", "before", "from",
                            "yesterday", "today", "late", "earlier", "later", "last"})


def _has_clause_after(ann: SentenceAnnotation, i: int, lex: CoderLexicon) -> bool:
    """Words after position i that state something (not just 'in a statement.', 'on Friday.')."""
    rest = [t for t in ann.tokens[i + 1:] if t.norm]
    if len(rest) < 4:
        return False
    if rest[0].norm in NEW_CLAUSE_WORDS:
        # "..., police said, as residents accused officers of ...": another clause; but "insisted,
        # as it always does, that its forces ...": an aside, then the statement
        return "that" in [t.norm for t in rest[:8]]
    # "said on Monday that ...": an adjunct before 'that' still opens a statement
    return rest[0].norm not in ADJUNCT_STARTS or "that" in [t.norm for t in rest[:8]] \
        or _subject_after_day(ann, i, lex) is not None


PARTS_OF_DAY = frozenset({"yesterday", "today", "night", "morning", "evening", "afternoon", "week", "weekend"})
SUBJECT_STARTS = frozenset({"it", "its", "they", "their", "he", "his", "she", "her", "we", "the", "a", "an"})
DAY_ADJUNCT_WORDS = 4     # "on Tuesday", "late on Monday night"


def _subject_after_day(ann: SentenceAnnotation, i: int, lex: CoderLexicon) -> int | None:
    """'AFRICOM said on Tuesday it had carried out an airstrike ...': a day, then a subject: the
    statement follows without 'that' (not 'said on Tuesday.', 'said on Tuesday in a statement').
    The subject's token, if so."""
    words = [j for j in range(i + 1, len(ann.tokens)) if ann.tokens[j].norm]
    day_words = PARTS_OF_DAY | frozenset(lex.lexicon.time.weekdays)
    k = 0
    while k < min(len(words), DAY_ADJUNCT_WORDS) and (ann.norm(words[k]) in ADJUNCT_STARTS
                                                      or ann.norm(words[k]) in day_words):
        k += 1
    if 0 < k < len(words) - 2 and ann.norm(words[k]) in SUBJECT_STARTS \
            and any(ann.norm(j) in day_words for j in words[:k]):
        return words[k]
    return None


# words after which a statement verb comes before its speaker: "..., he added, said the mayor"
INVERSION_OPENERS = frozenset({"also", "later", "earlier", "then", "now", "further", "yesterday", "today", "and"})
NEW_CLAUSE_WORDS = frozenset({"as", "while", "when", "but", "although", "though", "whereas"})


def _quote_closes_before(ann: SentenceAnnotation, i: int) -> bool:
    """'"...," he said': a quotation ends right before the speaker."""
    return any(t.text in QUOTES for t in ann.tokens[max(0, i - 3):i])


def _coordinated(ann: SentenceAnnotation, head: ActorMention) -> list[ActorMention]:
    """'Syria and Russia said': the speaker and the actors joined to it by 'and' or commas."""
    group = [head]
    actors = [a for a in ann.actors if a.last < head.first and not is_place_like(ann, a)]
    for a in reversed(actors):
        between = list_joiner([t.norm or t.text for t in ann.tokens[a.last + 1:group[0].first]])
        if comma_ends_clause(between, len(group)):
            break
        if between in (["and"], [","], ["or"], [",", "and"], ["as", "well", "as"], ["and", "a"], ["and", "the"]):
            group.insert(0, a)
        else:
            break
    return group
