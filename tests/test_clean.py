"""Cleaning: markup, entities, mojibake, boilerplate, captions, headlines, datelines and dates."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from pipeline.clean import CleanError, clean
from pipeline.ingest import read_article_file
from schemas.article import ArticleMetadata, RawArticle

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_000 = SEEDS / "000_d2cba9b15cf5e49f.txt"
SEED_004 = SEEDS / "004_fa7b279e94574391.txt"

LEAD = "Russia launched airstrikes on rebels in Idlib on Sunday, the defence ministry said."
SECOND = "The strikes hit the edges of the last rebel stronghold."


def raw(content: str, format: str = "txt", **metadata) -> RawArticle:
    return RawArticle(id="a1", source="a.txt", format=format, content=content,
                      metadata=ArticleMetadata(**metadata))


def clean_text(content: str, format: str = "txt", **metadata) -> str:
    return clean(raw(content, format, **metadata)).text


# ---------------------------------------------------------------- markup, entities, characters

def test_tag_remnants_in_text_become_paragraph_breaks():
    text = clean_text(f"{LEAD}</p>  <p>{SECOND} </p><br/><p><b>Bold</b> move, <a href='x'>he</a> said.")

    assert text == f"{LEAD}\n\n{SECOND}\n\nBold move, he said."


def test_prose_with_angle_brackets_is_not_taken_for_markup():
    assert clean_text("Casualties were < 10 and > 5 in the town.") == "Casualties were < 10 and > 5 in the town."


def test_scripts_styles_and_comments_disappear_from_text_files():
    text = clean_text(f"<script>var a = 1 < 2;</script><style>p {{}}</style><!-- ad slot -->{LEAD}")

    assert text == LEAD


def test_html_entities_are_unescaped_even_when_escaped_twice():
    text = clean_text("He said &quot;no&quot; &amp; left &#8211; then &amp;quot;yes&amp;quot; &#x2019;.")

    assert text == "He said \"no\" & left – then \"yes\" ’."


def test_escaped_markup_is_markup_too():
    assert clean_text(f"&lt;p&gt;{LEAD}&lt;/p&gt;") == LEAD


def test_mojibake_is_repaired_and_curly_quotes_kept():
    text = clean_text("SyriaÃ¢â‚¬â„¢s war and Syriaâ€™s army fought on, officials said.")

    assert text == "Syria’s war and Syria’s army fought on, officials said."


def test_control_zero_width_and_odd_spaces_are_normalised():
    text = clean_text(f"Russia\u00a0launched\u200b airstrikes\x07 on   rebels\tin Idlib.\r\n\r\n{SECOND}")

    assert text == f"Russia launched airstrikes on rebels in Idlib.\n\n{SECOND}"


def test_hard_wrapped_prose_is_rejoined_into_paragraphs():
    wrapped = ("Russian warplanes struck the southern countryside of Idlib on\n"
               "Sunday, killing four civilians including a child and a woman,\n"
               "according to the Syrian Observatory for Human Rights.\n"
               "Rescue workers were searching the rubble for survivors.")

    assert clean_text(wrapped) == (
        "Russian warplanes struck the southern countryside of Idlib on Sunday, killing four civilians "
        "including a child and a woman, according to the Syrian Observatory for Human Rights. "
        "Rescue workers were searching the rubble for survivors.")


def test_a_line_starting_in_lower_case_continues_the_line_before():
    assert clean_text(f"Russia launched airstrikes on\nrebels in Idlib.\n{SECOND}") == (
        f"Russia launched airstrikes on rebels in Idlib.\n\n{SECOND}")


# ---------------------------------------------------------------- HTML pages

PAGE = """<!DOCTYPE html><html><head><title>Strikes hit Idlib | Example News</title>
<meta property="article:published_time" content="2018-11-25T09:14:00+02:00">
<script>track();</script><style>body {}</style></head>
<body class="cookie-consent-given">
<div class="cookie-banner">We use cookies to improve your experience.</div>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article>
<h1>Strikes hit Idlib</h1>
<p>BEIRUT (AFP) &mdash; Russian jets struck
   rebel positions in Idlib on Sunday.</p>
