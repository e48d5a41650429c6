"""Actors and roles, by example: who did it (source) and to whom (target).

Actor codes are compared by prefix, the way the gold format matches them ("RUS" accepts
"RUSMIL"). Texts are invented, in wire-news style.
"""
from __future__ import annotations

from coding import code


def test_active_voice_the_subject_is_the_attacker():
    r = code("Russian forces shelled the city of Kherson on Monday, killing three civilians, "
             "the regional governor said.", "2024-03-12")
    attack = r.one("19")
    assert any(s.startswith("RUS") for s in attack.source)
    assert any(t.startswith("UKR") for t in attack.target)


def test_passive_voice_the_by_phrase_is_the_attacker():
    r = code("Five soldiers were killed by Jama'at Nusrat al-Islam wal-Muslimin fighters near Djibo "
             "on Sunday, security sources said.", "2023-06-20")
    attack = r.one("19")      # soldiers killed by fighters: a battle (CAMEO 190, ACLED armed clash)
    assert not any(s.startswith("BFA") for s in attack.source), r.describe()
    assert attack.source and attack.source[0].startswith(("IMG", "BFAREB", "BFAINS"))
    assert any(t.startswith("BFAMIL") for t in attack.target)


def test_passive_voice_without_agent_leaves_the_victims_as_target():
    r = code("Seven Colombian soldiers were killed by FARC dissidents in an ambush near Tumaco "
             "on Saturday, the army said.", "2024-03-12")
    attack = r.one("1")
    assert any(s.startswith("COLREB") or s.startswith("COLINS") for s in attack.source), r.describe()
    assert any(t.startswith("COLMIL") for t in attack.target)


def test_coordinated_subjects_each_make_their_own_accusation():
    # one accusation per party, as the gold annotates "Syria and Russia blamed Israel"
    r = code("Russia and Belarus accused Ukraine of shelling a border village on Sunday.", "2024-03-12")
    assert r.one("112", source="RUS").target[0].startswith("UKR")
    assert r.one("112", source="BLR").target[0].startswith("UKR")


def test_two_officials_of_one_state_each_make_their_own_statement():
    # "Prime Minister X and President Y condemned...": two people speaking, two statements,
    # though both are the same government (the gold annotates one event per speaker)
    r = code("Prime Minister Albin Kurti and President Vjosa Osmani condemned the attack on Monday, "
             "accusing Serbia of sponsoring terrorism in the north.", "2025-05-20")
    statements = r.find("11", source="KSV")
    assert len(statements) == 2, r.describe()
    assert all(e.target[0].startswith("SRB") for e in statements)


def test_two_parties_named_together_each_make_their_own_statement():
    r = code("A police officer was shot in Omagh on Sunday. The SDLP and the UUP also "
             "condemned the shooting.", "2026-02-23")
    assert len(r.find("111", source="GBR")) == 2, r.describe()


def test_a_ministry_of_two_portfolios_stays_one_body():
    r = code("The Ministry of Foreign Affairs and Expatriates condemned the Israeli strike on Monday.",
             "2025-05-20")
    assert len(r.find("111")) == 1, r.describe()


def test_two_armies_clashing_are_both_coded():
    r = code("The Sudanese army and the Rapid Support Forces clashed in Omdurman on Tuesday, "
             "witnesses said.", "2024-05-02")
    clash = r.one("19")
    actors = clash.source + clash.target
    # the RSF may be coded SDNREB, SDNUAF or SDNMIL...; the two sides must both be there
    assert any(a.startswith("SDNMIL") for a in actors)
    assert len(set(actors)) >= 2 and all(a.startswith("SDN") for a in actors), r.describe()


def test_apposition_and_acronym_name_the_same_group():
    r = code("The Arakan Army (AA), an ethnic armed group, attacked a police outpost in Rakhine State "
             "on Sunday. On Monday the AA shelled a navy base near Sittwe.",
             "2023-09-05")
    attacks = r.find("19")
    assert len(attacks) == 2, r.describe()
    for attack in attacks:
        assert any(s.startswith("MMRREB") for s in attack.source), r.describe()


def test_an_apposition_naming_another_group_does_not_take_the_role():
    r = code("The Allied Democratic Forces (ADF), a group allied with Islamic State, killed 20 villagers "
             "near Beni on Sunday, local officials said.", "2023-09-05")
    attack = r.one("18")
    assert any(s.startswith("COD") for s in attack.source), r.describe()
    assert not any(s.startswith("IMG") for s in attack.source)
    assert any(t.startswith("CODCVL") for t in attack.target)


def test_definite_description_refers_back_to_the_named_group():
    r = code("Al-Shabaab fighters attacked a military base in Lower Shabelle on Sunday, killing four "
             "soldiers. On Monday the militants ambushed an army convoy near Baidoa.", "2023-09-05")
    ambush = [e for e in r.find("19") if any("convoy" in ev.text for ev in e.evidence)]
    assert len(ambush) == 1, r.describe()
    assert any(s.startswith("SOM") for s in ambush[0].source)
    assert not any(s.startswith("SOMMIL") for s in ambush[0].source)


def test_the_jihadists_continue_the_event_of_the_named_group():
    r = code("Boko Haram fighters stormed the town of Gwoza on Monday. The jihadists burned homes and "
             "killed nine villagers, residents said.", "2024-05-02")
    attack = r.one("1")
    assert any(s.startswith("NGA") and not s.startswith("NGACVL") for s in attack.source), r.describe()
    assert any(t.startswith("NGACVL") for t in attack.target)


def test_generic_military_aircraft_take_the_story_country():
    r = code("Fighting spread across Sudan's Darfur region this week. Military warplanes bombed a "
             "market in Nyala on Friday, killing 20 civilians, activists said.", "2024-02-10")
    strike = r.one("195")
    assert any(s.startswith("SDNMIL") for s in strike.source)
    assert any(t.startswith("SDNCVL") for t in strike.target)


def test_junta_jets_are_the_myanmar_state():
    r = code("Junta jets bombed a school in Sagaing on Friday, killing 13 children, residents said.",
             "2024-02-10")
    strike = r.one("19")
    assert any(s.startswith("MMR") for s in strike.source)
    assert not any(s.startswith("MMRREB") for s in strike.source)


def test_a_backer_named_as_modifier_is_not_the_attacker():
    r = code("Turkish drones struck US-backed Kurdish fighters near Qamishli on Wednesday, "
             "a war monitor said.", "2024-05-02")
    strike = r.one("19")
    assert any(s.startswith("TUR") for s in strike.source)
    assert not any(a.startswith("USA") for a in strike.source + strike.target), r.describe()



def test_a_relative_clause_between_subject_and_verb_keeps_the_subject():
    r = code("The RSF, which controls most of Darfur, denied attacking the Zamzam camp on Wednesday.",
             "2024-05-02")
    denial = r.one("016")
    assert any(s.startswith("SDN") for s in denial.source), r.describe()
    assert not any(e.modality == "asserted" for e in r.find("19")), r.describe()


def test_members_of_a_named_group_are_the_group():
    r = code("Militants from Islamic State attacked an army post near Gao on Sunday.", "2024-03-12")
    attack = r.one("19")
    assert attack.source and attack.source[0].startswith("IMG"), r.describe()
    assert any(t.startswith("MLIMIL") for t in attack.target)


def test_an_unknown_source_after_according_to_does_not_take_the_attackers_place():
    r = code("According to local officials, Myanmar military jets bombed a school in Sagaing Region "
             "on Wednesday, killing 13 children.", "2024-03-14")
    strike = r.one("195")
    assert any(s.startswith("MMRMIL") for s in strike.source), r.describe()
    assert strike.fatalities == 13


def test_a_speaker_inside_a_relative_clause_is_not_the_one_who_denies():
    r = code("The TTP, which officials say uses other names as fronts, denied any involvement.", "2024-03-14")
    denial = r.one("016")
    assert denial.source[0].startswith("PAKINS"), r.describe()


def test_occupation_forces_belong_to_the_other_side():
    r = code("Five Palestinians were killed by occupation forces' fire in the city of Jenin in the northern "
             "West Bank on Monday, the Palestinian health ministry said. The Israeli army said it had "
             "targeted militants in the camp.", "2023-06-20")
    killing = r.one("18")
    assert killing.source[0].startswith("ISR"), r.describe()


def test_victims_coordinated_with_a_count_are_all_the_target():
    r = code("Two Chinese engineers and a Pakistani security guard were killed on Monday when a suicide bomber "
             "rammed a car into their convoy near Karachi airport.", "2025-09-23")
    assert set(r.one("183").target) == {"CHNCVL", "PAK"}, r.describe()


def test_the_object_of_a_participle_after_the_subject_is_not_the_subject():
    r = code("Security forces hunting the East Indonesia Mujahidin shot dead two suspected militants in the "
             "mountains of Poso on Monday.", "2021-06-22")
    assert r.one("19").source == ["IDNCOP"], r.describe()


def test_a_nationality_before_an_ethnic_word_qualifies_the_group():
    # "Iranian Kurdish opposition parties" in Iraq's Kurdistan Region: Iran's opposition
    r = code("Iran's Revolutionary Guards launched drones on Tuesday at camps of Iranian Kurdish opposition "
             "parties near the town of Koya, east of Erbil, killing at least five people.", "2025-08-26")
    assert r.one("195").target == ["IRNOPP"], r.describe()


def test_coordinated_verb_shares_the_main_subject():
    r = code("In Tehran, foreign ministry spokesman Nasser Kanaani denied that Iran directs the attacks "
             "and accused Washington of fuelling the fire in the region.", "2024-01-30")
    accusation = r.one("112")
    assert accusation.source[0].startswith("IRN"), r.describe()
    assert accusation.target[0].startswith("USA")


def test_a_led_coalition_is_its_leaders_and_so_is_the_coalition_later():
    r = code("The Saudi-led coalition has fought the Houthis in Yemen since 2015. "
             "Col. Turki al-Maliki, the coalition spokesman, told the Saudi Press Agency on Monday "
             "that the coalition had struck a drone workshop and denied that the market had been hit.",
             "2019-09-03")
    denial = r.one("016")
    assert denial.source == ["SAU"], r.describe()      # not the press agency he spoke to


def test_a_spokesperson_speaks_for_the_body_named_before_the_title():
    r = code("Police clashed with protesters in Nairobi on Tuesday. National Police Service spokesperson "
             "Resila Onyango denied that officers had fired on peaceful demonstrators.", "2024-06-26")
    assert r.one("016").source[0].startswith("KENCOP"), r.describe()


def test_numbered_units_and_names_given_with_known_as_are_actors():
    r = code("The fighting between the 444 Brigade and the Special Deterrence Force, known as Radaa, erupted in "
             "Tripoli on Monday. Radaa said in a statement that 444 Brigade fighters had fired first on its "
             "checkpoints, an account the brigade denied.", "2023-08-16")
    fight = r.one("19")
    assert fight.source and fight.target, r.describe()          # both sides, though both are Libyan units
    assert r.one("016").source[0].startswith("LBYMIL")


def test_an_unknown_body_named_in_full_with_an_acronym_and_apposition_is_an_actor():
    r = code("Separatist rebels said on Monday they had inflicted heavy losses on Malian soldiers. "
             "The Strategic Framework for the Defence of the People of Azawad (CSP-DPA), a coalition of mainly "
             "Tuareg armed groups, said the fighting began on Thursday near Tinzaouaten. The CSP-DPA accused the "
             "military of killing 21 civilians in a drone strike on Sunday.", "2024-07-29")
    accusation = r.one("112")
    assert accusation.source[0].startswith("MLI") and accusation.target[0].startswith("MLIMIL"), r.describe()


def test_the_governor_of_a_region_is_the_person_not_the_place():
    r = code("On Wednesday, the Governor of West Darfur, Khamis Abakar, was abducted from his residence by armed "
             "men in RSF uniforms.", "2023-06-16")
    assert r.one("18").target == ["SDNGOV"], r.describe()


def test_an_unknown_rights_group_is_a_human_rights_body():
    r = code("The Darfur Rights Monitor (DRM) said on Friday that RSF fighters had killed 34 civilians in El "
             "Geneina. DRM accuses the RSF of deliberately targeting the Masalit.", "2023-06-16")
    assert r.one("112").source[0].endswith("HRI"), r.describe()


def test_fighters_and_allied_militiamen_both_attacked():
    r = code("RSF fighters and allied militiamen opened fire on civilians fleeing El Geneina on Thursday.",
             "2023-06-16")
    assert "SDNREB" in r.one("18").source, r.describe()


def test_an_elided_passive_does_not_make_the_victims_the_attackers():
    # "eleven women [were] abducted when ... insurgents stormed": the insurgents did it
    r = code("Four members of a vigilance committee were killed and eleven women abducted when suspected Boko "
             "Haram insurgents stormed the village of Tourou in Cameroon on Sunday night, officials said.",
             "2022-03-29")
    attack = r.one("180")
    assert attack.source == ["NGAREB"], r.describe()
    assert attack.fatalities == 4        # the abducted are not counted among the dead (their abduction is a 181)


def test_gunmen_suspected_to_be_members_of_a_group_are_that_group():
    r = code("Two policemen were killed on Sunday night by gunmen suspected to be members of the Eastern Security "
             "Network (ESN), the armed wing of the proscribed Indigenous People of Biafra (IPOB).", "2021-05-25")
    assert r.one("18").source == ["NGASEP"], r.describe()



def test_a_protest_is_aimed_at_whom_it_makes_demands_of():
    r = code("On Thursday, thousands of people marched in Debre Birhan, north of the capital, demanding that the "
             "government protect Amhara communities living in Oromia, Ethiopia.", "2022-07-08")
    assert r.one("14").target == ["ETHGOV"], r.describe()


def test_a_protest_outside_an_office_is_aimed_at_its_owner():
    r = code("In Kirkuk, hundreds of Kurdish residents protested outside the United Nations compound on Thursday, "
             "Iraqi police said.", "2017-10-21")
    assert r.one("14").target[0].startswith("IGOUNO"), r.describe()


def test_a_transcript_speaker_label_is_not_a_party():
    r = code("SHARMA: In a statement released this evening, the CPI (Maoist) claimed responsibility for the ambush "
             "in Bijapur, India, and accused the security forces of killing innocent villagers.", "2021-04-04")
    assert r.one("112").source[0].startswith("INDREB"), r.describe()


def test_a_trigger_phrase_that_starts_inside_its_subject_keeps_the_subject():
    r = code("Pakistani fighter jets struck suspected militant hideouts in Afghanistan's Paktika province late on "
             "Tuesday, security sources said.", "2024-12-25")
    assert r.one("195").source == ["PAKMIL"], r.describe()


def test_an_attack_launched_by_a_sponsored_group_on_a_target():
    r = code("The National Army repelled on Sunday an attack launched by the Iranian-backed Houthi militia on the "
             "army's positions in Sirwah, west of Marib, Yemen, a military source said.", "2021-02-15")
    attack = r.find("19", source="YEMREB")
    assert attack and any(t.startswith("YEMMIL") for t in attack[0].target), r.describe()


def test_he_in_the_next_sentence_is_the_subject_named_first():
    r = code("Yemen's Minister of Information Muammar Al-Eryani accused the Iranian regime of supplying the "
             "Houthis with missiles. He criticised the UN envoy for his silence.", "2021-02-15")
    assert r.one("111").source[0].startswith("YEMGOV"), r.describe()


def test_parties_of_the_day_carry_the_code_of_their_time():
    r = code("Awami League General Secretary Obaidul Quader accused the BNP of infiltrating the student movement "
             "in Dhaka on Tuesday.", "2024-07-17")
    accusation = r.one("112")
    assert accusation.source[0].startswith("BGDGOV") and accusation.target == ["BGDOPP"], r.describe()


