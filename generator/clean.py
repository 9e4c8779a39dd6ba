"""Separate an article's body from everything else a scrape carries.

A sequence of named rules, run in order over the blocks a reader produced (the shape of
markdown-it's Ruler). Each rule looks at position, line shape, repetition and list density, never
at a particular outlet's sentences, and marks the blocks it removes with its reason. A block keeps
the first reason it gets. Nothing is dropped: every removed block comes back as `Removed`.
Metadata lines (title, dateline, timestamp) are removed here too; extract.py reads their values.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from typing import Callable

from .model import Block, Removed
from .normalize import fold

SENTENCE_END = re.compile(r"[。！？!?.][」』”\"')）]*$")
FULL_STOP_END = re.compile(r"[。.][」』”\"')）]*$")
PUNCTUATION = re.compile(r"[，。、：:！？!?,;；「」『』（）()《》“”\"]")
ELLIPSIS_END = re.compile(r"(\.{3,}|…+)$")
DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
BULLET = re.compile(r"^\s*([•・·●▪■◦*+\-]|\d{1,2}[.、)）])\s*")
TAG_TOKEN = re.compile(r"^[^\s，。、：:！？!?,.;；「」（）()]{1,8}$")


def _any(*words: str) -> str:
    """A regex alternation of words in folded form."""
    return "|".join(re.escape(fold(w)) for w in words)


# The patterns below match *folded* text (normalize.fold: Simplified script, half-width, lower case),
# so one pattern serves Traditional, Simplified and Hong Kong pages alike: （ is (, ／ is /, 圖 is 图.
DATE_LINE = re.compile(
    r"^(【\s*)?\d{4}\s*[./\-年]\s*\d{1,2}\s*[./\-月]\s*\d{1,2}日?(t\d{2}:\d{2}(:\d{2}(\.\d+)?)?z?)?(\s+\S{1,12}){0,2}\s*$"
)
_MONTHS = "|".join(m.lower() for m in calendar.month_name if m)
# 中央社／ 柏林15日綜合外電報導 · 記者王小明／台北報導 · 中央社記者王小明台北15日電 · MOSCOW, December 3, 2025
DATELINE = re.compile(  # 電 only after a day or as 外電/專電: 俄烏戰爭／基輔全市大停電 is a headline
    rf"^[^,。]{{1,12}}/\s*(\S{{0,20}}({_any('報導', '报道')})|\S{{0,12}}?\d{{1,2}}日\S{{0,6}}{_any('電')}|\S{{0,20}}({_any('外電', '專電')}))$"
    rf"|^[^\s,。/]{{2,20}}\d{{1,2}}日\S{{0,4}}{_any('電')}$"  # 中央社記者王小明台北15日電, 新華社北京11月24日電
    rf"|^[a-z][a-z .'-]{{1,30}},\s*({_MONTHS}|{'|'.join(m.lower() for m in calendar.month_abbr if m)})\.?\s+\d{{1,2}}(,\s*\d{{4}})?"
    rf"(\s*\([a-z]+\))?(\s*[-–—])?$"
)
# 來源：新華網 2025-11-24 10:32 · Source: Reuters
SOURCE_LINE = re.compile(rf"^({_any('來源', '出處', '稿源', 'source')})\s*:")
# Staff credits closing a story: "Reporting by …; Editing by …", 責任編輯：…
CREDITS = re.compile(rf"^((additional )?reporting|writing|editing) by\b|^({_any('責任編輯', '責編', '編輯')})\s*:")
PHOTO_CREDIT = re.compile(
    rf"(({_any('圖')})/\s*\S{{1,12}}|\(({_any('圖', 'photo', '攝影')})[^)]{{0,20}}\)|[。.]\s*\([a-z][a-z .&/-]{{1,30}}\))\s*$"
)
BROWSER = re.compile(_any("瀏覽器", "browser"))
UPGRADE = re.compile(_any("升級", "提升", "更新", "版本", "upgrade", "update"))
BACK_TO_TOP = re.compile(rf"^({_any('top', 'back to top', '回到頂端', '回頂端', '返回頂部', '回到頂部', '↑', '▲')})$")
FOLLOW = re.compile(rf"(?<![a-z])(instagram|facebook|youtube|telegram|twitter|line@?)(?![a-z])|{_any('臉書', '微信', '微博', '推特')}")
INVITE = re.compile(_any("歡迎", "追蹤", "訂閱", "關注", "按讚", "follow us", "subscribe"))
COPYRIGHT = re.compile(rf"(©|\(c\)\s*\d{{4}}|{_any('版權', '著作權', '著作权', 'all rights reserved')})")

LABEL_REASONS = (
    (re.compile(_any("商品", "廣告", "贊助", "優惠", "sponsor", "advert", "shop")), "advertising"),
    (re.compile(_any("討論", "留言", "評論", "規範", "comment")), "comments"),
    (re.compile(_any("閱讀", "相關", "延伸", "推薦", "文章", "新聞", "熱門", "更多", "related", "read", "recommend", "latest", "more")),
     "related-articles"),
)


def is_sentence(text: str) -> bool:
    """Closed by a sentence ending; a teaser cut with ... or … is not."""
    text = text.strip()
    return bool(SENTENCE_END.search(text)) and not ELLIPSIS_END.search(text)


def is_body_like(text: str) -> bool:
    return len(text) >= 40 and is_sentence(text)


def is_headline_like(text: str) -> bool:
    """Short, and not closed by a full stop (headlines may end with ？ or ！; teasers end with …)."""
    text = text.strip()
    return len(text) <= 80 and (not FULL_STOP_END.search(text) or bool(ELLIPSIS_END.search(text)))


def is_label(text: str) -> bool:
    """A list's or section's label: short with no punctuation (推薦閱讀, 兩大議題), or a label that
    names other articles, ads or comments even with a colon or in English (延伸閱讀：, Read more:)."""
    text = text.strip()
    if len(text) <= 8 and not PUNCTUATION.search(text):
        return True
    bare = text.rstrip(":：").strip()
    return 0 < len(bare) <= 24 and not PUNCTUATION.search(bare) and any(p.search(fold(bare)) for p, _ in LABEL_REASONS)


@dataclass
class Candidates:
    blocks: list[Block]
    known_title: str | None = None  # from the format's metadata or sources.yml
    reasons: list[str | None] = field(default_factory=list)
    extra: list[Removed] = field(default_factory=list)  # parts cut from a kept block

    def __post_init__(self) -> None:
        self.reasons = [None] * len(self.blocks)

    def kept(self) -> list[int]:
        return [i for i, r in enumerate(self.reasons) if r is None]

    def mark(self, i: int, reason: str) -> None:
        if self.reasons[i] is None:
            self.reasons[i] = reason

    def first_body(self) -> int | None:
        return next((i for i in self.kept() if is_body_like(self.blocks[i].text)), None)


Rule = Callable[[Candidates], None]


def markup(c: Candidates) -> None:
    """Non-text blocks: timestamp comments, images (kept as links, never hot-linked), page chrome."""
    for i, block in enumerate(c.blocks):
        if block.tag == "comment":
            c.mark(i, "timestamp")
        elif block.tag == "img":
            c.mark(i, "image")
        elif block.tag in ("nav", "header", "footer", "aside"):
            c.mark(i, "page-chrome")
        elif block.tag == "title":
            c.mark(i, "title")


def date_prefix(c: Candidates) -> None:
    """A scraper's ` date YYYY-MM-DD ` stamp glued to the first paragraph."""
    for i in c.kept()[:1]:
        match = DATE_PREFIX.match(c.blocks[i].text)
        if match:
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
    end = next((n for n, i in enumerate(kept) if DATELINE.match(fold(c.blocks[i].text.strip())) or is_body_like(c.blocks[i].text)), None)
    if end is None or end < 2:
        return
    for i in kept[: end - 1]:  # the block just before the dateline or body is the title
        if is_headline_like(c.blocks[i].text):
            c.mark(i, "ticker")


