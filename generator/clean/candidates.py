"""The blocks under judgement and the reasons the rules have given them so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

from ..model import Block, Removed
from ..readers.main_text import MAIN
from .lists import timeline_heads
from .shapes import is_body_like, is_sentence, is_stamp

SHORT_RUN = 3  # lines in a row each closed as a sentence: a story told a short sentence a line

# Rules that judge a block by where it stands on the page (a ticker above the headline, a list
# after the story), by a label's words (優惠, sale) or by repetition yield to trafilatura's main
# text on HTML pages: it has placed the block already, and inside it these rules removed more
# body than furniture on the public benchmarks (BENCHMARKS.md, "Main-text extraction").
YIELD_TO_MAIN_TEXT = frozenset({"ticker", "trailing-list", "advertising", "duplicate", "truncated-copy", "menu"})
# What a timeline's own date lines are taken for by rules that read them alone: a stamp, a copy (two
# entries of one day).
TIMELINE_SPARED = frozenset({"timestamp", "dateline", "duplicate"})


@dataclass
class Candidates:
    blocks: list[Block]
    known_title: str | None = None  # from the format's metadata or sources.yml
    description: str | None = None  # the page's own summary (front matter), often repeated as a standfirst
    reasons: list[str | None] = field(default_factory=list)
    extra: list[Removed] = field(default_factory=list)  # parts cut from a kept block

    def __post_init__(self) -> None:
        self.reasons = [None] * len(self.blocks)

    def kept(self) -> list[int]:
        return [i for i, r in enumerate(self.reasons) if r is None]

    def mark(self, i: int, reason: str) -> None:
        if self.reasons[i] is None and not (reason in YIELD_TO_MAIN_TEXT and dict(self.blocks[i].attrs).get(MAIN) == "1") \
                and not (reason in TIMELINE_SPARED and i in self.timeline):
            self.reasons[i] = reason

    @cached_property
    def timeline(self) -> set[int]:
        """The blocks heading a timeline's entries (lists.timeline_heads): the story's dates, never a
        stamp or a copy, whatever rule would take them for one."""
        return timeline_heads([b.text for b in self.blocks])

    def is_text_page(self) -> bool:
        """A page with no main text marked (plain text, Markdown, or an HTML page where trafilatura
        found none): the rules that find the story's run judge it; otherwise trafilatura has."""
        return not any(MAIN in dict(b.attrs) for b in self.blocks)

    def is_stamp_line(self, i: int) -> bool:
        """A block a stamp rule took (timestamp, dateline, byline) or shaped like one."""
        return self.reasons[i] in ("timestamp", "dateline", "byline") or is_stamp(self.blocks[i].text)

    def first_body(self) -> int | None:
        return next((i for i in self.kept() if is_body_like(self.blocks[i].text)), None)

    def told_in_short_lines(self) -> bool:
        """A page whose story has no paragraph of prose (fewer than two lines a paragraph's length): told
        a short sentence a line. Only there do runs of short closed lines stand for the story's prose; on
        other pages such runs are teasers, comments or a listing under the story."""
        return sum(1 for i in self.kept() if is_body_like(self.blocks[i].text)) < 2

    def short_runs(self, lines: list[int]) -> set[int]:
        """Those of `lines` (kept, in order) in a run of SHORT_RUN or more each closed as a sentence, on a
        page told in short lines (a comment section's lines stand between names and buttons)."""
        if not self.told_in_short_lines():
            return set()
        found: set[int] = set()
        run: list[int] = []
        for i in [*lines, None]:
            if i is not None and i in self.timeline:
                continue  # a timeline's date between its entries neither ends a run nor adds to it
            if i is not None and is_sentence(self.blocks[i].text):
                run.append(i)
                continue
            if len(run) >= SHORT_RUN:
                found.update(run)
            run = []
        return found

    def first_story(self, after: int = -1) -> int | None:
        """The story's first line after line `after`: a paragraph of prose, or the first of SHORT_RUN kept
        lines in a row each closed as a sentence (美烏23日在日內瓦會談。/ 雙方發表聯合聲明。/ 但難題還在後面。),
        as a story told a short sentence a line begins."""
        short = self.told_in_short_lines()
        run: list[int] = []
        for i in self.kept():
            if i <= after or i in self.timeline:
                continue
            text = self.blocks[i].text.strip()
            if is_body_like(text):
                return run[0] if run else i
            if not short:
                continue
            run = run + [i] if is_sentence(text) else []
            if len(run) >= SHORT_RUN:
                return run[0]
        return None


Rule = Callable[[Candidates], None]