def test_shells_fired_from_a_groups_positions_are_that_groups():
    r = code("On Monday, artillery shells fired from RSF positions struck the Al-Jamarik neighbourhood of El "
             "Geneina, Sudan, killing five people sheltering in a school.", "2023-06-16")
    assert r.one("19").source == ["SDNREB"], r.describe()


def test_attackers_identified_later_are_the_perpetrators():
    r = code("On 18 June, gunmen attacked Tole kebele in Gimbi district, Ethiopia, killing mostly Amhara residents. "
             "The Ethiopian Human Rights Commission said survivors identified the attackers as fighters of the "
             "Oromo Liberation Army (OLA).", "2022-07-08")
    # (an armed group's force against the residents it killed: an assault, 18)
    attack = r.one("18")
    assert "ETHREB" in attack.source and attack.target == ["ETHCVL"], r.describe()


def test_an_unnamed_target_is_known_by_what_was_struck():
    base = code("Gunmen opened fire on an army base near Djibo, Burkina Faso, on Sunday.", "2023-06-20").find("1")
    market = code("Russian missiles struck a crowded market in Kostiantynivka, Ukraine, on Sunday.",
                  "2023-06-20").find("19")
    rebel = code("Burkina Faso's army attacked their base near Djibo on Sunday, the jihadists said.",
                 "2023-06-20").find("19")
    assert base and any(t.startswith("BFAMIL") for t in base[0].target), base
    assert market and market[0].target == ["UKRCVL"], market
    assert rebel and not any(t.startswith("BFAMIL") for t in rebel[0].target), rebel


def test_maoists_who_blew_up_a_bus_with_an_ied_did_it():
    r = code("On March 23, five DRG personnel were killed when Maoists blew up their bus with an IED in Narayanpur "
             "district, India.", "2021-04-04")
    assert r.one("18").source == ["INDREB"], r.describe()


def test_the_days_other_protests_share_the_movements_target():
    r = code("Conakry was paralysed on Monday by demonstrations called by the National Front for the Defence of the "
             "Constitution (FNDC) against a new constitution that would allow President Alpha Condé to seek a third "
             "term. In Labé, hundreds of people marched peacefully through the town centre.", "2019-10-15")
    protests = r.find("14")
    assert protests and all(e.target == ["GINGOV"] for e in protests), r.describe()


def test_a_civic_front_defined_with_its_acronym_is_opposition():
    r = code("Demonstrations were called by the National Front for the Defence of the Constitution (FNDC) in Guinea. "
             "The ministry accused the FNDC of bearing full responsibility for the violence.", "2019-10-15")
    assert r.one("112").target == ["GINOPP"], r.describe()


def test_military_police_in_brazil_are_the_states_police():
    r = code("RIO DE JANEIRO, Brazil — Military Police officers shot dead two suspects in the Complexo da Maré on "
             "Tuesday.", "2025-07-16")
    assert r.one("19").source == ["BRACOP"], r.describe()
    r = code("CAIRO, Egypt — Military police shot dead a deserter on Tuesday.", "2025-07-16")
    assert r.one("18").source[0].startswith("EGYMIL"), r.describe()      # elsewhere, the army's police


def test_a_street_named_after_a_country_is_a_street():
    r = code("Dozens of residents blocked Avenida Brasil in Rio de Janeiro with burning debris on Wednesday.",
             "2021-09-16")
    assert all("Brasil" not in a for e in r.events for a in e.source), r.describe()
    assert not any(e.source == ["BRA"] for e in r.events), r.describe()


def test_pro_russian_separatists_are_the_countrys_own():
    r = code("Pro-Russian separatists pounded Ukrainian government positions around Debaltseve on Tuesday. Eduard "
             "Basurin, a spokesman for the self-proclaimed Donetsk People's Republic (DPR), denied that separatist "
             "forces had fired on Kramatorsk.", "2015-02-11")
    assert r.one("19", modality="asserted").source[0].startswith("UKR"), r.describe()
    assert r.one("016").source == ["UKRSEP"], r.describe()


def test_gendarmes_are_police_and_youths_attacking_riot():
    r = code("His family and witnesses say the gendarmes fired live bullets at the crowd in Bignona, Senegal. This "
             "afternoon in Dakar, a group of youths attacked and looted a supermarket.", "2021-03-05")
    assert r.find("19", source="SENCOP"), r.describe()
    assert r.one("14").cameo == "145", r.describe()


def test_an_acronym_from_the_name_in_another_language_is_the_name_defined():
    # "FTC" is also the US Federal Trade Commission; here it is Paraguay's Fuerza de Tarea Conjunta,
    # and its mentions do not make this a US story
    r = code("Members of the Paraguayan People's Army (EPP) stormed a ranch in Azotey on Monday night and "
             "kidnapped its owner. A patrol of the Joint Task Force (FTC) clashed with the guerrillas on Tuesday. "
             "The FTC said two guerrillas were wounded. The FTC later denied beating residents. Relatives accused "
             "FTC agents of breaking into homes.", "2022-08-17")
    assert r.one("016").source == ["PRYMIL"] and r.one("112").source == ["PRYCVL"], r.describe()


def test_a_currency_is_not_the_state():
    r = code("Members of the Paraguayan People's Army (EPP) stormed a ranch in Azotey on Monday night, kidnapped "
             "its owner and burned machinery worth US$ 300,000. The group demanded a ransom of US$ 500,000. "
             "Police said the gunmen fled into the forest.", "2022-08-17")
    assert all(not c.startswith("USA") for e in r.events for c in e.source + e.target), r.describe()


def test_a_dictionary_group_inside_a_longer_arabic_name_is_someone_else():
    # "al-Shabab al-Muslim" is a faction of a Lebanese camp, not Somalia's al-Shabaab
    r = code("Fatah official Alaa al-Din was shot dead in Ain al-Hilweh camp on Thursday. Fatah accused "
             "al-Shabab al-Muslim of the killing.", "2025-05-31")
    assert all(not c.startswith("SOM") for e in r.events for c in e.source + e.target), r.describe()


def test_an_unknown_acronym_is_coded_from_the_words_around_it():
    r = code("Security forces shot dead five people in Harare, Zimbabwe, on Monday. Main opposition MDC spokesperson "
             "Jacob Mafume accused the army of waging war on unarmed citizens. The MDC denied any involvement in the "
             "unrest.", "2019-01-16")
    assert r.one("016").source == ["ZWEOPP"], r.describe()
    assert r.one("112").source == ["ZWEOPP"], r.describe()


def test_an_acronym_nothing_explains_is_no_actor():
    r = code("The XYZ denied any involvement in the attack on the army base near Djibo, Burkina Faso.", "2023-06-20")
    assert not r.find("016"), r.describe()


def test_warplanes_in_the_trigger_phrase_are_the_attackers():
    r = code("Witnesses said that warplanes bombed RSF positions in the Ombada district of Omdurman, Sudan, around "
             "midday.", "2023-08-15")
    assert r.one("195").source == ["SDNMIL"], r.describe()


def test_the_paramilitary_group_is_the_armed_group_told_before():
    r = code("The Rapid Support Forces (RSF) issued a statement denying they shelled the market in Omdurman, Sudan. "
             "The paramilitary group instead accused the army of shelling residential areas.", "2023-08-15")
    assert r.one("112").source == ["SDNREB"], r.describe()


def test_a_name_after_a_title_for_a_country_belongs_to_the_title():
    r = code("The UN humanitarian coordinator for Sudan, Clementine Nkweta-Salami, said she was appalled and "
             "condemned the indiscriminate shelling of a crowded market in Omdurman.", "2023-08-15")
    assert r.one("111").source[0].startswith("IGOUNO"), r.describe()


def test_a_deputy_minister_is_government_not_police():
    r = code("Yemen's Deputy Interior Minister Ahmed al-Maisari accused the UAE of backing a coup against President "
             "Hadi's government.", "2019-08-11")
    assert r.one("112").source[0].startswith("YEMGOV"), r.describe()


def test_a_position_held_by_a_group_is_that_groups():
    r = code("Warplanes of the Saudi-led coalition struck a position held by southern separatists in the port city of "
             "Aden, Yemen, early Sunday, officials said.", "2019-08-11")
    assert r.one("195").target[0].startswith("YEMSEP"), r.describe()     # separatists: CAMEO SEP


def test_the_governments_own_air_force_is_its_military():
    r = code("A United Nations flight was forced to abort its landing at Mekelle airport in Ethiopia. The Federal "
             "Government initially denied that its air force had carried out any strikes on Mekelle on Monday.",
             "2021-10-20")
    assert r.one("016").source[0].startswith("ETHGOV"), r.describe()
    assert all(not s.startswith("IGO") for e in r.find("195") for s in e.source), r.describe()


def test_a_regional_security_council_is_not_the_uns():
    r = code("A spokesman for the Kurdistan Region Security Council (KRSC) said dozens of attackers had been killed "
             "near Kirkuk, Iraq. In a statement, the KRSC accused the Popular Mobilisation Forces of leading the "
             "assault.", "2017-10-21")
    assert all(not s.startswith("IGO") for e in r.find("112") for s in e.source), r.describe()
    assert r.find("112"), r.describe()


def test_a_town_whose_name_ends_like_a_foreign_city_is_not_that_city():
    r = code("On Wednesday, hundreds of angry youths blocked the Jos-Pankshin highway at Mangu Halle, Nigeria, "
             "burning tyres to protest the killings.", "2023-05-18")
    assert not any(a.startswith("DEU") for e in r.events for a in e.source + e.target), r.describe()


def test_settlers_take_the_cameo_settler_role():
    r = code("In a separate development, colonists assaulted a farmer and his son with stones in the village of "
             "Turmusayya, north of Ramallah in the West Bank.", "2023-06-20")
    assert r.one("18").source[0].endswith("SET"), r.describe()


def test_the_army_is_the_army_the_article_named():
    gaza = code("Asked about the strike in Jabalia, Gaza, the Israeli military said it had struck terrorists. The army "
                "denied that its soldiers had targeted medical crews.", "2024-10-20")
    mali = code("Separatist rebels said they had killed Malian soldiers and Russian mercenaries near Tinzaouaten, Mali. "
                "The army denied hitting civilians.", "2024-07-29")
    assert gaza.one("016").source == ["ISRMIL"], gaza.describe()
    assert mali.one("016").source == ["MLIMIL"], mali.describe()


def test_anti_government_protests_are_aimed_at_the_government():
    r = code("Thousands joined anti-government protests in Baghdad, Iraq, on Saturday.", "2019-10-27")
    assert r.one("14").target == ["IRQGOV"], r.describe()


def test_an_apposition_describing_a_group_tells_no_event_and_owns_nothing():
    r = code("The Amhara Fano National Force, one of the main Fano factions fighting federal troops, said on Monday "
             "that its fighters had taken control of the town of Merawi in West Gojjam, Ethiopia, on Sunday.",
             "2025-08-12")
    capture = r.one("19")
    assert capture.cameo == "192" and capture.source == ["ETHREB"], r.describe()


def test_rebels_capturing_a_town_take_it_from_the_state_forces():
    r = code("The Myanmar National Democratic Alliance Army (MNDAA) says it has captured Chinshwehaw, a trade town on "
             "the Chinese border, after fighting on Saturday.", "2023-10-30")
    capture = r.one("19")
    assert capture.target == ["MMRMIL"], r.describe()


def test_an_enemy_drone_is_the_other_sides():
    r = code("On September 13, the armed forces of Azerbaijan launched intensive shelling against Armenian positions "
             "near Goris and Jermuk. At around 02:30, an enemy strike drone hit an air defence unit of the Armenian "
             "Armed Forces near Jermuk.", "2022-09-13")
    drone = r.one("195")
    assert drone.source and drone.source[0].startswith("AZE"), r.describe()



def test_a_correspondents_label_is_no_party_even_once_named():
    # the anchor names "our correspondent Alok Sharma"; his later label "SHARMA:" is still only a label
    r = code("ANCHOR: Maoists killed 22 security personnel in an ambush in Bijapur on Saturday. Our correspondent "
             "Alok Sharma joins us from Raipur.\n\nALOK SHARMA (by phone, Raipur): The patrol was returning from an "
             "operation.\n\nSHARMA: And Ritika, in a statement released this evening, the CPI (Maoist) claimed "
             "responsibility for the ambush and accused the security forces of killing innocent villagers in fake "
             "encounters.", "2021-04-04")
    assert not [e for e in r.find("11") if any(s.endswith("MED") for s in e.source)], r.describe()


def test_an_ombudsman_raising_a_toll_is_no_party_to_the_clashes():
    r = code("The Ombudsman's Office has raised the toll from Monday's clashes in Juliaca to 17 civilians killed, "
             "after protesters tried to storm the airport and security forces opened fire.", "2023-01-10")
    assert not [e for e in r.events if any(s.endswith("HRI") for s in e.source) and e.root in ("18", "19")], \
        r.describe()


def test_a_group_name_ending_a_persons_full_name_is_her_surname():
    r = code("At an emergency UN Security Council meeting on Sunday, the Democratic Republic of Congo's Foreign "
             "Minister Therese Kayikwamba Wagner accused Rwanda of a frontal aggression.", "2025-01-27")
    assert r.one("112").source[0].startswith("COD"), r.describe()


def test_officials_are_the_government_of_the_story():
    r = code("Gunmen killed four civilians in Bamenda, Cameroon, on Tuesday. "
             "Officials blamed separatists for the attack.", "2024-05-10")
    accusation = r.one("112")
    assert accusation.source[0].startswith("CMRGOV"), r.describe()
    assert accusation.target[0].startswith("CMRSEP")


def test_the_group_refers_back_to_the_organisation_named_last():
    r = code("Gunmen killed four civilians in Bamenda, Cameroon, on Tuesday. The governor blamed the "
             "Ambazonia Defence Forces (ADF) for the attack. The group denied any involvement.", "2024-05-10")
    assert r.one("016").source[0].startswith("CMRSEP"), r.describe()


def test_according_to_a_known_actor_the_clause_after_the_comma_has_its_own_subject():
    r = code("According to local residents, Myanmar military jets bombed a school in Sagaing Region "
             "on Wednesday, killing 13 children.", "2024-03-14")
    assert r.one("195").source[0].startswith("MMRMIL"), r.describe()


def test_an_officer_by_rank_is_the_army_and_speaks_for_it_as_spokesperson():
    r = code("BIFF fighters accused the army of shelling homes in Maguindanao. Lt. Col. Dante P. Alvarado, "
             "JTF Central spokesperson, denied the claim on Sunday.", "2023-08-14")
    assert r.one("016").source[0].startswith("PHLMIL"), r.describe()


def test_the_same_group_is_the_group_told_before():
    r = code("Four members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed in Maguindanao on "
             "Sunday. Two days earlier the same group fired at an army patrol base in Shariff Aguak.", "2023-08-14")
    assert any(e.source and e.source[0].startswith("PHLREB") for e in r.events if e.cameo.startswith("19")), \
        r.describe()


def test_he_after_a_spokesman_spoke_is_the_spokesman():
    r = code("\"He had nothing to do with the Amba boys,\" a woman told reporters in Bamenda, Cameroon. In a "
             "statement on September 8, the Defence Ministry's spokesman said troops had killed five fighters. "
             "He denied that civilians were killed.", "2025-09-10")
    assert r.one("016").source[0].startswith("CMRGOV"), r.describe()


def test_a_place_qualifying_an_office_counts_only_in_a_country_the_article_names():
    r = code("Gunmen killed 19 people in Benue, Nigeria, on Saturday. The senator representing Benue North-West, "
             "Senator Terhemba Agber, in a statement condemned the attack.", "2024-04-15")
    assert r.one("111").source[0].startswith("NGA"), r.describe()


