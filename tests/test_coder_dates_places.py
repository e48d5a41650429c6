"""Dates and places, by example: relative and explicit dates resolved against the publication
date with a precision flag; places resolved through the offline gazetteer."""
from __future__ import annotations

import datetime as dt

from coding import code

PUBLISHED = "2024-03-12"     # a Tuesday


def test_yesterday_is_the_day_before_publication():
    r = code("Russian drones struck an energy facility in Sumy yesterday, the regional administration said.",
             PUBLISHED)
    strike = r.one("19")
    assert strike.date == dt.date(2024, 3, 11) and strike.date_precision == "day"


def test_a_weekday_name_is_the_last_such_day_before_publication():
    r = code("Arakan Army fighters attacked a police station in Sittwe on Monday.", PUBLISHED)
    attack = r.one("19")
    assert attack.date == dt.date(2024, 3, 11) and attack.date_precision == "day"


def test_saturday_night_is_that_saturday():
    r = code("Al-Shabaab militants attacked an army base near Kismayo on Saturday night, killing five soldiers.",
             PUBLISHED)
    assert r.one("19").date == dt.date(2024, 3, 9)


def test_overnight_is_the_publication_day_or_the_night_before():
    r = code("Russian forces shelled the centre of Kherson overnight, injuring four people.", PUBLISHED)
    shelling = r.one("19")
    assert shelling.date in (dt.date(2024, 3, 11), dt.date(2024, 3, 12))
    assert shelling.date_precision == "day"


def test_last_month_has_month_precision():
    r = code("JNIM fighters attacked an army convoy near Mopti last month, killing 14 soldiers.", PUBLISHED)
    attack = r.one("19")
    assert attack.date_precision == "month"
    assert (attack.date.year, attack.date.month) == (2024, 2)


def test_last_week_has_week_precision():
    r = code("Houthi rebels attacked Marib last week, the Yemeni army said.", PUBLISHED)
    attack = r.one("19")
    assert attack.date_precision == "week"
    assert dt.date(2024, 3, 4) <= attack.date <= dt.date(2024, 3, 10)


def test_an_explicit_date_without_year_takes_the_publication_year():
    r = code("On Feb. 27, Sudanese army jets bombed a market in Nyala.", PUBLISHED)
    strike = r.one("19")
    assert strike.date == dt.date(2024, 2, 27) and strike.date_precision == "day"


def test_an_explicit_date_without_year_in_january_news_is_last_december():
    r = code("On December 28, gunmen attacked a village in Nigeria's Plateau state.", "2024-01-05")
    [attack] = [e for e in r.events if e.root in ("18", "19")]
    assert attack.date == dt.date(2023, 12, 28)


def test_an_explicit_date_with_year():
    r = code("On 27 February 2024, Sudanese army jets bombed a market in Nyala.", PUBLISHED)
    strike = r.one("19")
    assert strike.date == dt.date(2024, 2, 27) and strike.date_precision == "day"


def test_a_date_in_figures_is_read_day_first_unless_only_month_first_is_past():
    r = code("SHIKARPUR, Pakistan — Dacoits attacked a police picket in Khanpur on 14-02-2026, police said.",
             "2026-02-17")
    assert r.one("19").date == dt.date(2026, 2, 14), r.describe()
    r = code("HOUSTON — Gunmen attacked a police patrol in Pasadena, Texas, on 02/03/2026.", "2026-02-05")
    assert r.one("19").date == dt.date(2026, 2, 3), r.describe()     # 2 March is after publication


def test_a_police_note_dates_a_day_in_figures_without_year():
    r = code("RIO DE JANEIRO, Brazil — Military police killed two suspects in Acari this Thursday (10/09), the "
             "PMERJ said.", "2026-09-12")
    raid = r.one("19")
    assert raid.date == dt.date(2026, 9, 10) and raid.fatalities == 2, r.describe()


def test_a_town_resolves_to_country_admin1_and_coordinates():
    r = code("Russian forces shelled the city of Kharkiv on Monday, the regional governor said.", PUBLISHED)
    place = r.one("19").place
    assert place.name == "Kharkiv" and place.country == "UKR"
    assert place.admin1
    assert abs(place.latitude - 49.99) < 0.2 and abs(place.longitude - 36.23) < 0.2
    assert place.geo_precision == 1


def test_a_towns_admin1_is_the_name_of_its_division_not_of_its_biggest_town():
    # Kosti is in White Nile state, whose biggest town it is not named after; Ramadi is Anbar's
    r = code("RSF drones struck Kosti, Sudan, on Monday, killing four civilians.", PUBLISHED)
    assert r.one("19").place.admin1 == "White Nile", r.describe()
    r = code("A car bomb exploded in Ramadi, Iraq, on Monday, killing four civilians.", PUBLISHED)
    assert r.one("18").place.admin1 == "Anbar", r.describe()


def test_a_region_and_the_towns_in_it_share_one_admin1():
    from pipeline.gazetteer import load_gazetteer
    places = load_gazetteer().places
    region = next(p for p in places if p.is_region and p.country == "RUS" and p.name.startswith("Voronezh"))
    liski = next(p for p in places if p.name == "Liski" and p.country == "RUS")
    assert region.admin1 == liski.admin1


