"""Sentence spans of a paragraph; never split inside 「quoted speech」."""

from __future__ import annotations

import re

OPEN_QUOTES, CLOSE_QUOTES = "「『“", "」』”"
ENDERS = "。！？!?"
_SENTENCE_MARKS = re.compile(r"[「『“」』”。！？!?.]")
_NEXT_SENTENCE = re.compile(r" [^\sa-z0-9]")  # an English sentence opens with neither a digit nor lower case
# What a full stop closes a sentence after: a word of three letters or more, a lower-case word of two
# ("said it.", "gave up."; abbreviations of two are capitalised: Mr., St.), or a year (in August
# 2025. No …), a quote after either; not U.S., Mr. nor Feb. 1.
_ENDS_WORD = re.compile(r"(?:[A-Za-z]{3,}|(?<![A-Za-z.])(?!vs)[a-z]{2}|(?:19|20)\d\d)[\"’']?$")


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans; never splits inside 「quoted speech」."""
    spans, start, depth = [], 0, 0
    for mark in _SENTENCE_MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if i < start:
            continue
        if ch in OPEN_QUOTES:
            depth += 1
            continue
        if ch in CLOSE_QUOTES:
            depth = max(0, depth - 1)
            if not (depth == 0 and i > 0 and (text[i - 1] in ENDERS or (text[i - 1] == "." and _NEXT_SENTENCE.match(text, i + 1)))):
                continue  # 「……。」 and “…solutions.” He said close the sentence with the quote
        elif depth or (ch == "." and not (_NEXT_SENTENCE.match(text, _past_quotes(text, i + 1)) and _ENDS_WORD.search(text[start:i]))):
            continue  # not after "U.S." or "Feb. 1"; a straight quote closing after the stop ends it too ("… alone." Macron said)
        end = i + 1
        while end < len(text) and text[end] in CLOSE_QUOTES + "\"')）":
            end += 1
        spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans) or ((0, len(text)),)


def _past_quotes(text: str, i: int) -> int:
    """The index after the straight double quotes right at `i` (a quotation closing after its full
    stop; not a single quote, which closes a quotation inside one: "… told me 'we will fight.' Then …")."""
    while i < len(text) and text[i] == '"':
        i += 1
    return i
