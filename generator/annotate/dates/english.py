"""English date forms, matched on folded (lower-case) text: November 25, 2025; Dec. 14; 6 January;
June 2024; in October; since 2014; the 2022 invasion; last month; this year; today."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .days import (
    day_ahead,
    day_alone,
    iso,
    month_alone,
    month_day,
    month_iso,
    safe_date,
    shifted_month,
)

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
# Full names first, so that "march" is not read as "mar"; an abbreviation may carry a full stop.
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
DOT = r"(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.|(?<=sept)\.)?"  # after an abbreviation

FRAGMENTS = (
    rf"(?P<en>\b(?P<em>{MONTH}){DOT}\s*(?P<ed>\d{{1,2}}){_ORDINAL}\b(?:,?\s*(?P<ey>\d{{4}})\b)?)",
    rf"(?P<edm>(?<![\d.,$])\b(?P<ed2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<em3>{MONTH})\b{DOT}(?:,?\s*(?P<ey3>\d{{4}})\b)?)",
    # the 13 of "13 and 14 December": its month and year come after it
    (rf"(?P<edl>(?<![\d.,$])\b(?P<ed4>\d{{1,2}}){_ORDINAL}(?=\s*(?:and|to|-|–)\s*\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?"
     rf"(?P<em6>{MONTH})\b{DOT}(?:,?\s*(?P<ey6>\d{{4}})\b)?))"),
    # "on the 16th": a day of the report's month; not "the 20th century", "on the 16th of December" (edm)
    (r"(?P<eord>\bon\s+the\s+(?P<eordd>(?P<ed5>\d{1,2})(?:st|nd|rd|th))\b(?!\s+(?:of\b|century|anniversary|round|time|"
     r"floor|day|session|point|article|amendment|meeting)))"),
    rf"(?P<emy>\b(?P<em5>{MONTH})\b{DOT}\s+(?P<ey5>{_YEAR})\b(?![\d,.]\d))",
    # last month, this year; not "the last month" or "over the last year", which are durations
    r"(?P<erel>(?<!the\s)(?<!every\s)\b(?P<erw>last|this|next)\s+(?P<eunit>month|year)\b)",
    r"(?P<eday>(?<!as\sof\s)\b(?:today|yesterday|tomorrow)\b)",  # "as of today" is a stance, not a day
    # months named through the story's last date (narrative.py)
    (r"(?P<eana>\b(?:the\s+(?P<eanw>following|next|same|previous)\s+month"
     r"|the\s+end\s+of\s+(?:the|that)\s+month|later\s+(?:in\s+the|that)\s+month|earlier\s+that\s+month)\b)"),
    # a year as an attribute: "the 2022 invasion", "Russia's 2014 annexation"; not "the 2000 troops"
    rf"(?P<eattr>(?:\bthe|\ban?|['’]s)\s+(?P<y8>{_YEAR})\s+(?=[a-z]{{2,}}[a-rt-z]\b))",
    # A month or year alone, only after a preposition ("in an October call", "since 2014"): "may",
    # "march" and bare numbers are too often something else. The surface is the month or year itself.
    (rf"(?P<eprep>\b(?P<prep>in|since|by|until|from|before|after|during|of|last|next|this|early|late|mid|between|years)[\s-]+"
     rf"(?:(?:an?|the|early|late|mid)[\s-]+)?(?:(?P<em2>{MONTH})\b(?!{DOT}\s*\d)|(?P<y7>{_YEAR})\b(?![\d,.]\d)))"),
)
GROUPS = tuple(re.match(r"\(\?P<(\w+)>", f)[1] for f in FRAGMENTS)  # one per form
SURFACES = ("em2", "y7", "y8", "eordd")
# Groups whose month name must be capitalised in the original text: "may", "march" are words.
MONTH_GROUPS = ("em", "em3", "em5", "em6", "em2")
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
WEEKDAYS = tuple(d.lower() for d in calendar.day_name)  # monday … sunday, 0 Monday as date.weekday()
WEEKDAY = "|".join(WEEKDAYS)
SHIFTS = {"last": -1, "this": 0, "next": 1}
# The next day after a day-precision date, in a range ("Jan. 23-24") or a list ("February 11 and 15",
# "December 14 and 15 last year"; not "On March 7, 10 people died").
RANGE_DAY = re.compile(r"[-–](?P<day>\d{1,2})" + _ORDINAL + r"\b(?![-–.,]?\d)")
LIST_DAY = re.compile(r"\s*(?:,|and|to|through|until|-|–)\s*(?P<day>\d{1,2})" + _ORDINAL +
                      r"\b(?=\s*$|\s*[,.;:)]|\s+(?:last|this|next|in|at|and|as|when|according)\b)")


# The later years of a list or range after a year ("in 2024 and 2025", "between 2022 and 2025", "the years
# 2026 and 2027", "2022–2025"): each later than the one before, by YEAR_SPAN at most (dates.find_dates).
LIST_YEAR = re.compile(rf"\s*(?:,|and|or|to|through|until|-|–)\s*(?P<year>{_YEAR})\b(?![\d,.]\d)")
YEAR_SPAN = 30
# A number opening a quantity's range ("from 2000 to 3000 troops", "between 2000 and 2500 soldiers",
# "from 1900 to 2000 local time"): the number after it is no later year within YEAR_SPAN.
RANGE_AFTER = re.compile(r"\s*(?:and|or|to|-|–)\s*(?P<number>\d[\d,.]*)\b")


def quantity_range(first: int, text: str, end: int) -> bool:
    """Whether the year-shaped number `first` opens a range of quantities at text[end:]."""
    after = RANGE_AFTER.match(text, end)
    if not after:
        return False
    number = after["number"].rstrip(".,")
    return not (number.isdigit() and len(number) == 4 and 0 < int(number) - first <= YEAR_SPAN)


# "December 14 and 15 last year": the year word belongs to the days before it.
YEAR_AFTER = re.compile(r"\s+(?P<word>last|this|next)\s+year\b")


def _month_day_year(g: dict) -> tuple[str, str, str | None] | None:
    """(month name, day, year or None) of a match of a month and day; None for any other form."""
    if g["en"]:
        return g["em"], g["ed"], g["ey"]
    if g["edm"]:
        return g["em3"], g["ed2"], g["ey3"]
    if g["edl"]:
        return g["em6"], g["ed4"], g["ey6"]
    return None


def month_and_day(g: dict) -> tuple[int, int] | None:
    """The month and day of a match that gives both and no year (Dec. 14, 14 December); else None."""
    found = _month_day_year(g)
    return (MONTHS[found[0]], int(found[1])) if found and not found[2] else None


# A deadline ("end the war by June", "until March") is to come, unless the sentence tells it as
# past ("By June, Russian forces had taken …").
_DEADLINE = frozenset({"by", "until", "before"})
_PAST_PERFECT = re.compile(r"\bhad\b")
# A clause that speaks of what is to come ("which diplomats hope to do in June", "could meet in May",
# "before the term expires on Feb. 3"); not "would have", "could not" (a past that did not happen)
_TO_COME = re.compile(r"\b(?:will|would(?!\s+have)|could(?!\s+(?:have|not))|hopes? to|plans? to|expected to|scheduled|set to"
                      r"|upcoming|expires?|falls)\b|['’]ll\b")
# ... and tells nothing of the past: not in the clause ("The deal that would fall apart in October was
# hailed"), nor between those words and the month ("would be their second summit since Trump took
# office in January")
_PAST_WORDS = re.compile(r"\b(?:had|was|were|did|ago)\b")
_PAST_AFTER = re.compile(r"\b(?:since|took|met|held|came|began|went|said|told|won|lost|left|fell|broke|[a-z]{3,}ed)\b")
_CLAUSE_MARKS = ",;"


def tense(text: str, sentences: tuple[tuple[int, int], ...], at: int, after: int, prep: str | None) -> int:
    """+1 when the English date text[at:after] (`prep` the preposition it opens with, if any; `sentences`
    the text's sentence spans) stands
    after a preposition of a deadline and the sentence does not tell it in the past perfect, or in a
    clause that speaks of what is to come; 0 otherwise. A date so told is ahead unless just past
    (days.month_alone, days.day_ahead)."""
    start, end = next(((a, b) for a, b in sentences if a <= at < b), (0, len(text)))
    clause = max([start] + [i + 1 for c in _CLAUSE_MARKS if (i := text.rfind(c, start, at)) >= 0])
    clause_end = min([end] + [i for c in _CLAUSE_MARKS if (i := text.find(c, after, end)) >= 0])
    if prep not in _DEADLINE:
        to_come = [m.end() for m in _TO_COME.finditer(text, clause, at)]
        return 1 if (to_come and not _PAST_WORDS.search(text, clause, clause_end)
                     and not _PAST_AFTER.search(text, to_come[-1], at)) else 0
    if not text[start:at].strip(" \"“"):  # "By June, Russian troops had reached …": the main clause's tense
        return 0 if _PAST_PERFECT.search(text, after, end) else 1
    return 0 if _PAST_PERFECT.search(text, clause, at) else 1


def resolve(g: dict, anchor: dt.date | None, tense: int = 0) -> str | None:
    """The value of an English match (`g` its groupdict) told in `tense`; None when it is not a date
    or needs a report day that is unknown."""
    if found := _month_day_year(g):
        month, day, year = found
        if year:
            return iso(safe_date(int(year), MONTHS[month], int(day)))
        if not anchor:
            return None
        return day_ahead(MONTHS[month], int(day), anchor) if tense > 0 else month_day(MONTHS[month], int(day), anchor)
    if g["eord"]:
        return day_alone(int(g["ed5"]), anchor) if anchor else None
    if g["emy"]:
        return month_iso(int(g["ey5"]), MONTHS[g["em5"]])
    if g["y8"]:
        return g["y8"] if anchor is None or int(g["y8"]) <= anchor.year + 5 else None
    if g["y7"]:
        return g["y7"] if g["prep"] not in ("of", "last", "next", "this") else None  # "a force of 2000"
    if anchor is None:
        return None
    if g["erel"]:
        shift = SHIFTS[g["erw"]]
        return month_iso(*shifted_month(anchor, shift)) if g["eunit"] == "month" else str(anchor.year + shift)
    if g["eday"]:
        return (anchor + dt.timedelta(days=RELATIVE_DAYS[g["eday"]])).isoformat()
    if g["em2"]:
        month = MONTHS[g["em2"]]
        this_month = dt.date(anchor.year, month, 1)
        if g["prep"] == "next":
            found = this_month if month > anchor.month else dt.date(anchor.year + 1, month, 1)
        elif g["prep"] == "last":
            found = this_month if month < anchor.month else dt.date(anchor.year - 1, month, 1)
        else:
            return month_alone(month, anchor, ahead=tense > 0)
        return month_iso(found.year, month)
    return None
