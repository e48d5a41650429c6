"""Counts written in digits or words: "47", "1,200", "forty-seven", "a hundred", "two dozen"."""
from __future__ import annotations

import re

UNITS = {"zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def is_number_word(word: str) -> bool:
    return word in UNITS or word in TENS or word in SCALES or bool(_DIGITS.match(word))


def parse_count(words: list[str]) -> int | None:
    """Value of a run of number words ("forty", "seven" / "a", "hundred" / "1,200"); None if not a count.

    The tokenizer splits "forty-seven" into two words, so runs are what we see.
    """
    if not words:
        return None
    if len(words) == 1 and _DIGITS.match(words[0]):
        return int(words[0].replace(",", ""))
    total, current, seen = 0, 0, False
    for k, w in enumerate(words):
        if _DIGITS.match(w):
            current += int(w.replace(",", ""))
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            scale = SCALES[w]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        elif w == "and" and seen and words[k - 1] in SCALES:
            continue      # "a hundred and seven", but "between 8 and 17 June" is two numbers
        else:
            return None
        seen = True
    value = total + current
    if words in (["a"], ["an"]):
        return None
    return value
