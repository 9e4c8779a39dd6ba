"""English narrative time: a date without a year in a sentence told in the past cannot lie ahead of
the report ("the talks ended on March 7" in a February article), so it follows the story's last
date ("in February 2022 … ending on March 7"), else the latest such day; and "the following month",
"later in the month" name a month only through the story's last date."""

from __future__ import annotations

import datetime as dt
import re

from . import english
from .days import iso, month_iso, safe_date, shifted_month

# A sentence is told in the past when a past verb is in it and nothing speaks of now or later.
# Words in -ed that are no past verb ("the United States", "armed forces", "a proposed summit") do
# not count: moving a date back a year needs clear evidence.
_PAST = re.compile(r"\b(?!(?:united|hundred|indeed|need|speed|seed|feed|proceed|succeed|exceed|armed|based|"
                   r"limited|detailed|advanced|proposed|alleged|related|unprecedented|renewed|red|bed|shed)\b)"
                   r"(?:was|were|had|did|met|held|came|took|began|went|said|told|saw|made|left|gave|sent|"
                   r"became|won|lost|fell|led|ran|spoke|wrote|[a-z]{3,}ed)\b")
# Now or later: future and modal words, deadlines, and the present of the verbs a schedule uses
# ("the summit, announced last week, takes place on March 2").
_NOT_PAST = re.compile(r"\b(?:will|would|shall|is|are|am|be|going|set|scheduled|expected|plans?|planned|planning|"
                       r"due|upcoming|next|by|until|deadline|ahead|wants?|hopes?|aims?|seeks?|must|should|needs?|"
                       r"(?:to\s+)?(?:take|meet|hold|open|start|begin|resume|return|arrive|travel|visit|convene|host|"
                       r"sign|run|last)s?)\b|['’]ll\b")
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")

_SHIFT = {"following": 1, "next": 1, "previous": -1}


def narrate(match: re.Match, value: str | None, folded: str, reported: dt.date | None, earlier: str | None) -> str | None:
    """The value of an English match once the story's time is known: `earlier` is the story's last
    date before it."""
    if reported is None:
        return value
    past = match["prep"] == "since" or folded[:match.start()].endswith("since ") or told_in_past(
        sentence_at(folded, *match.span()))
    if match["eana"]:
        if past:
            return anaphoric_month(match["eanw"], earlier)
        return None if match["eanw"] else month_iso(reported.year, reported.month)  # by the end of the month
    yearless = (match["en"] and not match["ey"]) or (match["edm"] and not match["ey3"]) or (
        match["edl"] and not match["ey6"]) or (match["em2"] and match["prep"] not in ("last", "next"))
    if not (yearless and value and past and value > reported.isoformat()[:len(value)]):
        return value
    month = english.MONTHS[match["em"] or match["em3"] or match["em6"] or match["em2"]]
    day = match["ed"] or match["ed2"] or match["ed4"]
    return past_day(month, int(day) if day else None, reported, earlier)


def sentence_at(folded: str, start: int, end: int) -> str:
    head = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    tail = _SENTENCE_END.search(folded, end)
    return folded[head:tail.end() if tail else len(folded)]


def told_in_past(sentence: str) -> bool:
    return bool(_PAST.search(sentence)) and not _NOT_PAST.search(sentence)


def past_day(month: int, day: int | None, anchor: dt.date, earlier: str | None) -> str | None:
    """A month and day (or a month alone) told in the past: its first occurrence after the story's
    last date (month precision or finer) if that is not after the report, else its latest
    occurrence up to the report."""
    start = dt.date.fromisoformat((earlier + "-01")[:10]) if earlier else None
    candidates = [d for y in range(min(start.year if start else anchor.year, anchor.year - 1), anchor.year + 1)
                  if (d := safe_date(y, month, day or 1)) and d <= anchor]
    after = [d for d in candidates if start and d >= start]
    found = after[0] if after else max(candidates, default=None)
    if found is None:
        return None
    return iso(found) if day else month_iso(found.year, month)


def anaphoric_month(word: str | None, earlier: str | None) -> str | None:
    """'the following month' after June 2023 is 2023-07; needs a last date of month precision."""
    if not earlier or len(earlier) < 7:
        return None
    return month_iso(*shifted_month(dt.date.fromisoformat(earlier[:7] + "-01"), _SHIFT.get(word, 0)))