def test_a_place_name_shared_by_two_countries_resolves_in_the_story_country():
    r = code("Islamic State fighters attacked Gao in Mali on Sunday.", PUBLISHED)
    place = r.one("19").place
    assert place.name == "Gao" and place.country == "MLI"
    assert abs(place.latitude - 16.27) < 0.3 and abs(place.longitude - (-0.04)) < 0.3


def test_a_transliterated_name_is_found():
    r = code("Russian artillery pounded the city of Kupiansk on Monday, the Ukrainian military said.",
             PUBLISHED)
    place = r.one("19").place
    assert place is not None and place.country == "UKR", r.describe()


def test_near_a_town_is_coded_at_that_town():
    r = code("M23 rebels and Congolese troops clashed near Sake on Monday, a local official said.", PUBLISHED)
    place = r.one("19").place
    assert place.name == "Sake" and place.country == "COD"


def test_an_undated_event_happened_when_the_story_did():
    r = code("Police fired tear gas and live bullets at protesters in Nairobi on Tuesday, killing two. "
             "In Kisumu, hundreds of protesters marched to the county offices.", "2024-06-27")
    march = r.one("14")
    assert march.date.isoformat() == "2024-06-25"


def test_history_is_not_news():
    r = code("Gunmen attacked a village in Mopti region on Monday, killing six people. In 2012, jihadists "
             "seized the north of the country.", "2024-03-13")
    assert [e.date.isoformat() for e in r.find("1")] == ["2024-03-11"], r.describe()


def test_the_story_country_is_where_things_happen_not_whose_armed_group_is_named():
    r = code("Boko Haram fighters attacked a military post at Kaiga-Kindjiria in Chad's Lake Province on "
             "Wednesday, killing six Chadian soldiers, the army said.", "2022-07-21")
    attack = r.one("1")
    assert any(t.startswith("TCD") for t in attack.target), r.describe()


def test_a_statement_by_he_after_a_dated_statement_shares_its_date():
    r = code("Col. Turki al-Maliki, the coalition spokesman, said on Monday that the coalition had struck a "
             "drone workshop in Saada. He accused the Houthis of using civilians as human shields.", "2019-09-04")
    assert str(r.one("112").date) == "2019-09-02", r.describe()


def test_a_communique_published_on_a_day_dates_the_claims_and_charges_told_after_it():
    # the document the speaker signed and published is dated, so what the group goes on to say,
    # named again or as "the guerrilla group", was said that day, not the day before publication
    r = code("Fighting between the ELN and FARC dissidents killed 12 people in Tibu on Saturday and Sunday. "
             "In a communique signed by its Northeastern War Front and published on social media on Sunday, "
             "the ELN claimed responsibility for the offensive. The guerrilla group accused the 33rd Front of "
             "working with drug traffickers, and accused units of the Army of acting in coordination with the "
             "dissidents. The ELN denied attacking civilians.", "2026-05-19")
    charges = r.find("112", source="COL")
    assert len(charges) == 2 and {str(e.date) for e in charges} == {"2026-05-17"}, r.describe()
    assert str(r.one("016").date) == "2026-05-17", r.describe()


def test_an_event_named_only_to_date_another_is_not_part_of_it():
    r = code("Drones struck El Alcalde in Michoacan on Sunday night, killing a woman. The day before the drone "
             "attack, on Saturday, two soldiers were killed and three others wounded when their vehicle struck an "
             "improvised explosive device near Aguililla, the Defense Ministry said.", "2023-05-08")
    drone, bomb = r.one("195"), r.one("183")
    assert str(bomb.date) == "2023-05-06" and bomb.fatalities == 2, r.describe()
    assert drone.injured is None


def test_an_attack_that_followed_clashes_does_not_swallow_them():
    # "The attack followed clashes on Tuesday ...": a verb ordering two events; the clashes are
    # their own event, on their own day, not a mention of the attack told before
    r = code("Al-Shabaab militants stormed a military base near Beledweyne on Wednesday, killing five soldiers. "
             "The attack followed clashes on Tuesday between the army and Al-Shabaab near Yasooman village, in "
             "which three soldiers were killed.", "2025-11-20")
    clash = [e for e in r.events if str(e.date) == "2025-11-18"]
    assert len(clash) == 1 and clash[0].fatalities == 3, r.describe()


def test_the_dead_of_an_event_days_before_are_not_this_events():
    # ", three days after two farmers were murdered": another event; its dead are not the shootout's
    r = code("Security forces shot dead two suspected militants in the mountains of Poso on Monday, three days "
             "after two farmers were murdered in the area, police said.", "2021-06-22")
    assert r.one("19").fatalities == 2, r.describe()


def test_rockets_fired_at_a_base_on_a_day_of_their_own_are_news():
    # no one named, no one hurt: still an attack the text states, on a place and a day
    r = code("At least three rockets were fired at the base in Anbar province late on Friday, a US defence "
             "official said.", "2024-10-20")
    assert str(r.one("194").date) == "2024-10-18", r.describe()


