"""Rules for the head of a page: markup blocks, scraper stamps, browser notices, tickers, the
title and the dateline."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Removed
from ..normalize import fold
from ..readers.main_text import CHROME, MAIN
from .candidates import Candidates
from .caption_shapes import is_caption_shaped
from .lists import TIMELINE_ENTRIES, contents_lines, opens_timeline
from .shapes import (ANNOUNCED_ITEMS, BREADCRUMB, BROWSER, BYLINE, COMMENT_COUNT, DATELINE, DATE_LINE, DATE_PREFIX, DMY_LINE, FULL_DATE,
                     FULL_STOP_END, HAS_TIME, KEY_POINTS, MEDIA_MARK, MONTH_DATE_TIME, QA_LABEL, SENTENCE_END, SOURCE_LINE, UPGRADE, any_of, is_body_like,
                     is_dated_name, is_headline_like, is_label, is_lead_in, is_stamp, is_title_shaped, words)

TICKER_LABEL = re.compile(rf"^({any_of('快訊', '即時', '即時新聞', '突發', '最新消息', '焦點')}|breaking( news)?|just in|live)$")
# 德國之聲 · 中央社 · BBC News: a short name standing alone
OUTLET_NAME = re.compile(r"^([^\W\d_a-z]{2,6}|[a-z][a-z&.'-]*( [a-z][a-z&.'-]*){0,2})$")
HEAD_WINDOW = 40  # blocks searched for the first stamp: a page's head, not its story
HEAD_PROSE = 1  # prose lines allowed above the headline: more means the "headline" is a section head
# A menu above the story: at least MENU_RUN consecutive short lines (MENU_CHARS characters, or a
# fifth as many words in Latin script) with no sentence ending, all above the first prose line.
MENU_RUN, MENU_CHARS = 3, 60
_TITLE_SKIP = 2  # breadcrumb or back-link lines looked past for the headline
MENU_ITEM_WORDS = 3  # a menu's item or a section's name (Sign in, Ukraine war): a headline says more
LONG_MENU = 6  # short lines opening a page that are a menu, not a short headline over its byline and subheading
_DATED = re.compile(r"\d{4}\s*[年/.-]\s*\d{1,2}|\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\b[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
                    r"|\bago\b|\bupdated\b|\bpublished\b|更新|發布|发布")
# … nor a byline without "By" (Nick Robinson, BBC News)
_NOT_A_HEADLINE = re.compile(r"[?？!！”\"」』]\s*$|^\s*[(（]?\d{1,2}[.)）]|^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2},\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$")
UNDER_HEADLINE = 3  # lines under a headline where the story's head (stamp, standfirst, prose) begins
_ARROW = re.compile(r"^[←↑→↓<«‹⇦]")  # ←回上一頁, « Back: a link, not a headline
# A full stop inside: "…起草。圖為…" is two sentences, a lede or a caption, not a headline.
_LEDE_INSIDE = re.compile(r"[。]|[a-z]{2}\. [a-z]")


def markup(c: Candidates) -> None:
    """Non-text blocks: timestamp comments, images (kept as links, never hot-linked), page chrome."""
    for i, block in enumerate(c.blocks):
        if block.tag == "comment":
            c.mark(i, "timestamp")
        elif block.tag == "img":
            c.mark(i, "image")
        elif block.tag in CHROME:
            c.mark(i, "page-chrome")
        elif block.tag == "title":
            c.mark(i, "title")
        elif block.tag == "front-matter":
            c.mark(i, "title" if dict(block.attrs).get("meta") == "title" else "front-matter")


def date_prefix(c: Candidates) -> None:
    """A scraper's ` date YYYY-MM-DD ` (or ` date YYYY-MM `) stamp glued to the first paragraph."""
    for i in c.kept()[:1]:
        match = DATE_PREFIX.match(c.blocks[i].text)
        if match and not c.blocks[i].text[match.end():].strip():
            c.mark(i, "timestamp")  # the stamp alone on its line
        elif match:
            c.extra.append(Removed(match.group(0).strip(), "timestamp", c.blocks[i].line))
            c.blocks[i] = replace(c.blocks[i], text=c.blocks[i].text[match.end():])


def browser_notice(c: Candidates) -> None:
    """A browser-upgrade notice at the top, with the salutation line that opens it."""
    kept = c.kept()[:5]
    for n, i in enumerate(kept):
        text = c.blocks[i].text
        if BROWSER.search(fold(text)) and UPGRADE.search(fold(text)) and len(text) < 120:
            c.mark(i, "browser-notice")
            if n > 0 and re.search(r"[:：]\s*$", c.blocks[kept[n - 1]].text) and len(c.blocks[kept[n - 1]].text) <= 20:
                c.mark(kept[n - 1], "browser-notice")


