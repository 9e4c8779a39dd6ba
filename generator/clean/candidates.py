"""The blocks under judgement and the reasons the rules have given them so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..model import Block, Removed
from .shapes import is_body_like


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
        if self.reasons[i] is None:
            self.reasons[i] = reason

    def first_body(self) -> int | None:
        return next((i for i in self.kept() if is_body_like(self.blocks[i].text)), None)


Rule = Callable[[Candidates], None]