def test_drones_striking_a_depot_on_a_day_of_their_own_are_news_after_an_earlier_attack():
    r = code("PORT SUDAN — The RSF shelled El Obeid on Monday, killing four people. Drones struck a fuel storage "
             "depot in the southern port area of Port Sudan at dawn on Tuesday, witnesses said.", "2025-05-08")
    assert str(r.one("195").date) == "2025-05-06", r.describe()


def test_a_dateline_a_day_before_publication_is_the_day_of_the_story():
    # "TINSUKIA, Nov 17:" in the next morning's paper: "today" and the undated denial are the 17th's
    r = code("TINSUKIA, Nov 17: The banned ULFA-I today alleged that the Indian Army carried out drone strikes "
             "on its camps in Myanmar. The Army rejected the allegation.", "2025-11-18")
    assert str(r.one("112").date) == "2025-11-17" and str(r.one("016").date) == "2025-11-17", r.describe()


def test_a_statement_the_next_day_is_dated_from_the_event():
    r = code("On 18 June, gunmen attacked Tole kebele in Gimbi district, Ethiopia, killing dozens of residents. "
             "In a statement the next day, the Oromo Liberation Army denied the accusation.", "2022-07-08")
    assert str(r.one("016").date) == "2022-06-19", r.describe()


def test_an_attack_the_next_day_is_dated_from_the_one_before():
    r = code("On 18 June, gunmen attacked Tole kebele in Gimbi district, Ethiopia, killing dozens of residents. "
             "The next day, troops clashed with Oromo Liberation Army fighters near Shambu.", "2022-07-08")
    assert str(r.one("19", source="ETHMIL").date) == "2022-06-19", r.describe()


def test_a_day_without_a_year_takes_the_year_the_sentence_states():
    # "In 2009, ... in the stadium of 28 September": history, not an event of this September
    r = code("Security forces fired on protesters in Conakry on Monday, killing two. In 2009, more than 150 opposition "
             "supporters were killed by soldiers in the stadium of 28 September in Conakry.", "2019-10-15")
    assert not [e for e in r.events if e.fatalities and e.fatalities >= 100], r.describe()


def test_a_year_a_period_runs_since_does_not_date_the_day_named_beside_it():
    # "since 2024" is when her search began; "On 7 May" is this May
    r = code("On 7 May, Rosa Elena, 52, who has been searching for her son since 2024, was forced into a car in "
             "Eldorado by armed men, who beat her.", "2026-05-11")
    assert r.events and all(str(e.date) == "2026-05-07" for e in r.events), r.describe()


def test_a_sentence_that_dates_the_story_dates_the_next_undated_event():
    # "On Tuesday, November 19, ..." sets the day even when nothing in that sentence is coded
    r = code("On Friday, November 15, police opened fire on marchers in Sacaba, killing nine people. "
             "On Tuesday, November 19, as soldiers escorted tanker trucks out of the plant, a crowd gathered at the "
             "gate. Soldiers fired on the crowd from a helicopter, killing at least eight people.", "2019-11-22")
    late = [e for e in r.events if e.fatalities == 8]
    assert late and late[0].date.isoformat() == "2019-11-19", r.describe()


def test_riots_that_followed_an_old_election_are_history():
    r = code("Rioters set fire to shops in Honiara's Chinatown on Thursday. Chinatown was also burned in riots that "
             "followed the 2006 election.", "2021-11-26")
    assert all(e.date.year == 2021 for e in r.events), r.describe()
    assert len(r.find("14")) == 1, r.describe()


def test_a_date_of_something_a_statement_mentions_does_not_date_the_statement():
    # the decree was issued on November 14; the commission spoke later
    r = code("The Inter-American Commission on Human Rights condemned the killings in Sacaba and criticised a decree "
             "issued by Anez on November 14 that exempts soldiers from criminal liability.", "2019-11-22")
    assert r.one("11").date.isoformat() != "2019-11-14", r.describe()


def test_a_daily_report_over_the_past_day_is_yesterdays_event_not_a_cumulative_toll():
    r = code("Russian troops shelled 23 settlements in Kherson Oblast over the past day, killing one civilian, "
             "the regional governor said.", "2024-04-30")
    shelling = r.one("19")
    assert shelling.date.isoformat() == "2024-04-29" and shelling.fatalities == 1, r.describe()


def test_a_day_after_a_dated_event_is_the_day_before_that_date():
    # "on October 8, 2023, a day after Hamas's attack": the attack was on October 7, 2023, long ago
    r = code("Israeli jets struck villages in south Lebanon on Thursday, killing three people. Hezbollah began firing "
             "at Israeli positions on October 8, 2023, a day after Hamas's attack on southern Israel.", "2024-09-19")
    assert not r.find("19", source="PSE"), r.describe()


