"""Rules for the tail of a page: "back to top", lists of other articles, ads or comment rules,
copyright, the footer's run of staff credits (credits.py says what a credit is) and follow-us invitations."""

from __future__ import annotations

import re

from ..normalize import fold
from .candidates import Candidates
from .credits import FOOTER_LINE_LENGTH, credit_at, dialogue_labels
from .span import WEIGHTS
from .caption_shapes import AGENCY
from .lists import TIMELINE_ENTRIES, contents_lines, headed_timeline
from .shapes import (ANNOUNCED_ITEMS, BACK_TO_TOP, BULLET, COPYRIGHT, DATE_LINE, FOLLOW, INVITE, LABEL_REASONS, PUNCTUATION, REPORTED,
                     SENTENCE_END, SOURCE_LINE, TAG_LINE, TAG_TOKEN, any_of, is_body_like,
                     is_copyright_notice, is_headline_like, is_label, is_lead_in, is_sentence)

# 原文出處：… · 本文轉載自… · Originally published at …
REPOST_SOURCE = re.compile(rf"^({any_of('原文出處', '原文連結', '原文網址', '本文轉載自', '轉載自', '本文原載', '原文刊載')}|originally published)")
# A footer's link over the copyright: a word or a few, capitalised, no punctuation (About, Our Channels, 聯絡我們)
FOOTER_LINK = re.compile(r"^(?:[A-Z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,3}|[\u3400-\u9fff]{2,6})$")
BRACKETED = re.compile(r"^[(\[【]([^()\[\]【】]{1,12})[)\]】]$")
BRACKETED_LIST = re.compile(r"^\(([^()]{2,40})\)$")


TAG_LINE_LENGTH = 150
def back_to_top(c: Candidates) -> None:
    kept = c.kept()
    if kept and BACK_TO_TOP.match(fold(c.blocks[kept[-1]].text.strip())):
        c.mark(kept[-1], "back-to-top")


# Sentences closed inside a line: 。！？, or a full stop after a word (not U.S., Jan.) before a capital.
# Stricter than span.INNER_END, which a run's weight may take from an abbreviation: here one more
# counted stop keeps a whole list of other stories as the story's.
_CLOSED_INSIDE = re.compile(r"[。！？]\s*(?=\S)|(?<=[a-z]{3})[.!?]\s+(?=[A-Z\u3400-\u9fff])")
_CUT_WITH_ELLIPSIS = re.compile(r"(\.{3}|…|\[…\]|\[\.\.\.\])\W*$")
CUT_PROSE = 250  # characters: longer than a teaser of a sentence or two, or a footer's notice
CUT_SENTENCE = 25  # characters of the sentence the copy cut off (a link's label after a notice is shorter)


def _prose(text: str) -> bool:
    """A paragraph: closed as a sentence, or the page's paragraph the copy cut off mid-sentence:
    long (a teaser of a sentence or two is shorter), two sentences closed inside it and a third
    running on, not cut with … (a teaser's own cut)."""
    if is_body_like(text):
        return True
    if len(text) < CUT_PROSE or _CUT_WITH_ELLIPSIS.search(text):
        return False
    closed = list(_CLOSED_INSIDE.finditer(text))
    return len(closed) >= 2 and len(text) - closed[-1].end() >= CUT_SENTENCE


def _box_teasers(c: Candidates, kept: list[int], runs: set[int]) -> set[int]:
    """The runs of `runs` (kept lines in runs of closed lines) that start right under a label naming other
    stories (图片推荐 over closed captions): that box's teasers, not the story's prose."""
    found: set[int] = set()
    under = False
    for n, i in enumerate(kept):
        if i not in runs:
            under = False
            continue
        if n == 0 or kept[n - 1] not in runs:  # a run's first line: the line above says whose it is
            above = c.blocks[kept[n - 1]].text.strip() if n > 0 else ""
            under = is_label(above) and bool(_RELATED_LABEL.search(fold(above)))
        if under:
            found.add(i)
    return found


OWN_ITEM = 8  # characters: an item of the story's own list is a clause (美方草擬修訂版框架), a tag a word (烏克蘭)


def _own_list(following: list[str]) -> bool:
    """Lines under a bare label that read as the story's own list: clauses, not tags, up to a label that
    names other stories, ads or comments."""
    end = next((k for k, t in enumerate(following) if is_label(t) and any(p.search(fold(t)) for p, _ in LABEL_REASONS)), None)
    items = following[:end] if end else []
    return bool(items) and sum(len(t) for t in items) / len(items) >= OWN_ITEM


_COMMENTS_LABEL = next(pattern for pattern, reason in LABEL_REASONS if reason == "comments")
_RELATED_LABEL = next(pattern for pattern, reason in LABEL_REASONS if reason == "related-articles")


