"""What did not happen, by example: threats, warnings, plans, foiled attacks, conditionals and
negations are coded `hypothetical` or not at all, never as an asserted attack."""
from __future__ import annotations

from coding import code

VIOLENT = ("18", "19", "20")


def asserted_attacks(r):
    return [e for e in r.events if e.cameo.startswith(VIOLENT) and e.modality != "hypothetical"]


def test_a_threat_to_attack_is_hypothetical():
    r = code("Al-Shabaab threatened on Wednesday to attack hotels in Mogadishu that host foreign "
             "officials.", "2024-05-02")
    assert not asserted_attacks(r), r.describe()


def test_a_warning_that_a_group_could_storm_a_city_is_no_attack():
    r = code("The United Nations warned that the Rapid Support Forces could storm El Fasher within days.",
             "2024-05-02")
    assert not asserted_attacks(r), r.describe()


def test_a_planned_offensive_has_not_happened():
    r = code("The Nigerian army is planning a major offensive against Boko Haram in the Sambisa forest, "
             "a military source said.", "2024-05-02")
    assert not asserted_attacks(r), r.describe()


def test_a_foiled_suicide_bombing_is_not_a_bombing():
    r = code("Police in Kano said they foiled a suicide bombing at a mosque on Wednesday and arrested "
             "two suspects.", "2024-05-02")
    assert not asserted_attacks(r), r.describe()


def test_a_thwarted_attack_on_a_base_is_not_an_attack():
    r = code("Security forces thwarted an attack on a military base near Kaya on Tuesday, the Burkinabe "
             "army said.", "2024-05-02")
    assert not asserted_attacks(r), r.describe()


def test_a_conditional_resumption_of_attacks_is_not_an_attack():
    r = code("If the ceasefire collapses, the rebels will resume attacks on government positions, "
             "a spokesman said.", "2024-05-02")
    assert not asserted_attacks(r), r.describe()


def test_a_negated_attack_is_not_asserted():
    r = code("The M23 rebels did not attack Goma on Tuesday, contrary to earlier reports.", "2024-05-02")
    assert not asserted_attacks(r), r.describe()


def test_a_vow_to_retaliate_is_not_an_attack():
    r = code("Hezbollah vowed to retaliate for the killing of its commander.", "2024-05-02")
    assert not asserted_attacks(r), r.describe()


def test_a_declared_intent_to_target_ships_is_not_an_attack():
    r = code("Houthi leaders said they would target any ship linked to Israel in the Red Sea.", "2024-05-02")
    assert not asserted_attacks(r), r.describe()


def test_feared_bombing_is_not_a_bombing():
    r = code("Residents of Kidal fear that the army will bomb the town again.", "2024-05-02")
    assert not asserted_attacks(r), r.describe()


def test_accusing_a_state_of_planning_an_attack_is_an_accusation_not_an_attack():
    r = code("Niger's junta accused France of planning an attack on the country. France denied the claim.",
             "2024-05-02")
    accusation = r.one("112")
    assert accusation.source[0].startswith("NER") and accusation.target[0].startswith("FRA")
    assert r.one("016").source[0].startswith("FRA")
    assert not asserted_attacks(r), r.describe()


def test_a_threat_next_to_a_real_attack_keeps_them_apart():
    r = code("Al-Shabaab fighters attacked an army base near Baidoa on Sunday, killing three soldiers. "
             "The group threatened to attack more bases in the coming days.", "2024-03-12")
    [attack] = asserted_attacks(r)
    assert attack.source[0].startswith("SOM") and attack.fatalities == 3
    assert all("threatened" not in ev.text for ev in attack.evidence), r.describe()


def test_a_tally_of_strikes_is_not_one_event():
    r = code("Israel has since seized a buffer zone in southern Syria and carried out hundreds of strikes on "
             "military sites.", "2025-07-16")
    assert not r.find("19"), r.describe()


def test_an_intercepted_bomber_or_drone_is_a_foiled_attack():
    r = code("Also on Monday, soldiers intercepted a female suicide bomber at the entrance to the Mora market in "
             "Cameroon. Saudi air defences intercepted an explosive-laden drone launched by the Houthis.",
             "2022-03-29")
    assert not [e for e in r.events if e.root in ("18", "19", "20") and e.modality != "hypothetical"], r.describe()