def ticker(c: Candidates) -> None:
    """A label (快訊, 即時) at the very top followed by unrelated headlines, up to the article's title."""
    kept = c.kept()
    if not kept or not is_label(c.blocks[kept[0]].text) or len(c.blocks[kept[0]].text.strip()) > 4:
        return
    if TICKER_LABEL.match(fold(c.blocks[kept[0]].text.strip())):
        c.mark(kept[0], "ticker")  # 快訊 alone over the story: the page flags it as breaking news
    end = next((n for n, i in enumerate(kept) if DATELINE.match(fold(c.blocks[i].text.strip())) or is_body_like(c.blocks[i].text)), None)
    if end is None or end < 2:
        return
    for i in kept[: end - 1]:  # the block just before the dateline or body is the title
        if is_headline_like(c.blocks[i].text):
            c.mark(i, "ticker")


def title(c: Candidates) -> None:
    """The title: the block equal to the known title (metadata), else the first block when it is
    shaped like a headline (see `is_title_shaped`) and not like a lede: a lede cut short has no
    full stop at its end but has one inside, or runs on with commas."""
    if any(r == "title" and b.tag != "front-matter" for b, r in zip(c.blocks, c.reasons)):
        return  # the reader found it (<title>, a Markdown title link); front matter's line is metadata
    kept = c.kept()
    if c.known_title:
        wanted = _squeeze(c.known_title)
        # On an HTML page the headline stands just above the main text, under any menus and lists.
        start = next((n for n, i in enumerate(kept) if dict(c.blocks[i].attrs).get(MAIN) == "1"), 0)
        for i in kept[:start + 3]:
            if _squeeze(c.blocks[i].text) == wanted:
                c.mark(i, "title")
                return
        return
    # A breadcrumb trail or a back link above the headline is the page's (a stamp is not looked past:
    # what follows the page's stamp is the story, a quote opening it too).
    head = [n for n, i in enumerate(kept[:_TITLE_SKIP + 1])
            if not (BREADCRUMB.match(fold(c.blocks[i].text.strip())) or _ARROW.match(c.blocks[i].text.strip()))]
    # A page opening with its menus (Sign in / Subscribe / Home …) has its headline under them, over
    # the story's head; with none found there, no title line, unless the run of short lines is short
    # enough to be a short headline over its byline and a subheading (then the first line, as before).
    menu = _menu_run(c, kept) if head and _opens_menu(c, kept, head[0]) else 0
    found = _headline_under_menus(c, kept, menu) if menu else None
    if found is not None:
        c.mark(found, "title")
    elif head and menu < LONG_MENU:
        n = head[0]
        i = kept[n]
        text = c.blocks[i].text.strip()
        folded = fold(text)
        # A headline may run on with commas ("…第五個年頭，能否…，兄弟和好？") when a stamp follows it.
        over_stamp = n + 1 < len(kept) and is_stamp(c.blocks[kept[n + 1]].text)
        if (is_title_shaped(text) and not _LEDE_INSIDE.search(folded) and (folded.count(",") <= 1 or over_stamp)
                and not is_stamp(text) and not FULL_DATE.match(folded) and not BREADCRUMB.match(folded)
                and not is_caption_shaped(MEDIA_MARK.sub("", text))):
            c.mark(i, "title")


def _opens_menu(c: Candidates, kept: list[int], n: int) -> bool:
    """Whether the page's first line opens a menu: four short items (neither a stamp nor a
    sentence), no key-points label or lead-in among them."""
    texts = [c.blocks[i].text.strip() for i in kept[n:n + MENU_RUN + 1]]
    if len(texts) < MENU_RUN + 1 or not (_short_item(texts[0]) and _short_item(texts[1])):
        return False
    if any(KEY_POINTS.match(fold(t)) or t.endswith((":", "：")) for t in texts):
        return False  # a short headline over its key points or a list it announces (What we know:)
    # Four short items: a short headline may stand over a byline and a role, or a kicker over a
    # standfirst (Kremlin says nyet / Analysis / The envoys' five hours…), and three such lines would
    # read as a menu: its headline removed, its standfirst taken for the title. A section path over
    # the headline (World / Europe / the headline) is left to the first line's title, as before.
    return all(_short_item(t) for t in texts)


