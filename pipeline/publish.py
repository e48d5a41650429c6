"""Publish the codebook as one Markdown file and one self-contained HTML page.

Everything on the pages comes from the loaded codebook (pipeline.codebook.Codebook); the only
text written here is what the codebook files cannot say about the coder itself: the definitions
of the four modalities and the two events the coder emits outside the event rules.

Each section of the codebook is built once, by one small function, as a list of blocks
(paragraphs, bullet lists, tables, code, subheadings); `render_markdown` and `render_html` turn
the same blocks into the two formats, escaping every piece of text for its format.
"""
from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import __version__ as CODER_VERSION
from pipeline.codebook import Codebook

ADDITIONS_FILE = "added.yaml"     # the hand-made actor dictionary: listed in full
SAMPLE_ENTRIES = 12               # entries shown from each generated actor dictionary
EXAMPLE_WORDS = 6                 # trigger words shown per event rule
EXAMPLE_NOUNS = 8                 # agent nouns shown per role code
CUE_SAMPLE = 14                   # values shown per lexicon cue list

# The coder's modalities (schemas/event.py Modality, dataset column events.modality), defined as
# the gold annotations use them.
MODALITIES = {
    "asserted": "The text states that the event happened: the outlet reports it as fact, the actor "
                "acknowledges its own act, or the account is corroborated or comes from a neutral "
                "monitor (NGO, UN, media). The default.",
    "claimed": "The text reports the event as a party's claim that is contested or unverified: a "
               "belligerent blaming its enemy, an accusation, or a report hedged with 'allegedly', "
               "'reportedly', 'purportedly'. claimed_by holds who says so. The accusation itself is "
               "a separate asserted 111/112 event.",
    "denied": "A party denies the event or its part in it ('the army denied shelling the village'). "
              "claimed_by holds the denier; the denial itself is a separate asserted 016 event.",
    "hypothetical": "The event has not (yet) happened: it is threatened, planned, vowed, feared, "
                    "conditional or negated ('vowed to attack', 'did not fire'). Not a fact about "
                    "the world; left out of the ACLED and Phoenix views.",
}

CONFIDENCE_SAMPLE = 40

# Events the coder emits outside the event rules (pipeline/coder.py): CAMEO code -> explanation.
CODE_PATHS = {
    "112": ("accusation-by-claim/frame", "a party that says another party carried out an attack "
                                         "accuses it: 112 from the speaker to the perpetrator"),
    "190": ("casualty-report", "a casualty figure reported for an event told before "
                               "('SANA reported 107 cases of breathing difficulties')"),
}


# ------------------------------------------------------------------------ intermediate structure

@dataclass(frozen=True)
class Para:
    text: str      # prose; `backticks` mark code, as in the codebook's own comments


@dataclass(frozen=True)
class Bullets:
    items: Sequence[str]


Cell = str | tuple[str, ...]     # a tuple: several values, kept apart (one per line, or code chips)


@dataclass(frozen=True)
class Table:
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    code: frozenset[int] = frozenset()     # indexes of columns whose cells are codes/identifiers
    collapsed: str | None = None           # HTML: fold the table under this summary


@dataclass(frozen=True)
class Code:
    text: str
    summary: str = "Show"


@dataclass(frozen=True)
class Sub:
    """A subheading inside a section; listed in the table of contents."""
    title: str
    anchor: str


Block = Para | Bullets | Table | Code | Sub


@dataclass
class Section:
    title: str
    anchor: str
    blocks: list[Block] = field(default_factory=list)

    def subs(self) -> list[Sub]:
        return [b for b in self.blocks if isinstance(b, Sub)]


# ------------------------------------------------------------------------------- small helpers

def slug(*parts: object) -> str:
    text = "-".join(str(p) for p in parts).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def some(values: Iterable[object], limit: int) -> str:
    """'a, b, c … (+12 more)'."""
    values = [str(v) for v in values]
    if len(values) <= limit:
        return ", ".join(values)
    return ", ".join(values[:limit]) + f" … (+{len(values) - limit} more)"


def num(value: float) -> str:
    return f"{value:+.1f}" if value else "0.0"


def dated(code) -> str:
    """'SYRGOV from 2000-07-17 until 2024-12-08'; 'SYRELI'."""
    text = code.code
    if code.start:
        text += f" from {code.start}"
    if code.end:
        text += f" until {code.end}"
    return text


