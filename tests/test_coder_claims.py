"""Claims, by example: who says what happened, accusations (112), responsibility claims and
denials (016). A party's report of what its enemy did is `claimed` only when contested; the
accusation is then an event of its own, asserted, from the accuser to the accused."""
from __future__ import annotations

import datetime as dt

from coding import code


def test_the_speaker_of_x_said_is_not_the_attacker():
    r = code("Houthi rebels fired a missile at a commercial ship in the Red Sea on Wednesday, "
             "the US military said.", "2024-05-02")
    attack = r.one("19")
    assert any(s.startswith("YEM") for s in attack.source)
    assert not any(s.startswith("USA") for s in attack.source)
    assert attack.modality == "asserted"


def test_according_to_names_the_reporter_not_the_attacker():
    r = code("According to the United Nations, RSF fighters killed at least 40 villagers near El Fasher "
             "on Tuesday.", "2024-05-02")
    attack = r.one("18")
    assert any(s.startswith("SDN") for s in attack.source), r.describe()
    assert not any(s.startswith("IGO") for s in attack.source + attack.target)
    assert any(t.startswith("SDNCVL") for t in attack.target)
    assert attack.modality == "asserted"


def test_accused_of_shelling_is_an_accusation_and_a_claimed_shelling():
    r = code("Ukraine accused Russia of shelling a hospital in Kharkiv on Wednesday, killing two patients. "
             "Moscow denied the accusation.", "2024-05-02")
    accusation = r.one("112")
    assert accusation.source[0].startswith("UKR") and accusation.target[0].startswith("RUS")
    assert accusation.modality == "asserted"
    shelling = r.one("19")
    assert shelling.source[0].startswith("RUS")
    assert shelling.modality == "claimed"
    assert any(c.startswith("UKR") for c in shelling.claimed_by)
    assert shelling.date.isoformat() == "2024-05-01"
    assert shelling.fatalities == 2


def test_the_accused_denial_is_016_from_the_accused():
    r = code("Ukraine accused Russia of shelling a hospital in Kharkiv on Wednesday, killing two patients. "
             "Moscow denied the accusation.", "2024-05-02")
    denial = r.one("016")
    assert denial.source and denial.source[0].startswith("RUS")


def test_blamed_for_a_drone_strike_is_an_accusation_and_a_claimed_strike():
    r = code("The Sudanese army blamed the Rapid Support Forces for a drone strike on a fuel depot in "
             "Port Sudan on Tuesday. The RSF did not comment.", "2024-05-02")
    accusation = r.one("112", source="SDNMIL")
    assert any(t.startswith("SDN") and not t.startswith("SDNMIL") for t in accusation.target), r.describe()
    strike = r.one("19")
    assert strike.modality == "claimed"
    assert any(c.startswith("SDNMIL") for c in strike.claimed_by)
    assert strike.acled_sub_event_type == "Air/drone strike"
    # "did not comment" is not a denial
    assert not r.find("016")


def test_the_accused_rebels_deny_the_killing():
    r = code("Colombia's defence minister accused the National Liberation Army (ELN) of killing two "
             "soldiers in Arauca on Tuesday. The rebels denied the accusation.", "2024-05-02")
    accusation = r.one("112")
    assert accusation.source[0].startswith("COL") and accusation.target[0].startswith("COLREB")
    killing = r.one("19")     # soldiers killed by rebels: a battle
    assert killing.modality == "claimed" and killing.source[0].startswith("COLREB")
    assert any(t.startswith("COLMIL") for t in killing.target)
    denial = r.one("016")
    assert denial.source[0].startswith("COLREB")


def test_claimed_responsibility_makes_the_claimant_the_attacker():
    r = code("Al-Shabaab claimed responsibility for a car bombing outside a hotel in Mogadishu on "
             "Wednesday that killed six people.", "2024-05-02")
    bombing = r.one("18")
    assert bombing.source[0].startswith("SOM") and bombing.modality == "asserted"
    assert bombing.fatalities == 6
    assert bombing.date.isoformat() == "2024-05-01"


def test_a_later_responsibility_claim_names_the_bomber_of_the_earlier_blast():
    r = code("A bomb ripped through a market in Maiduguri on Wednesday, killing 12 people. Islamic State "
             "West Africa Province claimed responsibility for the attack in a statement.", "2024-05-02")
    bombing = r.one("18")
    assert any(s.startswith("IMG") for s in bombing.source)
    assert bombing.fatalities == 12
    assert len(bombing.evidence) == 2


def test_a_denial_is_not_an_attack():
    r = code("Israel denied carrying out the strike on the convoy in Rafah.", "2024-05-02")
    denial = r.one("016")
    assert denial.source[0].startswith("ISR")
    assert not [e for e in r.find("19") if e.modality == "asserted"]


def test_an_army_denying_reports_of_its_shelling():
    r = code("The army denied reports that it had shelled the village of Kutkai on Tuesday.", "2024-05-02")
    assert r.one("016").source[0].startswith("MMR")
    assert not [e for e in r.find("19") if e.modality == "asserted"], r.describe()


def test_a_claim_of_responsibility_paragraphs_later_names_the_attacker():
    r = code("KARACHI: Two Chinese engineers were killed late Monday night when a suicide bomber rammed a car into "
             "their convoy near the airport. The engineers worked on a power plant in Sindh. The convoy was heading "
             "to the city centre. Rescue teams cleared the road by morning. Flights were not affected, the airport "
             "said. "
             "The banned Baloch Liberation Army (BLA) claimed responsibility in a statement sent to the media.",
             "2025-09-23")
    bombing = r.one("183")
    assert bombing.source == ["PAKSEP"] and len([e for e in r.events if e.cameo[:2] == "18"]) == 1, r.describe()


def test_saying_it_was_behind_an_attack_is_claiming_responsibility():
    r = code("The New IRA has said it was behind the shooting of an off-duty police officer in Omagh on Saturday "
             "night.", "2025-03-10")
    assert r.one("015").source == ["GBRREB"] and not [e for e in r.events if e.cameo == "112"], r.describe()


def test_condemning_a_shooting_no_one_claimed_is_still_a_condemnation():
    r = code("An off-duty police officer was shot in Omagh on Saturday night. The SDLP also condemned the "
             "shooting.", "2025-03-10")
    assert r.one("111").source == ["GBROPP"], r.describe()


def test_a_claim_of_responsibility_can_be_the_first_telling_of_the_attack():
    r = code("The Islamic State group claimed responsibility for the attack, which killed 12 soldiers in "
             "Niger's Tillaberi region on Thursday.", "2024-03-12")
    attack = r.one("19")
    assert attack.source[0].startswith("IMG") and attack.target[0].startswith("NERMIL"), r.describe()
    assert attack.fatalities == 12


def test_residents_reporting_an_event_are_witnesses_not_accusers():
    r = code("Fighting between the 444 Brigade and the Special Deterrence Force erupted in Tripoli on Monday, "
             "residents said. The 444 Brigade denied attacking the force's checkpoints.", "2023-08-16")
    assert r.one("016").source[0].startswith("LBY")
    assert not r.find("112"), r.describe()


def test_saying_one_did_not_do_it_is_a_denial():
    r = code("Gunmen ambushed an army convoy near Saravena on Monday, killing four soldiers. The ELN said in a "
             "statement on Tuesday that its fighters had not attacked the convoy.", "2025-08-20")
    assert r.one("016").source[0].startswith("COL"), r.describe()


def test_disclaiming_responsibility_is_a_denial():
    r = code("Five soldiers were kidnapped in Arauca on Monday. The ELN said in a statement posted on social "
             "media on Tuesday that it had \"no responsibility\" for the kidnapping.", "2025-08-20")
    assert r.one("016").source[0].startswith("COL"), r.describe()


def test_neither_confirming_nor_denying_is_no_denial():
    r = code("Pakistani jets struck hideouts in Paktika on Tuesday, Afghan officials said. A Foreign Office "
             "spokesperson neither confirmed nor denied the strikes.", "2024-12-25")
    assert not r.find("016"), r.describe()


