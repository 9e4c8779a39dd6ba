"""Where the story runs in a page copied as plain text, and what stands around it.

A text dump (select-all and copy, or a scrape) holds the whole page, one block a line, and most of
the furniture the other rules leave in it stands below the story: teasers of other stories, lists
of headlines, comments, author boxes, footers. With no markup left, the story is the run of lines
with the most prose in it, the way a reader's eye finds it: each closed sentence counts for its
length, any other line (a menu item, a headline, a stamp, a teaser cut with …) against it, and the
run with the highest total is the story (a maximum-scoring subsequence, as in Pasternack and Roth,
"Extracting article text from the web with maximum subsequence segmentation", WWW 2009).

Above the run, a line of a few words with no sentence in it (a menu item, a section's name, a share
button, a breadcrumb's step) is the page's, not the story's; longer lines above it stay, since a
claim, a table's introduction or a contents list may stand between a headline and the prose (cut
whole, the part above lost body on the checking half of the benchmarks' sites).

Below the run (which ends above the author's note or credits), the cut starts only where the page
shows its furniture: at the first line another rule removed (a label, a stamp, a share line, a
copyright) or a menu item of a few letters, past a timeline under its heading and past a list of
other stories set into the story (its label and headlines go). What stands between (a list the
story ends with, an editor's note) stays, and so does a tail that is more of
the story though short: a timeline of dated sentences, a live report's short updates. The cut is made only when it
is worth making and the evidence is clear: what it removes costs enough, spans several lines, and
holds much less prose than the story's run (two runs of a size are two stories, not a story and its
furniture). HTML pages are judged by trafilatura instead (head.outside_main_text), unless it found
no main text in them.

The weights were chosen by `scripts/experiment_prose_run.py` on half of the sites of the public
benchmarks' text dumps and checked on the other half and on the hand-labelled real-world set and
seeds (ACCURACY.md, rounds 7 and 8); round 21 made the cost count what other rules took as
furniture, and the span 8 lines under an author's note or credits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalize import fold
from .candidates import Candidates
from .lists import (INSET_ITEMS, TIMELINE_DATE, TIMELINE_ENTRIES, contents_lines, dated_entries, headed_timeline, next_section, opens_timeline,
                    section_after_box)
from .shapes import (ANNOUNCED_ITEMS, ELLIPSIS_END, KEY_POINTS, LEAD_IN, OTHER_STORIES, PUNCTUATION, QA_LABEL, SENTENCE_END, is_dated_name, is_label,
                     is_lead_in, is_title_shaped, words)

RUNS_ON = re.compile(r"[,，、;；]$")  # a sentence the page broke across lines goes on below
AFTERWORD = re.compile(r"[。！？!?.][」』”\"')）]*\s*[（(][^（()）]{1,40}[)）]$")  # 。（作者系研究員）
INNER_END = re.compile(r"[。！？!?][」』”\"')）]*\S|[.!?][\"'”’)]*\s+[A-Z\"“]")  # a sentence closed inside the line


@dataclass(frozen=True)
class Weights:
    min_prose: float = 5.0  # words a closed line needs to be prose ("All rights reserved." is not)
    line_cost: float = 8.0  # what a line that is not prose costs, in words
    unclosed: float = 0.5  # per word, a long line with a sentence closed inside but not at its end (a paywall's "...")
    min_short: float = 3.0  # words of a closed line shorter than prose (乌方对此保持沉默。): neither prose nor a
    short_closed: float = 0.0  # furniture line's cost, so a story told in short sentences is one run
    min_run: float = 40.0  # a page with less prose than this in its best run is left alone
    min_cut: float = 24.0  # the cut must cost this much,
    min_cut_span: int = 10  # span this many lines to the page's end (one heading or a cut-off last line is no furniture),
    min_cut_span_signed: int = 8  # or this many under an author's note or credits, which close the story,
    min_cut_lines: int = 2  # of which this many no other rule took,
    max_prose_cut: float = 0.85  # and less prose than this share of the run's
    max_menu_words: float = 3.0  # above the run, a line of this many words or fewer with no sentence is the page's

    def weight(self, text: str) -> float:
        """What a line adds to the run: its length in words (a CJK character is half a word) if it is
        prose, nothing if it is a short closed sentence, else a cost."""
        text = text.strip()
        length = words(text)
        if length >= self.min_prose and not ELLIPSIS_END.search(text) and (
                SENTENCE_END.search(text) or LEAD_IN.search(text) or RUNS_ON.search(text) or AFTERWORD.search(text)):
            return length
        if length >= 2 * self.min_prose and INNER_END.search(text):
            return self.unclosed * length
        if length >= self.min_short and SENTENCE_END.search(text) and not ELLIPSIS_END.search(text):
            return self.short_closed
        return -self.line_cost


WEIGHTS = Weights()
PLACED_BELOW = frozenset({"comments", "after-story"})
# Lines that close a story: what stands under them is the page's (a newsletter pitch the promotion rule
# takes may stand inside the story, above a list of its own: ACCURACY.md, round 16).
SIGNED_OFF = frozenset({"author-bio", "credits"})


def announced_lists(texts: list[str], weights: list[float]) -> list[float]:
    """The weights with a list the story announces counted as neither prose nor furniture: up to
    ANNOUNCED_ITEMS short items right under a lead-in of the story's (計畫的主要內容包括：, "The plan
    includes:") and closed by its next prose line. Counted as furniture, a list of six points cut the
    story's run in two, and the cut below the first half took the second. So with the story's contents
    list (shapes.contents_lines), above its lead too."""
    out = list(weights)
    for i in contents_lines(texts):
        out[i] = max(out[i], 0.0)
    for i, text in enumerate(texts):
        if weights[i] <= 0 or not is_lead_in(text):
            continue
        end = next((j for j in range(i + 1, min(len(texts), i + 2 + ANNOUNCED_ITEMS)) if weights[j] > 0), None)
        if end is not None and end > i + 1 and not any(is_label(texts[j].strip()) for j in range(i + 1, end)):
            out[i + 1:end] = [0.0] * (end - i - 1)
    return out


def best_run(weights: list[float]) -> tuple[int, int, float]:
    """(first, last, total) of the contiguous run with the highest total (Kadane), the earliest on a tie."""
    best, start, total = (0, -1, 0.0), 0, 0.0
    for i, w in enumerate(weights):
        if total <= 0:
            start, total = i, 0.0
        total += w
        if total > best[2]:
            best = (start, i, total)
    return best


def _few_letters(text: str) -> bool:
    """A menu item or a label below the story (Tags, Share, 相關新聞): stricter than the short lines
    taken above it, since a looser test here (three words, half a word a CJK character) stopped the
    walk at a list's short item and cost the checking sites recall (ACCURACY.md, round 7)."""
    text = text.strip()
    return len(text.split()) <= 3 and len(text) <= 12 and not PUNCTUATION.search(text)


