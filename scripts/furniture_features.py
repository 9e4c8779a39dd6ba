"""Features of the line-model experiment (scripts/train_furniture.py): what a model knows of each line: its own shape, what the rules said of it, and
where it stands relative to the article's prose, the way a reader decides without markup.

A text dump has no tags left, so the evidence is each line and its neighbours: length, sentence
punctuation, repetition, stamp and credit shapes, and position relative to the densest run of prose
(found as the maximum-sum run of per-line prose scores, Kadane's algorithm). Every feature has a
name a reader can be told (`SIGNALS`), so a removed line says which of them decided.
"""

from __future__ import annotations

import math
import re

from generator.model import Block
from generator.normalize import fold
from generator.clean.caption_shapes import is_caption_shaped
from generator.clean.shapes import (BREADCRUMB, BULLET, COPYRIGHT, CREDITS, ELLIPSIS_END, FOLLOW, is_label, is_sentence, is_stamp,
                                    is_title_shaped)

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
_CLAUSE = re.compile(r"[，,、；;：:]")
_STOP = re.compile(r"[。！？!?]|\.(\s|$)")
_DIGIT = re.compile(r"\d")
_URLISH = re.compile(r"https?://|www\.|@\w|\.com\b|\[[^\]]*\]\(")
_SEPARATORS = re.compile(r"\s[|•·»›]\s|\s/\s")

# The rules' reasons, grouped by the part of the page they judge (the model weighs each group).
RULE_GROUPS = {
    "rule-head": ("ticker", "title", "page-head", "standfirst", "browser-notice", "breadcrumb"),
    "rule-stamp": ("timestamp", "dateline", "byline", "source-line", "credits", "copyright", "embed-credit"),
    "rule-notice": ("site-notice", "promo", "advertising", "comments", "follow-us", "back-to-top"),
    "rule-links": ("links", "related-articles", "trailing-list", "tags"),
    "rule-caption": ("photo-caption",),
    "rule-repeat": ("duplicate", "truncated-copy"),
    "rule-chrome": ("page-chrome",),
}
_GROUP_OF = {reason: group for group, reasons in RULE_GROUPS.items() for reason in reasons}

NAMES = (
    "length", "words", "sentence-end", "clause-marks", "stops", "digits", "capitalised", "latin",
    "ellipsis", "bullet", "link-or-handle", "separators",
    "stamp-shape", "caption-shape", "title-shape", "label-shape", "copyright", "credits", "follow", "breadcrumb",
    *RULE_GROUPS, "repeated",
    "position", "in-main-run", "before-main-run", "after-main-run", "prose-before", "prose-after",
    "prev-length", "next-length", "prev-sentence", "next-sentence", "window-length", "window-sentences",
)

# What each feature means to a reader, for the reason shown beside a removed line.
SIGNALS = {
    "length": "行很短", "words": "字數很少", "sentence-end": "沒有句末標點", "clause-marks": "沒有逗號等句中標點",
    "stops": "不成句", "digits": "多為數字", "capitalised": "多為大寫開頭的詞（選單、標題）", "latin": "文字種類",
    "ellipsis": "以刪節號結尾（摘要）", "bullet": "項目符號", "link-or-handle": "含網址或帳號", "separators": "含分隔符（選單）",
    "stamp-shape": "日期、電頭或署名的格式", "caption-shape": "圖說格式", "title-shape": "標題格式", "label-shape": "欄目標籤格式",
    "copyright": "版權聲明", "credits": "採編署名", "follow": "社群追蹤", "breadcrumb": "導覽路徑",
    "rule-head": "位於頁首的標題、跑馬燈或選單", "rule-stamp": "日期、電頭或署名", "rule-notice": "網站提示或推廣",
    "rule-links": "連結或相關文章清單", "rule-caption": "圖說", "rule-repeat": "重複出現", "rule-chrome": "網頁選單與頁尾",
    "repeated": "同一行在頁面中重複", "position": "在頁面中的位置",
    "in-main-run": "不在正文最密集的段落內", "before-main-run": "位於正文之前", "after-main-run": "位於正文之後",
    "prose-before": "之前的正文很少", "prose-after": "之後的正文很少",
    "prev-length": "上一行很短", "next-length": "下一行很短", "prev-sentence": "上一行不成句", "next-sentence": "下一行不成句",
    "window-length": "周圍多為短行", "window-sentences": "周圍多不成句",
}


def _size(text: str) -> int:
    """Words for Latin script, characters for CJK: a rough count of what a reader reads."""
    return len(_CJK.findall(text)) + len(_WORD.findall(text))