def test_a_statement_in_a_paragraph_opening_with_an_old_month_is_history():
    r = code("Gunmen abducted 20 passengers in West Wollega on Tuesday; the regional government blamed the OLA. "
             "In June 2022, gunmen killed more than 400 people in Gimbi district; the government blamed the OLA, "
             "which denied responsibility.", "2024-07-12")
    assert len(r.find("11")) == 1 and not r.find("016"), r.describe()


def test_places_named_as_states_of_a_country_set_the_story_country():
    # the press release never says "Nigeria"; "North West" is also a South African province
    r = code("The Air Component has neutralised a bandit kingpin in Tsafe Local Government Area of Zamfara State. "
             "On Monday, bandits killed 7 villagers in Danmusa LGA of Katsina State. The Air Component has neutralised "
             "over 1,200 bandits across the North West since 2021.", "2024-08-22")
    assert all(c.startswith("NGA") for e in r.events for c in e.source + e.target), r.describe()


def test_the_date_of_another_event_named_in_the_sentence_does_not_date_this_one():
    # "earlier this week" dates the pager explosions the rockets answered, not the rockets
    r = code("Earlier on Friday, Hezbollah said it fired about 140 Katyusha rockets at Israeli military positions, "
             "in what it described as a response to the deadly pager explosions earlier this week.", "2024-09-21")
    assert r.one("19").date.isoformat() == "2024-09-20", r.describe()


def test_a_sentence_saying_the_violence_was_yesterday_dates_the_story():
    r = code("RAHMAN (CORRESPONDENT): David, the worst violence was yesterday in the northern city of Rangpur. "
             "A student called Abu Sayed was shot dead by police outside Begum Rokeya University.", "2024-07-17")
    assert r.one("18").date.isoformat() == "2024-07-16", r.describe()


def test_the_incident_occurred_on_a_day_dates_the_event_told_with_only_the_day_police_spoke():
    r = code("Chaibasa/Ranchi, Oct 17 (PTI) Three policemen were killed when Maoists triggered an IED blast "
             "targeting their vehicle in Jharkhand's West Singhbhum district, police said on Thursday. The incident "
             "occurred around 4.30 pm on Wednesday near Hathiburu village, the SP said.", "2024-10-17")
    assert str(r.one("18").date) == "2024-10-16", r.describe()


def test_arabic_place_names_are_found_without_their_article():
    # GeoNames has "Al Hudaydah" / "El-Hodeidah" and "Al Qamishli"; the news writes Hodeidah, Qamishli
    r = code("U.S. strikes on the port of Hodeidah killed 14 people on Monday.", "2025-04-22")
    assert r.one("19").place.country == "YEM", r.describe()
    r = code("A Turkish drone hit a power station in Qamishli on Monday, the SDF said.", "2023-11-22")
    assert r.one("19").place.country == "SYR", r.describe()


def test_the_day_residents_told_an_agency_is_no_day_of_the_raid():
    # "told Lusa today" is when they spoke; the next sentence says when the raid was, after an apposition
    r = code("Insurgents beheaded at least four people in raids on villages in Macomia district, in Mozambique's "
             "Cabo Delgado province, residents told Lusa today. The attack on Nguida, about 15 kilometres east of "
             "the district headquarters, took place on Sunday night, according to residents.", "2025-10-15")
    assert str(r.one("18").date) == "2025-10-12", r.describe()


def test_the_attack_came_as_someone_spoke_dates_nothing():
    r = code("Gunmen killed five soldiers near Djibo, Burkina Faso, on Monday, the army said. The attack came as "
             "Human Rights Watch on Thursday accused soldiers of executing civilians.", "2024-10-04")
    attack = [e for e in r.events if e.cameo.startswith("19") or e.cameo.startswith("18")][0]
    assert str(attack.date) == "2024-09-30", r.describe()


def test_a_lead_in_the_present_perfect_is_the_days_news_not_an_earlier_attack():
    r = code("We begin in southern Ukraine, where at least seven people have been killed in a Russian strike on "
             "the city of Zaporizhzhia. Russian forces also struck the city on Sunday, killing a 71-year-old man, "
             "the governor said.", "2024-12-10")
    strike = [e for e in r.events if e.fatalities == 7]
    assert strike and str(strike[0].date) == "2024-12-10", r.describe()


def test_overnight_into_a_day_is_that_night():
    r = code("The biggest story of the week came overnight into Thursday. Ukraine's General Staff said its "
             "forces had struck the Khalino military airfield near Kursk, Russia.", "2025-09-13")
    assert str(r.one("19").date) == "2025-09-11", r.describe()


def test_the_dateline_country_outweighs_the_attackers_nationality_in_the_lead():
    r = code("ZAPORIZHZHIA, Ukraine — Russian drones struck an industrial enterprise overnight.", "2024-12-10")
    strike = r.one("195")
    assert strike.source[0].startswith("RUS") and strike.target[0].startswith("UKR"), r.describe()


def test_a_town_of_a_country_the_article_never_names_does_not_outweigh_the_dateline():
    r = code("MANILA — Two soldiers were wounded when New People's Army rebels attacked a patrol in Samar on "
             "Tuesday, the military said.", "2025-03-12")
    assert r.one("19").target[0].startswith("PHL"), r.describe()


