"""The Markdown extension that lets the generator's HTML blocks through unparsed (generator/passthrough.py)
must change nothing a reader sees, and must keep MkDocs' anchor validation seeing the blocks' ids."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import markdown
import pytest
from mkdocs.config import load_config
from mkdocs.structure.pages import _RawHTMLPreprocessor as MkDocsCollector
from properdocs.structure.pages import _RawHTMLPreprocessor as ProperDocsCollector

from generator.passthrough import BLOCK_END, BLOCK_START

GOLDEN = Path(__file__).parent / "golden"


@lru_cache(maxsize=1)
def _project_extensions() -> tuple[tuple, dict]:
    # The project's own list, as MkDocs reads it from mkdocs.yml.
    config = load_config(str(Path(__file__).parent.parent / "mkdocs.yml"))
    return tuple(config["markdown_extensions"]), config["mdx_configs"]


def _extensions() -> tuple[list, dict]:
    names, configs = _project_extensions()
    return list(names), configs


def _convert(text: str, with_passthrough: bool) -> str:
    names, configs = _extensions()
    assert "generator.passthrough" in names
    if not with_passthrough:
        names = [n for n in names if n != "generator.passthrough"]
    return markdown.Markdown(extensions=names, extension_configs=configs).convert(text)


def _lines(html: str) -> list[str]:
    return [line for line in html.splitlines() if line.strip() and line.strip() not in (BLOCK_START, BLOCK_END)]


@pytest.mark.parametrize("page", sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md")))
def test_a_golden_page_converts_to_the_same_html_with_or_without_it(page):
    text = (GOLDEN / page).read_text(encoding="utf-8")
    assert _lines(_convert(text, True)) == _lines(_convert(text, False))


def test_a_block_is_stashed_whole_and_markdown_around_it_still_converts():
    text = f"# Title\n\n{BLOCK_START}\n\n<p id=\"p1\">*not emphasis* [not](a.md)</p>\n\n<p>two</p>\n\n{BLOCK_END}\n\nAfter *this*.\n"
    html = _convert(text, True)
    assert '<p id="p1">*not emphasis* [not](a.md)</p>' in html and "<p>two</p>" in html
    assert "<em>this</em>" in html and 'id="title"' in html
    assert "briefing-html" not in html


def test_an_unterminated_block_is_left_to_markdown():
    text = f"{BLOCK_START}\n\n<p>kept</p>\n\nAnd *this*.\n"
    html = _convert(text, True)
    assert "<p>kept</p>" in html and "<em>this</em>" in html


@pytest.mark.parametrize("engine", [MkDocsCollector, ProperDocsCollector], ids=["mkdocs", "properdocs"])
def test_ids_inside_blocks_reach_the_engines_anchor_validation(engine):
    # MkDocs and ProperDocs (<engine>/structure/pages.py) register this collector, each under its
    # own name, on every page's Markdown and validate links to anchors against what it found;
    # stashed blocks are out of its sight.
    names, configs = _extensions()
    md = markdown.Markdown(extensions=names, extension_configs=configs)
    collector = engine()
    collector._register(md)
    md.convert(f"{BLOCK_START}\n\n<p id=\"p7\" class=\"para\">x</p>\n<p hidden><span id=\"dev-a&amp;b\"></span></p>\n\n{BLOCK_END}\n\n<p id=\"outside\">y</p>\n")
    assert {"p7", "dev-a&b", "outside"} <= collector.present_anchor_ids


def test_article_text_cannot_open_a_block():
    from generator.render import html_text, md_escape

    for escape in (md_escape, html_text):
        assert not re.search(r"<!--", escape(f"{BLOCK_START} <script>x</script>"))