def _menu_run(c: Candidates, kept: list[int]) -> int:
    """How many short items (menu items, section names, account controls, breadcrumbs) open the page."""
    n = 0
    while n < len(kept) and (_short_item(c.blocks[kept[n]].text) or BREADCRUMB.match(fold(c.blocks[kept[n]].text.strip()))):
        n += 1
    return n


def _headline_under_menus(c: Candidates, kept: list[int], n: int) -> int | None:
    """The story's headline on a page that opens with its menus: the first line under the menus'
    run of short lines (menu items, section names, account controls), when it is headline-shaped
    and the story's head follows it within a few lines (a stamp, a standfirst, prose). Otherwise
    nothing: the title falls back to the story's first line rather than to a teaser or a label."""
    if n == len(kept) or not _headline_sized(c.blocks[kept[n]].text):
        return None
    after = [c.blocks[i].text.strip() for i in kept[n + 1:n + 1 + UNDER_HEADLINE]]
    if after and _short_item(after[0]):  # more menu, unless it is a byline's name over the stamp
        return kept[n] if len(after) > 1 and _stamp_shaped(after[1]) else None
    if len(after) > 1 and _headline_sized(after[0]) and _headline_sized(after[1]):
        return None  # three headlines in a row: a rail of other stories over this one's, which is which?
    return kept[n] if any(_stamp_shaped(t) or _headline_sized(t) or is_body_like(t) for t in after) else None


def _short_item(text: str) -> bool:
    text = text.strip()
    return words(text) <= MENU_ITEM_WORDS and not SENTENCE_END.search(text) and not _stamp_shaped(text)


def _date_line(text: str) -> bool:
    folded = fold(text.strip())
    return bool(DATE_LINE.match(folded) or DMY_LINE.match(folded) or FULL_DATE.match(folded))


# What opens no stamp: a label and a colon (答：, A:, 更新：), "as of" (截至 2026年1月15日 14:00 over figures).
_NOT_A_STAMP = re.compile(rf"^(\S{{1,6}}\s*[:：]|{any_of('截至', '截止')}|as of\b)")
# A line that begins the story, however short: a closed sentence, a question or an answer (問：, Q:), a
# live page's entry opening with its time (15:10 烏方代表團抵達萬國宮).
_STORY_LINE = re.compile(r"[。！？.!?」”]\s*$|^\d{1,2}[:.]\d{2}\s+\S")


def _timed_name(text: str) -> bool:
    """A name beside a full date and a time of day, and nothing else but stamp words (維港即時 2026年1月15日
    星期四 14:22, 掌上環球 2025-12-02 更新於 23:48): a portal's stamp; not a timeline's entry with its
    time (2025年11月23日 15:00：日內瓦首輪會談) nor a label's line."""
    folded = fold(text.strip())
    return (is_dated_name(text) and bool(HAS_TIME.search(text)) and not _NOT_A_STAMP.match(folded)
            and not re.search(r"\d{1,2}:\d{2}(:\d{2})?\s*[:：]", folded))


def _story_begun(text: str) -> bool:
    folded = fold(text.strip())
    return is_body_like(text) or bool(_STORY_LINE.search(folded) or QA_LABEL.match(folded))


def timed_names(c: Candidates) -> None:
    """A portal's stamp above the story's first line (a paragraph, a closed sentence, a question or an
    answer) that the rules of the page's head left: it stands under the headline, not over it. After
    them: taken earlier, the stamp would no longer anchor the headline above it, nor count in a run
    of menus."""
    for i in c.kept():
        if _story_begun(c.blocks[i].text):
            break
        if _timed_name(c.blocks[i].text):
            c.mark(i, "timestamp")


def _stamp_shaped(text: str) -> bool:
    return is_stamp(text) or bool(FULL_DATE.match(fold(text.strip())))


def _headline_sized(text: str) -> bool:
    """A line that may be the headline under the menus: headline-shaped and longer than a menu
    item; not a date or time (- 2025年02月17日, Updated 2 hours ago), a numbered rail's item, nor a
    line asking or quoting (a Q&A's first question, a one-line quote under a short headline)."""
    text = text.strip()
    return (is_title_shaped(text) and not is_label(text) and words(text) > MENU_ITEM_WORDS
            and not _DATED.search(fold(text)) and not _NOT_A_HEADLINE.search(text) and not is_caption_shaped(MEDIA_MARK.sub("", text)))


