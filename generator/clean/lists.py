"""The story's own lists, in a page copied as text: a timeline (dated entries under a heading, or a
date alone over each sentence) and a contents list (its sections' headings, each printed again over
its section). The cleaning rules keep them where their lines would read as a menu, a list of other
stories or copies. And numbered sections (一、… 二、…): the next one's heading under a box of other
stories says the story goes on below the box (`next_section`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..normalize import fold
from .caption_shapes import AGENCY_END, is_caption_shaped
from .shapes import (COPYRIGHT, FULL_DATE, LABEL_REASONS, LEAD_IN, MONTH, MONTH_NUMBER, OTHER_STORIES, PUNCTUATION, SENTENCE_END,
                     SHORT_PROSE, english_date, is_body_like, is_headline_like, is_label, is_sentence, is_short_prose, is_stamp)

if TYPE_CHECKING:
    from .candidates import Candidates

# A timeline's entry head, a date alone: 2025年2月12日 · 2月12日 · 2025-02-12 · Feb. 12 · March 11, 2025 · 12 March
TIMELINE_DATE = re.compile(
    r"^(\d{4}\s*年\s*)?\d{1,2}\s*月(\s*\d{1,2}\s*日)?\s*[:：]?$|^\d{4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\s*[:：]?$"
    rf"|^{english_date(year=False)}\s*[:：]?$")
TIMELINE_ENTRIES = 3  # dated entries that make a timeline


def opens_timeline(texts: list[str]) -> bool:
    """Whether the lines open a timeline: a date alone over a sentence, TIMELINE_ENTRIES times in a
    row (10 May 2025 / European leaders visit Kyiv… / 16 May 2025 / …), the dates in order, so the
    page's own date over an intro and then the entries (3 December 2025 / The talks moved fast. /
    10 May 2025 / …) opens none."""
    pairs = list(zip(texts[0::2], texts[1::2]))[:TIMELINE_ENTRIES]
    if len(pairs) < TIMELINE_ENTRIES or not all(
            (TIMELINE_DATE.match(fold(d.strip())) or FULL_DATE.match(fold(d.strip()))) and SENTENCE_END.search(e.strip())
            for d, e in pairs):
        return False
    days = [_day(fold(d.strip())) for d, _ in pairs]
    return None in days or days == sorted(days)


def _day(folded: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date line, the year 0 when it has none; None when it is not read."""
    numbers = [int(n) for n in re.findall(r"\d+", folded)]
    named = _MONTH_WORD.search(folded)
    month = MONTH_NUMBER[named.group(1)] if named else None
    year = next((n for n in numbers if n > 31), 0)
    rest = [n for n in numbers if n <= 31]
    if month is not None:
        return (year, month, rest[0]) if rest else None
    if len(rest) >= 2:  # 2025年5月10日, 2025/05/10, 5月10日: month then day
        return year, rest[0], rest[1]
    return None


_MONTH_WORD = re.compile(rf"\b({MONTH})\b")

# A timeline's entry on one line, its date first (folded): 2025年2月28日　川普與澤倫斯基在白宮爆發口角 ·
# 2025-05-16 俄烏在伊斯坦堡直接談判 · Aug. 15, 2025: Trump and Putin meet in Alaska
_ENTRY_DATE = (r"(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}"
               rf"|{english_date(year=False)}")
DATED_ENTRY = re.compile(rf"^({_ENTRY_DATE})(?!\d|:\d|\s*\d{{1,2}}:\d{{2}})[\s:：,，—–-]+(?=\S{{2}})")


def dated_entries(texts: list[str]) -> int:
    """How many lines from the first are a timeline's entries, each a date then what happened on it,
    each day later than the one before. A page's list of photos or other stories runs newest first,
    or holds several of one day; a time after the date (2025-08-16 10:22) stamps a teaser."""
    days: list[tuple[int, int, int]] = []
    for text in texts:
        match = DATED_ENTRY.match(fold(text.strip()))
        day = _day(match.group(1)) if match else None
        if day is None or (days and day <= days[-1]):
            break
        days.append(day)
    return len(days)


# A timeline entry's head line (folded): its date, a time of day, a few words naming what happened, no
# sentence (2022年2月24日 05:00 俄羅斯全面入侵 · Aug. 15, 2025 — Alaska summit · Nov. 23, 2025, 4:30 p.m.);
# not a stamp's words (發布, 來源, Updated) nor a source's
TIMELINE_HEAD = re.compile(rf"^(?P<date>{_ENTRY_DATE})(?:[\s,，]*\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{{2,4}}\b)?)?"
                           r"(?:[\s:：,，—–-]+(?P<title>[^。.!?！？]{2,24}))?\s*$")
