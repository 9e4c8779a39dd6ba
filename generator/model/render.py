"""What rendering makes: pages, and the build's result."""

from __future__ import annotations

from dataclasses import dataclass

from .compose import Briefing
from .problems import Problem


@dataclass(frozen=True)
class Page:
    uri: str  # e.g. "topics/territory.md", relative to docs_dir
    markdown: str


@dataclass(frozen=True)
class BuildResult:
    pages: tuple[Page, ...]
    problems: tuple[Problem, ...]
    briefing: Briefing | None

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")
