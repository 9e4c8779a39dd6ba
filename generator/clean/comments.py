"""Readers' comments under a story, in a page copied as plain text.

A comment section is prose, often more of it than the story, so the densest run of prose (span.py)
may be the comments, and a reader's remark would then be quoted as the news. What gives a section
away is the line every comment system prints above each comment: who wrote it, and when or that
they "said" it (`jdoe says:`, `Jane Doe on March 3, 2025 at 4:47 pm said:`). Two such lines make
a section; it starts at its heading when one stands just above the first (`12 responses to "…"`,
`Comments`, `Leave a Reply`) and runs to the page's end, since what follows comments in a page is
the page's (more stories, the footer). A story that quotes someone's "says:" once is not a section,
and the section must have a story above it: a page of comments alone is left to the other rules.
"""

from __future__ import annotations

import re

from .candidates import Candidates
from .shapes import MONTH_NUMBER, is_body_like

_MONTH = "|".join(MONTH_NUMBER)  # September, sep

# jdoe says: · C. M. says: · Jane Doe on September 12, 2018 at 4:47 pm said:
COMMENTER = re.compile(r"^\S.{0,50}\s(says|said|wrote)\s*:$"
                       rf"|^.{{1,60}}\son\s+({_MONTH})\s+\d{{1,2}},?\s+\d{{4}},?\s+at\s+\d{{1,2}}:\d{{2}}\s*([ap]\.?m\.?)?(\s+said:?)?$")
# 34 responses to "…" · 10 thoughts on "…" · Comments (8) · 13 COMMENTS · Leave a Reply
SECTION_HEAD = re.compile(r"^(\d+\s+(responses?|comments?|thoughts|replies)(\s+(to|on)\s+.+)?"
                          r"|((reader|user)\s+)?comments?(\s*\(\d+\))?|leave a (reply|comment)|join the discussion)$")
MIN_COMMENTERS = 2
HEAD_REACH = 3  # lines above the first comment where the section's heading may stand


def comment_sections(c: Candidates) -> None:
    kept = c.kept()
    commenters = [i for i in kept if COMMENTER.match(c.blocks[i].text.strip().lower())]
    if len(commenters) < MIN_COMMENTERS:
        return
    start = commenters[0]
    for i in range(start - 1, max(-1, start - 1 - HEAD_REACH), -1):
        if SECTION_HEAD.match(c.blocks[i].text.strip().lower()):
            start = i
            break
    if not any(is_body_like(c.blocks[i].text) for i in kept if i < start):
        return
    for i in range(start, len(c.blocks)):
        heads = i == start or i in commenters
        c.mark(i, "comments" if heads else "after-story")
