"""Markdown extension: the generator's own HTML blocks pass through Markdown unparsed.

Source paragraphs, claims and excerpts are raw HTML the generator has already escaped and linked
(final URLs). Python-Markdown would still run them through `html.parser` twice per page (once to
find raw blocks, once in MkDocs to collect anchor ids): most of MkDocs' time on a generated page.
The renderer writes each such block between BLOCK_START and BLOCK_END lines; this preprocessor
stashes what lies between them as one raw block, and reports the block's ids to the engine's anchor
validation (MkDocs' or ProperDocs'), which would otherwise not see them. Without the extension (another project's
mkdocs.yml) the markers are HTML comments and the blocks are parsed as before.

Article text cannot write a marker: `<` in it is always escaped.

    markdown_extensions:
      - generator.passthrough
"""

from __future__ import annotations

import html
import re

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

BLOCK_START, BLOCK_END = "<!--briefing-html-->", "<!--/briefing-html-->"
_ID = re.compile(r'\sid="([^"]*)"')
# The preprocessor that collects anchor ids from raw HTML for link validation, by engine: MkDocs 1.x
# (mkdocs/structure/pages.py) and ProperDocs, its continuation, which renamed it. Zensical has none.
ANCHOR_COLLECTORS = ("mkdocs_raw_html", "properdocs_raw_html")


class _PassThrough(Preprocessor):
    ids: set[str]  # of the blocks of the page being converted

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        block: list[str] | None = None
        self.ids = ids = set()
        for line in lines:
            if block is None:
                if line == BLOCK_START:
                    block = []
                else:
                    out.append(line)
            elif line == BLOCK_END:
                text = "\n".join(block).strip("\n")
                ids.update(html.unescape(i) for i in _ID.findall(text))
                out += ["", self.md.htmlStash.store(text), ""]
                block = None
            else:
                block.append(line)
        if block is not None:  # no end marker: leave the lines to Markdown as they were
            out += [BLOCK_START, *block]
        return out


class _ReportIds(Preprocessor):
    """Runs after MkDocs' anchor collector (which replaces its set on each run) and adds the ids."""

    def __init__(self, md: Markdown, passthrough: _PassThrough):
        super().__init__(md)
        self.passthrough = passthrough

    def run(self, lines: list[str]) -> list[str]:
        for name in ANCHOR_COLLECTORS:
            if name in self.md.preprocessors:
                self.md.preprocessors[name].present_anchor_ids |= self.passthrough.ids
        return lines


class PassThroughExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # After whitespace normalisation (30) and fenced code (25); before the engine's anchor
        # collector (21) and the raw-HTML block parser (20).
        passthrough = _PassThrough(md)
        md.preprocessors.register(passthrough, "briefing_passthrough", 24)
        md.preprocessors.register(_ReportIds(md, passthrough), "briefing_report_ids", 20.5)


def makeExtension(**kwargs) -> PassThroughExtension:  # noqa: N802 (Python-Markdown's entry point name)
    return PassThroughExtension(**kwargs)