def test_the_place_a_headline_names_says_whose_story_it_is():
    # the text names only the neighbour the raiders came from; the headline says where it happened
    r = code("Four people have been killed in a wave of raids since the weekend, security officials said. The "
             "Kenyan side says the attackers were not from Turkana. Herders accused the soldiers of shooting dead an unarmed herdsman.", "2026-02-20",
             title="Karamoja: Raiders kill herders in Kotido as army recovers 180 cattle")
    assert r.one("112").source[0].startswith("UGA") and r.one("112").target[0].startswith("UGA"), r.describe()


def test_a_headline_naming_both_sides_does_not_move_the_story():
    r = code("Russian drones struck the northern Ukrainian town of Nizhyn overnight, killing two people, regional "
             "officials said. Earlier on Tuesday, Russian artillery shelled Semenivka, near the border.", "2025-09-17",
             title="Russian drones kill two in Nizhyn; Moscow says Kyiv hit Voronezh fuel depot")
    assert r.one("194").target[0].startswith("UKR"), r.describe()


def test_tripoli_in_a_story_that_names_syria_is_lebanons_not_libyas():
    # Tripoli is Libya's capital and Lebanon's second city: the war "in neighbouring Syria" places
    # the story in Lebanon, which borders Syria (Libya does not)
    r = code("Gunmen in Bab al-Tabbaneh fired on an army patrol in Tripoli overnight, wounding two soldiers. "
             "Tripoli MPs condemned the attack. The army accused certain parties of trying to drag Tripoli "
             "into the war in neighbouring Syria.", "2013-10-24")
    attack = r.one("19")
    assert attack.target[0].startswith("LBN") and attack.place.country == "LBN", r.describe()
    assert r.one("111", source="LBN"), r.describe()


def test_tripoli_in_a_story_about_libya_stays_libyas():
    r = code("Clashes between rival militias in Tripoli killed 12 people on Monday, Libya's health ministry said.",
             "2023-08-15")
    assert r.one("19").place.country == "LBY", r.describe()


def test_a_period_in_a_relative_clause_about_the_place_does_not_make_the_strike_a_toll():
    r = code("Sudanese army drones struck Nyala airport on Tuesday, in the latest attack on the city, which has "
             "been under the control of the Rapid Support Forces since October 2023.", "2025-05-07")
    assert str(r.one("195").date) == "2025-05-06", r.describe()


def test_what_a_listed_target_has_been_trying_to_do_does_not_make_the_strike_a_habit():
    r = code("Overnight, Israeli Air Force jets struck Hezbollah infrastructure near Ain Zoura in southern Lebanon, "
             "including a weapons storage facility and rocket launchers that Hezbollah has been trying to restore in "
             "recent weeks.", "2026-12-03")
    assert r.one("195").target == ["LBNREB"], r.describe()


def test_days_later_count_from_the_day_told_before():
    r = code("JUBA — White Army fighters overran the army barracks in Nasir on March 4. Three days later, a UN "
             "helicopter came under fire while evacuating soldiers from Nasir.", "2025-03-18")
    assert str(r.one("193").date) == "2025-03-07", r.describe()
    r = code("JUBA — White Army fighters overran the army barracks in Nasir on March 4. The next day, government "
             "warplanes bombed Nasir.", "2025-03-18")
    assert str(r.one("195").date) == "2025-03-05", r.describe()


def test_a_date_the_clause_gives_dates_an_overnight_attack():
    result = code("Russia's overnight missile and drone attack on the western city of Ternopil on Nov. 19 killed at "
                  "least 31 people, the State Emergency Service said on Nov. 20.", "2025-11-20")
    assert result.one("19", source="RUS").date == dt.date(2025, 11, 19)


def test_repression_the_text_does_not_date_happened_on_the_day_of_the_protest_it_broke_up():
    result = code("Thousands of protesters marched in Lome on Thursday against the new constitution. "
                  "Police fired tear gas to disperse the demonstrators.", "2025-06-30")
    assert result.one("175").date == dt.date(2025, 6, 26)


def test_one_of_the_heaviest_strikes_since_march_is_news_not_a_toll_since_march():
    result = code("PORT-AU-PRINCE - Haitian police launched explosive drones against gang positions in the Bel Air "
                  "neighbourhood of Port-au-Prince late Monday, in one of the heaviest strikes since the government "
                  "began using the weapons in March.", "2025-04-16")
    assert result.one("195").date == dt.date(2025, 4, 14)


def test_the_heaviest_loss_this_year_is_news_measured_against_the_year():
    result = code("The Beninese government on Monday said 23 soldiers were killed when jihadists attacked two army "
                  "positions in the W National Park, near the border with Burkina Faso, last Thursday, the heaviest "
                  "loss suffered by the armed forces this year.", "2024-10-22")
    assert result.one("19", target="BENMIL").date == dt.date(2024, 10, 17)


def test_fighting_raging_since_a_weekday_is_news_not_a_period_of_tolls():
    result = code("Heavy fighting between the two largest factions of the former FARC dissidents has raged since "
                  "Saturday in rural Calamar, in Guaviare, the army said.", "2025-06-10")
    assert result.find("19")


