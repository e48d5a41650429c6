"""Sentence splitting: where sentences end, where they do not, and offsets that always hold."""
from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from pipeline.clean import clean
from pipeline.ingest import read_article_file
from pipeline.segment import MAX_SENTENCE_CHARS, split_sentences
from schemas.article import CleanArticle

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def article(text: str) -> CleanArticle:
    return CleanArticle(id="a1", source="a.txt", text=text)


def sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(article(text))]


def assert_offsets_exact(doc: CleanArticle) -> None:
    for s in split_sentences(doc):
        assert doc.text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text


# ---------------------------------------------------------------- where sentences end

def test_sentences_end_at_periods_question_and_exclamation_marks():
    assert sentences("Russia struck. Did it? Yes! 2019 was worse.") == [
        "Russia struck.", "Did it?", "Yes!", "2019 was worse."]


def test_paragraph_breaks_always_end_a_sentence():
    assert sentences("Islamic State\n\nCounter-attacks killed 47 fighters") == [
        "Islamic State", "Counter-attacks killed 47 fighters"]


def test_sentences_carry_article_id_zero_based_index_and_offsets():
    text = "  Russia struck.  Turkey denied it.\n\nThe UN called for calm.  "

    result = split_sentences(article(text))

    assert [(s.article_id, s.index, s.start, s.end) for s in result] == [
        ("a1", 0, 2, 16), ("a1", 1, 18, 35), ("a1", 2, 37, 60)]
    assert_offsets_exact(article(text))


def test_closing_quotes_stay_with_their_sentence():
    assert sentences("“All targets were destroyed,” he added. “We will continue.” Then he left.") == [
        "“All targets were destroyed,” he added.", "“We will continue.”", "Then he left."]


def test_a_quote_opening_after_a_period_starts_the_next_sentence():
    assert sentences('The ministry said. "Next week we strike again," it added.') == [
        "The ministry said.", '"Next week we strike again," it added.']


def test_question_marks_inside_quotes_followed_by_lower_case_do_not_split():
    assert sentences("“Why now?” he asked. Nobody answered.") == ["“Why now?” he asked.", "Nobody answered."]


# ---------------------------------------------------------------- where they do not

@pytest.mark.parametrize("text", [
    "Gen. Smith met Col. Jones and Lt. Brown in the capital.",
    "Dr. Ahmed and Mr. Ali spoke to Mrs. Khan at St. Mary hospital.",
    "The attack on Nov. 24 was followed by another on Dec. 2 in Aleppo.",
    "Resolution No. 2254 was adopted unanimously by the council.",
    "J. Smith and A. B. Jones signed the deal in Geneva.",
    "The U.S. State Department and the U.N. Security Council condemned it.",
    "It started at 10 a.m. local time and ended at 3 p.m. on Sunday.",
    "Several groups, e.g. HTS and i.e. its allies, fired approx. 120 shells.",
    "Russia said 120mm mortar shells and 3.5 tonnes of chlorine were used.",
    "U.S.-backed forces took the town, the Pentagon said.",
    "“We will fight... until the end,” the commander said.",
])
def test_abbreviations_initials_decimals_and_ellipses_do_not_end_sentences(text):
    assert sentences(text) == [text]


def test_an_initialism_ends_a_sentence_when_a_typical_opener_follows():
    assert sentences("Aid was sent by the U.S. The convoy reached Idlib on Sunday.") == [
        "Aid was sent by the U.S.", "The convoy reached Idlib on Sunday."]


def test_an_ellipsis_outside_quotes_can_end_a_sentence():
    assert sentences("The shelling went on and on... Then it stopped.") == [
        "The shelling went on and on...", "Then it stopped."]


def test_a_lone_symbol_is_not_a_sentence():
    assert sentences("Russia struck.\n\n* * *\n\nTurkey denied it.") == ["Russia struck.", "Turkey denied it."]


# ---------------------------------------------------------------- very long sentences

def test_very_long_sentences_are_cut_at_a_semicolon_with_exact_offsets():
    text = "; ".join(["Shelling hit the village of Kafranbel and its outskirts overnight"] * 40) + "."
    doc = article(text)

    result = split_sentences(doc)

    assert len(result) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in result)
    assert all(s.text.endswith(";") for s in result[:-1])
    assert_offsets_exact(doc)


def test_a_long_run_without_any_separator_is_cut_hard():
    doc = article("x" * 2500)

    assert [len(s.text) for s in split_sentences(doc)] == [1000, 1000, 500]
    assert_offsets_exact(doc)


# ---------------------------------------------------------------- the seeds

def seed(name: str) -> CleanArticle:
    return clean(read_article_file(SEEDS / name))


def test_seed_000_keeps_us_and_nov_24_inside_their_sentences():
    texts = [s.text for s in split_sentences(seed("000_d2cba9b15cf5e49f.txt"))]

    assert texts[0] == ("The U.S. on Friday lashed out at the Syrian regime and its principal supporter, saying "
                        "they \"falsely\" blamed rebels and extremist groups for conducting a chlorine attack in "
                        "northwestern Aleppo last month.")
    assert any(t.startswith("SANA, Syria's official news agency, said Nov. 24 that Hayat Tahrir al-Sham")
               for t in texts)
    assert "Palladino did not provide evidence he says the U.S. has to back up its assessment." in texts
    assert not any(t in ("U.S.", "Nov.") or t.endswith((" U.S.", " Nov.")) for t in texts)


@pytest.mark.parametrize("name", ["000_d2cba9b15cf5e49f.txt", "004_fa7b279e94574391.txt"])
def test_seed_offsets_are_exact_for_every_sentence(name):
    doc = seed(name)

    result = split_sentences(doc)

    assert len(result) >= 10
    assert [s.index for s in result] == list(range(len(result)))
    assert_offsets_exact(doc)


def test_seed_004_keeps_the_closing_quote_with_its_sentence():
    texts = [s.text for s in split_sentences(seed("004_fa7b279e94574391.txt"))]

    assert "“As a result of the strikes, all of the rebel fighter targets were destroyed,” he added." in texts


# ---------------------------------------------------------------- robustness and speed

PIECES = ["Russia struck", ".", " ", "  ", "\n", "\n\n", "U.S.", "Dr.", "...", "…", "?", "!", "”", "“", '"',
          "'", "(", ")", "3.5", "A", "a", "حلب", "阿勒颇", "\u00a0", "\t", ";", ",", "x" * 700, "Mr. X"]


def test_offsets_are_exact_on_random_text():
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 40)))
        assert_offsets_exact(article(text))


def test_splitting_is_fast():
    docs = [seed("000_d2cba9b15cf5e49f.txt"), seed("004_fa7b279e94574391.txt")]
    best = 0.0
    for _ in range(3):
        count, start = 0, time.perf_counter()
        for _ in range(100):
            for doc in docs:
                count += len(split_sentences(doc))
        best = max(best, count / (time.perf_counter() - start))
    assert best > 10_000  # sentences per second; about 70,000 on a laptop core
