"""Lines with no letter or digit (a separator, a close button, emojis) are never a paragraph of the
story: nothing on them could be quoted or linked to (clean/span.py, wordless)."""

from __future__ import annotations

from generator.clean import clean
from generator.model import Block

STORY = [
    "Envoys meet in Geneva",
    "Ukrainian and Russian negotiators met in Geneva on Tuesday for a new round of talks brokered by Washington.",
    "|",
    "The talks lasted several hours, and both delegations said they would report back to their leaders.",
    "* * *",
    "🇺🇦✨",
    "×",
    "2",
    "Kyiv — 烏克蘭",
    "A second round is expected next month, a spokesman for the Ukrainian delegation told reporters.",
]


def test_lines_with_no_word_are_listed_not_kept():
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate(STORY, start=1)])
    kept = [b.text for b in body]
    reasons = {r.text: r.reason for r in removed}
    assert [reasons.get(t) for t in ("|", "* * *", "🇺🇦✨", "×")] == ["no-words"] * 4
    # A digit or any letter, in any script, is text: kept or judged by the other rules, never this one.
    assert reasons.get("2") != "no-words" and reasons.get("Kyiv — 烏克蘭") != "no-words"
    assert [t for t in STORY if len(t) > 60 or t in ("2", "Kyiv — 烏克蘭")] == kept
