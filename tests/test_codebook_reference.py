"""The codebook built from the reference data (scripts/build_codebook.py) and the hand-written
additions: loaded with the project's models from codebooks/ only (never from the reference)."""
from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest

from schemas.actors import ActorDictionary, AgentDictionary, validate_actor_codes, validate_agent_codes
from schemas.taxonomy import AcledTaxonomy, ActorCodeBook, CameoEventCodes, VerbLexicon

CODEBOOKS = Path(__file__).resolve().parents[1] / "codebooks"
ACTOR_FILES = ("phoenix_countries", "phoenix_international", "phoenix_nonstate", "added")
PHOENIX_FILES = ACTOR_FILES[:3]


def lookup_form(text: str) -> str:
    """The test's own name normalisation, the matcher's rules: lowercase, possessive 's and
    apostrophes dropped, runs of letters and runs of digits are words (M23 -> m 23), anything
    else (hyphens, underscores, dots) separates words."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text).replace("'", "")
    return " ".join(re.findall(r"[^\W\d_]+|\d+", text))


@pytest.fixture(scope="module")
def events() -> CameoEventCodes:
    return CameoEventCodes.from_yaml(CODEBOOKS / "cameo_events.yaml")


@pytest.fixture(scope="module")
def book() -> ActorCodeBook:
    return ActorCodeBook.from_yaml(CODEBOOKS / "actor_codes.yaml")


@pytest.fixture(scope="module")
def dictionaries() -> dict[str, ActorDictionary]:
    return {f"{name}.yaml": ActorDictionary.from_yaml(CODEBOOKS / "actors" / f"{name}.yaml") for name in ACTOR_FILES}


@pytest.fixture(scope="module")
def agents() -> AgentDictionary:
    return AgentDictionary.from_yaml(CODEBOOKS / "agents.yaml")


@pytest.fixture(scope="module")
def names(dictionaries) -> dict[str, object]:
    """Normalised name -> entry, over all actor files (each name has one meaning, see below)."""
    index = {}
    for dictionary in dictionaries.values():
        index.update(dictionary.name_index())
    return index


# ----------------------------------------------------------------------------- event codes

def test_event_codes(events):
    by_code = events.by_code()
    # 310 rows in eventcodes.csv, one of which hid code 106 in its name: 311 codes
    assert len(events.codes) == 311
    for code in ("01", "016", "106", "111", "112", "1121", "1122", "1123", "1124", "1125", "195", "204", "2041"):
        assert code in by_code, code
    assert len([c for c in events.codes if c.level == "root"]) == 20
    assert by_code["106"].name == "Demand meeting, negotiation"
    assert by_code["1056"].name == "Demand de-escalation of military engagement"
    assert by_code["044"].name == "Meet at a third location"
    assert by_code["195"].goldstein == -10.0


def test_event_tree_and_quad_classes(events):
    by_code = events.by_code()
    assert events.quad_class_convention == {1: "Verbal Cooperation", 2: "Material Cooperation",
                                            3: "Verbal Conflict", 4: "Material Conflict"}
    for event in events.codes:
        if event.parent is not None:
            assert event.parent in by_code
            assert by_code[event.parent].level == {"base": "root", "sub": "base"}[event.level]
        assert event.quad_class == by_code[event.root].quad_class
        assert event.definition.endswith(".") and len(event.definition) > 30
    assert {e.quad_class for e in events.codes if e.root in ("18", "19", "20")} == {4}
    assert {e.quad_class for e in events.codes if e.root in ("01", "02", "03", "04", "05")} == {1}


# ----------------------------------------------------------------------------- actor codes

def test_actor_code_tables(book):
    assert len(book.countries) == 208
    roles = {role.code: role.kind for role in book.roles}
    for code in ("GOV", "MIL", "REB", "OPP", "INS", "CVL", "MED"):
        assert code in roles, code
    assert roles["GOV"] == "state_role" and roles["REB"] == "nonstate_armed"
    assert roles["OPP"] == "political" and roles["IGO"] == "international"
    assert {"AFR", "MEA", "WAF", "EAF", "EUR"} <= {r.code for r in book.regions}
    assert all(region.added for region in book.regions)


@pytest.mark.parametrize("code", ["SYRGOV", "RUSMIL", "SYRREB", "IGOUNO", "IMGMUS", "SYRGOVMED", "NGOSYRHRI", "AFG", "MEAREB"])
def test_valid_codes(book, code):
    assert book.is_valid_code(code)


@pytest.mark.parametrize("code", ["", "GOV", "XXXGOV", "SYRXYZ", "SYRGO", "syrgov", "SYR GOV", "SYR123"])
def test_invalid_codes(book, code):
    assert not book.is_valid_code(code)


# ----------------------------------------------------------------------------- actor dictionaries

def test_phoenix_names_kept(dictionaries):
    total = sum(dictionaries[f"{name}.yaml"].name_count() for name in PHOENIX_FILES)
    assert total >= 34_000


def test_every_code_valid(dictionaries, book):
    assert validate_actor_codes(dictionaries, book) == []


def test_one_meaning_per_name_across_files(dictionaries):
    """added.yaml supersedes Phoenix: no name may carry different codes in two files."""
    seen: dict[str, tuple[str, tuple]] = {}
    clashes = []
    for file_name, dictionary in dictionaries.items():
        for entry in dictionary.actors:
            for name in entry.names:
                first = seen.setdefault(name, (file_name, entry.code_key()))
                if first[0] != file_name and first[1] != entry.code_key():
                    clashes.append((name, first[0], file_name))
    assert clashes == []


def test_names_are_in_matcher_form(dictionaries, agents):
    pipeline_text = pytest.importorskip("pipeline.text")
    all_names = [n for d in dictionaries.values() for e in d.actors for n in e.names]
    all_names += [n for a in agents.agents for n in a.names]
    assert [n for n in all_names if pipeline_text.normalise(n) != n] == []


def test_added_entries(dictionaries):
    added = dictionaries["added.yaml"]
    assert len(added.actors) >= 60
    assert all(entry.note or len(entry.names) > 1 for entry in added.actors)


ADDED_GROUPS = [
    "Hayat Tahrir al-Sham", "HTS", "Tahrir al-Sham", "Jabhat Fatah al-Sham", "Nusra Front", "al-Nusra",
    "Islamic State", "ISIS", "ISIL", "Daesh", "al-Qaeda", "ISWAP", "JNIM", "al-Shabaab", "Taliban",
    "Hamas", "Islamic Jihad", "Palestinian Islamic Jihad", "Hezbollah", "SDF", "Syrian Democratic Forces",
    "YPG", "People's Protection Units", "Syrian National Army", "White Helmets", "Syria Civil Defence",
    "SOHR", "Syrian Observatory for Human Rights", "the Observatory", "SANA", "Syrian Arab News Agency",
    "TASS", "RIA Novosti", "Anadolu Agency", "OPCW", "Ansar Allah", "Houthis", "Houthi rebels",
    "Rapid Support Forces", "RSF", "Sudanese Armed Forces", "SAF", "People's Defence Force", "PDF",
    "National Unity Government", "NUG", "Tatmadaw", "Myanmar military", "Wagner Group", "Wagner",
    "Africa Corps", "M23", "Fano", "TPLF", "Azov Regiment", "Ukrainian Armed Forces", "Russian Armed Forces",
    "IDF", "Israel Defense Forces", "Kremlin", "Pentagon", "State Department", "Putin", "Zelensky",
    "Bashar al-Assad", "Netanyahu", "Erdogan", "Burhan", "Hemedti", "Min Aung Hlaing",
]


@pytest.mark.parametrize("name", ADDED_GROUPS)
def test_added_groups_resolve(names, book, name):
    entry = names.get(lookup_form(name))
    assert entry is not None, f"{name!r} ({lookup_form(name)!r}) is in no dictionary"
    assert entry.codes_on(dt.date(2025, 6, 1)) or entry.codes_on(None)
    assert all(book.is_valid_code(c.code) for c in entry.codes)


@pytest.mark.parametrize("name, day, code", [
    ("taliban", dt.date(2022, 1, 1), "AFGGOV"),
    ("taliban", dt.date(2019, 1, 1), "AFGINS"),
    ("taliban", dt.date(1998, 1, 1), "AFGGOV"),
    ("bashar al assad", dt.date(2020, 1, 1), "SYRGOV"),
    ("assad", dt.date(2025, 3, 1), "SYRELI"),
    ("hts", dt.date(2020, 1, 1), "SYRREB"),
    ("hts", dt.date(2025, 3, 1), "SYRGOV"),
    ("zelensky", dt.date(2022, 3, 1), "UKRGOV"),
    ("rapid support forces", dt.date(2020, 1, 1), "SDNMIL"),
    ("rsf", dt.date(2024, 1, 1), "SDNREB"),
    ("netanyahu", dt.date(2022, 1, 1), "ISROPP"),
    ("netanyahu", dt.date(2024, 1, 1), "ISRGOV"),
    ("houthis", dt.date(2024, 1, 1), "YEMREB"),
    ("islamic jihad", dt.date(2024, 1, 1), "PSEINS"),
    ("wagner group", dt.date(2022, 1, 1), "RUSUAF"),
    ("iswap", dt.date(2022, 1, 1), "IMGMUS"),
])
def test_dated_codes(names, name, day, code):
    assert names[name].codes_on(day) == [code]


def test_phoenix_office_holders_dated(names):
    """Phoenix's own date limits survive the conversion (Kofi Annan: UN until 2006, then elite)."""
    annan = names["kofi annan"]
    assert annan.codes_on(dt.date(2000, 1, 1)) == ["IGOUNO"]
    assert annan.codes_on(dt.date(2010, 1, 1)) == ["INTELI"]