LETTERED = re.compile(r"^([A-H])[.)]\s+\S")
LETTERED_RUN = 3  # options in a row, lettered one after another (A, B, C): no menu letters its items


def _lettered_options(c: Candidates, kept: list[int]) -> set[int]:
    """Kept lines in a run of LETTERED_RUN or more lettered one after another (A. …, B. …, C. …): a quiz's
    options or the story's own lettered list."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*kept, None]:
        match = LETTERED.match(c.blocks[i].text.strip()) if i is not None else None
        if match and (not run or ord(match.group(1)) == ord(LETTERED.match(c.blocks[run[-1]].text.strip()).group(1)) + 1):
            run.append(i)
            continue
        if len(run) >= LETTERED_RUN:
            found.update(run)
        run = [i] if match and match.group(1) == "A" else []
    return found


def _above_the_run(c: Candidates, weights: list[float], first: int) -> list[int]:
    """The kept lines above the run that are not prose, but for a list the story announces: a lead-in
    right under a sentence of its own (新版框架涵蓋： then 安全保證, 領土…; "The 19 points cover:") or a
    key-points label (重點, Key points), and up to ten short items closed by the story's next prose line."""
    kept = [i for i in range(first + 1) if c.reasons[i] is None]
    spared: set[int] = set()
    for n, i in enumerate(kept[:-1]):
        text = fold(c.blocks[i].text.strip())
        # A lead-in under a sentence of the story's, or a key-points label (重點, Key points) anywhere.
        # Under a sentence any colon announces ("They include:"); standing alone, a lead-in must be a
        # clause (shapes.is_lead_in), as "Tags:" is not.
        if weights[i] > 0 or not (KEY_POINTS.match(text) or (n > 0 and weights[kept[n - 1]] > 0 and LEAD_IN.search(text))):
            continue
        items = next((m for m in range(n + 1, len(kept)) if weights[kept[m]] > 0), len(kept)) - n - 1
        if n + items + 1 < len(kept) and items <= ANNOUNCED_ITEMS:
            spared.update(kept[n:n + items + 1])
    every = c.kept()
    texts = [c.blocks[i].text for i in every]
    spared.update(i for n, i in enumerate(every) if i in kept and opens_timeline(texts[n:n + 2 * TIMELINE_ENTRIES]))  # its first date
    spared.update(every[n] for n in contents_lines(texts))  # the story's contents list (目錄, Jump to:)
    spared.update(i for i in kept if QA_LABEL.match(fold(c.blocks[i].text.strip())))  # a Q&A's 問：…？ 答：領土。, however short
    spared.update(_lettered_options(c, kept))  # a quiz's options: A. Istanbul / B. Abu Dhabi / C. Geneva
    return [i for i in kept if i < first and weights[i] <= 0 and i not in spared]