def test_a_ministry_of_two_portfolios_is_one_ministry():
    r = code("Israeli colonists attacked the village of Burin near Nablus on Saturday. The Palestinian Ministry "
             "of Foreign Affairs and Expatriates condemned the attack.", "2025-10-18")
    condemnation = r.one("111")
    assert condemnation.source[0].startswith("PSEGOV"), r.describe()


def test_its_after_a_named_army_is_that_army():
    r = code("The RSF shelled El Obeid, Sudan, on Monday. The Sudanese Armed Forces (SAF) said its air force "
             "carried out strikes on RSF gatherings in Bara on Monday.", "2025-11-12")
    assert r.one("195").source[0].startswith("SDNMIL"), r.describe()


def test_gunmen_invading_a_village_attack_it():
    r = code("At least 19 people were killed on Saturday night when gunmen invaded Tse-Ikyoo village in "
             "Benue State, Nigeria.", "2024-04-15")
    attack = [e for e in r.events if e.cameo[:2] in ("18", "19")]
    assert attack and attack[0].source[0].startswith("NGAUAF"), r.describe()


def test_an_enemy_encampment_struck_by_the_army_is_the_armed_group_of_the_story():
    r = code("Four members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed in Maguindanao on Sunday. "
             "On Saturday, Philippine Air Force aircraft conducted airstrikes on an enemy encampment in the "
             "marshland of Barangay Ganta.", "2023-08-14")
    assert r.one("195").target[0].startswith("PHLREB"), r.describe()


def test_ultras_are_insurgents():
    r = code("Maoist ultras opened fire on a police team near Goilkera in Jharkhand, India, on Wednesday.",
             "2024-10-17")
    attack = [e for e in r.events if e.cameo[:2] in ("18", "19")]
    assert attack and attack[0].source[0].startswith("INDREB"), r.describe()


def test_two_sides_coordinated_before_clashed_are_source_and_target():
    r = code("Government forces and Druze fighters clashed in Sweida, Syria, on Monday, leaving at least 30 dead.",
             "2025-03-12")
    battle = r.one("190")
    sides = {battle.source[0][:6], battle.target[0][:6]}
    assert sides == {"SYRMIL", "SYRUAF"}, r.describe()


def test_the_army_regaining_control_takes_it_back_from_the_armed_group_of_the_story():
    r = code("The RSF has held central Khartoum, Sudan, since April 2023. Sudan's army regained control of the "
             "presidential palace in Khartoum on Friday, the military said.", "2025-03-22")
    regained = r.one("192")
    assert regained.source[0].startswith("SDNMIL") and regained.target[0].startswith("SDNREB"), r.describe()


def test_whoever_came_under_fire_is_the_target_and_the_attacker_follows_from():
    r = code("On Monday, an MSF vehicle came under gunfire near Chai, the charity said.", "2024-05-17")
    shooting = r.one("193")
    assert shooting.target == ["NGOHLHMSF"] and not shooting.source, r.describe()
    assert shooting.acled_sub_event_type == "Attack", r.describe()      # aid workers are civilians
    r = code("Units of the army came under attack from a Colombian armed group in Apure on Sunday.", "2021-03-22")
    assert r.one("19").source[0].startswith("COL"), r.describe()


def test_members_of_a_group_firing_on_a_patrol_of_rangers():
    # "a patrol of rangers" is the rangers; "members of a non-state armed group" the group
    r = code("On 3 May, a patrol of rangers came under fire from members of a non-state armed group near "
             "Porga in northern Benin, officials said.", "2026-05-05")
    shooting = r.one("19")
    assert shooting.source[0].startswith("BEN") and shooting.target[0].startswith("BEN"), r.describe()


def test_no_indication_a_warship_came_under_attack_is_no_attack():
    r = code("A U.S. official said there was no indication any U.S. warship had come under attack.", "2024-02-25")
    assert all(e.modality == "hypothetical" for e in r.events), r.describe()


def test_the_group_with_no_organisation_named_is_the_people_told_last():
    r = code("Thousands of students marched in Jakarta on Monday. In a statement, the group accused the police of "
             "using excessive force.", "2025-05-07")
    assert r.one("112").source == ["IDNEDU"] and r.one("112").target == ["IDNCOP"], r.describe()


def test_relatives_are_civilians_and_prison_guards_the_police():
    r = code("Inmates were killed in a riot at a Honduran prison on Tuesday. Relatives accused the prison guards "
             "of allowing weapons into the prison.", "2025-05-07")
    assert r.one("112").source == ["HNDCVL"] and r.one("112").target == ["HNDCOP"], r.describe()


def test_families_displaced_by_the_fighting_are_no_side_of_it():
    r = code("Government troops clashed with BIFF rebels near Datu Saudi on Tuesday, the army said. Around 230 "
             "families were displaced by the fighting.", "2023-08-10")
    assert len(r.events) == 1 and "PHLCVL" not in r.events[0].source, r.describe()


def test_social_media_is_a_channel_not_the_press():
    r = code("Gunmen attacked a police station in Jamundi, Colombia, on Monday. In a statement circulated on social "
             "media, the Jaime Martinez front denied attacking civilians.", "2024-05-21")
    assert all(not s.endswith("MED") for e in r.events for s in e.source), r.describe()


def test_a_name_after_the_title_of_an_unknown_body_is_that_persons_later():
    r = code("SANTA CRUZ, Bolivia — The president of the Comite pro Santa Cruz, Romulo Saucedo, denied that strikers "
             "were responsible for the fire. Saucedo in turn accused the police of savage repression.", "2025-03-12")
    accusation = r.one("112")
    assert accusation.source[0].startswith("BOL") and accusation.target == ["BOLCOP"], r.describe()


def test_opposition_movements_and_civic_leaders_are_the_opposition():
    r = code("DUSHANBE, Tajikistan — The Prosecutor-General's Office accused the banned opposition movement Group 24 "
             "of inciting the unrest.", "2024-11-19")
    assert r.one("112").target == ["TJKOPP"], r.describe()
    r = code("SANTA CRUZ, Bolivia — Minister of Government Roberto Ayala accused the civic leaders of economic "
             "sabotage.", "2025-03-12")
    assert r.one("112").target == ["BOLOPP"], r.describe()


def test_groups_and_bodies_of_recent_wars_are_in_the_dictionaries():
    r = code("NARATHIWAT, Thailand — Col. Pramote Prom-in of the Internal Security Operations Command blamed the "
             "Barisan Revolusi Nasional for the attack on a checkpoint on Sunday.", "2024-03-12")
    blame = r.one("112")
    assert blame.source == ["THAMIL"] and blame.target[0].startswith("THA"), r.describe()
    r = code("ISLAMABAD — The ISPR accused the Islamic Emirate of allowing TTP fighters to use Afghan soil.", "2026-03-03")
    assert r.one("112").target == ["AFGGOV"], r.describe()


def test_a_turkish_dotted_capital_i_meets_the_dictionary_name():
    # "İ" lowercases to "i" plus a combining dot, which no dictionary name has
    r = code("ISTANBUL — Ekrem İmamoğlu accused the government of staging a coup against the opposition.",
             "2025-03-20")
    assert r.one("112").source == ["TUROPP"], r.describe()


def test_office_holders_of_recent_years_are_in_the_dictionaries():
    r = code("SANAA, Yemen — Defence Secretary Pete Hegseth accused Iran of directing the Houthi attacks.", "2025-03-16")
    assert r.one("112").source == ["USAGOV"] and r.one("112").target == ["IRNGOV"], r.describe()


def test_relatives_of_the_inmates_are_the_ones_who_gather():
    r = code("TEGUCIGALPA, Honduras — MS-13 inmates attacked a rival module on Monday. Dozens of relatives of the "
             "inmates gathered outside the prison on Tuesday afternoon, demanding information.", "2024-10-09")
    assert r.one("141").source[0].startswith("HND"), r.describe()


def test_a_body_named_in_the_dictionary_is_no_person_and_the_committees_is_it_again():
    r = code("EL FASHER, Sudan — Five civilians were killed on Tuesday by RSF shells in El Fasher, the El Fasher "
             "Resistance Committees said. The committees accused the RSF of seeking to empty the city.", "2025-05-07")
    assert r.one("112").source == ["SDNOPP"], r.describe()


def test_hamas_people_phoenix_filed_with_a_group_code_are_hamas():
    r = code("GAZA — Israeli jets struck a house in Khan Yunis on Saturday. Hamas spokesman Sami Abu Zuhri rejected "
             "the charge as a lie.", "2014-07-12")
    assert r.one("016").source == ["PSEINS"], r.describe()


def test_people_phoenix_codes_for_an_earlier_office_have_their_current_one():
    r = code("GAZA — Israeli strikes killed 20 people in Rafah on Monday. Antonio Guterres condemned the "
             "strikes.", "2024-05-28")
    assert r.one("111").source[0].startswith("IGOUNO"), r.describe()


def test_dissidents_who_kill_are_an_armed_group():
    r = code("BOGOTA, Colombia — A police officer was shot dead by suspected dissidents while off duty in the town of "
             "Morales on Sunday.", "2024-05-21")
    assert r.one("18").source == ["COLREB"], r.describe()


def test_gaza_and_rafah_are_places_not_actors():
    r = code("GAZA — Israeli strikes killed 20 people in Rafah on Monday.", "2024-05-28")
    strike = r.one("19")
    assert strike.target == ["PSECVL"] and strike.acled_sub_event_type == "Attack", r.describe()


def test_troops_in_a_story_whose_country_has_no_army_told_are_the_army_named():
    r = code("GAZA — The Israel Defense Forces said on Tuesday they were expanding operations in Khan Younis. The "
             "military said troops had killed dozens of terrorists in close-quarters fighting.", "2024-03-05")
    assert r.one("19").source == ["ISRMIL"], r.describe()


def test_generic_nouns_of_recent_news_are_agents():
    r = code("PORT HARCOURT, Nigeria — Suspected cultists shot dead two traders in Port Harcourt on Sunday.", "2024-05-13")
    assert r.one("18").source == ["NGACRM"], r.describe()
    r = code("BEIRUT — Israeli strikes killed three paramedics in Nabatieh on Monday, the health ministry said.",
             "2024-10-15")
    assert r.one("19").target == ["LBNHLH"], r.describe()


def test_regional_words_for_gangs_and_protesting_pensioners_are_agents():
    r = code("SUKKUR, Pakistan — Heavily armed dacoits attacked a police picket in Ghotki district on Monday, "
             "police said.", "2026-02-17")
    assert r.one("19").source == ["PAKCRM"], r.describe()
    r = code("BUENOS AIRES — Hundreds of retirees marched around the Congress building on Wednesday to demand "
             "higher pensions.", "2026-04-16")
    assert r.one("14").source == ["ARGCVL"], r.describe()


def test_security_ministers_crop_growers_protest_organisers_and_county_members_are_agents():
    r = code("APATZINGAN, Mexico — The state's public security secretary blamed the Jalisco New Generation Cartel "
             "for the attack on Wednesday.", "2026-03-12")
    assert r.one("112").source == ["MEXGOV"], r.describe()
    r = code("APATZINGAN, Mexico — Gunmen of the cartel, known by its Spanish initials CJNG, shot dead two police "
             "officers in Apatzingan on Tuesday.", "2026-03-12")
    assert r.one("18").source == ["MEXCRM"], r.describe()      # a language, not Spain
    r = code("POKHARA, Nepal — Police fired on protesters in Pokhara on Monday. Protest organisers accused the police "
             "of shooting to kill.", "2026-08-11")
    assert r.one("112").source == ["NPLCVL"], r.describe()
    r = code("LAMU, Kenya — Faza Ward MCA Abdulqadir Omar accused the Interior ministry of neglecting the region.",
             "2025-07-14")
    assert r.one("112").source == ["KENLEG"], r.describe()
    r = code("KARACHI, Pakistan — The opposition member from Sukkur accused the police of protecting dacoits.",
             "2025-07-14")
    assert r.one("112").source == ["PAKOPP"], r.describe()
    r = code("APATZINGAN, Mexico — On Sunday, lime grower Efrain Zavala, 54, accused the cartel of extorting the "
             "growers of the valley.", "2026-03-12")
    assert r.one("112").source == ["MEXAGR"], r.describe()
    r = code("APATZINGAN, Mexico — On Sunday, lime grower Efrain Zavala, 54, was shot dead by gunmen outside his "
             "orchard.", "2026-03-12")
    assert r.one("18").target == ["MEXCVL"], r.describe()       # a grower a killing strikes is a civilian victim


def test_a_countrys_peoples_defence_force_is_its_army_not_myanmars_pdf():
    r = code("DAR ES SALAAM — The Tanzania People's Defence Force (TPDF) said its troops killed six insurgents near "
             "Kilambo on Sunday. TPDF troops pursued the attackers towards the Ruvuma river.", "2026-07-14")
    assert all(e.source == ["TZAMIL"] for e in r.find("19")) and r.find("19"), r.describe()


def test_a_person_named_right_after_a_title_told_alone_is_that_titled_person():
    r = code("ZIGUINCHOR, Senegal — A spokesman for the MFDC gave AFP a very different account. Reached by "
             "telephone, Ansoumana Badji said the movement had lost one fighter. Badji accused the army of "
             "firing artillery shells at the village of Diaroume on Tuesday.", "2026-03-05")
    assert r.one("112").source == ["SENSEP"], r.describe()


def test_a_body_no_dictionary_knows_called_opposition_is_an_opposition_party():
    r = code("BRAZZAVILLE, Congo — The opposition Collective for Democratic Change (CCD) condemned the attack on "
             "the train. Its president accused the government of abandoning the Pool region.", "2026-06-09")
    assert r.one("112").source == ["COGOPP"], r.describe()


def test_second_tier_spokespeople_are_in_the_dictionaries():
    r = code("KHARTOUM, Sudan — Al-Fateh Qurashi accused the army of bombing a market in Nyala on Monday.", "2025-05-06")
    accusation = r.one("112")
    assert accusation.source == ["SDNREB"] and accusation.target == ["SDNMIL"], r.describe()     # the RSF's spokesman


def test_a_person_named_in_full_is_named_by_surname_alone_later():
    r = code("KIGALI — Paul Kagame met army commanders on Monday. Kagame accused the Congolese army of shelling "
             "the border town of Gisenyi.", "2024-05-21")
    assert r.one("112").source == ["RWAGOV"], r.describe()


def test_an_abbreviated_title_names_the_person_after_it():
    r = code("PATTANI, Thailand — Gunmen attacked a checkpoint on Monday, said Col. Pramote Promin, spokesman for "
             "the Internal Security Operations Command. Promin blamed the Barisan Revolusi Nasional for the attack.",
             "2024-03-12")
    assert r.one("112").source == ["THAMIL"], r.describe()


def test_members_of_a_body_coordinated_with_another_are_both_subjects():
    r = code("MAIDUGURI, Nigeria — Police operatives and members of the Civilian Joint Task Force engaged the "
             "insurgents in a gun battle near Konduga on Sunday, a police spokesman said.", "2024-03-12")
    assert "NGACOP" in r.one("190").source, r.describe()


def test_office_holders_have_the_code_of_their_office_on_the_day():
    r = code("DAKAR — President Macky Sall accused the opposition of inciting riots in Dakar.", "2021-03-05")
    assert r.one("112").source == ["SENGOV"], r.describe()    # Phoenix had him an ex-minister
    r = code("LA PAZ — Evo Morales accused the interim government of a massacre in Senkata.", "2019-11-20")
    assert r.one("112").source == ["BOLOPP"], r.describe()    # no longer president since 2019-11-10


def test_the_writers_title_before_a_name_says_which_office_the_story_is_about():
    r = code("COLOMBO — Opposition Leader Sajith Premadasa accused Prime Minister Mahinda Rajapaksa of instigating "
             "the violence.", "2022-05-10")    # he resigned the day before; the story is about his premiership
    assert r.one("112").target == ["LKAGOV"], r.describe()
    r = code("COLOMBO — Opposition Leader Sajith Premadasa accused former President Mahinda Rajapaksa of "
             "instigating the violence.", "2022-05-10")
    assert r.one("112").target == ["LKAOPP"], r.describe()


