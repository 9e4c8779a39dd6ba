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

Many comment systems print no "says:" line, only the commenter's name over the comment. There the
heading must be a comment section's own (`[ 167 comments ]`, `Top Rated Comments`, `Leave a Reply`,
共12條評論, `10 thoughts on "…"`; not a bare "Comments" or 網友評論, which a share bar's button and a
story's own subhead say too), and the lines just under it must show two different controls of the
system, one below a first comment: Reply, Report, Rating: 36 Votes, 回覆, 舉報, a comment form's
fields (Name *, Email *). WordPress's `N thoughts on "title"` quotes the page's own headline and
needs nothing more. A story's own section about comments (public comments on a draft rule) has no
such controls under it, and an embedded post's Reply (over "Copy link") is the post's.

A comment system's form below the story ("You are commenting as …", "Your email address will not be
published", "Comments are closed"; shapes.COMMENT_FORM) opens the section too, to the page's end, when
the story's prose stands above it and little prose below; over the story, under its lede or over a
second post of a size it ends nothing, and a button ("View 12 comments") or a notice that commenting
is closed never does.
"""

from __future__ import annotations

import re

from ..normalize import fold
from .candidates import Candidates
from .shapes import COMMENT_COUNT, COMMENT_FORM, MONTH, is_body_like
from .span import WEIGHTS

# jdoe says: · C. M. says: · Jane Doe on September 12, 2018 at 4:47 pm said:
COMMENTER = re.compile(r"^[^\s,;:!?]+(\s+[^\s,;:!?]+){0,3}\s+says:$"
                       rf"|^.{{1,60}}\son\s+{MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}},?\s+at\s+\d{{1,2}}:\d{{2}}\s*([ap]\.?m\.?)?\s+said:$")
# 34 responses to "…" · 10 thoughts on "…" · Comments (8) · 13 COMMENTS · Leave a Reply
SECTION_HEAD = re.compile(r"^(\d+\s+(responses?|comments?|thoughts|replies)(\s+(to|on)\s+.+)?"
                          r"|((reader|user)\s+)?comments?(\s*\(\d+\))?|leave a (reply|comment)|join the discussion)$")
MIN_COMMENTERS = 2
HEAD_REACH = 3  # lines above the first comment where the section's heading may stand

# [ 167 comments ] · Top Rated Comments · Leave a Reply · 共243條評論 (folded: Simplified). Not a bare
# "Comments", 網友評論 or "Reader comments": a share bar's button and a story's own subhead say them too.
OWN_HEAD = re.compile(r"^((top|most|highest)[ -]rated|newest|oldest) comments$|^(leave a (reply|comment)|post a comment)$"
                      r"|^(共|已有)[1-9][\d,]*\s*[条则]?(评论|留言|跟帖)$")
GLUED_HEAD = re.compile(r"^(评论|留言|跟帖)\s*[(（]?[1-9][\d,]*[)）]?(?P<rest>\D.*)$")
# 10 thoughts on "Title" · 34 responses to "Title": WordPress's heading, quoting the story's title.
TITLED_HEAD = re.compile(r"^\d+\s+(thoughts|responses?|comments?|replies)\s+(to|on)\s+[\"“‘'](?P<title>.+)[\"”’']$")
# What a comment system prints around each comment: its controls (Reply, 回覆, 舉報) and a comment form's
# fields; not Like, 讚 or a bare "Comment", which an embedded post shows too.
APPARATUS = re.compile(r"^(reply|report|flag|rating:?\s*\d+\s*votes?|\d+\s*(votes?|points?)"
                       r"|(name|e-?mail)\s*\*|website|回覆|回复|举报|检举)$")
APPARATUS_REACH = 12  # lines under the heading where the apparatus must show:
MIN_CONTROLS = 2  # this many different controls, one below a comment
BELOW_NOTICE = 0.35  # prose a comment notice may have below it, as a share of the prose above it
EMBED_CONTROLS = re.compile(r"^(copy link|repost|retweet|read \d[\d,.]*k? (replies|more)|read more on (x|twitter|threads))$")


def comment_sections(c: Candidates) -> None:
    if not c.is_text_page():
        return
    _headed_sections(c)
    _noticed_sections(c)
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


def _headed_sections(c: Candidates) -> None:
    """A comment section known by its own heading and the apparatus under it (see above), to the page's end."""
    kept = c.kept()
    # a heading glued to the form's slogan is marked a comment notice already (notices.py); no other
    # line another rule took is a heading here (a count of comments head.py took over the story)
    heads = sorted({*kept, *(i for i, r in enumerate(c.reasons) if r == "comments"
                             and (glued := GLUED_HEAD.match(fold(c.blocks[i].text.strip()))) and COMMENT_FORM.search(glued.group("rest")))})
    for start in heads:
        n = sum(1 for i in kept if i < start)
        text = fold(c.blocks[start].text.strip())
        titled = TITLED_HEAD.match(text)
        glued = GLUED_HEAD.match(text)  # 评论 66文明上网理性发言…: a count glued to the form's slogan in a copy
        if not (titled or OWN_HEAD.match(text) or COMMENT_COUNT.match(text) or glued and COMMENT_FORM.search(glued.group("rest"))):
            continue
        if sum(max(0.0, WEIGHTS.weight(c.blocks[i].text)) for i in kept[:n]) < WEIGHTS.min_run:
            return  # a count of comments under the headline or the standfirst, over the story
        # WordPress's heading quotes the page's own headline; a story's subhead quoting a question is not one.
        own_title = bool(titled) and any(fold(c.blocks[i].text.strip()) == titled.group("title") for i in range(start))
        if own_title or _apparatus(c, start):
            for i in range(start, len(c.blocks)):
                c.mark(i, "comments" if i == start else "after-story")
            return