def page_head(c: Candidates) -> None:
    """Everything above the headline: site menus, notices, tickers, breadcrumbs. The headline is the
    headline-shaped block the page's first stamp (date, dateline, byline) follows, over an outlet's
    name or a caption in between. Taken only when what lies above reads as furniture, not story:
    at most one prose line (the notices rules take the site's own prose first), none long, and
    prose after the stamp."""
    kept = c.kept()[:HEAD_WINDOW]
    # A date with a time, the month by name, is the page's stamp above the story's first prose line;
    # below it, a comment's or a teaser's time (stray_stamps takes those).
    first_prose = next((n for n, i in enumerate(kept) if is_body_like(c.blocks[i].text)), len(kept))
    # ... and a portal's stamp (a name, a full date, a time) above the story's first line of any length
    begun = next((n for n, i in enumerate(kept) if _story_begun(c.blocks[i].text)), len(kept))
    stamp = next((n for n, i in enumerate(kept) if is_stamp(c.blocks[i].text)
                  or (n < first_prose and MONTH_DATE_TIME.match(fold(c.blocks[i].text.strip())))
                  or (n < begun and _timed_name(c.blocks[i].text))), None)
    if stamp is None or c.first_story(after=kept[stamp]) is None:
        return
    texts = [c.blocks[i].text.strip() for i in kept]
    top = stamp - 1
    between = []
    # A date over a byline is the stamp's first line, not the headline (Headline / February 11, 2026 / By X),
    # and so is a portal's name beside its date right over a byline (北国晨报 2025-12-18 08:12 / 作者：赵一鸣).
    byline = not is_dated_name(texts[stamp]) and not _date_line(texts[stamp])
    while top >= 1 and (_between_title_and_stamp(texts[top], texts[top - 1]) or _date_line(texts[top])
                        or (byline and top == stamp - 1 and _portal_stamp(texts[top]))):
        between.append(kept[top])
        top -= 1
    if top < 1 or not is_title_shaped(texts[top]) or len(texts[top]) <= 4:
        return
    above = texts[:top]
    if sum(is_body_like(t) for t in above) > HEAD_PROSE or any(len(t) > 200 for t in above):
        return
    if c.short_runs(kept[:top]):
        return  # a story told in short lines above: the stamp is a foot's or a box's, the head is higher up
    # A ticker label (快訊) over headlines is a ticker; anything else above the headline is the page's head.
    ticker = len(above) > 1 and len(above[0]) <= 4 and is_label(above[0]) and all(is_headline_like(t) for t in above[1:])
    for i in kept[:top]:
        c.mark(i, "ticker" if ticker else "page-head")
    for i in between:
        if COMMENT_COUNT.match(fold(c.blocks[i].text.strip())):
            c.mark(i, "comments")
        elif is_label(c.blocks[i].text):
            c.mark(i, "dateline")  # the outlet's name over its stamp
        elif _portal_stamp(c.blocks[i].text):
            c.mark(i, "timestamp")  # a portal's name beside its date, over the byline


# A portal's name beside a numeric date and time (北国晨报 2025-12-18 08:12 发布于：黑龙江省); a headline
# beside a date ("Ukraine live: Feb 12, 2026") has no time.
_NUMERIC_STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}")


def _portal_stamp(text: str) -> bool:
    return bool(_NUMERIC_STAMP.search(text)) and is_dated_name(text)


def _between_title_and_stamp(text: str, above: str) -> bool:
    """A caption, or an outlet's name (德國之聲) under a longer headline, may stand between a
    headline and its stamp."""
    if is_caption_shaped(text) or COMMENT_COUNT.match(fold(text.strip())):
        return True  # a caption, or the story's count of comments by its stamp
    return bool(OUTLET_NAME.match(fold(text))) and is_title_shaped(above) and len(above) > len(text)


def standfirst(c: Candidates) -> None:
    """The page's description (front matter, og:description) printed again above the story as a
    standfirst. A lede the description copies ends with a full stop and stays: it is the story."""
    if not c.description:
        return
    wanted = _squeeze(c.description)
    for i in c.kept()[:6]:
        text = c.blocks[i].text.strip()
        if _squeeze(text) == wanted and not FULL_STOP_END.search(text):
            c.mark(i, "standfirst")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