def test_a_party_telling_in_charged_words_what_its_enemy_did_accuses_it():
    r = code("Four soldiers were killed as Pakistani troops violated the ceasefire along the Line of Control in "
             "Jammu and Kashmir on Friday, officials said. \"The Pakistan Army resorted to unprovoked ceasefire "
             "violation and deliberately targeted civilian areas,\" an Army spokesman said.", "2020-11-14")
    accusation = r.one("112")
    assert accusation.source[0].startswith("IND") and accusation.target[0].startswith("PAK"), r.describe()


def test_a_party_saying_who_carried_out_a_deed_accuses_them():
    r = code("Three policemen were killed in an IED blast in West Singhbhum, Jharkhand, on Tuesday. The district "
             "police chief said the blast was carried out by a squad of the banned CPI (Maoist).", "2024-10-17")
    accusation = r.one("112")
    assert accusation.source[0].startswith("INDCOP") and accusation.target[0].startswith("INDREB"), r.describe()


def test_a_deed_named_with_its_doer_is_no_accusation_of_them():
    # "a missile fired by the army": the strike told, not a later attribution of it
    r = code("At least nine civilians were killed when a missile fired by the Armenian army hit a residential area "
             "of Ganja overnight, Azerbaijan's Prosecutor General's Office said on Sunday.", "2020-10-11")
    assert not r.find("112"), r.describe()


def test_a_neutral_report_in_charged_words_accuses_no_one():
    r = code("Pakistani troops deliberately targeted civilian areas along the Line of Control on Friday, "
             "Human Rights Watch said.", "2020-11-14")
    assert not r.find("112"), r.describe()


def test_denying_a_deed_is_a_denial():
    r = code("Malian army drones struck rebel positions near Kidal on Sunday. The army denied hitting civilians.",
             "2024-07-29")
    assert r.one("016").source[0].startswith("MLI"), r.describe()


def test_an_attack_without_a_perpetrator_is_claimed_against_whoever_the_speaker_blames():
    r = code("On Thursday, mortar rounds were fired at a Peshmerga position near Dibis, wounding two fighters, "
             "the Peshmerga ministry said, blaming Popular Mobilisation Forces units deployed nearby.", "2017-10-21")
    attack = r.one("19")
    assert attack.modality == "claimed" and attack.source, r.describe()
    assert attack.source == r.one("112").target


def test_unnamed_witnesses_reporting_do_not_make_the_last_actor_a_speaker():
    r = code("On Tuesday, hundreds of Druze residents of Jaramana, on the outskirts of Damascus, protested against "
             "the government offensive, witnesses said.", "2025-07-16")
    assert r.one("14").target == ["SYRGOV"], r.describe()


def test_an_accusation_after_said_as_is_its_own_statement():
    r = code("A police raid against a drug gang in Rio de Janeiro left at least nine people dead on Wednesday, police "
             "said, as residents accused officers of executing young men who had already surrendered.", "2021-09-16")
    accusation = r.one("112")
    assert accusation.source == ["BRACVL"] and accusation.target == ["BRACOP"], r.describe()


def test_criticising_an_operation_is_aimed_at_those_who_ran_it():
    r = code("A police raid against a drug gang in Rio de Janeiro left at least nine people dead on Wednesday. "
             "Human Rights Watch criticized the operation as a massacre foretold.", "2021-09-16")
    assert r.one("111").target == ["BRACOP"], r.describe()


def test_condemning_an_attack_is_aimed_at_its_perpetrator_not_a_later_pronoun():
    r = code("A missile fired by the Armenian army hit a residential area of Ganja, Azerbaijan, overnight, killing "
             "nine civilians. Turkish Foreign Minister Mevlut Cavusoglu condemned the attack on Ganja, describing it "
             "as a new example of Armenia's disregard for international law.", "2020-10-11")
    assert r.one("111").target[0].startswith("ARM"), r.describe()


def test_accusing_it_refers_to_the_object_just_named():
    r = code("Thailand's Deputy Prime Minister Surapong Tovichakchaikul has criticised the protest movement, accusing "
             "it of holding the country hostage.", "2014-01-27")
    assert r.one("111").target == ["THAOPP"], r.describe()


def test_accused_of_organising_an_attack_is_no_attack_by_the_accused():
    # the accused arranged, paid for or armed it: the attack itself is someone else's
    r = code("The SPLM-IO accused the government of orchestrating the attack on its rally in Juba on Sunday. "
             "The interior ministry accused foreign intelligence services of facilitating attacks by "
             "the rebels.", "2024-05-02")
    assert r.find("112", source="SSDREB", target="SSDGOV"), r.describe()
    assert not r.find("19", source="SSDGOV") and not r.find("19", source="SSDSPY"), r.describe()


def test_condemning_the_attack_after_the_armys_response_is_aimed_at_the_attackers():
    # "the attack" is the story's deadly attack, not the army's pursuit told since, and a
    # government does not condemn its own troops
    r = code("At least nine people were hacked to death by ADF rebels in Kasese district on Tuesday night. "
             "On Wednesday, Ugandan troops clashed with the attackers near the border, killing four of them. "
             "President Museveni condemned the attack, saying the rebels would pay a heavy price.", "2023-09-14")
    condemnation = r.one("111")
    assert any(t.startswith("UGAREB") or t.startswith("CODREB") for t in condemnation.target), r.describe()
    assert not any(t.startswith("UGAMIL") for t in condemnation.target), r.describe()


def test_condemning_an_attack_and_accusing_the_police_in_one_sentence_is_one_statement():
    # as the gold annotates "condemned what it called a war of extermination and accused Israel of ...":
    # the accusation says whom the condemnation is aimed at
    r = code("Government supporters attacked the protest camp in Colombo on Monday, beating dozens of protesters. "
             "The Human Rights Commission condemned the attack on peaceful protesters and accused the police of "
             "failing to protect them.", "2022-05-10")
    assert len(r.find("11")) == 1 and r.one("11").target == ["LKACOP"], r.describe()


def test_condemning_a_strike_and_charging_the_regime_is_one_statement():
    # the army and the government of one state are one party to accuse
    r = code("A military fighter jet bombed a village in Sagaing region on Monday, killing 30 people. "
             "The National Unity Government condemned the strike as a war crime, saying the regime was "
             "deliberately targeting civilians.", "2023-09-20")
    assert len(r.find("11")) == 1, r.describe()


def test_and_accused_after_a_claim_is_the_speakers_own_accusation():
    # the claim ends where its speaker goes on to accuse: the accuser is the speaker
    r = code("Turkish jets struck PKK positions in Hakkari province on Friday, the army said. "
             "The Peoples' Democratic Party (HDP) claimed that a 17-year-old shepherd was killed in the airstrikes "
             "near the village of Ortaklar on Friday and accused the military of targeting civilians.", "2016-08-19")
    accusation = r.one("112")
    assert accusation.source[0].startswith("TUR") and accusation.target[0].startswith("TURMIL"), r.describe()


def test_a_charge_of_conduct_in_general_codes_the_accusation_only():
    # no number, day, place or particular attack: a charge about conduct, not one event
    r = code("The rights group accused soldiers of torturing detainees and of beating young men in custody. "
             "The Darfur Rights Monitor accuses the RSF of deliberately targeting the Masalit.", "2023-06-16")
    assert r.find("112"), r.describe()
    assert not [e for e in r.events if e.root in ("18", "19", "20")], r.describe()


def test_a_charge_with_a_toll_a_day_or_a_place_codes_the_alleged_attack():
    r = code("Human Rights Watch accused Kenyan police officers of killing two young men during a crackdown in Mpeketoni "
             "on Sunday.", "2019-01-08")
    assert r.one("18", modality="claimed").fatalities == 2, r.describe()