def test_an_acronym_the_article_defines_means_what_it_defined():
    r = code("BOSASO, Somalia — Islamic State fighters attacked a base of the Puntland Defence Forces (PDF) in Bari "
             "region on Tuesday. Nine members of the PDF were killed, the ministry said.", "2024-12-31")
    assert r.one("19").target == ["SOMMIL"], r.describe()      # not Myanmar's People's Defence Force


def test_a_name_whose_acronym_is_not_its_initials_is_a_translation_of_the_acronyms_group():
    # HPG (Hezen Parastina Gel) translated, not Myanmar's People's Defence Force
    r = code("ZAKHO, Iraq — The PKK, through its armed wing the People's Defence Forces (HPG), denied that any of its "
             "fighters had been killed. The HPG said its fighters had attacked Turkish troops near Mount Metina on "
             "Sunday.", "2026-04-14")
    assert r.one("016").source == ["TURREB"] and r.one("19").source == ["TURREB"], r.describe()


def test_the_agency_a_spokesman_talks_to_does_not_make_him_foreign():
    r = code("BUJUMBURA, May 8 (Xinhua) -- Two protesters were killed on Thursday when police fired live ammunition "
             "in Bujumbura. Police spokesman Pierre-Claver Ntahomvukiye told Xinhua that opposition leaders had armed "
             "young people. He accused opposition leaders of arming young people.", "2015-05-08")
    assert all(e.source == ["BDICOP"] for e in r.events if e.cameo.startswith("112")), r.describe()


def test_an_agent_inside_a_descriptive_phrase_the_dictionary_lists_still_counts():
    r = code('CARACAS — Members of pro-government "colectivos" on motorbikes shot at protesters in Altamira, '
             'wounding at least three.', "2017-05-03")
    assert r.one("19").source == ["VENGOV"], r.describe()


def test_an_armed_groups_own_outlet_speaks_for_the_group():
    r = code("MANDERA, Kenya — Gunmen ambushed a police patrol in Mandera on Monday. In a statement on its "
             "affiliated Radio Andalus, al-Shabaab claimed responsibility for the attack.", "2026-02-11")
    assert r.one("190").source[:1] in (["SOMINS"], ["KENUAF"]) and "SOMINS" in r.one("190").source, r.describe()


def test_the_gang_is_the_gang_named_before_and_people_taken_away_were_abducted():
    r = code("PORT-AU-PRINCE — Gran Grif gunmen attacked Liancourt on Monday, killing 19 people. At least eight "
             "people were taken away by the gang, residents said.", "2024-12-03")
    abduction = r.one("181")
    assert abduction.source == ["HTICRM"] and abduction.target == ["HTICVL"], r.describe()


def test_a_man_taken_from_his_home_by_armed_men_was_abducted():
    r = code("YAOUNDE — The family of a 34-year-old opposition campaign coordinator said he was taken from his home in "
             "Biyem-Assi by armed men in civilian clothes on Friday night.", "2025-11-02")
    assert r.one("181").date.isoformat() == "2025-10-31", r.describe()


def test_the_opposition_is_the_story_countrys_opposition():
    r = code("DUSHANBE, Tajikistan — The interior ministry accused the opposition of organizing the protest.", "2024-11-19")
    assert r.one("112").target == ["TJKOPP"], r.describe()


def test_the_senate_is_the_story_countrys_senate():
    r = code("ABUJA, Nigeria — Gunmen killed 20 villagers in Zamfara on Sunday. The Senate condemned the attack on "
             "Monday.", "2024-03-12")
    assert r.one("111").source == ["NGALEG"], r.describe()     # Phoenix filed the bare name under the US Congress


def test_common_phrases_phoenix_gave_to_defunct_groups_name_no_one():
    r = code("SANAA — Youth groups protested outside the central bank in Aden on Monday. The National Resistance "
             "accused the Houthis of shelling Taiz.", "2024-03-12")
    assert all(not c.startswith(("FRA", "SLV")) for e in r.events for c in e.source + e.target), r.describe()


def test_one_word_names_that_usually_mean_something_else_name_no_actor():
    r = code("MALAKAL, South Sudan — Gunmen killed 12 civilians near the Nile in Malakal on Monday. Hussein, a "
             "trader, accused Vladimir of shielding the gunmen.", "2024-03-12")
    assert all(not c.startswith(("EGY", "JOR", "RUS")) for e in r.events for c in e.source + e.target), r.describe()


def test_an_acronym_spelled_out_as_another_actor_is_that_actor_through_the_article():
    r = code("DHAKA — Armed members of the United People's Democratic Front (UPDF) fired on an army patrol near "
             "Ultachhari on Tuesday night, the army said. Niron Chakma, a UPDF spokesperson, rejected the "
             "allegation.", "2025-05-08")
    assert r.one("016").source == ["BGDREB"], r.describe()        # not Uganda's army, the dictionary's UPDF
    r = code("KAMPALA — Soldiers of the Uganda People's Defence Force (UPDF) killed five ADF fighters in "
             "Bundibugyo on Monday.", "2025-05-08")
    assert r.one("190").source == ["UGAMIL"], r.describe()


def test_an_acronym_of_the_name_in_another_language_still_spells_out_the_name():
    # ANC is the acronym of the French name (Alliance nationale pour le changement), not South Africa's ANC
    result = code("Police in Lome fired tear gas at protesters on Thursday. The National Alliance for Change (ANC) "
                  "accused the security forces on Sunday of having chased unarmed young people into the lagoons.",
                  "2025-07-01")
    accusation = result.one("112", source="TGO")
    assert accusation.target == ["TGOCOP"]


def test_a_league_of_human_rights_is_a_rights_group_not_a_party():
    result = code("Police in Lome fired tear gas at protesters on Thursday. The Togolese League of Human Rights "
                  "(LTDH) accused the security forces on Sunday of having chased unarmed young people into the lagoons.",
                  "2025-07-01")
    assert result.one("112", target="TGOCOP").source == ["TGOHRI"]


def test_a_drone_that_kills_the_drone_users_own_soldiers_is_not_theirs():
    r = code("POPAYAN, Colombia — Army drones struck a dissident camp near Argelia on Sunday, the army said. "
             "Overnight, two soldiers were killed in a drone attack on a military base in Caloto.", "2026-04-16")
    caloto = r.one("195", target="COLMIL")
    assert caloto.source == ["COLUAF"], r.describe()


def test_a_foreign_city_or_state_named_as_a_local_place_is_no_actor():
    r = code("CALI, Colombia — Two patrolmen of the Valle del Cauca police remain missing after they were kidnapped "
             "on Monday by armed men on the road between Florida and Pradera, police said.", "2026-04-16")
    assert not any(c.startswith("USA") for e in r.events for c in e.source + e.target), r.describe()
    r = code("TORIBIO, Colombia — Gunmen shot dead a former governor of the San Francisco reservation on Saturday, "
             "the ACIN said.", "2025-10-14")
    assert not any(c.startswith("USA") for e in r.events for c in e.source + e.target), r.describe()


def test_a_drone_no_one_is_named_for_is_the_drone_user_the_story_names():
    result = code("Dissidents of the Estado Mayor Central (EMC) attacked the police station in Morales with drones "
                  "on Saturday, police said. Almost at the same time, a drone dropped an explosive on a military "
                  "patrol base in Suarez, Cauca, the army said.", "2025-07-21")
    [patrol_base] = [e for e in result.find("195") if "patrol base" in e.evidence[0].text]
    assert patrol_base.source and patrol_base.source[0].startswith("COL") and patrol_base.source[0][3:] != "MIL"


def test_an_acronym_of_a_name_no_one_knows_is_what_its_apposition_says():
    result = code("Haitian police launched drones against gangs in Port-au-Prince on Monday. The Observatoire haitien "
                  "des droits humains (OHDH), a Port-au-Prince based rights group, said one of the drones hit a family "
                  "home. The OHDH accused the police of carrying out the strikes without regard for civilians.",
                  "2025-04-16")
    assert result.one("112", target="HTICOP").source == ["HTIHRI"]


def test_dissidents_killed_in_combat_or_by_troops_are_armed_dissidents():
    assert code("Colombian troops killed two dissidents near Morales, Cauca, on Sunday.",
                "2025-07-21").one("19").target == ["COLREB"]
    result = code("On Sunday, troops of the Third Division launched an offensive in Morales, Cauca, the army said. "
                  "Two dissidents were killed in combat near the village of Pan de Azucar, according to the army.",
                  "2025-07-21")
    assert result.one("19").target == ["COLREB"]


def test_the_defensoria_is_latin_americas_ombudsman():
    r = code("Colombian army troops clashed with FARC dissidents in Guaviare on Saturday. The Defensoría accused both "
             "factions of forcibly recruiting at least seven minors in the area.", "2025-06-10")
    assert r.one("112").source == ["COLHRI"], r.describe()


def test_khawarij_are_the_insurgents_of_the_story_country():
    # Pakistan's state calls the TTP so, Somalia's government al-Shabaab
    r = code("Information Minister Daud Aweis said the Khawarij attacked a checkpoint in Mogadishu on Monday, "
             "killing five soldiers.", "2025-03-19")
    assert r.one("19").source == ["SOMINS"], r.describe()


def test_it_after_the_same_group_is_that_group():
    r = code("Insurgents linked to the Islamic State beheaded at least four people in Macomia district, in Mozambique. "
             "A day after the raid, the same group moved south towards Litamanda, a village on the road to Mucojo, "
             "where it abducted two young women on Monday afternoon, residents said.", "2025-10-15")
    assert r.one("181").source == ["IMGMUS"], r.describe()


def test_a_joint_force_is_the_military_of_the_story():
    r = code("Insurgents beheaded at least four people in Macomia district, in Mozambique. Rwandan and Mozambican "
             "forces pursued the group towards the Messalo river, and a military source in Macomia told Lusa that the "
             "joint force clashed with the insurgents on Monday evening near Chai, killing five of them.",
             "2025-10-15")
    assert r.one("19").source == ["MOZMIL"], r.describe()


def test_victims_are_the_people_of_the_place_struck_not_of_the_story():
    # a Turkish story; the civilians killed in Qamishli are Syria's
    r = code("Turkish jets struck PKK/YPG targets in northern Syria overnight, Turkey's defence ministry said "
             "in Ankara. PKK/YPG-affiliated outlets claimed on Friday that the Turkish strikes had killed 12 civilians, "
             "including two children, in Qamishli.", "2024-04-19")
    assert r.one("190").target == ["SYRCVL"], r.describe()


def test_victims_named_as_a_force_of_another_country_keep_its_code():
    # a story full of Belgrade and Serbia; the wounded are Kosovo's police, as their name says
    r = code("Serbia's president denied that Belgrade backed any armed group. Serbian officials in Belgrade "
             "said Serbia was not involved. Two Kosovo Police officers were wounded late on Sunday when masked "
             "gunmen opened fire on their patrol.", "2025-05-20")
    attack = next(e for e in r.events if e.injured == 2)
    assert attack.target == ["KSVCOP"], r.describe()


def test_a_killing_during_a_state_operation_is_the_state_forces_doing():
    r = code("Three men were killed during a counter-terrorism operation in Karabulak on May 19, the National "
             "Antiterrorism Committee reported. Relatives say the men had no weapons.", "2025-05-20")
    assert r.one("18").source == ["RUSMIL"], r.describe()


def test_a_convoy_of_fuel_trucks_is_civilian():
    r = code("On Thursday evening, gunmen fired on a convoy of fuel trucks near Gedamaytu in Ethiopia's Afar "
             "region, killing a driver.", "2022-08-27")
    # (an assault on the unarmed, 18, or a shooting, 19: either way the convoy is civilian)
    [attack] = [e for e in r.events if e.root in ("18", "19")]
    assert attack.target == ["ETHCVL"], r.describe()


def test_the_leader_of_the_opposition_and_a_party_president_are_not_the_government():
    r = code("Leader of the Opposition Partap Singh Bajwa and SAD president Sukhbir Singh Badal accused the AAP "
             "government of having lost control of law and order in Punjab.", "2025-03-04")
    accusations = r.find("112")
    assert len(accusations) == 2, r.describe()      # one per speaker
    assert accusations[0].source == ["INDOPP"] and all("GOV" not in e.source[0] for e in accusations), r.describe()


def test_the_victim_of_a_passive_is_no_doer_of_the_attack_told_with_it():
    r = code("A Palestinian man was shot dead on Friday afternoon when Israeli settlers stormed the village of Sinjil, "
             "north of Ramallah.", "2026-04-17")
    assert r.one("18").source == ["ISRSET"], r.describe()


def test_official_figures_name_no_official():
    # (with an official in it, "a land dispute" read as the verb gave that official a denial)
    r = code("Gunmen attacked a convoy in Kurram, Pakistan, on Thursday. According to official figures, more than 130 "
             "people have been killed in Kurram since July, when a land dispute in Boshehra village sparked tribal "
             "clashes that left 49 people dead over a week.", "2025-10-18")
    assert not [e for e in r.events if any(s.endswith("GOV") for s in e.source)], r.describe()


def test_a_short_name_in_brackets_names_the_actor_from_then_on():
    r = code("Soldiers clashed with gunmen in Culiacán, Sinaloa, on Monday, according to a statement from the Defense "
             "Ministry (Defensa). Defensa rejected the allegation that soldiers had shot a young man.", "2025-08-12")
    assert r.one("016").source[0].startswith("MEX"), r.describe()


def test_a_spokesperson_speaks_for_a_body_not_for_the_press():
    r = code("Separatist fighters attacked a gendarmerie post in Bambui, Cameroon, on Sunday. The spokesperson denied "
             "that soldiers had burned homes and accused the separatists of torching the houses themselves.",
             "2025-09-09")
    assert r.one("112").source == ["CMRGOV"], r.describe()


def test_the_rebel_spokesperson_is_not_the_army_spokesperson_told_before():
    r = code("M23 rebels clashed with Wazalendo fighters near Masisi, Congo, on Monday. In a communiqué, the army "
             "spokesperson accused the rebels of bombing civilian areas. The rebel spokesperson instead accused the "
             "Wazalendo of abducting three drivers.", "2026-01-13")
    rebel = [e for e in r.events if e.cameo == "112" and e.target and e.target[0].startswith("CODUAF")]
    assert rebel and rebel[0].source[0].startswith("CODREB"), r.describe()


def test_unnamed_gunmen_where_violence_is_mostly_cartels_are_criminals():
    r = code("Gunmen stormed a bar in Celaya, Guanajuato, late on Saturday and opened fire on customers, killing six "
             "people, state prosecutors said.", "2026-03-09")
    assert r.one("18").source == ["MEXCRM"], r.describe()
    r = code("Gunmen attacked an army post near Kidal, Mali, on Saturday, killing six soldiers.", "2026-03-09")
    assert r.one("19").source == ["MLIUAF"], r.describe()      # in the Sahel, an unidentified armed group
    # Peru's mining belt, Rosario, Venezuela's and Guyana's gold fields: gangs, as in Mexico
    r = code("LIMA — Gunmen shot dead a truck driver on the road to Pataz, Peru, on Sunday.", "2026-03-12")
    assert r.one("18").source == ["PERCRM"], r.describe()


def test_the_network_is_the_network_named_before_not_a_surname():
    r = code("The Sudan Doctors Network said RSF shelling killed nine people in Babanusa, Sudan, on Tuesday. "
             "The network held the paramilitaries responsible and accused them of targeting health facilities.",
             "2025-11-13")
    assert r.one("112").source == ["SDNHLH"], r.describe()