def part_labels(cb: Codebook) -> dict[str, str]:
    """Every 3-letter actor code part -> its label."""
    ac = cb.actor_codes
    labels: dict[str, str] = {}
    for items in (ac.ethnic_groups, ac.religions, ac.groups, ac.regions, ac.territories, ac.countries):
        labels.update({i.code: i.name for i in items})
    labels.update({r.code: r.label for r in ac.roles})
    return labels


def yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


# ------------------------------------------------------------------------------------- sections

def about(cb: Codebook) -> Section:
    m = cb.manifest
    files = [[key, path] for key, path in m.files.items()]
    return Section("About this codebook", "about", [
        Para(m.description.strip()),
        Table(["Field", "Value"], [["Version", m.version], ["Content hash", cb.content_hash],
                                   ["Licence", m.licence], ["Published by", f"eventcoder {CODER_VERSION}"]]),
        Para("Every coded event records the codebook version and content hash (`events.codebook_version`, "
             "`events.codebook_hash`). The content hash is a sha256 over every file below; this page "
             "is generated from them by `eventcoder codebook --out DIR`."),
        Table(["Part", "File"], files, code=frozenset({0, 1})),
        Table(["Dictionary", "Source", "Licence"],
              [["agents.yaml", cb.agents.source, cb.agents.licence or ""],
               ["verb_lexicon.yaml", cb.verb_lexicon.source, cb.verb_lexicon.licence or ""]]
              + [[f"actors/{name}", d.source, d.licence or ""] for name, d in cb.actors.items()],
              code=frozenset({0})),
    ])


def _allowed(column, lists: dict[str, list[str]], dataset) -> str:
    allowed = column.allowed
    if allowed is None:
        return ""
    if isinstance(allowed, list):
        return ", ".join(str(v) for v in allowed)
    values = lists.get(allowed, dataset.enums.get(allowed, []))
    if len(values) <= 12:
        return f"{allowed}: " + ", ".join(values)
    return f"{allowed}: {len(values)} values (see Value lists)"


def dataset_section(cb: Codebook) -> Section:
    ds, lists = cb.dataset, cb.value_lists()
    blocks: list[Block] = [
        Para(ds.description.strip()),
        Para(f"Dataset definition version {ds.version}: {len(ds.tables)} tables and {len(ds.views)} views "
             "of the DuckDB store. Every column carries its description as a COMMENT in DuckDB "
             "(`duckdb_columns()`). 'Feeds' names the ACLED or Phoenix export column it fills."),
    ]
    for table in ds.tables:
        blocks += [Sub(f"Table {table.name}", slug("table", table.name)),
                   Para(table.description.strip()),
                   Para("Primary key: " + ", ".join(f"`{key}`" for key in table.primary_key)),
                   Table(["Column", "Type", "Nullable", "Allowed values", "Description", "Feeds"],
                         [[c.name, c.type, yes_no(c.nullable), _allowed(c, lists, ds), c.description.strip(),
                           tuple(c.feeds)] for c in table.columns],
                         code=frozenset({0, 1}))]
    used = defaultdict(list)
    for table in ds.tables:
        for column in table.columns:
            if isinstance(column.allowed, str):
                used[column.allowed].append(f"{table.name}.{column.name}")
    names = list(dict.fromkeys([*ds.enums, *used]))
    blocks += [Sub("Value lists", "value-lists"),
               Para("Named lists of allowed values. Lists of the data model are DuckDB ENUM types; lists "
                    "taken from the codebook (CAMEO codes, ACLED types) are CHECK constraints."),
               Table(["List", "Kind", "Values", "Used by"],
                     [[name, "ENUM" if name in ds.enums else "codebook",
                       some(lists.get(name) or ds.enums.get(name, []), 12), tuple(used.get(name, []))]
                      for name in names], code=frozenset({0, 3}))]
    for view in ds.views:
        columns = re.findall(r'\bAS\s+"([^"]+)"', view.sql)
        blocks += [Sub(f"View {view.name}", slug("view", view.name)),
                   Para(view.description.strip()),
                   Para(f"Columns ({len(columns)}): " + ", ".join(columns)),
                   Code(view.sql.strip(), summary=f"SQL of {view.name}")]
    return Section("Dataset: tables, columns and views", "dataset", blocks)