_STAMP_WORDS = re.compile(r"发布|发表|更新|来源|记者|编辑|作者|\b(?:updated|published|posted|source|by|ago)\b")


def timeline_heads(texts: list[str]) -> set[int]:
    """The lines that head a timeline's entries: each a date (with a time, a few words) right over a
    closed sentence of the story (not a teaser cut with an ellipsis, as under the dates of a list of
    other stories, nor a notice of rights), TIMELINE_ENTRIES or more of them in a row whose days run
    one way (earliest or latest first), with nothing between an entry and the next date but more of the
    entry's sentences or a heading of months or years (a comment's name breaks the run). Not the date
    over the page's first sentence (its stamp over the introduction), nor a run under a label naming
    other stories or comments (past a day's date under it). A live page's times alone over its entries
    are heads the same way, their clock running one way within a day, and so is the day's date right
    over the first of them. (A box of times over short closed lines, a schedule or a ticker written in
    sentences, reads the same: a reviewer's probes kept 65 such bare times, the lines under them kept
    before as now.)"""
    lines = [(k, t.strip(), fold(t.strip())) for k, t in enumerate(texts) if t.strip()]
    dated: list[tuple[int, int, tuple[int, ...]]] = []  # (line, position among the non-empty lines, day)
    timed: list[tuple[int, int, tuple[int, ...]]] = []  # ... and (minutes,) for a time alone
    opened = False  # a closed sentence stands above: the story has begun
    for n, ((k, text, folded), (_, below, below_folded)) in enumerate(zip(lines, lines[1:])):
        entry = (opened and is_sentence(below) and not _head_shaped(below_folded)
                 and not COPYRIGHT.search(below_folded) and not _RIGHTS.search(below_folded))
        if entry and (head := TIMELINE_HEAD.match(folded)) and not _STAMP_WORDS.search(folded) \
                and (day := _day(head.group("date"))) is not None:
            dated.append((k, n, day))
        elif entry and (clock := _minutes(folded)) is not None:
            timed.append((k, n, (clock,)))
        opened = opened or (is_sentence(text) and len(text) >= SHORT_PROSE)
    found = _runs(lines, dated, new_day=False) | (times := _runs(lines, timed, new_day=True))
    # the day over a live page's first time that day (24 January 2026 / 16:05 / …)
    found.update(lines[n - 1][0] for k, n, _ in timed if k in times and n > 0 and TIMELINE_HEAD.fullmatch(lines[n - 1][2]))
    return found


def _runs(lines, heads: list[tuple[int, int, tuple[int, ...]]], new_day: bool) -> set[int]:
    """Of `heads` (line, position, day or time), those in runs of TIMELINE_ENTRIES or more in a row
    running one way; `new_day`: a date between two times starts the clock again."""
    found: set[int] = set()
    for order in (1, -1):  # runs rising, then falling (equal ones in either)
        run: list[int] = []
        last: tuple[int, tuple[int, ...]] | None = None  # (position, day) of the run's last head
        listed = False  # the run stands under a label naming other stories (or comments): theirs, not the story's
        for k, n, day in heads:
            between = lines[last[0] + 2:n] if last is not None else []
            goes_on = last is not None and all(_within(text, folded, new_day) for _, text, folded in between)
            turned = last is not None and (day > last[1]) - (day < last[1]) == -order
            if new_day and any(TIMELINE_HEAD.fullmatch(folded) for _, _, folded in between):
                turned = False  # another day's times
            if last is not None and (turned or not goes_on):
                run = []  # the run turns, or something not the entry's stands before this head: a new one starts
            above = next((folded for _, _, folded in reversed(lines[max(0, n - 3):n]) if not _head_shaped(folded)), "")
            listed = (listed and goes_on) or _labels_other_stories(above)  # past a day's date (Comments / 7 January / 09:12)
            last = (n, day)
            if listed:
                continue
            run.append(k)
            if len(run) >= TIMELINE_ENTRIES:
                found.update(run)
    return found


def _within(text: str, folded: str, new_day: bool) -> bool:
    """Whether a line between an entry and the next head leaves the run going: more of the entry's
    sentences (for a live page's times, none as short as a commenter's name, Mark T.), a heading of
    months or years, what a page sets between entries, and between times another day's date."""
    return bool((is_short_prose(text) if new_day else is_sentence(text)) or _PERIOD.match(folded) or _SET_IN.match(folded)
                or is_caption_shaped(text) or AGENCY_END.search(folded) or (new_day and TIMELINE_HEAD.fullmatch(folded)))


