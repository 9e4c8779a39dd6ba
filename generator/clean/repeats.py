"""Blocks that repeat another: verbatim copies and teasers cut with an ellipsis."""

from __future__ import annotations

import re

from ..normalize import fold
from .candidates import Candidates
from .shapes import ELLIPSIS_END, POST_SIGN_OFF, is_sentence

MIN_CUT_COPY = 15  # characters; shorter starts are common to unrelated lines
CUT_COPY_SCAN = 8  # sorted neighbours looked at: copies of one block sort together


# A lettered or numbered item (B. …, 2) …, 3、…): a list the story repeats, a quiz's option given
# again as its answer, a recap's point.
ITEM = re.compile(r"\s*([A-Ha-h]|[0-9]{1,2})(?:[.)]\s+|、\s*)\S")


def duplicates(c: Candidates) -> None:
    """A block that repeats an earlier kept one, or the title, word for word (a caption printed
    twice, the title again), not an item of a list the story gives again (`_own_item`). A repeat of
    a removed caption is body: it was the caption's source.
    (Inside an HTML page's main text the extractor kept one copy of each block already, and a line
    repeated there, a recipe's step or a table's value, is the story's: see YIELD_TO_MAIN_TEXT.)"""
    seen: set[str] = set()
    for i, block in enumerate(c.blocks):
        key = _key(c, i)
        # an embedded post's sign-off repeats when one account posted twice that day: each signs its post
        if key in seen and c.reasons[i] is None and not POST_SIGN_OFF.match(fold(block.text.strip())) and not _own_item(c, i, seen):
            c.mark(i, "duplicate")
        if c.reasons[i] in (None, "title", "duplicate"):
            seen.add(key)


def truncated_copies(c: Candidates) -> None:
    """A block cut with `...` whose start is the start of a neighbouring block: a teaser copy."""
    for i, block in enumerate(c.blocks):
        match = ELLIPSIS_END.search(block.text.strip())
        if not match:
            continue
        stem = block.text.strip()[: match.start()].rstrip()
        if len(stem) < 10:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(c.blocks) and j != i and c.blocks[j].text.strip().startswith(stem) and len(c.blocks[j].text) > len(stem) + 3:
                c.mark(i, "truncated-copy")


def cut_copies(c: Candidates) -> None:
    """A block that stops mid-sentence where another block goes on word for word: a copy cut short
    (a page excerpt ending inside a repeated caption). Taken when the whole copy is furniture, or
    when the cut one ends the page; a heading that opens a paragraph's first words stays."""
    keys = sorted((re.sub(r"\s+", "", b.text), i) for i, b in enumerate(c.blocks))
    kept = c.kept()
    last = kept[-1] if kept else None
    for n, (key, i) in enumerate(keys):
        if len(key) < MIN_CUT_COPY or is_sentence(key) or c.reasons[i] is not None:
            continue
        # Sorted, the blocks starting with `key` come right after it (past its own copies).
        longer = [j for k, j in keys[n + 1:n + 1 + CUT_COPY_SCAN] if k.startswith(key) and k != key]
        if any(c.reasons[j] is not None for j in longer) or (longer and i == last):
            c.mark(i, "truncated-copy")


def _key(c: Candidates, i: int) -> str:
    return re.sub(r"\s+", "", c.blocks[i].text)


def _own_item(c: Candidates, i: int, seen: set[str]) -> bool:
    """A repeated item the story gives again (a quiz's option as its answer, a recap's point): a
    lettered or numbered line whose list the page holds (a neighbouring mark, A and B, 2 and 3, so
    not "E. coli"), not inside a copied block (the line above its run of items, a list's label, was
    not itself a copy, nor is the line after it: a most-read list or a page printed twice)."""
    if not (item := ITEM.match(c.blocks[i].text)):
        return False
    mark = item.group(1)
    near = {chr(ord(mark) - 1), chr(ord(mark) + 1)} if mark.isalpha() else {str(int(mark) - 1), str(int(mark) + 1)}
    if not any((other := ITEM.match(b.text)) and other.group(1) in near for b in c.blocks):
        return False
    above = i
    while above > 0 and ITEM.match(c.blocks[above - 1].text):
        above -= 1
    if above > 0 and c.reasons[above - 1] == "duplicate":
        return False
    return not (i + 1 < len(c.blocks) and not ITEM.match(c.blocks[i + 1].text) and _key(c, i + 1) in seen)
