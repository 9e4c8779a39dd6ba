"""Dates in a paragraph, resolved to the precision the text gives (YYYY-MM-DD, YYYY-MM, YYYY)
against the day the text reports from: the dateline's dispatch day, else the publication date.

    chinese.py   Chinese forms          english.py    English forms
    days.py      calendar arithmetic    dateline.py   the dispatch day of a dateline
                                        narrative.py  English dates told in the past, "the following month"
    said.py      the day words were said where no date tells it: a weekday beside the verb of saying;
                 and the days a clause only counts from (since Jan. 16), which are no such day
"""

from __future__ import annotations

import datetime as dt
import re

from ...model import AnnotatedParagraph, DateRef
from ...normalize import Folded, fold
from ...prefilter import compile_with_start
from ..sentences import split_sentences
from . import chinese, english, narrative
from .dateline import dispatch_day, dispatch_span
from .days import in_period, iso, safe_date

__all__ = ["DATE_PATTERN", "dispatch_day", "find_dates", "resolve_date", "story_day", "story_time"]

# Matched on folded text (Simplified, half-width digits, lower case). Earlier alternatives win.
# (compile_with_start: the same matches, found without trying every alternative at every character.)
DATE_SOURCE = "|".join((
    r"(?P<iso>(?<!\d)(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?!\d))",
    *chinese.FRAGMENTS,
    *english.FRAGMENTS,
))
DATE_PATTERN = compile_with_start(DATE_SOURCE)
_SURFACES = chinese.SURFACES + english.SURFACES
_MAY_HOLD_DATE = re.compile(r"\d|[天日月年昨周]|星期|礼拜|today|yesterday|tomorrow|month|year|" + english.MONTH)
LIST_GAP = re.compile(r"\s*[、,和至到~-]\s*")  # between the days of 10月3、4日
_SENTENCE_START = re.compile(r"(?:^|[.!?\"“”]\s*)$")
# A full date followed by a time of day is a publication stamp (2026-04-17 19:18), not an event.
_STAMP_TIME = re.compile(r"\s*[,|]?\s*\d{1,2}:\d{2}")
_FULL_DATES = ("iso", "ymd", "ey", "ey3")


def resolve_date(match: re.Match, reported: dt.date | None, tense: int = 0) -> str | None:
    """The value of a DATE_PATTERN match against the day the text reports from; None when the
    match is no date or needs that day and it is unknown. `tense`: +1 when an English date is told
    as ahead (english.tense, which reads the original text)."""
    g = match.groupdict()
    if g["iso"]:
        return iso(safe_date(int(g["iy"]), int(g["im"]), int(g["id"])))
    if match.lastgroup in chinese.GROUPS:
        return chinese.resolve(g, reported, chinese.tense(match, match.string))
    return english.resolve(g, reported, tense)