def test_the_by_phrase_names_the_attackers_after_a_date_and_a_count():
    r = code("A village in Tapoa province, Burkina Faso, was attacked on Saturday, 20 September 2025, by a large group "
             "of armed men on motorcycles.", "2025-09-23")
    assert r.one("19").source == ["BFAUAF"], r.describe()


def test_the_assailants_are_the_attackers_named_before():
    r = code("MINUSCA condemns the attack perpetrated on Sunday by elements of the Azande Ani Kpi Gbe (AAKG) militia "
             "against the displaced persons' site in Zemio, Central African Republic. At least seven civilians were "
             "killed when the assailants opened fire on shelters at dawn.", "2025-06-16")
    assert all(e.source == ["CAFUAF"] for e in r.events if e.root == "18"), r.describe()


def test_the_vehicle_that_struck_a_device_is_its_target_not_its_planter():
    r = code("On Friday evening, a minibus carrying traders to the Diapaga market in Burkina Faso struck an improvised "
             "explosive device, killing three passengers.", "2025-09-23")
    ied = r.one("183")
    assert ied.source == [] and ied.target == ["BFACVL"], r.describe()
    r = code("A military truck hit a landmine near Kidal, Mali, on Monday, killing four soldiers.", "2025-09-23")
    # (no one named: an unidentified armed group laid it, as ACLED codes it)
    assert r.one("183").source == ["MLIUAF"] and r.one("183").target == ["MLIMIL"], r.describe()
    r = code("Three CJTF members were killed on Sunday when their patrol vehicle hit an improvised explosive device "
             "planted by suspected ISWAP fighters near Malam Fatori, Borno.", "2025-03-25")
    assert r.one("183").source == ["IMGMUS"], r.describe()      # who planted it, when the text says


def test_whom_the_speaker_was_speaking_to_is_not_the_speaker():
    r = code("Hiiraan governor Abdullahi Ali Mahad, speaking to reporters in Beledweyne, Somalia, on Thursday, accused "
             "Al-Shabaab of using villages as launch pads for attacks.", "2025-11-20")
    assert r.one("112").source == ["SOMGOV"], r.describe()      # (Hiiraan is the region here, not the news site)
    r = code("Malipin leaders, speaking to this newspaper in Wabag, Papua New Guinea, accused the Kaikin of starting "
             "the fight.", "2026-03-18")
    assert not [e for e in r.events if any(s.endswith("MED") for s in e.source)], r.describe()


def test_he_after_an_officer_told_an_outlet_is_the_officer_not_the_outlet():
    r = code("Hiiraan regional army commander Col. Abdirahman Osman Farah told Somali Guardian by phone that five "
             "soldiers were killed in Beledweyne, Somalia. He denied that the base had fallen.", "2025-11-20")
    assert r.one("016").source == ["SOMMIL"], r.describe()


def test_the_group_accused_of_doing_something_is_the_group_named_before():
    r = code("Al-Shabaab fighters attacked an army base near Beledweyne, Somalia, on Wednesday. The ministry accused "
             "the group of deliberately shelling civilian homes around the base.", "2025-11-20")
    assert r.one("112").target == ["SOMINS"], r.describe()


def test_he_after_a_spokesperson_named_by_title_and_name_is_that_spokesperson():
    r = code("Government spokesman Hailu Adugna said OLA fighters abducted 40 passengers in Oromia, Ethiopia, on Monday. "
             "OLA spokesperson Odaa Tarbii, for his part, spoke of lies. In a phone interview with Addis Standard on "
             "Thursday, he denied that the group had any involvement in the abduction.", "2026-05-22")
    assert [e.source for e in r.events if e.cameo == "016"] == [["ETHREB"]], r.describe()


def test_its_spokesman_speaks_for_the_armed_body_named_before_not_for_the_state():
    r = code("Fighting broke out in Sabha, Libya, on Sunday. The Tebu-led Sabha Shield Force rejected that account. "
             "Its spokesman, Hassan Keley, denied that its fighters had fired first.", "2025-09-16")
    assert all(e.source == ["LBYMIL"] for e in r.events if e.cameo == "016"), r.describe()
    assert not [e for e in r.events if "LBYGOV" in e.source], r.describe()


def test_a_titled_person_the_dictionary_knows_is_later_named_by_surname():
    r = code("The TTP rejected the military's figures in Khyber, Pakistan. In a statement sent to journalists, the "
             "group's spokesman Muhammad Khurasani denied that any of its fighters had been killed. Khurasani also "
             "accused the army of shelling civilian homes in the valley.", "2025-12-06")
    assert r.one("112").source == ["PAKINS"], r.describe()


def test_al_shabaab_in_a_mozambique_story_is_mozambiques_insurgency():
    r = code("Al-Shabaab insurgents attacked the village of Naulala in Mecula district, Niassa province, Mozambique, "
             "on Monday, killing two men.", "2025-09-18")
    assert r.one("18").source == ["MOZINS"], r.describe()
    r = code("Al-Shabaab fighters attacked an army base near Beledweyne, Somalia, on Wednesday.", "2025-09-18")
    assert r.one("19").source == ["SOMINS"], r.describe()


def test_settlers_in_the_west_bank_are_israels_settlers():
    r = code("RAMALLAH (WAFA) - Settlers attacked the village of Burin south of Nablus on Tuesday, torching two "
             "homes. The Palestinian Ministry of Foreign Affairs denounced the settler attack in Burin.", "2025-11-19")
    assert r.one("18").source == ["ISRSET"], r.describe()
    assert r.one("111").target == ["ISRSET"], r.describe()


def test_a_unit_name_two_armies_use_is_the_story_countrys_unit():
    r = code("Units of the 11th Rapid Intervention Battalion (BIR) clashed with jihadists near Diapaga, Burkina Faso, "
             "on Sunday, killing 27 of them.", "2025-09-23")
    assert r.one("19").source == ["BFAMIL"], r.describe()
    r = code("The junta's Military Operations Command said its troops clashed with the Arakan Army near Sittwe, "
             "Myanmar, on Sunday.", "2025-09-23")
    assert r.one("19").source == ["MMRMIL"], r.describe()
    r = code("BIR soldiers clashed with separatists in Bamenda, Cameroon, on Sunday.", "2025-09-23")
    assert r.one("19").source == ["CMRMIL"], r.describe()


def test_myanmars_junta_is_its_armed_forces():
    r = code("The Arakan Army said it had attacked the junta's naval base in Sittwe, Myanmar, with drones on "
             "Sunday night.", "2025-11-18")
    assert r.one("19").target == ["MMRMIL"], r.describe()


def test_whoever_repelled_the_attacks_was_their_target():
    r = code("Ukrainian forces repelled 147 Russian attacks along the front line near Pokrovsk over the past day.",
             "2025-09-18")
    attacks = r.one("19")
    assert attacks.source == ["RUS"] and attacks.target == ["UKRMIL"], r.describe()


def test_the_general_staff_is_a_body_whose_troops_are_its_own():
    r = code("KYIV - Russian forces struck Zaporizhzhia overnight. Ukraine's General Staff said its troops repelled "
             "27 Russian assaults in the Huliaipole direction over the past day.", "2025-11-18")
    assaults = [e for e in r.find("19") if "repelled" in e.evidence[0].text]
    assert len(assaults) == 1 and assaults[0].target == ["UKRMIL"], r.describe()


def test_militants_and_terrorists_are_insurgents_of_the_story_country():
    r = code("On Tuesday, two policemen were martyred when militants attacked a police checkpost in Bara tehsil, "
             "Khyber district, Pakistan, police said.", "2025-12-03")
    assert r.one("19").source == ["PAKINS"], r.describe()
    r = code("Two terrorists attacked the TUSAS facility in Ankara, Turkey, on Wednesday, killing five people.",
             "2024-10-24")
    assert r.one("18").source == ["TURINS"], r.describe()


def test_jihadists_who_storm_an_army_post_are_insurgents_not_an_unidentified_group():
    r = code("At least six Beninese soldiers were killed when jihadists stormed an army post near Karimama "
             "on Tuesday, a security source said.", "2026-03-11")
    assert r.one("19").source == ["BENINSMUS"], r.describe()


def test_a_missile_fired_from_a_country_came_from_that_country():
    r = code("Two Israeli soldiers were killed on Thursday near the border community of Yiftah by an anti-tank "
             "missile fired from Lebanon, the Israeli army said.", "2024-09-20")
    strike = r.one("19")
    assert strike.source == ["LBN"] and strike.target == ["ISRMIL"], r.describe()


def test_the_army_after_the_chief_of_army_staff_is_the_army():
    r = code("Gunmen attacked a military houseboat in Bayelsa State, Nigeria, on Saturday. The chiefs called on the "
             "Chief of Army Staff to order an investigation. However, the Army denied the allegation.", "2025-08-19")
    assert r.one("016").source == ["NGAMIL"], r.describe()


def test_barrio_18_in_a_guatemalan_story_is_a_guatemalan_gang_and_18_is_no_toll():
    r = code("Members of Barrio 18 killed two police officers in Villa Nueva, Guatemala, on Saturday.", "2026-06-15")
    attack = r.one("18")
    assert attack.source == ["GTMCRM"] and attack.fatalities == 2, r.describe()


def test_drones_launched_at_a_country_target_it_after_an_opening_adjunct_too():
    r = code("On Wednesday, Russia launched 142 drones and 11 missiles at Ukraine, the air force said.", "2026-01-15")
    strike = r.one("19")
    assert strike.source == ["RUS"] and strike.target == ["UKR"], r.describe()


def test_operatives_in_a_police_shootout_are_police():
    r = code("Police said the suspect shot at the operatives while trying to escape on a motorcycle in Santa Maria, "
             "Bulacan, Philippines, on Monday.", "2026-02-11")
    assert r.one("19").target == ["PHLCOP"], r.describe()


def test_a_person_introduced_by_an_apposition_is_known_by_surname_later():
    r = code("Gunmen killed 12 villagers in Kuchi, Niger State, on Thursday, residents said. \"We have buried "
             "12 people,\" said Comrade Idris Kurebe, secretary of the Shiroro Development Forum, a community "
             "group. Kurebe accused the state government of deliberately playing down the figures.", "2025-09-07")
    accusation = r.one("112")
    assert accusation.source == ["NGA"] and accusation.target[0].startswith("NGAGOV"), r.describe()


def test_two_people_introduced_by_appositions_make_two_accusations():
    r = code("Bandits killed 12 villagers in Kuchi, Niger State, on Thursday. Mr Ahmed Danjuma, the leader of the "
             "local vigilante group, said the attackers came on motorcycles. "
             "Comrade Idris Kurebe, secretary of the Shiroro Development Forum, said 12 people were buried. "
             "Danjuma accused the security agencies of abandoning the villagers. Kurebe accused the state "
             "government of playing down the figures.", "2025-09-07")
    assert len(r.find("112")) == 2, r.describe()


def test_niger_state_is_in_nigeria():
    r = code("Bandits killed 12 villagers in Kuchi, Niger State, on Thursday, residents said.", "2025-09-07")
    assert r.one("18").target[0].startswith("NGA"), r.describe()


def test_one_told_by_another_is_no_attacker():
    # "was told by residents that soldiers shot ...": the monitors only heard of it
    r = code("The UN monitors were told by residents that soldiers shot dead two men in Kidal, Mali, on Monday.",
             "2026-02-20")
    attack = r.one("18")
    assert attack.source == ["MLIMIL"], r.describe()


def test_the_un_humanitarian_coordinator_speaks_for_the_un():
    r = code("RSF shelling killed nine civilians in Kurmuk market, Sudan, on 7 February. On 9 February, the "
             "Resident and Humanitarian Coordinator for Sudan condemned the shelling of Kurmuk market.", "2026-02-10")
    assert r.one("111").source == ["IGOUNO"], r.describe()


def test_a_speakers_own_drones_are_the_speaker_attacking():
    r = code("Ukraine's general staff said its drones struck the Khalino military airfield near Kursk overnight.",
             "2024-08-20")
    strike = r.one("195")
    assert strike.source[0].startswith("UKR") and strike.modality == "asserted", r.describe()


def test_a_possessive_before_a_place_is_no_party():
    r = code("Russian troops shelled the outskirts of Kupiansk and its suburbs on Monday, the Ukrainian army said.",
             "2024-08-20")
    shelling = r.one("19")
    assert shelling.source[0].startswith("RUS") and not any(s.startswith("UKR") for s in shelling.source), r.describe()


def test_an_attack_on_a_states_forces_with_no_one_named_is_an_unidentified_groups():
    r = code("Two policemen were killed and four wounded when small drones dropped explosives on a police post in "
             "Lakki Marwat, Pakistan, on Tuesday.", "2026-04-16")
    strike = r.one("195")
    assert strike.source == ["PAKUAF"] and strike.target[0].startswith("PAKCOP"), r.describe()


def test_an_unattributed_attack_in_a_story_with_a_foreign_enemy_is_left_unattributed():
    # the attacker may well be the foreign army the story is about: no guess
    r = code("Indian troops shelled villages along the Line of Control on Monday, Pakistan's army said. "
             "Two Pakistani soldiers were killed when their post was hit near Kotli.", "2025-05-08")
    assert not any(s.endswith("UAF") for e in r.find("19") for s in e.source), r.describe()


def test_the_hashed_spelling_of_the_popular_mobilisation_forces_is_known():
    r = code("BAGHDAD - A tribal leader accused Hashed fighters of burning orchards in Tarmiyah on Thursday. A Hashed "
             "spokesman rejected the charge.", "2025-08-21")
    assert r.one("016").source[0].startswith("IRQMIL"), r.describe()


def test_a_country_whose_name_has_two_words_stays_with_its_ministry():
    # "Saudi" is Saudi Arabia's adjective, not the first name of someone called "Saudi Foreign"
    r = code("Clashes erupted in Aden, Yemen, on Monday. The Saudi Foreign Ministry accused the Islah party of "
             "provoking the fighting.", "2025-06-04")
    assert r.one("112", source="SAUGOV"), r.describe()


def test_rangers_are_paramilitary_troops_and_park_rangers_are_wardens():
    r = code("Rangers searching the area exchanged fire with a group of suspects in Pattani, Thailand, on Monday.",
             "2025-10-22")
    assert r.one("19", source="THAMIL"), r.describe()
    r = code("Poachers shot at park rangers in Virunga, Congo, on Monday.", "2025-10-22")
    assert r.one("19", target="CODGOV"), r.describe()


def test_a_spokesperson_is_later_named_by_given_name():
    # where given names are used alone (Ethiopia, South Sudan, Indonesia), "Odaa" is the spokesperson
    r = code("ADDIS ABABA - OLA spokesperson Odaa Tarbii rejected the accusation. Odaa instead accused the ENDF "
             "of killing 14 civilians in drone strikes on Sunday.", "2025-06-04")
    assert r.one("112").source == ["ETHREB"], r.describe()


def test_a_spokesman_named_before_his_body_is_known_keeps_the_bodys_code():
    # the name is learned before "NAS spokesman" is read as NAS's voice: its later uses follow
    r = code("YEI - The army and the National Salvation Front (NAS) have traded accusations over fighting. NAS "
             "spokesman Suba Samuel Manase said the army had attacked its base at Kendila. In a second statement on "
             "Tuesday, Suba accused government soldiers of killing three civilians in Kendila village on Monday.",
             "2025-06-04")
    assert r.one("112").source == ["SSDREB"], r.describe()


def test_an_acronym_the_dictionary_name_swallowed_is_still_defined():
    r = code("JUBA - The army repulsed an attack by the National Salvation Front, NAS, on its base at Liwolo in "
             "Kajo-Keji County. NAS also accused the army of killing four civilians in Kiri village on Sunday.",
             "2025-06-04")
    assert r.one("112").source == ["SSDREB"], r.describe()