def test_deactivated_explosives_are_no_bombing():
    r = code("State police in Michoacan, Mexico, said they had deactivated two explosive devices found on the "
             "road to Buenavista on Monday.", "2023-05-09")
    assert not [e for e in r.events if e.root == "18" and e.modality != "hypothetical"], r.describe()


def test_a_diplomatic_protest_is_no_demonstration():
    r = code("Pakistan's Foreign Office summoned India's charge d'affaires in Islamabad to lodge a strong protest over "
             "the shelling.", "2020-11-14")
    assert not r.find("14"), r.describe()


def test_fighters_setting_fire_is_part_of_their_attack_not_a_riot():
    r = code("CODECO militiamen attacked the Lala displacement site in Ituri, Congo, on Sunday night and set fire to "
             "dozens of shelters.", "2023-06-14")
    assert not r.find("145") and r.find("19"), r.describe()


def test_an_assault_that_was_repelled_took_place():
    r = code("Protesters in Aktobe and Taraz tried to storm regional administration buildings but were repelled by "
             "police, Kazakh officials said.", "2022-01-07")
    riot = r.one("14")
    assert riot.cameo == "145" and riot.modality == "asserted", r.describe()


def test_protesters_storming_a_building_riot():
    r = code("Thousands of protesters stormed the city hall in Almaty, Kazakhstan, on Wednesday and set it on fire.",
             "2022-01-07")
    assert r.one("14").cameo == "145" and not r.find("19"), r.describe()


def test_stepped_up_attacks_are_a_trend_not_an_event():
    r = code("Moscow has since stepped up air attacks on the Sumy region of Ukraine, which lies just across the "
             "border.", "2024-09-14")
    assert not [e for e in r.events if e.root == "19" and e.modality == "asserted"], r.describe()


def test_no_one_killed_is_no_event():
    r = code("Hamas fired rockets at Ashdod on Saturday. No Israeli has been killed since the start of the operation. "
             "Nobody was hurt in the second barrage.", "2014-07-12")
    assert all(e.modality == "hypothetical" for e in r.find("18")), r.describe()
    assert len(r.find("19")) == 1, r.describe()


def test_calling_on_supporters_to_hold_sit_ins_is_no_protest_yet():
    r = code("Influential Shiite cleric Moqtada al-Sadr called on his supporters to organize sit-ins in the squares "
             "of Baghdad on Sunday until the government resigns.", "2019-10-26")
    assert all(e.modality == "hypothetical" for e in r.find("14")), r.describe()


def test_protesters_marching_to_demand_are_a_protest():
    r = code("Thousands of Iraqis marched in Baghdad on Friday to demand that the government resign.", "2019-10-26")
    assert r.one("14").modality == "asserted", r.describe()


def test_condemning_the_turkish_strikes_tells_no_new_strike():
    # the strikes condemned are those told before; a modifier between "the" and the noun changes nothing
    r = code("Turkish drones struck a car near Ranya on Monday, killing two PKK members. Iraqi government spokesman "
             "Basim al-Awadi condemned the Turkish strikes as a flagrant violation of Iraqi sovereignty. China said it "
             "was seriously concerned about attacks on Chinese citizens.", "2023-11-21")
    assert len([e for e in r.events if e.root == "19"]) == 1, r.describe()


def test_politicians_fighting_or_attacking_in_words_is_no_attack():
    r = code("Israeli jets struck villages in south Lebanon on Thursday, killing three people. Our brave soldiers keep "
             "dying while politicians fight each other. The opposition leader attacked the government over the "
             "budget on Friday.", "2024-07-16")
    assert len([e for e in r.events if e.root in ("18", "19", "20")]) == 1, r.describe()


def test_a_cue_in_the_denial_does_not_make_the_accusation_after_and_hypothetical():
    r = code("Gunmen abducted 20 bus passengers in West Wollega on Tuesday. The OLA denied any involvement and accused "
             "government-aligned militias of staging the kidnapping to discredit it.", "2024-07-12")
    assert r.one("112").modality == "asserted", r.describe()


