"""Blocks that repeat another: verbatim copies and teasers cut with an ellipsis."""

from __future__ import annotations

import re
from collections import Counter

from ..normalize import fold
from .candidates import Candidates
from .lists import TIMELINE_ENTRIES, contents_lines
from .shapes import ELLIPSIS_END, OTHER_STORIES, POST_SIGN_OFF, QUESTION_LABEL, is_body_like, is_headline_like, is_sentence, is_short_prose, is_stamp

MIN_CUT_COPY = 15  # characters; shorter starts are common to unrelated lines
CUT_COPY_SCAN = 8  # sorted neighbours looked at: copies of one block sort together


# A lettered or numbered item (B. …, 2) …, 3、…): a list the story repeats, a quiz's option given
# again as its answer, a recap's point.
ITEM = re.compile(r"\s*([A-Ha-h]|[0-9]{1,2})(?:[.)]\s+|、\s*)\S")


def duplicates(c: Candidates) -> None:
    """A block that repeats an earlier kept one, or the title, word for word (a caption printed
    twice, the title again), unless the story gives it again itself: an item of a list on the page
    (`_own_item`), a listing's field (`_own_field`), a section heading it listed (`_own_heading`), a
    question it asks of each of its people (`_own_question`).
    A repeat of a removed caption is body: it was the caption's source.
    (Inside an HTML page's main text the extractor kept one copy of each block already, and a line
    repeated there, a recipe's step or a table's value, is the story's: see YIELD_TO_MAIN_TEXT.)"""
    page = _Page(c)
    seen: set[str] = set()
    for i, block in enumerate(c.blocks):
        key = page.keys[i]
        # an embedded post's sign-off repeats when one account posted twice that day: each signs its post
        if (key in seen and c.reasons[i] is None and not POST_SIGN_OFF.match(fold(block.text.strip()))
                and not _own_item(page, i, seen) and not _own_field(page, i) and not _own_heading(page, i)
                and not _own_question(page, i) and not _own_slogan(page, i) and not _own_date(page, i)):
            c.mark(i, "duplicate")
        if c.reasons[i] in (None, "title", "duplicate"):
            seen.add(key)


class _Page:
    """The blocks with their keys (text without spaces) and how often each key stands on the page,
    computed once for the repeated lines' tests."""

    def __init__(self, c: Candidates):
        self.c = c
        self.keys = [_key(c, i) for i in range(len(c.blocks))]
        self.count = Counter(self.keys)
        self.contents = contents_lines([b.text for b in c.blocks])
        self.first = {}
        for i, key in enumerate(self.keys):
            self.first.setdefault(key, i)

    def above_run(self, i: int, shape: re.Pattern[str]) -> int:
        """The block right above the run of `shape` lines block i stands in (-1: the page's top):
        a list's label or a record's name, removed as a copy when the list was printed twice."""
        top = i
        while top > 0 and shape.match(self.c.blocks[top - 1].text):
            top -= 1
        return top - 1


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


def cut_copies(c: Candidates) -> None:
    """A block that stops mid-sentence where another block goes on word for word: a copy cut short
    (a page excerpt ending inside a repeated caption). Taken when the whole copy is furniture, or
    when the cut one ends the page; a heading that opens a paragraph's first words stays."""
    keys = sorted((re.sub(r"\s+", "", b.text), i) for i, b in enumerate(c.blocks))
    kept = c.kept()
    last = kept[-1] if kept else None
    for n, (key, i) in enumerate(keys):
        if len(key) < MIN_CUT_COPY or is_sentence(key) or c.reasons[i] is not None:
            continue
        # Sorted, the blocks starting with `key` come right after it (past its own copies).
        longer = [j for k, j in keys[n + 1:n + 1 + CUT_COPY_SCAN] if k.startswith(key) and k != key]
        if any(c.reasons[j] is not None for j in longer) or (longer and i == last):
            c.mark(i, "truncated-copy")


def _key(c: Candidates, i: int) -> str:
    return re.sub(r"\s+", "", c.blocks[i].text)


