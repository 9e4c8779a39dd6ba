"""Separate an article's body from everything else a scrape carries.

A sequence of named rules, run in order over the blocks a reader produced (the shape of
markdown-it's Ruler). Each rule looks at position, line shape, repetition and list density, never
at a particular outlet's sentences, and marks the blocks it removes with its reason. A block keeps
the first reason it gets. Nothing is dropped: every removed block comes back as `Removed`.
Metadata lines (title, dateline, timestamp) are removed here too; extract.py reads their values.

The rules live by the part of the page they judge: head.py, notices.py, links.py, captions.py,
repeats.py, tail.py, authors.py, comments.py and span.py, with the line shapes they share in shapes.py. All patterns match folded
text (normalize.fold), so a Simplified or Hong Kong copy of a page loses the same lines.
"""

from __future__ import annotations

from ..model import Block, Removed
from .candidates import Candidates, Rule
from .comments import comment_sections
from .captions import captions
from .head import (browser_notice, date_prefix, dateline, markup, menu_runs, outside_main_text, page_head, standfirst, ticker,
                   timed_names, title)
from .links import inset_lists, link_lines
from .notices import site_notices, stray_stamps
from .repeats import cut_copies, duplicates, truncated_copies
from .shapes import is_sentence
from .span import outside_story, story_head, wordless
from .credits import credit_lines
from .authors import author_bio, writer_notes
from .tail import back_to_top, closing_tag, copyright_notices, footer_lines, legal_footer, tag_lines, tail_lists

__all__ = ["RULES", "clean", "is_sentence"]

RULES: tuple[Rule, ...] = (
    markup,
    date_prefix,
    browser_notice,  # before site_notices: it also takes the salutation above the notice
    site_notices,
    page_head,  # before ticker and title: once the page's head is gone, the headline comes first
    story_head,  # the same for a text page's head past page_head's reach, found from the story's run up
    ticker,
    title,
    standfirst,
    dateline,
    stray_stamps,
    outside_main_text,  # HTML pages: what trafilatura left out of the main text
    back_to_top,
    legal_footer,  # before tail_lists: a list of other stories above the footer is the page's last
    tail_lists,
    link_lines,  # after tail_lists: a labelled list keeps its label's reason, and the label goes with it
    inset_lists,  # after link_lines: a label with its headline on one line is link_lines'
    captions,  # before duplicates: a body paragraph repeating a caption is the article's, not a copy
    duplicates,
    truncated_copies,
    cut_copies,  # after the rules that place whole blocks: a cut copy of body text is a copy too
    closing_tag,  # before footer_lines: the category closes the page, the credits stand above it
    footer_lines,
    credit_lines,  # after footer_lines: the footer's run keeps its own reasons
    tag_lines,
    author_bio,
    writer_notes,  # after author_bio: the writer a bio names is the byline's too
    menu_runs,  # what every other rule left above the story
    timed_names,  # after menu_runs: a portal's stamp under the headline, once the head's runs are judged
    comment_sections,  # before outside_story: comments are prose, and must not be taken for the story's run
    copyright_notices,  # after the rules that judge lines by what is kept around them, before the cut below the story
    outside_story,  # text pages, short lines above the densest run of prose, and below it from the first line another rule took
    wordless,  # last: what is left with no letter or digit, never a sign to the rules above
)


def clean(blocks: tuple[Block, ...] | list[Block], known_title: str | None = None,
          description: str | None = None) -> tuple[list[Block], list[Removed]]:
    """(body blocks in order, removed blocks with reasons in document order)."""
    c = Candidates(list(blocks), known_title, description)
    for rule in RULES:
        rule(c)
    body = [b for b, r in zip(c.blocks, c.reasons) if r is None]
    removed = [Removed(b.text if b.tag != "img" else dict(b.attrs).get("src", b.text), r, b.line)
               for b, r in zip(c.blocks, c.reasons) if r is not None]
    removed = sorted(removed + c.extra, key=lambda r: r.line)
    return body, removed