def test_a_caller_who_says_he_speaks_for_a_group_is_its_voice():
    # "he" later is the caller, not the priest named before him
    r = code("KIKWIT, DR Congo - Armed men took away the parish priest, Father Anaclet Mundele, on Thursday night. "
             "A man who says he speaks for the Mobondo in the area called our newsroom. He denied any involvement "
             "in the kidnapping of the priest.", "2025-06-04")
    assert r.one("016").source == ["CODUAF"], r.describe()


def test_commanders_of_protecting_a_gang_are_not_its_members():
    r = code("VILLAHERMOSA, Mexico - On Saturday morning, banners signed by the CJNG appeared on pedestrian bridges in "
             "Villahermosa accusing state police commanders of protecting La Barredora.", "2025-06-04")
    assert r.one("112").target == ["MEXCOP"], r.describe()


def test_casamances_separatists_are_known_by_name():
    r = code("ZIGUINCHOR, Senegal - The Movement of Democratic Forces of Casamance (MFDC) accused the army of shelling "
             "the village of Diaroume on Tuesday.", "2026-02-19")
    assert r.one("112").source == ["SENSEP"], r.describe()


def test_unidentified_armed_elements_are_unidentified_armed_forces():
    # the wording of UN mission press releases
    r = code("ABYEI, Sudan - A group of unidentified armed elements ambushed a UNISFA patrol near Todach on Saturday.",
             "2025-11-10")
    assert r.one("19").source == ["SDNUAF"] and r.one("19").target == ["IGOUNO"], r.describe()


def test_came_under_fire_from_the_fleeing_attackers_names_the_attackers():
    r = code("ABYEI, Sudan - A UNISFA patrol came under fire from the fleeing attackers near Kolom on Wednesday.",
             "2025-07-24")
    assert r.one("19").source == ["SDNUAF"], r.describe()


def test_the_minister_of_environment_is_the_government():
    r = code("DAKAR, Senegal - Suspected timber traffickers shot dead a forest guard in the Pata forest on Friday. The "
             "Minister of Environment condemned the killing as a cowardly attack.", "2025-07-14")
    assert r.one("111").source == ["SENGOVENV"], r.describe()


def test_a_passive_agent_after_a_chain_of_place_and_time_phrases_is_still_the_agent():
    r = code("CHAKE CHAKE, Tanzania — Two youth leaders of the opposition ACT-Wazalendo party were abducted from "
             "their homes in Chake Chake in the early hours of Monday by masked men travelling in unmarked "
             "vehicles, relatives said.", "2026-11-04")
    assert r.one("181").source == ["TZAUAF"], r.describe()


def test_an_actor_after_a_comma_past_the_nouns_preposition_is_the_attacker_not_the_target():
    r = code("JOS, Nigeria - Gunmen have attacked several villages in Plateau State this month. In the worst of these "
             "raids, on 3 May, bandits shot dead four herders near Bokkos.", "2026-05-06")
    killing = r.one("18")
    assert killing.source == ["NGACRM"] and killing.target == ["NGACVL"], r.describe()    # herders as victims: civilians


def test_the_council_later_is_the_body_named_before_its_head_word():
    r = code("KHARTOUM, Sudan - Drones struck the Merowe dam on Monday. Sudan's army-led Sovereign Council described the "
             "strike as a terrorist crime. The council also accused Chad of letting the RSF move weapons across the "
             "border.", "2026-02-11")
    assert r.one("112").source == ["SDNGOV"], r.describe()


def test_a_state_named_as_accuser_speaks_through_its_government():
    r = code("COTONOU, Benin - Benin on Monday accused Niger of sheltering the gunmen who attacked a border post. "
             "Mr Adjovi, a trader in Malanville, said the border had been closed for months.", "2026-03-10")
    accusation = r.one("112")
    assert accusation.source == ["BENGOV"] and accusation.target == ["NERGOV"], r.describe()


def test_a_spokesman_answering_back_keeps_his_government():
    r = code("NIAMEY, Niger - Niger's military government accused Benin on Wednesday of hosting foreign troops. "
             "Benin's government spokesman rejected the accusation on Thursday. He in turn accused Niamey of "
             "refusing any security cooperation along the river.", "2026-03-13")
    answer = next(e for e in r.events if e.cameo.startswith("112") and e.target == ["NERGOV"])
    assert answer.source == ["BENGOV"], r.describe()


def test_the_authorities_in_a_foreign_capital_are_that_states_government():
    r = code("ABIDJAN, Ivory Coast - Ivorian soldiers repelled an attack on an army post in Kafolo, in northern Ivory "
             "Coast, on Sunday, the Ivorian army said. The government accused the transitional authorities in "
             "Ouagadougou of leaving the border wide open to terrorist groups.", "2026-04-14")
    accusation = r.one("112")
    assert accusation.source == ["CIVGOV"] and accusation.target == ["BFAGOV"], r.describe()


def test_drones_or_air_vectors_that_destroy_a_depot_made_an_air_strike():
    r = code("PORT SUDAN — The army said its drones destroyed an RSF weapons depot at Nyala airport.", "2026-03-10")
    assert r.one("195").source == ["SDNMIL"] and r.one("195").target == ["SDNREB"], r.describe()
    # Sahel army communiqués call their aircraft 'air vectors'
    r = code("OUAGADOUGOU — Air vectors destroyed two logistics bases of the terrorists near Arbinda on Monday.",
             "2026-03-10")
    assert r.one("195").source == ["BFAMIL"], r.describe()


def test_the_leader_of_a_body_named_before_his_name_speaks_for_that_body():
    # "the leader of the community vigilante group in Maradun, Lawali Danjuma" ... "Mr Danjuma accused"
    r = code("GUSAU, Nigeria — Bandits killed 10 people in Maradun on Sunday, police said. But the leader of the "
             "community vigilante group in Maradun, Lawali Danjuma, said 14 people were killed. Mr Danjuma accused "
             "the security agencies of abandoning the villagers.", "2025-09-09")
    assert r.one("112").source == ["NGACVL"], r.describe()


def test_a_driver_is_a_civilian():
    r = code("KINSHASA, DR Congo — On Thursday the driver of the truck was shot dead by Mobondo militiamen near "
             "Kwamouth.", "2025-11-15")
    assert r.one("18").target == ["CODCVL"], r.describe()


def test_those_killed_by_the_participle_after_the_comma_are_the_target():
    r = code("LIMA — Gunmen stormed a mining tunnel in Pataz, Peru, on Tuesday, killing nine artisanal miners.",
             "2026-03-12")
    attack = r.one("18")
    assert attack.target == ["PERCVL"] and attack.fatalities == 9, r.describe()     # miners as victims: civilians


def test_a_command_of_the_police_is_the_police():
    r = code("MAPUTO — The spokesman for the General Command of the Republic of Mozambique Police (PRM), Orlando "
             "Mudumane, denied that officers had fired on peaceful demonstrators.", "2024-12-26")
    assert r.one("016").source == ["MOZCOP"], r.describe()


def test_an_agent_word_inside_a_place_name_is_no_actor():
    # "the Central Business District" is where they marched, not businesses they marched against
    r = code("NAIROBI — Demonstrators had converged on the Central Business District from early morning, chanting "
             "anti-government slogans.", "2025-07-08")
    assert r.one("14").target == ["KENGOV"], r.describe()


def test_troops_that_engaged_bandits_fought_them():
    r = code("GUSAU, Nigeria — Ground troops of 1 Brigade engaged fleeing bandits at Dansadau in Maru on Wednesday.",
             "2025-06-17")
    clash = r.one("19")
    assert clash.source == ["NGAMIL"] and clash.target == ["NGACRM"], r.describe()
    # engaging in talks is no fight
    assert not code("ABUJA — Government officials engaged community leaders in talks on Wednesday.",
                    "2025-06-17").find("19")


def test_campesinos_are_farmers_and_a_cooperative_is_a_civilian_body():
    r = code("Two members of the Nueva Esperanza campesino cooperative were shot dead on Monday at the Paso "
             "Aguan estate in Colon, Honduras.", "2026-07-15")
    assert r.one("18", target="HNDCVL").fatalities == 2, r.describe()      # campesinos as victims: civilians
    # its president speaks for it, not for the state
    r = code("The president of the cooperative, Marlen Cruz, on Tuesday accused the palm company of using "
             "paramilitaries to evict families in Tocoa, Honduras.", "2026-07-15")
    assert r.one("112", source="HNDCVL"), r.describe()


def test_a_civil_bodys_acronym_from_another_country_is_the_storys_own():
    # the dictionary's PDP is Nigeria's party; the article names no Nigeria
    r = code("Chief Minister Omar Abdullah and PDP president Mehbooba Mufti also condemned the killings of "
             "pilgrims in Reasi, Jammu and Kashmir, India, on Monday.", "2025-06-03")
    assert r.one("111", source="INDOPP"), r.describe()
    assert r.find("111", source="NGA") == [], r.describe()


def test_camp_leaders_speak_for_the_displaced():
    r = code("A drone dropped three bombs on Nhkawng Pa IDP camp in Kachin State, Myanmar, on Thursday. Camp leaders "
             "said the drone came from the direction of a military base and attributed the attack to junta forces.",
             "2026-07-20")
    assert r.one("112", source="MMRCVL", target="MMRMIL"), r.describe()


def test_a_series_of_verbs_shares_one_subject_not_the_object_before():
    r = code("The following day, police dispersed the protesters, beat several elderly IDPs with sticks and "
             "detained five members of the camp committee in Myitkyina, Myanmar.", "2026-07-20")
    beating = r.one("182")
    assert beating.source == ["MMRCOP"], r.describe()


def test_an_mla_is_a_legislator():
    r = code("Late on Monday night, two men on a scooter hurled a hand grenade at the residence of the Khurai MLA "
             "in Imphal East, Manipur, India.", "2026-10-20")
    assert r.one("18", target="INDLEG"), r.describe()


def test_the_secretary_of_the_federation_speaks_for_the_union():
    r = code("The executive secretary of the federation, Don Abel Vargas, spoke to us a few minutes ago in La Paz, "
             "Bolivia. He denied that the miners had thrown dynamite at the police.", "2026-08-20")
    assert r.one("016").source == ["BOLLAB"], r.describe()


def test_a_speakers_own_drones_are_the_speaker_striking():
    r = code("The KIA said its own drones struck the junta's Northern Command headquarters in Myitkyina, Kachin "
             "State, Myanmar, on Monday night.", "2026-05-05")
    assert r.one("195", source="MMRREB", target="MMRMIL"), r.describe()


def test_people_no_word_names_killed_or_taken_are_civilians():
    r = code("Earlier, on Saturday afternoon, a 17-year-old was shot dead by unidentified gunmen outside a "
             "convenience store in Salamanca, Guanajuato, Mexico.", "2026-03-09")
    assert r.one("18", target="MEXCVL"), r.describe()
    # fighting with no target named stays the country's: who was fought is not told
    r = code("Heavy fighting broke out on Sunday near Kutkai, in northern Shan State, Myanmar.", "2026-07-15")
    assert not r.find("19", target="MMRCVL"), r.describe()


def test_men_who_identified_themselves_as_a_gangs_members_speak_for_it():
    r = code("In a video circulated on social media on Wednesday, hooded men who identified themselves as members of "
             "Los Lobos denied having started the violence in the Litoral prison in Guayaquil, Ecuador.", "2026-01-15")
    assert r.one("016").source == ["ECUCRM"], r.describe()


def test_the_army_is_the_states_army_when_a_rebel_army_was_named_after_it():
    r = code("DUMAGUETE CITY - Three people were killed in what the Philippine Army described as an encounter with "
             "communist rebels in Guihulngan City, Negros Oriental, on Monday, but the New People's Army (NPA) said "
             "the dead were farmers. The Army dismissed the allegation as propaganda.", "2025-06-11")
    assert all(e.source == ["PHLMIL"] for e in r.find("016")) and r.find("016"), r.describe()


def test_a_spokespersons_rank_is_no_part_of_his_name():
    r = code("The Nigerian Air Force (NAF) said its jets struck a bandit camp in Zamfara, Nigeria, on Monday. The NAF "
             "spokesperson, Air Commodore Olumide Adeyemi, said the strike was precise. Mr Adeyemi dismissed the "
             "claim of civilian deaths.", "2025-09-09")
    assert r.one("016").source == ["NGAMIL"], r.describe()


def test_a_police_commanders_rank_is_no_part_of_his_name():
    r = code("PORT MORESBY — Hela provincial police commander Chief Inspector Jacob Wape said raiders killed five "
             "people in Hoyali village on Sunday. Mr Wape denied that police had stood by.", "2026-06-19")
    assert r.one("016").source == ["PNGCOP"], r.describe()


def test_an_unknown_national_institute_is_a_state_body():
    r = code("TAPACHULA, Mexico — Father Aquino accused agents of the National Migration Institute of handing migrants "
             "over to smugglers. This evening the Institute rejected the accusation.", "2026-10-19")
    assert r.one("016").source == ["MEXGOV"], r.describe()


def test_tribal_warriors_are_an_armed_group_and_fighting_between_two_clans_has_them_on_both_sides():
    r = code("PORT MORESBY — On Sunday night warriors raided Yomaris village in Southern Highlands Province.", "2026-11-24")
    assert r.one("18").source == ["PNGUAF"], r.describe()
    r = code("PORT MORESBY — Fighting broke out between Kakiri and Tuanda fighters at Yomondaka in Enga Province on "
             "3 September.", "2026-09-16")
    clash = r.one("190")
    assert clash.source == ["PNGUAF"] and clash.target == ["PNGUAF"], r.describe()


def test_a_participle_after_a_verb_that_is_no_event_word_is_the_event_of_the_subject():
    r = code("NAIROBI, Kenya — Bandits sprayed a matatu with bullets on the Tot-Chesoi road on Monday, killing two "
             "people.", "2026-05-14")
    killing = r.one("18")
    assert killing.source == ["KENCRM"] and killing.target == ["KENCVL"] and killing.fatalities == 2, r.describe()


def test_armed_men_of_one_kind_fighting_with_no_partner_are_both_sides():
    r = code("GALKAYO, Somalia — Clan militiamen clashed on Saturday afternoon near Harfo, killing six people, elders "
             "said.", "2026-06-20")
    clash = r.one("190")
    assert clash.source == ["SOMUAF"] and clash.target == ["SOMUAF"], r.describe()


def test_militias_that_fought_over_a_well_fought_each_other_not_the_well():
    r = code("GALKAYO, Somalia — Rival clan militias fought over a disputed water well near Galdogob on Saturday, "
             "leaving four people dead, elders said.", "2026-06-20")
    clash = r.one("190")      # not an assault (180) on the well's owners
    assert clash.source == ["SOMUAF"] and clash.target == ["SOMUAF"], r.describe()


def test_a_unit_named_after_a_groups_possessive_is_that_groups():
    r = code("QUIBDO, Colombia — A drone struck a school in Istmina on Sunday. In a communique published on 13 April, "
             "the ELN's Western War Front denied any responsibility.", "2026-04-14")
    assert r.one("016").source == ["COLREB"], r.describe()


def test_bangladeshs_military_press_office_is_bangladeshs_army():
    r = code("DHAKA, Bangladesh — The Inter Services Public Relations (ISPR) denied that army personnel had opened fire "
             "on civilians in Baghaichhari on Tuesday.", "2025-05-08")
    assert r.one("016").source == ["BGDMIL"], r.describe()      # not Pakistan's ISPR


def test_a_country_named_as_where_a_strike_hit_is_its_target():
    r = code("NEW DELHI — Indian missiles struck seven sites in Pakistan and Pakistan-occupied Kashmir early on "
             "Wednesday, the army said.", "2026-05-13")
    assert r.one("19").target == ["PAK"], r.describe()       # not India, where Kashmir's gazetteer entry is