def _rule_words(rule) -> str:
    return some(dict.fromkeys([*rule.verbs, *rule.nouns, *rule.phrases]), EXAMPLE_WORDS)


def _triggers_by_code(cb: Codebook) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for rule in cb.event_rules.rules:
        found[rule.cameo].append(f"{rule.id}: {_rule_words(rule)}")
    for code, (rule_id, what) in CODE_PATHS.items():
        found[code].append(f"{rule_id}: {what}")
    return found


def cameo_section(cb: Codebook) -> Section:
    ev = cb.events
    triggers = _triggers_by_code(cb)
    roots = [c for c in ev.codes if c.level == "root"]
    blocks: list[Block] = [
        Para(f"{len(ev.codes)} CAMEO event codes in {len(roots)} roots: 2-digit root codes, 3-digit base codes "
             "and 4-digit sub-codes. Each has a Goldstein score (-10 most conflictual to +10 most "
             "cooperative) and a quad class. 'Coder rules' gives, for the codes the coder emits, the "
             "event rule id and example trigger words (see Event rules)."),
        Sub("Quad classes", "quad-classes"),
        Table(["Quad class", "Label"], [[str(k), v] for k, v in sorted(ev.quad_class_convention.items())],
              code=frozenset({0})),
        Para(f"The verb lexicon ({cb.verb_lexicon.source}) lists {len(cb.verb_lexicon.verbs)} verb entries for "
             f"{len(cb.verb_lexicon.codes())} codes and {len(cb.verb_lexicon.synsets)} synonym sets; it is kept for "
             "reference, the coder matches the event rules."),
    ]
    by_root: dict[str, list] = defaultdict(list)
    for code in ev.codes:
        by_root[code.root].append(code)
    for root in roots:
        blocks += [Sub(f"{root.code} {root.name}", slug("cameo", root.code)),
                   Table(["Code", "Name", "Level", "Parent", "Goldstein", "Quad", "Definition", "Coder rules"],
                         [[c.code, c.name, c.level, c.parent or "", num(c.goldstein), str(c.quad_class),
                           c.definition, tuple(triggers.get(c.code, []))] for c in by_root[root.code]],
                         code=frozenset({0, 3}))]
    return Section("CAMEO event codes", "cameo", blocks)


def _conditions(rule) -> str:
    parts = []
    if rule.requires:
        parts.append("requires one of: " + some(rule.requires, 8))
    if rule.excludes:
        parts.append("excluded by: " + some(rule.excludes, 8))
    if rule.requires_object:
        parts.append("object one of: " + some(rule.requires_object, 8))
    if rule.requires_before:
        parts.append("subject one of: " + some(rule.requires_before, 8))
    parts += [name.replace("_", " ") for name, value in rule.model_dump().items() if value is True]
    return "; ".join(parts)


def rules_section(cb: Codebook) -> Section:
    return Section("Event rules", "event-rules", [
        Para("How the coder recognises each kind of event: verbs (inflected by the coder), nouns (plurals "
             "generated) and fixed phrases, the role patterns that find source and target, and the "
             "conditions that must hold in the clause. Every coded event records the ids of the rules that fired."),
        Table(["Rule", "CAMEO", "Verbs", "Nouns", "Phrases", "Patterns", "Conditions"],
              [[r.id, r.cameo, some(r.verbs, 10), some(r.nouns, 10), some(r.phrases, 6),
                ", ".join(r.patterns), _conditions(r)] for r in cb.event_rules.rules],
              code=frozenset({0, 1})),
        Sub("Events outside the rules", "code-paths"),
        Table(["CAMEO", "Rule id", "When"], [[code, rid, what] for code, (rid, what) in CODE_PATHS.items()],
              code=frozenset({0, 1})),
        Sub("Role patterns", "role-patterns"),
        Table(["Pattern", "Form", "Prepositions and auxiliaries"],
              [[name, p.description, "; ".join(f"{k.replace('_', ' ')}: {', '.join(v)}"
                                              for k, v in p.model_dump().items() if k != "description" and v)]
               for name, p in cb.role_patterns.patterns.items()], code=frozenset({0})),
    ])


