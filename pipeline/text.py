"""Tokens with character offsets, and the one normalisation every dictionary match uses.

Dictionary names and sentence text go through the same `normalise` so that "al-Sham",
"Al Sham" and "AL_SHAM" meet: lowercase, hyphens and underscores split words, possessive
"'s" and other punctuation are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# words (letters, inner apostrophes folded later), numbers with separators, possessive 's, any other char
_TOKEN = re.compile(r"[^\W\d_]+(?:[’'](?![sS]\b)[^\W\d_]+)*|\d+(?:[.,:]\d+)*|[’'][sS]\b|\S", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "", "'": ""})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    norm: str          # lowercase, apostrophes removed; "" for punctuation and possessives
    start: int         # offset into the text that was tokenised
    end: int

    @property
    def is_word(self) -> bool:
        return bool(self.norm)


def _norm(piece: str) -> str:
    if piece[0].isalnum():
        # (Turkish "İ" lowercases to "i" plus a combining dot: "İmamoğlu" must meet "imamoğlu")
        return piece.lower().translate(_APOSTROPHES).replace("\u0307", "")
    return ""


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split `text` into tokens; offsets are shifted by `offset` (the sentence's start)."""
    return [Token(m.group(), _norm(m.group()), m.start() + offset, m.end() + offset)
            for m in _TOKEN.finditer(text)]


def normalise(name: str) -> str:
    """A dictionary name or phrase in matching form: 'Hayat_Tahrir al-Sham' -> 'hayat tahrir al sham'."""
    return " ".join(t.norm for t in tokenize(name.replace("_", " ")) if t.norm)


def word_tokens(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.is_word]
