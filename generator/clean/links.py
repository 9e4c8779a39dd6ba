"""Lines that are links rather than text: Markdown links and bare URLs with next to no words
around them (a crawled page's link lists and icons), HTML blocks whose text is mostly inside
<a> (the reader measures it), a headline glued to its "Read more", and calls to follow, subscribe
or read on that end with the address. Link density is jusText's strongest cue for boilerplate."""

from __future__ import annotations

import re

from ..normalize import MD_LINK, fold
from .candidates import Candidates
from .caption_shapes import is_caption_shaped
from .lists import INSET_ITEMS, section_after_box
from .shapes import BULLET, FULL_STOP_END, OTHER_STORIES, is_body_like, is_headline_like, is_label, is_sentence, is_stamp, is_title_shaped

_URL = re.compile(r"<?https?://[^\s>]+>?")
_RESIDUE = re.compile(r"[\W_]+")
# A headline with its teaser link glued on: "…what does each side want?Read more"
READ_MORE = re.compile(r"(read more|continue reading|keep reading|read the full story|"
                       + "|".join(re.escape(fold(w)) for w in ("閱讀更多", "繼續閱讀", "閱讀全文", "看更多", "更多內容"))
                       + r")\s*[>›»→]*$")
# Labels that only ever name other stories (folded); 推薦閱讀, Recommended and See also also head a
# story's own reading list, advice or glossary.
OTHER_STORIES_ONLY = "|".join(re.escape(fold(w)) for w in ("延伸閱讀", "相關新聞", "相關報導", "相關報道", "相關閱讀", "更多新聞")) \
    + r"|read more|also read|read also|more on this story"
# Another story's headline under a label, inline: 延伸閱讀：澤倫斯基幕僚長辭職 · Read more: Who is Rustem Umerov?
# (on the public text dumps, 11 such lines, none of them body)
RELATED_LINE = re.compile(r"^(" + OTHER_STORIES_ONLY + "|" + "|".join(re.escape(fold(w)) for w in ("推薦閱讀", "看更多"))
                          + r"|related|see also|more on this)\s*[:：]\s*(?P<headline>.{2,120})$")
# A call to action that ends with where to go: "Follow our coverage at <https://…>"
CALL_TO_ACTION = re.compile(r"^(follow|read|watch|listen|subscribe|sign up|download|get|see|find|visit|join)\b.{0,100}"
                            r"(\bat|\bon|\bhere|:)\s*<?https?://\S+>?$")
# The share of a block's text inside <a>, from the HTML reader, above which it is a link block.
LINK_DENSITY = 0.8


def _words_outside_links(text: str) -> tuple[str, str]:
    """(text outside links and URLs, text inside link labels), both without punctuation."""
    labels = "".join(m.group(1) for m in MD_LINK.finditer(text))
    outside = _URL.sub(" ", MD_LINK.sub(" ", BULLET.sub("", text, count=1)))
    return _RESIDUE.sub("", outside), _RESIDUE.sub("", labels)


def link_lines(c: Candidates) -> None:
    for i in c.kept():
        block = c.blocks[i]
        text = block.text.strip()
        folded = fold(text)
        density = float(dict(block.attrs).get("link-density", "0"))
        if density >= LINK_DENSITY and not is_body_like(text):
            c.mark(i, "links")
        elif MD_LINK.search(text) or _URL.search(text):
            outside, labels = _words_outside_links(text)
            if not outside or (len(labels) >= 3 * len(outside) and not is_sentence(text)):
                c.mark(i, "links")
            elif CALL_TO_ACTION.match(folded) and len(text) <= 200:
                c.mark(i, "promo")
        elif (match := RELATED_LINE.match(folded)) and not FULL_STOP_END.search(match.group("headline")):
            c.mark(i, "related-articles")
        elif READ_MORE.search(folded):
            stem = READ_MORE.sub("", folded).strip()
            if not stem or is_title_shaped(stem) or not is_sentence(stem):
                c.mark(i, "related-articles")


# A label alone on its line that only ever names other stories.
INSET_LABEL = re.compile(r"^\W*(?:" + OTHER_STORIES_ONLY + r"|related(?: coverage| stories| articles| content)?)\W*$")
# What opens a story's own line, never another story's headline: a date or a time (a timeline's or a
# live blog's entry: 2022年2月24日　俄羅斯全面入侵, 10.42 GMT, Monday: …), a numbered section (二、,
# 難題一, Part 2), a question or an answer (問：, Q:), a note (Editor's note, Summary).
OWN_LINE = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\b|\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[./-]\d{1,2}"
                      r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,4}\b"
                      r"|[一二三四五六七八九十]+、|\d{1,2}\s*[.、)]|(?:難題|难题)[一二三四五六七八九十\d]|part\s+\d"
                      r"|[問问答qa]\s*[:：]|editor'?s note|summary\b|from our"
                      r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*[:：]|(?:週|周|星期)[一二三四五六日天]\s*[:：])", re.I)