def test_the_july_clashes_told_in_january_are_history():
    result = code("The July clashes between Bedouin tribal fighters, government forces and Druze factions killed "
                  "more than 1,600 people, according to a war monitor.", "2026-01-13")
    assert not result.find("19")
    # a lower-case "march" is a protest, not the month
    assert code("Thousands joined the march in Lome on Monday.", "2026-01-13").one("14").date == dt.date(2026, 1, 12)


def test_the_day_of_a_vote_named_in_a_relative_clause_does_not_date_an_accusation():
    r = code("In Maputo, supporters of opposition figure Venancio Mondlane blocked the main roads on Monday. Mondlane, "
             "who came second in the October 9 vote according to official results, accused the police of shooting "
             "to kill unarmed young people.", "2025-01-14")
    # not October 9: made the day of the blockades the story tells
    # (see test_a_reaction_in_a_story_of_yesterdays_violence_was_made_yesterday)
    assert str(r.one("112").date) == "2025-01-13", r.describe()


def test_the_day_an_attack_was_claimed_does_not_date_what_the_attackers_did_next():
    r = code("A VDP post in Kotchari, Burkina Faso, was attacked on Saturday by armed men on motorcycles. The attack was "
             "claimed on Sunday by the Group for the Support of Islam and Muslims (JNIM). Before leaving, the jihadists "
             "took away four young men from the village, residents said.", "2025-09-23")
    assert str(r.one("181").date) == "2025-09-20", r.describe()


def test_a_reaction_in_a_story_of_yesterdays_violence_was_made_yesterday():
    r = code("Four herders were shot dead on Monday evening when armed raiders attacked them at Shurr, Marsabit County, "
             "Kenya. Two Borana men were killed on Tuesday morning when gunmen ambushed them at Jaldesa. North Horr MP "
             "Abdub Huqa accused the government of arming police reservists from one community.", "2025-07-23")
    assert str(r.one("112").date) == "2025-07-22", r.describe()
    # a lead's "have been killed" is only assumed to be today: the days the story states decide
    r = code("MARSABIT, Kenya — At least six people have been killed in clashes between Gabra and Borana herders. "
             "Four herders were shot dead on Monday evening when armed raiders attacked them at Shurr. Two Borana men "
             "were killed on Tuesday morning when gunmen ambushed them at Jaldesa. North Horr MP Abdub Huqa accused "
             "the government of arming police reservists from one community.", "2025-07-23")
    assert str(r.one("112").date) == "2025-07-22", r.describe()
    # a press release speaks on its own day: "The Ministry condemns ..."
    r = code("Gunmen killed four herders at Shurr, Marsabit County, Kenya, on Tuesday. The Ministry of Interior "
             "condemns the killings.", "2025-07-23")
    assert str(r.one("111").date) == "2025-07-23", r.describe()


def test_the_day_an_operation_was_conducted_dates_the_toll_the_army_gave_the_next_day():
    r = code("Security forces killed 12 terrorists during an intelligence-based operation in the Tirah valley of "
             "Khyber district, Pakistan, the military's media wing said on Saturday. According to a press release "
             "issued by the ISPR, the operation was conducted on Friday in the general area of Bagh-Maidan.",
             "2025-12-06")
    assert str(r.one("19").date) == "2025-12-05", r.describe()


def test_last_week_right_before_the_verb_dates_the_accusation():
    r = code("The Ethiopian Human Rights Commission last week accused government forces of extrajudicial killings "
             "of civilians in West Shewa.", "2024-07-12")
    accusation = r.one("112")
    assert (str(accusation.date), accusation.date_precision) == ("2024-07-01", "week"), r.describe()


def test_a_release_that_condemns_speaks_on_its_own_day_not_the_attacks():
    r = code("Kinshasa, 15 October 2025 - The United Nations Organization Stabilization Mission in the Democratic "
             "Republic of the Congo (MONUSCO) strongly condemns the attack by ADF rebels on the village of Ntoyo on "
             "13 October 2025, which killed 20 civilians.", "2025-10-15")
    assert str(r.one("111").date) == "2025-10-15", r.describe()
    assert str(r.one("18").date) == "2025-10-13", r.describe()


def test_said_on_a_day_then_a_statement_without_that_dates_the_event_by_its_own_day():
    # wire style: "said on Tuesday it had carried out ... on Monday": Tuesday is when it spoke
    r = code("The United States Africa Command (AFRICOM) said on Tuesday it had carried out an airstrike "
             "against al Shabaab on Monday near Mahaday.", "2026-02-10")
    assert str(r.one("195").date) == "2026-02-09", r.describe()


def test_a_town_named_before_the_site_struck_is_the_place():
    r = code("MOSCOW - Ukrainian drones hit the Liski oil depot in Russia's Voronezh region on Tuesday.", "2025-09-17")
    strike = r.one("195")
    assert strike.place is not None and strike.place.name == "Liski", r.describe()