# ----------------------------------------------------------------------------- agents

REQUIRED_AGENTS = [
    "soldiers", "warplanes", "rebels", "militants", "jihadists", "health ministry", "state news agency",
    "defence ministry", "defense ministry", "police", "protesters", "civilians", "residents", "villagers",
    "fighters", "gunmen", "troops", "forces", "army", "air force", "paramilitaries", "militia",
    "insurgents", "terrorists", "extremists",
]


def test_agents(agents, book):
    index = agents.name_index()
    missing = [name for name in REQUIRED_AGENTS if name not in index]
    assert missing == []
    assert index["soldiers"].code == "MIL" and index["police"].code == "COP"
    assert index["health ministry"].code == "GOVHLH"
    assert validate_agent_codes(agents, book) == []


# ----------------------------------------------------------------------------- ACLED, verbs

def test_acled():
    acled = AcledTaxonomy.from_yaml(CODEBOOKS / "acled.yaml")
    assert len(acled.event_types) == 6
    assert len(acled.sub_event_types) == 25
    assert [s.name for s in acled.sub_events_of("Battles")] == [
        "Government regains territory", "Non-state actor overtakes territory", "Armed clash"]
    assert [c.code for c in acled.inter_codes] == list(range(1, 9))
    assert {"acled_2025", "acled_2022_api"} <= set(acled.export_columns)
    assert "sub_event_type" in acled.export_columns["acled_2025"]


def test_verb_lexicon(events):
    verbs = VerbLexicon.from_yaml(CODEBOOKS / "verb_lexicon.yaml")
    assert verbs.codes() <= set(events.by_code())
    accuse = [v for v in verbs.verbs if v.code == "112" and v.lemma == "accuse"]
    assert accuse and "accused" in accuse[0].forms
    assert any("* " in phrase or phrase == "*" for v in verbs.verbs for phrase in v.phrases)


# ----------------------------------------------------------------------------- load time

def test_load_time():
    """All files, parsed with libyaml and validated: well under 2 s (CPU time, best of two)."""
    models = [("cameo_events.yaml", CameoEventCodes), ("actor_codes.yaml", ActorCodeBook),
              ("acled.yaml", AcledTaxonomy), ("verb_lexicon.yaml", VerbLexicon), ("agents.yaml", AgentDictionary)]
    models += [(f"actors/{name}.yaml", ActorDictionary) for name in ACTOR_FILES]
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        for path, model in models:
            model.from_yaml(CODEBOOKS / path)          # yaml.CSafeLoader + one model_validate
        best = min(best, time.process_time() - start)
    print(f"codebook load: {best:.2f} s CPU")
    assert best < 2.0
