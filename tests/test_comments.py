"""Readers' comments under a story in a text dump: never quoted as the story (clean/comments.py)."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.model import Block
from generator.readers.main_text import MAIN

STORY = [
    "Talks resume in Geneva",
    "Ukrainian and Russian negotiators met in Geneva on Tuesday for a new round of talks brokered by Washington.",
    "The talks lasted several hours, and both delegations said they would report back to their leaders.",
]
# Each reader's remark is a closed sentence, longer in all than the story: the densest run of prose.
REMARKS = [
    "I have followed these talks from the start and I do not believe either side is ready to give up anything at all.",
    "The same thing was promised last spring, and the front line has not moved since then, so why would this round be different?",
    "Whatever the envoys agree, the parliament in Kyiv would still have to vote on it, and that vote would be very hard to win.",
    "Nobody in this thread seems to remember that the last ceasefire lasted less than a week before the shelling started again.",
]
TAIL = ["Recent posts", "Envoys to meet again next month"]


def reasons_of(texts: list[str], attrs: tuple = ()) -> dict[str, str | None]:
    body, removed = clean([Block(text=t, line=n, attrs=attrs) for n, t in enumerate(texts, start=1)])
    reasons: dict[str, str | None] = {b.text: None for b in body}
    reasons.update({r.text: r.reason for r in removed})
    return reasons


def test_a_comment_section_goes_whole_even_when_it_outweighs_the_story():
    page = STORY + ["3 responses to “Talks resume in Geneva”",
                    "kyivwatcher says:", REMARKS[0], REMARKS[1],
                    "Jane Roe on March 3, 2026 at 4:47 pm said:", REMARKS[2],
                    "Old Hand on March 4, 2026 at 9:02 am said:", REMARKS[3]] + TAIL
    reasons = reasons_of(page)
    assert [reasons[t] for t in STORY[1:]] == [None, None]
    assert reasons["3 responses to “Talks resume in Geneva”"] == "comments"
    assert reasons["kyivwatcher says:"] == reasons["Jane Roe on March 3, 2026 at 4:47 pm said:"] == "comments"
    assert {reasons[t] for t in REMARKS + TAIL} == {"after-story"}


ANSWERS = [
    "We will not sign anything that hands our land to the aggressor, and every Ukrainian understands why.",
    "Elections will be held once there is a real ceasefire and our soldiers can come home to vote.",
]


@pytest.mark.parametrize("intros", [
    ("The minister says:",),  # one such line
    ("Asked about territory, Zelensky says:", "On elections, the president says:"),  # an interview's quotes
    ("In a post on Truth Social, Trump wrote:", "Hours later, Medvedev wrote:"),  # posts quoted
    ("Comments", "Peskov said:", "Kallas said:"),  # officials' comments under a subheading
    ("Anna Smith on March 3, 2026 at 2:05 pm", "Oleh Petrenko on March 3, 2026 at 3:40 pm"),  # a live blog's entries
    ("kyivwatcher says:", "Jane Roe says:"),  # a comment system's lines, but under no comments heading
])
def test_a_storys_own_quotes_and_entries_are_no_comment_section(intros):
    """Near misses, each written the way a story introduces what someone says: every line stays."""
    lead = [intros[0]] if intros[0] == "Comments" else []
    rest = intros[len(lead):]
    page = STORY + lead + [x for n, intro in enumerate(rest) for x in (intro, ANSWERS[n % 2])] + [
        "The talks are expected to continue in Miami later this week, officials said."]
    reasons = reasons_of(page)
    assert [t for t in page[1:] if reasons[t] is not None] == []


def test_an_html_pages_main_text_is_left_to_trafilatura():
    page = STORY + ["3 responses to “Talks resume in Geneva”", "kyivwatcher says:", REMARKS[0], "Jane Roe says:", REMARKS[1]]
    reasons = reasons_of(page, attrs=((MAIN, "1"),))
    assert "comments" not in reasons.values() and "after-story" not in reasons.values()


def test_comments_with_no_story_above_them_are_left_to_the_other_rules():
    # A page of remarks alone (a forum thread) has no story for the comments to sit under.
    page = ["Readers on the Geneva talks", "kyivwatcher says:", REMARKS[0], "Jane Roe says:", REMARKS[1], REMARKS[2]]
    reasons = reasons_of(page)
    assert reasons[REMARKS[0]] is None and reasons[REMARKS[1]] is None
