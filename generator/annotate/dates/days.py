"""Calendar arithmetic shared by the Chinese and English forms: a partial date (month and day, a
day, a weekday) becomes the calendar date nearest to the day the text reports from."""

from __future__ import annotations

import datetime as dt

# A date without a year is read as the nearest one that is at most this far ahead of the report:
# reporting looks back months but ahead only weeks ("2月12日" in a December article is the past).
FUTURE_WINDOW = dt.timedelta(days=45)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iso(found: dt.date | None) -> str | None:
    return found.isoformat() if found else None


def month_iso(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None


def closest(candidates: list[dt.date], anchor: dt.date, tense: int = 0) -> dt.date | None:
    """The candidate nearest the report; `tense` -1 (the text tells it as past) keeps those up to
    the report, +1 (as to come) those from it on, where there are any. A day's leeway: the report's
    time zone may be a day behind or ahead of the place reported on."""
    if tense:
        candidates = [d for d in candidates if (d - anchor).days * tense >= -1] or candidates
    plausible = [d for d in candidates if d <= anchor + FUTURE_WINDOW] or candidates
    return min(plausible, key=lambda d: (abs((d - anchor).days), d)) if plausible else None


def years_around(anchor: dt.date, shift: int | None = None) -> list[int]:
    """The year a relative word fixes (去年 -1, this year 0, next year +1), else the three nearest."""
    if shift is not None:
        return [anchor.year + shift]
    return [anchor.year - 1, anchor.year, anchor.year + 1]


def month_day(month: int, day: int, anchor: dt.date, shift: int | None = None, tense: int = 0) -> str | None:
    return iso(closest([d for y in years_around(anchor, shift) if (d := safe_date(y, month, day))], anchor, tense))


def month_alone(month: int, anchor: dt.date, shift: int | None = None, tense: int = 0, ahead: bool = False) -> str | None:
    if not 1 <= month <= 12:
        return None
    candidates = [dt.date(y, month, 1) for y in years_around(anchor, shift)]
    this_month = dt.date(anchor.year, anchor.month, 1)  # the report's own month is both past and to come
    if ahead:
        found = _ahead_unless_just_past(candidates, this_month, dt.date(*shifted_month(anchor, -JUST_PAST_MONTHS), 1))
    else:
        found = closest([d for d in candidates if (d - this_month).days * tense >= 0] or candidates, anchor)
    return month_iso(found.year, month)


# A date the text tells as ahead (an English deadline, a clause of what is to come) is still the past
# when it lies just behind the report, for the words were said before it was written ("the truce Trump
# said would last until Feb. 1 has collapsed" on 5 February; "Yermak led the team until November" in
# January); further back, it is the next one ("wants the war to end by June" in January).
JUST_PAST_DAYS = 45
JUST_PAST_MONTHS = 2


def _ahead_unless_just_past(candidates: list[dt.date], now: dt.date, since: dt.date) -> dt.date:
    recent = [d for d in candidates if since <= d <= now]
    ahead = [d for d in candidates if d > now]
    return max(recent) if recent else min(ahead) if ahead else max(candidates)


def day_ahead(month: int, day: int, anchor: dt.date) -> str | None:
    """A month and day told as ahead (`_ahead_unless_just_past`)."""
    candidates = [d for y in years_around(anchor) if (d := safe_date(y, month, day))]
    return iso(_ahead_unless_just_past(candidates, anchor, anchor - dt.timedelta(days=JUST_PAST_DAYS))) if candidates else None


def shifted_month(anchor: dt.date, shift: int) -> tuple[int, int]:
    index = anchor.year * 12 + anchor.month - 1 + shift
    return index // 12, index % 12 + 1


def day_alone(day: int, anchor: dt.date, tense: int = 0) -> str | None:
    """A day of the month alone (25日): in the report's month or the one before or after."""
    months = [shifted_month(anchor, shift) for shift in (-1, 0, 1)]
    return iso(closest([d for y, m in months if (d := safe_date(y, m, day))], anchor, tense))


def day_in_month(day: int, anchor: dt.date, shift: int) -> str | None:
    """本月23日, 上月3日: the day in the report's month moved by `shift` months."""
    year, month = shifted_month(anchor, shift)
    return iso(safe_date(year, month, day))


def weekday_before(weekday: int, anchor: dt.date) -> dt.date:
    """The last day falling on `weekday` (0 Monday) on or before `anchor`: "on Thursday" in Friday's story."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def weekday_in_week(weekday: int, anchor: dt.date, weeks: int) -> str:
    """上週二 (weeks -1), 本週二 (0), 下週二 (+1): weeks run Monday to Sunday."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    return (monday + dt.timedelta(days=weekday + 7 * weeks)).isoformat()


def in_period(month: int, day: int, period: tuple[dt.date, dt.date], weekday: int | None = None) -> str | None:
    """A month and day in an article with no publication date: the one such day inside the period
    the corpus's dated articles were published in; None when none or two are (a period longer than
    a year, the day outside it) and the year is left unsaid rather than guessed. A weekday written
    with the date (`weekday`, 0 Monday) that the day does not fall on also leaves it unsaid; it
    never picks between two years, since writers get a weekday wrong by one (time zones) and two
    years put a date one weekday apart."""
    start, end = period
    inside = [d for y in range(start.year, end.year + 1) if (d := safe_date(y, month, day)) and start <= d <= end]
    if len(inside) != 1 or (weekday is not None and inside[0].weekday() != weekday):
        return None
    return iso(inside[0])


def latest_on_or_before(month: int | None, day: int, limit: dt.date) -> dt.date | None:
    """A dispatch day (柏林15日電) is never after the publication: the latest such day up to `limit`."""
    if month is not None:
        candidates = [safe_date(y, month, day) for y in (limit.year, limit.year - 1)]
    else:
        candidates = [safe_date(*shifted_month(limit, shift), day) for shift in (0, -1)]
    return max((d for d in candidates if d and d <= limit), default=None)