def tail_lists(c: Candidates) -> None:
    """After the body, a short label followed mostly by headlines, teasers and dates opens a list of
    other articles, ads or comment rules; everything from there to the end is not this article. (The
    body: a paragraph of prose, or a story told a short sentence a line, Candidates.first_story.)"""
    body = c.first_story()
    if body is None:
        return
    kept = [i for i in c.kept() if i > body]
    # Prose after a list (not bullet items such as comment rules) means the list is the article's.
    # The last prose block, found once, keeps this linear in the article's length.
    # a story told a short sentence a line: its runs are its prose, not those under a comments label
    # (網友留言 over three closed comments)
    comments = next((n for n, i in enumerate(kept) if is_label(c.blocks[i].text.strip())
                     and _COMMENTS_LABEL.search(fold(c.blocks[i].text.strip()))), len(kept))
    # ... nor a run right under a label naming other stories (图片推荐 over closed captions): that box's teasers
    runs = c.short_runs(kept[:comments])
    runs -= _box_teasers(c, kept, runs)
    last_prose = max((n for n, i in enumerate(kept)
                      if (_prose(c.blocks[i].text.strip()) or i in runs) and not BULLET.match(c.blocks[i].text)), default=-1)
    # A list the story announces under its last paragraph (新版框架涵蓋： then 安全保證, 領土…): its
    # items are no labels of a list of other articles.
    announced: set[int] = set()
    for n, i in enumerate(kept):
        if n > 0 and is_lead_in(c.blocks[i].text) and is_body_like(c.blocks[kept[n - 1]].text):
            items = kept[n + 1:n + 1 + ANNOUNCED_ITEMS]
            announced.update(m for m, j in enumerate(kept) if j in items)
    # The story's contents list (本文重點： over its sections' headings, each printed again over its section)
    texts = [c.blocks[i].text for i in kept]
    contents = {kept[n] for n in contents_lines(texts, after=None, own_heading=True)}
    start = None
    short = c.told_in_short_lines()
    for n, i in enumerate(kept):
        text = c.blocks[i].text.strip()
        if not is_label(text) or n < last_prose or n in announced:
            continue
        following = [c.blocks[j].text.strip() for j in kept[n + 1 : n + 7]]
        if headed_timeline([text, *following]):
            continue  # a timeline's heading over its entries (a date and an event a line), each day later
        if i in contents:
            continue  # the story's contents: its sections' headings, each printed again over its section
        listy = [bool(is_headline_like(t) or DATE_LINE.match(fold(t))) for t in following]
        # A section heading is followed by prose; a list label by list items straight away. One
        # line under a bare label is a heading over the last line of a copy cut off mid-sentence,
        # unless the label names other articles, ads or comments (Related coverage:).
        names_others = any(pattern.search(fold(text)) for pattern, _ in LABEL_REASONS)
        if short and not names_others and _own_list(following):
            continue  # on a page told in short lines, a bare label (下一步, 焦點) over items of a clause each, under
            # which a label naming other stories follows, heads the story's own list: the tail starts at that label
        if (len(following) >= 2 or names_others) and following and all(listy[:2]) and sum(listy) / len(listy) >= 0.6:
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
    # A timeline under its own heading inside the list (延伸閱讀, two headlines, 和談大事記 and its
    # dated entries, then the page's tail) is the story's: the list is marked around it.
    timeline: set[int] = set()
    for n in range(start, len(kept)):
        if n not in timeline and (length := headed_timeline(texts[n:n + 1 + 4 * TIMELINE_ENTRIES])):
            timeline.update(kept[n:n + length])
    for i in kept[start:]:
        if i in timeline:
            continue
        text = c.blocks[i].text.strip()
        if is_label(text):
            reason = next((r for pattern, r in LABEL_REASONS if pattern.search(fold(text))), reason)
        c.mark(i, reason)


def tag_lines(c: Candidates) -> None:
    """The line of the page's index words under their label (Tags:, Filed under:, 標籤：, 關鍵字：),
    wherever it stands: a list of words, never a sentence of news. A page has one; the same label on
    several lines heads the story's sections (an explainer's 關鍵字：頓巴斯, 關鍵字：第五條…)."""
    found = [(i, m.group(1)) for i in c.kept() if (m := TAG_LINE.match(fold(c.blocks[i].text.strip())))]
    labels = [label for _, label in found]
    for i, label in found:
        text = c.blocks[i].text.strip()
        if (labels.count(label) == 1 and len(text) <= TAG_LINE_LENGTH and not SENTENCE_END.search(text)
                and not REPORTED.search(fold(text))):
            c.mark(i, "tags")


def footer_lines(c: Candidates) -> None:
    """Copyright, staff credits and follow-us invitations: only in the run of such lines that ends the article,
    and an invitation reports nobody's words, so a news paragraph quoting a Facebook post is never taken for one. An agency list closing the story,
    （美聯社、法新社）, stays: it says where the story comes from."""
    copyright = False
    dialogue = dialogue_labels(c)
    for i in reversed(c.kept()):
        text = c.blocks[i].text.strip()
        folded = fold(text)
        if COPYRIGHT.search(folded) and len(text) < FOOTER_LINE_LENGTH:
            c.mark(i, "copyright")
            copyright = True
        elif copyright and FOOTER_LINK.match(text):
            c.mark(i, "trailing-list")  # About · Connect · Our Channels · Privacy, over the copyright
        elif credit_at(c, i, dialogue, footer=True):
            c.mark(i, "credits")
        elif FOLLOW.search(folded) and INVITE.search(folded) and len(text) < 120 and not REPORTED.search(folded):
            c.mark(i, "follow-us")
        elif (SOURCE_LINE.match(folded) or REPOST_SOURCE.match(folded)) and len(text) < 120:
            c.mark(i, "source-line")
        else:
            break


