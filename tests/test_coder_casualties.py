"""Casualties, by example: killed and injured counts from digits and words, their qualifiers,
who reported each figure, the lowest credible figure per event, and cumulative tolls that are
never attached to an event."""
from __future__ import annotations

import pytest

from coding import code


def killed(event):
    return [c for c in event.casualties if c.kind == "killed"]


def test_a_figure_in_digits():
    r = code("Gunmen killed 47 villagers in an attack on Wednesday in Zamfara state, police in Nigeria said.",
             "2024-05-02")
    assert r.one("1").fatalities == 47


def test_a_figure_in_words():
    r = code("Forty-seven people were killed when RSF fighters attacked the village of Wad al-Noura in "
             "Sudan on Wednesday, activists said.", "2024-05-02")
    assert r.one("1").fatalities == 47


def test_a_hundred_is_one_hundred():
    r = code("A Russian missile strike on Kharkiv on Wednesday killed a hundred people, the mayor said.",
             "2024-05-02")
    assert r.one("19").fatalities == 100


def test_dozens_is_not_a_precise_figure():
    r = code("Dozens of people were killed when Myanmar military jets bombed a monastery in Sagaing on "
             "Wednesday.", "2024-05-02")
    # the gold convention: a vague count is "not stated" (null) or ACLED's default (dozens -> 12)
    assert r.one("19").fatalities in (None, 12)


def test_at_least_killed_and_wounded_in_one_clause():
    r = code("At least 12 soldiers were killed and 20 wounded when JNIM fighters attacked an army base "
             "near Djibo on Wednesday.", "2024-05-02")
    attack = r.one("19")
    assert attack.fatalities == 12 and attack.injured == 20
    assert [c.qualifier for c in killed(attack)] == ["at_least"]


@pytest.mark.parametrize("text, count, qualifier", [
    ("Russian shelling killed more than 20 people in Kherson on Wednesday, the regional governor said.",
     20, "more_than"),
    ("Around 15 people were killed when al-Shabaab militants stormed a hotel in Mogadishu on Wednesday.",
     15, "around"),
    ("Up to 60 people may have been killed in an RSF attack on a village near El Fasher on Wednesday, "
     "the UN said.", 60, "up_to"),
])
def test_a_figure_keeps_its_qualifier(text, count, qualifier):
    attack = code(text, "2024-05-02").one("1")      # (an armed group storming a hotel is an assault, 18)
    assert attack.fatalities == count
    assert [c.qualifier for c in killed(attack)] == [qualifier]


def test_injured_only():
    r = code("Russian forces shelled the centre of Kherson overnight, injuring four people.", "2024-03-12")
    attack = r.one("19")
    assert attack.injured == 4 and attack.fatalities is None


def test_two_reports_of_one_toll_keep_the_lowest():
    r = code("An al-Shabaab suicide bomber killed nine people at a checkpoint in Mogadishu on Wednesday, "
             "police said. Hospital officials put the death toll at 14.", "2024-05-02")
    bombing = r.one("18")
    assert bombing.fatalities == 9
    assert sorted(c.count for c in killed(bombing)) == [9, 14]
    [police_figure] = [c for c in killed(bombing) if c.count == 9]
    assert police_figure.reported_by and police_figure.reported_by.startswith("SOMCOP")


def test_who_reported_the_figure_is_recorded():
    r = code("Russian shelling killed three civilians in Sumy on Wednesday, Ukraine's interior ministry said.",
             "2024-05-02")
    [figure] = killed(r.one("19"))
    assert figure.count == 3
    assert figure.reported_by and figure.reported_by.startswith("UKR")


def test_a_toll_since_the_war_began_is_not_the_attack_toll():
    r = code("Russian shelling killed three civilians in Kherson on Wednesday. The war has killed more than "
             "10,000 civilians since 2022, according to the United Nations.", "2024-05-02")
    assert r.one("19").fatalities == 3
    assert all((e.fatalities or 0) < 10_000 for e in r.events), r.describe()


def test_a_toll_for_this_year_is_not_the_attack_toll():
    r = code("Gunmen killed eight farmers in Benue state on Wednesday, bringing the number of people killed "
             "in the state this year to 450, police said.", "2024-05-02")
    assert [e.fatalities for e in r.find("1")] == [8], r.describe()


def test_the_day_of_a_date_is_not_a_casualty_count():
    r = code("RSF fighters attacked the town of El Fasher on March 3, 2024, killing 30 people.", "2024-03-05")
    assert r.one("1").fatalities == 30


