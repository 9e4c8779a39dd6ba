"""A pattern with a start look-ahead (generator/prefilter.py) finds exactly what the pattern finds."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.annotate.dates import DATE_PATTERN, DATE_SOURCE
from generator.normalize import fold
from generator.prefilter import compile_with_start

ROOT = Path(__file__).resolve().parent.parent
PLAIN = re.compile(DATE_SOURCE)


def matches(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(text)]


def test_the_look_ahead_lists_the_characters_a_match_can_start_with():
    assert compile_with_start(r"(?<!\d)[^ab\s]x|\bfoo|[a-c\d]").pattern == r"(?=[fa-c\d]|[^ab\s])(?:(?<!\d)[^ab\s]x|\bfoo|[a-c\d])"
    assert compile_with_start(r"a?b|(?=x)y|z{0,2}w").pattern == r"(?=[abyzw])(?:a?b|(?=x)y|z{0,2}w)"


def test_a_pattern_whose_start_cannot_be_bounded_is_compiled_as_it_is():
    for pattern in (r"x*", r".x", r"(?i:a)b", r"(?i)abc", r"(a)?\1?"):
        assert compile_with_start(pattern).pattern == pattern


def test_the_date_pattern_finds_the_same_dates_in_the_seeds():
    texts = [fold(line) for path in sorted((ROOT / "seeds").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    assert DATE_PATTERN.pattern != DATE_SOURCE  # the look-ahead is there
    found = [matches(DATE_PATTERN, t) for t in texts]
    assert sum(map(len, found)) > 20 and found == [matches(PLAIN, t) for t in texts]


# Text made of what dates are made of, and of what is next to them.
PIECES = st.sampled_from(["2025", "12", "3", "-", "年", "月", "日", "号", "今天", "昨", "上个月", "本月", "周一", "星期日", "十二", "廿",
                          "去年", "(", ")", "/", " ", "，", "。", "、", "至", "on the ", "3rd", "march ", "may", "last ", "month", "year",
                          "the ", "following ", "in ", "early ", "today", "'s ", "a ", "the 2024 ", "election", "普京", "说", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_the_date_pattern_finds_the_same_dates_in_any_text(text):
    assert matches(DATE_PATTERN, text) == matches(PLAIN, text)