def test_accusing_unnamed_culprits_is_an_accusation_and_no_attack_by_the_accuser():
    r = code("Protesters set fire to metro stations in Santiago on Friday. Interior Minister Andres Chadwick accused "
             "organised groups of carrying out premeditated attacks on the metro network.", "2019-10-21")
    accusation = r.one("112")
    assert accusation.source == ["CHLGOV"] and accusation.target == [], r.describe()
    assert not r.find("19", source="CHLGOV"), r.describe()


def test_being_accused_is_no_accusation_by_the_accused():
    r = code("The army was accused of killing civilians in Kidal on Monday.", "2024-05-02")
    assert not r.find("11"), r.describe()


def test_condemning_the_aggression_of_a_state_is_aimed_at_that_state():
    r = code("The Ministry of Defence of Armenia strongly condemns the aggression of Azerbaijan against the sovereign "
             "territory of Armenia.", "2022-09-13")
    assert r.one("11").target[0].startswith("AZE"), r.describe()


def test_condemning_the_killing_of_civilians_is_not_aimed_at_them():
    r = code("Gunmen killed five villagers in Plateau State on Monday. The governor condemned the killing of "
             "civilians in the area.", "2023-05-17")
    assert not any(t.endswith("CVL") for t in r.one("11").target), r.describe()


def test_saying_these_claims_are_false_is_a_denial():
    r = code("The Ministry of Defence of Azerbaijan accused Armenian forces of shelling its positions near Lachin. "
             "The Ministry of Defence of Armenia states that these claims are absolutely false.", "2022-09-13")
    assert r.one("016").source[0].startswith("ARM"), r.describe()


def test_denying_rumours_and_a_cabinet_secretary_blaming_a_group():
    r = code("The General Staff of the Chadian army firmly denies the rumours spread on social networks about "
             "soldiers taken prisoner.", "2022-07-21")
    assert r.find("016", source="TCD"), r.describe()
    r = code("Gunmen torched houses in Lamu county, Kenya, on Monday. Interior CS Fred Matiang'i blamed al Shabaab "
             "for the attacks.", "2019-01-08")
    assert r.find("112", source="KENGOV", target="SOM"), r.describe()


def test_condemning_fridays_strike_is_a_condemnation_of_its_perpetrator():
    r = code("An Israeli strike on Beirut's southern suburbs killed 14 people on Friday. Caretaker Prime Minister "
             "Najib Mikati condemned Friday's strike on the southern suburbs as a massacre.", "2024-09-21")
    assert r.one("111").target[0].startswith("ISR"), r.describe()


def test_attributing_the_attacks_to_gangs_is_an_accusation():
    r = code("Gunmen attacked a television station in Guayaquil on Tuesday. The Ecuadorian authorities attributed "
             "the attacks to the gangs.", "2024-01-10")
    assert r.find("112", source="ECU", target="ECUCRM"), r.describe()


def test_a_toll_told_by_a_group_that_accuses_the_police_is_claimed_against_the_police():
    r = code("Guinean security forces fired tear gas at protesters in Conakry on Monday. At least five demonstrators "
             "were shot dead, according to the opposition FNDC, which accused the security forces of firing live ammunition at "
             "unarmed youths.", "2019-10-15")
    killing = r.one("18")
    assert killing.source and killing.source[0].startswith("GINCOP") and killing.modality == "claimed", r.describe()


def test_condemning_what_he_called_an_act_by_militants_is_not_aimed_at_himself():
    r = code("Al-Shabaab fighters attacked a checkpoint in Mogadishu on Tuesday, killing five soldiers. Information "
             "Minister Daud Aweis condemned what he called a cowardly act by the Khawarij, the government's term for "
             "the militants.", "2025-03-19")
    condemnation = r.one("111")
    assert condemnation.source[0].startswith("SOMGOV"), r.describe()
    assert not any(t.startswith("SOMGOV") for t in condemnation.target), r.describe()


def test_unnamed_officials_report_an_attack_without_accusing_anyone():
    # "officials said" attributes the news, like "sources said"; the army's own charge accuses
    r = code("Shells fired by M23 rebels slammed into a market in Sake on Wednesday, killing five civilians, "
             "local officials said. The M23 blamed the shelling on government troops.", "2024-02-08")
    assert not [e for e in r.events if e.cameo.startswith("112") and e.source[0].startswith("CODGOV")], r.describe()


def test_condemning_two_parties_deeds_condemns_each_party():
    r = code("The RSF shelled villages near El Obeid, Sudan, on Monday. Emergency Lawyers condemned the RSF's "
             "shelling of El Obeid and the army's aerial bombardment of villages on Tuesday.", "2025-11-12")
    targets = sorted(e.target[0][:6] for e in r.events if e.cameo.startswith("111"))
    assert targets == ["SDNMIL", "SDNREB"], r.describe()
    strike = r.one("195")
    assert strike.source[0].startswith("SDNMIL")


def test_the_statement_blames_for_whoever_issued_it():
    r = code("Gunmen killed 19 people in Benue, Nigeria, on Saturday. In a statement on Sunday, the governor's "
             "spokesman said the government would not relent. The statement blamed armed herders for the attack.",
             "2024-04-15")
    assert r.one("112").source[0].startswith("NGAGOV"), r.describe()


def test_a_party_saying_it_struck_tells_its_own_attack():
    r = code("The Israeli military said it struck Hezbollah targets in southern Lebanon overnight.", "2025-03-12")
    strike = r.one("19")
    assert strike.source[0].startswith("ISR") and strike.target[0].startswith("LBN"), r.describe()


def test_accused_of_attacking_a_garrison_in_a_town_codes_the_alleged_attack():
    r = code("The army on Tuesday accused SPLM-IO forces of attacking its garrison in Nasir, South Sudan.",
             "2025-03-12")
    assert r.one("112").target[0].startswith("SSD"), r.describe()
    alleged = r.one("19")
    assert alleged.modality == "claimed" and alleged.source[0].startswith("SSDREB")


def test_days_of_rioting_is_no_riot_of_its_own():
    r = code("At least eight people have died in three days of rioting across Chile, the government said on "
             "Monday.", "2019-10-21")
    assert not r.find("145"), r.describe()


def test_the_statement_speaks_for_who_spoke_last_not_for_the_last_subject():
    r = code("In a statement, Cameroon's defence ministry said troops had killed five separatist fighters in "
             "Bamenda on Sunday. Civilians fled the area. The statement also accused separatist fighters of "
             "killing two civilians at Mile 90 on Saturday.", "2025-09-10")
    accusation = r.one("112")
    assert accusation.source[0].startswith("CMRGOV") or accusation.source[0].startswith("CMRMIL"), r.describe()


def test_condemning_the_use_of_force_against_protesters_aims_at_the_police():
    r = code("Protesters clashed with police in Basra, Iraq, on Tuesday. Iraq's High Commission for Human Rights "
             "condemned the excessive use of force against protesters.", "2025-03-12")
    assert r.one("111").target[0].startswith("IRQCOP"), r.describe()


def test_an_attack_blamed_on_a_group_by_no_one_named_is_the_groups_and_accuses_no_one():
    r = code("At least 40 civilians were hacked to death in an overnight attack on a village in Beni territory, "
             "Congo, blamed on ADF rebels.", "2025-03-12")
    assert not r.find("112"), r.describe()
    [attack] = [e for e in r.events if e.root in ("18", "19")]      # (villagers hacked to death: an assault, 18)
    assert attack.source[0].startswith("CODREB") and attack.fatalities == 40


def test_adding_goes_on_with_the_speaker_before_it():
    r = code("Hezbollah fired rockets at northern Israel on Tuesday, the Israeli military said, adding that most "
             "were intercepted.", "2025-03-12")
    assert r.one("19").source[0].startswith("LBN"), r.describe()


def test_baton_charged_is_no_charge():
    r = code("Police baton-charged and arrested dozens of opposition supporters in Lahore, Pakistan, on Tuesday.",
             "2025-03-12")
    arrest = r.one("173")
    assert arrest.source[0].startswith("PAKCOP") and arrest.modality == "asserted", r.describe()


