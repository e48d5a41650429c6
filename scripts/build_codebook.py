#!/usr/bin/env python3
"""Build the codebook's taxonomy and dictionaries (codebooks/*.yaml) from the reference data.

    .venv/bin/python scripts/build_codebook.py [REFERENCE_DIR] [--out CODEBOOKS_DIR]

REFERENCE_DIR defaults to ../shared/reference relative to the repository root. The project
never reads the reference data at run time or in tests: this script turns it into YAML once
and the YAML is committed. Output is deterministic (same input, same bytes); every file is
validated with the schemas/ models (and actor codes with the actor code grammar) before it
is written. codebooks/actors/added.yaml is hand-written: read here, never written.

WHAT IT TAKES
  cameo/eventcodes.csv        310 rows: code, name, level, parent, Goldstein score, quad class
  cameo/quad_class.json       quad-class labels. Convention used: GDELT's 1-4 (1 verbal
                              cooperation, 2 material cooperation, 3 verbal conflict,
                              4 material conflict); Phoenix's 0-4 convention is not used
  cameo/cameo_to_plover.json  CAMEO manual labels, to correct five GDELT labels (below)
  cameo/countries.csv, actor_types.csv, known_groups.csv, religions.csv, ethnic_groups.csv
  acled/acled.json            event types, sub-event types with precedence, disorder types,
                              inter and interaction codes, export column lists
  phoenix/Phoenix.{Countries,International,MilNonState}.actors.txt, Phoenix.agents.txt,
  CAMEO.2.0.txt               Phoenix/PETRARCH dictionaries (Open Event Data Alliance, MIT)

WHAT IT CHANGES
  Event codes (cameo_events.yaml)
  - Row 1056 carries code 106 glued onto its name ("...engagement106:[-5.0] Demand
    withdrawal"): split, so 311 codes. GDELT's labels of 101, 105, 106, 107, 108 contradict
    their sub-codes and the CAMEO manual (101's children are kinds of material cooperation,
    105's kinds of yielding; the verb dictionary codes "demand talks" as 106): they take the
    manual's labels from cameo_to_plover.json. Goldstein scores stay GDELT's.
  - Typos ("matyerial", "radiologicalweapons", "not spec below"), mojibake (044 "third"),
    root names in sentence case, level "leaf" called "sub". Definitions: own wording.
  Actor code tables (actor_codes.yaml)
  - Duplicate rows merged (UIS, WTO; CEM's two labels joined; ethnic duplicates); "?" for a
    lost apostrophe restored; ethnic codes upper-cased (they are code parts); country names
    title-cased with a few corrections, each noted (MDA Moldova, not "Transnistria").
  Actor dictionaries (actors/phoenix_*.yaml), TABARI syntax -> entries
  - Blocks as PETRARCH reads them: a head line, its "+" aliases and its code lines; head lines
    read while the open block has no code yet are its synonyms (LEONID_BREZHNEV_,
    LEONID_ILYICH_BREZHNEV, ..., then the code lines they share). Every head and alias is a
    name; label lines ("Source: MNC.MLH.actors") are skipped. "#" and ";" comments and
    "{...}" are ignored, as is text after the last "]" (revenue figures in the MNC list).
  - Names: lower-cased, then pipeline.text.normalise (the matcher's own normalisation): "_",
    "-" and punctuation split words, possessive 's and apostrophes (also "`" and the U+FFFD
    that replaced a lost apostrophe) are dropped, mojibake repaired. Trailing "_" (TABARI
    whole word) and stems without it both become whole-word names: the matcher has no stems.
    Names with non-ASCII letters also get an ASCII-folded twin (erdoğan, erdogan).
    "NAME_(ACRONYM)" also yields the name alone when the acronym starts like it; an unclosed
    "(" drops the rest ("STANKO_TODOROV (ACTING_").
  - Codes: "[CODE]" undated; "[CODE >date]" and "[CODE date]" from; "[CODE <date]" until;
    "[CODE d1-d2]" from d1 until d2 (until exclusive; d1 = d2, a one-day acting office, ends
    the next day). yymmdd dates: 00-29 are 20xx, 30-99 19xx. "[---]" dropped. Malformed dates
    repaired from DATE_FIXES/RANGE_FIXES; an unreadable bound is dropped and noted.
  - Code repairs, noted on the entry: country/region typos and retired codes (PART_FIXES:
    FRN->FRA, BGH->BGD, TRK->TUR, ANG->AGO, UER->EUR, MDE->MEA, IMY->IMN, USR->SUN, FRY->SCG,
    CES->CEM); numeric denomination suffixes (CHRPRO214) dropped; the coder's placeholder
    country KKL replaced by the group's country (KKL_COUNTRIES) or INT; a code without a
    place or international prefix (REUTERS [MED], former UN Secretaries-General [ELI],
    World Hindu Council HINRAD) gets the generic international prefix INT.
  - Repeated blocks (same head, same codes; the International file lists most NGOs twice) are
    merged. A name with different codes in several blocks, of one file or across the three,
    stays in one: the block whose head it is, else the one with date-limited codes, else the
    first (Countries, International, MilNonState order); the others say so in `note`. Names
    that added.yaml defines are removed (superseded, noted). Blocks left without a name or a
    code are dropped and counted in the file header. Ids: the head in UPPER_SNAKE ASCII,
    _2, _3 for a head used again with other codes.
  - Written one line per entry (schemas/actors.py): 35,000 YAML mappings take seconds to load.
  Agents (agents.yaml)
  - "[~MIL]" -> code MIL; "[IGO~]" -> code IGO, position prefix; "[~ENV}" read as [~ENV].
    "!PERSON!"/"!MINIST!" substitution sets expanded (and undone inside words a global
    replace broke: AD!MINIST!RATION); stems MINIST, AUTHORIT, COMPAN, INDUSTR expanded to
    words; regular plurals generated for the last word ("{...}" irregular plurals, "{}" none);
    a line without a code takes the next line's; a name already coded keeps its first code.
  Verb lexicon (verb_lexicon.yaml), see build_verb_lexicon
  - Synonym sets kept as `synsets` and written &name in phrases; verb forms given in "{...}"
    or generated (3rd person, past, -ing; multi-word verbs inflect their first word).
  - Patterns become lowercase word strings: "*" the verb, "$" source, "+" target, "^" a
    skipped noun phrase, "%" compound actor; "(...)" and "{...}" brackets dropped. "[A:B]"
    puts the pattern under A and, as a reverse phrase (source and target swapped), under B.
  - Not taken: patterns coded [---] (null), 3 patterns naming undefined synonym sets, the
    TRANSFORMATIONS section. 1213 and 176 (not in the taxonomy) are filed under 121 and 170
    with a note; the typos "080!" and "1952" read as 080 and 195.

WHAT IT ADDS
  Event and ACLED definitions (own wording); CAMEO region codes and the territories, former
  states and breakaway entities Phoenix codes use but countries.csv lacks; role, group and
  religion codes Phoenix uses but the tables lack (PTY, UNR, OCC, PPL, REL; ISI, JMA, ASF,
  AFU, EAC, AIE, DVE; MUS), each marked `added: true`; agent nouns Phoenix lacks
  (ADDED_AGENTS: forces, protestors, aid workers, ...).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from pipeline.codes import code_roles  # noqa: E402
from pipeline.text import normalise  # noqa: E402  (the matcher's own normalisation)
from schemas.actors import ActorDictionary, AgentDictionary, validate_actor_codes, validate_agent_codes  # noqa: E402
from schemas.taxonomy import AcledTaxonomy, ActorCodeBook, CameoEventCodes, VerbLexicon  # noqa: E402

PHOENIX_SOURCE = "Phoenix/PETRARCH dictionaries, Open Event Data Alliance"
PHOENIX_LICENCE = "MIT (Copyright (c) 2014-2015 Open Event Data Alliance); see reference phoenix/LICENSE"
HEADER = ("# GENERATED by scripts/build_codebook.py from the reference data ({source}).\n"
          "# Do not edit by hand: change the converter (or codebooks/actors/added.yaml) and rebuild.\n")


# =========================================================================== helpers

def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def read_lines(path: Path) -> list[str]:
    """Phoenix files are mostly UTF-8; a stray byte must not stop the conversion."""
    return path.read_bytes().decode("utf-8", errors="replace").splitlines()


def repair_mojibake(text: str) -> str:
    """UTF-8 read as cp1252 (and sometimes upper-cased afterwards): 'PÃŠBLICAS' -> 'públicas'."""
    if "Ã" not in text and "Â" not in text:
        return text
    for candidate in (text, text.lower()):
        try:
            return candidate.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "đ": "d", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"})


def ascii_fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def norm_name(raw: str) -> str:
    """A dictionary phrase (TABARI or plain) in the matcher's normal form."""
    text = repair_mojibake(raw).replace("\ufffd", "").replace("`", "'").replace("´", "'")
    text = unicodedata.normalize("NFC", text.replace("İ", "I")).lower()
    return normalise(text)


def name_variants(raw: str) -> list[str]:
    """The normal form, plus its ASCII-folded twin when it has non-ASCII letters."""
    name = norm_name(raw)
    if not name:
        return []
    folded = ascii_fold(name)
    return [name] if folded == name or not folded.strip() else [name, normalise(folded)]


def to_id(name: str) -> str:
    """'bashar al assad' -> 'BASHAR_AL_ASSAD' (ASCII; other scripts dropped)."""
    words = re.findall(r"[A-Z0-9]+", ascii_fold(name).upper())
    return "_".join(words) or "UNNAMED"


def unique(items: Iterable) -> list:
    return list(dict.fromkeys(items))


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:].lower() if text.isupper() else text


def parse_table(text: str) -> dict[str, str]:
    """'key|value' lines -> dict (used for the hand-written tables below)."""
    table = {}
    for line in text.strip().splitlines():
        key, value = line.split("|", 1)
        table[key.strip()] = value.strip()
    return table


class CodebookDumper(yaml.CSafeDumper):
    """Quotes digit strings: CAMEO codes like 018 are text (YAML 1.2 readers would make 18)."""

    def represent_str(self, data: str) -> yaml.ScalarNode:
        if data.isdigit():
            return self.represent_scalar("tag:yaml.org,2002:str", data, style="'")
        return super().represent_str(data)


CodebookDumper.add_representer(str, CodebookDumper.represent_str)


def dump_yaml(data: dict, path: Path, source: str, extra_header: str = "", flow: bool | None = None) -> None:
    """Block style for structure, flow style for leaf lists (names), one item per line."""
    body = yaml.dump(data, Dumper=CodebookDumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=flow, width=1_000_000)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER.format(source=source) + extra_header + body, encoding="utf-8")


# =========================================================================== CAMEO event codes