def _noticed_sections(c: Candidates) -> None:
    """A comment system's form below the story (shapes.COMMENT_FORM: "You are commenting as …", "Your
    email address will not be published", "Comments are closed") opens the section, to the page's
    end: below it stand the comments and the page's furniture, never more of the story (no body line
    kept below one on any page of the public benchmarks, the real-world set or the seeds; ACCURACY.md,
    round 14). An invitation to join the conversation or the site's
    comment rules may stand mid-story, so they open nothing."""
    weights = [max(0.0, WEIGHTS.weight(b.text)) if r is None else 0.0 for b, r in zip(c.blocks, c.reasons)]
    above, total = 0.0, sum(weights)
    for i in range(len(c.blocks)):
        # The story's prose above it, little below: a second post of a size under the first one's
        # "Comments are closed." stays (a much shorter one, or an update printed under the form, goes).
        # A button ("View 12 comments") opens none: it may stand anywhere, under the lede, between a
        # Q&A's answers, over a correction or a live blog's entries.
        if (c.reasons[i] == "comments" and COMMENT_FORM.search(fold(c.blocks[i].text.strip()))
                and above >= WEIGHTS.min_run and total - above <= BELOW_NOTICE * above):
            for j in range(i + 1, len(c.blocks)):
                c.mark(j, "after-story")
            return
        above += weights[i]


def _apparatus(c: Candidates, start: int) -> bool:
    """Whether the lines under a heading show two different controls of a comment system (Reply and
    Report, two votes, a form's fields), one of them below a first comment: a story's head shows a
    byline and a date once, over paragraphs with none. An embedded post's Reply (over "Copy link",
    "Read 12 replies") is the post's, and a control the page repeats counts once."""
    under = range(start + 1, min(len(c.blocks), start + 1 + APPARATUS_REACH))
    seen = 0
    controls: set[str] = set()
    again = False
    for i in under:
        line = fold(c.blocks[i].text.strip())
        if c.reasons[i] == "comments" or COMMENTER.match(line) or APPARATUS.match(line):
            if not any(EMBED_CONTROLS.match(fold(c.blocks[j].text.strip()))
                       for j in range(max(0, i - 2), min(len(c.blocks), i + 3))):
                controls.add(line)
                again = again or seen > 0
        elif c.reasons[i] is None and WEIGHTS.weight(line) > 0:
            seen += 1
    return len(controls) >= MIN_CONTROLS and again