def test_two_organs_of_one_state_reporting_a_contested_attack_make_one_accusation():
    # the Kremlin and the defence ministry are one party to blame Ukraine: one accusation, told first
    r = code("The Kremlin said Ukrainian drones struck a bus near Lgov, Russia, on Thursday, killing two workers. "
             "The Russian defence ministry said Ukrainian drones struck the bus near Lgov on Thursday. Ukraine "
             "denied striking the bus.", "2025-09-12")
    assert r.one("112").source == ["RUSGOV"], r.describe()


def test_a_speaker_said_blaming_someone_accuses_them():
    r = code("A drone strike on a displacement camp in El Fasher, Sudan, killed 12 people on Tuesday, the Sudan "
             "Doctors Network said, blaming the RSF.", "2025-03-12")
    assert r.one("112").target[0].startswith("SDNREB"), r.describe()
    assert r.one("195").source[0].startswith("SDNREB")


def test_an_attack_that_drew_condemnation_from_several_parties_is_condemned_by_each():
    r = code("Gunmen killed five people at a defence company in Ankara on Wednesday. The attack drew condemnation "
             "from NATO, the US and Azerbaijan.", "2024-04-18")
    critics = sorted(e.source[0] for e in r.events if e.cameo == "111")
    assert critics == ["AZEGOV", "IGOWSTNAT", "USAGOV"], r.describe()
    assert all(e.target == ["TURUAF"] for e in r.events if e.cameo == "111"), r.describe()


def test_a_ministry_insisting_its_forces_do_not_strike_civilians_denies():
    r = code("Russian drones struck a clinic in Zaporizhzhia on Monday. The statement did not mention the clinic, and "
             "the Russian defence ministry insisted, as it always does, that its forces do not strike civilian "
             "targets.", "2024-12-10")
    assert r.one("016").source[0].startswith("RUS"), r.describe()


def test_saying_ones_own_ship_was_not_hit_is_no_denial():
    r = code("Houthi forces fired missiles at a US aircraft carrier on Sunday. A US official said the carrier had not "
             "been hit.", "2025-03-16")
    assert not [e for e in r.events if e.cameo == "016"], r.describe()


def test_they_were_said_to_have_opened_fire_is_no_ones_statement():
    r = code("KATSINA, Nigeria — Gunmen stormed Unguwar Dangi village on Saturday while residents were at prayer. They "
             "were said to have opened fire on the worshippers inside the mosque.", "2025-07-14")
    [attack] = r.events
    assert attack.source == ["NGAUAF"] and "NGAREL" in attack.target, r.describe()


def test_condemning_what_one_called_a_barbaric_attack_is_aimed_at_its_perpetrator():
    r = code('PORT-AU-PRINCE, Haiti — Gangs attacked Mirebalais on Monday, killing 20 people. Prime Minister Alix '
             'Didier Fils-Aimé condemned what he called a "barbaric attack".', "2025-04-01")
    assert r.one("111").target == ["HTICRM"], r.describe()


def test_condemning_an_attack_past_two_adjectives_is_a_condemnation_of_its_perpetrators():
    r = code("NIAMEY — Gunmen killed 12 villagers in Tillaberi on Sunday. The government strongly condemns this "
             "cowardly and barbaric attack.", "2024-03-12")
    condemnation = r.one("111")
    assert condemnation.source == ["NERGOV"] and condemnation.target == ["NERUAF"], r.describe()


def test_a_participle_after_said_and_a_date_is_the_speakers():
    # "said on Nov. 19, accusing ...": the time phrase does not hide who accuses
    result = code('"This is deliberate terror against ordinary people," President Volodymyr Zelensky said on '
                  'Nov. 19, accusing Moscow of choosing civilian targets.', "2025-11-20")
    assert result.one("112", target="RUS").source == ["UKRGOV"]
    assert not result.find("19")      # "civilian targets" is a noun: no one "targets" anyone here


def test_blamed_it_on_accuses_whoever_follows_on():
    r = code("ADF rebels killed 18 people at a funeral vigil in Lubero, North Kivu, on Monday night. The army spokesman, "
             "Lieutenant Jules Ngongo, confirmed the attack and blamed it on the Allied Democratic Forces (ADF).",
             "2026-02-11")
    assert r.one("112").target == ["CODREB"], r.describe()


def test_condemning_an_attack_by_someone_is_aimed_at_them():
    r = code("MONUSCO has strongly condemned an attack by CODECO militiamen on a site for displaced people in Ituri "
             "province.", "2026-04-14")
    assert r.one("111").target == ["CODUAF"], r.describe()


def test_two_parties_accusing_each_other_is_an_accusation_each_way():
    r = code("Armenia and Azerbaijan have once again accused each other of opening fire along their shared border.",
             "2025-04-22")
    assert sorted((e.source[0], e.target[0]) for e in r.find("112")) == [("ARMGOV", "AZEGOV"), ("AZEGOV", "ARMGOV")], r.describe()


def test_a_participle_after_went_further_is_the_speakers_accusation():
    r = code("Deputy Prime Minister Qubad Talabani went further, accusing Baghdad of turning a blind eye "
             "to the groups behind repeated attacks on the field.", "2023-08-22")
    accusation = r.one("112")
    assert accusation.source == ["IRQGOV"] and accusation.target[0].startswith("IRQ"), r.describe()


def test_condemning_a_quoted_attack_against_soldiers_aims_at_the_attackers_not_the_soldiers():
    r = code("Boko Haram fighters attacked an army post on Kaiga island on Sunday, killing 17 soldiers. The "
             "government spokesman condemned \"a cowardly and barbaric attack\" against soldiers who were "
             "guarding the Lake.", "2025-11-03")
    condemnation = r.one("111")
    assert condemnation.target == ["NGAREB"], r.describe()


def test_a_participle_after_told_reporters_is_the_speakers_accusation():
    r = code("\"They came to kill,\" Interior Minister Pascoal Ronda told reporters in Maputo, accusing the protesters "
             "of looting shops.", "2025-09-18")
    accusation = r.one("112")
    assert accusation.source == ["MOZGOV"] and accusation.target == ["MOZCVL"], r.describe()


def test_a_participle_after_a_quotation_is_the_speakers_not_someone_the_quotation_names():
    r = code("ZAKHO, Iraq — \"There were no guerrillas in Banka. The Turkish state murdered farmers,\" the HPG said in "
             "a statement, accusing Ankara of deliberately targeting Kurdish civilians.", "2026-04-14")
    assert r.one("112").source == ["TURREB"], r.describe()     # not the farmers


def test_a_participle_after_an_inverted_said_is_the_speakers_accusation():
    r = code("\"Those killed were civilians,\" said Human Rights Watch researcher Ilaria Allegrozzi, accusing the "
             "Malian army of killing 21 herders near Diafarabe on Monday.", "2025-09-18")
    accusation = r.one("112")
    assert accusation.source == ["NGOHRI"] and accusation.target == ["MLIMIL"], r.describe()
    assert r.one("18").claimed_by == ["NGOHRI"], r.describe()


def test_a_command_or_task_force_denying_speaks_for_its_force():
    r = code("Soldiers killed three people in Machala, Ecuador, on Monday, relatives said. The Joint Command "
             "rejected the accusation.", "2026-02-09")
    assert r.one("016").source == ["ECUMIL"], r.describe()
    r = code("Soldiers shot dead three men in Ilaga, Papua, Indonesia, on Monday. The task force denied the "
             "accusation.", "2025-12-05")
    assert r.one("016").source == ["IDNMIL"], r.describe()


def test_denying_this_denies_what_was_told():
    r = code("Residents said police killed three people in Dakar, Senegal, on Monday. The gendarmerie denies this "
             "and says its men only fired tear gas.",
             "2025-05-20")
    assert r.one("016").source == ["SENCOP"], r.describe()


