"""News lines shaped like a page's furniture stay (a second reader's fixtures, ACCURACY.md round 9):
each case is a line the cleaner removed, with the furniture it was written against as a near miss."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.model import Block

STORY = [
    "美國特使威科夫2日在莫斯科與俄羅斯總統普丁會談近5小時，雙方討論了美方提出的和平計畫修訂版，但未能就領土問題達成共識。",
    "克里姆林宮外交顧問烏沙科夫會後表示，會談「有建設性」，但俄方對部分條款仍有保留，雙方同意繼續保持接觸。",
    "烏克蘭總統澤倫斯基表示，基輔正在等待美方通報會談結果，並強調任何協議都必須包含可靠的安全保證。",
]
EN_STORY = [
    "US and Ukrainian negotiators met in Geneva on Sunday to work through a revised draft of the peace framework.",
    "Officials from both delegations said the talks focused on security guarantees and the future of the east.",
    "European leaders joined part of the meeting and pressed for a role in monitoring any ceasefire.",
]


def outcome(texts: list[str]) -> dict[str, str | None]:
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate(texts, start=1)])
    result: dict[str, str | None] = {b.text: None for b in body}
    result.update({r.text: r.reason for r in removed})
    return result


@pytest.mark.parametrize("news, furniture", [
    ("澤倫斯基當晚在臉書發文表示，歡迎美方持續斡旋，但烏克蘭不會接受任何損害主權的條件。", "歡迎追蹤我們的臉書粉絲專頁"),
    ("烏克蘭外交部在Telegram頻道表示，將密切關注美俄會談進展。", "歡迎訂閱本台Telegram頻道"),
    ("In a Telegram post, Zelensky said Kyiv would subscribe to any plan that keeps Ukraine whole.",
     "Follow us on Facebook and subscribe to our YouTube channel"),
])
def test_a_closing_paragraph_reporting_a_post_is_no_follow_us_line(news, furniture):
    story = STORY if news[0] > "\u2e80" else EN_STORY
    assert outcome([*story, news])[news] is None
    assert outcome([*story, furniture])[furniture] == "follow-us"


@pytest.mark.parametrize("news, furniture, reason", [
    # a short sentence opening with a control's word
    ("Share prices in Moscow rose 3%.", "Share this article", "page-chrome"),
    ("Printing of the draft was halted.", "Print", "page-chrome"),
    ("分享情報成為爭議焦點。", "分享到：", "page-chrome"),
    ("轉寄給國會的草案共有28點。", "轉寄", "page-chrome"),
    # a sentence opening with a stamp's words
    ("Published on Nov. 20, the plan calls for Ukraine to cede Donbas.", "Published on Nov. 20, 2025 at 9:15 a.m.", "timestamp"),
    ("Posted on Nov. 23 at 9:15 p.m., Trump's message drew swift replies.", "Posted on November 23, 2025 at 9:15 pm", "timestamp"),
])
def test_a_sentence_opening_with_a_controls_or_a_stamps_words_stays(news, furniture, reason):
    story = EN_STORY if news.isascii() else STORY
    assert outcome([story[0], news, *story[1:]])[news] is None
    assert outcome([story[0], furniture, *story[1:]])[furniture] == reason


@pytest.mark.parametrize("news, notice", [
    ("草案另一條款要求烏克蘭加強智慧財產權與版權保護。", "版權所有 © 2026 範例新聞網"),
    ("根據草案，烏克蘭也須遵守國際著作權規範，並停止對俄羅斯媒體內容的封鎖。", "本網站著作權所有，未經授權不得轉載"),
])
def test_a_last_paragraph_about_copyright_is_no_copyright_notice(news, notice):
    assert outcome([*STORY, news])[news] is None
    assert outcome([*STORY, notice])[notice] == "copyright"


LEDE = "美國國務卿盧比歐24日表示，美國與烏克蘭在日內瓦的會談取得「巨大進展」，雙方已就修改後的和平框架達成共識，將再與莫斯科討論。"
LATER = ["盧比歐說，原本28點的計畫已縮減為19點，其中部分最敏感的議題，包括領土與札波羅熱核電廠的未來，將留給兩國總統決定。",
         "烏克蘭國家安全與國防委員會秘書烏梅洛夫也證實，雙方在多數條款上取得一致，並感謝美方團隊週末在日內瓦的努力。",
         "歐洲官員週日提出反建議，表示他們在整個過程中都有參與，但多國首都仍對計畫中有關制裁的條款抱持懷疑。"]
HEAD = ["美烏日內瓦會談取得進展", "2025-11-24 08:15"]


def test_a_short_list_the_story_announces_after_its_lede_stays():
    items = ["新版框架涵蓋：", "安全保證", "領土", "解除制裁", "戰後重建"]
    result = outcome([*HEAD, LEDE, *items, *LATER])
    assert [t for t in [LEDE, *items, *LATER] if result[t] is not None] == []
    # Near miss: a site's menu of short items under a label, above the story, still goes.
    menu = ["追蹤我們：", "國際", "兩岸", "財經", "體育", "娛樂"]
    result = outcome([*menu, *HEAD, LEDE, *LATER])
    assert None not in {result[t] for t in menu}


def test_a_key_points_box_above_the_lede_stays():
    box = ["重點", "美烏代表團在日內瓦完成兩天會談", "雙方同意修改和平計畫草案", "領土與安全保證問題仍未解決"]
    result = outcome([*HEAD, *box, LEDE, *LATER])
    assert [t for t in [*box, LEDE, *LATER] if result[t] is not None] == []
    en_box = ["Key points:", "- US and Ukrainian teams finish two days of talks", "- Both sides agree to revise the draft",
              "- Territory and guarantees remain open"]
    result = outcome(["Geneva talks end with gaps remaining", "November 24, 2025", *en_box, *EN_STORY])
    assert [t for t in [*en_box, *EN_STORY] if result[t] is not None] == []
    # Near miss: other stories' headlines above the story under a section's label still go.
    trending = ["Trending:", "Oil prices jump as OPEC meets in Vienna", "Storm batters the east coast overnight",
                "Court blocks the new tariff rules"]
    result = outcome([*trending, "Geneva talks end with gaps remaining", "November 24, 2025", *EN_STORY])
    assert None not in {result[t] for t in trending}


def test_an_english_date_alone_under_the_headline_dates_the_story(tmp_path):
    from generator.extract import to_source
    from generator.readers import read

    path = tmp_path / "geneva.txt"
    path.write_text("\n".join(["Geneva talks end with gaps remaining", "November 24, 2025", *EN_STORY]) + "\n", encoding="utf-8")
    source = to_source(read(path), None)
    assert source.published == "2025-11-24"
    assert [p.text for p in source.paragraphs] == EN_STORY


def test_a_list_the_story_announces_at_its_end_stays():
    items = ["新版框架涵蓋：", "安全保證", "領土", "解除制裁", "戰後重建"]
    result = outcome(["普丁會見威科夫 和平計畫仍卡領土", "2025-12-03 07:30", *STORY, *items])
    assert [t for t in [*STORY, *items] if result[t] is not None] == []
    # Near miss: a label naming other articles opens a list of them, colon or not.
    related = ["延伸閱讀：", "普丁：俄方不急於達成協議", "歐盟外長會議登場", "澤倫斯基訪問倫敦"]
    result = outcome(["普丁會見威科夫 和平計畫仍卡領土", "2025-12-03 07:30", *STORY, *related])
    assert {result[t] for t in related} == {"related-articles"}


def test_a_one_paragraph_brief_closed_by_its_agency_stays():
    brief = "俄羅斯總統普丁2日在克里姆林宮會見美國特使威科夫，雙方就和平計畫會談近5小時。（法新社）"
    assert outcome(["普丁會見威科夫", "2025-12-03 07:30", brief])[brief] is None
    # Near miss: the same line above a story's first paragraph is the picture's caption.
    assert outcome(["普丁會見威科夫", "2025-12-03 07:30", brief, *STORY])[brief] == "photo-caption"


def test_a_deadline_as_a_subheading_is_no_byline():
    result = outcome([EN_STORY[0], "By Thanksgiving", *EN_STORY[1:]])
    assert result["By Thanksgiving"] is None
    assert outcome([EN_STORY[0], "By Jane Doe and John Roe", *EN_STORY[1:]])["By Jane Doe and John Roe"] == "byline"


def test_a_related_storys_link_heading_in_a_markdown_crawl_is_not_the_title(tmp_path):
    from generator.extract import to_source
    from generator.readers import read

    path = tmp_path / "crawl.md"
    path.write_text("\n\n".join(["# Geneva talks end with gaps remaining", *EN_STORY, "## More on this story",
                                 "### [Trump says Ukraine must hold elections](https://example.com/elections)"]) + "\n",
                    encoding="utf-8")
    source = to_source(read(path), None)
    assert source.title == "Geneva talks end with gaps remaining" and source.url is None
    # Near miss: a crawl whose headline is itself a link gives the title and the address.
    path.write_text("# [Geneva talks end with gaps remaining](https://example.com/geneva)\n\n" + "\n\n".join(EN_STORY) + "\n",
                    encoding="utf-8")
    source = to_source(read(path), None)
    assert (source.title, source.url) == ("Geneva talks end with gaps remaining", "https://example.com/geneva")


def test_a_summary_box_above_the_lede_stays():
    box = ["Summary", "US and Ukrainian teams finish two days of talks in Geneva", "Both sides agree to revise the draft",
           "Territory and guarantees remain open"]
    result = outcome(["Geneva talks end with gaps remaining", "November 24, 2025", *box, *EN_STORY])
    assert [t for t in [*box, *EN_STORY] if result[t] is not None] == []


def test_two_stamps_joined_by_a_dot_date_the_story(tmp_path):
    from generator.extract import to_source
    from generator.readers import read

    stamp = "December 2, 2025 9:10 PM UTC · Updated 2 hours ago"
    path = tmp_path / "amp.txt"
    path.write_text("\n".join(["Putin and Witkoff talks end without a deal", stamp, *EN_STORY]) + "\n", encoding="utf-8")
    source = to_source(read(path), None)
    assert source.published == "2025-12-02" and [p.text for p in source.paragraphs] == EN_STORY
    # Near miss: a row of section names joined by dots is no stamp.
    assert outcome([*EN_STORY[:2], "Talks · Ukraine · Russia", EN_STORY[2]])["Talks · Ukraine · Russia"] != "timestamp"


def test_a_date_over_a_byline_is_the_stamp_not_the_headline():
    """Headline / date / byline / story (a reader's page): the date is the stamp's first line, so the
    headline is the title, not the page's head above a "headline" that was the date."""
    head = ["Envoys return to Geneva as Kremlin weighs revised plan", "February 11, 2026", "By Defence Correspondent"]
    result = outcome([*head, *EN_STORY])
    assert result[head[0]] == "title" and all(result[t] is None for t in EN_STORY)
    # Near miss: a menu over the headline still goes as the page's head.
    menu = ["Home", "World", "Europe", "Business", "Sport"]
    result = outcome([*menu, *head, *EN_STORY])
    assert result[head[0]] == "title" and all(result[t] is not None for t in menu)