def acled_section(cb: Codebook) -> Section:
    a = cb.acled
    subs = [s for t in a.event_types for s in a.sub_events_of(t.name)]
    return Section("ACLED event types", "acled", [
        Para(f"ACLED's taxonomy: disorder types, {len(a.event_types)} event types and their sub-event types in precedence order "
             "(when several apply, the smaller precedence number is coded)."),
        Sub("Disorder types", "acled-disorder"),
        Table(["Disorder type", "Definition"], [[d.name, d.definition] for d in a.disorder_types]),
        Sub("Event types", "acled-event-types"),
        Table(["Event type", "Disorder types", "Definition"],
              [[t.name, ", ".join(t.disorder_types), t.definition] for t in a.event_types]),
        Sub(f"Sub-event types ({len(a.sub_event_types)})", "acled-sub-event-types"),
        Table(["Sub-event type", "Event type", "Precedence", "Disorder type", "Definition"],
              [[s.name, s.event_type, str(s.precedence), s.disorder_type, s.definition] for s in subs]),
        Sub("Inter codes", "acled-inter"),
        Table(["Inter", "Label (numeric exports)", "Label (2024+ exports)"],
              [[str(c.code), c.label, c.label_2024] for c in a.inter_codes], code=frozenset({0})),
        Sub("Interaction codes", "acled-interaction"),
        Table(["Interaction", "Label (2024+)", "Legacy label"],
              [[str(c.code), c.label, c.label_legacy or ""] for c in a.interaction_codes], code=frozenset({0}),
              collapsed=f"{len(a.interaction_codes)} interaction codes"),
        Sub("Notes and export layouts", "acled-notes"),
        Bullets(list(a.notes)),
        Table(["Export layout", "Columns"], [[name, ", ".join(cols)] for name, cols in a.export_columns.items()],
              code=frozenset({0})),
    ])


def _roles(roles: list[str]) -> str:
    return ", ".join(roles)


def mapping_section(cb: Codebook) -> Section:
    m = cb.acled_mapping
    rows = []
    for n, r in enumerate(m.rules, 1):
        cond = []
        if r.target_roles:
            cond.append("target role " + _roles(r.target_roles))
        if r.source_roles:
            cond.append("source role " + _roles(r.source_roles))
        if r.source_state is not None:
            cond.append("source is a state force" if r.source_state else "source is not a state force")
        rows.append([str(n), r.id, tuple(r.cameo), "; ".join(cond), r.event_type, r.sub_event_type])
    return Section("CAMEO to ACLED mapping", "mapping", [
        Para("Rules are tried in this order; the first whose conditions all hold gives the event its ACLED "
             "event type and sub-event type. CAMEO codes are prefixes ('18' covers 180-186 and their "
             "sub-codes). Events that match no rule have no ACLED classification. ARMED stands for any "
             "armed role: " + _roles(m.armed_roles) + "; state forces are " + _roles(m.state_roles) + ". "
             "PROTESTERS is a role the words give, not the code: the people a protest (CAMEO 14) is by, and "
             "any actor named " + _roles(m.protester_words) + ". Protesters are coded civilians (CVL), as "
             "ACLED's 'Protesters (country)' are; this role keeps them apart from other civilians."),
        Table(["#", "Rule", "CAMEO prefixes", "Conditions", "Event type", "Sub-event type"], rows,
              code=frozenset({1, 2})),
        Sub("Inter codes from actor roles", "mapping-inter"),
        Para("An actor's ACLED inter code is that of the first row (in this order) listing one of the roles "
             "in its actor code; the main source and target actors give inter1 and inter2."),
        Table(["Roles", "Inter", "Label"],
              [[tuple(r.roles), str(r.inter), next((c.label_2024 for c in cb.acled.inter_codes if c.code == r.inter), "")]
               for r in m.inter_codes], code=frozenset({0, 1})),
    ])