def test_refuting_a_narrative_is_no_denial():
    r = code("Police killed three people in Dakar, Senegal, on Monday. \"The United States strongly refutes this "
             "narrative,\" a spokesman said.", "2025-05-20")
    assert not r.find("016"), r.describe()


def test_a_named_person_of_no_party_accuses_as_a_civilian_of_the_storys_country():
    r = code("BAGHDAD - Sheikh Khalid al-Jubouri accused the army of shelling orchards in Tarmiyah on Thursday.",
             "2025-08-21")
    assert r.one("112").source == ["IRQCVL"] and r.one("112").target[0].startswith("IRQMIL"), r.describe()
    assert r.one("19").modality == "claimed", r.describe()


def test_a_tribal_leader_accusing_the_army_is_a_civilian_accusation():
    r = code("BAGHDAD - A local tribal leader accused the army of shelling orchards in Tarmiyah on Thursday.",
             "2025-08-21")
    assert r.one("112").source[0].startswith("IRQCVL"), r.describe()


def test_a_body_with_a_capitalised_name_is_not_taken_for_a_person():
    r = code("ADDIS ABABA - The Somali Regional State Communication Bureau accused the Afar special forces of "
             "launching an offensive on Gabiley on Wednesday.", "2022-08-27")
    assert not any(a.source == ["ETH"] for a in r.find("112")), r.describe()


def test_attributing_an_attack_to_a_group_accuses_it():
    r = code("BOGOTA - The army attributed the drone attack on the school in Bebedo, Choco, to the ELN.", "2026-04-13")
    accusation = r.one("112")
    assert accusation.source[0].startswith("COLMIL") and accusation.target[0].startswith("COLREB"), r.describe()


def test_attacks_attributed_to_a_group_by_no_one_named_accuse_no_one():
    r = code("PEMBA - More than 180 civilians have been killed this year in attacks attributed to insurgents in Cabo "
             "Delgado, the UN said.", "2025-11-20")
    assert not r.find("112"), r.describe()


def test_a_command_or_bureau_no_dictionary_knows_speaks_for_its_state():
    # "command" names an army body, "bureau" a government office, of the story's country
    r = code("Gunmen killed three Iraqi soldiers in Diyala on Monday. The Joint Operations Command blamed Daesh "
             "for the attack.", "2025-06-04")
    assert r.one("112", source="IRQMIL", target="IMG"), r.describe()
    r = code("Gunmen killed three villagers in West Wollega, Ethiopia, on Monday. The Oromia Communication Affairs "
             "Bureau blamed Shene for the killing.", "2025-06-04")
    assert r.one("112", source="ETHGOV"), r.describe()


def test_a_spokeswoman_who_in_turn_accuses_speaks_for_the_party_accused_before():
    # the last person named is Burundi's spokesman; "in turn" says the accused answers
    r = code("Burundi's government spokesman Jerome Niyonzima accused Rwanda of backing the RED-Tabara rebels who "
             "attacked Gatumba on Sunday. Kigali rejected the accusation on Monday. She in turn accused Bujumbura of "
             "fighting side by side with the FDLR militia.", "2025-06-04")
    assert r.one("112", source="RWA", target="BDI"), r.describe()


def test_a_party_named_in_turn_keeps_its_own_name():
    r = code("Armenia accused Azerbaijan of shelling the village of Sotk on Monday. Baku in turn accused Armenian "
             "forces of firing on its positions near Kalbajar.", "2025-06-04")
    assert r.one("112", source="AZE", target="ARM"), r.describe()


def test_calling_an_attack_a_war_crime_disapproves_of_its_perpetrator():
    r = code("Ukrainian forces shelled Belgorod on Monday, killing three people. Russian Foreign Ministry spokeswoman "
             "Maria Zakharova called the shelling a war crime.", "2025-06-04")
    assert r.one("111", source="RUS", target="UKR"), r.describe()
    r = code("A US strike hit a boat off Paria, Venezuela, on Monday, killing six people. Caracas described the attack "
             "as an extrajudicial execution.", "2025-06-04")
    assert r.one("111", source="VEN", target="USA"), r.describe()


def test_calling_for_calm_or_a_group_calling_itself_a_name_is_no_disapproval():
    r = code("The army called for calm in Goma on Monday. A faction calling itself the Bannu Mujahideen claimed the "
             "attack on the police station.", "2025-06-04")
    assert not r.find("111"), r.describe()
    r = code("Gunmen attacked a police post in Bannu on Monday. The governor condemned what he called a cowardly "
             "attack on the police.", "2025-06-04")
    assert len(r.find("111")) == 1, r.describe()      # the condemnation, not a second statement


def test_condemning_the_burning_of_homes_is_a_statement_about_an_event():
    r = code("UNMISS has condemned the burning of homes in Central Equatoria, South Sudan.", "2026-05-11")
    assert r.one("111", source="IGO"), r.describe()


def test_a_press_release_condemning_an_attack_it_tells_afterwards_aims_at_its_perpetrator():
    r = code("MONUSCO strongly condemns the attack perpetrated on Sunday against displaced people near Goma. M23 rebels "
             "opened fire on the displaced persons' site, killing three civilians.", "2025-06-17")
    assert r.one("111", source="IGO", target="CODREB"), r.describe()


def test_an_accuser_no_party_code_names_still_accuses_and_the_act_stays_alleged():
    # "leaders of Koluama clan" is no party the codebook knows: the accusation is a civilian one of the
    # story's country, and the killing is only alleged, never told as fact
    r = code("YENAGOA, Nigeria - Leaders of Koluama clan accused soldiers of killing two fishermen near "
             "Ebiama-Kiri on Sunday.", "2025-06-04")
    assert r.one("112").source == ["NGACVL"] and r.one("112").target == ["NGAMIL"], r.describe()
    killing = r.one("18")
    assert killing.modality == "claimed" and killing.source == ["NGAMIL"], r.describe()


def test_soldiers_accused_of_a_killing_name_no_accuser():
    r = code("YENAGOA, Nigeria - The soldiers were accused of killing two fishermen near Ebiama-Kiri on Sunday.",
             "2025-06-04")
    assert not r.find("112"), r.describe()


def test_denying_the_charge_just_told_is_a_denial():
    r = code("KIKWIT, DR Congo - Residents accused soldiers of killing two farmers near Ngoso on Monday. The army "
             "spokesman in the area, Captain Rombaut Mfumu, denied this yesterday.", "2025-06-04")
    assert r.one("016").source == ["CODMIL"], r.describe()


def test_dismissing_a_named_partys_claim_is_a_denial():
    r = code("JUBA - SPLA-IO rebels accused the army of killing three civilians in Tambura on Sunday. The army "
             "dismissed the SPLA-IO claim as baseless.", "2025-06-04")
    assert r.one("016").source == ["SSDMIL"], r.describe()


def test_refuting_a_narrative_is_no_denial_of_a_deed():
    r = code("DAMASCUS - The United States strongly refutes this narrative, the State Department said on Monday.",
             "2025-06-04")
    assert not r.find("016"), r.describe()


def test_a_denial_by_people_no_party_code_names_is_a_civilian_one_of_the_story_country():
    r = code("KATHMANDU, Nepal - Police said marchers threw petrol bombs at officers on Thursday. The conveners "
             "denied that any marcher had carried petrol bombs.", "2025-06-04")
    assert r.one("016").source == ["NPLCVL"], r.describe()


def test_saying_a_party_was_involved_in_an_attack_blames_it():
    r = code("KABUL, Afghanistan - Pakistan's foreign office said on Monday that Afghan Taliban commanders were "
             "directly involved in the attack on the Bajaur checkpoint.", "2025-06-04")
    assert r.one("112", source="PAK", target="AFG"), r.describe()


