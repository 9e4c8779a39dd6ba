"""Small corpora written for a test: a seeds folder of articles and their publication days."""

from __future__ import annotations

import re
from pathlib import Path

from generator import build

ROOT = Path(__file__).resolve().parent.parent


def write_articles(tmp_path: Path, articles: dict[str, str], published: dict[str, str] | None = None) -> Path:
    """A seeds folder in `tmp_path` holding `articles` (file name -> text) and, in sources.yml, the
    publication day of each file `published` names."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    if published:
        (seeds / "sources.yml").write_text("".join(f"{name}:\n  published: {day}\n" for name, day in published.items()),
                                           encoding="utf-8")
    return seeds


def pages_of(seeds: Path) -> dict[str, str]:
    """The Markdown of every page a build of `seeds` with the project's briefing.yml makes, by URI."""
    return {p.uri: p.markdown for p in build(seeds, ROOT / "briefing.yml").pages}


def filed_under(month_page: str, text: str) -> str | None:
    """The day heading an excerpt holding `text` stands under on a topic's month page."""
    at = month_page.find(text)
    headings = re.findall(r"^## (\d{4}年\d+月\d+日)", month_page[:at], re.M) if at >= 0 else []
    return headings[-1] if headings else None


def days_filed(month_page: str) -> list[str]:
    """The day headings of a topic's month page."""
    return re.findall(r"^## (\d{4}年\d+月\d+日)", month_page, re.M)