def find_dates(folded: Folded, text: str, reported: dt.date | None, earlier: str | None = None,
               period: tuple[dt.date, dt.date] | None = None, sentences: tuple[tuple[int, int], ...] = ()) -> list[DateRef]:
    """Every date in `text` (its folded form `folded`), with its surface in the original.
    `earlier`: the story's clock before this paragraph (story_time), for English narrative time.
    `period`: with no day to report from, when the corpus's dated articles were published; a month
    and day inside it only once takes that year (days.in_period). With a day to report from too, that
    day was itself read in the period (an undated article's dateline, dispatch_day), so each date
    counted from it is inferred as well."""
    found: list[DateRef] = []
    if not _MAY_HOLD_DATE.search(folded.text):
        return found
    dateline = dispatch_span(folded.text, text)
    previous: tuple[dt.date, int] | None = None  # the last day-precision date and its end, for lists
    taken = 0  # end of the text already read as part of a date
    clock = None  # this paragraph's last date, a year or finer, for the period's guard
    for match in DATE_PATTERN.finditer(folded.text):
        if match.start() < taken:
            continue
        if dateline and match.start() < dateline[1] and match.end() > dateline[0]:
            continue  # the dateline's day is a stamp, not an event
        if not _reads_as_date(match, text, folded):
            continue
        if match.group("y7") and english.quantity_range(int(match.group("y7")), folded.text, match.end()):
            continue  # "from 2000 to 3000 troops": a number of them, not a year
        if match.lastgroup in english.GROUPS:
            sentences = sentences or split_sentences(text)  # once a paragraph, for english.tense
            ahead = english.tense(text, sentences, *folded.span(*match.span()), match["prep"])
        else:
            ahead = 0
        value = resolve_date(match, reported, ahead)
        # the year taken from the period, or from a report day that was (a date that writes no year)
        inferred = bool(value and reported and period and resolve_date(match, None) is None)
        if value is None and reported is None and period is not None:
            value = _in_period(match, period, clock)
            inferred = value is not None
        if match.lastgroup in english.GROUPS:
            value = narrative.narrate(match, value, folded.text, reported, earlier)
        if match.group("d") and previous and LIST_GAP.fullmatch(folded.text[previous[1]:match.start()]):
            value = iso(safe_date(previous[0].year, previous[0].month, int(match.group("d5"))))  # 10月3、4日
            inferred = found[-1].inferred
        if not value:
            continue
        surface = next((name for name in _SURFACES if match.group(name)), 0)
        start, end = folded.span(*match.span(surface))
        found.append(DateRef(value, text[start:end], start, end, inferred))
        earlier = value if len(value) >= 7 else earlier
        clock = value  # a year too: 2024年俄軍發動攻勢，10月7日…'s clock is 2024
        previous = (dt.date.fromisoformat(value), match.end()) if len(value) == 10 else None
        if len(value) == 4 and (match.group("y7") or match.group("y8")):
            taken = match.end()
            while listed := english.LIST_YEAR.match(folded.text, taken):  # "in 2024 and 2025", "2022–2025"
                if not 0 < int(listed["year"]) - int(found[-1].date) <= english.YEAR_SPAN:
                    break
                start, stop = folded.span(*listed.span("year"))
                found.append(DateRef(listed["year"], text[start:stop], start, stop, inferred))
                taken = listed.end()
        if previous and (match.group("en") or match.group("edm")):  # not edl: its list is the match after it
            first = len(found) - 1
            listed, taken = _listed_days(folded, text, previous, inferred)
            found.extend(listed)
            if reported and not (match["ey"] or match["ey3"]) and (after := english.YEAR_AFTER.match(folded.text, taken)):
                year = reported.year + english.SHIFTS[after["word"]]
                found[first:] = [_in_year(d, year) for d in found[first:]]
                taken = after.end()
            earlier = found[-1].date
    return found


