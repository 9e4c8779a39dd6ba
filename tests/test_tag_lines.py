"""A page's tag line (Tags:, Filed under:, 標籤：, 关键字：) is listed as tags wherever it stands, and
a sentence that starts the same way stays (clean/tail.py, tag_lines)."""

from __future__ import annotations

import pytest
from test_comments import reasons_of

STORY = [
    "Ukrainian and Russian negotiators met in Geneva on Tuesday for a new round of talks brokered by Washington.",
    "The talks lasted several hours, and both delegations said they would report back to their leaders.",
    "A second round is expected next month, a spokesman for the Ukrainian delegation told reporters.",
]


@pytest.mark.parametrize("tags", ["Tags: Ukraine, Russia, peace talks", "Filed Under: Geneva, Witkoff, ceasefire",
                                  "標籤：俄烏戰爭 和談 日內瓦", "关键字： 乌克兰 停火", "Tags:"])
def test_a_tag_line_is_listed_as_tags_above_or_below_the_story(tags):
    assert reasons_of([*STORY, tags])[tags] == "tags"
    assert reasons_of([STORY[0], tags, *STORY[1:]])[tags] == "tags"


@pytest.mark.parametrize("line", [
    "Keywords: the envoys said the plan would be discussed again in Geneva next week.",  # a closed sentence
    "Tags: “We will not give up our land,” Zelensky said in a video address to the nation",  # reported words
    "Tagline of the campaign was printed on every poster in Kyiv",  # no label and colon
    "Topics: security guarantees, the front line in Donetsk, the Zaporizhzhia nuclear plant",  # a story's agenda
])
def test_a_sentence_starting_like_a_tag_line_stays(line):
    assert reasons_of([STORY[0], line, *STORY[1:]])[line] is None


def test_a_label_heading_several_sections_is_no_tag_line():
    # Near miss: an explainer's "keywords", each heading a section of the story.
    sections = ["關鍵字：頓巴斯", "俄方要求烏軍撤出頓巴斯全境，基輔則堅持以目前的接觸線為基礎，雙方立場差距仍大。",
                "關鍵字：第五條", "烏克蘭希望獲得類似北約第五條的安全承諾，歐洲國家表示願意提供部隊與防空支援。",
                "關鍵字：凍結資產", "歐盟正在討論如何動用凍結的俄羅斯央行資產，為烏克蘭重建與國防提供長期資金。"]
    reasons = reasons_of([*STORY, *sections])
    assert all(reasons[t] is None for t in sections), reasons