def test_a_persons_family_are_civilians_of_his_country_not_of_his_trade():
    r = code("SUWAYDA, Sept 14 (Reuters) - Yesterday afternoon, a Druze doctor, Samer Abu Assaf, was abducted near "
             "al-Masmiyah while driving back from Damascus. His family accused Bedouin tribal gunmen of kidnapping "
             "him.", "2026-09-14")
    assert r.one("112").source == ["SYRCVL"], r.describe()


def test_politicians_of_a_named_party_are_the_party_even_in_quotation_marks():
    r = code("NDJAMENA, Dec 4 (AFP) - Clashes in Logone Oriental killed 11 people. On Thursday, the Minister of "
             "Public Security accused \"certain politicians\" of the opposition party Les Transformateurs of stoking "
             "the violence.", "2025-12-04")
    assert r.one("112").target == ["TCDOPP"], r.describe()      # not politicians in general (PTY)


def test_members_of_two_criminal_groups_clashing_are_both_sides():
    r = code("CELAYA, Mexico (AP) - On Thursday, members of the two criminal groups clashed in the community of "
             "Valtierrilla, leaving five dead.", "2026-03-06")
    clash = r.one("190")
    assert clash.source == ["MEXCRM"] and clash.target == ["MEXCRM"], r.describe()


def test_fishermen_a_violent_event_strikes_are_civilians_but_farmers_fighting_herders_keep_their_trade():
    r = code("BOSASO, Somalia — Gunmen abducted three fishermen on the coast east of Eyl on Sunday.", "2026-06-04")
    assert r.one("181").target == ["SOMCVL"], r.describe()
    r = code("NDJAMENA, Chad — Farmers and herders clashed near Doba on Monday, leaving nine dead.", "2026-06-04")
    clash = r.one("190")
    assert clash.source == ["TCDAGR"] and clash.target == ["TCDAGR"], r.describe()


def test_the_word_before_the_head_of_a_name_told_before_is_its_short_name():
    # "the Hadrami Elite Forces" ... "The Elite": the forces, not a Yemeni nobody
    r = code("Fighters of the Hadramawt Tribal Alliance and the Hadrami Elite Forces clashed near Mukalla in "
             "Yemen on Sunday. The Elite accused the alliance of attacking a checkpoint on the plateau.", "2025-09-15")
    accusation = r.one("112")
    assert accusation.source[0] != "YEM" and accusation.source[0][3:6] != "CVL", r.describe()


def test_the_army_is_the_states_even_after_a_rebel_army_is_named():
    r = code("Fighters of the New People's Army (NPA) ambushed a patrol in Las Navas in the Philippines on "
             "Monday. Now the rebels are accusing the army of bombing farmland.", "2026-03-14")
    accusation = r.one("112")
    assert accusation.target[0].startswith("PHLMIL"), r.describe()


def test_networks_and_masked_men_are_parties_an_official_can_accuse():
    r = code("The prefect of the Nord accused drug trafficking networks of organising the attacks on police in "
             "Roubaix in France.", "2026-06-20")
    assert r.one("112").target[0] == "FRACRM", r.describe()
    r = code("ACT-Wazalendo accused masked men linked to the ruling party of attacking its members in Kilimahewa "
             "in Tanzania on Sunday.", "2025-11-04")
    assert r.one("112").target[0].startswith("TZAUAF"), r.describe()


def test_fighters_of_a_rebel_group_are_rebels():
    r = code("On Sunday night, fighters of the Burundian rebel group RED-Tabara attacked a camp of the Burundian "
             "army at Lubarika.", "2026-07-20")
    assert r.one("19").source == ["BDIREB"], r.describe()


def test_the_self_defence_group_is_the_militia_told_before_not_the_jihadist_group():
    r = code("Fighters of the Islamic State Sahel Province attacked Tondikwindi in Niger on Friday. Members of a "
             "self-defence group from Boulkagou killed four herders on Sunday. The leader of the self-defence group "
             "denied that his men had killed the herders.", "2026-07-22")
    assert r.one("016").source == ["NERUAF"], r.describe()


def test_a_spokesperson_of_the_army_is_the_armys_when_named_again_by_surname():
    r = code("Gunmen ambushed soldiers in Butig, Lanao del Sur, Philippines, on Sunday. Lieutenant Colonel Ramon Ebarle, "
             "spokesperson of the Army's 103rd Infantry Brigade, said the soldiers returned fire. Relatives said a "
             "farmer was among the dead. Ebarle denied the allegation on Tuesday.", "2026-05-20")
    assert r.one("016").source == ["PHLMIL"], r.describe()


def test_a_police_director_named_with_a_military_rank_speaks_for_the_police():
    r = code("Gunmen ambushed a van carrying election officers in Datu Saudi Ampatuan, Philippines, on Sunday. The "
             "provincial police director, Colonel Reynaldo Baguio, told reporters that the gunmen were members of "
             "the Bangsamoro Islamic Freedom Fighters.", "2026-10-06")
    assert r.one("112").source == ["PHLCOP"], r.describe()


def test_it_after_a_quotation_is_the_speaker_not_a_word_of_the_quote():
    r = code("In a statement on Monday, junta spokesman Major General Zaw Min Tun said the Myanmar air force had hit a "
             "gathering of Arakan Army fighters in Buthidaung. \"No hospital or school was targeted,\" the statement "
             "said. It accused the AA of hiding among civilians.", "2026-07-14")
    assert r.one("112").source[0][3:6] in ("GOV", "MIL"), r.describe()


def test_a_modifier_after_and_does_not_break_the_coordination_of_two_sides():
    r = code("Fano fighters and federal troops fought for several hours on Saturday around the town of Merawi, "
             "Ethiopia, two residents said.", "2026-06-16")
    assert set(r.one("19").source) == {"ETHREB", "ETHMIL"}, r.describe()


def test_the_military_spokesman_is_the_armys_though_a_government_spokesman_spoke_before():
    r = code("Separatists killed two soldiers in Batibo, Cameroon, on Monday, the government spokesman said. The "
             "military spokesman also blamed the Ambazonia Defence Forces for the killing of a teacher.", "2026-02-16")
    assert r.find("112", source="CMRMIL"), r.describe()


def test_an_officer_in_apposition_says_whose_spokesperson_it_is():
    r = code("ADF rebels attacked Oicha in Beni territory, DR Congo, on Sunday. The spokesperson of the Sokola 1 Grand "
             "Nord operations, Lieutenant Jules Ngongo, confirmed the attack and blamed it on the Allied Democratic "
             "Forces (ADF).", "2026-02-10")
    assert r.one("112").source == ["CODMIL"], r.describe()


def test_a_director_of_health_is_a_health_official():
    r = code("Unidentified armed men abducted a nurse near Menaka, Mali, on Thursday. This morning, the regional "
             "director of health condemned the abduction.", "2026-10-17")
    assert r.one("111").source == ["MLIGOVHLH"], r.describe()


def test_assailants_are_an_armed_group_not_criminals():
    r = code("Three truck drivers were killed by assailants near Kantchari, Burkina Faso, on Saturday.", "2026-09-28")
    killing = r.one("18")
    assert killing.source == ["BFAUAF"], r.describe()


def test_was_hit_by_is_passive():
    r = code("A police station in Lakki Marwat, Pakistan, was hit by explosives dropped from a quadcopter on Friday, "
             "wounding two constables.", "2026-04-14")
    strike = r.one("19")
    assert "PAKCOP" in strike.target and "PAKCOP" not in strike.source, r.describe()


def test_a_royal_force_is_the_states_by_its_adjective():
    r = code("Two Royal Thai Air Force F-16 fighters struck an ammunition depot in Cambodia's Oddar Meanchey "
             "province on Tuesday, the air force said.", "2026-09-16")
    assert r.one("195").source == ["THAMIL"], r.describe()


def test_the_iran_backed_group_is_the_group_told_before():
    r = code("Hezbollah fighters fired rockets at Kiryat Shmona on Monday. The Israeli army accused the Iran-backed "
             "group of using the residents of south Lebanon as human shields.", "2026-10-14")
    assert r.one("112").target == ["LBNREB"], r.describe()


def test_civilians_across_a_front_are_the_other_states():
    r = code("SURIN: Two villagers were killed when Cambodian troops fired rockets into Kap Choeng district late on "
             "Monday, the Thai army said. Thai artillery units returned fire at the Cambodian positions on Tuesday, "
             "the army said.", "2026-09-16")
    rockets = r.one("19", source="KHMMIL")
    assert rockets.target == ["THACVL"], r.describe()


def test_adf_is_the_allied_democratic_forces_in_a_congo_story():
    r = code("During the night, suspected ADF combatants attacked the village of Mapela in Irumu territory, Ituri, "
             "killing at least 17 civilians.", "2026-11-30")
    assert r.one("18").source == ["CODREB"], r.describe()


def test_adf_in_a_cameroon_story_is_the_ambazonia_defence_forces():
    r = code("Separatists attacked a school in Bamenda, Cameroon, on Monday. The ADF denied any involvement.",
             "2024-05-10")
    assert r.one("016").source == ["CMRSEP"], r.describe()


def test_the_zaire_group_is_the_ituri_militia_not_the_old_name_of_congo():
    r = code("CODECO fighters attacked Lunyi in Djugu territory, Ituri, on Saturday. The URDPC accused « Zaire "
             "elements » of staging the attack.", "2026-11-09")
    assert r.one("112").target == ["CODUAF"], r.describe()


def test_a_gang_named_after_a_famous_group_is_a_gang_of_the_story_country():
    r = code('Gunmen attacked Arcahaie, Haiti, on Friday, killing five people. Police said the "Baz Taliban" gang '
             "was behind the attack.", "2025-08-17")
    assert r.one("112").target == ["HTICRM"], r.describe()


def test_the_speaker_is_the_one_a_relative_clause_describes():
    r = code("Al Shabaab fighters attacked a base in Balcad, Somalia, on Tuesday. Al Shabaab, which is allied to al "
             "Qaeda, said on Wednesday that its fighters had killed 37 soldiers.", "2026-10-08")
    assert all(m.claimed_by != ["IMGMUSALQ"] for m in r.events), r.describe()
    assert not r.find("112", source="IMGMUSALQ"), r.describe()


def test_a_ministry_named_before_says_whose_spokeswoman_speaks():
    r = code("Thai jets bombed Cambodian positions in Preah Vihear on Monday, Thailand's air force said. Cambodia's "
             "Ministry of National Defence denied the report. Thai government spokesman Jirayu Phromsiri dismissed "
             "that version. Defence ministry spokeswoman Lt Gen Sok Chanthida accused Thailand of targeting a "
             "temple.", "2026-10-20")
    assert r.one("112").source == ["KHMGOVMIL"], r.describe()


def test_positions_of_a_country_are_its_forces():
    r = code("The Royal Thai Air Force said four F-16s had struck artillery positions and a command post of "
             "Cambodia's 8th Infantry Division in Choam Ksan district in the early hours of Monday.", "2026-10-20")
    strike = r.one("195")
    assert strike.source == ["THAMIL"] and strike.target == ["KHMMIL"], r.describe()


def test_a_weapon_named_after_a_country_is_no_actor():
    r = code('The Houthis\' military spokesman claimed on Friday the group had fired "a Palestine-2 hypersonic '
             'ballistic missile" at Ben Gurion airport near Tel Aviv.', "2026-11-20")
    assert not any("PSE" in c for e in r.events for c in e.source), r.describe()


def test_the_office_is_the_health_office_told_before():
    r = code("Information Minister Abdulrahman al-Saqqaf condemned the Houthi missile attack on Marib, Yemen, on "
             "Friday. In Taiz, a 12-year-old boy was shot dead on Thursday, the governorate's health office said. "
             "The office blamed Houthi snipers positioned in the hills above the district.", "2026-09-19")
    assert r.one("112").source == ["YEMGOVHLH"], r.describe()


def test_we_in_a_briefing_is_the_party_that_has_the_floor():
    r = code("COLONEL ABDIKARIM HUSSEIN GEDI (Somali National Army spokesman): Good morning. On Wednesday, "
             "in Mahaday, Somalia, al-Shabaab publicly executed two men. We condemn these crimes in the strongest "
             "terms.", "2026-09-21")
    assert r.one("111").source == ["SOMMIL"], r.describe()


def test_a_question_takes_the_floor_from_the_spokesman():
    r = code("COLONEL ABDIKARIM HUSSEIN GEDI (Somali National Army spokesman): Good morning. QUESTION "
             "(Radio Jowhar): On Wednesday, in Mahaday, Somalia, al-Shabaab publicly executed two men. We condemn "
             "these crimes.", "2026-09-21")
    assert all(e.source != ["SOMMIL"] for e in r.find("111")), r.describe()



def test_the_militarys_international_spokesperson_is_the_militarys():
    r = code("Israeli strikes killed two people in Nabatieh, southern Lebanon, on Monday, Lebanon's health ministry "
             "said. Lebanese officials condemned the strikes. The Israeli military's international spokesperson, "
             "Lieutenant Colonel Avi Shaham, accused Hezbollah on Tuesday of rebuilding its positions.", "2026-12-03")
    assert r.one("112").source == ["ISRMIL"], r.describe()


def test_the_force_is_the_peacekeeping_force_named_in_apposition():
    r = code("The Israeli military said it had eliminated a commander in Hezbollah's elite Radwan Force in Lebanon on "
             "Monday. The UN peacekeeping force in south Lebanon, UNIFIL, said on Tuesday that an Israeli drone had "
             "dropped a grenade near peacekeepers. None of the peacekeepers was hurt, the force said, calling the "
             "incident a serious violation of resolution 1701.", "2026-10-14")
    assert r.one("111").source == ["IGOUNO"], r.describe()


def test_armed_youths_raiding_a_village_are_no_riot():
    r = code("Kenyan police said armed youths from Tiaty raided Kapkoris village on Tuesday and drove away 400 head of "
             "cattle.", "2026-05-14")
    assert not r.find("145") and r.find("18"), r.describe()


def test_the_secretariat_and_the_bar_owner_are_who_the_text_says():
    r = code("Gunmen ambushed a police patrol near Celaya, Mexico, on Monday, killing two officers. The secretariat "
             "blamed a cell of the Santa Rosa de Lima cartel for the ambush. A sign left at the scene accused the "
             "bar's owner of selling drugs for the rival cartel.", "2026-03-24")
    assert r.find("112", source="MEXGOV", target="MEXCRM"), r.describe()
    assert r.find("112", target="MEXBUS"), r.describe()


def test_the_capital_of_a_briefing_tells_whose_foreign_office_speaks():
    r = code("Pakistani airstrikes on a village in Nuristan, Afghanistan, killed nine civilians, the Taliban government "
             "said Wednesday. At a weekly briefing in Islamabad on Tuesday, Foreign Office spokeswoman Sadia Qureshi "
             "said Pakistan \"does not target civilians.\" She accused the Taliban authorities of allowing terrorist "
             "groups to use Afghan soil.", "2026-03-11")
    assert r.find("112", source="PAKGOV", target="AFGGOV"), r.describe()


def test_raiders_from_kenya_are_kenyan_in_a_ugandan_army_release():
    r = code("The Uganda People's Defence Forces said on Monday that its troops recovered 213 head of cattle in "
             "Kotido, Uganda. Kaabong District, night of 9/10 July 2026: Armed Turkana raiders from Kenya attacked a "
             "kraal at Lokoreto in Kalapata, Uganda, and shot dead two herdsmen.", "2026-07-20")
    assert r.find("18", source="KENREB"), r.describe()