# What a page sets between a timeline's entries without ending it (folded): a share bar, an ad's label, a
# promo in brackets (【打開APP，查看更多現場圖片】), a photo's caption
_SET_IN = re.compile(r"^(share|save|advertisement|ad|sponsored|分享|广告|廣告)$|^【[^】]{2,30}】$|^(图为|图：|photo:)")


# A time alone over a live page's entry (folded): 16:05 · 12:31 p.m. · 9:05 am et
_TIME_HEAD = re.compile(r"^(\d{1,2})[:：](\d{2})(?:\s*([ap])\.?m\.?)?(?:\s+[a-z]{2,4})?$")


def _minutes(folded: str) -> int | None:
    time = _TIME_HEAD.match(folded)
    if not time or int(time.group(1)) > 23:
        return None
    hour = int(time.group(1)) % 12 + (12 if time.group(3) == "p" else 0) if time.group(3) else int(time.group(1))
    return hour * 60 + int(time.group(2))


def _head_shaped(folded: str) -> bool:
    return bool(TIMELINE_HEAD.match(folded)) or _minutes(folded) is not None


# A heading of months or years between a timeline's entries: 2025年 · 2025年12月 · December 2025 · 2014
_PERIOD = re.compile(rf"^(\d{{4}}\s*年?(\s*\d{{1,2}}\s*月)?|({MONTH})\.?\s+\d{{4}}|\d{{1,2}}\s*月)\s*[:：]?$")
_RIGHTS = re.compile(r"转载|授权|rights reserved")  # 本文經中央社授權轉載: a notice, no entry


def _names_other_stories(folded: str) -> bool:
    """Whether a line names a list of other stories or comments (相關新聞, More on this story, 評論, Related)."""
    return bool(OTHER_STORIES.match(folded)) or any(pattern.search(folded) for pattern, _ in LABEL_REASONS)


def _labels_other_stories(folded: str) -> bool:
    """A label over such a list: a short line, no sentence (佩斯科夫新聞秘書稱…… names no list), nothing a
    page sets between a timeline's entries (【打開APP，查看更多現場圖片】)."""
    return bool(OTHER_STORIES.match(folded)) or (len(folded) <= TIMELINE_HEADING and not is_sentence(folded) and not _SET_IN.match(folded)
                                                 and _names_other_stories(folded))


TIMELINE_HEADING = 20  # characters: 烏俄和談大事記, "Timeline of the talks"


def headed_timeline(texts: list[str]) -> int:
    """How many lines from the first are a timeline under its heading: a few words, no sentence, no
    label naming other articles (相關新聞 over dated headlines is a list of them), then at least
    TIMELINE_ENTRIES dated entries; 0 when the lines open none."""
    if not texts:
        return 0
    head = texts[0].strip()
    if (DATED_ENTRY.match(fold(head)) or len(head) > TIMELINE_HEADING or PUNCTUATION.search(head)
            or _names_other_stories(fold(head))):
        return 0
    entries = dated_entries(texts[1:1 + 4 * TIMELINE_ENTRIES])
    return 1 + entries if entries >= TIMELINE_ENTRIES else 0


CONTENTS_HEADS = 2  # lines of a list printed again over the story's paragraphs: its sections' headings
CONTENTS_AFTER = 2  # paragraphs a contents list may stand under (a lead, a standfirst); a list under more is other stories'