def test_others_counted_after_a_toll_take_the_word_that_follows_them():
    r = code("Two soldiers were killed and seven others injured in a roadside bomb attack near Gao on Sunday.",
             "2024-03-12")
    bombing = r.one("18")
    assert (bombing.fatalities, bombing.injured) == (2, 7)


def test_no_one_killed_is_zero_and_a_group_name_is_not_a_count():
    r = code("No one was killed when M23 rebels and Congolese troops clashed near Goma on Tuesday, officials said.",
             "2024-03-12")
    assert r.one("19").fatalities == 0


def test_places_counted_are_not_people():
    r = code("At least 23 people were killed when armed herders attacked Kubwat and two neighbouring communities "
             "in Plateau State on Tuesday.", "2023-05-17")
    assert r.one("1").fatalities == 23


def test_a_toll_since_an_outbreak_is_cumulative():
    r = code("Gunmen killed four villagers in Manipur on Tuesday. More than 100 people have been killed since "
             "ethnic violence broke out in May.", "2023-06-15")
    assert r.one("1").fatalities == 4


def test_neutralised_fighters_are_killed_in_the_event_told_before():
    r = code("Islamic State fighters attacked an army base near Bosaso in Somalia on Tuesday. Twelve terrorists "
             "were neutralised, the army said.", "2025-01-02")
    assert len(r.find("1")) == 1, r.describe()


def test_an_army_neutralising_fighters_is_a_fight():
    r = code("The Malian army said it had neutralised 20 terrorists near Mopti on Monday.", "2024-02-06")
    fight = r.one("19")
    assert fight.source[0].startswith("MLIMIL"), r.describe()


def test_displaced_people_killed_are_dead_not_displaced():
    r = code("At least 46 displaced people, including 17 children, were killed by CODECO militiamen on Sunday "
             "night in an attack on the Lala displacement site in Djugu territory, Congo.", "2023-06-14")
    assert r.one("1").fatalities == 46, r.describe()


def test_a_partys_unverified_tally_of_enemy_dead_is_not_the_toll():
    r = code("The al-Qaeda-linked JNIM said in a statement that its fighters had ambushed a convoy near "
             "Tinzaouaten, Mali, on Saturday, claiming to have killed 50 Russians.", "2024-07-29")
    assert r.one("19").fatalities is None, r.describe()


def test_a_warning_gives_no_figures():
    r = code("Houthi fighters attacked army positions west of Marib, Yemen, on Sunday. The minister warned that "
             "the fall of Marib would leave two million displaced people without shelter.", "2021-02-15")
    assert all("warned" not in ev.text for e in r.events for ev in e.evidence), r.describe()


def test_killing_at_least_n_and_wounding_dozens():
    r = code("Shells hit the Sabreen market in Omdurman, Sudan, at about 9:30 am, killing at least 11 people and "
             "wounding dozens, according to a local committee.", "2023-08-15")
    assert r.one("19").fatalities == 11, r.describe()


def test_a_campaigns_toll_is_cumulative():
    r = code("An Israeli strike on a school in Jabalia, Gaza, killed 12 people on Sunday. Israel's retaliatory "
             "military campaign has killed 42,603 people in Gaza, the health ministry said.", "2024-10-20")
    assert all((e.fatalities or 0) < 1000 for e in r.events), r.describe()


def test_a_toll_of_unrest_over_a_period_is_no_event():
    r = code("At least 32 people have been killed in unrest since the election, according to the ombudsman's office.",
             "2019-11-22")
    assert not [e for e in r.events if e.modality != "hypothetical"], r.describe()


def test_a_toll_so_far_set_against_another_is_a_toll_too():
    # "while Israeli officials say 24 ...": the second figure counts over the same period
    r = code("Iran's health ministry says at least 224 people have been killed in Israeli strikes since then, most of "
             "them civilians, while Israeli officials say 24 people have been killed by Iranian missiles.",
             "2025-06-17")
    assert not [e for e in r.events if e.fatalities], r.describe()


def test_a_party_counting_its_foreign_enemys_dead_gives_no_toll():
    # a belligerent's tally of the other side's soldiers is its claim, not a figure ACLED would take
    r = code("Russia's Defence Ministry said its forces had struck deployment points of Ukrainian units in the Sumy "
             "region and killed up to 60 Ukrainian servicemen.", "2024-09-14")
    assert not [e for e in r.events if e.fatalities], r.describe()