def test_condemning_fridays_strike_tells_no_new_strike():
    r = code("An Israeli strike on Beirut's southern suburbs killed 14 people on Friday. Caretaker Prime Minister "
             "Najib Mikati condemned Friday's strike on the southern suburbs as a massacre.", "2024-09-21")
    assert len([e for e in r.events if e.root == "19"]) == 1, r.describe()


def test_a_deed_that_names_whom_a_threat_targets_is_not_told():
    r = code("Protesters marched in Bujumbura on Friday. The security minister said on Friday that demonstrators "
             "who continued to block roads would be treated as insurgents.", "2015-05-04")
    assert not [e for e in r.events if e.cameo.startswith("144") and e.modality != "hypothetical"], r.describe()


def test_a_warning_to_anyone_who_fires_tells_no_shooting():
    r = code("The army issued a statement warning that it will strike with an iron fist anyone who fires on its "
             "soldiers in Tripoli, Lebanon.", "2013-10-24")
    assert not [e for e in r.events if e.cameo[:2] == "19" and e.modality != "hypothetical"], r.describe()


def test_killings_that_have_rarely_been_punished_are_a_pattern_not_an_event():
    r = code("Killings by security forces in the North-West region of Cameroon have rarely been punished.",
             "2025-09-10")
    assert not [e for e in r.events if e.cameo[:2] == "18"], r.describe()


def test_each_verb_of_a_has_been_list_is_a_state_of_affairs():
    r = code("The extremist force has been looting public and private property, blocking roads and abducting "
             "civilians for ransom in Amhara, Ethiopia, the statement noted, adding that the operation would "
             "continue.", "2025-08-12")
    assert not r.find("181"), r.describe()


def test_the_month_may_is_not_the_modal_may():
    r = code("On 3 May, Sudanese army drones struck Nyala airport, witnesses said.", "2025-05-04")
    assert r.one("195").modality == "asserted", r.describe()


def test_words_on_a_placard_or_in_a_chant_tell_no_event():
    r = code('NAIROBI, Kenya — In Kisumu, hundreds marched peacefully to the county police headquarters on Tuesday, '
             'carrying placards that read "Stop killing us".', "2025-09-17")
    [march] = r.events
    assert march.cameo == "141", r.describe()


def test_a_modal_inside_a_closed_quotation_does_not_make_the_speakers_next_verb_hypothetical():
    result = code('"Russia must be held accountable," Zelensky said, accusing Moscow of war crimes.', "2025-11-20")
    assert result.one("112", source="UKR", target="RUS").modality == "asserted"


def test_a_protest_called_for_next_friday_has_not_happened():
    r = code("ZANZIBAR, Tanzania — ACT-Wazalendo has announced an island-wide protest in Pemba for next Friday.",
             "2026-11-04")
    protest = r.one("14")
    assert protest.modality == "hypothetical" and str(protest.date) == "2026-11-06", r.describe()


def test_an_accusation_after_and_it_is_told_not_threatened():
    # the threat ("they will be next") belongs to the first verb; ", and it accused" is a told accusation
    r = code("MAZATLAN, Mexico — On Thursday morning a banner appeared on a pedestrian bridge. It warned business "
             "owners that they will be next, and it accused the municipal police director of protecting the cartel.",
             "2026-08-28")
    assert r.one("112").modality == "asserted", r.describe()


def test_a_protest_they_will_hold_stays_future_past_scare_quotes_and_and():
    # a word in the writer's quotes is no quotation that ends the future, and "and block" shares "will"
    r = code('But the federations announced this morning that they will "radicalise" the mobilisation and block '
             "the roads to the west of the country if the police do not withdraw from the Tropics, in Bolivia.",
             "2026-08-20")
    assert all(e.modality == "hypothetical" for e in r.find("14")), r.describe()


def test_words_about_a_word_are_no_deed():
    r = code("ERBIL, Iraq — Turkish authorities use the term neutralise to mean killed, captured or surrendered.",
             "2025-01-22")
    assert not r.events, r.describe()


def test_the_attacks_a_monitor_tracks_are_its_work_not_an_event():
    r = code("ERBIL, Iraq — Community Peacemaker Teams, a US-based organisation that monitors Turkish and Iranian "
             "attacks in the Kurdistan Region, published its annual report on Tuesday.", "2025-01-22")
    assert not r.events, r.describe()