def test_acting_on_credible_intelligence_names_no_intelligence_service():
    r = code("The 3rd Infantry Division wishes to update the public on the disarmament operations in Karamoja, Uganda. "
             "Kaabong District, 15 July 2026: Acting on credible intelligence, the Uganda Peoples Defence Air Force, in "
             "support of ground troops, conducted a precision air strike on a hideout of armed raiders in the "
             "Morungole ranges.", "2026-07-20")
    assert [e.source for e in r.find("195")] == [["UGAMIL"]], r.describe()


def test_the_places_marchers_come_from_do_not_march():
    r = code("Bandits attacked Kigudu village in Kaduna, Nigeria, on Tuesday night. Lydia Ishaku, Voice of Jema'a, "
             "Kajuru. NEWSCASTER: Hundreds of women from Jema'a and Kaura Local Government Areas marched through "
             "Kafanchan this morning to protest against the killings in southern Kaduna.", "2026-10-02")
    assert [e.source for e in r.find("14")] == [["NGACVL"]], r.describe()


def test_a_body_named_with_its_acronym_then_its_officers_name_gives_the_surname_its_code():
    r = code("Gunmen killed 12 people in Guma, Benue, Nigeria, on Sunday. Reacting, the Benue State chairman of the "
             "Miyetti Allah Cattle Breeders Association of Nigeria (MACBAN), Alhaji Usman Bello Dankari, denied that "
             "Fulani herders were behind the attack. Dankari accused the Benue State Civil Protection Guards of "
             "killing three herders near Tse-Orkaa on Saturday.", "2026-06-16")
    assert r.find("112", source="NGAAGR", target="NGACOP"), r.describe()


def test_a_commander_of_a_clan_militia_speaks_for_the_militia_not_the_army():
    r = code("Al-Shabaab fighters attacked a base near Jalalaqsi, Somalia, on Friday. Hassan Dheere, a commander of "
             "the local clan militia that guards the town with government troops, said eight of his men died. "
             "Dheere accused the federal government of leaving the militias without ammunition.", "2026-05-10")
    assert [e.source for e in r.find("112")] == [["SOMUAF"]], r.describe()


def test_a_countrys_contingent_in_a_mission_is_the_target_of_fire_on_its_base():
    r = code("Rockets were fired on Sunday at the main base of the Burundian contingent of the African Union "
             "mission near Baidoa, Somalia, the mission said in a statement, adding that the rockets caused no "
             "casualties.", "2026-05-11")
    assert r.find("19", target="IGO") or r.find("19", target="BDI"), r.describe()


def test_an_office_named_by_its_acronym_is_the_office_afterwards():
    r = code("Gunmen killed four men in Zamora, Michoacan, Mexico, on Sunday. The State Attorney General's Office "
             "(FGEM) said on Monday that investigators had reached the site. Relatives accused the FGEM of "
             "arriving late. The FGEM rejected the accusation.", "2026-05-12")
    assert r.find("016", source="MEX"), r.describe()
    assert r.find("112", target="MEX"), r.describe()


def test_a_fight_where_a_pursuit_ended_is_between_the_pursuers_and_the_pursued():
    r = code("Soldiers pursued the gunmen to a ranch outside Fresnillo, Zacatecas, Mexico, on Tuesday, where a "
             "shootout left two suspects dead.", "2026-05-13")
    assert r.find("19", source="MEXMIL", target="MEXCRM") or r.find("19", source="MEXCRM", target="MEXMIL"), \
        r.describe()


def test_the_30_minute_firefight_is_the_clash_told_before():
    r = code("Troops clashed with Abu Sayyaf gunmen in Patikul, Sulu, Philippines, on Friday, killing three of "
             "them. No soldier was hurt in the 30-minute firefight, and troops seized two rifles, Tan said, adding "
             "that the group had been extorting money from farmers.", "2026-05-16")
    [clash] = r.find("19")
    assert clash.injured is None and len(clash.evidence) == 2, r.describe()


def test_the_fan_of_a_nigerien_bulletin_is_the_army():
    r = code("NIAMEY - On Friday 5 June 2026, a logistics convoy of the FAN struck an improvised explosive device on "
             "the Abalak road, about 18 km north of Abalak, Niger.", "2026-06-08")
    assert r.find("18", target="NERMIL"), r.describe()


def test_men_who_opened_fire_are_the_shooters_not_the_patrol_they_accosted():
    r = code("Police officers were on patrol in Spanish Town, Jamaica, on Friday night when they were accosted by "
             "armed men who opened gunfire at them.", "2026-09-20")
    assert r.find("19", source="JAMUAF", target="JAMCOP") or r.find("19", source="JAMCRM", target="JAMCOP"), \
        r.describe()


def test_shot_during_a_confrontation_with_the_police_names_the_police():
    r = code("Two men were fatally shot during a confrontation with the police in Spanish Town, St Catherine, "
             "Jamaica, on Thursday.", "2026-09-20")
    assert r.find("19", source="JAMCOP") or r.find("18", source="JAMCOP"), r.describe()


def test_a_release_of_the_jcf_speaks_for_the_police():
    r = code("Residents accused members of the Jamaica Constabulary Force (JCF) of shooting a vendor in Spanish "
             "Town, Jamaica, on Monday. The JCF rejects these allegations.", "2026-09-20")
    assert r.find("016", source="JAMCOP"), r.describe()


def test_troops_that_repelled_the_assailants_fought_them():
    r = code("Gunmen attacked a village near Fataki, Ituri, DR Congo, overnight. Soldiers intervened and repelled "
             "the assailants, the army said on Sunday.", "2026-11-09")
    assert r.find("19", source="CODMIL", target="CODUAF"), r.describe()


def test_it_after_an_opening_phrase_is_the_subject_not_a_name_in_the_phrase():
    r = code("Militiamen attacked a camp for displaced people near Bule, Ituri, DR Congo, on Saturday. In a message "
             "sent to the media on Sunday, CODECO rejected any responsibility for the attack. It accused the "
             "Zaire militia of staging the attack.", "2026-11-09")
    assert [e.source for e in r.find("112")] == [["CODUAF"]], r.describe()


def test_the_coordinator_of_vigilance_committees_speaks_for_the_committees():
    r = code("DAPAONG, Togo - Herders accused the vigilance committees of beating eleven young men in Tami on "
             "Tuesday. The coordinator of the vigilance committees of Tone prefecture rejects that.", "2026-12-04")
    assert r.find("016", source="TGOUAF") and r.find("112", target="TGOUAF"), r.describe()


def test_a_government_school_is_a_school_not_the_government():
    r = code("BUEA, Cameroon - Separatist fighters on Monday morning stormed the Government Bilingual High School "
             "in Muyuka, abducting the principal and two teachers.", "2026-03-03")
    assert [e.target for e in r.find("181")] == [["CMREDU"]], r.describe()


def test_a_local_government_council_chairman_speaks_for_the_local_government():
    r = code("Gunmen killed 17 people in Gbajanku, Taraba state, Nigeria, on Monday. The chairman of Takum local "
             "government council, Ezekiel Tanko Ahmadu, said 23 people had been buried. Ahmadu blamed armed Fulani "
             "militia for the attack.", "2026-03-04")
    assert [e.source for e in r.find("112")] == [["NGAGOV"]], r.describe()


def test_four_of_them_are_the_people_just_named_not_the_subject():
    r = code("Gunmen stormed Gbajanku, Taraba state, Nigeria, late on Monday and shot at residents. Troops pursued "
             "the attackers and killed four of them in a gunfight on Tuesday near Chanchanji, the army said.",
             "2026-03-04")
    assert r.find("19", source="NGAMIL", target="NGAUAF"), r.describe()


def test_the_second_participle_of_a_passive_shares_its_agent():
    r = code("Police in Adamawa state, Nigeria, said a farmer was attacked with machetes and killed in his farm at "
             "Jabbu village, Mayo-Belwa LGA, by suspected herders on Wednesday.", "2026-05-14")
    [killing] = r.find("18")
    assert killing.source == ["NGAAGR"], r.describe()


def test_farmers_killed_by_herders_stay_the_target_though_both_are_farming_people():
    r = code("In Benue state, Nigeria, a farmer was killed in his farm at Tse-Akaa village by suspected herders on "
             "Tuesday, police said.", "2026-05-14")
    assert r.find("18", source="NGAAGR", target="NGAAGR"), r.describe()


def test_a_commander_named_after_his_service_and_district_speaks_for_the_service():
    r = code("Gunmen ambushed a bus near Oria, Bougainville, Papua New Guinea, on Saturday. Bougainville Police "
             "Service (BPS) South Bougainville commander Chief Inspector Benedict Koiri said two people died. "
             "Koiri denied that his officers had shot a farmer.", "2026-08-27")
    assert [e.source for e in r.find("016")] == [["PNGCOP"]], r.describe()


def test_the_police_commander_in_a_district_is_the_police():
    r = code("Gunmen ambushed a bus near Oria, Bougainville, Papua New Guinea, on Saturday. The police commander in "
             "South Bougainville, Chief Inspector Benedict Koiri, said two people died. Koiri denied that his "
             "officers had shot a farmer.", "2026-08-27")
    assert [e.source for e in r.find("016")] == [["PNGCOP"]], r.describe()


def test_a_ministers_portfolio_names_no_actor():
    r = code("Gunmen ambushed a bus near Oria, Bougainville, Papua New Guinea, on Saturday. The Autonomous "
             "Bougainville Government's Minister for Police and Community Government, Joseph Tsikau, condemned the "
             "ambush.", "2026-08-27")
    assert [e.source for e in r.find("111")] == [["PNGGOV"]], r.describe()


def test_an_armed_group_that_triggered_a_bomb_set_it_off():
    r = code("Police in Gadchiroli, India, say a team of C-60 commandos was returning from a search operation on "
             "Thursday when Maoists triggered an improvised explosive device buried under a culvert near Tumarkasa "
             "village.", "2026-11-20")
    assert r.find("18", source="INDREB"), r.describe()


def test_a_bus_that_triggered_a_landmine_was_its_target():
    r = code("A bus carrying traders triggered a landmine near Kidal, Mali, on Sunday, killing four passengers.",
             "2026-11-17")
    assert not r.find("18", source="MLI"), r.describe()


def test_a_pamphlet_speaks_for_whoever_issued_it():
    r = code("In a pamphlet circulated in Bhamragad, India, on Monday, the Maoists' area committee claimed that a boy "
             "was shot dead by the commandos on Sunday. The pamphlet accused the C-60 of murdering an innocent child.",
             "2026-05-12")
    assert r.find("112", source="INDREB", target="INDCOP"), r.describe()


def test_abductors_counted_by_the_dozen_are_the_agents():
    r = code("In Etapalli, Maharashtra, India, a 45-year-old farmer, Sainu Mattami, was abducted from his house in "
             "Kudkel village late on Thursday night by around a dozen armed Maoists in uniform, police said.",
             "2026-05-12")
    [abduction] = r.find("181", source="INDREB")
    assert abduction.target in (["INDCVL"], ["INDAGR"]), r.describe()


def test_inmates_who_took_a_list_of_guards_hostage_took_hostages():
    r = code("On Friday, inmates of the Los Choneros gang rioted in the Quevedo prison, Ecuador, and took four (4) "
             "security and surveillance agents of the SNAI and one (1) member of the National Police hostage.",
             "2026-07-27")
    assert r.find("181"), r.describe()


def test_fighting_between_two_gangs_is_between_the_two_gangs():
    r = code("On Sunday, at least five inmates were killed and 14 wounded in fighting between members of Los Lobos and "
             "Los Choneros at the prison in Babahoyo, Ecuador, the SNAI prisons agency said.", "2026-03-17")
    [fight] = r.find("19")
    assert (fight.source, fight.target) == (["ECUCRM"], ["ECUCRM"]), r.describe()


def test_the_agent_of_a_passive_after_a_long_when_and_where():
    r = code("A 58-year-old farmer, Ernesto Saldua, was shot dead in front of his house in Barangay Kalabaguan, Labo, "
             "Philippines, on the evening of Monday, August 31, 2026, by suspected NPA rebels.", "2026-09-07")
    assert r.find("18", source="PHLREB"), r.describe()


def test_a_police_mobile_squad_is_the_police():
    r = code("Fighting between clans killed three people in Enga, Papua New Guinea, on Sunday. A clan leader accused "
             "the mobile squad of shooting innocent people.", "2026-08-27")
    assert r.find("112", target="PNGCOP"), r.describe()



def test_its_spokesman_speaks_for_the_group_when_named_again():
    r = code("Chad's army said on Wednesday its warplanes had killed dozens of rebels from the Military Command Council "
             "for the Salvation of the Republic (CCMSR) in the Tibesti mountains, an account the rebel group rejected. "
             "Army spokesman Colonel Abdelkerim Hassane Brahim said in a statement that more than 30 terrorists were "
             "killed. The CCMSR, which has fought the government of President Mahamat Idriss Deby since 2016, denied "
             "losing any fighters. Its spokesman, Ahmat Kellei Ouchar, told Reuters that the aircraft had bombed a "
             "market. \"It bombed gold diggers and now it calls them terrorists,\" Ouchar said. He accused the army of "
             "massacring civilians.", "2026-02-18")
    assert r.find("112", source="TCDREB", target="TCDMIL"), r.describe()


def test_an_acronym_bracketed_inside_a_longer_name_is_learned():
    r = code("Troops clashed with New People's Army (NPA) rebels in Guinobatan, Philippines, on Sunday. On Monday, "
             "police blamed an NPA partisan unit for the killing of a former rebel in Sipocot.", "2026-10-13")
    assert r.find("112", target="PHLREB"), r.describe()


def test_the_sides_of_a_dispute_that_grew_into_a_clash_fought_it():
    r = code("On Friday, a long-running dispute between Fulani herders and Bachama farmers in Lamurde, Adamawa, "
             "Nigeria, degenerated into a violent clash.", "2026-05-18")
    [clash] = r.find("19")
    assert (clash.source, clash.target) == (["NGAAGR"], ["NGAAGR"]), r.describe()


def test_youths_of_two_communities_fighting_each_other_clash_and_do_not_riot():
    r = code("On Friday, a dispute over farmland between youths of Kwapsi and Dungbo communities in Lamurde, Adamawa, "
             "Nigeria, degenerated into a violent clash.", "2026-05-18")
    [clash] = r.find("19")
    assert (clash.source, clash.target) == (["NGACVL"], ["NGACVL"]), r.describe()


def test_a_victims_father_is_a_civilian_not_the_doctors_who_treated_his_son():
    r = code("Doctors at Al-Wahda Hospital in Derna, Libya, said a 19-year-old protester was being treated for a "
             "bullet wound on Thursday. His father, Saleh Bu Hlaiga, accused the security forces of firing directly "
             "at the crowd.", "2026-09-11")
    assert r.find("112", source="LBYCVL"), r.describe()


def test_a_forces_media_office_speaks_for_the_force():
    r = code("A car bomb exploded at a checkpoint in Derna, Libya, on Wednesday. The LAAF General Command's media "
             "office blamed terrorist cells for the attack.", "2026-09-11")
    assert r.find("112", source="LBYREB"), r.describe()


def test_a_police_acronym_and_a_language_do_not_move_the_story_from_its_places():
    # "Colonel PNP" is the Philippines' police to the dictionary, Suyo also a Philippine town and
    # "Spanish" Spain: the four places that are all Peru's say where the story is
    r = code("[English version produced by El Tallan with machine translation. Original in Spanish.] A bus driver was "
             "shot dead on Monday near the Sullana support hospital. Colonel PNP Edwin Saavedra, head of the Sullana "
             "police division, said the murder was ordered by an extortion gang. An army patrol clashed on Monday "
             "night with armed men guarding an illegal mine in the district of Suyo, in the province of Ayabaca, on "
             "the border with Ecuador. Drivers blocked the highway between Sullana and Piura.", "2026-09-16")
    assert r.find("19", source="PERMIL") and r.find("144", source="PERCVL"), r.describe()