EVENT_DEFINITIONS = """
01|Any public statement by an actor that is not covered by a more specific category, such as comments, remarks or announcements.
010|A public statement whose content fits none of the specific statement categories below.
011|Refusing or declining to comment on an issue when asked, for example "no comment" replies.
012|Voicing a negative or gloomy view about a situation or its likely outcome.
013|Voicing a positive or hopeful view about a situation or its likely outcome.
014|Saying that a course of action or policy is being weighed or studied, without committing to it.
015|Admitting to or claiming an action, typically taking credit for an attack or accepting blame.
016|Rejecting blame or involvement in an action or incident attributed to oneself.
017|Performing an act mainly for its symbolic meaning, such as a vigil, wreath-laying or ceremony.
018|Expressing sympathy, condolences or understanding toward another actor.
019|Stating agreement with another actor's position, view or action.
02|Asking another actor to do something or to change its behaviour, without coercion or demand.
020|A request or plea to another actor that fits no more specific appeal category.
021|Asking another actor to cooperate in material ways, such as economic, military or judicial cooperation.
0211|Asking another actor for economic cooperation such as trade, investment or joint projects.
0212|Asking another actor for military cooperation such as joint operations, exercises or basing.
0213|Asking another actor for judicial or legal cooperation such as extraditions or joint investigations.
0214|Asking another actor to share intelligence or information.
022|Asking another actor for diplomatic support, such as backing a policy, position or resolution.
023|Asking another actor for aid of any kind not covered by the more specific aid appeals.
0231|Asking another actor for economic or financial aid, such as loans, grants or debt relief.
0232|Asking another actor for military aid, such as weapons, equipment, training or troops.
0233|Asking another actor for humanitarian aid, such as food, shelter or medical supplies.
0234|Asking another actor for military protection or for a peacekeeping force.
024|Calling for political reform of an unspecified or general kind.
0241|Calling for a leader to step down or for a government to be replaced, for example by urging a resignation or new elections.
0242|Calling on an actor to change a particular policy or decision, such as a law, a programme or a stance in a dispute.
0243|Calling for rights or freedoms to be granted or respected.
0244|Calling for a change in institutions or in the form of government.
025|Asking another actor to yield, back down or make a concession.
0251|Asking another actor to lift or ease administrative sanctions such as bans, curfews or emergency rule.
0252|Asking a group to halt or scale down protests and other popular dissent.
0253|Asking for detained persons, hostages or seized property to be released or returned.
0254|Asking for economic sanctions, a boycott or an embargo to be eased or lifted.
0255|Asking another actor to allow outside involvement such as observers, inspectors or aid agencies, other than mediators.
0256|Asking the parties to a fight to scale down hostilities, for example to pull back forces.
026|Urging other actors to meet, hold talks or negotiate.
027|Urging other actors to resolve a dispute or conflict.
028|Urging other actors to take part in or accept mediation.
03|Stating a willingness or plan to cooperate with another actor, before any cooperation takes place.
030|Stating an intention to cooperate that fits no more specific category.
031|Stating an intention to cooperate in material ways, such as economic, military or judicial cooperation.
0311|Stating an intention to cooperate economically, such as on trade or investment.
0312|Stating an intention to cooperate militarily, such as on joint exercises or operations.
0313|Stating an intention to cooperate on judicial or legal matters.
0314|Stating an intention to share intelligence or information.
032|Stating an intention to give diplomatic support, such as backing a position or policy.
033|Stating an intention to provide material aid not covered by the more specific pledges.
0331|Pledging or offering economic or financial aid, such as grants, loans, credit lines or debt relief.
0332|Pledging or offering military aid such as arms, equipment or training.
0333|Pledging or offering humanitarian aid such as food, medicine, shelter or relief funds.
0334|Pledging or offering military protection or peacekeeping troops.
034|Stating an intention to carry out political reform of a general kind.
0341|Stating an intention to change leaders, for example to step down or hold a leadership election.
0342|Stating an intention to change a particular policy.
0343|Stating an intention to grant or restore rights or freedoms, for example to minorities, prisoners or the press.
0344|Stating an intention to change institutions or the form of government.
035|Stating an intention to yield or make a concession of a general kind.
0351|Stating an intention to ease administrative sanctions such as bans, curfews or emergency rule.
0352|Stating an intention to stop or scale down protests or other dissent.
0353|Stating an intention to release detained persons or return seized property.
0354|Stating an intention to ease economic sanctions, a boycott or an embargo.
0355|Stating an intention to let outside actors such as observers, inspectors or aid agencies become involved.
0356|Stating an intention to scale down fighting, for example by accepting a truce or pulling back.
036|Stating a willingness to meet, hold talks or negotiate.
037|Stating a willingness to settle a dispute or conflict, for example by accepting to compromise.
038|Stating a willingness to accept mediation by a third party.
039|Offering or stating a willingness to act as mediator between other parties.
04|Meetings, visits, calls and negotiations between actors.
040|Meetings or consultations between actors that fit none of the more specific consultation categories.
041|Talking with another actor by telephone or video call.
042|Travelling to another actor's territory or seat for a visit.
043|Receiving a visiting leader, official or delegation on one's own territory as host.
044|Meeting another actor at a place belonging to neither side.
045|Acting as an intermediary to help other parties communicate or reach an agreement.
046|Holding talks or negotiations with another actor, including rounds of peace, trade or hostage talks.
05|Diplomatic acts of cooperation such as praise, support, recognition or agreements.
050|Diplomatic cooperation that fits no more specific category.
051|Publicly praising, commending or endorsing another actor or its actions.
052|Speaking up in defence of another actor against criticism or accusations.
053|Rallying or mobilising support for another actor or its cause.
054|Formally recognising a state or government, or establishing diplomatic relations.
055|Offering an apology or expressing regret to another actor for one's own actions.
056|Forgiving another actor or granting a pardon or amnesty.
057|Signing a formal agreement, treaty, accord or memorandum of understanding with another actor.
06|Actual cooperation in material matters such as trade, security or justice.
060|Material cooperation that fits no more specific category.
061|Cooperating economically, for example by trading, investing or running joint projects.
062|Cooperating militarily, for example through joint operations, exercises or arms deals.
063|Cooperating on judicial matters, for example through extraditions or joint prosecutions.
064|Sharing intelligence or information with another actor.
07|Actually giving aid of any kind to another actor, as opposed to promising it.
070|Aid actually given that fits none of the more specific aid categories.
071|Giving economic or financial aid such as grants, loans or debt relief.
072|Giving military aid such as weapons, equipment, training or advisers.
073|Giving humanitarian aid such as food, medicine or shelter.
074|Providing military protection or deploying peacekeepers.
075|Granting asylum or refuge to a person or group, for example to a dissident or to refugees.
08|Concessions: backing down, easing restrictions, releasing people or de-escalating.
080|A concession or act of yielding that fits none of the more specific categories.
081|Lifting or easing administrative restrictions of an unspecified kind.
0811|Lifting or easing restrictions on political freedoms such as speech, assembly or the press.
0812|Lifting a ban on political parties or politicians.
0813|Lifting, shortening or easing a curfew.
0814|Lifting or easing a state of emergency or martial law.
082|Scaling down or halting protests and other political dissent.
083|Giving in to demands for political reform of an unspecified kind.
0831|Giving in to demands for a change of leader, for example by resigning.
0832|Giving in to demands for a change of policy by reversing or amending a decision.
0833|Giving in to demands for rights or freedoms by granting or restoring them.
0834|Giving in to demands for a change in institutions or the form of government.
084|Releasing or returning people or property, unspecified.
0841|Releasing detained people or hostages, or returning persons to another actor.
0842|Returning seized, confiscated or occupied property to its owner.
085|Lifting or easing economic sanctions, a boycott or an embargo.
086|Letting outside actors become involved, unspecified.
0861|Accepting the deployment of peacekeepers or an international protection force on one's territory.
0862|Admitting international inspectors or observers, such as weapons inspectors or election monitors.
0863|Letting humanitarian aid be delivered, for example by opening crossings or allowing convoys through.
087|Scaling down military hostilities in a way not covered by the more specific de-escalation categories.
0871|Declaring, agreeing to or observing a truce or ceasefire.
0872|Lifting or easing a military blockade or siege, for example by reopening roads, ports or airspace.
0873|Demobilising, disarming or disbanding armed forces or fighters.
0874|Withdrawing forces from an area, retreating or surrendering.
09|Inquiries into wrongdoing or incidents by an official or independent body.
090|An investigation that fits no more specific category.
091|Investigating crime or corruption, for example through a police inquiry or an anti-corruption probe.
092|Investigating human rights abuses such as torture, disappearances or unlawful detention.
093|Investigating military actions or incidents, for example an airstrike, a shooting down or a border clash.
094|Investigating war crimes or crimes against humanity.
10|Demanding, in stronger terms than an appeal, that another actor do something.
100|A demand that fits none of the more specific demand categories.
101|Demanding material cooperation from another actor, unspecified.
1011|Demanding economic cooperation, such as trade access or investment.
1012|Demanding military cooperation, such as joint operations, basing or support in a fight.
1013|Demanding judicial cooperation such as extradition.
1014|Demanding that intelligence or other information be shared.
102|Demanding diplomatic or policy support, such as backing for a position or a vote.
103|Demanding aid, protection or peacekeeping, unspecified.
1031|Demanding economic aid such as funds, loans or debt relief.
1032|Demanding military aid such as weapons, ammunition or training.
1033|Demanding humanitarian aid such as food, medicine or shelter.
1034|Demanding military protection or the deployment of peacekeepers.
104|Demanding political reform of an unspecified or general kind.
1041|Demanding a change of leader or government, for example a resignation.
1042|Demanding a change of policy, such as the repeal of a law or the reversal of a decision.
1043|Demanding that rights or freedoms be granted or respected.
1044|Demanding a change in institutions or the form of government.
105|Demanding that another actor yield or make a concession, unspecified.
1051|Demanding that administrative sanctions such as bans, curfews or emergency rule be eased.
1052|Demanding that protests or other dissent be halted or scaled down.
1053|Demanding the release of detained persons or the return of property.
1054|Demanding that economic sanctions, a boycott or an embargo be eased.
1055|Demanding that outside actors such as observers or aid agencies be allowed in.
1056|Demanding that fighting be scaled down, for example through a ceasefire or a pull-back of forces.
106|Demanding that another actor meet, hold talks or negotiate.
107|Demanding that a dispute or conflict be settled.
108|Demanding mediation or the acceptance of a mediator.
11|Expressing disapproval of another actor through criticism, accusations, complaints or legal action.
110|Disapproval that fits none of the more specific categories, such as voicing displeasure or objections.
111|Criticising, condemning or denouncing another actor or its actions.
112|Accusing another actor of wrongdoing, unspecified.
1121|Accusing another actor of crime or corruption, such as fraud, bribery or theft.
1122|Accusing another actor of human rights abuses, such as torture, disappearances or persecution.
1123|Accusing another actor of aggression, such as attacks or violations of territory.
1124|Accusing another actor of war crimes or crimes against humanity.
1125|Accusing another actor of espionage, treason or sabotage.
113|Mobilising others in opposition to an actor, for example by building a coalition or campaign against it.
114|Lodging an official complaint or protest, such as a diplomatic note or formal grievance.
115|Filing a lawsuit or legal complaint against another actor.
116|A court or tribunal finding an actor guilty or legally liable.
12|Rejecting another actor's proposal, request, demand or plan.
120|A rejection that fits none of the more specific rejection categories.
121|Rejecting material cooperation of an unspecified kind, such as an offer of joint work or assistance.
1211|Rejecting economic cooperation, such as a trade deal or joint project.
1212|Rejecting military cooperation, such as a defence pact, joint exercise or basing request.
122|Turning down a request or demand for material aid, unspecified.
1221|Turning down a request for economic aid such as loans or grants.
1222|Turning down a request for military aid such as weapons or training.
1223|Turning down a request for humanitarian aid or relief.
1224|Turning down a request for military protection or peacekeepers.
123|Turning down a request or demand for political reform, unspecified.
1231|Refusing demands that a leader step down or be replaced.
1232|Refusing demands for a change of policy and keeping the policy in place.
1233|Refusing demands for rights or freedoms.
1234|Refusing demands for a change in institutions or the form of government.
124|Refusing to yield or make a concession, unspecified.
1241|Refusing to ease administrative sanctions such as bans, curfews or emergency rule.
1242|Refusing to ease the pressure on protesters or other dissent.
1243|Refusing to release detained persons or return property.
1244|Refusing to ease economic sanctions, a boycott or an embargo.
1245|Refusing to let outside actors such as observers or aid agencies become involved.
1246|Refusing to scale down fighting, for example by rejecting calls for a ceasefire or withdrawal.
125|Turning down a proposal to meet, hold talks or negotiate.
126|Turning down an offer or proposal of mediation.
127|Rejecting a plan or agreement to settle a dispute.
128|Openly defying norms, laws, court rulings or international obligations.
129|Using a veto to block a decision, for example in the UN Security Council.
13|Threatening another actor with negative consequences.
130|A threat that fits none of the more specific threat categories.
131|Threatening non-military measures of an unspecified kind against another actor.
1311|Threatening to cut or stop economic, military or humanitarian aid.
1312|Threatening a boycott, embargo or sanctions against another actor.
1313|Threatening to downgrade or break off diplomatic relations.
132|Threatening administrative sanctions, unspecified.
1321|Threatening to restrict political freedoms such as speech, assembly or the press.
1322|Threatening to ban political parties or politicians.
1323|Threatening to impose a curfew on an area or population.
1324|Threatening to impose a state of emergency or martial law.
133|Threatening protests, strikes, boycotts or other forms of political dissent.
134|Threatening to walk out of or break off negotiations.
135|Threatening to withdraw from or end a mediation effort.
136|Threatening to end outside involvement, for example to expel observers or withdraw aid agencies.
137|Threatening a violent crackdown, such as the use of force against protesters or dissidents.
138|Threatening to use military force, without saying how.
1381|Threatening to impose a blockade or siege.
1382|Threatening to occupy or seize territory.
1383|Threatening unconventional violence such as bombings or assassinations.
1384|Threatening a conventional military attack, such as strikes, shelling or an invasion.
1385|Threatening to use nuclear, chemical, biological or radiological weapons.
139|Issuing an ultimatum: a demand backed by a threat and a deadline.
14|Political dissent by civilians: demonstrations, strikes, blockades and riots.
140|Political dissent that fits no more specific category.
141|Holding a demonstration, march, rally or sit-in.
1411|Demonstrating for a change of leader or government.
1412|Demonstrating for a change of policy, such as the repeal of a law or the reversal of a decision.
1413|Demonstrating for rights or freedoms, such as civil, labour or minority rights.
1414|Demonstrating for a change in institutions or the form of government.
142|Going on hunger strike as a form of protest, for an unspecified or general aim.
1421|Going on hunger strike to demand that a leader step down or be replaced.
1422|Going on hunger strike to demand a change of policy.
1423|Going on hunger strike to demand rights or freedoms, often by detainees.
1424|Going on hunger strike for a change in institutions or the form of government.
143|Holding a labour strike or a boycott as a form of protest, for an unspecified or general aim.
1431|Striking or boycotting to demand that a leader step down or be replaced.
1432|Striking or boycotting to demand a change of policy, such as wages, prices or a law.
1433|Striking or boycotting to demand rights or freedoms.
1434|Striking or boycotting for a change in institutions or the form of government.
144|Blocking roads, buildings or passage as a form of protest.
1441|Blocking roads, buildings or passage to demand that a leader step down.
1442|Blocking roads, buildings or passage to demand a change of policy.
1443|Blocking roads, buildings or passage to demand rights or freedoms.
1444|Blocking passage to demand a change in institutions or the form of government.
145|Protesting violently or rioting, for example by clashing with police, burning or looting.
1451|Rioting or protesting violently for a change of leader.
1452|Rioting or protesting violently for a change of policy.
1453|Rioting or protesting violently for rights or freedoms.
1454|Rioting or protesting violently for a change in institutions or the form of government.
15|Displaying or building up military or police strength without using it.
150|A show of military or police force that fits no more specific category, such as parades or exercises.
151|Raising the alert level of police or security forces.
152|Raising the alert or readiness level of military forces.
153|Mobilising or reinforcing police or security forces.
154|Mobilising, deploying or reinforcing armed forces.
16|Cutting back relations with another actor: diplomatic ties, aid, negotiations or presence.
160|A reduction of relations that fits no more specific category.
161|Downgrading or breaking off diplomatic relations, for example by recalling an ambassador.
162|Cutting or stopping aid of an unspecified kind.
1621|Cutting or stopping economic aid such as grants, loans or budget support.
1622|Cutting or stopping military aid such as arms deliveries or training.
1623|Cutting or stopping humanitarian aid or relief programmes.
163|Imposing an embargo, boycott or economic or diplomatic sanctions.
164|Breaking off, suspending or walking out of negotiations.
165|Breaking off or withdrawing from a mediation effort.
166|Expelling foreign actors or withdrawing one's own, unspecified.
1661|Expelling peacekeepers or withdrawing one's own peacekeeping troops.
1662|Expelling inspectors or observers, or withdrawing them.
1663|Expelling aid agencies or humanitarian workers, or withdrawing them.
17|Coercion short of armed attack: seizures, restrictions, arrests and repression.
170|Coercion that fits none of the more specific categories, such as pressure backed by force.
171|Seizing or damaging property, for an unspecified purpose.
1711|Confiscating, seizing or nationalising property, such as land, goods, vessels or assets.
1712|Destroying or damaging property, for example demolitions or arson.
172|Imposing administrative restrictions, unspecified.
1721|Restricting political freedoms such as speech, assembly or the press.
1722|Banning political parties or politicians, for example by dissolving a party or barring candidates.
1723|Imposing a curfew on an area or population.
1724|Declaring a state of emergency or martial law.
173|Arresting, detaining, charging or prosecuting people.
174|Expelling or deporting individuals, such as diplomats, journalists or foreign nationals.
175|Violently repressing people, for example by firing on or beating demonstrators.
18|Unconventional violence against people: abductions, assaults, bombings and assassinations.
180|Unconventional violence that fits no more specific category.
181|Abducting or kidnapping people, hijacking vehicles or taking hostages.
182|Physically assaulting people, for an unspecified purpose or in an unspecified way.
1821|Sexual assault or rape, including sexual violence used as a weapon of war.
1822|Torturing or severely mistreating people, typically detainees.
1823|Killing people by physical assault, such as stabbing, beating or shooting at close range.
183|A bombing that is not a conventional military strike, unspecified: suicide, car or other improvised bombs.
1831|A suicide bombing, in which the attacker dies detonating the explosives.
1832|A car or vehicle bombing, with explosives hidden in or driven in a vehicle.
1833|A roadside bombing or improvised explosive device.
184|Using civilians or captives as human shields against attack.
185|Attempting to assassinate someone without succeeding.
186|Assassinating someone, that is killing a specific person, typically a political or public figure.
19|Conventional military force: fighting, shelling, airstrikes, blockades and occupation.
190|Conventional military force that fits no more specific category.
191|Imposing a blockade or siege, or restricting movement by force.
192|Occupying, capturing or seizing territory, towns or positions by force.
193|Fighting with small arms and light weapons, such as gun battles and clashes.
194|Fighting with artillery, tanks, rockets or missiles fired from the ground.
195|Attacking with aircraft, drones or missiles launched from the air, including airstrikes and bombing raids.
196|Breaking a ceasefire or truce by resuming or continuing hostilities.
20|Mass violence outside conventional warfare: mass killings, expulsions, ethnic cleansing and weapons of mass destruction.
200|Unconventional mass violence that fits no more specific category.
201|Expelling a population en masse from an area, for example forced displacement of whole communities.
202|Killing large numbers of people, for example massacres.
203|Ethnic cleansing: removing or destroying a group because of its ethnicity or religion.
204|Using weapons of mass destruction of an unspecified kind.
2041|Using chemical, biological or radiological weapons.
2042|Detonating a nuclear weapon, in an attack or as a test.
"""