def outside_story(c: Candidates, w: Weights = WEIGHTS) -> None:
    """Mark a text page's lines outside its story, the densest run of prose: above it, each line of a
    few words with no sentence (a menu item, a section label, a share button); below it, everything
    from the first furniture line on."""
    if not c.is_text_page():
        return
    # A section another rule placed below the story (readers' comments) is no part of its run.
    weights = [-w.line_cost if r in PLACED_BELOW else w.weight(b.text) for b, r in zip(c.blocks, c.reasons)]
    weights = announced_lists([b.text for b in c.blocks], weights)
    first, last, total = best_run(weights)
    if total < w.min_run:
        return
    for i in _above_the_run(c, weights, first):
        if words(c.blocks[i].text.strip()) <= w.max_menu_words:
            c.mark(i, "menu")
    signed = False
    while last > first and c.reasons[last] in SIGNED_OFF:
        last, signed = last - 1, True  # the story ends above its author's note, not on it
    start = last + 1
    while start < len(c.blocks):
        if c.reasons[start] is None and not _few_letters(c.blocks[start].text):
            start += 1
        elif timeline := _timeline_at(c, start) or _taken_then_timeline(c, start):
            start += timeline
        elif inset := _inset_at(c, weights, start) or _taken_box(c, start):
            for i in range(start, start + inset):
                c.mark(i, "related-articles")
            start += inset
        else:
            break
    # A list the story announces as it ends (新法的主要內容包括： then 揭弊者身分保密, …): its short items
    # are the story's, up to the first line another rule took; the cut, if any, starts there.
    announced = start
    if 0 < start < len(c.blocks) and c.reasons[start - 1] is None and is_lead_in(c.blocks[start - 1].text):
        items = start
        while items < len(c.blocks) and items - start < ANNOUNCED_ITEMS and c.reasons[items] is None:
            items += 1
        if items < len(c.blocks) and c.reasons[items] is not None:
            announced = items
    left = [i for i in range(announced, len(c.blocks)) if c.reasons[i] is None]
    prose = sum(x for x in weights[first:last + 1] if x > 0)
    # The span counts the lines other rules took too: the better they do, the more of a page's tail
    # they take, and a count of what they left would switch the cut off (ACCURACY.md, round 8). So
    # does the cost, each as a line of furniture: an author's note or a promo closed as a sentence
    # weighed as prose and switched it off (round 21).
    cost = sum(weights[i] if c.reasons[i] is None else -w.line_cost for i in range(start, len(c.blocks)))
    if (cost > -w.min_cut or len(c.blocks) - start < (w.min_cut_span_signed if signed else w.min_cut_span) or len(left) < w.min_cut_lines
            or sum(weights[i] for i in left if weights[i] > 0) >= w.max_prose_cut * prose):
        return
    if _continues(c, left):
        return
    for i in left:
        c.mark(i, "after-story")