def test_an_army_counting_its_own_dead_gives_the_toll():
    r = code("Ukraine's military said four of its soldiers were killed when Russian shells hit their position near "
             "Sumy.", "2024-09-14")
    assert [e for e in r.events if e.fatalities == 4], r.describe()


def test_a_state_counting_the_insurgents_it_struck_gives_the_toll():
    r = code("The US Africa Command said in a statement that it conducted an airstrike against al-Shabaab fighters "
             "near Jilib on Friday, killing three militants.", "2024-05-04")
    assert [e for e in r.events if e.fatalities == 3], r.describe()


def test_a_toll_over_the_past_ten_days_is_cumulative():
    r = code("The army has taken decisive measures against the extremist group in North Wollo over the past ten days, "
             "killing 127 members of the extremist force, the regional communication bureau said.", "2025-08-12")
    assert not [e for e in r.events if e.fatalities and e.fatalities >= 100], r.describe()


def test_each_count_takes_the_casualty_word_of_its_own_clause():
    r = code("Four rebels were killed and two soldiers were wounded in a clash with government troops "
             "in Maguindanao on Sunday.", "2023-08-14")
    battle = r.one("190")
    assert (battle.fatalities, battle.injured) == (4, 2), r.describe()


def test_a_count_after_another_deed_is_no_casualty():
    r = code("Boko Haram insurgents stormed the village of Mafa in Borno, Nigeria, on Tuesday night, killing 12 "
             "farmers and abducting 20 women, residents said.", "2025-03-12")
    attack = [e for e in r.events if e.cameo[:2] in ("18", "19")][0]
    assert attack.fatalities == 12, r.describe()


def test_stoned_or_hacked_to_death_is_a_killing_by_whoever_did_it():
    r = code("HARARE, Zimbabwe — Police said they were investigating the death of a police officer who was stoned to "
             "death by a mob in Bulawayo on Monday.", "2019-01-16")
    killing = r.one("18")
    assert killing.source == ["ZWECVL"] and killing.target == ["ZWECOP"] and killing.fatalities == 1, r.describe()
    assert killing.acled_sub_event_type == "Mob violence", r.describe()


def test_an_age_beside_a_victim_is_no_count():
    r = code("TAIZ, Yemen — A boy, 9, was shot dead by a Houthi sniper in Taiz on Monday.", "2024-03-12")
    assert r.one("18").fatalities == 1, r.describe()
    r = code("TAIZ, Yemen — Two men, aged 24 and 31, were shot dead by gunmen in Taiz on Monday.", "2024-03-12")
    assert r.one("18").fatalities == 2, r.describe()


def test_those_of_them_after_a_figure_are_part_of_it_but_alone_they_are_the_figure():
    r = code("TAIZ, Yemen — Houthi shelling killed 12 people in Taiz on Monday, 3 of them children.", "2024-03-12")
    assert r.one("19").fatalities == 12, r.describe()
    r = code("MAKURDI, Nigeria — Gunmen ambushed a patrol of the Community Volunteer Guards near Tse-Jor on Sunday, "
             "killing two of them.", "2024-03-12")
    assert [e.fatalities for e in r.events if e.cameo[:2] in ("18", "19")] == [2], r.describe()


def test_a_years_toll_is_no_event():
    r = code("According to UNAMA, attacks claimed by ISKP killed or wounded more than 300 civilians across "
             "Afghanistan in 2025.", "2026-01-15")
    assert not [e for e in r.events if e.root in ("18", "19", "20")], r.describe()


def test_men_who_shoot_are_an_armed_group_and_not_counted_among_the_dead():
    r = code("YALA, Thailand — A village headman in Raman district was shot dead by two men on a motorcycle on "
             "Sunday night.", "2026-02-09")
    killing = r.one("18")
    assert killing.source == ["THAUAF"] and killing.fatalities != 2, r.describe()


def test_the_first_incident_is_an_event_not_a_period_of_tolls():
    # "in the first nine months" sums a period; "In the first incident" is one of the events told
    r = code("BAWKU, Ghana — In the first incident, unknown gunmen on motorbikes stormed the Bawku Central Market on "
             "Monday and opened fire on traders and shoppers, killing four people on the spot.", "2026-01-13")
    assert r.one("18").fatalities == 4, r.describe()
    r = code("BAWKU, Ghana — In the first nine months of the year, gunmen killed 140 people in the Bawku area.",
             "2026-01-13")
    assert not [e for e in r.events if e.fatalities == 140], r.describe()


