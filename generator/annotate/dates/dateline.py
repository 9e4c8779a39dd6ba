"""The dispatch day of a dateline (中央社柏林15日綜合外電報導, 新華社北京11月24日電, 法新社莫斯科2日電):
the day the story reports from, which relative words (今天, 昨天, 本週二) count from. Wire stories
are often posted the day after their dispatch, so the publication date can be a day late."""

from __future__ import annotations

import datetime as dt
import re

from ...model import Source
from ...normalize import fold
from .days import latest_on_or_before

# On folded text: agency and place, then the day and the dispatch word. 电 is no dispatch word in
# 电话 (a phone call), 电视 and the like.
DISPATCH = re.compile(
    r"(?:(?P<month>\d{1,2})\s?月\s?)?(?P<day>\d{1,2})\s?日\s?(?:电(?![话视力网邮台子脑池厂])|讯|综合|专电)"
)
# A dateline opens a paragraph: at most an opening bracket and agency and place before the day.
HEAD = re.compile(r"\W{0,2}[^\s,.;:!?，。；：！？]{0,16}?(?=\d)")
HEAD_LENGTH = 28


def dispatch_span(folded: str) -> tuple[int, int] | None:
    """Where a paragraph opens with a dateline, the span of its date (not an event date)."""
    head = HEAD.match(folded)
    if not head:
        return None
    found = DISPATCH.match(folded, head.end())
    return found.span() if found and found.end() <= HEAD_LENGTH else None


def dispatch_day(source: Source, published: dt.date | None) -> dt.date | None:
    """The dispatch day of the source's dateline (its byline, else the first paragraph opening with
    one), resolved against the publication date; None without either."""
    if published is None:
        return None
    heads = ([fold(source.byline)] if source.byline else []) + [fold(p.text[:HEAD_LENGTH]) for p in source.paragraphs]
    for index, head in enumerate(heads):
        found = DISPATCH.search(head) if index == 0 and source.byline else _opening(head)
        if found:
            month = int(found["month"]) if found["month"] else None
            return latest_on_or_before(month, int(found["day"]), published + dt.timedelta(days=1))
    return None


def _opening(folded: str) -> re.Match | None:
    span = dispatch_span(folded)
    return DISPATCH.match(folded, span[0]) if span else None