# A mainland site's legal footer (folded): its ICP licence or filing number, its public-security filing,
# the hotline for reporting illegal content, its news or audiovisual service licence. The law has every
# site print them at its foot: on both public benchmarks 47 such lines, and the 407 lines from the first
# of them to their pages' ends, hold no line of body.
LEGAL_FOOTER = re.compile(r"icp\s*[备证]|icp\s*(备案|许可)|公网安备|违法和不良信息举报|互联网新闻信息服务许可|增值电信业务经营许可"
                          r"|网络文化经营许可|信息网络传播视听节目许可")
# A site's reservation of reprint rights (folded): 未經授權，請勿轉載 · 非經授權，不得轉載 · 未经书面授权不得复制或建立镜像; the
# words refusing right after the permission (not 未经许可的网站不得转载…, news of a rule, nor 未经乌克兰同意).
NO_REPRINT = re.compile(r"[未非]经[^，,。；;]{0,8}?(?:书面)?(?:授权|许可)[，,、\s]*(?:不得|请勿|禁止|严禁)[^。；;]{0,8}?(?:转载|复制|摘编|镜像)")
# What may stand before it on its line: no sentence, or one about the site itself (有意與本刊合作者，…請與本網聯繫。);
# and no law or rule on the line but the rights the site holds (新法規定，外國媒體的報導非經授權，不得轉載 and
# …不得轉載，違者依新法處罰 are news of a law; 依據著作權法規定，未經授權不得轉載 is the site's notice)
_SITE_TALK = re.compile(r"本刊|本网|本站|本报|本文|合作事宜|原创|专稿")
_CLOSED = re.compile(r"[。！？!?]")
_RULE = re.compile(r"规定|法规|新法|法律|条例|禁令|规则|处罚")
_RIGHTS = re.compile(r"[著着]作权|版权|传播权|知识产权")  # folding writes 著作權 as 着作权


def legal_footer(c: Candidates) -> None:
    """A site's reservation of reprint rights (NO_REPRINT), wherever it stands; and from a mainland
    site's first legal-footer line under the story's prose (LEGAL_FOOTER) to the page's end: the
    site's, never the story's. Before the lists at the page's tail are judged, which must be last."""
    above = 0.0
    for i in c.kept():
        text = c.blocks[i].text.strip()
        folded = fold(text)
        notice = NO_REPRINT.search(folded)
        before = folded[:notice.start()] if notice else ""
        if (notice and len(text) < FOOTER_LINE_LENGTH and not REPORTED.search(folded) and not (_RULE.search(folded) and not _RIGHTS.search(folded))
                and (not _CLOSED.search(before) or all(_SITE_TALK.search(part) for part in _CLOSED.split(before) if part.strip()))):
            c.mark(i, "copyright")  # …舉行新一輪談判。本文為原創，未經授權不得轉載。 stays: news stands before the notice
            continue
        if above >= WEIGHTS.min_run and LEGAL_FOOTER.search(folded) and not is_sentence(text):  # not news of the rules
            for j in range(i, len(c.blocks)):
                c.mark(j, "legal-footer")
            return
        above += max(0.0, WEIGHTS.weight(text))


def copyright_notices(c: Candidates) -> None:
    """A site's copyright notice wherever the page prints it (shapes.is_copyright_notice), not only in
    the run of footer lines that ends the article: above a list of other stories, between the story and
    the site's menus. No labelled line of that shape is body, but for three wire notices ("© 2019
    Associated Press. All Rights Reserved. …") that a benchmark's truth counts under its story
    (ACCURACY.md, round 15). The line alone goes; what stands below it is left to the cut below the
    story (span.outside_story), which may start at it. That cut's guards keep a timeline and a tail
    mostly of sentences (a correction, an update, a digest's next story), not a list of the story's
    own printed under a short notice (reader 45; rare, accepted)."""
    for i in c.kept():
        text = c.blocks[i].text.strip()
        folded = fold(text)
        if len(text) < FOOTER_LINE_LENGTH and is_copyright_notice(folded) and not REPORTED.search(folded):
            c.mark(i, "copyright")


def closing_tag(c: Candidates) -> None:
    """A category in brackets as the article's very last line, （俄軍侵烏）, right under the
    bracketed list of sources. That list stays (it says where the story comes from), and so does a
    bracketed name closing a story without one: （中新網） may be the source itself."""
    kept = c.kept()
    if len(kept) < 2:
        return
    match = BRACKETED.match(fold(c.blocks[kept[-1]].text.strip()))
    sources = BRACKETED_LIST.match(fold(c.blocks[kept[-2]].text.strip()))
    if match and sources and re.search(AGENCY, sources.group(1)) and not re.search(AGENCY, match.group(1)) \
            and not PUNCTUATION.search(match.group(1)):
        c.mark(kept[-1], "tags")