def test_earlier_this_month_says_when_and_sums_no_period():
    r = code("RAMALLAH — Earlier this month, on October 9, colonists attacked olive pickers in the town of Beita, "
             "south of Nablus, injuring five citizens, the PRCS said.", "2025-10-18")
    [attack] = [e for e in r.events if e.injured == 5]
    assert attack.date.isoformat() == "2025-10-09", r.describe()


def test_a_toll_between_two_dates_is_a_period_not_an_event():
    r = code("On 16 June, in Villa Tunari, Bolivia, a group of blockaders beat two journalists. Between 8 and 17 "
             "June, the Defensoria recorded two deaths and forty-seven injured persons related to the conflict.",
             "2026-06-18")
    beating = r.one("18")
    assert (beating.fatalities, beating.injured) == (None, None), r.describe()


def test_one_night_from_one_date_to_the_next_is_no_period():
    r = code("Overnight from 11 to 12 August, unidentified armed men attacked the village of Rugezi, north of "
             "Minembwe in South Kivu, killing two elderly residents.", "2026-08-14")
    assert r.one("18").fatalities == 2, r.describe()


def test_two_numbers_joined_by_and_are_not_one_count():
    from pipeline.numbers import parse_count
    assert parse_count(["a", "hundred", "and", "seven"]) == 107
    assert parse_count(["8", "and", "17"]) is None


def test_a_law_enforced_since_a_year_is_no_period_of_the_event():
    r = code("In Myitkyina, Kachin State, Myanmar, troops abducted about 30 young men from a market last Tuesday to "
             "fill the ranks under a conscription law enforced since 2024, two residents said.", "2026-05-05")
    assert r.one("181", source="MMRMIL").date.isoformat() == "2026-04-28", r.describe()
    # a toll since a year still is one
    r = code("More than 300 people have been killed in Kachin State, Myanmar, since 2024, a monitor said.",
             "2026-05-05")
    assert r.find("1") == [], r.describe()


def test_head_of_cattle_driven_away_are_not_dead():
    r = code("KOTIDO, Uganda — About 40 armed warriors raided a kraal at Losakucha Village on Sunday night, shot dead two "
             "herders and drove away an estimated 320 head of cattle.", "2026-02-17")
    assert r.one("18").fatalities == 2, r.describe()


def test_the_attackers_counted_are_not_the_dead():
    r = code("ANTANANARIVO, Madagascar — About 40 dahalo attacked the hamlet of Ambatomivary at dawn on 2 June, killing "
             "three villagers, among them a woman, and driving off 85 zebu.", "2026-06-20")
    attack = r.one("18")
    assert attack.source == ["MDGCRM"] and attack.fatalities == 3, r.describe()


def test_numbers_that_name_units_places_or_ages_are_not_dead():
    r = code("HAKHA, Myanmar — The Chin Brotherhood said its drone unit struck the junta's Light Infantry Battalion 266 "
             "base with bomb-dropping drones on Monday, killing at least three soldiers.", "2026-06-20")
    assert r.one("19").fatalities == 3, r.describe()
    r = code("CARACAS, Venezuela — A miner was shot dead on Thursday night in the Km 88 sector of Las Claritas.",
             "2026-06-20")
    assert all(e.fatalities != 88 for e in r.events), r.describe()
    r = code("SEBHA, Libya — A Nigerien migrant worker, aged about 30, was shot dead by unidentified gunmen at a "
             "checkpoint on Sunday.", "2026-06-20")
    assert all(e.fatalities != 30 for e in r.events), r.describe()


def test_money_and_marchers_are_not_dead():
    r = code("MEDELLIN, Colombia — A grenade was thrown at the police station in Yarumal early on Sunday, wounding a "
             "patrolman. He said the group was paying up to two million pesos for each police officer killed.",
             "2026-06-20")
    assert all((e.fatalities or 0) < 1000 for e in r.events), r.describe()
    r = code("KORAPUT, India — On Thursday, the day after the killing, more than 1,500 villagers marched through "
             "Narayanpatna town.", "2026-06-20")
    assert all((e.fatalities or 0) < 1000 for e in r.events), r.describe()


