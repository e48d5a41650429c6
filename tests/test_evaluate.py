"""The gold scorer, one FORMAT.md rule at a time, on tiny hand-made gold files and events."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pipeline.evaluate import GoldFormatError, gold_texts_dir, load_gold, place_key, score
from schemas.gold import GoldEvent, GoldFile

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = "a.txt"


# ---------------------------------------------------------------- helpers

def gold(*events: dict, forbidden: list[dict] | None = None, scope: list[str] | None = None) -> GoldFile:
    """A one-article gold file (article "a.txt")."""
    return GoldFile.model_validate({
        "name": "test",
        "scope": scope or ["01", "11", "18", "19", "20"],
        "articles": [{"file": ARTICLE, "events": list(events), "forbidden": forbidden or []}],
    })


def g(id: str, cameo: str | list[str] = "19", **attributes) -> dict:
    """A gold event."""
    return {"id": id, "cameo": cameo, **attributes}


def p(cameo: str = "190", **fields) -> dict:
    """A produced event in the export format, with harmless defaults."""
    event = {
        "article": ARTICLE, "cameo": cameo, "source": [], "target": [], "date": None,
        "location": None, "admin1": None, "admin2": None, "modality": "asserted",
        "claimed_by": [], "fatalities": None, "injured": None, "acled_event_type": None,
        "acled_sub_event_type": None, "sentence": "Something happened.", "start": 0, "end": 19,
    }
    event.update(fields)
    return event


def run(gold_file: GoldFile, *events: dict):
    return score(gold_file, {ARTICLE: list(events)}).to_json()


def accuracy(result: dict, attribute: str) -> float | None:
    return result["attributes"][attribute]["accuracy"]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gold.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# ---------------------------------------------------------------- matching

def test_cameo_code_matches_when_it_starts_with_a_gold_prefix():
    result = run(gold(g("strike", ["195", "190"])), p("1951"))
    assert (result["tp"], result["fp"], result["fn"]) == (1, 0, 0)


def test_cameo_code_outside_the_gold_prefixes_does_not_match():
    result = run(gold(g("strike", ["195"])), p("190"))
    assert (result["tp"], result["fp"], result["fn"]) == (0, 1, 1)


def test_actor_prefix_matches_when_any_of_several_produced_actors_has_it():
    gold_file = gold(g("strike", source=["RUS"], target=["SYRREB", "IMG"]))
    result = run(gold_file, p(source=["SYRGOV", "RUSMIL"], target=["SYRCVL", "IMGMUS"]))
    assert result["tp"] == 1


def test_actor_prefix_not_matched_by_any_produced_actor_is_a_miss_and_a_false_positive():
    result = run(gold(g("strike", source=["RUS"])), p(source=["SYRGOV", "USA"]))
    assert (result["tp"], result["fp"], result["fn"]) == (0, 1, 1)


def test_empty_produced_side_does_not_match_a_gold_actor_list():
    result = run(gold(g("strike", target=["SYR"])), p(target=[]))
    assert result["tp"] == 0


def test_actor_codes_compare_case_insensitively():
    assert run(gold(g("strike", source=["rus"])), p(source=["RUSMIL"]))["tp"] == 1


def test_attributes_the_gold_leaves_out_are_not_scored():
    result = run(gold(g("strike")), p(source=["XYZ"], target=["ABC"], date="1999-01-01", modality="denied"))
    assert result["tp"] == 1
    assert all(a["scored"] == 0 and a["accuracy"] is None for a in result["attributes"].values())


def test_date_matches_only_one_of_the_listed_dates():
    gold_file = gold(g("strike", date=["2018-11-24", "2018-11-25"]))
    assert run(gold_file, p(date="2018-11-25"))["tp"] == 1
    assert run(gold_file, p(date="2018-11-26"))["tp"] == 0
    assert run(gold_file, p(date=None))["tp"] == 0


# ---------------------------------------------------------------- optional events

def test_event_matching_an_optional_gold_event_is_neither_hit_nor_false_positive():
    result = run(gold(g("main", "19"), g("maybe", "112", optional=True)), p("190"), p("112"))
    assert (result["tp"], result["fp"], result["fn"]) == (1, 0, 0)
    assert result["produced_in_scope"] == 1
    assert result["precision"] == 1.0
    assert result["not_scored"]["matched_optional"] == 1
    assert [m["gold_id"] for m in result["matches"] if m["optional"]] == ["maybe"]


def test_unmatched_optional_gold_event_is_no_miss():
    result = run(gold(g("main", "19"), g("maybe", "112", optional=True)), p("190"))
    assert (result["recall"], result["fn"], result["gold_events"]) == (1.0, 0, 1)
    assert result["missed"] == []


# ---------------------------------------------------------------- pairing

def test_pairing_is_one_to_one():
    result = run(gold(g("strike")), p("190"), p("195"))
    assert (result["tp"], result["fp"]) == (1, 1)


def test_pairing_takes_the_pair_with_most_agreeing_attributes_first():
    # Naive order (each gold event takes the first produced event it matches) would pair
    # "broad" with the 190 event and leave "narrow" unmatched: one hit instead of two.
    gold_file = gold(
        g("broad", "19"),
        g("narrow", "190", evidence="shelled the town"),
    )
    result = run(gold_file, p("190", sentence="The army shelled the town."), p("193"))
    assert (result["tp"], result["fp"], result["fn"]) == (2, 0, 0)
    assert accuracy(result, "evidence") == 1.0


def test_pairing_prefers_agreeing_places_over_document_order():
    gold_file = gold(g("aleppo", place="Aleppo"), g("idlib", place="Idlib"))
    result = run(gold_file, p(location="Idlib"), p(location="Aleppo"))
    assert accuracy(result, "place") == 1.0
    assert {m["gold_id"]: m["produced"]["location"] for m in result["matches"]} == {
        "aleppo": "Aleppo", "idlib": "Idlib"}


def test_pairing_ties_go_first_to_the_gold_event_with_fewest_candidates():
    # "condemned the attack (no target scored) and accused the police": the condemnation can
    # take either statement, the accusation of the police only one; pairing it first hits both
    gold_file = gold(g("condemns", ["111", "112"]), g("accuses-police", ["112", "111"], target=["LKACOP"]))
    result = run(gold_file, p("112", target=["LKACOP"]), p("111"))
    assert (result["tp"], result["fp"], result["fn"]) == (2, 0, 0)


def test_pairing_ties_go_by_gold_order_then_produced_order():
    gold_file = gold(g("first"), g("second"))
    result = run(gold_file, p(sentence="one"), p(sentence="two"))
    assert [(m["gold_id"], m["produced"]["sentence"]) for m in result["matches"]] == [
        ("first", "one"), ("second", "two")]


# ---------------------------------------------------------------- scope

def test_precision_counts_only_produced_events_in_scope():
    result = run(gold(g("strike"), scope=["19"]), p("190"), p("195"), p("042"), p("111"))
    assert result["produced_in_scope"] == 2
    assert result["precision"] == 0.5
    assert [f["cameo"] for f in result["false_positives"]] == ["195"]
    assert result["not_scored"]["out_of_scope"] == 2


def test_out_of_scope_event_is_never_a_false_positive():
    result = run(gold(g("strike"), scope=["19"]), p("190"), p("0431"))
    assert (result["fp"], result["precision"]) == (0, 1.0)


def test_out_of_scope_event_matching_a_gold_event_is_a_hit_for_recall_only():
    gold_file = gold(g("teargas", ["175", "20"]), scope=["19", "20"])
    result = run(gold_file, p("175"))
    assert (result["tp"], result["fn"], result["recall"]) == (1, 0, 1.0)
    assert (result["produced_in_scope"], result["matched_produced"]) == (0, 0)
    assert result["not_scored"]["out_of_scope_hits"] == 1


# ---------------------------------------------------------------- attribute accuracy

def test_modality_accuracy():
    result = run(gold(g("a", modality="claimed"), g("b", "11", modality="denied")),
                 p("190", modality="claimed"), p("112", modality="asserted"))
    assert result["attributes"]["modality"] == {"accuracy": 0.5, "correct": 1, "scored": 2}
    disagreement = next(m for m in result["matches"] if m["gold_id"] == "b")
    assert disagreement["disagreed"] == ["modality"]
    assert disagreement["details"]["modality"] == {"gold": "denied", "produced": "asserted"}


def test_fatalities_accuracy_accepts_any_listed_count():
    gold_file = gold(g("clash", fatalities=[47, 50]))
    assert accuracy(run(gold_file, p(fatalities=50)), "fatalities") == 1.0
    assert accuracy(run(gold_file, p(fatalities=48)), "fatalities") == 0.0


def test_null_in_the_fatalities_list_means_not_stated():
    gold_file = gold(g("strike", fatalities=[0, None]))
    assert accuracy(run(gold_file, p(fatalities=None)), "fatalities") == 1.0
    assert accuracy(run(gold_file, p(fatalities=0)), "fatalities") == 1.0
    assert accuracy(run(gold(g("strike", fatalities=[None])), p(fatalities=3)), "fatalities") == 0.0


def test_injured_accuracy():
    gold_file = gold(g("attack", injured=[100, 107]))
    assert accuracy(run(gold_file, p(injured=107)), "injured") == 1.0
    assert accuracy(run(gold_file, p(injured=None)), "injured") == 0.0


def test_acled_accuracy_compares_the_sub_event_type_case_insensitively():
    gold_file = gold(g("strike", acled="Air/drone strike"))
    assert accuracy(run(gold_file, p(acled_sub_event_type="air/drone  Strike")), "acled") == 1.0
    assert accuracy(run(gold_file, p(acled_sub_event_type="Shelling/artillery/missile attack")), "acled") == 0.0


def test_place_accuracy_accepts_location_admin2_or_admin1():
    gold_file = gold(g("strike", place=["Aleppo"]))
    assert accuracy(run(gold_file, p(location="Aleppo")), "place") == 1.0
    assert accuracy(run(gold_file, p(location="al-Khalidiya", admin2="Jabal Sem'an", admin1="Aleppo")), "place") == 1.0
    assert accuracy(run(gold_file, p(location="Khalidiya", admin2="Aleppo", admin1="Halab")), "place") == 1.0
    assert accuracy(run(gold_file, p(location="Idlib", admin1="Idlib")), "place") == 0.0
    assert accuracy(run(gold_file, p()), "place") == 0.0


def test_place_names_compare_without_case_hyphens_apostrophes_accents_or_al():
    assert place_key("al-Khalidiya") == place_key("Khalidiya") == place_key("Al Khalidiya")
    assert place_key("Deir ez-Zor") == place_key("Deir Ezzor") == place_key("DEIR EZ ZOR")
    assert place_key("Ma'arrat al-Nu'man") == place_key("Maarrat Al Numan")
    assert place_key("Ḥalab") == place_key("Halab")
    assert place_key("Idlib") != place_key("Aleppo")


def test_evidence_accuracy_is_a_case_and_whitespace_insensitive_substring():
    gold_file = gold(g("strike", evidence="carried out by  Russian\nair force planes"))
    hit = p(sentence="Airstrikes were Carried out by Russian air force planes on Saturday.")
    assert accuracy(run(gold_file, hit), "evidence") == 1.0
    assert accuracy(run(gold_file, p(sentence="Russian planes flew over Idlib.")), "evidence") == 0.0


def test_evidence_accuracy_looks_at_every_evidence_sentence_of_a_merged_event():
    gold_file = gold(g("strike", evidence="Russia’s jets"))
    merged = p(sentence="Airstrikes hit Idlib.", evidence=[
        {"sentence": "Airstrikes hit Idlib.", "start": 0, "end": 21},
        {"sentence": "Witnesses blamed Russia's jets.", "start": 22, "end": 53},
    ])
    assert accuracy(run(gold_file, merged), "evidence") == 1.0


def test_attribute_accuracy_ignores_pairs_with_optional_gold_events():
    result = run(gold(g("maybe", modality="claimed", optional=True)), p(modality="asserted"))
    assert result["attributes"]["modality"]["scored"] == 0


# ---------------------------------------------------------------- forbidden

@pytest.mark.parametrize("rule, breaking, harmless", [
    ({"evidence": "Leave a Reply"}, p(sentence="leave a  reply below"), p(sentence="Reply to Russia.")),
    ({"cameo": ["19"]}, p("193"), p("112")),
    ({"source": ["SYRREB"]}, p(source=["USA", "SYRREBHTS"]), p(source=["SYRGOV"])),
    ({"target": ["SYRCVL"]}, p(target=["SYRCVL"]), p(target=[])),
    ({"fatalities_at_least": 1000}, p(fatalities=1000), p(fatalities=999)),
    ({"fatalities_at_least": 1000}, p(fatalities=5000), p(fatalities=None)),
    ({"date_before": "2018-09-01"}, p(date="2018-08-31"), p(date="2018-09-01")),
    ({"date_before": "2018-09-01"}, p(date="2011-03-15"), p(date=None)),
], ids=["evidence", "cameo", "source", "target", "fatalities", "fatalities-none", "date", "date-none"])
def test_each_forbidden_condition_alone(rule, breaking, harmless):
    result = run(gold(g("strike"), forbidden=[rule]), breaking, harmless)
    assert result["forbidden"] == 1
    assert result["forbidden_events"][0]["event"]["sentence"] == breaking["sentence"]
    assert result["forbidden_events"][0]["rule"] == rule


def test_forbidden_conditions_combine_all_must_hold():
    rule = {"evidence": "to prevent a massive", "cameo": ["19"]}
    sentence = "Turkey deployed troops to prevent a massive regime attack."
    result = run(gold(forbidden=[rule]),
                 p("190", sentence=sentence),          # breaks: both hold
                 p("042", sentence=sentence),          # cameo does not hold
                 p("190", sentence="Jets struck Idlib."))  # evidence does not hold
    assert result["forbidden"] == 1
    assert result["forbidden_events"][0]["event"]["cameo"] == "190"


def test_hypothetical_events_break_no_forbidden_rule():
    rule = {"evidence": "to prevent a massive", "cameo": ["19"]}
    event = p("190", modality="hypothetical", sentence="Troops came to prevent a massive attack.")
    assert run(gold(forbidden=[rule]), event)["forbidden"] == 0


def test_event_breaking_two_rules_is_counted_once_and_lists_both():
    result = run(gold(forbidden=[{"fatalities_at_least": 1000}, {"date_before": "2018-09-01"}]),
                 p(fatalities=2000, date="2011-01-01"))
    assert result["forbidden"] == 1
    assert result["forbidden_events"][0]["rules"] == [{"fatalities_at_least": 1000}, {"date_before": "2018-09-01"}]


def test_forbidden_applies_to_matched_and_out_of_scope_events_too():
    result = run(gold(g("strike"), forbidden=[{"fatalities_at_least": 1000}], scope=["19"]),
                 p("190", fatalities=1500), p("042", fatalities=1500))
    assert (result["tp"], result["forbidden"]) == (1, 2)


# ---------------------------------------------------------------- hypothetical events

def test_produced_hypothetical_event_is_ignored_when_the_gold_has_none():
    result = run(gold(g("strike", modality="asserted")), p("190", modality="hypothetical"))
    assert (result["tp"], result["fp"], result["fn"]) == (0, 0, 1)
    assert result["produced_in_scope"] == 0
    assert result["not_scored"]["hypothetical_without_gold"] == 1


def test_produced_hypothetical_event_does_not_match_a_gold_event_without_modality():
    result = run(gold(g("strike")), p("190", modality="hypothetical"))
    assert (result["tp"], result["fp"]) == (0, 0)


def test_produced_hypothetical_event_counts_when_the_gold_has_one():
    result = run(gold(g("threat", "19", modality="hypothetical")), p("190", modality="hypothetical"))
    assert (result["tp"], result["fp"], result["fn"]) == (1, 0, 0)
    assert accuracy(result, "modality") == 1.0


def test_gold_hypothetical_event_matched_by_an_asserted_event_scores_modality_wrong():
    result = run(gold(g("threat", "19", modality="hypothetical")), p("190", modality="asserted"))
    assert result["tp"] == 1
    assert accuracy(result, "modality") == 0.0


# ---------------------------------------------------------------- scores

def test_per_root_figures_use_gold_and_produced_roots():
    gold_file = gold(g("accuse", ["112", "111"]), g("strike", "195"), g("clash", "190", source="KUR"))
    result = run(gold_file, p("112"), p("1951"), p("190", source=["TUR"]), p("183"))
    roots = result["per_root"]
    assert roots["11"] == {**roots["11"], "tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert roots["19"] == {**roots["19"], "tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5}
    assert roots["18"] == {**roots["18"], "tp": 0, "fp": 1, "fn": 0, "precision": 0.0, "f1": 0.0}
    assert (result["precision"], result["recall"]) == (0.5, 2 / 3)
    assert result["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_gold_root_comes_from_the_first_cameo_prefix():
    result = run(gold(g("teargas", ["175", "2041"])), p("2041"))
    assert set(result["per_root"]) == {"17", "20"}
    assert result["per_root"]["17"]["tp"] == 1
    assert result["per_root"]["20"]["matched_produced"] == 1


def test_nothing_produced_scores_zero():
    result = run(gold(g("strike")))
    assert (result["precision"], result["recall"], result["f1"]) == (0.0, 0.0, 0.0)


def test_nothing_annotated_and_nothing_produced_scores_one():
    result = run(gold())
    assert (result["precision"], result["recall"], result["f1"]) == (1.0, 1.0, 1.0)


def test_gold_article_without_produced_entry_has_no_events():
    result = score(gold(g("strike")), {}).to_json()
    assert (result["tp"], result["fn"]) == (0, 1)
    assert result["missed"] == [{"article": ARTICLE, "id": "strike", "cameo": ["19"], "evidence": None}]


def test_events_for_articles_not_in_the_gold_are_ignored_and_listed():
    result = score(gold(g("strike")), {ARTICLE: [p()], "other.txt": [p(), p()]}).to_json()
    assert (result["tp"], result["fp"]) == (1, 0)
    assert result["unscored_articles"] == ["other.txt"]


def test_report_lists_false_positives_with_their_sentence():
    result = run(gold(), p("190", source=["RUS"], target=["SYRREB"], date="2018-11-25", sentence="Jets struck."))
    assert result["false_positives"] == [{
        "article": ARTICLE, "cameo": "190", "source": ["RUS"], "target": ["SYRREB"],
        "date": "2018-11-25", "modality": "asserted", "location": None, "fatalities": None,
        "sentence": "Jets struck."}]


def test_text_report_shows_scores_tables_and_lists():
    gold_file = gold(g("strike", place="Aleppo", evidence="Jets struck"), g("missed-one", "112"),
                     forbidden=[{"fatalities_at_least": 1000}])
    text = score(gold_file, {ARTICLE: [p(location="Idlib", sentence="Jets struck Idlib."),
                                       p("183", fatalities=1200, sentence="A bomb killed 1200.")]}).render_text()
    for expected in ["precision 0.500", "recall 0.500", "Per CAMEO root", "Attribute accuracy",
                     "place", "missed-one", "False positives (1)", "A bomb killed 1200.",
                     "fatalities_at_least=1000", "place gold ['Aleppo'] / produced"]:
        assert expected in text


# ---------------------------------------------------------------- loading gold files

def test_load_gold_reads_scalars_as_lists_and_keeps_leading_zeros(tmp_path):
    path = write(tmp_path, """\
        name: t
        scope: [016, 19]
        articles:
          - file: a.txt
            published: 2018-11-25
            events:
              - {id: deny, cameo: 016, source: SYRREB, date: 2018-11-24, fatalities: null}
        """)
    event = load_gold(path).articles[0].events[0]
    assert load_gold(path).scope == ["016", "19"]
    assert (event.cameo, event.source, event.fatalities) == (["016"], ["SYRREB"], [None])
    assert event.date[0].isoformat() == "2018-11-24"


def test_load_gold_rejects_an_unknown_key_naming_file_and_key_path(tmp_path):
    path = write(tmp_path, """\
        name: t
        scope: ["19"]
        articles:
          - file: a.txt
            events:
              - {id: e1, cameo: "19", colour: red}
        """)
    with pytest.raises(GoldFormatError) as error:
        load_gold(path)
    assert str(path) in str(error.value)
    assert "articles[0].events[0].colour: unknown key 'colour'" in str(error.value)


def test_load_gold_rejects_duplicate_event_ids(tmp_path):
    path = write(tmp_path, """\
        name: t
        scope: ["19"]
        articles:
          - file: a.txt
            events: [{id: e1, cameo: "19"}]
          - file: b.txt
            events: [{id: e1, cameo: "18"}]
        """)
    with pytest.raises(GoldFormatError, match=r"articles\[1\]\.events\[0\]\.id: duplicate event id 'e1'"):
        load_gold(path)


@pytest.mark.parametrize("date", ['"2018-02-30"', "2018-02-30", "yesterday"])
def test_load_gold_rejects_a_bad_date_naming_its_key_path(tmp_path, date):
    path = write(tmp_path, f"""\
        name: t
        scope: ["19"]
        articles:
          - file: a.txt
            events: [{{id: e1, cameo: "19", date: [{date}]}}]
        """)
    with pytest.raises(GoldFormatError, match=r"articles\[0\]\.events\[0\]\.date\[0\]"):
        load_gold(path)


def test_load_gold_rejects_a_forbidden_rule_without_conditions(tmp_path):
    path = write(tmp_path, """\
        name: t
        scope: ["19"]
        articles:
          - {file: a.txt, forbidden: [{}]}
        """)
    with pytest.raises(GoldFormatError, match=r"articles\[0\]\.forbidden\[0\]: a forbidden rule needs"):
        load_gold(path)


def test_load_gold_rejects_an_empty_attribute_list(tmp_path):
    path = write(tmp_path, """\
        name: t
        scope: ["19"]
        articles:
          - file: a.txt
            events: [{id: e1, cameo: "19", place: []}]
        """)
    with pytest.raises(GoldFormatError, match=r"articles\[0\]\.events\[0\]\.place: empty list"):
        load_gold(path)


def test_load_gold_rejects_a_repeated_yaml_key(tmp_path):
    path = write(tmp_path, """\
        name: t
        scope: ["19"]
        articles:
          - file: a.txt
            events: [{id: e1, cameo: "19", source: RUS, source: SYR}]
        """)
    with pytest.raises(GoldFormatError, match="duplicate key 'source'"):
        load_gold(path)


def test_gold_event_from_python_converts_integer_codes_with_str():
    assert GoldEvent(id=1, cameo=195).cameo == ["195"]


def test_texts_folder_is_relative_to_the_gold_file(tmp_path):
    path = write(tmp_path, 'name: t\nscope: ["19"]\ntexts: ../seeds\narticles: []\n')
    assert gold_texts_dir(path, load_gold(path)) == (tmp_path.parent / "seeds").resolve()


# ---------------------------------------------------------------- the seeds gold file

def seeds_perfect_output() -> dict[str, list[dict]]:
    """What a perfect coder outputs for the two seed articles (tests/fixtures/seeds_gold.yaml)."""
    a000, a004 = "000_d2cba9b15cf5e49f.txt", "004_fa7b279e94574391.txt"

    def ev(cameo, source, target, date, modality, sentence, **more):
        return p(cameo, source=source, target=target, date=date, modality=modality, sentence=sentence, **more)

    return {
        a000: [
            ev("112", ["USA"], ["SYRGOV"], "2018-12-07", "asserted",
               "The State Department lashed out at the Syrian regime on Friday."),
            ev("112", ["USA"], ["RUS"], "2018-12-07", "asserted",
               "It said Russian and regime personnel were directly involved."),
            ev("112", ["SYR"], ["SYRREB"], "2018-11-24", "asserted",
               "SANA said Hayat Tahrir al-Sham launched a chemical attack."),
            ev("112", ["RUSMIL"], ["SYRINS"], "2018-11-25", "asserted",
               "Shells were fired from the al-Buraykat district, Russia said."),
            ev("2041", ["SYRINS"], ["SYRCVL"], "2018-11-24", "claimed",
               "A chemical attack in the al-Khalidiya area of Aleppo hurt dozens.",
               location="al-Khalidiya", admin1="Aleppo", acled_sub_event_type="Chemical weapon"),
            ev("2041", ["SYRGOV"], ["SYRCVL"], "2018-11-24", "claimed",
               "The regime used teargas against civilians, the U.S. said.", location="Aleppo"),
        ],
        a004: [
            ev("195", ["RUS"], ["SYRREB"], "2018-11-25", "asserted",
               "Airstrikes were carried out by Russian air force planes on Sunday.",
               location="Idlib", acled_sub_event_type="Air/drone strike"),
            ev("112", ["RUS"], ["SYRINS"], "2018-11-25", "asserted",
               "Russia accused Hayat Tahrir al-Sham of the attack."),
            ev("2041", ["SYRINS"], ["SYRCVL"], "2018-11-24", "claimed",
               "Militants fired shells filled with chlorine, injuring 107.",
               location="Aleppo", fatalities=0, injured=107, acled_sub_event_type="Chemical weapon"),
            ev("016", ["SYRREB"], [], "2018-11-25", "asserted",
               "A rebel alliance denied any involvement."),
            ev("190", ["IMG"], ["KUR"], "2018-11-24", "asserted",
               "IS killed at least 47 US-backed fighters in Deir ez-Zor.",
               location="Deir ez-Zor", fatalities=47, acled_sub_event_type="Armed clash"),
        ],
    }


def test_seeds_gold_scores_a_perfect_output_at_f1_one_without_forbidden_events():
    gold_file = load_gold(FIXTURES / "seeds_gold.yaml")
    result = score(gold_file, seeds_perfect_output()).to_json()
    assert (result["precision"], result["recall"], result["f1"]) == (1.0, 1.0, 1.0)
    assert (result["tp"], result["fp"], result["fn"]) == (11, 0, 0)
    assert result["forbidden"] == 0
    assert all(a["accuracy"] == 1.0 for a in result["attributes"].values())
    assert all(m["disagreed"] == [] for m in result["matches"])


# ---------------------------------------------------------------- labels for training

def test_labels_say_which_produced_events_a_careful_coder_records():
    from pipeline.evaluate import label_produced
    gold_file = gold(g("strike", "195", source=["RUS"]), g("maybe", "111", optional=True), scope=["11", "19"])
    events = [p("195", source=["RUSMIL"]), p("190", source=["SYR"]), p("111"), p("0874"),
              p("190", modality="hypothetical")]
    # a hit, a false positive, an optional match, out of scope, an unmatched hypothetical
    assert label_produced(gold_file.articles[0], events, gold_file.scope) == [True, False, None, None, None]