def _timeline_at(c: Candidates, start: int) -> int:
    """Lines from start that are a timeline the story ends with, its heading (shapes.headed_timeline)
    or its entries alone, none taken by another rule: 0 when there is none. Such a heading reads as a
    menu's label, and the cut below the story took the timeline with the page's furniture."""
    free = next((n for n, r in enumerate(c.reasons[start:start + 2 + 4 * TIMELINE_ENTRIES]) if r is not None),
                len(c.reasons[start:start + 2 + 4 * TIMELINE_ENTRIES]))
    texts = [b.text for b in c.blocks[start:start + free]]
    if headed := headed_timeline(texts):
        return headed
    entries = dated_entries(texts)
    return entries if entries >= TIMELINE_ENTRIES else 0


def _taken_then_timeline(c: Candidates, start: int) -> int:
    """A few lines other rules took (a list of other stories set into the story) and a timeline right
    under them: how many lines up to the timeline's end, 0 when no timeline follows."""
    n = start
    while n < len(c.blocks) and c.reasons[n] is not None and n - start <= INSET_ITEMS:
        n += 1
    timeline = _timeline_at(c, n) if start < n < len(c.blocks) else 0
    return n - start + timeline if timeline else 0


STORY_GOES_ON = 10.0  # words of prose under it: a paragraph, not a teaser's sentence


def _inset_at(c: Candidates, weights: list[float], start: int) -> int:
    """Lines from start that are a list of other stories set into the story: a label naming them
    (延伸閱讀, Related) over a few headlines, then more of the story, two paragraphs (a heading may
    stand over them) or a timeline; 0 when there is none. Taiwanese sites set such lists between a
    story's paragraphs, and the cut started at the label took the rest of the story. One paragraph
    under the list may be a teaser's, so it takes two."""
    if c.reasons[start] is not None or not OTHER_STORIES.match(fold(c.blocks[start].text.strip())):
        return 0
    if end := section_after_box(c, start, lambda m: weights[m] > 0):  # between the story's numbered sections
        return end - start
    n = start + 1
    while n < len(c.blocks) and n - start <= INSET_ITEMS and c.reasons[n] is None and weights[n] <= 0 and not is_label(c.blocks[n].text.strip()):
        n += 1
    if n == start + 1 or n >= len(c.blocks):
        return 0
    after = n + 1 if c.reasons[n] is None and weights[n] <= 0 and n + 1 < len(c.blocks) else n  # a heading over the story's next part
    paragraphs = [i for i in range(after, min(len(c.blocks), after + 2)) if c.reasons[i] is None and weights[i] >= STORY_GOES_ON]
    goes_on = len(paragraphs) == 2 or _timeline_at(c, n) > 0
    return n - start if goes_on else 0


def _taken_box(c: Candidates, start: int) -> int:
    """Lines from start that links.inset_lists took as a box of other stories between the story's
    numbered sections, the next section's heading right under them; 0 when there is none."""
    end = start
    while end < len(c.blocks) and c.reasons[end] == "related-articles":
        end += 1
    return end - start if end > start and end < len(c.blocks) and next_section(c, start, end) else 0


STAMP_REACH = 6  # lines above the story's run where its stamp (date, byline, dateline) may stand
HEADLINE_REACH = 3  # lines above the stamp where the headline may stand (a standfirst, a caption between)
HEAD_PROSE_SHARE = 0.3  # what stands above the headline holds less prose than this share of the run's
TEASER_WORDS = 30  # and no paragraph: a teaser is a sentence or two (a one-paragraph story above a longer run was lost whole)


def story_head(c: Candidates, w: Weights = WEIGHTS) -> None:
    """Mark a text page's head above the story's headline (see _above_the_headline). Run before the
    title and ticker rules, so the headline is the first line they see."""
    if not c.is_text_page():
        return
    weights = [w.weight(b.text) if r is None else -w.line_cost for b, r in zip(c.blocks, c.reasons)]
    weights = announced_lists([b.text for b in c.blocks], weights)
    first, last, total = best_run(weights)
    if total < w.min_run:
        return
    for i in _above_the_headline(c, weights, first, last):
        c.mark(i, "page-head")


# 当前位置：首页 > 经济 >: the page's path, a label and a trailing mark too (shapes.BREADCRUMB wants the whole line a path)
_BREADCRUMB = re.compile(r"\s[>›»]\s|[>›»]\s*$|^(当前位置|您的位置|你的位置|您现在的位置)")