def test_a_toll_between_two_months_is_a_period_not_the_attack():
    r = code("PORT-AU-PRINCE, Haiti — Gangs killed 12 people in Cabaret on Sunday. Rights groups condemned the "
             "massacre. Nationwide, the United Nations recorded more than 3,100 people killed in gang-related violence "
             "between January and June.", "2025-08-17")
    assert all((e.fatalities or 0) < 100 for e in r.events), r.describe()


def test_a_bounty_in_rupees_counts_no_one():
    r = code("Six Maoists carrying a combined reward of Rs 21 lakh were killed in an encounter with the "
             "District Reserve Guard near Tondabeda in Narayanpur on Sunday, police said.", "2025-08-25")
    assert r.one("19").fatalities == 6, r.describe()


def test_an_aside_naming_one_of_the_dead_leaves_the_count_to_its_verb():
    r = code("Three Maoists, including a woman cadre carrying a reward of ₹5 lakh on her head, were killed "
             "in an encounter with security forces in Chhattisgarh's Sukma district on Thursday, police said.",
             "2025-09-12")
    assert r.one("19").fatalities == 3, r.describe()


def test_a_school_grade_is_no_count():
    r = code("Two people, including a 17-year-old Grade 11 student, were killed when police opened fire on "
             "protesters in Biratnagar in Nepal on Tuesday, officials said.", "2026-08-12")
    assert [e.fatalities for e in r.find("1")] == [2], r.describe()


def test_burned_tankers_are_no_dead():
    r = code("JNIM claimed the ambush near Kayes in Mali and said its fighters killed eleven soldiers and burned "
             "forty tankers.", "2025-10-21")
    assert [e.fatalities for e in r.find("19")] == [11], r.describe()


def test_a_long_name_between_a_count_and_its_verb_still_counts():
    r = code("At least twelve Volunteers for the Defence of the Homeland (VDP) and three soldiers were killed on Saturday "
             "when a convoy was ambushed near Pama, Burkina Faso.", "2026-09-28")
    assert r.one("19").fatalities == 15, r.describe()


def test_a_victim_told_by_name_and_age_is_one_dead_civilian():
    r = code("Officials in Poonch, India, said Zubeda Begum, 52, was killed when a mortar shell fired by Pakistani "
             "troops hit her house in Dabbi village on Monday.", "2026-12-08")
    shelling = r.one("19")
    assert shelling.fatalities == 1 and shelling.target == ["INDCVL"], r.describe()


def test_one_peacekeeper_is_a_count_not_a_name():
    r = code("One peacekeeper was killed and two others were injured when their patrol was ambushed near Bambari, "
             "Central African Republic, on Tuesday.", "2021-02-18")
    assert not any(t.endswith("CVL") for e in r.events for t in e.target), r.describe()


def test_a_time_of_day_is_no_count():
    r = code("Rockets fired by Cambodian troops struck a market in Kantharalak district, Thailand, shortly before 8 "
             "a.m. on Sunday, killing three people.", "2026-10-20")
    assert r.one("19").fatalities == 3, r.describe()


def test_a_semicolon_keeps_one_events_dead_from_the_next_event():
    r = code("To recap: Israeli strikes on Hodeidah port, Yemen, killed at least 11 people, according to the Houthi-run "
             "health ministry; the Houthis fired a missile at central Israel overnight.", "2026-11-20")
    missile = r.one("19", source="YEMREB")
    assert missile.fatalities is None, r.describe()


def test_a_semicolon_inside_one_event_keeps_its_wounded():
    r = code("Puntland forces destroyed several militant hideouts near Bosaso on Wednesday and killed eight "
             "militants; two soldiers were lightly wounded.", "2025-01-02")
    assert any(e.fatalities == 8 and e.injured == 2 for e in r.events), r.describe()


def test_a_twelve_year_old_boy_is_one_person():
    r = code("A 12-year-old boy was shot dead in Taiz, Yemen, on Thursday while fetching water.", "2026-09-19")
    assert r.one("18").fatalities == 1, r.describe()


def test_losing_a_foot_to_a_landmine_is_an_injury():
    r = code("Thai troops and Cambodian troops exchanged fire near Chong Bok, Thailand, on Friday. On Saturday, a Thai "
             "soldier lost his right foot after stepping on a landmine near Chong Bok, the army said.", "2026-10-20",
             rated=False)
    assert any(m.cameo.startswith("183") and any(c.kind == "injured" and c.count == 1 for c in m.casualties)
               for m in r.mentions), r.describe()


