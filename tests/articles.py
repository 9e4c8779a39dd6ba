"""Small corpora written for a test: a seeds folder of articles and their publication days."""

from __future__ import annotations

from pathlib import Path


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