def _not_a_headline(text: str) -> bool:
    """Title-shaped lines of the head that are no headline: a breadcrumb, a menu printed on one line
    (four items or more of a few letters each: 即時 港聞 兩岸 國際 財經)."""
    items = text.split()
    return bool(_BREADCRUMB.search(fold(text))) or len(items) >= 4 and all(len(item) <= 4 and not PUNCTUATION.search(item) for item in items)


def _above_the_headline(c: Candidates, weights: list[float], first: int, last: int) -> list[int]:
    """The page's head in a text page whose menus run past the head rules' reach (page_head looks at
    the first forty lines): the story's stamp stands just above its densest run of prose, its
    headline just above the stamp, and what stands above the headline is the page's, when it holds
    little prose and no paragraph (menus, teasers' headlines and sentences, a ticker). The topmost
    headline-shaped line near the stamp, below any section label, is taken as the headline, so a
    standfirst between them is never taken for it."""
    reach = range(first - 1, max(-1, first - 1 - STAMP_REACH), -1)
    stamp, dated = next((i for i in reach if c.is_stamp_line(i)), None), False
    if stamp is None:  # no stamp of the usual shapes: a portal's name beside its date
        stamp, dated = next((i for i in reach if c.reasons[i] is None and is_dated_name(c.blocks[i].text)), None), True
    if stamp is None:
        return []
    heads = []
    for i in range(stamp - 1, max(-1, stamp - 1 - HEADLINE_REACH), -1):
        text = c.blocks[i].text.strip()
        if c.is_stamp_line(i) or (dated and is_dated_name(text)):
            if heads:  # a stamp over the "headline": the story's own head stands higher (its date, a photo, a dateline)
                return []
            continue  # a byline over the date: one stamp
        if c.reasons[i] not in (None, "title"):
            continue
        if is_label(text) and heads:
            break  # a section's label over the headline (最新, Latest): the page's from there up
        if is_title_shaped(text) and not is_label(text) and not _not_a_headline(text):
            heads.append(i)
    if not heads:
        return []
    above = [i for i in range(heads[-1]) if c.reasons[i] is None]
    if above and KEY_POINTS.match(fold(c.blocks[above[-1]].text.strip())):
        return []  # the "headlines" are the story's key points, under its own headline
    prose = sum(x for x in weights[first:last + 1] if x > 0)
    if (not above or sum(weights[i] for i in above if weights[i] > 0) > HEAD_PROSE_SHARE * prose
            or any(weights[i] > TEASER_WORDS for i in above) or _story_above(c, weights, heads[-1])):
        return []
    return above


def _story_above(c: Candidates, weights: list[float], head: int) -> bool:
    """Whether a stamp with prose under it stands above the "headline": the story began there, and
    the headline found is an embed's (a chart's or a video's title over its source or date)."""
    stamps = [i for i in range(head) if c.is_stamp_line(i)]
    return bool(stamps) and any(weights[i] > 0 and c.reasons[i] is None for i in range(stamps[-1] + 1, head))


def _continues(c: Candidates, left: list[int]) -> bool:
    """Whether what stands below the story is more of it, though short: a timeline (dates alone, each
    over a sentence: 和談大事記, "Timeline of the talks"), or lines mostly closed as sentences (a live
    report's short updates, short paragraphs under a share line). Its entries are short and few, so
    the cut's measures of prose would take it for furniture; furniture below a story is headlines,
    labels and links, and teasers' dates stand over headlines. On the public benchmarks no tail the
    cut takes is either (ACCURACY.md, round 9)."""
    texts = [c.blocks[i].text.strip() for i in left]
    entries = sum(1 for head, entry in zip(texts, texts[1:])
                  if TIMELINE_DATE.match(fold(head)) and SENTENCE_END.search(entry))
    sentences = sum(1 for t in texts if SENTENCE_END.search(t))
    return entries >= TIMELINE_ENTRIES or sentences * 2 > len(texts)


_WORD = re.compile(r"[^\W_]")  # a letter or a digit, in any script


def wordless(c: Candidates) -> None:
    """A line with no letter or digit left in the story (|, * * *, ×, emojis alone): nothing a reader
    could quote. Taken last, so that no rule above reads it as a sign of furniture (taken first,
    it changed where the cut below a story starts on four checking sites)."""
    for i in c.kept():
        if not _WORD.search(c.blocks[i].text):
            c.mark(i, "no-words")