def dateline(c: Candidates) -> None:
    """Date stamps, agency datelines, bylines and breadcrumb trails in the head of the article,
    before the body starts."""
    body = c.first_body()
    kept = c.kept()
    for n, i in enumerate(kept):
        if body is not None and i >= body:
            break
        text = c.blocks[i].text.strip()
        folded = fold(text)
        if _date_line(text):
            if opens_timeline([c.blocks[j].text for j in kept[n:n + 2 * TIMELINE_ENTRIES]]):
                break  # the story opens with its timeline: the date heads its first entry, not the page
            if any(len(kept[k:k + 3]) == 3 and all(_date_line(c.blocks[j].text) for j in kept[k:k + 3]) for k in range(max(0, n - 2), n + 1)):
                continue  # one of three dates in a row: a list (an archive's links) dates no page
            c.mark(i, "timestamp")
        elif DATELINE.match(folded) or (SOURCE_LINE.match(folded) and len(text) <= 60):
            c.mark(i, "dateline")
        elif BYLINE.match(folded):
            c.mark(i, "byline")
        elif BREADCRUMB.match(folded):
            c.mark(i, "breadcrumb")
        elif is_stamp(text):
            c.mark(i, "timestamp")


def outside_main_text(c: Candidates) -> None:
    """An HTML page's blocks that trafilatura left out of its main text (readers/main_text.py),
    after the head rules, so a headline or a dateline keeps its own reason (extract.py reads them)."""
    for i, block in enumerate(c.blocks):
        if dict(block.attrs).get(MAIN) == "0":
            c.mark(i, "outside-main-text")


def _menu_item(text: str) -> bool:
    text = text.strip()
    latin = sum(ch.isascii() for ch in text) > len(text) * 0.7
    short = len(text.split()) <= MENU_CHARS // 5 if latin else len(text) <= MENU_CHARS
    return short and not SENTENCE_END.search(text)


_STAMP_REASONS = frozenset({"timestamp", "byline", "dateline", "title"})


def menu_runs(c: Candidates) -> None:
    """What the other rules left above the first prose line, when it comes as a run of short
    lines without a sentence among them: a site's menu or a list of other headlines. Measured on
    the public text dumps and both halves of the real-world set before it was kept (ACCURACY.md,
    round 6): no labelled body line is such a run, and a story's own short lines (a headline, a
    byline, a standfirst) stand alone or are taken by the head rules first."""
    kept = c.kept()
    first = next((i for i in kept if is_body_like(c.blocks[i].text)), None)
    if first is None:
        return
    # Only where the prose after it outweighs what stands above: a page whose first sentence comes
    # late (a table, a list, a blog of short lines) has its content above it, not a menu.
    above = sum(len(c.blocks[i].text.strip()) for i in kept if i < first)
    prose = sum(len(c.blocks[i].text.strip()) for i in kept if i >= first and is_body_like(c.blocks[i].text))
    if prose < 2 * above:
        return
    run: list[int] = []
    texts = [c.blocks[i].text for i in kept]
    timeline = next((i for n, i in enumerate(kept) if i < first and opens_timeline(texts[n:n + 2 * TIMELINE_ENTRIES])), first)
    # A timeline's first date is the story's; the headline, marked, ends a run: a short standfirst
    # or caption under it is no menu item.
    heads = [i for i, r in enumerate(c.reasons) if r == "title" and i < timeline]
    contents = {kept[n] for n in contents_lines(texts)}  # the story's contents list (目錄, Jump to:) is no menu
    for i in sorted({*[i for i in kept if i < timeline], *heads, timeline}):
        if i != timeline and i not in heads and i not in contents and _menu_item(c.blocks[i].text):
            run.append(i)
            continue
        if run and i == timeline and is_lead_in(c.blocks[run[-1]].text) and not HAS_TIME.search(c.blocks[run[-1]].text):
            run.pop()  # the story's own lead-in over its first line (Here are the key dates so far:)
        # The page's chrome other rules took inside the run (a caption between share buttons, a credit) counts
        # towards its length; not a stamp or a byline, which a story's deck and kicker stand around.
        inside = range(run[0], run[-1] + 1) if run else range(0)
        chrome = all(c.reasons[j] not in _STAMP_REASONS for j in inside)
        if run and (len(run) >= MENU_RUN or chrome and len(inside) >= MENU_RUN and len(run) >= 2) and not _announced(c, run, i == timeline):
            for j in run:
                c.mark(j, "menu")
        run = []


def _announced(c: Candidates, run: list[int], closed_by_story: bool) -> bool:
    """A story's own key points or list above its first prose line: a label (重點, Key points) or a
    lead-in (修訂後的計畫分為四部分：) over at most ten short lines, right above the story."""
    label = fold(c.blocks[run[0]].text.strip())
    return closed_by_story and len(run) <= ANNOUNCED_ITEMS + 1 and bool(KEY_POINTS.match(label) or is_lead_in(label))