def title(c: Candidates) -> None:
    """The title: the block equal to the known title (metadata), else the first block when it is
    shaped like a headline (short, not closed by a full stop)."""
    if any(r == "title" for r in c.reasons):
        return
    kept = c.kept()
    if c.known_title:
        wanted = re.sub(r"\s+", "", c.known_title)
        for i in kept[:3]:
            if re.sub(r"\s+", "", c.blocks[i].text) == wanted:
                c.mark(i, "title")
                return
        return
    if kept:
        text = c.blocks[kept[0]].text.strip()
        folded = fold(text)
        if len(text) <= 80 and not FULL_STOP_END.search(text) and not any(p.match(folded) for p in (DATE_LINE, DATELINE, SOURCE_LINE)):
            c.mark(kept[0], "title")


def dateline(c: Candidates) -> None:
    """Date stamps and agency datelines in the head of the article, before the body starts."""
    body = c.first_body()
    for i in c.kept():
        if body is not None and i >= body:
            break
        text = c.blocks[i].text.strip()
        if DATE_LINE.match(fold(text)):
            c.mark(i, "timestamp")
        elif DATELINE.match(fold(text)) or (SOURCE_LINE.match(fold(text)) and len(text) <= 60):
            c.mark(i, "dateline")


def back_to_top(c: Candidates) -> None:
    kept = c.kept()
    if kept and BACK_TO_TOP.match(fold(c.blocks[kept[-1]].text.strip())):
        c.mark(kept[-1], "back-to-top")