# A story naming only days more than this before its publication may report from then (story_day).
STALE = dt.timedelta(days=31)
BACKGROUND = dt.timedelta(days=366)  # days further back are background, not the day a story reports from
# Words that tell of days near the publication (folded): a story that writes them reports from it.
RECENT = re.compile(r"今天|今日(?!俄罗斯|头条)|昨天|昨日|前天|明天|本周|上周|下周|这周|(?:周|星期|礼拜)[一二三四五六日天]"
                    r"|(?<![\d日])日前|近日|稍早|刚刚"  # not 12月10日前, "before 10 December"
                    r"|\b(?:today|tonight|yesterday|tomorrow|this (?:week|morning|afternoon|evening)|last (?:week|night)"
                    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
# A date's surface that writes its month (12月6日, Dec. 2, 2025-12-06, 3/25), not a day alone (6日, "the 16th")
_MONTH_WRITTEN = re.compile(r"月|[A-Za-z]{3}|\d[-/.]\d")


def story_day(published: dt.date | None, paragraphs: list[AnnotatedParagraph]) -> str | None:
    """The day a story reports from when it is not its publication date: the latest day it names,
    when it names two days or more, every one more than a month (and less than a year) before its
    publication, and no word of it tells of a day near it (今天, 週二, "on Tuesday"): a mirror's repost
    of December's talks stamped April, a story posted long after it was written. None otherwise: a
    story with a day near its publication, or after it, reports from its publication, and so does one
    that names a single past day (a look back from today: "Four months after they met in Anchorage on
    August 15, …"). Its undated paragraphs are filed under that day, not under a date that would show
    them as the latest news."""
    if published is None:
        return None
    days: set[str] = set()
    for paragraph in paragraphs:
        month = False  # a date writing its month stands earlier in the paragraph: a day alone (6日) is of it
        for d in paragraph.dates:
            if len(d.date) != 10:
                continue
            if _MONTH_WRITTEN.search(d.surface):
                month = True
                if d.date >= (published - BACKGROUND).isoformat():
                    days.add(d.date)
            elif not month and d.date >= (published - STALE).isoformat():
                return None  # a day alone read near the stamp (普丁10日表示): the story's own day
    if len(days) < 2 or max(days) >= (published - STALE).isoformat():
        return None
    if any(RECENT.search(fold(p.paragraph.text)) for p in paragraphs):
        return None
    return max(days)


# A story's time carries over a few paragraphs only: a date further back is an aside, not the clock.
STORY_REACH = 3


def story_time(before: list[AnnotatedParagraph]) -> str | None:
    """The story's last date of month precision or finer within the last paragraphs, for English
    narrative time ("In February 2022 … ending on March 7"); None when there is none."""
    for paragraph in reversed(before[-STORY_REACH:]):
        if precise := [d.date for d in paragraph.dates if len(d.date) >= 7]:
            return precise[-1]
    return None


# "Dec. 2 last year", "13 and 14 December next year": the year word after a date says its year,
# which only the report's day can give.
_YEAR_WORD_AFTER = re.compile(r"[^.;!?。；！？]{0,40}?\b(?:last|this|next)\s+year\b")
# A weekday written with a date (folded): 週二(3月11日), 3月11日（星期二）, Tuesday, March 11, March 11 (Tuesday).
_WEEKDAY_WORD = rf"(?:周|星期|礼拜)(?P<zh>[一二三四五六日天])|(?P<en>{english.WEEKDAY})"
_WEEKDAY_BEFORE = re.compile(rf"(?:{_WEEKDAY_WORD})\s*[(（,，]?\s*$")
_WEEKDAY_AFTER = re.compile(rf"\s*[(（,，]?\s*(?:{_WEEKDAY_WORD})")
_WEEKDAY_INSIDE = re.compile(_WEEKDAY_WORD)


def _in_period(match: re.Match, period: tuple[dt.date, dt.date], clock: str | None) -> str | None:
    """A month and day in an article with no report day, read in the corpus's period (days.in_period);
    None when the text says its year otherwise: a year word after it (Dec. 2 last year), a date
    earlier in its paragraph outside the period (2022年2月24日俄軍入侵，3月7日……: the paragraph's
    clock is 2022; a paragraph before is often an aside, so only its own counts), or a weekday the
    day does not fall on."""
    day = month_and_day(match)
    if day is None or _YEAR_WORD_AFTER.match(match.string, match.end()):
        return None
    if clock and not period[0].isoformat()[:len(clock)] <= clock <= period[1].isoformat()[:len(clock)]:
        return None
    return in_period(*day, period, _weekday_beside(match))


def _weekday_beside(match: re.Match) -> int | None:
    """The weekday (0 Monday) the text names with a date: inside it (週二(3/25)), just before it or
    just after it; None when it names none."""
    text = match.string
    found = (_WEEKDAY_INSIDE.search(match.group()) or _WEEKDAY_BEFORE.search(text, max(0, match.start() - 12), match.start())
             or _WEEKDAY_AFTER.match(text, match.end()))
    if not found:
        return None
    return chinese.WEEKDAYS[found["zh"]] if found["zh"] else english.WEEKDAYS.index(found["en"])


def month_and_day(match: re.Match) -> tuple[int, int] | None:
    """The month and day of a match that gives both and no year; None for any other form."""
    g = match.groupdict()
    return chinese.month_and_day(g) if match.lastgroup in chinese.GROUPS else english.month_and_day(g)


def _reads_as_date(match: re.Match, text: str, folded: Folded) -> bool:
    for name in english.MONTH_GROUPS:
        if match.group(name) and not text[folded.span(*match.span(name))[0]].isupper():
            return False  # "may", "march" in lower case are words, not months
    if any(match.group(name) for name in _FULL_DATES) and _STAMP_TIME.match(match.string, match.end()):
        return False
    if match.group("eday"):
        start = folded.span(*match.span("eday"))[0]
        return text[start].islower() or bool(_SENTENCE_START.search(text[:start]))  # not "Russia Today"
    return True


def _listed_days(folded: Folded, text: str, first: tuple[dt.date, int], inferred: bool) -> tuple[list[DateRef], int]:
    """The later days of an English list after its first full date ("February 11 and 15"), and
    the end of the list in the folded text."""
    found = []
    day, end = first
    while ((listed := english.RANGE_DAY.match(folded.text, end) or english.LIST_DAY.match(folded.text, end))
           and int(listed["day"]) > day.day):
        day = safe_date(day.year, day.month, int(listed["day"]))
        if day is None:
            break
        start, stop = folded.span(*listed.span("day"))
        found.append(DateRef(day.isoformat(), text[start:stop], start, stop, inferred))
        end = listed.end()
    return found, end


def _in_year(date: DateRef, year: int) -> DateRef:
    day = dt.date.fromisoformat(date.date)
    moved = safe_date(year, day.month, day.day)
    return DateRef(moved.isoformat(), date.surface, date.start, date.end) if moved else date
