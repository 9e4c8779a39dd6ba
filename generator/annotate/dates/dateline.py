"""The dispatch day of a dateline (中央社柏林15日綜合外電報導, 新華社北京11月24日電, 法新社莫斯科2日電):
the day the story reports from, which relative words (今天, 昨天, 本週二) count from. Wire stories
are often posted the day after their dispatch, so the publication date can be a day late."""

from __future__ import annotations

import datetime as dt
import re

from ...model import Source
from ...normalize import fold
from . import english
from .days import in_period, latest_on_or_before, safe_date

# On folded text: agency and place, then the day and the dispatch word. 电 is no dispatch word in
# 电话 (a phone call), 电视 and the like.
DISPATCH = re.compile(
    r"(?:(?:(?P<year>\d{4})\s?年\s?)?(?P<month>\d{1,2})\s?月\s?)?(?P<day>\d{1,2})\s?日\s?(?:电(?![话视力网邮台子脑池厂])|讯|综合|专电)"
)
# A dateline opens a paragraph: at most an opening bracket and agency and place before the day.
HEAD = re.compile(r"\W{0,2}[^\s,.;:!?，。；：！？]{0,16}?(?=\d)")
HEAD_LENGTH = 28
# "KYIV, Dec 2 (Reuters) -", "MOSCOW, December 2 —": a place in capitals, the day, then the agency or a dash.
DISPATCH_EN = re.compile(rf"\W{{0,2}}[a-z][a-z .'’-]{{1,24}},\s+(?P<date>(?P<em>{english.MONTH}){english.DOT}\s*"
                         r"(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?)\s*(?:\(|[-–—])")


def _opening(folded: str, text: str) -> re.Match | None:
    """The dateline a paragraph opens with (`folded` its folded form, `text` the original, whose
    capitals tell an English dateline's place)."""
    if (found := DISPATCH_EN.match(folded)) and text[:found.start("day")].split(",")[0].isupper():
        return found
    head = HEAD.match(folded)
    found = DISPATCH.match(folded, head.end()) if head else None
    return found if found and found.end() <= HEAD_LENGTH else None


def dispatch_span(folded: str, text: str) -> tuple[int, int] | None:
    """Where a paragraph opens with a dateline, the span of its date in the folded text: a stamp,
    not an event date."""
    found = _opening(folded, text)
    return (found.span("date") if "em" in found.re.groupindex else found.span()) if found else None


def dateline_end(folded: str, text: str) -> int:
    """Where the dateline a paragraph opens with ends in the folded text (0 without one): agency,
    place and day say where the story was filed, not what it is about."""
    found = _opening(folded, text)
    return found.end() if found else 0


def dispatch_day(source: Source, published: dt.date | None,
                 period: tuple[dt.date, dt.date] | None = None) -> dt.date | None:
    """The dispatch day of the source's dateline (its byline, else the first paragraph opening with
    one): the day it writes in full (新華社莫斯科2024年11月29日電, "MOSCOW, November 29, 2024 —"), else
    resolved against the publication date, else, in an undated article, a month and day taking the
    one year the corpus's `period` holds it in (days.in_period); None without any of them."""
    bylines = [DISPATCH.search(fold(source.byline))] if source.byline else []
    openings = (_opening(fold(p.text[:HEAD_LENGTH * 2]), p.text[:HEAD_LENGTH * 2]) for p in source.paragraphs)
    found = next((f for f in [*bylines, *openings] if f), None)
    if found is None:
        return None
    if "em" in found.re.groupindex:
        month = english.MONTHS[found["em"]]
    else:
        month = int(found["month"]) if found["month"] else None
    if found["year"] and month:
        return safe_date(int(found["year"]), month, int(found["day"]))
    if published is None:
        inside = in_period(month, int(found["day"]), period) if period and month else None
        return dt.date.fromisoformat(inside) if inside else None
    return latest_on_or_before(month, int(found["day"]), published + dt.timedelta(days=1))