def test_a_sentence_saying_when_the_protests_began_dates_the_undated_repression_after_it():
    r = code("LOME, Togo — The mobilisation, launched on social networks by a collective of bloggers, began on "
             "Thursday 26 June in the districts of Be and Akodessewa. Police and gendarmes fired tear gas to "
             "disperse the demonstrators in Be.", "2025-06-30")
    assert str(r.one("175").date) == "2025-06-26", r.describe()


def test_where_the_shells_were_fired_from_is_not_what_they_struck():
    r = code("On 5 July, artillery shells fired from a military position on the Myitkyina-Mogaung road struck Nam Ti "
             "village in Mogaung township, Kachin State, Myanmar, killing a farmer.", "2026-07-20")
    shelling = r.one("194", source="MMRMIL")
    assert not any(t.startswith("MMRMIL") for t in shelling.target), r.describe()


def test_the_second_half_of_a_hyphened_district_name_is_no_place_of_its_own():
    # "Pori" is also a Finnish city: "Tari-Pori" is one district of Hela, Papua New Guinea
    r = code("FIVE people were killed when Hoyali village in the Tari-Pori district of Hela was raided by armed men "
             "early on Sunday, police said.", "2026-06-19")
    assert all(c.startswith("PNG") for e in r.events for c in e.target), r.describe()


def test_the_latest_strike_came_a_day_after_counts_from_the_day_of_the_news():
    r = code("ZAKHO, Iraq, April 14, 2026 (AFP) - A Turkish drone strike near Batifa killed three people on Monday, "
             "health officials said. Baghdad condemned the strike on Tuesday. The latest strike came a day after "
             "Turkish artillery shelled several villages in the Amedi district, residents said.", "2026-04-14")
    assert r.one("194").date.isoformat() == "2026-04-12", r.describe()      # Monday's strike came a day after


def test_a_denial_after_an_accusation_is_not_dated_by_the_deed_the_accusation_names():
    r = code("IHOSY, Madagascar, Feb 18, 2026 (AFP) - Dahalo raided a village in Ihorombe on Monday night, killing "
             "eleven villagers, the gendarmerie said on Wednesday. The rights group Fanilo ny Zo accused the "
             "gendarmerie of summarily executing suspects, citing three men it said were shot dead in custody at "
             "Ihosy in January. The gendarmerie denied the accusation.", "2026-02-18")
    assert r.one("016").date.isoformat() == "2026-02-18", r.describe()     # not January, when the men died


def test_a_statement_in_a_reports_dated_entry_is_dated_by_the_entry():
    r = code("ACCRA — The observatory recorded five incidents in the first half of July.\n\n"
             "6 July 2026 - Abidjan (Cote d'Ivoire). The Association of Fulani Herders accused Dozo groups of "
             "carrying out targeted killings in the north.", "2026-07-15")
    assert r.one("112").date.isoformat() == "2026-07-06", r.describe()


def test_every_statement_of_a_reports_dated_entry_is_dated_by_the_entry():
    r = code("SOUTHERN MONITORING CENTRE - MONTHLY REPORT\n\n"
             "25 July 2026 - Walgha, western Suwayda countryside. Mortar shells struck two houses in the village, "
             "wounding four civilians. The National Guard accused tribal fighters of firing the shells.\n\n"
             "No further incidents were recorded after 28 July.", "2026-08-04")
    assert r.one("112").date.isoformat() == "2026-07-25", r.describe()      # not the report's day


def test_an_entrys_heading_gives_the_place_of_an_event_told_without_one():
    r = code("SOUTHERN MONITORING CENTRE - MONTHLY REPORT\n\n"
             "5 July 2026 - Tafas, western Daraa countryside. The mukhtar of the town's eastern neighbourhood was "
             "shot dead by two gunmen who knocked on the door of his house.", "2026-08-04")
    killing = r.one("18")
    assert killing.place.name == "Ţafas" and "place:entry-heading" in killing.rule_ids, r.describe()


def test_an_entry_ends_with_its_paragraph():
    r = code("25 July 2026 - Walgha, western Suwayda countryside. Mortar shells struck two houses in the village.\n\n"
             "Outlook. The council accused the government of arming the tribes.", "2026-08-04")
    assert r.one("112").date.isoformat() != "2026-07-25", r.describe()


def test_the_day_a_statement_was_issued_dates_the_accusation_it_makes():
    r = code("A drone struck the Heglig oil field in Sudan on Thursday, killing four workers. The Rapid Support "
             "Forces issued a statement on Friday accusing the Sudanese army of carrying out the attack.",
             "2026-10-17")
    assert str(r.one("112").date) == "2026-10-16", r.describe()


def test_a_weekday_naming_a_rite_or_a_feast_is_not_the_events_day():
    r = code("Gunmen killed 44 worshippers during Friday prayers at a mosque in Fambita on Monday.", "2026-06-16")
    assert str(r.one("18").date) == "2026-06-15", r.describe()
    r = code("Gunmen killed four worshippers on Good Friday in Kaduna.", "2026-06-16")
    assert str(r.one("18").date) != "2026-06-12", r.describe()     # the Friday before publication


