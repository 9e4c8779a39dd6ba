"""Folding for matching only: display always keeps the source's own text.

`fold` maps Traditional/Simplified and Taiwan/Hong Kong/mainland character variants to one
Simplified form (OpenCC), full-width forms to ASCII (NFKC) and Latin letters to lower case, one
input character at a time, so every match on the folded text maps back to an exact span of the
original. Transliteration variants (普丁/普京, 魏科夫/威特科夫) are not character variants; they meet
through the gazetteer's aliases, matched by an Aho-Corasick automaton over folded text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, Iterable, TypeVar

import ahocorasick
import opencc

T2S = opencc.OpenCC("t2s.json")  # also extract.detect_language's
_HK2S = opencc.OpenCC("hk2s.json")
_TW2S = opencc.OpenCC("tw2s.json")

# Zero-width characters carry no meaning for matching; they fold to nothing.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    if ch in _INVISIBLE:
        return ""
    text = unicodedata.normalize("NFKC", ch).casefold()
    if text and ord(text[0]) >= 0x2E80:  # CJK: fold regional variants, then script
        text = T2S.convert(_TW2S.convert(_HK2S.convert(text)))
    return text


@dataclass(frozen=True)
class Folded:
    text: str
    origin: tuple[int, ...] | None  # origin[i] = original index of folded character i; None: identity
    length: int  # length of the original text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded slice [start, end)."""
        if self.origin is None:
            return start, end
        o_start = self.origin[start]
        o_end = self.origin[end] if end < len(self.origin) else self.length
        return o_start, o_end


class _Table(dict):
    """The str.translate table: a character's fold is computed the first time it is met (translate
    asks the table for every character, and a dict subclass answers a missing one with __missing__)."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(chr(code))
        if len(folded) != 1:
            _NOT_ONE_TO_ONE.add(chr(code))
        return folded


_TABLE = _Table()
_NOT_ONE_TO_ONE: set[str] = set()  # characters that fold to none or several characters


def fold_map(text: str) -> Folded:
    folded = text.translate(_TABLE)
    if _NOT_ONE_TO_ONE.isdisjoint(text):
        return Folded(folded, None, len(text))
    origin: list[int] = []
    for i, ch in enumerate(text):
        origin.extend([i] * len(_TABLE[ord(ch)]))
    return Folded(folded, tuple(origin), len(text))


# A link (or an image, after !) in Markdown's syntax, [words](target): the cleaner weighs a line by
# it (clean/links.py); a page crawled to Markdown and saved as text shows it, and eval matches its
# labels, as the link's words (markdown_words).
MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\(([^()]*(\([^()]*\))?[^()]*)\)")


# Strong or emphasised words in Markdown's syntax (**Growing rift.**, __Kyiv__, _Foreign Policy_), which the
# same crawl leaves in: the markers go, the words stay. A lone * or _ (a footnote, a file_name) is kept.
# Each marker stands outside a Latin word, so a censored word stays as written (bull****, f**k);
# Chinese runs into it (烏克蘭總統**澤倫斯基**15日).
MD_EMPHASIS = re.compile(r"(?<![A-Za-z*])\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*(?![A-Za-z*])"
                         r"|(?<![A-Za-z0-9_])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![A-Za-z0-9_])"
                         r"|(?<![A-Za-z0-9_*])_(?=[^\s_])([^_\n]*?[^\s_])_(?![A-Za-z0-9_*])")


def markdown_words(text: str) -> str:
    """`text` with each web link in Markdown's syntax as its words, and strong or emphasised words
    without their markers; images and other targets kept."""
    text = MD_LINK.sub(lambda m: m.group(1) if m.group(0)[0] == "[" and m.group(2).startswith(("http://", "https://"))
                       and m.group(1).strip() else m.group(0), text)
    return MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text) if ("*" in text or "_" in text) else text


@lru_cache(maxsize=4096)  # cleaning folds each line once per rule, matching the same short names again and again
def fold(text: str) -> str:
    return text.translate(_TABLE)


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


V = TypeVar("V")


class Matcher(Generic[V]):
    """Finds folded keys in folded text: leftmost-longest, non-overlapping.

    Keys that begin or end with a Latin letter or digit match only at word boundaries, so that
    "Vance" does not fire inside "advance". Each key carries a value (entity id, topic term).
    """

    def __init__(self, entries: Iterable[tuple[str, V]]):
        self._values: dict[str, list[V]] = {}
        for key, value in entries:
            folded = fold(key).strip()
            if folded:
                self._values.setdefault(folded, []).append(value)
        self._automaton = ahocorasick.Automaton()
        for folded in sorted(self._values):
            self._automaton.add_word(folded, folded)
        if self._values:
            self._automaton.make_automaton()

    def find(self, folded: Folded, overlapping: bool = False) -> list[tuple[int, int, list[V]]]:
        """(start, end, values) in original-text offsets. A key that fails its word boundary gives
        way to a shorter one inside it ("Volodymyr Zelenskyy": "zelenskyy", not "volodymyr zelensky").
        `overlapping`: every key found, a shorter one inside a longer one too, leftmost first."""
        if not self._values:
            return []
        text = folded.text
        candidates = []
        for end_index, key in self._automaton.iter(text):
            start, end = end_index - len(key) + 1, end_index + 1
            if _is_word_char(key[0]) and start > 0 and _is_word_char(text[start - 1]):
                continue
            if _is_word_char(key[-1]) and end < len(text) and _is_word_char(text[end]):
                continue
            candidates.append((start, -end, key))
        found, taken = [], 0
        for start, negative_end, key in sorted(candidates):  # leftmost, then longest; no overlaps
            if start < taken and not overlapping:
                continue
            taken = max(taken, -negative_end)
            o_start, o_end = folded.span(start, -negative_end)
            found.append((o_start, o_end, self._values[key]))
        return found