def test_an_accusation_joined_by_and_to_what_the_speakers_told_is_theirs():
    # the clause "that three of the five were woodcutters" has no subject for "accused"; the elders
    # who told reporters do the accusing (not the reporters they told)
    r = code("LAKKI MARWAT, Pakistan — Elders from Shah Hassan Khel village told reporters that three of the five "
             "were woodcutters from the village and accused the troops of firing indiscriminately into the "
             "forest.", "2025-10-02")
    accusation = r.one("112")
    assert accusation.source == ["PAKCVL"] and accusation.target == ["PAKMIL"], r.describe()


def test_a_day_after_the_attack_blamed_dates_the_blame_not_the_attack():
    # AP style puts the time after the object: Wednesday is when the secretary spoke; the attack
    # the article told before keeps its own day, and gets the blamed cartel as its claimed author
    r = code("APATZINGAN, Mexico — A woman was killed when explosives dropped from drones struck her home in El "
             "Aguaje late Tuesday. The state security secretary blamed the Jalisco New Generation Cartel for the "
             "attack on Wednesday, saying the group has used drones for months.", "2026-03-12")
    blame = r.one("112")
    assert blame.date == dt.date(2026, 3, 11) and blame.target == ["MEXCRM"], r.describe()
    strike = r.one("19")
    assert strike.date == dt.date(2026, 3, 10) and strike.source == ["MEXCRM"], r.describe()
    assert len(r.find("18")) == 0, r.describe()     # no second, claimed attack of Wednesday


def test_disputed_land_is_an_adjective_not_a_denial_but_the_army_that_denied_is_one():
    r = code("GALKAYO, Somalia — Clan militiamen exchanged fire over a newly dug water reservoir on disputed grazing "
             "land west of Harfo on Saturday, elders said.", "2025-10-14")
    assert not r.find("016"), r.describe()
    r = code("KANO, Nigeria — It was the army that denied the allegations on Monday.", "2025-10-14")
    assert r.one("016").source == ["NGAMIL"], r.describe()      # a relative 'that' before a verb: a denial


def test_he_is_the_official_named_by_his_title_in_the_sentence_before():
    # a county commissioner is a person: "He" is him, not the army named last, and his "says" does
    # not make him the one who dropped the bombs
    r = code("JUBA — In Northern Bahr el Ghazal, the commissioner of Aweil North County, Dut Garang Wol, says a "
             "Sudanese military aircraft dropped bombs near Kiir Adem on Tuesday, wounding three herders. He "
             "accused the Sudanese army of violating South Sudan's territory.", "2026-10-17")
    assert r.one("112").source == ["SSDGOV"] and r.one("112").target == ["SDNMIL"], r.describe()
    assert r.one("195").source == ["SDNMIL"], r.describe()


def test_attackers_identified_as_members_of_a_group_are_blamed_on_it_by_the_speaker():
    r = code("ANKARA — Five people were killed in an attack on TUSAS on Wednesday. Interior Minister Ali Yerlikaya "
             "said the attackers had been identified as members of the PKK terror group.", "2024-04-18")
    blame = r.one("112")
    assert blame.source == ["TURGOV"] and blame.target == ["TURREB"], r.describe()
    # the same told after the deed: "bore the hallmarks of", "was orchestrated by"
    r = code("BAMAKO — Gunmen killed 12 villagers near Mopti on Sunday. The army said the attack bore the hallmarks "
             "of JNIM.", "2025-06-10")
    assert r.one("112").source == ["MLIMIL"], r.describe()
    r = code("CULIACAN, Mexico — Drones struck houses in Guadalupe de los Reyes on Tuesday. Governor Aurelio "
             "Castaneda said the drone attacks were the work of criminal groups.", "2026-08-28")
    assert r.one("112").source == ["MEXGOV"] and r.one("112").target == ["MEXCRM"], r.describe()



def test_a_denial_whose_subject_names_its_party_in_a_relative_clause_is_that_partys():
    r = code("CULIACAN, Mexico — In a video that circulated on Wednesday, a group of armed men who said they "
             "belonged to Los Chapitos denied that they had attacked the community.", "2026-08-28")
    assert r.one("016").source == ["MEXCRM"], r.describe()


def test_disputes_after_a_preposition_are_quarrels_not_a_denial():
    r = code("Rights groups say more than 150 campesinos have been killed in the Aguan valley of Honduras since "
             "2009, most of them in disputes over land.", "2026-06-17")
    assert r.find("016") == [], r.describe()


def test_saying_who_the_attackers_were_blames_them():
    r = code("The National Police said on Sunday that the attackers belonged to a Barrio 18 cell that had "
             "demanded a weekly war tax in Choloma, Honduras.", "2026-05-04")
    assert r.one("112", source="HNDCOP", target="HNDCRM"), r.describe()
    r = code("Thoubal police say the kidnappers were cadres of the UNLF (Pambei), in Manipur, India.", "2026-10-20")
    assert r.one("112", source="INDCOP"), r.describe()
    # who the victims were blames no one
    r = code("The police said the victims belonged to the Hazara community in Quetta, Pakistan.", "2026-07-15")
    assert r.find("112") == [], r.describe()


def test_two_armed_groups_denials_are_two_denials():
    r = code("Gunmen attacked a bunker in Kadangband, Manipur, India, on Monday. Tonight the Kuki National "
             "Organisation issued a statement denying that any of its cadres were involved. In a press release "
             "this afternoon, the UNLF (Pambei) denied kidnapping a merchant in Wangjing.", "2026-10-20")
    denials = r.find("016")
    assert len(denials) == 2, r.describe()


def test_a_body_and_its_own_acronym_make_one_accusation():
    r = code("NEWSREADER: The Human Rights Commission of Sri Lanka, HRCSL, condemned the attack on peaceful "
             "protesters in Colombo and accused the police of failing to protect them.", "2022-05-10")
    assert len(r.find("11")) == 1, r.describe()
    r = code("Tonight the Kuki National Organisation, the KNO, issued a statement. The KNO in turn accused Meitei "
             "radical groups of provoking the firing in Kadangband, Manipur, India.", "2026-10-20")
    assert r.one("112", source="INDREB", target="INDRAD"), r.describe()


def test_a_participle_after_a_closing_quote_has_the_main_clauses_subject():
    r = code('Kremlin spokesperson Dmitry Peskov told reporters on Nov. 19 that the Russian military "does not strike '
             'civilian targets," dismissing reports of civilian casualties in Ternopil, Ukraine, as propaganda.',
             "2025-11-20")
    assert r.one("016").source[0].startswith("RUS"), r.describe()


def test_one_gang_blaming_another_is_an_accusation_though_one_code_covers_both():
    r = code("On Friday, a video circulated in which hooded men who identified themselves as members of Los "
             "Tiguerones denied taking part in the massacre and blamed Los Choneros for the killings in "
             "Esmeraldas, Ecuador.", "2026-01-24")
    assert r.one("112", source="ECUCRM", target="ECUCRM"), r.describe()
    r = code("On Monday, Los Lobos and Los Tiguerones accused Los Choneros of the prison massacre in Guayaquil, "
             "Ecuador.", "2026-01-24")
    assert r.find("112", source="ECUCRM", target="ECUCRM"), r.describe()


def test_condemning_the_strike_named_by_its_place_is_aimed_at_who_struck():
    r = code("ERBIL, Iraq — A Turkish drone struck a YBS vehicle near Sinjar on Tuesday, killing two fighters. The Iraqi "
             "government condemned the Sinjar strike.", "2026-08-20")
    assert r.one("111").target == ["TUR"], r.describe()     # not Iraq, where Sinjar is
    r = code("KYIV — A Russian missile struck a hospital in Odesa on Tuesday, killing two people. Poland condemned the "
             "Russian strike.", "2026-08-20")
    assert r.one("111").target[0].startswith("RUS"), r.describe()


def test_condemning_the_air_raids_is_aimed_at_who_flew_them_not_at_the_gravest_attack():
    r = code("EL FULA, Sudan — RSF fighters stormed the village of Um Sidir on Monday, killing 40 civilians. On "
             "Tuesday army warplanes bombed El Fula, killing three people. The Sudan Doctors Network condemned the air "
             "raids on El Fula.", "2025-11-12")
    condemnation = r.one("111")
    assert condemnation.target == ["SDNMIL"], r.describe()