def test_a_team_beating_another_is_a_match_not_an_assault():
    r = code("ACCRA — In sports, Bawku-based Real Kusaug FC beat Bolga All Stars two goals to one on Sunday to top the "
             "Division Two zone.", "2026-09-22")
    assert not r.events, r.describe()


def test_a_call_to_refrain_from_taking_hostages_takes_none():
    r = code("To the CCMSR and the Miski self-defence committee: respect international humanitarian law and "
             "refrain from taking hostages in Chad.", "2026-04-29")
    assert all(e.modality == "hypothetical" for e in r.events), r.describe()


def test_carting_away_weapons_is_no_abduction():
    r = code("The fighters reportedly carted away weapons and set a service vehicle ablaze before withdrawing into "
             "the hills near Batibo in Cameroon on Sunday.", "2025-09-07")
    assert not r.find("181"), r.describe()


def test_a_march_that_is_planned_has_not_happened():
    r = code("A national march is planned this afternoon in Paris, from Republique to Nation, with the support of "
             "several unions.", "2026-06-20")
    assert all(e.modality == "hypothetical" for e in r.events), r.describe()


def test_positions_being_used_to_shell_villages_is_what_they_serve_for_not_a_shelling():
    r = code("Khaing Thura Aung said the AA would not accept Myanmar military positions in Sittwe being used to shell "
             "villages.", "2026-07-14")
    assert not [e for e in r.events if e.cameo.startswith("19") and e.modality != "hypothetical"], r.describe()


def test_a_denial_joined_by_and_takes_no_doubt_from_the_clause_before():
    r = code("Gunmen killed five herders near Inekar, Mali, on Friday. The Movement for the Salvation of Azawad (MSA) "
             "was blamed. None of these figures could be verified, and the MSA denies having targeted any civilian.",
             "2026-10-17")
    assert r.one("016").modality == "asserted", r.describe()


def test_air_strikes_in_response_did_happen():
    r = code("Militants attacked a military post near Diapaga, Burkina Faso, on Tuesday. In response, air strikes were "
             "conducted on militant positions east of the town, the army said.", "2026-10-24")
    assert r.one("195").modality == "asserted", r.describe()


def test_the_fear_of_a_speaker_who_asks_not_to_be_named_does_not_doubt_his_denial():
    r = code("Gunmen killed 11 people at a bar in Salamanca, Mexico, late on Sunday. A brother of the owner, who asked "
             "not to be named for fear of reprisals, denied that the family had any ties to organized crime.",
             "2026-03-24")
    assert r.one("016").modality == "asserted", r.describe()


def test_a_murder_charge_in_court_is_not_a_murder():
    r = code("Bandits killed seven people in Kapkoris, Kenya, on Tuesday. Three men were charged at a court in Iten "
             "on Monday with the teacher's murder and denied the charges.", "2026-05-14")
    assert [e.date.isoformat() for e in r.find("18")] == ["2026-05-12"], r.describe()


def test_what_a_response_made_possible_took_place():
    r = code("Terrorists ambushed an army unit near Banibangou, Niger, on Monday. The vigorous response of our "
             "forces made it possible to neutralise twelve (12) terrorists, the army said.", "2026-06-10")
    assert any(e.modality == "asserted" and "NERMIL" in e.source for e in r.find("19")), r.describe()


def test_an_attempted_attack_that_was_repulsed_took_place():
    r = code("On 3 September 2026, khwarij attempted to attack a checkpost of the Frontier Corps at Pezu, Lakki "
             "Marwat, Pakistan. The attack was effectively repulsed by the troops.", "2026-09-05")
    [attack] = r.find("19", source="PAKINS")
    assert attack.modality == "asserted", r.describe()


def test_an_association_called_can_is_no_modal_verb():
    r = code("Gunmen killed 17 people in Gbajanku, Taraba state, Nigeria, on Monday. The Christian Association of "
             "Nigeria (CAN) condemned the killings on Tuesday.", "2026-03-04")
    assert r.one("111").modality == "asserted", r.describe()


def test_a_clash_on_the_sports_page_is_no_fight():
    r = code("The Spear Division cagers clashed with the PNP Bicol team in the opening game of the Bicol Inter-Agency "
             "Basketball Cup in Legazpi, Philippines, on Saturday, winning 88-79.", "2026-09-07")
    assert not r.find("19"), r.describe()
