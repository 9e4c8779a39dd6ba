"""Notes on who wrote the story and captions of Chinese wire photos (ACCURACY.md, round 29): a line
opening with a writer the byline names that says who they are or where they reported from, their
name alone over a bio; one sentence closed by a wire photo's credit (視覺中國 圖, 新華社記者 王曄 攝).
Each with the story lines that look like them and must stay."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.clean.caption_shapes import is_caption_shaped
from generator.model import Block

HEAD = ["Talks in Geneva end without a ceasefire", "By HANNA ROE, PIERRE DOE and Ann Lee"]
STORY = [
    "US, Russian and Ukrainian negotiators ended two days of talks in Geneva on Wednesday without agreeing to a ceasefire.",
    "Ukraine's delegation head said the sides had made progress on prisoner exchanges and would meet again next week.",
    "The Kremlin said Moscow's position on the Donetsk region had not changed and that any deal must address the war's causes.",
    "European leaders, who were not at the table, said they would keep pressing for a seat at the talks.",
]


def cleaned(*texts: str) -> tuple[list[str], dict[str, str]]:
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate(texts, start=1)])
    return [b.text for b in body], {r.text: r.reason for r in removed}


@pytest.mark.parametrize("note", [
    "Roe is an Associated Press journalist based in Kyiv, Ukraine, covering the war.",  # the surname
    "Doe covers the United Nations and Swiss affairs for The Associated Press from Geneva.",
    "Hanna Roe is the Moscow bureau chief for The Times, covering Russia and the former Soviet Union.",
    "Ann Lee reports on the war in Ukraine from Kyiv. She has worked for The Times since 2019.",
    "Doe reported from Geneva. Lee reported from Tallinn, Estonia.",
    "Pierre Doe reported from Geneva, and Ann Lee from Kyiv, Ukraine.",
    "**Ann Lee** is an editorial fellow at _Foreign Policy_.",
])
def test_a_note_on_a_writer_the_byline_names_goes(note):
    body, removed = cleaned(*HEAD, *STORY, note)
    assert note not in body
    assert removed[note] == "author-bio"
    assert body == STORY


def test_the_name_alone_goes_over_its_note_and_stays_alone():
    body, removed = cleaned(*HEAD, *STORY, "HANNA ROE", "Roe is an Associated Press journalist based in Kyiv.")
    assert body == STORY and removed["HANNA ROE"] == "author-bio"
    body, _ = cleaned(*HEAD, *STORY[:2], "Hanna Roe", "Q: Will the talks resume next week?", *STORY[2:])
    assert "Hanna Roe" in body  # an interview's label, not a note's head


@pytest.mark.parametrize("byline, news", [
    # the page names someone else by the writer's surname: the surname alone is theirs (a reviewer's probes)
    ("By Ann Lee", "Lee is a former human rights lawyer who has made talks with Pyongyang a central promise."),
    ("By Ann Lee", "Lee reported from the summit that President Lee Jae-myung had backed the talks."),
    ("By Olena Roshchyna", "Roshchyna reported from occupied territories for Ukrainska Pravda before Viktoriia Roshchyna's detention."),
    # what befell the writer, or what they did, is news of them
    ("By Kate Johnson", "Johnson was prime minister when the talks collapsed, Moscow says."),
    ("By Jane Kellogg", "Kellogg joined the talks in Riyadh last year as an adviser to the US delegation."),
    ("By HANNA KOVAL", "Koval was held in a detention center in Taganrog for eight months."),
    # an agency's byline names no writer
    ("By The Associated Press", "The Associated Press previously reported that the Emirates had mediated earlier exchanges."),
])
def test_a_sentence_about_someone_else_or_what_befell_a_writer_stays(byline, news):
    body, _ = cleaned(HEAD[0], byline, *STORY[:2], "President Lee Jae-myung said Seoul backed the talks.", news, *STORY[2:])
    assert news in body


def test_the_role_under_a_writer_s_name_goes_with_it():
    body, removed = cleaned(*HEAD, *STORY, "Ann Lee", "Reporter", "Ann Lee is a reporter for Example News covering diplomacy.")
    assert body[-len(STORY):] == STORY and len(body) == len(STORY)
    assert removed["Reporter"] == "author-bio"


@pytest.mark.parametrize("news", [
    "Lee said the talks had been difficult but productive.",  # the writer's words are news of them
    "Roe, who was detained in Moscow last year, was released on Tuesday.",  # news of a writer: a verb of saying, a clause
    "Lee Jae-myung, South Korea's president, said Seoul supported the talks.",  # another Lee
    "Lavrov is the longest-serving foreign minister in Moscow's history, and he has led Russia's side since 2004.",  # not a writer
    "Reporter",  # a role alone, under no writer's name
])
def test_lines_that_are_not_a_note_on_the_byline_s_writers_stay(news):
    body, _ = cleaned(*HEAD, *STORY[:2], news, *STORY[2:])
    assert news in body


def test_without_a_byline_a_name_alone_is_not_taken_for_a_writer():
    body, _ = cleaned(HEAD[0], *STORY, "Ann Lee", "Ann Lee is the EU's envoy for the talks, and she has met Lavrov twice.")
    assert "Ann Lee" in body


@pytest.mark.parametrize("caption", [
    "当地时间2026年2月18日，瑞士日内瓦，乌克兰代表团团长抵达会谈地点。视觉中国 图",
    "当地时间2026年2月9日，俄罗斯总统助理在莫斯科接受媒体采访。图片来源：视觉中国",
    "当地时间2026年1月23日，阿联酋阿布扎比，美俄乌三方会谈举行。图/IC photo",
    "2月18日，乌克兰代表团抵达日内瓦。新华社记者 王晔 摄",
    "2月18日，烏克蘭代表團抵達日內瓦。（新華社記者王曄、李青攝）",
    "烏克蘭代表團抵達日內瓦。中新社發 供圖",
])
def test_one_sentence_closed_by_a_wire_photo_s_credit_is_a_caption(caption):
    assert is_caption_shaped(caption)


@pytest.mark.parametrize("paragraph", [
    # two sentences before the credit: a paragraph the copy glued it to
    "当地时间2月18日，美乌俄三方代表在日内瓦举行新一轮会谈。乌方团长在会后表示，会谈富有成效。图片来源：视觉中国",
    "乌克兰总统在记者会上表示，会谈富有成效。视觉中国 图",  # someone's words: the story's
    "视频显示爆炸现场。这段视频由当地居民拍摄",  # 拍攝 closing a sentence, not a photographer's credit
    "俄方公布了方案。和平路线图",  # a word ending in 圖
    "双方同意交换战俘。来源：新华社",  # the story's source, not a photo's
])
def test_a_paragraph_ending_like_a_wire_credit_is_not_a_caption(paragraph):
    assert not is_caption_shaped(paragraph)


@pytest.mark.parametrize("stamp", [
    "維港即時 2026年1月15日 星期四 14:22",  # a portal's name beside a full date and a time, under the headline
    "掌上环球 2025-12-02 更新于 23:48",
    "金紫荊財經　2026年2月11日　16:12",
])
def test_a_portal_s_stamp_under_the_headline_goes(stamp):
    lede = "烏克蘭總統澤連斯基表示，美烏安全保障協議文本已經完成，現在等待美國總統簽署。"
    second = "他說，協議須獲美國國會批准，才能成為具有法律效力的保障。"
    body, removed = cleaned("美烏安全保障協議文本「已完成」 澤連斯基：等待特朗普簽署", stamp, lede, second)
    assert body == [lede, second]
    assert removed[stamp] == "timestamp"


def test_a_byline_in_markdown_s_emphasis_shows_its_words(tmp_path):
    from generator.extract import to_source
    from generator.readers import read
    path = tmp_path / "page.txt"
    path.write_text("\n".join([HEAD[0], "By **Ann Lee**, an editorial fellow at _Example News_.", *STORY]) + "\n", encoding="utf-8")
    source = to_source(read(path), None)
    assert source.byline == "By Ann Lee, an editorial fellow at Example News."
