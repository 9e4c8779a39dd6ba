"""Separate an article's body from everything else a scrape carries.

A sequence of named rules, run in order over the blocks a reader produced (the shape of
markdown-it's Ruler). Each rule looks at position, line shape, repetition and list density, never
at a particular outlet's sentences, and marks the blocks it removes with its reason. A block keeps
the first reason it gets. Nothing is dropped: every removed block comes back as `Removed`.
Metadata lines (title, dateline, timestamp) are removed here too; extract.py reads their values.
"""

from __future__ import annotations

from ..model import Block, Removed
from .candidates import Candidates, Rule
from .captions import captions
from .head import browser_notice, date_prefix, dateline, markup, ticker, title
from .repeats import duplicates, truncated_copies
from .shapes import is_sentence
from .tail import back_to_top, footer_lines, tail_lists

__all__ = ["RULES", "clean", "is_sentence"]

RULES: tuple[Rule, ...] = (
    markup,
    date_prefix,
    browser_notice,
    ticker,
    title,
    dateline,
    back_to_top,
    tail_lists,
    captions,  # before duplicates: a body paragraph repeating a caption is the article's, not a copy
    duplicates,
    truncated_copies,
    footer_lines,
)


def clean(blocks: tuple[Block, ...] | list[Block], known_title: str | None = None) -> tuple[list[Block], list[Removed]]:
    """(body blocks in order, removed blocks with reasons in document order)."""
    c = Candidates(list(blocks), known_title)
    for rule in RULES:
        rule(c)
    body = [b for b, r in zip(c.blocks, c.reasons) if r is None]
    removed = [Removed(b.text if b.tag != "img" else dict(b.attrs).get("src", b.text), r, b.line)
               for b, r in zip(c.blocks, c.reasons) if r is not None]
    removed = sorted(removed + c.extra, key=lambda r: r.line)
    return body, removed