# A numbered section's heading: 二、安全保障怎麼給, 1. The army cap, Part 2.
SECTION_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d{1,2}\s*[.、)]|part\s+\d)", re.I)
# A list copied with a screen reader's labels (Al Jazeera's "Recommended stories"): "list of 3 items",
# "list 1 of 3", its items, "end of list"; not right under a lead-in or a heading announcing the
# story's own list.
LIST_OPENS = re.compile(r"^list of \d+ items?$")
LIST_MARK = re.compile(r"^(?:list \d+ of \d+|end of list)$")
LEAD_IN = re.compile(r"[:：]\s*$")


def _headline(text: str) -> bool:
    """Another story's headline in a list: short (an English one may run to twenty words, past 80
    characters), no full stop, more than a label's few words, and nothing a story's own line opens
    with, no caption's credit."""
    text = text.strip()
    return ((is_headline_like(text) or is_title_shaped(text)) and not is_label(text) and not (text.isascii() and len(text.split()) <= 3)
            and not is_stamp(text) and not OWN_LINE.match(text) and not is_caption_shaped(text))


# Labels that also head a story's own reading list or advice (推薦閱讀 over documents to read, Recommended
# over steps to take, See also): no box of other stories by the label alone.
OWN_READING = re.compile(r"^\W*(?:" + "|".join(re.escape(fold(w)) for w in ("推薦閱讀",)) + r"|recommended|see also)\W*$")


def _box_between_sections(c: Candidates, i: int, folded: str) -> int:
    """A box of other stories (熱門推薦, 延伸閱讀, Related) between the story's numbered sections: the line
    ending it, the next section's heading (三、… under 二、… above the label, in the same numbering),
    however short the box's headlines (a label's length); 0 when there is none, or when a line between
    is closed as a sentence (the story's, under a label that expands it: 看更多) or numbered itself (the
    box's own ranking)."""
    if not OTHER_STORIES.match(folded) or OWN_READING.match(folded):
        return 0
    return section_after_box(c, i, lambda m: is_body_like(c.blocks[m].text.strip()))


def inset_lists(c: Candidates) -> None:
    """A list of other stories set between a story's paragraphs: a label that only names them, alone
    on its line (延伸閱讀, 相關新聞, Related, Read more), over headlines, then the story's prose, or a
    heading no headline looks like over it (a list under the story's last paragraph is the cut's).
    The last headline right above the prose stays, as it may head the story's next part (a lost
    heading costs the reader more than a kept headline); a caption, a question or a note under the
    list leaves it all. And a list between a screen reader's labels (list of 3 items … end of list)
    whose items are headlines, not under a lead-in or a heading."""
    i = 0
    while i < len(c.blocks):
        folded = fold(c.blocks[i].text.strip())
        before = next((c.blocks[k].text.strip() for k in range(i - 1, -1, -1) if c.reasons[k] is None), "")
        if c.reasons[i] is None and LIST_OPENS.match(folded) and not LEAD_IN.search(before) and not is_headline_like(before):
            n = i + 1
            while n < len(c.blocks) and n - i <= 3 * INSET_ITEMS and c.reasons[n] is None and (
                    LIST_MARK.match(fold(c.blocks[n].text.strip())) or _headline(c.blocks[n].text)):
                n += 1
            if fold(c.blocks[n - 1].text.strip()) == "end of list":
                for j in range(i, n):
                    c.mark(j, "related-articles")
                i = n
                continue
        elif c.reasons[i] in (None, "related-articles") and (ahead := _box_between_sections(c, i, folded)):
            for j in range(i, ahead):
                c.mark(j, "related-articles")
            i = ahead
            continue
        elif c.reasons[i] in (None, "related-articles") and INSET_LABEL.match(folded):  # a bare "Read more" is link_lines' already
            n = i + 1
            while n < len(c.blocks) and n - i <= INSET_ITEMS and c.reasons[n] is None and _headline(c.blocks[n].text):
                n += 1
            if n > i + 1 and n < len(c.blocks) and c.reasons[n] is None:
                stop = c.blocks[n].text.strip()
                if is_body_like(stop):
                    last = n - 1  # the last line right above the prose may head the story's next part: it stays
                elif (n - i <= INSET_ITEMS and (is_label(stop) or SECTION_HEAD.match(stop)) and n + 1 < len(c.blocks)
                      and c.reasons[n + 1] is None and is_body_like(c.blocks[n + 1].text.strip())):
                    last = n  # a short heading (草案重點, 二、…) over the prose heads the story's next part
                else:
                    last = i  # a caption, a question, a note: whose lines these are is not clear
                for j in range(i, last):
                    c.mark(j, "related-articles")
                if last > i:
                    i = n
                    continue
        i += 1
