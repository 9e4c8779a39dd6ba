"""The blocks under judgement and the reasons the rules have given them so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..model import Block, Removed
from ..readers.main_text import MAIN
from .shapes import is_body_like, is_stamp

# Rules that judge a block by where it stands on the page (a ticker above the headline, a list
# after the story), by a label's words (優惠, sale) or by repetition yield to trafilatura's main
# text on HTML pages: it has placed the block already, and inside it these rules removed more
# body than furniture on the public benchmarks (BENCHMARKS.md, "Main-text extraction").
YIELD_TO_MAIN_TEXT = frozenset({"ticker", "trailing-list", "advertising", "duplicate", "truncated-copy", "menu"})


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
        if self.reasons[i] is None and not (reason in YIELD_TO_MAIN_TEXT and dict(self.blocks[i].attrs).get(MAIN) == "1"):
            self.reasons[i] = reason

    def is_text_page(self) -> bool:
        """A page with no main text marked (plain text, Markdown, or an HTML page where trafilatura
        found none): the rules that find the story's run judge it; otherwise trafilatura has."""
        return not any(MAIN in dict(b.attrs) for b in self.blocks)

    def is_stamp_line(self, i: int) -> bool:
        """A block a stamp rule took (timestamp, dateline, byline) or shaped like one."""
        return self.reasons[i] in ("timestamp", "dateline", "byline") or is_stamp(self.blocks[i].text)

    def first_body(self) -> int | None:
        return next((i for i in self.kept() if is_body_like(self.blocks[i].text)), None)


Rule = Callable[[Candidates], None]