def test_rounds_of_ammunition_recovered_are_not_dead():
    r = code("Kotido District, 7 July 2026: The raiders opened fire on the troops near Lokitelakaru, Uganda, who "
             "responded. Five raiders were killed and three guns with 112 rounds of ammunition were recovered.",
             "2026-07-20")
    assert [e.fatalities for e in r.find("19")] == [5], r.describe()


def test_suspects_arrested_in_a_later_search_are_not_the_ambush_victims():
    r = code("Kotido District, 11 July 2026: Troops escorting cattle were ambushed by raiders near Losilang, Uganda. "
             "One soldier was killed. Moroto District, 12 July 2026: Troops conducted a cordon and search operation "
             "in Nadunget, during which 23 suspects were arrested.", "2026-07-20")
    [ambush] = r.find("19")
    assert len(ambush.evidence) == 2, r.describe()


def test_those_who_embraced_shahadat_are_dead():
    r = code("On 4 September 2026, khwarij fired mortar shells at a house in Hassu Khel village near Mir Ali, "
             "North Waziristan, Pakistan. As a result of this cowardly act, a woman and two children embraced "
             "shahadat.", "2026-09-05")
    [attack] = r.find("19")
    assert attack.fatalities == 3, r.describe()


def test_two_counts_joined_by_and_share_their_casualty_word():
    r = code("Two police officers and a 14-year-old boy were wounded on Thursday night when gunmen attacked the "
             "police station in Ampudia, Cauca, Colombia.", "2026-07-25")
    [attack] = r.find("19") or r.find("18")
    assert attack.injured == 3, r.describe()


def test_the_worst_violence_of_the_year_is_news_not_a_toll_over_the_year():
    r = code("Three people were killed and five others injured when gunmen ambushed a public motor vehicle near "
             "Oria village on the Buin-Siwai road last Saturday, in the worst violence in the Konnou area of South "
             "Bougainville this year.", "2026-08-27")
    assert r.one("18").fatalities == 3, r.describe()


def test_the_largest_reserve_in_africa_does_not_make_a_toll_since_april_news():
    r = code("The Niassa Special Reserve in Mozambique, one of the largest conservation areas in Africa, has suffered "
             "several incursions since April, when insurgents crossed the Lugenda river and attacked tourist camps, "
             "killing at least eight people.", "2025-09-16")
    assert not [e for e in r.find("1") if e.fatalities], r.describe()


def test_most_of_them_does_not_make_a_toll_since_january_news():
    r = code("The ministry said the Saudi army has killed 27 people, most of them migrants, in Saada, Yemen, since "
             "January.", "2026-02-08")
    assert not [e for e in r.find("1") if e.fatalities], r.describe()


def test_a_figure_in_words_repeated_in_digits_counts_once():
    r = code("On Friday, soldiers in Quevedo, Ecuador, fought armed inmates in the prison, in which two (2) inmates "
             "lost their lives and three (3) soldiers suffered minor injuries.", "2026-07-27")
    [fight] = [e for e in r.events if e.cameo[:2] == "19"]
    assert (fight.fatalities, fight.injured) == (2, 3), r.describe()


def test_a_bulletins_total_for_the_period_reported_is_no_events_toll():
    r = code("On Thursday, troops killed three gang members in Ventanas, Ecuador. In the period reported, the task "
             "force killed seven terrorists and apprehended 23 persons.", "2026-07-27")
    assert all(e.fatalities in (None, 3) for e in r.events), r.describe()


def test_a_young_refugee_killed_is_one_dead():
    r = code("A young Sudanese refugee was killed on Tuesday in the Oure Cassoni refugee camp, near Bahai, Chad, "
             "during a protest against cuts to food rations.", "2026-06-05")
    assert [e.fatalities for e in r.events if e.cameo[:2] == "18"] == [1], r.describe()


def test_terrorists_neutralised_in_a_communique_are_dead():
    r = code("On Thursday 23 July 2026, a military patrol in Ventanas, Ecuador, was attacked with firearms by members "
             "of Los Lobos. As a result, three (3) terrorists were neutralised.", "2026-07-27")
    assert [e.fatalities for e in r.events if e.cameo[:2] == "19"] == [3], r.describe()


def test_a_toll_over_the_same_period_is_no_events_toll():
    r = code("Soldiers killed two rebels in Guinobatan, Philippines, on Sunday. The army says the New People's Army "
             "has killed 14 civilians in Bicol over the same period.", "2026-10-13")
    assert all(e.fatalities != 14 for e in r.events), r.describe()