def actor_codes_section(cb: Codebook) -> Section:
    ac = cb.actor_codes
    international = [r for r in ac.roles if r.kind == "international"]

    def coded(items, title: str, anchor: str, collapse: bool = False, kind: bool = False) -> list[Block]:
        header = ["Code", "Name"] + (["Kind"] if kind else []) + ["Added", "Note"]
        rows = [[i.code, i.name] + ([i.kind] if kind else []) + ["added" if i.added else "", i.note or ""]
                for i in items]
        return [Sub(f"{title} ({len(items)})", anchor),
                Table(header, rows, code=frozenset({0}), collapsed=f"{len(items)} codes" if collapse else None)]

    return Section("Actor codes", "actor-codes", [
        Para(ac.grammar),
        Para("'Added' marks codes the project added to the CAMEO reference tables."),
        *coded(ac.countries, "Countries", "countries"),
        *coded(ac.territories, "Territories and former states", "territories", kind=True),
        *coded(ac.regions, "Regional prefixes", "regions"),
        Sub(f"International prefixes ({len(international)})", "international"),
        Table(["Code", "Label", "Note"], [[r.code, r.label, r.note or ""] for r in international],
              code=frozenset({0})),
        Sub(f"Roles and sectors ({len(ac.roles)})", "roles"),
        Table(["Code", "Label", "Kind", "Added", "Note"],
              [[r.code, r.label, r.kind, "added" if r.added else "", r.note or ""] for r in ac.roles],
              code=frozenset({0})),
        *coded(ac.groups, "Groups", "groups", collapse=True),
        *coded(ac.religions, "Religions", "religions"),
        *coded(ac.ethnic_groups, "Ethnic groups", "ethnic-groups", collapse=True),
    ])


def _entry_row(entry) -> list[str]:
    return [entry.id, "; ".join(entry.names), tuple(dated(c) for c in entry.codes), entry.note or ""]