def test_the_opposition_for_its_part_accusing_the_government_is_no_answer_from_the_state_accused_before():
    r = code("GILGIT, Pakistan — His spokesman accused India of sponsoring terrorism in Gilgit-Baltistan. The leader of "
             "the opposition in the Gilgit-Baltistan Assembly, for his part, accused the government of ignoring "
             "repeated threat alerts about the highway.", "2026-08-24")
    assert r.one("112", target="PAKGOV").source == ["PAKOPP"], r.describe()


def test_according_to_inside_a_relative_clause_sources_only_that_clause_and_a_post_outranks_a_rank():
    r = code("QUITO, April 21 (AP) - Gunmen killed eight miners in Nambija on Sunday. The provincial police chief, "
             "Colonel Diego Carrión, said the attackers were members of Los Lobos, which according to intelligence "
             "reports has been taking over illegal mines in the southern Amazon.", "2026-04-21")
    blame = r.one("112")      # the police chief blames Los Lobos: not the intelligence reports, not the army
    assert blame.source == ["ECUCOP"] and blame.target == ["ECUCRM"], r.describe()


def test_condemning_the_strike_aims_at_the_air_strike_told_before_not_the_deadliest_clash():
    r = code("DAMASCUS, Jan 12 (AFP) - Clashes between Druze fighters and Bedouin tribesmen killed 12 people in "
             "Suwayda on Sunday. An Israeli drone strike hit a vehicle near Suwayda on Sunday, killing two people. "
             "The Syrian Foreign Ministry condemned the strike.", "2026-01-12")
    assert r.one("111").target == ["ISR"], r.describe()


def test_a_party_with_its_short_name_and_another_party_make_two_accusations():
    r = code("The Law Society of Kenya (LSK) and Amnesty International Kenya accused the police of shooting "
             "protesters in Nairobi on Tuesday.", "2024-06-27")
    assert len(r.find("112", target="KENCOP")) == 2, r.describe()


def test_a_coalition_of_groups_is_a_party_to_the_accusation():
    r = code("In a statement on Monday, the SPLM-IO and a coalition of civil society groups accused the "
             "government of using indiscriminate weapons against civilians in Upper Nile.", "2024-03-12")
    assert sorted(e.source[0][3:6] for e in r.find("112")) == ["CVL", "REB"], r.describe()


def test_the_statement_accuses_for_whoever_denied_last():
    # the faction spoke by rejecting, not by saying: "the statement" is still its statement
    r = code("Gunmen killed a forest agent near Boutoupa in Senegal's Casamance region on Friday. In a statement "
             "sent to the media on Sunday, a faction of the Movement of Democratic Forces of Casamance (MFDC) "
             "rejected insinuations linking it to the killing. The statement accused the authorities of using "
             "the timber issue as a pretext to deploy troops.", "2025-07-14")
    accusation = r.one("112")
    assert accusation.source[0][3:6] in ("REB", "SEP"), r.describe()


def test_a_denied_clause_needs_no_that():
    r = code("Russia's defence ministry said its forces had captured Stepova Novoselivka. Ukraine's military "
             "denied the village had fallen, saying its troops were still holding positions.", "2025-08-20")
    assert r.one("016").source[0].startswith("UKR"), r.describe()


def test_factions_that_rejected_a_peace_deal_deny_nothing():
    r = code("Factions that rejected the agreement have since expanded across the southwest of Colombia, "
             "fighting the military for control of drug routes.", "2025-10-13")
    assert not r.find("016"), r.describe()


def test_a_claim_a_titled_official_rejected_is_a_denial():
    r = code("Opposition leader Kalonzo Musyoka accused the government of hiring goons to disrupt the protests "
             "in Nairobi, a claim Interior Cabinet Secretary Kipchumba Murkomen rejected as reckless.", "2024-06-26")
    assert r.one("016").source[0].startswith("KENGOV"), r.describe()


def test_which_the_police_denied_is_a_denial_of_what_was_just_told():
    r = code("Witnesses reported that shots were fired from the police helicopter over the streets of Sao "
             "Goncalo in Brazil, which the Military Police denied.", "2025-10-09")
    assert r.one("016").source[0].startswith("BRACOP"), r.describe()


def test_not_saying_who_was_behind_an_attack_blames_no_one():
    r = code("Gunmen attacked an army post in Tougbo in Ivory Coast on Sunday, the army said. It did not say who "
             "was behind the assault.", "2026-02-17")
    assert not r.find("112"), r.describe()


def test_a_fighter_who_was_involved_in_attacks_is_still_blamed():
    r = code("A drone strike hit a car in Bint Jbeil in Lebanon on Saturday. In a statement on X, the Israeli army "
             "said it had \"eliminated a Hezbollah terrorist\" who was \"involved in attempts to reestablish\" the "
             "group's infrastructure.", "2025-09-20")
    assert r.find("112"), r.describe()


def test_a_second_party_after_but_makes_a_statement_of_its_own():
    r = code("Jihadists attacked Garbey Kwara in Niger on Sunday. The local official said the attackers belonged to "
             "the Islamic State Sahel Province (ISSP), but a security source in Niamey blamed the Group for the "
             "Support of Islam and Muslims (JNIM).", "2026-06-16")
    assert r.find("112", source="NERMIL", target="IMGMUS"), r.describe()     # the security source's
    assert not r.find("112", source="IMGMUS"), r.describe()                  # not ISSP's


def test_a_speaker_before_the_verb_is_not_replaced_by_the_actor_after_it():
    r = code("Troops clashed with jihadists near Tera in Niger on Monday. A source said troops killed ten fighters.",
             "2026-06-16")
    [killing] = [m for m in r.mentions if m.sentence_index == 1]
    assert [a.code for a in killing.source] == ["NERMIL"], r.describe()     # "said troops": not troops saying


def test_accusations_told_as_a_pattern_are_no_event():
    r = code("Fano fighters attacked Debre Markos in Ethiopia on Saturday. Kidnappings for ransom have become common "
             "on the roads of Amhara, with residents, the authorities and the militias blaming each other.",
             "2026-06-16")
    assert not r.find("11") and not r.find("181"), r.describe()
    r = code("Niger's army said on Monday it had repelled an attack in Tillaberi. Officials have repeatedly accused "
             "France of arming the jihadists.", "2026-06-16")
    assert not r.find("112", target="FRA"), r.describe()


def test_a_survivor_who_survived_the_attack_said_is_a_speaker():
    from pipeline.annotate import annotate
    from pipeline.frames import find_frames
    from coding import codebook
    lex = codebook().lexicon
    ann = annotate('"They opened fire from both sides", a soldier who survived the attack said on Sunday.', 0, lex,
                   None, None)
    [frame] = find_frames(ann, lex)
    assert [a.text for a in frame.speaker] == ["soldier"]


def test_denying_two_different_things_is_two_denials():
    r = code("Israeli aircraft struck a house in Beit Ouda, Lebanon, on Tuesday. The Israeli army denied targeting "
             "civilians. Separately, the Israeli military denied that its troops had crossed the border.", "2026-10-14")
    assert len(r.find("016", source="ISRMIL")) == 2, r.describe()


def test_the_same_denial_told_twice_is_one():
    r = code("Israeli aircraft struck a house in Beit Ouda, Lebanon, on Tuesday. The Israeli army denied targeting "
             "civilians. A military spokesman again denied targeting civilians.", "2026-10-14")
    assert len(r.find("016", source="ISRMIL")) == 1, r.describe()


def test_an_attack_attributed_to_a_group_is_its_attack_as_claimed():
    r = code("At least nine displaced people were killed overnight in an attack attributed to CODECO militiamen on the "
             "Lunyi displaced site in Djugu territory, Ituri, local sources said on Sunday.", "2026-11-09")
    attack = r.one("18")
    assert attack.source == ["CODUAF"] and attack.modality == "claimed", r.describe()