# Label repairs in eventcodes.csv: a typo, mojibake and lost spaces.
EVENT_NAME_FIXES = (
    ("ÒhirdÓlocation", "third location"),
    ("matyerial", "material"),
    ("radiologicalweapons", "radiological weapons"),
    ("not spec below", "not specified below"),
)
# GDELT labels that contradict their sub-codes; the CAMEO manual's labels replace them.
MANUAL_LABEL_CODES = ("101", "105", "106", "107", "108")
_GLUED_ROW = re.compile(r"^(?P<name>.*?)(?P<code>\d{2,4}):\[(?P<goldstein>-?\d+(?:\.\d+)?)\]\s*(?P<rest>.+)$")


def split_glued_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Row 1056 carries code 106 in its name; give 106 back its own row."""
    out = []
    for row in rows:
        match = _GLUED_ROW.match(row["name"])
        if not match:
            out.append(row)
            continue
        out.append({**row, "name": match["name"]})
        code = match["code"]
        out.append({"code": code, "name": match["rest"], "root": code[:2],
                    "level": {2: "root", 3: "base", 4: "leaf"}[len(code)],
                    "parent": code[:-1] if len(code) == 4 else (code[:2] if len(code) == 3 else ""),
                    "goldstein_gdelt": match["goldstein"], "quad_class_gdelt": row["quad_class_gdelt"]})
    return out


def clean_event_name(name: str) -> str:
    for wrong, right in EVENT_NAME_FIXES:
        name = name.replace(wrong, right)
    return sentence_case(" ".join(name.split()))


def event_sort_key(code: str) -> tuple:
    """CAMEO order: 01, 010, 011, 0111 ... i.e. by root, then base, then sub."""
    return (code[:2], code[:3].ljust(3, " "), code.ljust(4, " "))


def build_event_codes(ref: Path) -> dict:
    rows = split_glued_rows(read_csv(ref / "cameo" / "eventcodes.csv"))
    quad = json.loads((ref / "cameo" / "quad_class.json").read_text(encoding="utf-8"))["gdelt"]
    root_quad = {root: int(cls) for cls, spec in quad.items() for root in spec["roots"]}
    plover = json.loads((ref / "cameo" / "cameo_to_plover.json").read_text(encoding="utf-8"))["rows"]
    manual_labels = {row["cameo"]: row["cameo_name"] for row in plover if row["cameo"] in MANUAL_LABEL_CODES}
    definitions = parse_table(EVENT_DEFINITIONS)
    codes = []
    for row in sorted(rows, key=lambda r: event_sort_key(r["code"])):
        code = row["code"]
        quad_class = int(row["quad_class_gdelt"])
        if quad_class != root_quad[code[:2]]:
            raise ValueError(f"{code}: quad class {quad_class} disagrees with quad_class.json")
        codes.append({
            "code": code,
            "name": manual_labels.get(code) or clean_event_name(row["name"]),
            "root": code[:2],
            "level": "sub" if row["level"] == "leaf" else row["level"],
            "parent": row["parent"] or None,
            "goldstein": float(row["goldstein_gdelt"]),
            "quad_class": quad_class,
            "definition": definitions[code],
        })
    missing = set(definitions) - {c["code"] for c in codes}
    if missing:
        raise ValueError(f"definitions for unknown codes: {sorted(missing)}")
    convention = {int(cls): spec["name"] for cls, spec in sorted(quad.items())}
    return {"quad_class_convention": convention, "codes": codes}


# =========================================================================== actor code grammar

ACTOR_GRAMMAR = (
    "An actor code is a run of 3-letter upper-case parts. The first part says where the actor "
    "belongs: a country (ISO 3166 alpha-3 with CAMEO additions, `countries`), a territory or "
    "former state (`territories`), a region (`regions`), or an international prefix (roles of "
    "kind `international`: IGO, IMG, INT, MNC, NGM, NGO, UIS). The following parts say what the "
    "actor is, most general first: roles and sectors (`roles`: GOV, MIL, REB, MED, ...), known "
    "groups (`groups`: UNO, HMS, ...), religions and ethnic groups; after an international "
    "prefix, places and groups say where or which (IGOUNO, IGOWSTNAT, NGOSYRHRI, MNCUSA). "
    "Examples: SYRGOV Syrian government, RUSMIL Russian military, SYRREB Syrian rebels, "
    "SYRGOVMED Syrian state media, IGOUNO United Nations, IMGMUS transnational Islamist armed "
    "group. Date limits are not part of a code: dictionaries give each code `from`/`until` dates.")

ROLE_KINDS = {
    "state_role": ("GOV", "MIL", "COP", "JUD", "SPY", "LEG"),
    "nonstate_armed": ("REB", "INS", "SEP", "UAF"),
    "political": ("OPP", "ELI", "MOD", "RAD"),
    "sector": ("AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ENV", "HLH", "HRI", "LAB", "MED", "REF", "SET"),
    "international": ("IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS"),
    "organization": ("AMN", "IRC", "GRP", "UNO", "PKO"),
}
ADDED_ROLES = (
    ("PTY", "Political party", "political", "Phoenix codes parties with PTY (SDNGOVPTY)."),
    ("UNR", "Unrecognised state authority", "status", "Phoenix: a self-declared state before or without recognition (ARMUNR)."),
    ("OCC", "Under foreign occupation", "status", "Phoenix: a territory under occupation (ESTOCC, IRQOCC)."),
    ("PPL", "People, unspecified persons", "sector", "Phoenix agents: man, men, people, persons."),
    ("REL", "Religious, religion unspecified", "sector", "Phoenix agents: clergy, cleric, priest, worshipper."),
)
ADDED_GROUPS = (
    ("ISI", "Islamic State (ISI/ISIL/ISIS)", "Phoenix's special code (IMGMUSISI)."),
    ("JMA", "Jemaah Islamiyah", "Phoenix (IMGSEAMUSJMA)."),
    ("ASF", "Abu Sayyaf Group", "Phoenix (IMGSEAMUSASF)."),
    ("AFU", "African Union", "Phoenix (IGOAFRAFU); successor of the OAU."),
    ("EAC", "East African Community", "Phoenix (IGOEAFEAC)."),
    ("AIE", "International Energy Agency", "Phoenix (IGOUNOAIE)."),
    ("DVE", "Developing Eight (D-8 Organization for Economic Cooperation)", "Phoenix (IGODEVDVE)."),
)
ADDED_RELIGIONS = (
    ("MUS", "Muslim", "Phoenix writes MUS for Muslim (IMGMUS, REBMUS); the CAMEO religion table uses MOS. As a first part MUS is Mauritius."),
)
# CAMEO region codes (CAMEO codebook; not in the reference tables). All marked added.
REGIONS = (
    ("AFR", "Africa"), ("ASA", "Asia"), ("BLK", "Balkans"), ("CAS", "Central Asia"), ("CAU", "Caucasus"),
    ("CEU", "Central Europe"), ("CFR", "Central Africa"), ("CRB", "Caribbean"), ("EAF", "Eastern Africa"),
    ("EEU", "Eastern Europe"), ("EIN", "East Indies"), ("EUR", "Europe"), ("LAM", "Latin America"),
    ("MDT", "Mediterranean"), ("MEA", "Middle East"), ("NAF", "North Africa"), ("NMR", "North America"),
    ("PGS", "Persian Gulf"), ("SAF", "Southern Africa"), ("SAM", "South America"), ("SAS", "South Asia"),
    ("SCN", "Scandinavia"), ("SEA", "Southeast Asia"), ("WAF", "West Africa"), ("WEU", "Western Europe"),
    ("WST", "The West"),
)
# Places Phoenix codes use that countries.csv lacks (dependencies, former states, breakaways).
TERRITORIES = (
    ("ANT", "Netherlands Antilles", "historical"), ("FLK", "Falkland Islands", "dependency"),
    ("FRO", "Faroe Islands", "dependency"), ("GIB", "Gibraltar", "dependency"),
    ("GLP", "Guadeloupe", "dependency"), ("GRL", "Greenland", "dependency"), ("GUF", "French Guiana", "dependency"),
    ("GUM", "Guam", "dependency"), ("IMN", "Isle of Man", "dependency"), ("MSR", "Montserrat", "dependency"),
    ("MTQ", "Martinique", "dependency"), ("NCL", "New Caledonia", "dependency"), ("PCN", "Pitcairn Islands", "dependency"),
    ("PRI", "Puerto Rico", "dependency"), ("PYF", "French Polynesia", "dependency"),
    ("VGB", "British Virgin Islands", "dependency"), ("VIR", "United States Virgin Islands", "dependency"),
    ("WLF", "Wallis and Futuna", "dependency"), ("GZA", "Gaza Strip", "area"),
    ("YUG", "Yugoslavia (Socialist Federal Republic, until 1992)", "historical"),
    ("SRP", "Republika Srpska", "breakaway"), ("KRJ", "Republic of Serbian Krajina (1991-1995)", "breakaway"),
    ("CNY", "Chechnya (Chechen Republic of Ichkeria)", "breakaway"),
)
COUNTRY_NAMES = parse_table("""
MDA|Moldova
MDG|Madagascar
ZAF|South Africa
TZA|Tanzania
USA|United States
RUS|Russia
BRN|Brunei
CIV|Cote d'Ivoire
GNB|Guinea-Bissau
TMP|Timor-Leste
COG|Republic of the Congo
MKD|North Macedonia
SWZ|Eswatini
""")
COUNTRY_NOTES = parse_table("""
MDA|countries.csv names the code after its last Phoenix block (TRANSNISTRIA); MDA is Moldova.
KNT|A fictional country from CountryInfo (Neal Stephenson's Cryptonomicon); kept because the Phoenix dictionaries use it.
SUN|Phoenix writes USR for the Soviet Union in dated codes; the converter maps USR to SUN.
SCG|Also the Federal Republic of Yugoslavia (1992-2003); the converter maps Phoenix FRY to SCG.
""")
SMALL_WORDS = frozenset({"and", "of", "the", "da", "de"})
LABEL_FIXES = (("?s", "'s"), ("Welsch", "Welsh"))


def display_name(upper: str) -> str:
    words = upper.lower().split()
    return " ".join(w if (w in SMALL_WORDS and i) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def fix_label(label: str) -> str:
    for wrong, right in LABEL_FIXES:
        label = label.replace(wrong, right)
    return label


def merged_code_table(rows: list[dict[str, str]], upper: bool = False) -> list[dict]:
    """Rows -> [{code, name}], one per code; differing labels of one code joined with ' / '."""
    labels: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        code = row["code"].upper() if upper else row["code"]
        label = fix_label(row["label"])
        if not any(label.lower().startswith(seen.lower()) or seen.lower().startswith(label.lower())
                   for seen in labels[code]):
            labels[code].append(label)
        elif len(label) > max(len(s) for s in labels[code]):   # keep the fuller "X (ACRONYM)" form
            labels[code] = [label if label.lower().startswith(s.lower()) else s for s in labels[code]]
    return [{"code": code, "name": " / ".join(names)} for code, names in sorted(labels.items())]


def build_actor_codes(ref: Path) -> dict:
    cameo = ref / "cameo"
    countries = []
    for row in read_csv(cameo / "countries.csv"):
        code, ref_name = row["code"], display_name(row["dictionary_name"])
        entry = {"code": code, "name": COUNTRY_NAMES.get(code, ref_name)}
        notes = [COUNTRY_NOTES[code]] if code in COUNTRY_NOTES else []
        if code in COUNTRY_NAMES:
            notes.insert(0, f"Reference name: {ref_name}.")
        if notes:
            entry["note"] = " ".join(notes)
        countries.append(entry)
    kind_of = {code: kind for kind, codes in ROLE_KINDS.items() for code in codes}
    roles = []
    for row in merged_code_table(read_csv(cameo / "actor_types.csv")):
        roles.append({"code": row["code"], "label": row["name"], "kind": kind_of[row["code"]]})
    roles += [{"code": c, "label": label, "kind": kind, "added": True, "note": note}
              for c, label, kind, note in ADDED_ROLES]
    groups = merged_code_table(read_csv(cameo / "known_groups.csv"))
    groups += [{"code": c, "name": n, "added": True, "note": note} for c, n, note in ADDED_GROUPS]
    religions = merged_code_table(read_csv(cameo / "religions.csv"))
    religions += [{"code": c, "name": n, "added": True, "note": note} for c, n, note in ADDED_RELIGIONS]
    return {
        "grammar": ACTOR_GRAMMAR,
        "countries": countries,
        "territories": [{"code": c, "name": n, "kind": k, "added": True} for c, n, k in TERRITORIES],
        "regions": [{"code": c, "name": n, "added": True} for c, n in REGIONS],
        "roles": roles,
        "groups": groups,
        "religions": religions,
        "ethnic_groups": merged_code_table(read_csv(cameo / "ethnic_groups.csv"), upper=True),
    }


# =========================================================================== ACLED

ACLED_DISORDER_DEFINITIONS = parse_table("""
Political violence|Use of force by a group with a political purpose or motivation, including battles, remote violence, violence against civilians and mob violence.
Demonstrations|Public gatherings of people protesting a political or economic issue, peaceful or violent, including interventions against them.
Strategic developments|Politically significant events that are not violence or protest in themselves, such as agreements, arrests, looting or transfers of territory, which help explain a conflict's course.
""")
ACLED_EVENT_DEFINITIONS = parse_table("""
Battles|Violent clashes between at least two organised armed groups, whatever the weapons used.
Protests|Public demonstrations in which the participants are not violent, including those met with force.
Riots|Violent events in which demonstrators or mobs engage in violent or destructive acts.
Explosions/Remote violence|One-sided violence in which the weapon is an explosive device, a strike from the air or artillery, so that the attacker is not at the scene or not engaged in a fight.
Violence against civilians|Violent attacks by organised armed groups on unarmed non-combatants.
Strategic developments|Non-violent or contextual events that matter to a conflict's political dynamics.
""")
ACLED_SUB_EVENT_DEFINITIONS = parse_table("""
Government regains territory|State forces or their allies retake control of a place from a non-state group.
Non-state actor overtakes territory|A non-state armed group or a foreign force takes control of a place from the state or another group.
Armed clash|Armed groups fight each other without a change of territorial control.
Excessive force against protesters|State forces or others use lethal or severe force against peaceful protesters.
Protest with intervention|A peaceful protest is dispersed, obstructed or suppressed with non-lethal force or arrests.
Peaceful protest|A demonstration in which participants are not violent and are not met with intervention.
Violent demonstration|Demonstrators engage in violence or vandalism, such as clashing with police or damaging property.
Mob violence|Rioters who are not demonstrating violently attack other people or property.
Chemical weapon|Use of chemical weapons in a conflict.
Air/drone strike|Bombing or missile fire from aircraft or drones.
Suicide bomb|An attack in which the attacker detonates explosives on their person or vehicle and dies.
Shelling/artillery/missile attack|Long-range fire from the ground: artillery, mortars, rockets or missiles.
Remote explosive/landmine/IED|Detonation of a landmine, improvised explosive device or other remotely triggered or planted bomb.
Grenade|Attack with a hand grenade or similar thrown explosive.
Sexual violence|Sexual violence against civilians by an organised armed group or other political actor.
Attack|Armed groups kill, injure or otherwise harm unarmed civilians.
Abduction/forced disappearance|Civilians are kidnapped, detained without legal process or made to disappear.
Agreement|Parties conclude an agreement, such as a ceasefire, peace deal or prisoner exchange.
Arrests|State forces detain a significant figure or a large number of people.
Change to group/activity|A group changes name, leadership, alliance or activity, or announces a change in behaviour.
Disrupted weapons use|An attack is prevented, such as a bomb defused or weapons seized.
Headquarters or base established|An armed group sets up a base or headquarters.
Looting/property destruction|Property is looted, seized or destroyed without a violent clash.
Non-violent transfer of territory|Control of a place changes hands without fighting, for example after a withdrawal.
Other|Any other politically important development that fits none of the above.
""")
ACLED_NOTES = (
    "Sub-event types are listed in precedence order within their event type: when several apply to one "
    "event, the one with the smaller precedence number is coded (an airstrike during a ground battle is a "
    "Battle; shelling together with an airstrike is an Air/drone strike; an abduction followed by killing is an Attack).",
    "An unidentified armed group counts as a political militia (inter 3) unless it is an unidentified "
    "military (1 or 8) or an unidentified communal militia (4); a state's forces acting outside its "
    "territory are External/Other forces (8).",
    "Inter codes are numbers 1-8 in older exports and text labels (label_2024) from 2024; interaction codes "
    "likewise (two digits, smaller inter first, 0 = no second actor).",
    "Excessive force against protesters belongs to two disorder types, written 'Political violence; Demonstrations'.",
)


def build_acled(ref: Path) -> dict:
    data = json.loads((ref / "acled" / "acled.json").read_text(encoding="utf-8"))
    subs = data["sub_event_types"]
    event_types = []
    for name in data["event_types"]:
        disorders = unique(part.strip() for s in subs if s["event_type"] == name
                           for part in s["disorder_type"].split(";"))
        event_types.append({"name": name, "disorder_types": disorders, "definition": ACLED_EVENT_DEFINITIONS[name]})
    legacy = {}
    for text in data["interaction_codes_acledR_text"]:
        code, label = text.split("=", 1)
        legacy[int(code)] = label.strip()
    return {
        "disorder_types": [{"name": n, "definition": ACLED_DISORDER_DEFINITIONS[n]} for n in data["disorder_types"]],
        "event_types": event_types,
        "sub_event_types": [{"name": s["sub_event_type"], "event_type": s["event_type"],
                             "disorder_type": s["disorder_type"], "precedence": s["hierarchy_rank_within_event_type"],
                             "definition": ACLED_SUB_EVENT_DEFINITIONS[s["sub_event_type"]]} for s in subs],
        "inter_codes": [{"code": int(code), "label": spec["label_acledR"], "label_2024": spec["label_2024plus"]}
                        for code, spec in sorted(data["inter_codes"].items(), key=lambda kv: int(kv[0]))],
        "interaction_codes": [{"code": int(code), "label": label, **({"label_legacy": legacy[int(code)]} if int(code) in legacy else {})}
                              for code, label in sorted(data["interaction_codes"].items(), key=lambda kv: int(kv[0]))],
        "export_columns": {"acled_2025": data["columns_export_2025"], "acled_2022_api": data["columns_export_2022_api"]},
        "notes": list(ACLED_NOTES),
    }


# =========================================================================== TABARI actor files

@dataclass
class Block:
    """One TABARI actor block as read: its head, aliases and raw code strings."""
    head: str
    aliases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    line: int = 0


_CODE = re.compile(r"\[([^\[\]]*)\]")
_BRACES = re.compile(r"\{[^{}]*\}")


def strip_comments(line: str) -> str:
    """TABARI comments: '#' and ';' to the end of the line, '{...}' inline."""
    line = line.split("#", 1)[0]
    if ";" in line:
        line = line.split(";", 1)[0]
    return _BRACES.sub(" ", line)


def split_codes(line: str) -> tuple[str, list[str]]:
    """'NAME_ [SYRGOV >000717] junk' -> ('NAME_', ['SYRGOV >000717']); text after codes is dropped."""
    first = line.find("[")
    if first < 0:
        return line.strip(), []
    return line[:first].strip(), [m.group(1).strip() for m in _CODE.finditer(line)]


_LABEL = re.compile(r":\s")      # 'Source: MNC.MLH.actors': a section label, not a name


def parse_tabari_actors(lines: list[str]) -> list[Block]:
    """Blocks as PETRARCH reads them: a head line opens a block once the previous block has
    codes; until then further head lines are synonyms of the open block (LEONID_BREZHNEV_,
    LEONID_ILYICH_BREZHNEV, ... then the code lines they share)."""
    blocks: list[Block] = []
    for number, raw in enumerate(lines, 1):
        line = strip_comments(raw)
        if not line.strip():
            continue
        phrase, codes = split_codes(line)
        if _LABEL.search(phrase):
            continue
        if phrase.startswith("+"):
            if blocks:                      # an alias before any head has nothing to join
                blocks[-1].aliases.append(phrase[1:].strip())
                blocks[-1].codes += codes
        elif phrase and not raw[:1].isspace() and (not blocks or blocks[-1].codes):
            blocks.append(Block(head=phrase, codes=list(codes), line=number))
        elif blocks:
            if phrase:                      # indented, or a head while the block has no code yet
                blocks[-1].aliases.append(phrase)
            blocks[-1].codes += codes
    return blocks


# ---------------------------------------------------------------- codes and dates

# Whole-code and part-level repairs of Phoenix codes (typos and retired codes).
CODE_FIXES = {"NGOEEURENV": "NGOEEUENV"}
PART_FIXES = {"FRN": "FRA", "BGH": "BGD", "TRK": "TUR", "ANG": "AGO", "UER": "EUR", "MDE": "MEA",
              "IMY": "IMN", "USR": "SUN", "FRY": "SCG", "DPI": "", "CES": "CEM"}
# Groups the Phoenix coder left with the placeholder country KKL; INT where the country is unclear.
KKL_COUNTRIES = parse_table("""
AL_INTIQAMI_AL_PAKISTANI|PAK
PEOPLE_REVOLUTIONARY_ARMY_COLOMBIA|COL
PEOPLE_LIBERATION_FORCES_EL_SALVADOR|SLV
PEOPLE_REVOLUTIONARY_ARMY_ARGENTINA|ARG
SEPTEMBER_FRANCE|FRA
NEW_AFRIKAN_FREEDOM_FIGHTERS|USA
UYGUR_HOLY_WAR_ORGANIZATION|CHN
OKLAHOMA_CITY_BOMBING_CONSPIRATORS|USA
ARNOLDO_CAMU_COMMAND|CHL
ISLAMIC_MOVEMENT_OF_UZBEKISTAN|UZB
LEBANESE_SOCIALIST_REVOLUTIONARY_ORGANIZATION|LBN
ARMY_FOR_THE_LIBERATION_OF_RWANDA|RWA
SHEIKH_AHMED_YASSIN_BRIGADES|PSE
""")
# Malformed Phoenix dates -> the date they evidently meant (other unreadable bounds are dropped).
DATE_FIXES = {"9008223": "900823", "201005011": "20100511", "1920030320": "20030320",
              "1920050709": "20050709"}
RANGE_FIXES = {"20121207-20120802": "20111207-20120802"}   # Kamal Ganzouri's second term as PM
# CODE, then optionally: >date (from), <date (until), date (from: "[USAGOV 19820101] # entered
# Foreign Service"), or date-date
_DATED = re.compile(r"^(?P<code>[A-Z0-9~-]+)\s*(?:(?P<op>[<>]?)\s*(?P<one>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+))?$")


def parse_date(digits: str) -> dt.date | None:
    try:
        if len(digits) == 6:
            year = int(digits[:2])
            return dt.date(2000 + year if year < 30 else 1900 + year, int(digits[2:4]), int(digits[4:6]))
        if len(digits) == 8:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    return None


@dataclass
class CodeContext:
    """What a code repair needs to know about its entry, and where it records what it did."""
    entry_id: str
    prefixes: frozenset[str]
    parts: frozenset[str]
    notes: list[str]


def repair_code(code: str, ctx: CodeContext) -> str | None:
    """A Phoenix code in the project's grammar, or None when nothing usable is left."""
    original = code
    code = CODE_FIXES.get(code, code)
    code = re.sub(r"\d+", "", code)                      # CHRPRO214: denomination numbers
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    parts = [PART_FIXES.get(p, p) for p in parts]
    if parts and parts[0] == "KKL":
        parts[0] = KKL_COUNTRIES.get(ctx.entry_id, "INT")
    parts = [p for p in parts if p]
    if parts and parts[0] not in ctx.prefixes and parts[0] in ctx.parts:
        parts.insert(0, "INT")                          # [MED], [ELI], HINRAD: no prefix
    code = "".join(parts)
    if code != original:
        ctx.notes.append(f"code {original} -> {code}")
    return code or None


def parse_code(text: str, ctx: CodeContext) -> dict | None:
    """'SYRGOV >000717' -> {'code': 'SYRGOV', 'from': date(2000, 7, 17)}; None for [---]."""
    text = " ".join(text.split())
    for wrong, right in [*RANGE_FIXES.items(), *DATE_FIXES.items()]:
        if re.search(rf"\b{wrong}\b", text):
            text = re.sub(rf"\b{wrong}\b", right, text)
            ctx.notes.append(f"malformed date {wrong} read as {right}")
    match = _DATED.match(text)
    if not match or match["code"].strip("-~") == "":
        if text.strip("- ") and match is None:
            ctx.notes.append(f"unreadable code [{text}] dropped")
        return None
    code = repair_code(match["code"].strip("~"), ctx)
    if code is None:
        return None
    start = end = None
    if match["one"]:
        bound = parse_date(match["one"])
        if bound is None:
            ctx.notes.append(f"{code}: unreadable date {match['one']} dropped")
        elif match["op"] == "<":
            end = bound
        else:
            start = bound
    elif match["start"]:
        start, end = parse_date(match["start"]), parse_date(match["end"])
        for raw, value in ((match["start"], start), (match["end"], end)):
            if value is None:
                ctx.notes.append(f"{code}: unreadable date {raw} dropped")
        if start and end and start == end:               # a one-day office (acting heads)
            end = start + dt.timedelta(days=1)
        elif start and end and not start < end:
            ctx.notes.append(f"{code}: dates {match['start']}-{match['end']} out of order, dropped")
            start = end = None
    dated = {"code": code}
    if start:
        dated["from"] = start
    if end:
        dated["until"] = end
    return dated


# ---------------------------------------------------------------- names

_ACRONYM = re.compile(r"^(?P<base>.*?)[\s_]*\((?P<acronym>[A-Za-z]{2,8})_?\)[\s_]*$")


def block_names(phrases: Iterable[str]) -> list[str]:
    """All normal-form names of a block's phrases, with ASCII twins and 'name (ACR)' bases."""
    names: list[str] = []
    for phrase in phrases:
        if phrase.count("(") > phrase.count(")"):        # 'STANKO_TODOROV (ACTING_'
            phrase = phrase[:phrase.rfind("(")]
        names += name_variants(phrase)
        match = _ACRONYM.match(phrase)
        if match and norm_name(match["base"])[:1] == match["acronym"][0].lower():
            names += name_variants(match["base"])
    return unique(n for n in names if n)


# ---------------------------------------------------------------- blocks -> entries

@dataclass
class Entry:
    id: str
    head: str
    names: list[str]
    codes: list[dict]
    notes: list[str]
    file: str = ""

    def code_key(self) -> tuple:
        return tuple((c["code"], c.get("from"), c.get("until")) for c in self.codes)

    def is_dated(self) -> bool:
        return any("from" in c or "until" in c for c in self.codes)

    def as_line(self) -> str:
        """The compact one-scalar form (schemas/actors.py): 'ID | names | codes | note'."""
        codes = ", ".join(c["code"] + (f" {c.get('from') or ''}..{c.get('until') or ''}"
                                       if "from" in c or "until" in c else "") for c in self.codes)
        line = f"{self.id} | {'; '.join(self.names)} | {codes}"
        return f"{line} | {'; '.join(unique(self.notes))}" if self.notes else line


def block_to_entry(block: Block, prefixes: frozenset[str], parts: frozenset[str]) -> Entry:
    """Names and repaired, dated codes of one block; the id is provisional (see assign_ids)."""
    names = block_names([block.head, *block.aliases])
    base_id = to_id(names[0] if names else block.head)
    notes: list[str] = []
    ctx = CodeContext(base_id, prefixes, parts, notes)
    codes = unique_codes(c for c in (parse_code(text, ctx) for text in block.codes) if c)
    return Entry(base_id, names[0] if names else "", names, codes, notes)


def assign_ids(entries: list[Entry]) -> None:
    """Ids are block heads; a head used by several blocks (with different codes) gets _2, _3."""
    used: dict[str, int] = {}
    for entry in entries:
        used[entry.id] = used.get(entry.id, 0) + 1
        if used[entry.id] > 1:
            entry.notes.insert(0, f"Phoenix has another block {entry.id} with other codes; id suffixed")
            entry.id = f"{entry.id}_{used[entry.id]}"


def part_codes(book: ActorCodeBook) -> set[str]:
    """Codes that may follow the first part of an actor code, apart from places."""
    return ({r.code for r in book.roles} | {g.code for g in book.groups} | {r.code for r in book.religions}
            | {e.code for e in book.ethnic_groups})


def unique_codes(codes: Iterable[dict]) -> list[dict]:
    seen, out = set(), []
    for code in codes:
        key = (code["code"], code.get("from"), code.get("until"))
        if key not in seen:
            seen.add(key)
            out.append(code)
    return out


def merge_repeated_blocks(entries: list[Entry]) -> list[Entry]:
    """Phoenix repeats many blocks (the International file lists most NGOs twice): a block with
    the same head and the same codes as an earlier one adds its names to it."""
    first: dict[tuple[str, tuple], Entry] = {}
    kept: list[Entry] = []
    for entry in entries:
        key = (entry.head, entry.code_key())
        earlier = first.get(key)
        if earlier is None:
            first[key] = entry
            kept.append(entry)
        else:
            earlier.names = unique(earlier.names + entry.names)
            earlier.notes += entry.notes
    return kept


def resolve_name_conflicts(entries: list[Entry]) -> None:
    """A name with different codes in several entries stays in one: the entry whose head it is,
    else the one with date-limited codes, else the first in file order."""
    holders: dict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        for name in entry.names:
            holders[name].append(index)
    for name, indexes in holders.items():
        if len({entries[i].code_key() for i in indexes}) < 2:
            continue
        keeper = min(indexes, key=lambda i: (entries[i].head != name, not entries[i].is_dated(), i))
        winner = entries[keeper]
        for i in indexes:
            if i != keeper and entries[i].code_key() != winner.code_key():
                entries[i].names.remove(name)
                where = "" if entries[i].file == winner.file else f"{winner.file} "
                entries[i].notes.append(f"name '{name}' left to {where}{winner.head!r} (different codes)")


def load_added_names(path: Path) -> dict[str, str]:
    """Names the hand-written added.yaml defines -> the id of its entry. Its names must be in
    the matcher's form already (a hand-typed "m23" would never match: the matcher reads m 23)."""
    if not path.exists():
        return {}
    added = ActorDictionary.from_yaml(path)
    wrong = [f"{entry.id}: {name!r} -> {normalise(name)!r}" for entry in added.actors for name in entry.names
             if normalise(name) != name]
    if wrong:
        raise ValueError("added.yaml names not in matching form:\n" + "\n".join(wrong))
    return {name: entry.id for entry in added.actors for name in entry.names}


# Phoenix names that news uses as ordinary words far more often than as the actor's name
DROPPED_ACTOR_NAMES = {
    **{name: "a common phrase Phoenix gave to one small or defunct group (1970s-1990s terror groups, "
                   "Gaztériak's 'youth'): 'Youth groups protested', 'the National Resistance' of Yemen, "
                   "'Central Command' of the IDF are not that group"
       for name in ("youth", "international solidarity", "national resistance", "new order", "order the", "free land",
                    "falcon", "national liberation movement", "islamic party", "islamic union", "islamic unity",
                    "islamic community", "islamic group", "revolutionary army", "revolutionary left",
                    "revolutionary brigades", "popular justice", "social resistance", "people command",
                    "fighters for freedom", "secret warriors", "national warriors", "action faction", "central command",
                    "secretary of state", "the holy men", "liberation battalion", "islamic society", "mujahideen army",
                    "national liberation union", "national liberation action", "national liberation alliance",
                    "armed resistance unit", "guerrilla resistance movement", "islamic resistance brigades",
                    "green battalion", "falcon brigades")},
    "senate": "every country with a bicameral legislature has one ('the Senate' in a Nigerian story is "
              "Nigeria's); an agent (LEG) takes the story's country instead",
    "national security council": "as 'senate': many states have one",
    "organization": "a common noun (Phoenix's TANZIM entry): 'International Organization for Migration' "
                    "is no Palestinian armed group",
    "al aqsa": "the mosque and compound far more often than the al-Aqsa Martyrs' Brigades, whose full "
               "names stay",
    "al aksa": "as 'al aqsa'",
    **{name: "many states have one ('Mexico's Defense Department said'); the United States' own keeps "
                   "'us defense department', 'pentagon' and 'dod', and an agent (MIL) takes the story's country"
       for name in ("defense department", "department of defense")},
    "north west": "a direction or another country's region ('the North-West region' of Cameroon, "
                  "'Benue North-West'), far more often than South Africa's North West province",
}


def _dropped_one_word_names() -> dict[str, str]:
    """scripts/phoenix_dropped_names.tsv: one-word names that usually mean something else."""
    path = Path(__file__).with_name("phoenix_dropped_names.tsv")
    rows = [line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {name.strip(): why.strip() for name, why in rows}


DROPPED_ACTOR_NAMES.update(_dropped_one_word_names())


def read_actor_file(lines: list[str], book: ActorCodeBook, added: dict[str, str],
                    file_name: str) -> tuple[list[Entry], dict[str, int]]:
    """One Phoenix actor file as entries, minus the names added.yaml defines."""
    parts = frozenset(part_codes(book))
    blocks = parse_tabari_actors(lines)
    entries = merge_repeated_blocks([block_to_entry(b, book.prefixes, parts) for b in blocks])
    stats = {"blocks": len(blocks), "repeated_blocks_merged": len(blocks) - len(entries), "superseded_names": 0}
    for entry in entries:
        entry.file = file_name
        kept = [n for n in entry.names if n not in added and n not in DROPPED_ACTOR_NAMES]
        for name in entry.names:
            if name in added:
                entry.notes.append(f"name '{name}' superseded by added.yaml {added[name]}")
            elif name in DROPPED_ACTOR_NAMES:
                entry.notes.append(f"name '{name}' dropped: {DROPPED_ACTOR_NAMES[name]}")
        stats["superseded_names"] += len(entry.names) - len(kept)
        entry.names = kept
        if file_name == "phoenix_countries.yaml":
            stats["added_demonym_plurals"] = stats.get("added_demonym_plurals", 0) + add_demonym_plurals(entry, added)
    return entries, stats


def add_demonym_plurals(entry: Entry, added: dict[str, str]) -> int:
    """'Kenyans', 'Iraqis', 'Syrians': Phoenix names a country's people by the adjective only
    ('kenyan'), so the plural news uses for its people is added to a country's own entry."""
    if not entry.codes or len({c["code"][:3] for c in entry.codes}) != 1 or all(len(c["code"]) != 3 for c in entry.codes):
        return 0      # a country's own entry (Iraq's is dated: IRQ, IRQOCC under occupation, IRQ again)
    plurals = [n + "s" for n in entry.names if " " not in n and len(n) > 4 and n.endswith(("an", "i"))
               and n + "s" not in entry.names and n + "s" not in added]
    if plurals:
        entry.names = entry.names + plurals
        entry.notes.append("plural demonyms added: " + ", ".join(plurals))
    return len(plurals)


def actor_document(entries: list[Entry], stats: dict[str, int], source: str) -> dict:
    """Entries that kept a name and a code, with their final ids, as a dictionary document."""
    kept = [e for e in entries if e.names and e.codes]
    assign_ids(kept)
    stats["dropped_no_code"] = sum(1 for e in entries if e.names and not e.codes)
    stats["dropped_no_name"] = sum(1 for e in entries if not e.names)
    stats["entries"] = len(kept)
    stats["names"] = sum(len(e.names) for e in kept)
    return {"source": source, "licence": PHOENIX_LICENCE, "actors": [e.as_line() for e in kept]}


def build_actor_dictionaries(ref: Path, book: ActorCodeBook, added: dict[str, str]) -> dict[str, tuple[dict, dict]]:
    """The three Phoenix files. A name with different codes in several blocks, of one file or of
    several, stays in one block (resolve_name_conflicts), so every name has one meaning."""
    per_file = {target: read_actor_file(read_lines(ref / "phoenix" / source), book, added, target)
                for target, source in ACTOR_FILES}
    resolve_name_conflicts([e for entries, _ in per_file.values() for e in entries])
    return {target: (actor_document(entries, stats, f"{PHOENIX_SOURCE}: {source}"), stats)
            for (target, source), (entries, stats) in zip(ACTOR_FILES, per_file.values())}


# =========================================================================== agents

SUBSTITUTION = re.compile(r"^!(?P<name>[A-Z]+)!\s*=\s*(?P<values>.+)$")
STEMS = {"MINIST": ("MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"),
         "AUTHORIT": ("AUTHORITY", "AUTHORITIES"), "COMPAN": ("COMPANY", "COMPANIES"),
         "INDUSTR": ("INDUSTRY", "INDUSTRIES")}
UNCOUNTABLE = frozenset({"police", "people", "personnel", "staff", "clergy", "media", "press", "rabble",
                         "intelligence", "security", "leadership", "gentry", "youth", "soldiery", "infantry",
                         "artillery", "cavalry", "aviation", "gendarmerie", "gendarmery"})
_AGENT_CODE = re.compile(r"\[(?P<pre>~?)(?P<code>[A-Z]*)(?P<post>~?)[\]}]")
_AGENT_PLURALS = re.compile(r"\{(?P<forms>[^{}]*)\}")
# Agent nouns of conflict reporting; each is added only when Phoenix (with generated plurals)
# lacks it, so the list also guards the nouns the coder relies on.
ADDED_AGENTS = (
    ("senate", "LEG"), ("national security council", "GOV"), ("leader of the opposition", "OPP"),
    ("forces", "MIL"), ("government forces", "GOVMIL"), ("government troops", "GOVMIL"),
    ("pro government forces", "UAF"), ("pro government militias", "UAF"), ("protestors", "CVL"),
    ("aid worker", "CVL"), ("aid workers", "CVL"), ("humanitarian workers", "CVL"),
    ("displaced people", "REF"), ("internally displaced people", "REF"), ("idps", "REF"),
    ("health ministry", "GOVHLH"), ("defence ministry", "GOVMIL"), ("defense ministry", "GOVMIL"),
    ("state news agency", "GOVMED"), ("troops", "MIL"), ("fighters", "UAF"), ("jihadists", "INSMUS"),
    ("paramilitaries", "MIL"), ("militia", "UAF"), ("warplanes", "MIL"), ("air force", "MIL"),
    ("jets", "MIL"), ("fighter jets", "MIL"), ("military aircraft", "MIL"), ("helicopter gunships", "MIL"),
    ("aircraft", "MIL"), ("commissioner", "GOV"), ("commissioners", "GOV"), ("county commissioner", "GOV"),
    ("administrator", "GOV"), ("administrators", "GOV"), ("prefect", "GOV"), ("presidency", "GOV"),
    ("armed youth", "UAF"), ("armed youths", "UAF"), ("youths", "CVL"), ("youth", "CVL"),
    # UN and French-language usage: "unidentified armed elements ambushed a patrol"
    ("armed elements", "UAF"), ("unidentified armed elements", "UAF"), ("unidentified elements", "UAF"),
    ("unknown armed elements", "UAF"), ("armed element", "UAF"),
    ("faction", "UAF"), ("factions", "UAF"), ("armed factions", "UAF"), ("armed faction", "UAF"),
    ("occupation", "MIL"), ("occupation forces", "MIL"), ("occupation army", "MIL"),
    ("armed herders", "UAF"), ("herdsmen", "AGR"), ("armed herdsmen", "UAF"), ("herders", "AGR"),
    ("resistance forces", "REB"), ("resistance fighters", "REB"), ("resistance force", "REB"),
    ("maoist", "REB"), ("maoist rebels", "REB"), ("maoist insurgents", "REB"), ("maoists", "REB"),
    ("officers", "COP"), ("police officers", "COP"), ("policemen", "COP"), ("gendarmes", "COP"), ("gendarme", "COP"),
    ("riot police", "COP"), ("anti riot units", "COP"), ("riot units", "COP"),
    ("protest movement", "OPP"), ("protest movements", "OPP"), ("protest leaders", "OPP"),
    ("crowd", "CVL"), ("crowds", "CVL"), ("angry crowd", "CVL"), ("angry crowds", "CVL"),
    ("security agencies", "COP"), ("security agency", "COP"), ("security services", "SPY"),
    ("self defense brigades", "UAF"), ("self defence brigades", "UAF"), ("self defense groups", "UAF"),
    ("self defence groups", "UAF"), ("self defense group", "UAF"), ("self defence group", "UAF"),
    ("vigilantes", "UAF"), ("vigilante groups", "UAF"), ("vigilante group", "UAF"),
    ("spiritual leader", "REL"), ("spiritual leaders", "REL"),
    ("cabinet secretary", "GOV"), ("interior cs", "GOV"), ("official", "GOV"), ("officials", "GOV"),
    # military ranks: "Lt. Col. Dante Alvarado said" is an army officer ("Col. Willy Ngoma, M23
    # spokesman" stays M23's: a named group's code outranks an agent's)
    ("colonel", "MIL"), ("colonels", "MIL"), ("lieutenant colonel", "MIL"), ("lt col", "MIL"), ("col", "MIL"),
    ("brigadier", "MIL"), ("brigadier general", "MIL"), ("brig gen", "MIL"), ("major general", "MIL"),
    ("maj gen", "MIL"), ("mgen", "MIL"), ("lieutenant general", "MIL"), ("lt gen", "MIL"), ("ltgen", "MIL"),
    ("ultras", "REB"),       # Indian English for insurgents ("Maoist ultras", "NSCN ultras")
    ("ombudsman", "HRI"), ("ombudsman s office", "HRI"),
    # Latin America's ombudsman ("the Defensoría accused both factions of ...")
    ("defensoria del pueblo", "HRI"), ("defensoria", "HRI"), ("defensoría del pueblo", "HRI"), ("defensoría", "HRI"),
    # what a state calls the insurgents it fights: the TTP in Pakistan, al-Shabaab in Somalia
    ("khawarij", "INS"), ("khwarij", "INS"), ("kharijis", "INS"),
    ("opposition movement", "OPP"), ("opposition movements", "OPP"), ("civic leaders", "OPP"),
    ("community leader", "CVL"), ("community leaders", "CVL"), ("gang members", "CRM"), ("gang member", "CRM"),
    ("sicarios", "CRM"), ("hitmen", "CRM"),
    ("relatives", "CVL"), ("families", "CVL"), ("family", "CVL"), ("family members", "CVL"), ("inmates", "CVL"), ("prisoners", "CVL"),
    ("prison guards", "COP"), ("prison officers", "COP"), ("prison staff", "COP"),
    # 2025-11 review: generic actor nouns of conflict and protest news Phoenix lacks (each checked)
    ("joint force", "MIL"), ("joint forces", "MIL"),
    # 2026-11: a force's command speaking for it ("The Joint Command rejected the accusation")
    ("general staff", "MIL"), ("joint command", "MIL"), ("army command", "MIL"), ("military command", "MIL"),
    ("high command", "MIL"), ("task force", "MIL"), ("joint task force", "MIL"), ("paratroopers", "MIL"), ("troopers", "MIL"), ("jawans", "MIL"), ("guardsmen", "MIL"),
    ("presidential guard", "MIL"), ("coastguard", "MIL"), ("regime forces", "GOVMIL"), ("investigators", "COP"),
    ("security men", "COP"), ("security agents", "COP"), ("security operatives", "COP"), ("federal agents", "COP"),
    ("immigration agents", "COP"), ("ice agents", "COP"), ("border police", "COP"), ("shabiha", "UAF"),
    ("traditional hunters", "UAF"), ("armed civilians", "UAF"), ("warlord", "UAF"), ("warlords", "UAF"),
    ("loyalists", "UAF"), ("attackers", "UAF"), ("terror group", "UAF"),
    # tribal fighters (Papua New Guinea's highlands, Karamoja, South Sudan's cattle camps)
    ("warriors", "UAF"), ("warrior", "UAF"), ("armed warriors", "UAF"),
    # Madagascar's cattle rustlers, written in lower case as a common noun ("about 40 dahalo attacked")
    ("dahalo", "CRM"),
    ("opposition fighters", "OPPUAF"), ("armed opposition", "REB"), ("putschists", "REB"), ("secessionists", "SEP"),
    ("islamist militants", "MUSUAF"), ("islamist fighters", "MUSUAF"), ("mujahideen", "UAFMUS"),
    ("cultists", "CRM"), ("narcos", "CRM"), ("sicario", "CRM"), ("thugs", "CRM"), ("hooligans", "CRM"),
    ("goons", "CRM"), ("hoodlums", "CRM"), ("poachers", "CRM"), ("cattle raiders", "CRM"),
    # 2026-12: the accused of officials' charges ("accused drug trafficking networks of organising the
    # attacks", "accused armed individuals of exploiting the chaos")
    ("trafficking networks", "CRM"), ("trafficking network", "CRM"), ("drug trafficking networks", "CRM"),
    ("drug networks", "CRM"), ("crime networks", "CRM"), ("organised crime", "CRM"), ("organised crime groups", "CRM"),
    ("organized crime groups", "CRM"), ("armed individuals", "UAF"), ("masked men", "UAF"), ("masked gunmen", "UAF"),
    # 2026-12: unnamed sources of a side ("a security source in Niamey blamed JNIM")
    ("security source", "MIL"), ("security sources", "MIL"), ("military source", "MIL"), ("military sources", "MIL"),
    ("army source", "MIL"), ("army sources", "MIL"), ("police source", "COP"), ("police sources", "COP"),
    # "the regional director of health condemned the abduction"
    ("director of health", "GOVHLH"), ("directors of health", "GOVHLH"), ("health director", "GOVHLH"),
    ("health directors", "GOVHLH"),
    ("illegal miners", "CRM"), ("suspects", "CRM"), ("locals", "CVL"), ("bystanders", "CVL"), ("motorists", "CVL"),
    ("driver", "CVL"), ("drivers", "CVL"), ("motorist", "CVL"),
    ("boy", "CVL"), ("boys", "CVL"), ("teenagers", "CVL"), ("parents", "CVL"), ("hostages", "CVL"),
    ("captives", "CVL"), ("prisoner", "CVL"), ("inmate", "CVL"), ("seafarers", "CVL"), ("crew", "CVL"),
    ("supporters", "CVL"), ("security guards", "CVL"),
    ("schoolchildren", "EDU"), ("schoolgirls", "EDU"), ("schoolboys", "EDU"), ("tribesmen", "CVL"),
    ("tribesman", "CVL"), ("clansmen", "CVL"), ("elders", "CVL"), ("tribal leaders", "CVL"),
    ("tribal leader", "CVL"), ("elder", "CVL"), ("clan elder", "CVL"), ("clan elders", "CVL"),
    ("tribal elder", "CVL"), ("tribal elders", "CVL"), ("village elder", "CVL"), ("village elders", "CVL"),
    ("tribal chief", "CVL"), ("local leader", "CVL"), ("local leaders", "CVL"), ("witness", "CVL"),
    ("witnesses", "CVL"), ("survivor", "CVL"), ("survivors", "CVL"),
    # Thailand's and Pakistan's paramilitary rangers (Thahan Phran, Sindh and Punjab Rangers); a park's
    # rangers are its wardens
    ("ranger", "MIL"), ("rangers", "MIL"), ("paramilitary rangers", "MIL"), ("park rangers", "GOV"),
    ("park ranger", "GOV"), ("wildlife rangers", "GOV"),
    ("traditional rulers", "CVL"), ("traditional ruler", "CVL"), ("traditional leaders", "CVL"),
    ("village head", "GOV"), ("village heads", "GOV"), ("village chief", "GOV"), ("headman", "GOV"),
    ("miners", "LAB"), ("miner", "LAB"), ("truck drivers", "LAB"), ("taxi drivers", "LAB"),
    ("truckers", "LAB"), ("okada riders", "LAB"), ("boda boda riders", "LAB"), ("labourers", "LAB"),
    ("unions", "LAB"), ("union leaders", "LAB"), ("vendors", "BUS"), ("herder", "AGR"), ("pastoralists", "AGR"),
    ("health workers", "HLH"), ("healthcare workers", "HLH"), ("medical staff", "HLH"), ("paramedics", "HLH"),
    ("vaccinators", "HLH"), ("health authorities", "GOVHLH"),
    ("health office", "GOVHLH"), ("health offices", "GOVHLH"), ("health directorate", "GOVHLH"),
    ("health bureau", "GOVHLH"), ("civil defence", "GOV"), ("civil defense", "GOV"),
    ("aid agencies", "NGODEV"), ("aid agency", "NGODEV"), ("humanitarian agencies", "NGODEV"),
    ("humanitarian organisations", "NGODEV"), ("humanitarian organizations", "NGODEV"),
    ("aid organizations", "NGODEV"), ("photographer", "MED"), ("photographers", "MED"), ("photojournalist", "MED"),
    ("cameraman", "MED"), ("media workers", "MED"), ("state television", "GOVMED"), ("state tv", "GOVMED"),
    ("state broadcaster", "GOVMED"), ("pastor", "CHR"), ("pastors", "CHR"), ("nuns", "CHR"), ("churchgoers", "CHR"),
    ("devotees", "REL"), ("ulema", "MUS"), ("protestor", "CVL"), ("marchers", "CVL"), ("agitators", "OPP"),
    ("counterprotesters", "OPP"), ("hunger strikers", "OPP"), ("gen z", "OPP"), ("opposition figures", "OPP"),
    ("opposition members", "OPP"), ("opposition groups", "OPP"), ("opposition politicians", "OPP"),
    ("opposition", "OPP"),   # "accused the opposition of": the opposition as a body
    ("air vectors", "MIL"), ("aerial vectors", "MIL"), ("air component", "MIL"),   # Sahel army communiqués: "Air vectors destroyed two bases"
    ("councillor", "GOV"), ("councillors", "GOV"), ("aides", "GOV"), ("candidate", "PTY"), ("candidates", "PTY"),
    ("cadres", "PTY"), ("party workers", "PTY"), ("party officials", "PTY"), ("party supporters", "PTY"),
    ("ruling party supporters", "PTY"), ("judicial officials", "JUD"), ("war monitor", "HRI"),
    ("monitoring group", "HRI"),
    # 2026-12: South Asia's word for armed robber gangs ("dacoits attacked a police picket"), and the
    # pensioners whose weekly protests are news in Argentina and elsewhere; shepherds are herders
    ("dacoit", "CRM"), ("dacoits", "CRM"), ("pensioners", "CVL"), ("pensioner", "CVL"),
    ("retirees", "CVL"), ("retiree", "CVL"), ("shepherds", "AGR"), ("shepherd", "AGR"),
    # the minister or secretary of (public) security, Latin America's and Africa's police ministry,
    # and the growers of a crop ("lime grower", "avocado growers"): farmers by another name
    ("security minister", "GOV"), ("security ministry", "GOV"), ("minister of security", "GOV"),
    ("ministry of security", "GOV"), ("security secretary", "GOV"), ("security secretariat", "GOV"),
    ("public security secretary", "GOV"), ("public security minister", "GOV"),
    ("public security ministry", "GOV"), ("public security secretariat", "GOV"),
    ("grower", "AGR"), ("growers", "AGR"),
    # those who call a protest speak for the protesters ("Protest organisers accused the police of ...")
    ("organisers", "CVL"), ("organizers", "CVL"), ("protest organisers", "CVL"), ("protest organizers", "CVL"),
    ("organiser", "CVL"), ("organizer", "CVL"),
    # one member of the opposition, and Kenya's Members of County Assembly ("Faza Ward MCA ... accused")
    ("opposition member", "OPP"), ("mca", "LEG"), ("mcas", "LEG"), ("member of county assembly", "LEG"),
    ("members of county assembly", "LEG"),
    # Latin America's peasant farmers and coca growers, and the cooperatives they (and small miners)
    # organise in: a cooperative is a civilian body, whatever it farms or mines
    ("campesino", "AGR"), ("campesinos", "AGR"), ("cocalero", "AGR"), ("cocaleros", "AGR"),
    ("cooperative", "CVL"), ("cooperatives", "CVL"),
    # those who block a road in protest, like protesters, are civilians (see "protesters" below)
    ("blockaders", "CVL"), ("blockader", "CVL"),
    # the leaders and committees of a camp for the displaced speak for its people
    ("camp leaders", "CVL"), ("camp leader", "CVL"), ("camp committee", "CVL"), ("camp residents", "CVL"),
    # South Asia's Members of the Legislative Assembly ("the residence of the Khurai MLA")
    ("mla", "LEG"), ("mlas", "LEG"), ("member of the legislative assembly", "LEG"),
    # "accused Meitei radical groups of provoking the firing": radicals, as CAMEO names them
    ("radical groups", "RAD"), ("radical group", "RAD"), ("radicals", "RAD"), ("radical elements", "RAD"),
    # "the executive secretary of the federation": in news of strikes and marches a federation is
    # the workers' or growers' union
    ("federation", "LAB"), ("federations", "LAB"), ("confederation", "LAB"),
    # 2026-12: who speaks for a victim's family ("A brother of the owner denied ..."), the owner of
    # a bar or shop named in an accusation, and Latin America's ministries ("The secretariat blamed")
    ("brother", "CVL"), ("brothers", "CVL"), ("sister", "CVL"), ("sisters", "CVL"), ("father", "CVL"),
    ("mother", "CVL"), ("son", "CVL"), ("daughter", "CVL"), ("widow", "CVL"), ("husband", "CVL"),
    ("wife", "CVL"), ("cousin", "CVL"), ("nephew", "CVL"), ("uncle", "CVL"),
    ("owner", "BUS"), ("owners", "BUS"), ("farm owner", "AGR"), ("livestock owners", "AGR"),
    ("secretariat", "GOV"),
    # a country's troops in a multinational mission ("the main base of the Djiboutian contingent")
    ("contingent", "MIL"), ("contingents", "MIL"),
    # the Commonwealth's name for a national police ("the constabulary said")
    ("constabulary", "COP"),
    # West Africa's village self-defence ("the coordinator of the vigilance committees rejects that")
    ("vigilance committee", "UAF"), ("vigilance committees", "UAF"), ("vigilance group", "UAF"),
    ("vigilance groups", "UAF"),
    # the elected councils of local government ("The chairman of Takum local government council,
    # Ezekiel Tanko Ahmadu"): the local state, as a mayor is
    ("local government council", "GOV"), ("local government councils", "GOV"), ("local council", "GOV"),
    ("local councils", "GOV"), ("town council", "GOV"), ("city council", "GOV"), ("municipal council", "GOV"),
    ("county council", "GOV"), ("district council", "GOV"), ("council chairman", "GOV"),
    ("council chairperson", "GOV"), ("council chairwoman", "GOV"),
    # Papua New Guinea's and Nigeria's riot police units ("accused the mobile squad of shooting")
    ("mobile squad", "COP"), ("mobile squads", "COP"), ("police mobile squad", "COP"),
    ("police mobile squads", "COP"), ("mobile police", "COP"),
    # the office that speaks for a force or a ministry ("The LAAF General Command's media office
    # blamed ..."): the body's voice, as its spokesman is; with no body named, the state's
    ("media office", "GOV"), ("media offices", "GOV"), ("press office", "GOV"), ("press offices", "GOV"),
    ("media wing", "GOV"), ("press service", "GOV"), ("media department", "GOV"), ("media centre", "GOV"),
    ("media center", "GOV"), ("media cell", "GOV"), ("information department", "GOV"),
)


# Phoenix agent names that name a place, not people: "the village of Um Sumeima" is where an
# attack happened, never who carried it out or who suffered it.
# Phoenix lines whose code the CAMEO actor codebook has a more exact role for:
# Phoenix code -> (names that identify the line, new code, why)
RECODED_AGENTS = {"REB": (frozenset({"separatist", "separatists", "separatist group", "separatist militant"}), "SEP",
                          "CAMEO's SEP role (separatist rebels) names them exactly"),
                  "CVL": (frozenset({"settler", "settlers", "colonist", "colonists"}), "SET",
                          "CAMEO's SET role (settlers) names them exactly"),
                  "UAF": (frozenset({"militant", "militants", "terrorist", "terrorists"}), "INS",
                          "CAMEO's INS role (insurgents): news calls armed opponents of a state militants "
                          "or terrorists, and careful coders code them as insurgents, not an unidentified group"),
                  "UAFMUS": (frozenset({"jihadist", "jihadists"}), "INSMUS",
                             "as for militants: 'jihadists stormed an army post' are insurgents against the "
                             "state, and careful coders code them so, not as an unidentified group"),
                  "SPY": (frozenset({"operative", "operatives"}), "COP",
                          "news of raids and shootouts ('pursuing operatives', 'operatives of the police "
                          "tactical squad') uses the word for police officers, not spies"),
                  "MED": (frozenset({"spokesman", "spokesperson", "spokeswoman"}), "GOV",
                          "a spokesperson speaks for a body, not for the press: with no body named "
                          "('the spokesperson also accused New Delhi'), the state's"),
                  "CRM": (frozenset({"assailant", "assailants"}), "UAF",
                          "Phoenix codes the word both CRM and UAF; in conflict news the assailants of a village or "
                          "an army post are an armed group no one has named, as ACLED codes them (and as 'attackers' "
                          "is coded), not criminals"),
                  "OPP": (frozenset({"protester", "protesters", "demonstrator", "demonstrators"}), "CVL",
                          "ACLED codes the people in the street as 'Protesters (country)', civilians, and careful "
                          "coders do too; the opposition role stays for activists and opposition parties")}
DROPPED_AGENTS = frozenset({"village", "villages", "deputy", "deputies"})   # "Deputy Interior Minister": a rank, not police


def plural(word: str) -> str:
    """Regular English plural of a noun (Phoenix removed regular plurals from its agents)."""
    if word.endswith("man") and len(word) > 4 and word not in {"human", "german", "roman", "shaman", "ottoman"}:
        return word[:-3] + "men"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if word.endswith("fe"):
        return word[:-2] + "ves"
    return word + "s"


def is_plural_or_mass(word: str) -> bool:
    """Words not to pluralise: mass nouns and words that already look plural."""
    return word in UNCOUNTABLE or word.endswith("men") or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def expand_agent_phrase(phrase: str, sets: dict[str, tuple[str, ...]]) -> list[str]:
    """Substitution sets and stems -> concrete phrases (upper case, TABARI spelling)."""
    phrase = re.sub(r"(?<=[A-Z])!MINIST!(?=[A-Z])", "MINIST", phrase)   # AD!MINIST!RATION
    match = re.search(r"!([A-Z]+)!", phrase)
    if match:
        return [p for value in sets[match[1]] for p in expand_agent_phrase(
            phrase[:match.start()] + value + phrase[match.end():], sets)]
    words = re.split(r"([_ ]+)", phrase.strip("_ "))
    if words and words[-1] in STEMS:
        return ["".join(words[:-1]) + stem for stem in STEMS[words[-1]]]
    return [phrase]


def agent_forms(phrase: str, plurals: str | None, sets: dict[str, tuple[str, ...]]) -> list[str]:
    """Names of one agent line: the phrase(s), then their plurals (given, none, or regular)."""
    expanded = expand_agent_phrase(phrase, sets)
    names = [n for p in expanded for n in name_variants(p)]
    substituted = "!" in phrase or len(expanded) > 1
    if plurals is not None:
        names += [n for form in plurals.split() for n in name_variants(form.strip(", "))]
    elif not substituted:
        for name in list(names):
            words = name.split()
            if words and not is_plural_or_mass(words[-1]) and not words[-1].isdigit():
                names.append(" ".join(words[:-1] + [plural(words[-1])]))
    return unique(names)


@dataclass
class AgentLine:
    names: list[str]
    code: str
    prefix: bool
    notes: list[str] = field(default_factory=list)


def parse_agents(lines: list[str]) -> list[AgentLine]:
    sets: dict[str, tuple[str, ...]] = {}
    out: list[AgentLine] = []
    pending: list[str] = []                 # names on lines without a code: they take the next code
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        substitution = SUBSTITUTION.match(line)
        if substitution:
            sets[substitution["name"]] = tuple(v.strip() for v in substitution["values"].split(","))
            continue
        code = _AGENT_CODE.search(line)
        head = line[:code.start()] if code else line
        plurals = _AGENT_PLURALS.search(head)
        phrase = _AGENT_PLURALS.sub(" ", head).strip()
        names = agent_forms(phrase, plurals["forms"] if plurals else None, sets)
        if not code:
            pending += names
            continue
        notes = [f"names {pending} had no code in Phoenix and take this line's"] if pending else []
        out.append(AgentLine(unique(pending + names), code["code"], bool(code["post"]) and not code["pre"], notes))
        pending = []
    return out


def _ministry_without_government(line: AgentLine) -> bool:
    """'minister of environment' (ENV) where 'environment minister' is GOVENV: Phoenix left GOV out of
    some 'minister of X' lines."""
    return not line.prefix and "GOV" not in code_roles(line.code) and \
        all(n.split()[0] in {"minister", "ministers", "ministry", "ministries"} for n in line.names)


def build_agents(ref: Path) -> tuple[dict, dict[str, int]]:
    """One entry per Phoenix line; a name already coded by an earlier line keeps that code."""
    owner: dict[str, AgentLine] = {}
    kept: list[AgentLine] = []
    conflicts = 0
    for line in parse_agents(read_lines(ref / "phoenix" / "Phoenix.agents.txt")):
        if line.code in RECODED_AGENTS and any(n in RECODED_AGENTS[line.code][0] for n in line.names):
            line.notes.append(f"recoded from {line.code}: {RECODED_AGENTS[line.code][2]}")
            line.code = RECODED_AGENTS[line.code][1]
        if _ministry_without_government(line):
            line.notes.append(f"recoded from {line.code}: a minister or ministry is the government's, as "
                              f"Phoenix codes 'environment minister' GOV{line.code}")
            line.code = "GOV" + line.code
        names = []
        for name in line.names:
            if name in DROPPED_AGENTS:
                line.notes.append(f"'{name}' dropped: names a place or a rank, not people")
                continue
            first = owner.setdefault(name, line)
            if first is line:
                names.append(name)
            elif (first.code, first.prefix) != (line.code, line.prefix):
                conflicts += 1
                line.notes.append(f"'{name}' left to the earlier code {first.code}")
        line.names = names
        if names:
            kept.append(line)
    added = 0
    for name, code in ADDED_AGENTS:
        if name not in owner:
            owner[name] = AgentLine([name], code, False, ["added: not in Phoenix"])
            kept.append(owner[name])
            added += 1
    agents = []
    for line in kept:
        data = {"names": line.names, "code": line.code}
        if line.prefix:
            data["position"] = "prefix"
        if line.notes:
            data["note"] = "; ".join(line.notes)
        agents.append(data)
    stats = {"entries": len(agents), "names": sum(len(a["names"]) for a in agents), "added": added,
             "conflicting_names": conflicts}
    return {"source": f"{PHOENIX_SOURCE}: Phoenix.agents.txt", "licence": PHOENIX_LICENCE, "agents": agents}, stats


# =========================================================================== verb lexicon

# Verb-dictionary codes the taxonomy does not have -> where their patterns are filed.
VERB_CODE_FIXES = {"1213": ("121", "Phoenix code 1213 (reject judicial cooperation), which the taxonomy lacks"),
                   "176": ("170", "Phoenix code 176 (cyber attack), which the taxonomy lacks"),
                   "1952": ("195", "Phoenix wrote 1952, evidently 195")}
_VERB_BLOCK = re.compile(r"^---\s+(?P<head>\S+)\s+\[(?P<code>[^\]]*)\]\s*-*")
_VERB_LINE = re.compile(r"^(?P<verb>\+?[A-Z][A-Z_'.\-]*)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?")
_PATTERN = re.compile(r"^-\s*(?P<pattern>.*?)\s*\[(?P<code>[^\]]*)\]")


def third_person(verb: str) -> str:
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + ("es" if re.search(r"(s|x|z|ch|sh|o)$", verb) else "s")


def doubles_final(verb: str) -> bool:
    """Monosyllables ending consonant-vowel-consonant double it: ban -> banned, stop -> stopping."""
    last = re.split(r"-", verb)[-1]
    return bool(re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", last))


def past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    return verb + (verb[-1] if doubles_final(verb) else "") + "ed"


def gerund(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    return verb + (verb[-1] if doubles_final(verb) else "") + "ing"


def verb_forms(verb: str, given: str | None) -> list[str]:
    """'HURRY', 'HURRIES HURRYING HURRIED' -> [hurry, hurries, hurrying, hurried]; regular forms
    are generated when none are given; a multi-word verb inflects its first word."""
    base = verb.lstrip("+").lower()
    if given is not None:
        forms = [base] + [f.lstrip("+").lower() for f in given.split()]
    else:
        first, _, rest = base.partition("_")
        tail = "_" + rest if rest else ""
        forms = [base] + [f(first) + tail for f in (third_person, past, gerund)]
    return unique(n for form in forms for n in [norm_name(form)] if n)


def pattern_text(pattern: str) -> str:
    """TABARI pattern -> lowercase words with markers: '- * (TO {BANNED PARTIES}) $' -> '* to banned parties $'."""
    words = []
    for token in re.sub(r"[(){}]", " ", pattern).split():
        if token in {"*", "$", "+", "^", "%"}:
            words.append(token)
        elif token.startswith("&"):
            words.append("&" + token[1:].rstrip("_").lower())
        else:
            words.append(norm_name(token))
    return " ".join(w for w in words if w)


def parse_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line[1:].split()[0].rstrip("_").lower()
            synsets[current] = []
        elif line.startswith("+") and current:
            name = norm_name(line[1:].split("[")[0])
            if name and name not in synsets[current]:
                synsets[current].append(name)
    return synsets


@dataclass
class VerbBlock:
    """One TABARI verb block: its head lemma and code, its verbs, its patterns."""
    lemma: str
    code: str | None
    members: list[tuple[str, list[str], str | None]] = field(default_factory=list)   # lemma, forms, own code
    patterns: list[tuple[str, str]] = field(default_factory=list)                    # text, raw code


def parse_verb_blocks(lines: list[str]) -> list[VerbBlock]:
    """'---  HEAD [code] ---' opens a block; verb lines and '- pattern [code]' lines fill it."""
    blocks: list[VerbBlock] = []
    for raw in lines:
        line = raw.rstrip()
        head = _VERB_BLOCK.match(line)
        if head:
            code = head["code"].strip()
            blocks.append(VerbBlock(norm_name(head["head"]), None if code.strip("-") == "" else code))
            continue
        text = line.split("#", 1)[0].strip()
        if not text or not blocks:
            continue
        if text.startswith("-"):
            pattern = _PATTERN.match(text)
            if pattern:
                blocks[-1].patterns.append((pattern_text(pattern["pattern"].lstrip("- ")), pattern["code"].strip()))
            continue
        verb = _VERB_LINE.match(text)
        if verb:
            own = (verb["code"] or "").strip()
            blocks[-1].members.append((norm_name(verb["verb"].lstrip("+")), verb_forms(verb["verb"], verb["forms"]),
                                       own if own.strip("-") else None))
    return blocks


def file_code(code: str, known: set[str], what: str) -> tuple[str | None, str | None]:
    """A verb-dictionary code as filed in the lexicon ('080!' -> '080'), with a note saying
    `what` was moved when the code is not in the taxonomy."""
    code = re.sub(r"\D", "", code)
    if code in known:
        return code, None
    if code in VERB_CODE_FIXES:
        target, reason = VERB_CODE_FIXES[code]
        return target, f"{what}: {reason}, filed under {target}"
    return None, None


@dataclass
class VerbEntries:
    """Lexicon entries keyed by (code, lemma, default), filled block by block."""
    known_codes: set[str]
    synsets: dict[str, list[str]]
    items: dict[tuple[str, str, bool], dict] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=lambda: {
        "null_patterns": 0, "unknown_code_patterns": 0, "undefined_synset_patterns": 0})

    def entry(self, raw_code: str, lemma: str, forms: list[str], default: bool, what: str) -> dict | None:
        code, note = file_code(raw_code, self.known_codes, what)
        if code is None:
            return None
        item = self.items.setdefault((code, lemma, default), {
            "code": code, "lemma": lemma, "forms": [], "default": default,
            "phrases": [], "reverse_phrases": [], "notes": []})
        item["forms"] = unique(item["forms"] + forms)
        if note:
            item["notes"].append(note)
        return item

    def add_block(self, block: VerbBlock) -> None:
        """A verb's own code ([040:040]: also reversed), the block code for the verbs without
        one, and every pattern under its code(s) with all the block's verbs filling '*'."""
        for lemma, forms, own in block.members:
            if own:
                forward, _, backward = own.partition(":")
                self.entry(forward, lemma, forms, True, "the verb alone")
                reverse = self.entry(backward, lemma, forms, False, "the verb alone")
                if reverse is not None and "*" not in reverse["reverse_phrases"]:
                    reverse["reverse_phrases"].append("*")
        plain = unique(f for _, forms, own in block.members if own is None for f in forms)
        if block.code and plain:
            self.entry(block.code, block.lemma, plain, True, "the verb alone")
        all_forms = unique(f for _, forms, _ in block.members for f in forms)
        for text, raw_code in block.patterns:
            self.add_pattern(block.lemma, all_forms, text, raw_code)

    def add_pattern(self, lemma: str, forms: list[str], text: str, raw_code: str) -> None:
        forward, _, backward = raw_code.partition(":")
        if not forward.strip("-") and not backward.strip("-"):
            self.stats["null_patterns"] += 1
            return
        if any(w.startswith("&") and w[1:] not in self.synsets for w in text.split()):
            self.stats["undefined_synset_patterns"] += 1        # PETRARCH could not use them either
            return
        for part, field_name in ((forward, "phrases"), (backward, "reverse_phrases")):
            if not part.strip("-"):
                continue
            item = self.entry(part, lemma, forms, False, f"'{text}'")
            if item is None:
                self.stats["unknown_code_patterns"] += 1
            elif text not in item[field_name]:
                item[field_name].append(text)

    def verbs(self) -> list[dict]:
        verbs = [compact_verb(item) for item in self.items.values()]
        return sorted(verbs, key=lambda v: (event_sort_key(v["code"]), v["lemma"], not v.get("default", False)))


def compact_verb(item: dict) -> dict:
    """The YAML form: forms as one '; '-joined string, empty fields left out."""
    out = {"code": item["code"], "lemma": item["lemma"], "forms": "; ".join(item["forms"])}
    if item["default"]:
        out["default"] = True
    for key in ("phrases", "reverse_phrases"):
        if item[key]:
            out[key] = item[key]
    if item["notes"]:
        out["note"] = "; ".join(unique(item["notes"]))
    return out


def build_verb_lexicon(ref: Path, known_codes: set[str]) -> tuple[dict, dict[str, int]]:
    lines = read_lines(ref / "phoenix" / "CAMEO.2.0.txt")
    start = next(i for i, line in enumerate(lines) if "SYNONYM SETS" in line)
    verbs_at = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    end = next((i for i, line in enumerate(lines) if "TRANSFORMATIONS" in line), len(lines))
    lexicon = VerbEntries(known_codes, parse_synsets(lines[start:verbs_at]))
    for block in parse_verb_blocks(lines[verbs_at:end]):
        lexicon.add_block(block)
    verbs = lexicon.verbs()
    stats = dict(lexicon.stats, entries=len(verbs),
                 phrases=sum(len(v.get("phrases", [])) + len(v.get("reverse_phrases", [])) for v in verbs))
    document = {"source": f"{PHOENIX_SOURCE}: CAMEO.2.0.txt (verb patterns; synonym sets)",
                "licence": PHOENIX_LICENCE, "synsets": lexicon.synsets, "verbs": verbs}
    return document, stats


# =========================================================================== main

ACTOR_FILES = (
    ("phoenix_countries.yaml", "Phoenix.Countries.actors.txt"),
    ("phoenix_international.yaml", "Phoenix.International.actors.txt"),
    ("phoenix_nonstate.yaml", "Phoenix.MilNonState.actors.txt"),
)


ACTOR_LINE_HELP = ("# One entry per line: ID | name; name | CODE from..until, CODE | note (see schemas/actors.py).\n"
                   "# Dates: from inclusive, until exclusive; an undated code applies when no dated one covers the date.\n")
VERB_HELP = ("# forms: the verb forms, '; '-separated (one YAML scalar: the file loads faster).\n"
             "# Markers in phrases: * the verb, $ source actor, + target actor, ^ a skipped noun phrase,\n"
             "# % compound actor (source and target), &name a synonym set from `synsets`.\n")


def stats_header(stats: dict[str, int]) -> str:
    return "# conversion: " + ", ".join(f"{k} {v}" for k, v in stats.items()) + "\n"


def build(ref: Path, out: Path) -> dict[str, dict[str, int]]:
    """Build, validate and write every generated file; return per-file statistics."""
    report: dict[str, dict[str, int]] = {}
    events = build_event_codes(ref)
    CameoEventCodes.model_validate(events)
    dump_yaml(events, out / "cameo_events.yaml", "cameo/eventcodes.csv, quad_class.json, cameo_to_plover.json")
    report["cameo_events.yaml"] = {"codes": len(events["codes"])}

    actor_codes = build_actor_codes(ref)
    book = ActorCodeBook.model_validate(actor_codes)
    dump_yaml(actor_codes, out / "actor_codes.yaml", "cameo/*.csv")
    report["actor_codes.yaml"] = {"countries": len(actor_codes["countries"]), "roles": len(actor_codes["roles"])}

    acled = build_acled(ref)
    AcledTaxonomy.model_validate(acled)
    dump_yaml(acled, out / "acled.yaml", "acled/acled.json")
    report["acled.yaml"] = {"event_types": len(acled["event_types"]), "sub_event_types": len(acled["sub_event_types"])}

    added = load_added_names(out / "actors" / "added.yaml")
    dictionaries = {}
    sources = dict(ACTOR_FILES)
    for target, (document, stats) in build_actor_dictionaries(ref, book, added).items():
        dictionaries[target] = ActorDictionary.model_validate(document)
        dump_yaml(document, out / "actors" / target, f"phoenix/{sources[target]}",
                  stats_header(stats) + ACTOR_LINE_HELP, flow=False)
        report[target] = stats
    errors = validate_actor_codes(dictionaries, book)
    if errors:
        raise ValueError("invalid actor codes:\n" + "\n".join(errors[:50]))

    agents, stats = build_agents(ref)
    agent_dictionary = AgentDictionary.model_validate(agents)
    errors = validate_agent_codes(agent_dictionary, book)
    if errors:
        raise ValueError("invalid agent codes:\n" + "\n".join(errors[:50]))
    dump_yaml(agents, out / "agents.yaml", "phoenix/Phoenix.agents.txt", stats_header(stats))
    report["agents.yaml"] = stats

    verbs, stats = build_verb_lexicon(ref, {c["code"] for c in events["codes"]})
    VerbLexicon.model_validate(verbs)
    dump_yaml(verbs, out / "verb_lexicon.yaml", "phoenix/CAMEO.2.0.txt", stats_header(stats) + VERB_HELP)
    report["verb_lexicon.yaml"] = stats
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", nargs="?", type=Path, default=REPO.parent / "shared" / "reference",
                        help="reference data directory (default: ../shared/reference from the repo root)")
    parser.add_argument("--out", type=Path, default=REPO / "codebooks", help="codebooks directory to write")
    args = parser.parse_args(argv)
    report = build(args.reference.resolve(), args.out.resolve())
    for file_name, stats in report.items():
        print(f"{file_name}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