def tail_lists(c: Candidates) -> None:
    """After the body, a short label followed mostly by headlines, teasers and dates opens a list of
    other articles, ads or comment rules; everything from there to the end is not this article."""
    body = c.first_body()
    if body is None:
        return
    kept = [i for i in c.kept() if i > body]
    # Prose after a list (not bullet items such as comment rules) means the list is the article's.
    # The last prose block, found once, keeps this linear in the article's length.
    last_prose = max((n for n, i in enumerate(kept)
                      if is_body_like(c.blocks[i].text.strip()) and not BULLET.match(c.blocks[i].text)), default=-1)
    start = None
    for n, i in enumerate(kept):
        text = c.blocks[i].text.strip()
        if not is_label(text) or n < last_prose:
            continue
        following = [c.blocks[j].text.strip() for j in kept[n + 1 : n + 7]]
        listy = [bool(is_headline_like(t) or DATE_LINE.match(fold(t))) for t in following]
        # A section heading is followed by prose; a list label by list items straight away.
        if following and all(listy[:2]) and sum(listy) / len(listy) >= 0.6:
            start = n
            break
    if start is None:
        return
    # A line of short keyword tokens right before the list is the article's tag line.
    if start > 0:
        tokens = c.blocks[kept[start - 1]].text.split()
        if 2 <= len(tokens) <= 10 and all(TAG_TOKEN.match(t) for t in tokens):
            c.mark(kept[start - 1], "tags")
    reason = "trailing-list"
    for i in kept[start:]:
        text = c.blocks[i].text.strip()
        if is_label(text):
            reason = next((r for pattern, r in LABEL_REASONS if pattern.search(fold(text))), reason)
        c.mark(i, reason)


def duplicates(c: Candidates) -> None:
    """A block that repeats an earlier kept one, or the title, word for word (a caption printed
    twice, the title again). A repeat of a removed caption is body: it was the caption's source."""
    seen: set[str] = set()
    for i, block in enumerate(c.blocks):
        key = re.sub(r"\s+", "", block.text)
        if key in seen and c.reasons[i] is None:
            c.mark(i, "duplicate")
        if c.reasons[i] in (None, "title", "duplicate"):
            seen.add(key)


def truncated_copies(c: Candidates) -> None:
    """A block cut with `...` whose start is the start of a neighbouring block: a teaser copy."""
    for i, block in enumerate(c.blocks):
        match = ELLIPSIS_END.search(block.text.strip())
        if not match:
            continue
        stem = block.text.strip()[: match.start()].rstrip()
        if len(stem) < 10:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(c.blocks) and j != i and c.blocks[j].text.strip().startswith(stem) and len(c.blocks[j].text) > len(stem) + 3:
                c.mark(i, "truncated-copy")


def captions(c: Candidates) -> None:
    """Photo captions: a credit at the end (圖/法新社, （Reuters）) or a caption element after an image."""
    for i, block in enumerate(c.blocks):
        after_image = i > 0 and c.blocks[i - 1].tag == "img" and dict(block.attrs).get("wrapper") in ("small", "em", "i")
        if block.tag == "figcaption" or after_image or PHOTO_CREDIT.search(fold(block.text.strip())):
            c.mark(i, "photo-caption")


def footer_lines(c: Candidates) -> None:
    """Copyright, staff credits and follow-us invitations: only in the run of such lines that ends the article, so a
    news paragraph quoting a Facebook post is never taken for one. An agency list closing the story,
    （美聯社、法新社）, stays: it says where the story comes from."""
    for i in reversed(c.kept()):
        text = c.blocks[i].text.strip()
        folded = fold(text)
        if COPYRIGHT.search(folded) and len(text) < 200:
            c.mark(i, "copyright")
        elif CREDITS.search(folded) and len(text) < 200:
            c.mark(i, "credits")
        elif FOLLOW.search(folded) and INVITE.search(folded) and len(text) < 120:
            c.mark(i, "follow-us")
        else:
            break


RULES: tuple[Rule, ...] = (
    markup,
    date_prefix,
    browser_notice,
    ticker,
    title,
    dateline,
    back_to_top,
    tail_lists,
    captions,  # before duplicates: a body paragraph repeating a caption is the article's, not a copy
    duplicates,
    truncated_copies,
    footer_lines,
)


def clean(blocks: tuple[Block, ...] | list[Block], known_title: str | None = None) -> tuple[list[Block], list[Removed]]:
    """(body blocks in order, removed blocks with reasons in document order)."""
    c = Candidates(list(blocks), known_title)
    for rule in RULES:
        rule(c)
    body = [b for b, r in zip(c.blocks, c.reasons) if r is None]
    removed = [Removed(b.text if b.tag != "img" else dict(b.attrs).get("src", b.text), r, b.line)
               for b, r in zip(c.blocks, c.reasons) if r is not None]
    removed = sorted(removed + c.extra, key=lambda r: r.line)
    return body, removed