def test_the_following_day_counts_from_the_day_the_same_sentence_told():
    r = code("Suspected jihadists killed at least 22 civilians in a village in western Niger on Sunday, local sources "
             "said, while the Nigerien army said it had killed dozens of terrorists in drone strikes the following day.",
             "2026-06-16")
    assert str(r.one("195").date) == "2026-06-15", r.describe()     # Monday, not Sunday


def test_in_a_month_of_that_year_takes_the_year_told_before():
    r = code("Fano militias turned against the government in Ethiopia in 2025. In August of that year, Fano "
             "fighters briefly seized Lalibela before withdrawing.", "2026-09-18")
    assert not r.find("192"), r.describe()     # August 2025: background, not last month's news
    r = code("Fano militias turned against the government in Ethiopia in 2026. In August of that year, Fano "
             "fighters briefly seized Lalibela before withdrawing.", "2026-09-18")
    assert str(r.one("192").date) == "2026-08-01", r.describe()


def test_the_next_morning_is_the_day_after_the_day_told_before():
    r = code("Gunmen killed a motorbike driver in Longadu, Bangladesh, on 26 September. The next morning, a settler "
             "organisation accused UPDF fighters of killing the driver.", "2025-10-06")
    assert str(r.one("112").date) == "2025-09-27", r.describe()


def test_a_retold_attack_keeps_the_day_of_the_story_not_of_the_statement():
    r = code("At least six soldiers were killed when militants attacked an army post in Tillaberi, Niger, on Monday. "
             "The soldiers were killed by heavily armed men who stormed the post shortly before dawn, the army said "
             "in a statement on Tuesday.", "2026-06-10")
    [attack] = [e for e in r.find("19") + r.find("18")]
    assert attack.date == dt.date(2026, 6, 8), r.describe()


def test_in_that_attack_is_a_noun_not_a_verb():
    r = code("Troops raided a bandit camp in Zamfara, Nigeria, on Tuesday. In that attack on Monday, the bandits "
             "killed seven villagers in Mai Dabino.", "2026-08-22")
    killing = r.one("18", source="NGA")
    assert killing.target == ["NGACVL"], r.describe()


def test_a_weekday_written_before_a_date_is_that_date():
    r = code("OPERATIONS BULLETIN\n\nThe General Staff informs the public of the results of operations.\n\n"
             "Monday 12 October 2026 - Barsalogho. Terrorists attacked the army's positions in Barsalogho, Burkina Faso. "
             "Forty of them were killed.\n\nWednesday 14 October 2026 - Bourzanga. Soldiers killed six militants "
             "near Bourzanga.", "2026-10-24")
    days = sorted(e.date for e in r.find("19"))
    assert days == [dt.date(2026, 10, 12), dt.date(2026, 10, 14)], r.describe()


def test_a_day_in_what_a_denial_says_does_not_date_the_denial():
    r = code("Residents accused a government faction of abducting two men near Talkalakh, Syria. The faction's "
             "commander denied the accusation in a voice message, saying his men had not stopped any vehicle on "
             "Sunday.", "2026-07-23")
    assert r.one("016").date == dt.date(2026, 7, 23), r.describe()


def test_a_statement_in_the_same_broadcast_was_made_that_day():
    r = code("Al Shabaab fighters stormed a base near Afgooye, Somalia, on Tuesday. Al Shabaab said on its Andalus radio "
             "station on Wednesday that its fighters had killed 37 soldiers. The army denied that the base had "
             "fallen. In the same broadcast, al Shabaab accused Ugandan AUSSOM troops of killing civilians.",
             "2026-10-09")
    assert str(r.one("112", source="SOMINS").date) == "2026-10-07", r.describe()


def test_an_event_the_text_places_nowhere_is_coded_in_the_story_region():
    r = code("Militiamen attacked a camp for displaced people in Djugu territory, Ituri province, DR Congo, on "
             "Sunday, killing nine people. The governor called for calm. The army promised more patrols. In a "
             "separate incident, unidentified gunmen shot dead two soldiers on Monday night.", "2026-11-10")
    [killing] = [e for e in r.events if e.date == dt.date(2026, 11, 9)]
    assert killing.place is not None and killing.place.admin1 == killing.place.name \
        and killing.place.geo_precision == 3 and killing.place.country == "COD", r.describe()


def test_a_lead_dated_only_by_when_the_police_spoke_is_the_attack_told_next():
    r = code("Gunmen killed at least 17 people in an attack on a farming village in Nigeria's Plateau state, police "
             "said on Wednesday. The attackers stormed Kwall, a village in Bassa local government area, late on "
             "Monday and shot at residents as they fled.", "2026-03-04")
    assert [e.date.isoformat() for e in r.find("18")] == ["2026-03-02"], r.describe()


def test_the_village_of_borgou_in_togo_is_no_beninese_department():
    r = code("We begin in the Kpendjal prefecture of Togo, where armed men attacked the village of Borgou last night, "
             "killing three people.", "2026-12-04")
    [attack] = r.find("18")
    assert attack.target == ["TGOCVL"], r.describe()
