"""Search queries from hand labels: every spelling the labels give a person is a query, and it
should find the source page of every article whose labels name that person.

    gold labels (tests/gold/LABELLING.md) + `briefing export` of the same seeds folder
      --pages_by_file--> article file -> site page
      --derive--> GoldQueries (query, persons, expected pages, pages naming them in boilerplate only)

The expectations come from the labels alone, never from the generator's mentions, so a spelling
the gazetteer does not know yet is still a query and counts as a miss until search finds it.
scripts/search_table.py runs the queries in Chromium (`--gold DIR --seeds DIR`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .config import BriefingConfig
from .evaluate import Gold, GoldArticle, alignment_key

# Paragraph kinds the site shows as the article (body and headings on the source page, the title
# as its heading). Boilerplate is only listed among the removed lines.
SHOWN = ("body", "heading", "title")


@dataclass(frozen=True)
class GoldQuery:
    query: str  # the spelling as the labels write it
    persons: tuple[str, ...]  # entity ids written this way (two persons may share a spelling)
    expected: tuple[str, ...]  # site paths of the pages whose article names one of them where shown
    boilerplate_only: tuple[str, ...]  # pages naming them only in boilerplate: neither expected nor wrong


@dataclass(frozen=True)
class GoldQueries:
    queries: tuple[GoldQuery, ...]
    judged: frozenset[str]  # pages of labelled articles: only these can be wrong results
    unplaced: tuple[str, ...]  # labelled files with no page on the site (their labels are not used)


def source_path(source: dict) -> str:
    """An exported source's site path: `sources/003_….md` → `sources/003_…/`."""
    page = source.get("page") or f"sources/{source['id']}.md"
    return page.removesuffix(".md") + "/"


def _body_keys(article: GoldArticle) -> list[str]:
    return [k for k in (alignment_key(p.text)[0] for p in article.paragraphs if p.kind == "body") if k]


def pages_by_file(data: dict, gold: Gold) -> tuple[dict[str, str], list[str]]:
    """Article file → site page, from the export (which numbers clashing ids). A labelled file the
    export lacks was skipped as a copy of an earlier article; it goes to the page whose text holds
    most of its labelled body paragraphs (more than half), else it is unplaced."""
    pages = {s["file"]: source_path(s) for s in data["sources"]}
    texts = {source_path(s): "".join(alignment_key(p["text"])[0] for p in s["paragraphs"]) for s in data["sources"]}
    unplaced = []
    for article in gold.articles:
        if article.file in pages:
            continue
        keys = _body_keys(article)
        held = sorted(((sum(k in text for k in keys), page) for page, text in texts.items()), reverse=True)
        best = held[0] if held else (0, "")
        tie = len(held) > 1 and held[1][0] == best[0]
        if keys and best[0] * 2 > len(keys) and not tie:
            pages[article.file] = best[1]
        else:
            unplaced.append(article.file)
    return pages, unplaced


def spelling_key(surface: str) -> str:
    """One query per spelling: width and case do not make another spelling, script does."""
    return " ".join(unicodedata.normalize("NFKC", surface).casefold().split())


def derive(gold: Gold, config: BriefingConfig, data: dict) -> GoldQueries:
    kinds = {**gold.kinds, **{e.id: e.kind for e in config.entities}}
    pages, unplaced = pages_by_file(data, gold)
    spellings: dict[str, set[str]] = {}  # spelling key → the surfaces as written
    persons: dict[str, set[str]] = {}  # spelling key → person ids
    shown: dict[str, set[str]] = {}  # person → pages naming them where the site shows the article
    anywhere: dict[str, set[str]] = {}  # person → pages naming them in any paragraph
    for article in gold.articles:
        page = pages.get(article.file)
        if page is None:
            continue
        for p in article.paragraphs:
            for entity, surfaces in p.entities.items():
                if kinds.get(entity) != "person":
                    continue
                anywhere.setdefault(entity, set()).add(page)
                if p.kind not in SHOWN:
                    continue
                shown.setdefault(entity, set()).add(page)
                for surface in surfaces:
                    key = spelling_key(surface)
                    spellings.setdefault(key, set()).add(surface)
                    persons.setdefault(key, set()).add(entity)
    queries = []
    for key in sorted(spellings):
        ids = tuple(sorted(persons[key]))
        expected = set().union(*(shown[e] for e in ids))
        named = set().union(*(anywhere[e] for e in ids))
        queries.append(GoldQuery(min(spellings[key]), ids, tuple(sorted(expected)), tuple(sorted(named - expected))))
    judged = frozenset(pages[a.file] for a in gold.articles if a.file in pages)
    return GoldQueries(tuple(queries), judged, tuple(unplaced))