def test_saying_no_such_attack_took_place_is_a_denial():
    r = code("Indian officials said Pakistani troops fired mortars in Poonch on Monday. In a statement on Tuesday, the "
             "Inter-Services Public Relations (ISPR) said \"no ceasefire violation took place from the Pakistani "
             "side\" in the Poonch area.", "2026-12-08")
    assert r.one("016").source == ["PAKMIL"], r.describe()
    assert all(e.modality == "denied" for e in r.find("196")), r.describe()


def test_those_who_say_an_attack_happened_did_not_do_it():
    r = code("US forces conducted an air strike near Afgooye, Somalia, on Tuesday. But two elders in Kulanley, a "
             "farming village near the base, said the strike had hit a house where displaced families were "
             "sheltering, killing five people.", "2026-10-08")
    assert all("SOMCVL" not in e.source for e in r.events), r.describe()


def test_that_is_not_true_from_the_briefer_is_a_denial():
    r = code("COLONEL ABDIKARIM HUSSEIN GEDI (Somali National Army spokesman): On Friday night, the national army "
             "carried out an air strike on an al-Shabaab gathering near Adan Yabaal, Somalia. QUESTION (Radio "
             "Jowhar): Residents say the air strike killed herders, not fighters. What is your answer? SPOKESMAN: "
             "That is not true.", "2026-09-21")
    assert r.one("016").source == ["SOMMIL"], r.describe()


def test_saying_no_such_attack_had_taken_place_is_a_denial():
    r = code("Indian officials said Pakistani troops fired mortars in Poonch on Monday. The ISPR said on Tuesday that "
             "no such attack had taken place in the Poonch area.", "2026-12-08")
    assert r.one("016").source == ["PAKMIL"], r.describe()


def test_a_protest_note_is_an_official_complaint_not_a_demonstration():
    r = code("Cambodian troops fired rockets into Kap Choeng district, Thailand, on Monday. The Thai Foreign Ministry "
             "handed a protest note to the Cambodian embassy in Bangkok on Tuesday.", "2026-09-16")
    complaint = r.one("114")
    assert complaint.source == ["THAGOV"] and complaint.target == ["KHMGOV"], r.describe()
    assert not r.find("14"), r.describe()


def test_a_speaker_reached_by_telephone_still_only_reports_the_strike():
    r = code("US forces conducted an air strike near Qalimow, Somalia, on Friday night. Two elders in Qalimow, reached "
             "by telephone by the Hirshabelle Times, said the strike on Friday night hit a water point where herders "
             "were watering their camels, killing eight people.", "2026-09-21")
    assert all("SOMCVL" not in e.source for e in r.events), r.describe()


def test_a_statement_that_affirms_no_attack_took_place_is_a_denial():
    r = code("Regarding what some pages have circulated about an attack on an army post in the Mutaibija area of Iraq "
             "on the night of 9 October, the Security Media Cell affirms that no such attack took place.",
             "2026-10-12")
    assert r.find("016", source="IRQ"), r.describe()


def test_rejecting_the_messages_circulated_on_social_networks_is_a_denial():
    r = code("Troops killed two members of an armed group in La Cristalina, Colombia, on 18 August. The National Army "
             "rejects the messages circulated on social networks claiming that the two people killed were peasants.",
             "2026-08-19")
    assert r.find("016", source="COLMIL"), r.describe()


def test_the_striker_saying_no_civilian_area_was_targeted_denies():
    r = code("The Taliban's district governor in Nuristan, Afghanistan, said Pakistani forces had fired more than 20 "
             "shells on Sunday. In a statement, Pakistan's military media wing said its troops had \"responded to "
             "unprovoked firing from Afghan Taliban posts\" in the Chitral sector and that \"no civilian area was "
             "targeted\".", "2026-06-15")
    assert r.find("016", source="PAKMIL"), r.describe()


def test_a_protest_note_sent_to_a_capital_is_a_complaint_to_its_government():
    r = code("Colombia's Foreign Ministry sent a protest note to Caracas on Monday over the incident.", "2026-10-12")
    assert r.one("114").target == ["VENGOV"], r.describe()


def test_an_attack_told_as_retaliation_by_a_group_is_blamed_on_it():
    r = code("Gunmen killed three police officers in Uruapan, Michoacan, Mexico, on Saturday. The state security "
             "spokesman said the attack was retaliation by the Jalisco New Generation Cartel for arrests of its "
             "members.", "2026-05-17")
    assert r.find("112", source="MEX", target="MEXCRM"), r.describe()


def test_where_the_speakers_live_set_off_by_commas_does_not_hide_them():
    r = code("Away from Niamey: residents of the Say department, in the Tillaberi region, say fighters of the Islamic "
             "State Sahel Province attacked the weekly market at Kolo on Monday afternoon, killing at least six "
             "civilians.", "2026-05-20")
    [attack] = r.find("18") + r.find("19")
    assert attack.source == ["IMGMUS"] and attack.target == ["NERCVL"], r.describe()


def test_a_mission_condemning_an_attack_does_not_condemn_its_own_peacekeepers():
    r = code("BUNIA, DR Congo - In a statement issued on Sunday, MONUSCO said that its troops based near Bule had "
             "intervened during the night and repelled the assailants. The UN mission strongly condemned what it "
             "called a deliberate attack on civilians.", "2026-11-09")
    assert all("IGOUNO" not in e.target for e in r.find("111")), r.describe()


def test_a_division_that_belies_a_post_denies_it():
    r = code("Soldiers killed two NPA rebels in Cawayan, Masbate, Philippines, on Wednesday. The army belies the post "
             "of the NDF-Bicol on its Facebook page, claiming that the two fatalities were civilian farmers.",
             "2026-09-07")
    assert r.find("016", source="PHLMIL"), r.describe()


def test_saying_no_such_attack_took_place_denies_it():
    r = code("Rebels of the RED-Tabara group said they attacked an army post at Nyakibingo in Cibitoke, Burundi, on "
             "Monday. The army said no such attack had taken place.", "2026-04-09")
    assert r.find("016", source="BDIMIL"), r.describe()


def test_calling_the_other_sides_claims_a_fantasy_denies_them():
    r = code("RED-Tabara rebels said they ambushed an army patrol in the Kibira forest, Burundi, on Saturday. "
             "Colonel Gaspard Nzeyimana, the army spokesman, called the rebel claims \"a fantasy\".", "2026-06-16")
    assert r.find("016", source="BDIMIL"), r.describe()
    assert not r.find("111", source="BDIMIL"), r.describe()


def test_describing_a_report_in_neutral_words_is_no_event():
    r = code("Fighting broke out in Cibitoke, Burundi, on Saturday. The army described the report as incomplete.",
             "2026-06-16")
    assert not r.find("016") and not r.find("111"), r.describe()


def test_dismissing_the_rebel_toll_denies_it():
    r = code("RED-Tabara said it killed 11 soldiers in Mabayi, Burundi, on Tuesday. Army spokesman Gaspard "
             "Nzeyimana dismissed the rebel toll as pure propaganda.", "2026-04-09")
    assert r.find("016", source="BDIMIL"), r.describe()


def test_a_figure_the_government_disputes_is_a_standing_view_not_a_denial():
    r = code("During and after the October 2025 elections in Zanzibar, Tanzania, ACT-Wazalendo said at least 12 of "
             "its supporters were killed on the two islands, a figure the Zanzibar government disputes.", "2026-11-04")
    assert not r.find("016"), r.describe()


def test_an_accusation_of_a_long_quoted_culprit_is_coded():
    r = code("Police in Gitega, Burundi, arrested two journalists on Monday. Government spokesman Prosper Hakizimana "
             "accused \"certain radios and organisations based abroad\" of spreading lies.", "2026-06-16")
    assert r.find("112", source="BDIGOV"), r.describe()