def _own_item(page: _Page, i: int, seen: set[str]) -> bool:
    """A repeated item the story gives again (a quiz's option as its answer, a recap's point): a
    lettered or numbered line whose list the page holds (a neighbouring mark, A and B, 2 and 3, so
    not "E. coli"), not inside a copied block (the line above its run of items, a list's label, was
    not itself a copy, nor is the line after it: a most-read list or a page printed twice)."""
    c = page.c
    if not (item := ITEM.match(c.blocks[i].text)):
        return False
    mark = item.group(1)
    near = {chr(ord(mark) - 1), chr(ord(mark) + 1)} if mark.isalpha() else {str(int(mark) - 1), str(int(mark) + 1)}
    if not any((other := ITEM.match(b.text)) and other.group(1) in near for b in c.blocks):
        return False
    if (above := page.above_run(i, ITEM)) >= 0 and c.reasons[above] == "duplicate":
        return False
    return not (i + 1 < len(c.blocks) and not ITEM.match(c.blocks[i + 1].text) and page.keys[i + 1] in seen)


# A quotation standing alone on its line: “Nothing about Ukraine without Ukraine.”, 「不能拿領土換和平。」
QUOTATION_LINE = re.compile(r"^[“「『\"‘][^“「『”」』\"]{2,60}[”」』\"’][。.!?！？]?$")


def _own_slogan(page: _Page, i: int) -> bool:
    """A quotation the story gives again on its own line (a slogan chanted, words said twice), right
    under the story's line that announces it (……反覆高喊：, "He said only:"). (A pull quote stands
    between paragraphs unannounced, before or after the story's copy: which copy it is, neighbouring
    prose does not tell; the two copies of pages written to tune this said both.)"""
    c = page.c
    if not QUOTATION_LINE.match(c.blocks[i].text.strip()) or i == 0 or c.reasons[i - 1] is not None:
        return False
    return bool(ANNOUNCING.search(fold(c.blocks[i - 1].text.strip())))


def _own_date(page: _Page, i: int) -> bool:
    """A date a timeline gives again over a second entry of that day (2025年11月23日 over 同日，英法德
    提出對案): the story's date lines, at least TIMELINE_ENTRIES others, each stand right over a paragraph
    of the story, as this one does (a timeline whose days do not run one way, lists.timeline_heads
    finds none)."""
    c = page.c

    def entry(j: int) -> bool:
        text = c.blocks[j].text.strip()
        return (len(text) <= 24 and any(ch.isdigit() for ch in text) and is_stamp(text)
                and j + 1 < len(c.blocks) and c.reasons[j + 1] is None and is_short_prose(c.blocks[j + 1].text))

    return entry(i) and sum(1 for j in range(len(c.blocks)) if j != i and c.reasons[j] is None and entry(j)
                            and page.keys[j] != page.keys[i]) >= TIMELINE_ENTRIES


# A line of the story's prose that announces the words it quotes next (folded): a verb of saying right before
# its colon (……反覆高喊： · 他最後只重複了一句： · "the crowd chanted:" · "He said only:"), or a sentence of clauses
# (當天，數十名家屬在總統府外聚集，高舉標語：); not a box's label (Quote of the day from Kyiv: · 本週最受關注的一句話：).
# A list's lead-in (…, include:) passes too: a pull quote under it stays, a copy of the story's own words,
# where taking the announced line would lose a paragraph.
ANNOUNCING = re.compile(r"^.{6,}(?:说|喊|道|称|表示|指出|强调|重复了?一句|写道|宣布|回应)[^，,。:：]{0,4}[:：]$"
                        r"|^.{6,}\b(?:said|says|told|added|chanted|shouted|wrote|repeated|declared|insisted|replied)\b(?:\s+\w+){0,2}\s*[:：]$"
                        r"|^(?=.{11,}$).*[，,].*[^\W\d_][:：]$", re.I)


# A field of a listing: a short label, a colon, a short value (成人票原价：25元, Price: $30).
FIELD = re.compile(r"^\s*([^\s:：。，,][^:：。，,]{0,11})\s*[:：]\s*(\S[^。！？]{0,39})$")
FIELD_RECORDS = 3  # lines the label heads, with different values: a listing's records, not a copy
# Labels of the page's own fields (who wrote or edited it, how often it was read, shared or
# commented, when it was updated, its section; folded): printed again, they are a copy.
PAGE_LABEL = re.compile(r"作者|记者|编辑|来源|阅读|评论|点赞|分享|转发|收藏|浏览|更新|发布|栏目|"
                        r"\b(?:author|reporter|editor|by|source|comments?|shares?|views?|likes?|reads?|updated|published|section)\b", re.I)