def actors_section(cb: Codebook) -> Section:
    summary = [[name, d.source, d.licence or "", str(len(d.actors)), str(d.name_count()),
                str(sum(1 for e in d.actors for c in e.codes if c.dated))] for name, d in cb.actors.items()]
    total = sum(len(d.actors) for d in cb.actors.values())
    header = ["Id", "Names", "Codes", "Note"]
    blocks: list[Block] = [
        Para(f"{len(cb.actors)} actor dictionaries, {total} entries. Names are in matching form (lowercase, "
             "punctuation and possessive 's removed). A code may be limited in time, from a date (inclusive) "
             "until a date (exclusive); an undated code applies whenever no dated code covers the event date."),
        Table(["File", "Source", "Licence", "Entries", "Names", "Dated codes"], summary, code=frozenset({0})),
    ]
    for name, d in cb.actors.items():
        if name == ADDITIONS_FILE:
            blocks += [Sub(f"{name}: all {len(d.actors)} entries", slug("actors", name)),
                       Para(d.source),
                       Table(header, [_entry_row(e) for e in d.actors], code=frozenset({0, 2}))]
            continue
        step = max(1, len(d.actors) // SAMPLE_ENTRIES)
        sample = d.actors[::step][:SAMPLE_ENTRIES]
        blocks += [Sub(f"{name}: sample", slug("actors", name)),
                   Para(f"{len(sample)} of {len(d.actors)} entries, evenly spaced."),
                   Table(header, [_entry_row(e) for e in sample], code=frozenset({0, 2}))]
    return Section("Actor dictionaries", "actors", blocks)


def agents_section(cb: Codebook) -> Section:
    labels = part_labels(cb)
    by_code: dict[str, list] = defaultdict(list)
    for agent in cb.agents.agents:
        by_code[agent.code].append(agent)
    rows = []
    for code in sorted(by_code):
        agents = by_code[code]
        meaning = " + ".join(labels.get(code[i:i + 3], code[i:i + 3]) for i in range(0, len(code), 3))
        positions = Counter(a.position for a in agents)
        rows.append([code, meaning, ", ".join(sorted(positions)), str(len(agents)),
                     some([n for a in agents for n in a.names], EXAMPLE_NOUNS)])
    return Section("Agents", "agents", [
        Para(f"Generic nouns that add a role to a nearby actor ('Nigerian soldiers' -> NGA + MIL = NGAMIL): "
             f"{len(cb.agents.agents)} entries, {sum(len(a.names) for a in cb.agents.agents)} names, "
             f"{len(by_code)} role codes. Position 'prefix' puts the code before the country "
             f"(peacekeeping troops of Nigeria -> IGONGA). Source: {cb.agents.source}."),
        Table(["Role code", "Meaning", "Position", "Entries", "Example nouns"], rows, code=frozenset({0})),
    ])


def modality_section(cb: Codebook) -> Section:
    mod = cb.lexicon.modality
    att = cb.lexicon.attribution
    lists = cb.value_lists()["modality"]
    denials = dict.fromkeys(w for r in cb.event_rules.rules if r.cameo == "016" for w in [*r.verbs, *r.phrases])
    return Section("Modality", "modality", [
        Para("Every event has one modality (column events.modality), as in the gold annotations:"),
        Table(["Modality", "Definition"], [[name, MODALITIES.get(name, "")] for name in lists], code=frozenset({0})),
        Para("The coder decides it from cue words in the trigger's clause:"),
        Bullets([
            f"hypothetical: one of {len(mod.hypothetical)} cues before the trigger ({some(mod.hypothetical, 10)}), "
            f"or a negation ({', '.join(mod.negation)}) just before it;",
            f"denied: the event is what a denial in the clause denies (denial words: {some(denials, 10)});",
            f"claimed: an accuser in the clause, a hedging cue ({some(mod.claimed, 10)}), a false-claim cue "
            f"({', '.join(mod.false_claim)}), or a speech frame whose speaker is a party and not the source "
            f"(speech verbs: {some(att.speech_verbs, 10)}; hedged: {', '.join(att.hedged_speech_verbs)}; "
            f"frames: {', '.join(att.according_phrases)});",
            f"asserted: otherwise, including reports by neutral speakers (roles {', '.join(mod.neutral_roles)}).",
        ]),
    ])


def _cue_value(value: object) -> tuple[str, str]:
    if isinstance(value, list):
        return str(len(value)), some(value, CUE_SAMPLE)
    if isinstance(value, dict):
        return str(len(value)), some((f"{k}: {', '.join(map(str, v)) if isinstance(v, (list, tuple)) else v}"
                                      for k, v in value.items()), CUE_SAMPLE)
    return "1", str(value)


def lexicon_section(cb: Codebook) -> Section:
    rows = []
    for group, content in cb.lexicon.model_dump().items():
        items = content.items() if isinstance(content, dict) and group != "irregular_verbs" else [("", content)]
        for name, value in items:
            count, values = _cue_value(value)
            rows.append([group, name, count, values])
    return Section("Lexicon cue lists", "lexicon", [
        Para("Function words and cues the coder reads around triggers (rules/lexicon.yaml), summarised: "
             f"each list with its size and first {CUE_SAMPLE} values."),
        Table(["Group", "List", "Size", "Values"], rows, code=frozenset({0, 1})),
    ])


def confidence_section(cb: Codebook) -> Section:
    m = cb.confidence
    strongest = sorted(m.weights.items(), key=lambda kv: -abs(kv[1]))[:CONFIDENCE_SAMPLE]
    return Section("Event confidence", "confidence", [
        Para("Every candidate event of a rated CAMEO root gets a confidence: a logistic model over plain "
             "facts of the event (its rules, code, actors, modality, how many events its sentence and "
             f"article gave; `pipeline/confidence.py`). Candidates below {m.threshold:.2f} are not stored "
             "as events but in quarantine (stage `confidence`) with their score. The model "
             f"(rules/confidence.yaml, version {m.version}) is learnt by `scripts/train_confidence.py` "
             "from the project's gold files; the threshold is the one that gave the best F1 when each "
             f"file was left out of training in turn ({m.cross_validation})."),
        Bullets([f"rated roots: {', '.join(m.roots) or 'none'}; intercept {m.intercept}; {len(m.weights)} weights;",
                 "trained on: " + "; ".join(f"{t.file} ({t.events} candidates, {t.false_positives} false)"
                                            for t in m.trained_on) + "."]),
        Table(["Feature", "Weight (log-odds of a true event)"],
              [[name, f"{weight:+.3f}"] for name, weight in strongest], code=frozenset({0}),
              collapsed=f"The {len(strongest)} strongest weights"),
    ])


SECTIONS: tuple[Callable[[Codebook], Section], ...] = (
    about, dataset_section, cameo_section, rules_section, acled_section, mapping_section,
    actor_codes_section, actors_section, agents_section, modality_section, confidence_section, lexicon_section,
)


def build_sections(cb: Codebook) -> list[Section]:
    return [make(cb) for make in SECTIONS]


def title_of(cb: Codebook) -> str:
    return f"{cb.manifest.name} {cb.version}"


# ------------------------------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")


def md_text(text: str, line_start: bool = True) -> str:
    """Text escaped for Markdown; `line_start`: it opens a line, where '-', '+', '1.' mean lists."""
    text = re.sub(r"\s+", " ", str(text))
    text = _MD_ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", text))
    if not line_start:
        return text
    if text and text[0] in "-+=":                      # would start a list item or a setext heading
        return "\\" + text
    ordered = re.match(r"\d+(?=[.)])", text)       # would start an ordered list
    return f"{ordered[0]}\\{text[ordered.end():]}" if ordered else text


def md_code(text: str, in_table: bool = True) -> str:
    text = " ".join(str(text).split())
    if not text:
        return ""
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    body = text.replace("|", "\\|") if in_table else text
    return f"{ticks}{pad}{body}{pad}{ticks}"


_INLINE_CODE = re.compile(r"`([^`\n]+)`")


def md_prose(text: str) -> str:
    """Prose with `code` spans: the spans become Markdown code, the rest is escaped."""
    parts = _INLINE_CODE.split(" ".join(str(text).split()))     # one line, inner spaces kept
    return "".join(md_code(p, in_table=False) if i % 2 else md_text(p, line_start=i == 0)
                   for i, p in enumerate(parts))


def md_cell(cell: Cell, code: bool) -> str:
    if isinstance(cell, tuple):
        return (", " if code else "; ").join(md_cell(item, code) for item in cell)
    return md_code(cell) if code else md_text(cell, line_start=False)


def md_block(block: Block) -> str:
    if isinstance(block, Para):
        return md_prose(block.text)
    if isinstance(block, Bullets):
        return "\n".join(f"- {md_prose(item)}" for item in block.items)
    if isinstance(block, Sub):
        return f'<a id="{block.anchor}"></a>\n\n### {md_text(block.title)}'
    if isinstance(block, Code):
        fence = "`" * max(3, max((len(m) for m in re.findall(r"`+", block.text)), default=0) + 1)
        return f"{fence}sql\n{block.text}\n{fence}"
    header = "| " + " | ".join(md_text(h) or " " for h in block.header) + " |"
    rule = "|" + "|".join("---" for _ in block.header) + "|"
    rows = ["| " + " | ".join(md_cell(cell, i in block.code) for i, cell in enumerate(row)) + " |"
            for row in block.rows]
    return "\n".join([header, rule, *rows])


def render_markdown(cb: Codebook, sections: list[Section]) -> str:
    out = [f"# {md_text(title_of(cb))}", "",
           md_text(f"Version {cb.version}, content hash {cb.content_hash}. Licence: {cb.manifest.licence}."),
           "", "## Contents", ""]
    for section in sections:
        out.append(f"- [{md_text(section.title)}](#{section.anchor})")
        out += [f"  - [{md_text(sub.title)}](#{sub.anchor})" for sub in section.subs()]
    for section in sections:
        out += ["", f'<a id="{section.anchor}"></a>', "", f"## {md_text(section.title)}"]
        for block in section.blocks:
            out += ["", md_block(block)]
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------- HTML

CSS = """
:root { --ink:#1f2328; --muted:#59636e; --line:#d8dee4; --band:#f6f8fa; --accent:#0b5cad; }
* { box-sizing: border-box; }
html { scroll-padding-top: 1rem; }
body { margin:0; color:var(--ink); background:#fff; font:16px/1.55 system-ui, -apple-system, "Segoe UI",
       "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; }
.layout { display:grid; grid-template-columns: 15rem minmax(0, 1fr); }
nav { position:sticky; top:0; height:100vh; overflow:auto; padding:1.25rem 1rem; background:var(--band);
      border-right:1px solid var(--line); font-size:.85rem; }
nav h2 { font-size:.8rem; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); margin:0 0 .5rem; }
nav ol { list-style:none; margin:0; padding:0; }
nav ol ol { padding-left:.9rem; margin:.15rem 0 .5rem; }
nav li { margin:.12rem 0; }
nav > ol > li > a { font-weight:600; }
a { color:var(--accent); text-decoration:none; }
a:hover { text-decoration:underline; }
main { padding:2rem 2rem 4rem; max-width:90rem; }
header.title { border-bottom:2px solid var(--ink); margin-bottom:1.5rem; padding-bottom:.75rem; }
h1 { font-size:2rem; line-height:1.2; margin:0 0 .35rem; }
.meta { color:var(--muted); margin:0; }
h2 { font-size:1.5rem; margin:2.75rem 0 .75rem; padding-bottom:.3rem; border-bottom:1px solid var(--line); }
h3 { font-size:1.15rem; margin:1.9rem 0 .5rem; }
p, ul { max-width:52rem; }
code, pre { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
            font-size:.86em; }
td code, p code, li code { background:#eef1f4; padding:.05rem .3rem; border-radius:4px; white-space:nowrap; }
pre { background:var(--band); border:1px solid var(--line); border-radius:6px; padding:.8rem 1rem;
      overflow:auto; line-height:1.4; }
.table-wrap { overflow-x:auto; margin:.6rem 0 1.2rem; }
table { border-collapse:collapse; font-size:.86rem; line-height:1.4; min-width:40%; }
th, td { border:1px solid var(--line); padding:.35rem .5rem; text-align:left; vertical-align:top; }
td.wide { min-width:10rem; }
th { background:#eaeef2; font-weight:600; position:sticky; top:0; }
tbody tr:nth-child(even) { background:#fafbfc; }
details { margin:.6rem 0 1.2rem; }
summary { cursor:pointer; color:var(--accent); font-weight:600; }
@media (max-width: 900px) { .layout { display:block; } nav { position:static; height:auto; } main { padding:1rem; } }
@media print { nav { display:none; } .layout { display:block; } }
"""


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def html_prose(text: str) -> str:
    parts = _INLINE_CODE.split(str(text))
    return "".join(f"<code>{esc(p)}</code>" if i % 2 else esc(p) for i, p in enumerate(parts))


def html_value(cell: Cell, code: bool) -> str:
    if isinstance(cell, tuple):
        return (", " if code else "<br>").join(html_value(item, code) for item in cell)
    return f"<code>{esc(cell)}</code>" if code and cell else esc(cell)


def html_cell(cell: Cell, code: bool) -> str:
    size = len(cell) if isinstance(cell, str) else sum(map(len, cell))
    wide = ' class="wide"' if size > 100 and not code else ""     # long prose: keep a readable measure
    return f"<td{wide}>{html_value(cell, code)}</td>"


def html_block(block: Block) -> str:
    if isinstance(block, Para):
        return f"<p>{html_prose(block.text)}</p>"
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{html_prose(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Sub):
        return f'<h3 id="{esc(block.anchor)}">{esc(block.title)}</h3>'
    if isinstance(block, Code):
        return f"<details><summary>{esc(block.summary)}</summary><pre><code>{esc(block.text)}</code></pre></details>"
    head = "".join(f"<th>{esc(h)}</th>" for h in block.header)
    body = "\n".join("<tr>" + "".join(html_cell(cell, i in block.code) for i, cell in enumerate(row)) + "</tr>"
                     for row in block.rows)
    table = f'<div class="table-wrap"><table><thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table></div>'
    if block.collapsed:
        return f"<details><summary>{esc(block.collapsed)}</summary>{table}</details>"
    return table


def html_toc(sections: list[Section]) -> str:
    items = []
    for section in sections:
        subs = "".join(f'<li><a href="#{esc(s.anchor)}">{esc(s.title)}</a></li>' for s in section.subs())
        items.append(f'<li><a href="#{esc(section.anchor)}">{esc(section.title)}</a>'
                     + (f"<ol>{subs}</ol>" if subs else "") + "</li>")
    return "<nav><h2>Contents</h2><ol>" + "".join(items) + "</ol></nav>"


def render_html(cb: Codebook, sections: list[Section]) -> str:
    title = title_of(cb)
    body = []
    for section in sections:
        body.append(f'<section id="{esc(section.anchor)}"><h2>{esc(section.title)}</h2>')
        body += [html_block(block) for block in section.blocks]
        body.append("</section>")
    meta = f"Version {cb.version} · content hash {cb.content_hash} · {cb.manifest.licence}"
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f"<style>{CSS}</style></head>",
        '<body><div class="layout">',
        html_toc(sections),
        "<main>",
        f'<header class="title"><h1>{esc(title)}</h1><p class="meta">{esc(meta)}</p></header>',
        *body,
        "</main></div></body></html>",
    ]) + "\n"


# ---------------------------------------------------------------------------------------- entry

def publish_codebook(cb: Codebook, out: Path) -> list[Path]:
    """Write out/codebook.md and out/codebook.html; return their paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    sections = build_sections(cb)
    md, page = out / "codebook.md", out / "codebook.html"
    md.write_text(render_markdown(cb, sections), encoding="utf-8")
    page.write_text(render_html(cb, sections), encoding="utf-8")
    return [md, page]