def contents_lines(texts: list[str], after: int | None = CONTENTS_AFTER, own_heading: bool = False) -> set[int]:
    """The lines of the story's contents lists (本文重點：, 目錄, Contents, Jump to:, In this article, or no
    label at all), above the lead or under at most CONTENTS_AFTER paragraphs: in a run of short lines,
    two or more printed again below it, each right above a paragraph (a short one too: 俄方要求烏軍撤出
    頓巴斯，基輔拒絕。); the list from the first of them to the run's end, with its label right above (a
    short line or a lead-in). Not under a label naming other stories (相關新聞, 猜你喜歡, Related), whose
    cards print their headlines again over a teaser each.

    `after`: paragraphs the list may stand under (None: any, for a list found under the story, tail.py);
    `own_heading`: the run may end on the first section's heading, read into it (本文目錄, 1、…, 3、, then 1、
    over its paragraph), which the lines no other rule took show as one run."""
    keys = [t.strip() for t in texts]
    where: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        where.setdefault(key, []).append(k)
    found: set[int] = set()
    n = 0
    while n < len(keys):
        end = n
        while end < len(keys) and keys[end] and is_headline_like(keys[end]) and not is_body_like(keys[end]):
            end += 1
        if end - n < CONTENTS_HEADS:
            n = end + 1
            continue
        run = set(keys[n:end])
        # the run ends on the first section's heading when its last line repeats one of its items and that
        # section runs two lines or more (一、主要內容 … 四、各方反應 then 一、主要內容 over its paragraphs); not a
        # box of headlines whose cards print them again, each over its teaser and its time
        below = end - 1 if own_heading or (keys[end - 1] in keys[n:end - 1] and _section_long(keys, set(keys[n:end]), end)) else end
        heads = {key for key in run if any(below <= k < len(keys) - 1 and (is_body_like(keys[k + 1]) or is_short_prose(keys[k + 1]))
                                           for k in where[key])}
        # the list starts at its first item printed again (a menu or the headline may stand right above it),
        # with its label right above that (目錄, Jump to:), if a short line or a lead-in
        start = next((k for k in range(n, end) if keys[k] in heads), end)
        label = start - 1 if start > 0 and (is_label(keys[start - 1]) or LEAD_IN.search(keys[start - 1])) else None
        lead = sum(1 for k in range(start) if is_body_like(keys[k]))
        named = keys[n:min(start + 1, end)] + ([keys[label]] if label is not None else [])  # no line above its items names other stories
        if (len(heads) >= CONTENTS_HEADS and (after is None or lead <= after)
                and not any(_names_other_stories(fold(t)) for t in named)):
            found.update(range(start if label is None else label, end))
        n = end + 1
    return found


def _section_long(keys: list[str], items: set[str], start: int) -> bool:
    """Whether the lines from start up to the next of `items` are two or more with no stamp among them:
    a section's, not a card's teaser and time under its headline (… / 2 hours ago)."""
    end = next((k for k in range(start, len(keys)) if keys[k] in items), len(keys))
    return end - start >= 2 and not any(is_stamp(keys[k]) or _AGO.search(keys[k]) for k in range(start, end))


_AGO = re.compile(r"\bago\b|前$")  # a card's time: 2 hours ago, 3小時前


# A numbered section's heading: 三、領土安排, 3. What Russia wants, 第三部分 (its number, folded)
_SECTION = re.compile(r"^\s*(?:第)?([一二三四五六七八九十]{1,2}|\d{1,2})(?:[、.．)]|部分|\s)")
_CHINESE_NUMBERS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}


def section_number(text: str) -> tuple[int, str] | None:
    """A numbered heading's number and its style (Chinese numerals or digits), None for any other line."""
    match = _SECTION.match(fold(text))
    if not match:
        return None
    number = match.group(1)
    if number.isdigit():
        return int(number), "digit"
    if len(number) == 2:  # 十一 … 十九
        return (10 + _CHINESE_NUMBERS[number[1]], "zh") if number[0] == "十" else None
    return _CHINESE_NUMBERS[number], "zh"


INSET_ITEMS = 5  # headlines a list of other stories set between a story's paragraphs holds


def section_after_box(c: Candidates, start: int, prose) -> int:
    """Where a box of other stories under the label at `start`, set between the story's numbered sections
    (二、… above the label), ends: the next section's heading (三、…, in the same numbering), however
    short the box's headlines (a label's length); 0 when there is none, when a line between is prose
    (`prose(m)`), closed as a sentence (the story's, under a label that expands it: 看更多) or numbered
    itself (the box's own ranking: 3. 克宮…)."""
    for m in range(start + 1, min(len(c.blocks), start + INSET_ITEMS + 2)):
        text = c.blocks[m].text.strip()
        if c.reasons[m] is not None or prose(m):
            return 0
        if next_section(c, start, m):
            return m if m > start + 1 else 0
        if SENTENCE_END.search(text) or section_number(text) is not None:
            return 0
    return 0


def next_section(c: Candidates, start: int, n: int) -> bool:
    """Whether the line at n, under a list set into the story, heads the story's next numbered section:
    its number one more than the last numbered heading the story kept above the list (二、… then 三、…)."""
    found = section_number(c.blocks[n].text) if c.reasons[n] is None and len(c.blocks[n].text.strip()) <= 30 else None
    if found is None or found[0] < 2:
        return False
    above = next((m for i in range(start - 1, -1, -1) if c.reasons[i] is None and len(c.blocks[i].text.strip()) <= 30
                  and (m := section_number(c.blocks[i].text)) is not None), None)
    return above == (found[0] - 1, found[1])  # the same numbering: 二、 then 三、, 2. then 3.