def _own_field(page: _Page, i: int) -> bool:
    """A field the story's listing repeats (成人票原价：25元 under two of its places): a label and a
    value, the label not the page's own (作者：, Comments:), heading at least FIELD_RECORDS lines of
    the page with more than one value; not right under its first copy (a pull quote after its
    answer), nor in a run of fields under a line that is itself a copy (a listing printed twice).
    A widget printed twice with such fields (weather, a stock box) stays: telling it from a
    listing's recap by its records' names lost the story's own lines on pages written to check this."""
    c = page.c
    if not (field := FIELD.match(c.blocks[i].text)):
        return False
    label = field.group(1).strip()
    if PAGE_LABEL.search(fold(label)):
        return False
    values = [m.group(2).strip() for b in c.blocks if (m := FIELD.match(b.text)) and m.group(1).strip() == label]
    if len(values) < FIELD_RECORDS or len(set(values)) < 2:
        return False
    above = page.above_run(i, FIELD)
    return above >= 0 and c.reasons[above] != "duplicate" and page.keys[i - 1] != page.keys[i]


def _own_heading(page: _Page, i: int) -> bool:
    """A section heading the story listed before (本文重點：領土問題、安全保證… then 領土問題 over
    its section; "In this article: What Russia wants …"): the repeat is headline-like, no stamp,
    printed twice on the page, right above new prose; its first copy is kept, stands below the
    story's first paragraph (not the page's head or menus) in a run of short lines of which another
    also heads new prose later (a list of the sections, not a title, a caption or a menu), and the
    sections follow the list with a paragraph at most between (not a box of other stories whose
    cards come after the story's body)."""
    c, keys = page.c, page.keys
    if not _heads_prose(page, i) or is_stamp(c.blocks[i].text):
        return False
    key = keys[i]
    j = page.first[key]
    if page.count[key] != 2 or c.reasons[j] is not None:
        return False  # a heading is listed once and heads once; a stamp or a label over every teaser recurs
    first_prose = next((k for k in range(len(c.blocks)) if c.reasons[k] is None and is_body_like(c.blocks[k].text)), len(c.blocks))
    if j < first_prose and j not in page.contents:
        return False  # above the lead, only a contents list (目錄, Jump to:) lists the story's sections
    lo = hi = j
    while lo > 0 and is_headline_like(c.blocks[lo - 1].text) and not is_body_like(c.blocks[lo - 1].text):
        lo -= 1
    if any(OTHER_STORIES.match(fold(c.blocks[k].text.strip())) for k in range(lo, j + 1)):
        return False  # a list under 相關新聞 or Related names other stories, whose cards print their headlines again
    listed = {keys[k] for k in range(lo, j + 1)}
    while hi + 1 < i and is_headline_like(c.blocks[hi + 1].text) and not is_body_like(c.blocks[hi + 1].text) \
            and keys[hi + 1] not in listed:  # a line the list already holds heads the first section
        hi += 1
        listed.add(keys[hi])
    # The sections follow their list (a paragraph at most between them); a box of other stories'
    # headlines has the story's body between it and their cards.
    first_head = next(k for k in range(hi + 1, len(c.blocks)) if keys[k] in listed)
    if sum(1 for k in range(hi + 1, first_head) if is_body_like(c.blocks[k].text)) > 1:
        return False
    return any(keys[k] in listed - {key} and _heads_prose(page, k) for k in range(hi + 1, len(c.blocks)))


QUESTION = re.compile(r"[?？]\s*$")


def _own_question(page: _Page, i: int) -> bool:
    """A question the story asks again of each of its people (a panel of experts, an interview series:
    問：歐洲該怎麼做？ over each one's answer): a line ending with a question mark, every copy of it right
    above an answer the page prints once, a paragraph unless the question is labelled (問：, Q:). A
    prompt printed twice (你怎麼看？ over a comment, "What do you think?" over a poll) is a copy."""
    c = page.c
    text = c.blocks[i].text.strip()
    if not QUESTION.search(text):
        return False
    labelled = bool(QUESTION_LABEL.match(fold(text)))  # 問：…？ Q: …? over any answer; a bare question over a paragraph
    copies = [k for k, key in enumerate(page.keys) if key == page.keys[i]]
    return all(k + 1 < len(c.blocks) and page.count[page.keys[k + 1]] == 1
               and (is_body_like(c.blocks[k + 1].text) or labelled and is_short_prose(c.blocks[k + 1].text)) for k in copies)





def _heads_prose(page: _Page, i: int) -> bool:
    """A short line right above a paragraph of prose the page prints once."""
    c = page.c
    if not is_headline_like(c.blocks[i].text) or i + 1 >= len(c.blocks) or c.reasons[i + 1] is not None:
        return False
    following = c.blocks[i + 1].text
    return (is_body_like(following) or is_short_prose(following)) and page.count[page.keys[i + 1]] == 1
