"""Longest-match dictionary lookup over word tokens, in one pass (Aho-Corasick).

Keys are normalised phrases ("hayat tahrir al sham"); a match must start and end on
word boundaries. Overlaps are resolved longest first, then leftmost, as the dictionary
coders did.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from pipeline.text import Token

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[V]):
    first: int      # index of the first word token
    last: int       # index of the last word token (inclusive)
    value: V

    @property
    def length(self) -> int:
        return self.last - self.first + 1


class PhraseMatcher(Generic[V]):
    """Maps normalised phrases to values; `find` returns non-overlapping longest matches."""

    def __init__(self, entries: Iterable[tuple[str, V]]):
        self._automaton = ahocorasick.Automaton()
        for phrase, value in entries:
            if not phrase:
                continue
            key = f" {phrase} "
            existing = self._automaton.get(key, None)
            values = existing[1] if existing else []
            values.append(value)
            self._automaton.add_word(key, (phrase.count(" ") + 1, values))
        if len(self._automaton):
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._automaton)

    def find_all(self, words: list[Token]) -> list[PhraseMatch[list[V]]]:
        """Every match, overlapping, as (first word, last word, values)."""
        if not words or not len(self._automaton):
            return []
        text, word_at_end = _joined(words)
        found = []
        for end, (n_words, values) in self._automaton.iter(text):
            last = word_at_end.get(end)      # end is the index of the closing space
            if last is None:
                continue
            found.append(PhraseMatch(last - n_words + 1, last, values))
        return found

    def find(self, words: list[Token]) -> list[PhraseMatch[list[V]]]:
        """Non-overlapping matches, longest first, then leftmost; returned in text order."""
        chosen: list[PhraseMatch[list[V]]] = []
        taken: set[int] = set()
        for m in sorted(self.find_all(words), key=lambda m: (-m.length, m.first)):
            span = set(range(m.first, m.last + 1))
            if span & taken:
                continue
            taken |= span
            chosen.append(m)
        return sorted(chosen, key=lambda m: m.first)


def _joined(words: list[Token]) -> tuple[str, dict[int, int]]:
    """' w0 w1 w2 ' and a map from the index of the space after each word to that word's index."""
    return _joined_norms(tuple(w.norm for w in words))


@functools.lru_cache(maxsize=8192)
def _joined_norms(norms: tuple[str, ...]) -> tuple[str, dict[int, int]]:
    # memoised: the same sentence is matched against several dictionaries in a row
    word_at_end: dict[int, int] = {}
    pos = 0
    for i, norm in enumerate(norms):
        pos += 1 + len(norm)
        word_at_end[pos] = i
    return " " + " ".join(norms) + " ", word_at_end