def _prose_score(size: int, sentence: bool) -> float:
    """Positive for a line that reads as prose, negative for furniture-shaped lines: the main run is
    where the sum is largest."""
    if sentence and size >= 12:
        return float(size)
    return -max(4.0, size / 2)


def line_features(blocks: list[Block], reasons: list[str | None]) -> list[list[float]]:
    """One vector per block (in NAMES' order). `reasons` are the rules' verdicts so far."""
    n = len(blocks)
    texts = [b.text.strip() for b in blocks]
    folded = [fold(t) for t in texts]
    sizes = [_size(t) for t in texts]
    sentences = [is_sentence(t) for t in texts]
    counts: dict[str, int] = {}
    for f in folded:
        counts[f] = counts.get(f, 0) + 1

    # The densest run of prose (maximum-sum subarray of prose scores).
    scores = [_prose_score(s, sent) for s, sent in zip(sizes, sentences)]
    best, best_start, best_end, run, start = -math.inf, 0, -1, 0.0, 0
    for i, score in enumerate(scores):
        if run <= 0:
            run, start = score, i
        else:
            run += score
        if run > best:
            best, best_start, best_end = run, start, i
    prose = [max(score, 0.0) for score in scores]
    total_prose = sum(prose) or 1.0
    before = 0.0

    vectors = []
    for i, (text, f, size, sentence) in enumerate(zip(texts, folded, sizes, sentences)):
        latin_words = _WORD.findall(text)
        capitalised = sum(1 for w in latin_words if w[0].isupper()) / len(latin_words) if latin_words else 0.0
        chars = max(len(text), 1)
        group = _GROUP_OF.get(reasons[i] or "")
        window = range(max(0, i - 3), min(n, i + 4))
        others = [j for j in window if j != i] or [i]
        prev_i, next_i = (i - 1 if i > 0 else None), (i + 1 if i + 1 < n else None)
        vector = [
            math.log1p(chars), math.log1p(size), float(sentence), min(len(_CLAUSE.findall(text)), 5) / 5,
            min(len(_STOP.findall(text)), 5) / 5, len(_DIGIT.findall(text)) / chars, capitalised,
            sum(len(w) for w in latin_words) / chars, float(bool(ELLIPSIS_END.search(text))), float(bool(BULLET.match(text))),
            float(bool(_URLISH.search(text))), min(len(_SEPARATORS.findall(text)), 3) / 3,
            float(is_stamp(text)), float(is_caption_shaped(text)), float(is_title_shaped(text)), float(is_label(text)),
            float(bool(COPYRIGHT.search(f))), float(bool(CREDITS.search(f))), float(bool(FOLLOW.search(f)) and size <= 20),
            float(bool(BREADCRUMB.match(f))),
            *(float(group == name) for name in RULE_GROUPS), float(counts[f] > 1),
            i / max(n - 1, 1), float(best_start <= i <= best_end),
            math.log1p(max(best_start - i, 0)), math.log1p(max(i - best_end, 0)),
            before / total_prose, (total_prose - before - prose[i]) / total_prose,
            math.log1p(sizes[prev_i]) if prev_i is not None else 0.0, math.log1p(sizes[next_i]) if next_i is not None else 0.0,
            float(sentences[prev_i]) if prev_i is not None else 0.0, float(sentences[next_i]) if next_i is not None else 0.0,
            sum(math.log1p(sizes[j]) for j in others) / len(others), sum(sentences[j] for j in others) / len(others),
        ]
        before += prose[i]
        vectors.append(vector)
    return vectors


CONTEXT_NAMES = ("first-pass", "prev-first-pass", "next-first-pass", "near-best", "window-first-pass", "between-body")
SIGNALS.update({"first-pass": "本行本身像雜訊", "prev-first-pass": "上一行是雜訊", "next-first-pass": "下一行是雜訊",
                "near-best": "附近沒有正文", "window-first-pass": "周圍多是雜訊", "between-body": "不夾在正文之間"})


def context_features(first: list[float]) -> list[list[float]]:
    """The second pass's view: what the first pass made of the line and of its neighbours, so a
    short line between two paragraphs of the story reads as the story (jusText's context step)."""
    n = len(first)
    out = []
    for i, p in enumerate(first):
        prev_p = first[i - 1] if i > 0 else 0.0
        next_p = first[i + 1] if i + 1 < n else 0.0
        near = max(first[max(0, i - 2):i + 3])
        window = first[max(0, i - 3):i + 4]
        above = max(first[max(0, i - 3):i], default=0.0)
        below = max(first[i + 1:i + 4], default=0.0)
        out.append([p, prev_p, next_p, near, sum(window) / len(window), min(above, below)])
    return out
