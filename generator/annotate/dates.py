"""Dates in a paragraph, resolved against the article's publication date to the precision the text
gives (YYYY-MM-DD, YYYY-MM, YYYY)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..model import DateRef
from ..normalize import Folded

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NAMES = "|".join(_MONTHS)
_TIME_OF_DAY = r"(?:晚间|晚上|凌晨|上午|下午|中午|早上|深夜|夜间|晚|早)?"
# Matched on folded text (Simplified, half-width digits, lower case). Earlier alternatives win.
DATE_PATTERN = re.compile(
    rf"(?P<iso>(?<!\d)(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?!\d))"
    rf"|(?P<ymd>(?<!\d)(?P<y1>\d{{4}})年(?P<m1>\d{{1,2}})月(?P<d1>\d{{1,2}})日{_TIME_OF_DAY})"
    rf"|(?P<ym>(?<!\d)(?P<y2>\d{{4}})年(?P<m2>\d{{1,2}})月(?![\d日]))"
    rf"|(?P<md>(?P<rel1>去年|今年|明年)?(?<!\d)(?P<m3>\d{{1,2}})月(?P<d3>\d{{1,2}})(?:日{_TIME_OF_DAY}|(?=[、和至到~-]\d{{1,2}}日)))"
    rf"|(?P<m>(?:(?P<rel2>去年|今年|明年)|(?<![\d年]))(?P<m4>\d{{1,2}})月(?![\d日份]))"
    rf"|(?P<d>(?<![\d月年])(?P<d5>\d{{1,2}})(?:日{_TIME_OF_DAY}|(?=[、和至到~-]\d{{1,2}}日)))"  # 15日, and 14 in 14、15日
    rf"|(?P<rd>(?<!的)(?:今天|明天)(?!的)|(?<!的)(?:昨天|前天))"  # not 烏克蘭的明天, 今天的俄羅斯
    rf"|(?P<en>\b(?P<em>{_MONTH_NAMES})\s+(?P<ed>\d{{1,2}})(?:,\s*(?P<ey>\d{{4}}))?\b)"
    rf"|(?P<y>(?<!\d)(?P<y6>\d{{4}})年(?![\d月]))"
    # English month or year alone, only after a preposition ("in an October call", "since 2014"): "may", "march"
    # and bare numbers are too often something else. The surface is the month or year itself.
    rf"|(?P<eprep>\b(?P<prep>in|since|by|until|from|before|after|during|of|last|next|this|early|late|mid)\s+"
    rf"(?:(?:an?|the|early|late|mid)[\s-]+)?(?:(?P<em2>{_MONTH_NAMES})\b(?!\s+\d)|(?P<y7>(?:19|20)\d{{2}})\b(?![\d,.]\d)))"
)
RELATIVE_DAYS = {"今天": 0, "昨天": -1, "前天": -2, "明天": 1}
LIST_GAP = re.compile(r"\s*[、,和至到~-]\s*")  # between the days of 10月3、4日


_MAY_HOLD_DATE = re.compile(rf"\d|天|{_MONTH_NAMES}")


# A date without a year is read as the nearest one that is at most this far ahead of publication:
# reporting looks back months but ahead only weeks ("2月12日" in a December article is the past).
FUTURE_WINDOW = dt.timedelta(days=45)


def _closest(candidates: list[dt.date], anchor: dt.date) -> dt.date | None:
    plausible = [d for d in candidates if d <= anchor + FUTURE_WINDOW] or candidates
    return min(plausible, key=lambda d: (abs((d - anchor).days), d)) if plausible else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_date(match: re.Match, published: dt.date | None) -> str | None:
    g = match.groupdict()
    if g["iso"]:
        found = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        return found.isoformat() if found else None
    if g["ymd"]:
        found = _safe_date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
        return found.isoformat() if found else None
    if g["ym"]:
        month = int(g["m2"])
        return f"{int(g['y2']):04d}-{month:02d}" if 1 <= month <= 12 else None
    if g["y"]:
        return g["y6"]
    if g["y7"]:
        return g["y7"] if g["prep"] not in ("of", "last", "next", "this") else None  # "a force of 2000"
    if published is None:
        return None
    if g["rd"]:
        return (published + dt.timedelta(days=RELATIVE_DAYS[g["rd"]])).isoformat()
    if g["em2"]:
        month = _MONTHS[g["em2"]]
        this_month = dt.date(published.year, month, 1)
        if g["prep"] == "next":
            found = this_month if month > published.month else dt.date(published.year + 1, month, 1)
        elif g["prep"] == "last":
            found = this_month if month < published.month else dt.date(published.year - 1, month, 1)
        else:
            found = _closest([dt.date(y, month, 1) for y in _years(None, published)], published)
        return f"{found.year:04d}-{month:02d}"
    if g["md"] or g["en"]:
        month = int(g["m3"]) if g["md"] else _MONTHS[g["em"]]
        day = int(g["d3"]) if g["md"] else int(g["ed"])
        if g["en"] and g["ey"]:
            found = _safe_date(int(g["ey"]), month, day)
            return found.isoformat() if found else None
        years = _years(g["rel1"], published)
        found = _closest([d for y in years if (d := _safe_date(y, month, day))], published)
        return found.isoformat() if found else None
    if g["m"]:
        month = int(g["m4"])
        if not 1 <= month <= 12:
            return None
        found = _closest([dt.date(y, month, 1) for y in _years(g["rel2"], published)], published)
        return f"{found.year:04d}-{month:02d}"
    if g["d"]:
        day = int(g["d5"])
        months = []
        for shift in (-1, 0, 1):
            index = published.year * 12 + published.month - 1 + shift
            months.append((index // 12, index % 12 + 1))
        found = _closest([d for y, m in months if (d := _safe_date(y, m, day))], published)
        return found.isoformat() if found else None
    return None


def _years(relative: str | None, published: dt.date) -> list[int]:
    if relative == "去年":
        return [published.year - 1]
    if relative == "明年":
        return [published.year + 1]
    if relative == "今年":
        return [published.year]
    return [published.year - 1, published.year, published.year + 1]


def find_dates(folded: Folded, text: str, published: dt.date | None) -> list[DateRef]:
    """Every date in `text` (its folded form `folded`), with its surface in the original."""
    found = []
    if not _MAY_HOLD_DATE.search(folded.text):
        return found
    previous: tuple[str, int] | None = None  # (value, end) of the last date, for 10月3、4日
    for match in DATE_PATTERN.finditer(folded.text):
        if match.group("em2") and not text[folded.span(*match.span("em2"))[0]].isupper():
            continue  # "may", "march" in lower case are words, not months
        value = resolve_date(match, published)
        if match.group("d") and previous and len(previous[0]) == 10 and LIST_GAP.fullmatch(folded.text[previous[1]:match.start()]):
            value = _safe_date(int(previous[0][:4]), int(previous[0][5:7]), int(match.group("d5")))
            value = value.isoformat() if value else None
        if value:
            previous = (value, match.end())
            surface = "em2" if match.group("em2") else "y7" if match.group("y7") else 0
            start, end = folded.span(*match.span(surface))
            found.append(DateRef(value, text[start:end], start, end))
    return found
