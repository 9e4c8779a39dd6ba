"""Which of an HTML page's blocks are its main text, by trafilatura.

trafilatura (a maintained extractor: tree pruning, link and text density, readability and jusText as
fallbacks) finds the article in a page better than rules written from a few pages: on Zyte's and
magic-html's public benchmarks it kept less furniture and lost less body than the cleaner alone
(BENCHMARKS.md, "Main-text extraction"). It returns only the text it keeps, and sometimes merges
paragraphs, so its output is not used as the article: it marks the reader's own blocks, which keep
one anchor per paragraph, and every block it leaves out is listed as removed with that reason.

A block is main text when at least half of its 3-token shingles (a token is a CJK character or a run
of other letters and digits) are found in trafilatura's output, each shingle of the output
consumed once, in document order, so that a second copy of a paragraph (a hidden summary, a
mobile copy) is not taken for the article too. A block of one or two tokens (a table cell, a list
item) is looked up whole among the output's n-grams of its length.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from dataclasses import replace

from ..model import Block

_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(f"[{_RANGES}]|[^\\W_{_RANGES}]+")
CJK_CHAR = re.compile(f"[{_RANGES}]")  # each is a token of its own (kana and hangul too)
MAIN = "main-text"  # the attribute the reader sets on each block: "1" or "0"


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def extract(html: str) -> str:
    """trafilatura's main text of a page ('' when it finds none or fails on the markup)."""
    import trafilatura  # 0.3 s to import: loaded by the first HTML page only

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return trafilatura.extract(html, include_comments=False, include_tables=True, deduplicate=False) or ""
        except Exception:  # noqa: BLE001 - a page it cannot parse is read by the cleaner alone
            return ""


def _grams(words: list[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]


# The page's chrome around its story (the HTML reader gives its blocks these tags), and with it the
# captions: what may repeat the story's words without being its paragraphs.
CHROME = frozenset({"nav", "header", "footer", "aside"})
_ASIDES = CHROME | {"figcaption"}


def flags(blocks: list[Block], main: str) -> list[bool] | None:
    """Per block, whether it is in the main text; None when trafilatura found nothing to go by."""
    words = tokens(main)
    if len(words) < 10:
        return None
    available = {n: Counter(_grams(words, n)) for n in (1, 2, 3)}
    out = [False] * len(blocks)
    # The page's own blocks claim the main text's words first, then its asides and captions: a pull
    # quote or a caption repeating a paragraph, printed above it, must not take the paragraph's place.
    order = sorted(range(len(blocks)), key=lambda i: blocks[i].tag in _ASIDES)
    for i in order:
        block = blocks[i]
        if block.tag == "img":
            continue
        mine = tokens(block.text)
        if not mine:
            continue
        n = min(len(mine), 3)
        grams = _grams(mine, n)
        pool = available[n]
        hit = sum(1 for g in grams if pool[g] > 0)
        out[i] = hit * 2 >= len(grams)
        if out[i]:
            for g in grams:
                if pool[g] > 0:
                    pool[g] -= 1
    return out


def mark(blocks: list[Block], html: str) -> list[Block]:
    """The blocks, each with MAIN set to "1" or "0"; unchanged when trafilatura found nothing (the
    cleaner then judges the page alone: a page is never emptied by the extractor)."""
    found = flags(blocks, extract(html)) if blocks else None
    if found is None or not any(found):
        return blocks
    return [replace(b, attrs=(*b.attrs, (MAIN, "1" if inside else "0"))) for b, inside in zip(blocks, found)]
