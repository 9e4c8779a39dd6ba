"""Readers' comments under a story, in a page copied as plain text.

A comment section is prose, often more of it than the story, so the densest run of prose (span.py)
may be the comments, and a reader's remark would then be quoted as the news. What gives a section
away is its heading (`12 responses to "…"`, `Comments`, `Leave a Reply`) with, under it, the line a
comment system prints above each comment: a user's name alone and "says:" (`jdoe says:`), or a name
with the comment's date and time and "said:" (`Jane Doe on March 3, 2025 at 4:47 pm said:`). The
heading and two such lines make a section, which runs to the page's end, since what follows
comments in a page is the page's (more stories, the footer).

A story introduces quotes the same way ("Asked about territory, Zelensky says:", "Trump wrote:",
"Peskov said:") and a live blog heads its entries with a name and a time, so the name must stand
alone, "said:" needs the date and time, and nothing is taken without the heading. The section must
have a story above it (a page of comments alone is left to the other rules), and an HTML page is
left to trafilatura's main text, which has placed its comments already.
"""

from __future__ import annotations

import re

from .candidates import Candidates
from .shapes import MONTH, is_body_like

# jdoe says: · C. M. says: · Jane Doe on September 12, 2018 at 4:47 pm said:
COMMENTER = re.compile(r"^[^\s,;:!?]+(\s+[^\s,;:!?]+){0,3}\s+says:$"
                       rf"|^.{{1,60}}\son\s+{MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}},?\s+at\s+\d{{1,2}}:\d{{2}}\s*([ap]\.?m\.?)?\s+said:$")
# 34 responses to "…" · 10 thoughts on "…" · Comments (8) · 13 COMMENTS · Leave a Reply
SECTION_HEAD = re.compile(r"^(\d+\s+(responses?|comments?|thoughts|replies)(\s+(to|on)\s+.+)?"
                          r"|((reader|user)\s+)?comments?(\s*\(\d+\))?|leave a (reply|comment)|join the discussion)$")
MIN_COMMENTERS = 2
HEAD_REACH = 3  # lines above the first comment where the section's heading may stand


def comment_sections(c: Candidates) -> None:
    if not c.is_text_page():
        return
    kept = c.kept()
    commenters = [i for i in kept if COMMENTER.match(c.blocks[i].text.strip().lower())]
    if len(commenters) < MIN_COMMENTERS:
        return
    first = commenters[0]
    start = next((i for i in range(first - 1, max(-1, first - 1 - HEAD_REACH), -1)
                  if SECTION_HEAD.match(c.blocks[i].text.strip().lower())), None)
    if start is None or not any(is_body_like(c.blocks[i].text) for i in kept if i < start):
        return
    for i in range(start, len(c.blocks)):
        c.mark(i, "comments" if i == start or i in commenters else "after-story")