<figure><img src="a.jpg"><figcaption>Smoke rises over Idlib.</figcaption></figure>
<p>The Observatory said four civilians died.<!-- comment --></p>
<div class="share-buttons">Share on Facebook</div>
</article></main>
<footer>&copy; 2018 Example News</footer>
</body></html>"""


def test_html_pages_keep_only_the_story_text():
    article = clean(raw(PAGE, format="html"))

    assert article.text == "Russian jets struck rebel positions in Idlib on Sunday.\n\nThe Observatory said four civilians died."
    assert article.title == "Strikes hit Idlib"
    assert article.dateline == "BEIRUT"
    assert (article.published, article.published_source) == (dt.date(2018, 11, 25), "metadata")
    assert "caption: Smoke rises over Idlib." in article.dropped


def test_jsonl_text_content_is_cleaned_as_text():
    article = clean(raw(f"Strikes hit Idlib\n\n{LEAD}", format="jsonl"))

    assert (article.title, article.text) == ("Strikes hit Idlib", LEAD)


def test_jsonl_html_content_is_parsed_as_html():
    article = clean(raw("<div><p>One paragraph.</p><p>Another one.</p></div>", format="jsonl"))

    assert article.text == "One paragraph.\n\nAnother one."


# ---------------------------------------------------------------- boilerplate, bylines, captions

@pytest.mark.parametrize("line", [
    "Your email address will not be published. Required fields are marked *",
    "Share this article",
    "Share on Facebook   Share on Twitter",
    "Subscribe to our newsletter",
    "Sign up for our daily briefing",
    "We use cookies to improve your experience. Accept all cookies",
    "Click here to read the full report",
    "Read more: Syria's war in numbers",
    "Related: Displaced families flee towards the Turkish border",
    "Tags: Syria, Idlib, Russia",
    "Copyright 2018 AFP. All rights reserved.",
    "© 2018 Example News",
    "Photo: AFP",
    "(AFP Photo)",
    "Getty Images",
    "(Reporting by Ellen Francis; Editing by Alex Richardson)",
    "Associated Press writer Fay Abuelgasim contributed to this report.",
    "ADVERTISEMENT",
    "___",
    "sst-bb/cld",
])
def test_boilerplate_lines_are_dropped(line):
    article = clean(raw(f"{LEAD}\n\n{line}\n\n{SECOND}"))

    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert any(entry.startswith("boilerplate: ") for entry in article.dropped)


def test_sentences_that_merely_mention_boilerplate_words_are_kept():
    kept = "Countries that subscribe to the treaty must share intelligence, the minister said."

    assert clean_text(f"{LEAD}\n\n{kept}") == f"{LEAD}\n\n{kept}"


def test_a_comment_form_and_everything_after_it_are_dropped():
    article = clean(raw(f"{LEAD}\n\nLeave a Reply\n\nJohn says: this is all lies.\n\nPost Comment"))

    assert article.text == LEAD
    assert [e.split(":")[0] for e in article.dropped] == ["comments"] * 3


@pytest.mark.parametrize("byline", ["By Michael Hernandez", "By SAMY MAGDY Associated Press",
                                    "Author: Olena Hrytsenko", "By Reuters Staff"])
def test_bylines_are_dropped(byline):
    article = clean(raw(f"{byline}\n\n{LEAD}"))

    assert article.text == LEAD
    assert article.dropped == [f"byline: {byline}"]


@pytest.mark.parametrize("caption", [
    "Medical staff treating a boy following a suspected chemical attack on his town, in Aleppo.",
    "A boy receives treatment at a hospital in Aleppo (AFP Photo)",
    "Residents carry the coffin of a victim on Wednesday morning. / Kani PDF",
    "Rescue workers at the site of the attack in Odesa on April 29. (State Emergency Service / Telegram)",
    "Pictured: the market after the strike",
])
def test_photo_captions_are_dropped(caption):
    article = clean(raw(f"{caption}\n\n{LEAD}\n\n{SECOND}"))

    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert article.dropped == [f"caption: {caption}"]


def test_a_line_followed_by_a_photo_credit_is_a_caption():
    article = clean(raw(f"{LEAD}\n\nSmoke rises over the town after the raids\nPhoto: AFP\n\n{SECOND}"))

    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert "caption: Smoke rises over the town after the raids" in article.dropped


def test_a_lead_with_a_finite_verb_is_not_a_caption():
    lead = "Syrian warplanes bombing rebel areas killed 12 civilians on Sunday."

    assert clean_text(f"{lead}\n\n{SECOND}") == f"{lead}\n\n{SECOND}"


def test_section_headings_are_dropped_so_they_never_join_a_sentence():
    article = clean(raw(f"{LEAD}\n\nIslamic State\n\n{SECOND}\n\nSeptember deal\n{SECOND}"))

    assert article.text == f"{LEAD}\n\n{SECOND}\n\n{SECOND}"
    assert article.dropped == ["heading: Islamic State", "heading: September deal"]


def test_an_incident_log_entry_keeps_the_date_it_opens_with():
    entry = "1 July 2026 - Manga, Bawku Municipal (Ghana). At about 10:00, two farmers were shot dead."
    article = clean(raw(f"{LEAD}\n\n{entry}\n\n{SECOND}"))

    assert article.text == f"{LEAD}\n\n{entry}\n\n{SECOND}"


def test_a_report_whose_body_opens_with_an_entry_keeps_its_date():
    entry = "25 July 2026 - Walgha, western Suwayda countryside. Mortar shells struck two houses."
    article = clean(raw(f"MONITORING CENTRE - MONTHLY REPORT\n\n{entry}\n\n{SECOND}"))

    assert article.text.startswith(entry)


def test_a_date_before_a_statement_at_the_top_is_still_a_date_line():
    article = clean(raw(f"25 July 2026 - The ministry said two soldiers were killed near the border.\n\n{SECOND}"))

    assert article.text.startswith("The ministry said") and article.published.isoformat() == "2026-07-25"


def test_the_dated_heading_of_a_report_entry_stays_to_say_when_it_happened():
    entry = "Turkish artillery shelled the slopes above Sharanish for three hours."
    article = clean(raw(f"{LEAD}\n\n6 August - Sharanish, Zakho district\n\n{entry}\n\nEarlier incidents\n\n{SECOND}"))

    assert article.text == f"{LEAD}\n\n6 August - Sharanish, Zakho district\n\n{entry}\n\n{SECOND}"
    assert article.dropped == ["heading: Earlier incidents"]


# ---------------------------------------------------------------- headlines and titles

def test_a_first_line_that_looks_like_a_headline_becomes_the_title_and_leaves_the_text():
    article = clean(raw(f"US: Russia, Syrian regime carried out false flag attack\n\n{LEAD}"))

    assert article.title == "US: Russia, Syrian regime carried out false flag attack"
    assert article.text == LEAD


def test_a_first_line_that_is_a_sentence_is_body_text():
    article = clean(raw(f"{LEAD}\n\n{SECOND}"))

    assert article.title is None
    assert article.text.startswith(LEAD)


def test_the_metadata_title_wins_and_its_repetition_in_the_text_is_dropped():
    article = clean(raw(f"Strikes Hit Idlib\n\n{LEAD}", title="Strikes hit Idlib"))

    assert article.title == "Strikes hit Idlib"
    assert article.text == LEAD


def test_sub_headlines_and_mastheads_above_the_body_are_dropped():
    article = clean(raw("Syrian Observatory | Daily violations\n\nRussian jets pound Idlib\n\n"
                        f"Rebels vow revenge as fighting rages on\n\n{LEAD}"))

    assert article.title == "Russian jets pound Idlib"
    assert article.text == LEAD
    assert [e.split(":")[0] for e in article.dropped] == ["masthead", "headline", "headline"]


# ---------------------------------------------------------------- datelines

@pytest.mark.parametrize("dateline, place", [
    ("WASHINGTON (AA) - ", "WASHINGTON"),
    ("ALEPPO, Syria (Reuters) - ", "ALEPPO, Syria"),
    ("BEIRUT, Nov 25 (AFP) — ", "BEIRUT"),
    ("KYIV, Ukraine — ", "KYIV, Ukraine"),
    ("NEW YORK (AP) -- ", "NEW YORK"),
    ("Qamishli (Syria) (AFP) - ", "Qamishli, Syria"),
    ("Hasaka, SANA – ", "Hasaka"),
    ("(Beirut) – ", "Beirut"),
    ("BELGOROD, December 31. /TASS/. ", "BELGOROD"),
    ("Addis Abeba – ", "Addis Abeba"),
    ("May 7, 2025 (NYALA) – ", "Nyala"),      # Sudan Tribune: the date first, the place in brackets
    ("SURIN: ", "SURIN"),                     # Bangkok Post, Dawn, The Star: capitals and a colon
    ("KUALA LUMPUR: ", "KUALA LUMPUR"),
])
def test_the_dateline_is_cut_from_the_text_and_its_place_recorded(dateline, place):
    article = clean(raw(dateline + LEAD))

    assert article.text == LEAD
    assert article.dateline == place
    assert article.dropped == [f"dateline: {dateline.strip()}"]


@pytest.mark.parametrize("lead", [
    "U.S.-backed forces said on Sunday they had taken the town.",
    "UN - the organisation said on Sunday it was alarmed.",
    "President Joe Biden – speaking on Sunday – condemned the attack.",
    "UPDATE: The army said on Sunday it had taken the town.",      # a label, not a place
    "PRESENTER: Good evening, the army said on Sunday it had taken the town.",
])
def test_prose_that_starts_like_a_dateline_is_left_alone(lead):
    article = clean(raw(lead))

    assert article.text == lead
    assert article.dateline is None


# ---------------------------------------------------------------- publication dates

@pytest.mark.parametrize("date_line", [
    "date 2018-11-25",
    "Published: 25 November 2018",
    "Nov 25, 2018 10:32 GMT",
    "Updated 3:15 PM ET, Sun November 25, 2018",
    "Posted on November 25, 2018 at 10:32",
    "By Staff Reporter | 25 November 2018",
    "November 25, 2018 10:27 AM 2 min read",
])
def test_a_date_line_gives_the_publication_date(date_line):
    article = clean(raw(f"{date_line}\n\n{LEAD}"))

    assert (article.published, article.published_source) == (dt.date(2018, 11, 25), "dateline")
    assert article.text == LEAD
    assert article.dropped == [f"date line: {date_line}"]


def test_metadata_date_wins_over_a_date_line():
    article = clean(raw(f"date 2018-11-25\n\n{LEAD}", published=dt.date(2018, 12, 7)))

    assert (article.published, article.published_source) == (dt.date(2018, 12, 7), "metadata")


def test_the_earliest_date_line_is_the_publication_date():
    article = clean(raw(f"Updated: November 26, 2018\nPublished: November 25, 2018\n\n{LEAD}"))

    assert article.published == dt.date(2018, 11, 25)


def test_a_dateline_with_a_full_date_gives_the_publication_date():
    article = clean(raw(f"BAMAKO, 8 sept 2022 (AFP) - {LEAD}"))

    assert (article.published, article.published_source, article.dateline) == (dt.date(2022, 9, 8), "dateline", "BAMAKO")


def test_a_sentence_with_a_date_is_not_a_date_line():
    lead = "Russia strikes Idlib on 25 November 2018 in a new offensive, officials said."

    article = clean(raw(lead))

    assert article.text == lead
    assert article.published is None


def test_metadata_fields_are_carried_over():
    article = clean(raw(LEAD, url="https://example.org/a", publisher="AFP", language="fr"))

    assert (article.url, article.publisher, article.language) == ("https://example.org/a", "AFP", "fr")
    assert (article.id, article.source) == ("a1", "a.txt")


# ---------------------------------------------------------------- nothing left

@pytest.mark.parametrize("content", ["", "   \n\n  ", "<p></p> <br>", "&nbsp;", "Leave a Reply\n\nShare this"])
def test_clean_error_when_nothing_codable_remains(content):
    with pytest.raises(CleanError) as error:
        clean(raw(content))

    assert error.value.reason.startswith(("empty after cleaning", "nothing codable"))


# ---------------------------------------------------------------- the seeds

def test_seed_000_keeps_the_lead_and_drops_headline_byline_markup_and_comment_form():
    article = clean(read_article_file(SEED_000))

    assert article.text.startswith("The U.S. on Friday lashed out")
    assert article.title == "US: Russia, Syrian regime carried out false flag attack"
    assert article.dateline == "WASHINGTON"
    for debris in ["<", "&quot;", "Leave a Reply", "Required fields", "By Michael Hernandez"]:
        assert debris not in article.text
    assert article.text.endswith("controlled by Hayat Tahrir al-Sham.")


def test_seed_000_takes_its_publication_date_from_the_given_metadata():
    article = clean(read_article_file(SEED_000, ArticleMetadata(published=dt.date(2018, 12, 7))))

    assert (article.published, article.published_source) == (dt.date(2018, 12, 7), "metadata")


def test_seed_004_drops_the_caption_and_reads_its_date_line():
    # the text alone, without the sidecar metadata that also records the date
    article = clean(raw(SEED_004.read_text(encoding="utf-8")))

    assert "Medical staff treating a boy" not in article.text
    assert (article.published, article.published_source) == (dt.date(2018, 11, 25), "dateline")
    assert article.text.startswith("RUSSIA HAS LAUNCHED airstrikes on Syrian rebels")
    assert not {"Islamic State", "September deal"} & set(article.text.split("\n\n"))
    assert article.text.endswith("anti-government protests.")


# ---------------------------------------------------------------- robustness

HOSTILE_PIECES = [
    "<", ">", "</", "<p", "<p>", "</p>", "<br>", "<script>", "</script>", "<!--", "-->", "<figcaption>",
    "&", "&#", "&#99999999;", "&#x110000;", "&amp;", "&quot;", "&nbsp;", "\x00", "\x07", "\ufffd",
    "\u200b", "\ufeff", "\u2028", "\ud800", "Ã¢â‚¬â„¢", "\u0301", "حلب", "阿勒颇", "🙂", "\r", "\n", "\n\n",
    "  ", "\t", ".", "...", "—", "(", ")", "|", "/", "By ", "Photo:", "date 2018-11-25 ", "Nov 25, 2018",
    "WASHINGTON (AA) - ", "Leave a Reply", "Russia struck rebels. ", "U.S. ", "Mr. ", "x" * 3000,
]


def hostile_text(rng: random.Random) -> str:
    return "".join(rng.choice(HOSTILE_PIECES) for _ in range(rng.randrange(0, 60)))


def test_clean_raises_nothing_but_clean_error_on_hostile_input():
    rng = random.Random(42)
    for _ in range(250):
        for format in ("txt", "html", "jsonl"):
            try:
                article = clean(raw(hostile_text(rng), format=format))
            except CleanError as error:
                assert not error.reason.startswith("unexpected"), error.reason
                continue
            assert article.text.strip() == article.text and article.text
            assert "\n\n\n" not in article.text


@pytest.mark.parametrize("content", [
    "a" * 2_000_000,
    "<p " * 300_000,
    "<!--" * 300_000,
    "<script>" * 200_000,
    ("word " * 30 + "\n") * 20_000,
    "&amp;" * 300_000,
])
def test_clean_handles_huge_and_pathological_inputs(content):
    try:
        clean(raw(content))
    except CleanError as error:
        assert not error.reason.startswith("unexpected"), error.reason


def test_a_lead_with_an_irregular_past_and_a_participle_is_body_not_a_caption():
    # "began firing", "keep dying": a finite verb makes a sentence, not a picture description
    for lead in ("Hezbollah began firing at Israeli positions on October 8, 2023, a day after Hamas's attack.",
                 "Our brave soldiers keep dying while politicians fight each other."):
        article = clean(raw(lead))
        assert article.text.strip() == lead


def test_a_list_of_links_under_also_read_is_dropped_and_the_article_goes_on():
    body = clean_text("Benue: 19 killed as gunmen raid villages\n\n" + LEAD + "\n\nALSO READ:\n\n"
                      "- Gunmen kill 7 in Plateau village\n\n- Police rescue abducted priest\n\n" + SECOND + "\n")
    assert "Gunmen kill 7" not in body and "Police rescue" not in body
    assert SECOND in body


MARKET = ("On Monday afternoon, hours after the victims were buried, an air force jet bombed the weekly "
          "market at Tungar Tudu, about 12 kilometres from Kuka, residents said.")
TOLL = ("Witnesses said at least 19 people, mostly traders and herders, were killed and 23 others injured "
        "when two bombs hit the busy market around 2pm.")


def test_related_news_set_inside_a_story_drops_the_headlines_and_the_story_goes_on():
    # Nigerian and Indian dailies put "RELATED NEWS" and three headlines between two paragraphs
    body = clean_text("Kebbi: gunmen kill 14 villagers\n\n" + LEAD + "\n\nRELATED NEWS\n\n"
                      "Bandits abduct 20 worshippers in Zamfara mosque attack\n\n"
                      "Troops neutralise 30 terrorists in Sokoto forest - DHQ\n\n"
                      "Market bombed\n\n" + MARKET + "\n\n" + TOLL + "\n")
    assert "Bandits abduct" not in body and "Troops neutralise" not in body and "RELATED" not in body
    assert MARKET in body and TOLL in body


def test_related_stories_at_the_end_of_a_story_end_it():
    # headlines with one-line teasers after the heading are other stories, not this one
    body = clean_text("Kebbi: gunmen kill 14 villagers\n\n" + LEAD + "\n\n" + SECOND + "\n\nRelated stories\n\n"
                      "Bandits abduct 20 worshippers in Zamfara mosque attack\n\n" + MARKET + "\n\n"
                      "Troops neutralise 30 terrorists in Sokoto forest\n\n" + TOLL + "\n")
    assert SECOND in body and MARKET not in body and TOLL not in body


def test_a_live_pages_masthead_title_and_date_line_are_not_one_wrapped_paragraph():
    page = ("ARABIA WIRE - LIVE\n"
            "Israel strikes Hodeidah port and Sanaa power station; Houthis fire missile at central Israel\n"
            "Friday, 20 November 2026 - Last updated 21:30 Sanaa time (GMT+3)\n"
            "Live coverage by our Gulf and Yemen desk. Newest entries first.\n\n"
            "21:30\nWe are pausing our live coverage here. Israeli strikes on Hodeidah port killed at least 11 "
            "people, according to the health ministry.\n")
    article = clean(raw(page))

    assert "Houthis fire missile" not in article.text
    assert "Israeli strikes on Hodeidah port killed" in article.text
