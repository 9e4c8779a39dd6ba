"""Page furniture removed by its shape: front matter, the page's head above the headline, site
notices, link lines, captions, stamps and bylines, cut copies and closing lines. Every fixture
here is written for the test; each shows a pattern real scrapes carry, never their text."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import opencc
import pytest

from generator import ingest, load_config
from generator.clean import clean
from generator.evaluate import evaluate, load_gold
from generator.extract import to_source
from generator.model import Block
from generator.normalize import markdown_words
from generator.readers import read
from generator.render import REASONS

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "briefing.yml")

LEDE = "烏克蘭總統澤倫斯基今天在基輔表示，烏克蘭不會接受任何要求割讓領土的和平方案，並呼籲歐洲盟友持續施壓。"
SECOND = "澤倫斯基說，烏方代表團將在下週與美國特使再度會面，討論停火監督與安全保證的細節。"
THIRD = "克里姆林宮發言人則表示，俄方仍在研究美方提出的最新草案，目前不會公開評論具體內容。"
EN_LEDE = "Ukrainian and Russian negotiators met in Geneva on Tuesday for a new round of talks brokered by Washington."
EN_SECOND = "The talks lasted several hours, and both delegations said they would report back to their leaders."


def source_of(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return to_source(read(path), None)


def body(source) -> list[str]:
    return [p.text for p in source.paragraphs]


def removed(source) -> dict[str, str]:
    return {r.text: r.reason for r in source.removed}


def lines(*texts: str) -> list[Block]:
    return [Block(text=t, line=n) for n, t in enumerate(texts, start=1)]


# --- front matter ------------------------------------------------------------------------------

FRONT_MATTER_PAGE = f"""
---
title: "Talks resume in Geneva as envoys push for a deal | Europe | Example Daily"
source: https://news.example.com/europe/talks-resume
date: 2026-02-17
description: "Negotiators meet again with the front line still the main obstacle"
word_count: 640
---

Skip to main content
Negotiators meet again with the front line still the main obstacle
{EN_LEDE}
{EN_SECOND}
"""


def test_front_matter_is_metadata_listed_as_removed_and_never_body(tmp_path):
    source = source_of(tmp_path, "a.txt", FRONT_MATTER_PAGE)
    assert source.title == "Talks resume in Geneva as envoys push for a deal"
    assert source.url == "https://news.example.com/europe/talks-resume"
    assert source.published == "2026-02-17"
    assert body(source) == [EN_LEDE, EN_SECOND]
    gone = removed(source)
    assert gone["word_count: 640"] == "front-matter" and gone["---"] == "front-matter"
    assert gone[next(t for t in gone if t.startswith("title:"))] == "title"
    # The description printed again over the story is a standfirst; the skip link is page chrome.
    assert gone["Negotiators meet again with the front line still the main obstacle"] == "standfirst"
    assert gone["Skip to main content"] == "page-chrome"
    # Body lines keep their own line numbers.
    assert [p.line for p in source.paragraphs] == [11, 12]


def test_toml_front_matter_and_an_unknown_date_are_read_too(tmp_path):
    source = source_of(tmp_path, "a.md", f"""
        +++
        title = "Envoys meet in Geneva"
        date = "unknown"
        +++

        {EN_LEDE}
        """)
    assert source.title == "Envoys meet in Geneva" and source.published is None
    assert body(source) == [EN_LEDE]


def test_a_thematic_break_opening_a_story_is_not_front_matter(tmp_path):
    source = source_of(tmp_path, "a.md", f"""
        ---
        {EN_LEDE}
        ---
        {EN_SECOND}
        """)
    assert EN_LEDE in " ".join(body(source)) and EN_SECOND in " ".join(body(source))


def test_a_lede_the_description_copies_stays_body(tmp_path):
    source = source_of(tmp_path, "a.txt", f"""
        ---
        description: "{EN_LEDE}"
        ---
        {EN_LEDE}
        {EN_SECOND}
        """)
    assert body(source) == [EN_LEDE, EN_SECOND]


# --- the page's head -----------------------------------------------------------------------------

PAGE_HEAD = f"""
為了最佳閱讀體驗，建議您使用新版瀏覽器。
首頁 > 國際
即時 政治 社會 國際 財經 娛樂
本站使用Cookie改善您的體驗，繼續瀏覽即表示您同意我們的隱私權政策。
澤倫斯基：不會割讓領土 將與美特使再會面
2026/02/17 10:05 記者王大明／綜合報導
{LEDE}
{SECOND}
"""


def test_everything_above_the_headline_and_its_stamp_is_the_page_head(tmp_path):
    source = source_of(tmp_path, "a.txt", PAGE_HEAD)
    assert body(source) == [LEDE, SECOND]
    assert source.title == "澤倫斯基：不會割讓領土 將與美特使再會面"
    gone = removed(source)
    assert gone["首頁 > 國際"] in ("page-head", "breadcrumb")
    assert gone["即時 政治 社會 國際 財經 娛樂"] == "page-head"
    assert gone["本站使用Cookie改善您的體驗，繼續瀏覽即表示您同意我們的隱私權政策。"] == "site-notice"
    assert gone["2026/02/17 10:05 記者王大明／綜合報導"] == "timestamp"
    assert source.published == "2026-02-17"


def test_prose_above_a_stamp_is_not_taken_for_a_page_head():
    blocks = lines(LEDE, SECOND, THIRD, "短標題在這裡 副標", "2026/02/17 10:05", LEDE + "另外")
    kept, _ = clean(blocks)
    assert [b.text for b in kept][:3] == [LEDE, SECOND, THIRD]


def test_an_outlet_name_between_headline_and_stamp_goes_with_the_stamp(tmp_path):
    source = source_of(tmp_path, "a.txt", f"""
        國際
        阿布達比會談聚焦領土問題
        歐洲之聲
        更新於 01月23日15:14 • 發布於 01月23日15:14
        {LEDE}
        """)
    assert body(source) == [LEDE]
    assert source.title == "阿布達比會談聚焦領土問題"
    assert removed(source)["歐洲之聲"] == "dateline"


def test_a_lone_ticker_label_is_not_the_title():
    kept, gone = clean(lines("快訊", "中央社／ 柏林15日綜合外電報導", LEDE))
    assert [b.text for b in kept] == [LEDE]
    assert {r.text: r.reason for r in gone}["快訊"] == "ticker"


def test_a_first_paragraph_cut_short_is_not_taken_for_the_title():
    cut = "美國特使今天抵達莫斯科。他將與俄方官員會談，討論"  # a lede cut mid-sentence: no full stop at its end
    kept, gone = clean(lines(cut, SECOND))
    assert [b.text for b in kept] == [cut, SECOND] and not gone
    kept, gone = clean(lines("美特使抵莫斯科 和談進入關鍵期", SECOND))
    assert [r.reason for r in gone] == ["title"]


MENU = ["Skip to content", "Sign in", "Subscribe", "Home", "News", "World", "Europe", "Ukraine war", "Business",
        "Opinion", "Sport", "Culture", "Video", "Podcasts", "Newsletters", "Search"]
HEADLINE = "Ukraine and Russia resume talks in Geneva as US envoys press for a deal"
EN_STORY = [EN_LEDE, EN_SECOND,
            "European officials said they had been briefed on the revised text and would meet in Brussels on Thursday.",
            "Kremlin spokesman Dmitry Peskov said Moscow would study the proposals before giving any answer to Washington.",
            "Ukraine's chief negotiator said the question of territory remained the hardest part of the negotiations so far."]


@pytest.mark.parametrize("head", [
    [*MENU, HEADLINE, "15 December 2025"],  # a long menu, then the headline over its date
    [*MENU, HEADLINE, "By Anna Kovalenko", "15 December 2025"],
    ["登入", "註冊", "首頁", "國際", "兩岸", HEADLINE, "2025年12月15日 10:32"],
])
def test_a_page_opening_with_its_menus_takes_the_headline_under_them_as_its_title(tmp_path, head):
    source = source_of(tmp_path, "a.txt", "\n".join([*head, *EN_STORY]))
    assert source.title == HEADLINE
    assert body(source) == EN_STORY


def test_under_menus_the_standfirst_under_the_headline_stays(tmp_path):
    standfirst = "Kremlin aide says no compromise has been found on territory"
    source = source_of(tmp_path, "a.txt", "\n".join([*MENU, HEADLINE, standfirst, "15 December 2025", *EN_STORY]))
    assert source.title == HEADLINE and body(source) == [standfirst, *EN_STORY]


@pytest.mark.parametrize("head, title", [
    # a short headline with no menu over it keeps its title, whatever stands under it
    (["Kremlin talks stall", "Europe", "Dec. 3, 2025, 9:10 a.m. ET"], "Kremlin talks stall"),
    (["Kremlin talks stall", "Analysis", "Nick Robinson, BBC News", "3 December 2025"], "Kremlin talks stall"),
    (["普丁：和平在望", "國際", "2025/12/03 10:21"], "普丁：和平在望"),
])
def test_a_short_headline_over_its_section_and_stamp_is_no_menu(tmp_path, head, title):
    source = source_of(tmp_path, "a.txt", "\n".join([*head, *EN_STORY]))
    assert source.title == title and source.published == "2025-12-03"


@pytest.mark.parametrize("head, kept", [
    # A short headline over a few short lines is no menu (a third reader's pages): its kicker and
    # standfirst, its byline and place, the list it announces stay the story's, and it stays the title.
    (["Kremlin says nyet", "Analysis", "The envoys' five hours with Putin produced photographs but no deal"],
     ["Analysis", "The envoys' five hours with Putin produced photographs but no deal"]),
    (["Kremlin talks stall", "Shaun Walker", "Moscow", "What was agreed"], ["Shaun Walker", "Moscow", "What was agreed"]),
    (["Talks stall", "What we know:", "Witkoff and Kushner met Putin for five hours", "No compromise on territory, says aide",
      "Envoys to brief Ukraine in Florida"],
     ["What we know:", "Witkoff and Kushner met Putin for five hours", "No compromise on territory, says aide",
      "Envoys to brief Ukraine in Florida"]),
])
def test_a_short_headline_over_short_lines_is_no_menu(tmp_path, head, kept):
    source = source_of(tmp_path, "a.txt", "\n".join([*head, *EN_STORY]))
    assert source.title == head[0]
    assert [t for t in kept if len(t.split()) > 3] == [t for t in body(source) if t in kept and len(t.split()) > 3]
    assert body(source)[-len(EN_STORY):] == EN_STORY


def test_under_menus_a_rail_of_other_headlines_gives_no_title(tmp_path):
    rail = ["Trump says Ukraine deal is very close after Miami talks", "Zelensky replaces chief of staff amid probe"]
    source = source_of(tmp_path, "a.txt", "\n".join([*MENU, *rail, HEADLINE, "15 December 2025", *EN_STORY]))
    assert source.title not in rail


def test_under_menus_a_line_over_more_menu_items_is_no_title(tmp_path):
    # A section name longer than a menu item, with the menu going on under it: neither is the title.
    source = source_of(tmp_path, "a.txt", "\n".join([*MENU[:6], "Climate change and environment",
                                                     "Sport", "Weather", *EN_STORY]))
    assert source.title not in ("Sign in", "Climate change and environment")


def test_a_short_headline_over_its_byline_is_still_the_title():
    kept, gone = clean(lines("Peace at last?", "By Anna Kovalenko", EN_LEDE, EN_SECOND))
    assert {r.text: r.reason for r in gone}["Peace at last?"] == "title"


TIMELINE = ["10 May 2025", "European leaders visit Kyiv and demand an unconditional ceasefire from Russia.",
            "16 May 2025", "Russian and Ukrainian delegations meet in Istanbul for the first direct talks since 2022.",
            "2 June 2025", "A second round in Istanbul produces further exchanges of prisoners and of the bodies of soldiers.",
            "15 August 2025", "Donald Trump and Vladimir Putin meet in Anchorage but leave without announcing a ceasefire."]


@pytest.mark.parametrize("head, published, lead_in", [
    (["Home", "World", "Europe"], None, []),  # the page's date is nowhere: the timeline's first date is not it
    (["Timeline: the road to the Berlin talks", "15 December 2025"], "2025-12-15", []),
    (["Ukraine war", "Peace talks", "Explainers", "Ten months of talks: the key moments", "Here are the key dates so far:"],
     None, ["Here are the key dates so far:"]),
])
def test_a_story_opening_with_its_timeline_keeps_the_first_date(tmp_path, head, published, lead_in):
    source = source_of(tmp_path, "a.txt", "\n".join([*head, *TIMELINE, *EN_STORY]))
    assert source.published == published
    assert body(source) == [*lead_in, *TIMELINE, *EN_STORY]


def test_the_pages_date_over_an_intro_and_a_timeline_is_still_the_pages_date(tmp_path):
    intro = "The talks have moved quickly since a 28-point draft leaked in November."
    source = source_of(tmp_path, "a.txt", "\n".join(["How the Ukraine peace talks unfolded", "3 December 2025", intro,
                                                     *TIMELINE, *EN_STORY]))
    assert source.published == "2025-12-03" and body(source) == [intro, *TIMELINE, *EN_STORY]


def test_a_list_of_archive_dates_dates_no_page(tmp_path):
    source = source_of(tmp_path, "a.txt", "\n".join(["Archives", "10 May 2025", "11 May 2025", "12 May 2025",
                                                     HEADLINE, "3 December 2025", *EN_STORY]))
    assert source.published == "2025-12-03"


def test_a_date_over_the_lede_is_still_the_pages_date(tmp_path):
    source = source_of(tmp_path, "a.txt", "\n".join(["Talks resume in Geneva", "15 December 2025", *EN_STORY]))
    assert source.published == "2025-12-15" and body(source) == EN_STORY


def test_an_english_headline_of_twenty_words_is_a_title():
    headline = "Zelensky asks for binding security guarantees as he meets US envoys and European leaders in Berlin"
    kept, gone = clean(lines(headline, EN_LEDE, EN_SECOND))
    assert [r.reason for r in gone] == ["title"] and [b.text for b in kept] == [EN_LEDE, EN_SECOND]


# --- site notices ----------------------------------------------------------------------------

@pytest.mark.parametrize("line, reason", [
    ("您即將進入之內容需滿18歲方可瀏覽。", "site-notice"),
    ("Editor's note: This story is being updated.", "site-notice"),
    ("We use cookies to improve your experience. By continuing you agree to our privacy policy.", "site-notice"),
    ("Your browser does not support the video element.", "browser-notice"),
    ("notification-importantGet instant alerts on the stories you follow.", "promo"),
    ("打開新聞App 查看更多圖片", "promo"),
    ("廣告 廣告", "ad-slot"),
    ("Advertisement", "ad-slot"),
    ("Advertisement.", "ad-slot"),
    ("site_widgets", "page-chrome"),
    ("Story continues below advertisement", "page-chrome"),
    ("Continue reading the main story", "page-chrome"),
    ("SKIP ADVERTISEMENT", "page-chrome"),
    ("廣告後繼續閱讀", "page-chrome"),
    ("5 分鐘", "timestamp"),
    ("3 mins ago", "timestamp"),
])
def test_site_notices_promos_and_stamps_anywhere_on_the_page(line, reason):
    kept, gone = clean(lines(LEDE, SECOND, line, THIRD))
    assert [b.text for b in kept] == [LEDE, SECOND, THIRD]
    assert [(r.text, r.reason) for r in gone] == [(line, reason)]


@pytest.mark.parametrize("sign_off", ["— Example News (@example_news) December 2, 2025",
                                      "— Example News (@example_news)December 2, 2025"])
def test_an_embedded_posts_sign_off_stays_under_the_post_as_who_posted_it(tmp_path, sign_off):
    post = "Envoys Witkoff and Kushner arrived in Moscow ahead of the meeting with Putin later today."
    source = source_of(tmp_path, "a.txt", "\n".join(["Talks in Moscow", EN_LEDE, post, sign_off, EN_SECOND]))
    assert [(p.text, p.kind) for p in source.paragraphs] == [
        (EN_LEDE, "text"), (post, "text"), (sign_off, "attribution"), (EN_SECOND, "text")]


@pytest.mark.parametrize("news", [
    "Continue reading to see why Kyiv refused the revised plan.",
    "The story continues to unfold in Geneva, where the delegations meet again on Monday.",
    "Zelensky said the talks would continue after the break.",
])
def test_a_sentence_about_continuing_is_no_continuation_notice(news):
    kept, gone = clean(lines(LEDE, SECOND, news, THIRD))
    assert news in [b.text for b in kept]


def test_a_news_paragraph_about_privacy_or_cookies_is_not_a_notice():
    news = "歐盟執委會表示，各國必須同意新的隱私保護規範，才能在明年啟用跨境資料交換機制。"
    kept, gone = clean(lines(LEDE, news, SECOND))
    assert [b.text for b in kept] == [LEDE, news, SECOND] and not gone


# A consent dialog's explanation, however long: cookies named to the reader (we, our, you, this website).
COOKIE_PARAGRAPHS = [
    "This website uses cookies to improve your experience while you navigate through the website. Out of these, the "
    "cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic "
    "functionalities of the website. We also use third-party cookies that help us analyze and understand how you use "
    "this website. These cookies will be stored in your browser only with your consent.",
    "We use cookies and other tracking technologies to improve your browsing experience on our site, show personalized "
    "content and targeted ads, analyze site traffic, and understand where our audiences come from.",
    "本網站使用Cookie改善您的瀏覽體驗，並分析網站流量；您可以隨時在瀏覽器設定中停用。",
]


@pytest.mark.parametrize("notice", COOKIE_PARAGRAPHS)
def test_a_cookie_notice_of_any_length_is_a_site_notice(notice):
    kept, gone = clean(lines(EN_LEDE, EN_SECOND, notice))
    assert [b.text for b in kept] == [EN_LEDE, EN_SECOND]
    assert [(r.text, r.reason) for r in gone] == [(notice, "site-notice")]


@pytest.mark.parametrize("news", [
    # of cookies, but to no reader: users and sites
    "Under the draft rules, websites would have to ask users before placing cookies that track them across other sites, "
    "a change the European Commission says would cut the number of consent banners by half within two years.",
    # to the reader, but someone's words
    "“We use cookies like everyone else, and we ask before we do,” the company's spokeswoman told reporters on Tuesday.",
    # cookies in someone's first person, no site's working (reader 45)
    "We should not forget that the American diplomat who handed out cookies on the Maidan in 2013 is still the Kremlin's "
    "favourite talking point, and our negotiators in Geneva will hear about it again.",
    "There is no cookie-cutter model for security guarantees: what we have learned from Korea and Israel is that each differs.",
    "Our reporter saw delegates share coffee and cookies in the break.",
    "拉夫羅夫說，我們都記得美國助理國務卿在獨立廣場分發餅乾（cookies）的情景。",
    # an op-ed's "we" on how websites use cookies
    "We need rules for how websites use cookies to track us, and the draft law now before parliament offers none.",
    "我們認為，網站使用Cookie追蹤用戶的做法應受規範，草案卻對此隻字未提。",
    # news explaining cookies to "you" (reader 46)
    "The researchers advised anyone who might be targeted to sign out of all sessions and clear the cookies stored by "
    "their browser, since changing your password alone does not end an active session.",
    "Russia's internet regulator has also ordered websites registered in Russia to stop using foreign analytics cookies, "
    "which means your visits to Russian news sites can no longer be counted by outside services.",
    "本站記者查證，俄羅斯聯邦通訊監管局上月要求境內網站停用外國分析工具的Cookie。",
])
def test_news_of_cookies_is_no_cookie_notice(news):
    kept, gone = clean(lines(EN_LEDE, news, EN_SECOND))
    assert news in [b.text for b in kept]


# --- links --------------------------------------------------------------------------------------

def test_link_only_lines_link_lists_read_more_teasers_and_calls_to_action(tmp_path):
    source = source_of(tmp_path, "a.txt", f"""
        {EN_LEDE}
        What each side wants from the Geneva talks?Read more
        {EN_SECOND}
        * [](https://news.example.com/europe/<https:/news.example.com/europe/other-story>)
        [](https://news.example.com/europe/</>)
        - [Envoys head to Moscow](https://news.example.com/europe/envoys-moscow)
        Follow our coverage of the war at <https://news.example.com/hub/war>
        """)
    assert body(source) == [EN_LEDE, EN_SECOND]
    gone = removed(source)
    assert gone["What each side wants from the Geneva talks?Read more"] == "related-articles"
    assert gone["Follow our coverage of the war at <https://news.example.com/hub/war>"] == "promo"
    assert list(gone.values()).count("links") == 3


def test_a_sentence_with_a_link_in_it_stays():
    text = "The full text of the declaration was published on the [government website](https://gov.example) on Tuesday."
    kept, gone = clean(lines(EN_LEDE, text, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, text, EN_SECOND] and not gone


def test_html_blocks_mostly_inside_links_are_link_lines(tmp_path):
    source = source_of(tmp_path, "a.html", f"""
        <html><body><article>
        <p>{LEDE}</p>
        <ul><li><a href="https://news.example.com/1">美特使抵達莫斯科</a></li>
            <li><a href="https://news.example.com/2">歐洲領袖齊聚巴黎</a></li></ul>
        <p>{SECOND[:-1]}，<a href="https://news.example.com/3">詳見聲明全文</a>。</p>
        </article></body></html>
        """)
    assert body(source) == [LEDE, SECOND[:-1] + "，詳見聲明全文。"]
    assert removed(source) == {"美特使抵達莫斯科": "links", "歐洲領袖齊聚巴黎": "links"}


# --- captions ---------------------------------------------------------------------------------

CAPTION = "美國特使魏科夫22日在莫斯科與俄方官員會談。（法新社）"


def test_an_agency_credit_makes_a_caption_with_a_second_sign():
    # Printed twice, and above the story's first paragraph.
    kept, gone = clean(lines("記者王大明／綜合報導", CAPTION, CAPTION, LEDE, SECOND))
    assert [b.text for b in kept] == [LEDE, SECOND]
    assert [r.reason for r in gone][1:] == ["photo-caption", "photo-caption"]


def test_an_agency_credit_alone_after_the_lede_stays_body():
    closing = "俄方表示，將在下週回覆美方提出的修正草案內容。（法新社）"
    agencies = "（美聯社、法新社）"
    kept, gone = clean(lines(LEDE, SECOND, closing, agencies))
    assert [b.text for b in kept] == [LEDE, SECOND, closing, agencies] and not gone


def test_a_caption_opening_with_the_picture_goes_wherever_it_stands():
    """圖為…: "the picture shows", a caption's opening, between the story's paragraphs too (portals
    print short captions so). Near miss: the words inside a sentence of the story."""
    caption = "圖為澤倫斯基出席記者會。"
    kept, gone = clean(lines(LEDE, caption, SECOND))
    assert [b.text for b in kept] == [LEDE, SECOND] and [(r.text, r.reason) for r in gone] == [(caption, "photo-caption")]
    news = "他指著照片說，圖為兩國代表簽字的那一刻，意義重大，烏方不會忘記。"
    kept, gone = clean(lines(LEDE, news, SECOND))
    assert [b.text for b in kept] == [LEDE, news, SECOND]
    # ... a reviewer's: a photo story's paragraph opening with 圖為, a sentence with a file photo's mark
    # glued on, an abbreviation's full stop before "picture:"
    for news in ("圖為1月15日基輔一處遭無人機擊中的住宅。據烏方消息，襲擊造成至少12人死亡，數十人受傷。",
                 "國防部15日表示，今日偵獲共機28架次持續在台海周邊活動，國軍嚴密監控。（中央社檔案照）",
                 "The figures painted a gloomier U.S. picture: slower hiring, sticky prices and weaker spending."):
        kept, gone = clean(lines(LEDE, news, SECOND))
        assert [b.text for b in kept] == [LEDE, news, SECOND]


@pytest.mark.parametrize("caption", [
    "烏克蘭總統澤倫斯基（左）與美國特使（右）在基輔會面",
    "資料圖：2024年美俄領袖在赫爾辛基會晤",
    "▲澤倫斯基出席記者會。（圖／路透）",
    "特朗普在佛羅里達州接待澤倫斯基。 [Getty Images]",
    "Delegations attend the talks in Geneva. Photograph: Jane Doe/Reuters",
    "Envoys arrive for the talks in Geneva [File: Jane Doe/AFP]",
    "官員在會議廳外合影。歐新社",
    # A photo's credit alone on a line: "Photo by", "Photo:" with initials, a name and agencies slashed.
    "Photo by Jane Doe/Getty Images",
    "Photo: Jane Q. Doe, AP",
    "Foto: Jane Doe / dpa",
    # A credit in brackets closing a caption: the wires' and tabloids' forms
    "Rubio, second left, meets the Saudi foreign minister in Riyadh, Feb. 18, 2025. (Jane Doe/Pool Photo via AP)",
    "Protesters have worn masks to protect their identities (Image: GETTY )",
    "The envoy's delegation arrives in Geneva. (NASA via AP, File)",
    "Kremlin aide Yuri Ushakov (Credit: Getty Images)",
    "(Kremlin.ru via Reuters)",
    "(J. Scott Applewhite/AP)",
    # ... a credit closed by a full stop, a file photo's mark in brackets
    "Vladimir Putin greets the US envoy at the Kremlin. Photo: Reuters.",
    "烏克蘭總統澤倫斯基。（法新社檔案照）",
])
def test_caption_shapes(caption):
    kept, gone = clean(lines(caption, LEDE, SECOND))
    assert [b.text for b in kept] == [LEDE, SECOND]
    assert [(r.text, r.reason) for r in gone] == [(caption, "photo-caption")]


@pytest.mark.parametrize("credit", ["Photo by Jane Doe/Getty Images", "Photo: Jane Q. Doe, AP"])
def test_a_photographers_credit_between_paragraphs(credit):
    kept, gone = clean(lines(EN_LEDE, credit, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, EN_SECOND]
    assert [(r.text, r.reason) for r in gone] == [(credit, "photo-caption")]


@pytest.mark.parametrize("news", [
    "Photo ID rules: voters in both regions must show one at the polling station.",
    "Image by image, the exhibition in Kyiv builds its case against the occupation.",
    "Photo by photo, investigators matched the convoy to the brigade.",
    # A name and an organisation slashed is a credit's shape, but so are a table's pairs and subheads.
    "Marco Rubio/Steve Witkoff",
    "The Trump/Putin Summit",
    "Associated Press/Reuters",
    # brackets that credit no picture, or say something of it
    "Zelensky spoke to reporters in Kyiv (via video link) and said the talks went well.",
    "The statement was carried by state media (via Reuters) and the Kremlin confirmed it.",
    "The ministry released photos it said showed soldiers raising a flag. (Reuters could not verify the photos.)",
    "The delegations met in Geneva behind closed doors (via pool)",
])
def test_lines_opening_like_a_credit_but_news_stay(news):
    kept, gone = clean(lines(EN_LEDE, news, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, news, EN_SECOND] and not gone


# --- stamps, bylines, credits, closing lines --------------------------------------------------------

@pytest.mark.parametrize("line, reason", [
    ("18/2/2026 9:41", "timestamp"),
    ("【本報訊 2026年2月17日】", "timestamp"),
    ("By Jane Doe and John Roe", "byline"),
    ("特派員李小華／日內瓦報導", "dateline"),
    ("首頁 > 國際 > 歐洲", "breadcrumb"),
])
def test_stamps_and_bylines_in_the_head(line, reason):
    kept, gone = clean(lines(line, LEDE, SECOND))
    assert [b.text for b in kept] == [LEDE, SECOND]
    assert [(r.text, r.reason) for r in gone] == [(line, reason)]


def test_closing_credits_and_source_lines():
    kept, gone = clean(lines(LEDE, SECOND, "（編輯：王小明）1150217", "原文出處：某某新聞網／澤倫斯基再談領土"))
    assert [b.text for b in kept] == [LEDE, SECOND]
    assert [r.reason for r in gone] == ["credits", "source-line"]


def test_a_bracketed_category_under_the_source_list_goes_the_list_and_a_lone_source_stay():
    kept, gone = clean(lines(LEDE, SECOND, "（法新社/路透社）", "（俄烏戰爭）"))
    assert [b.text for b in kept] == [LEDE, SECOND, "（法新社/路透社）"]
    assert [r.reason for r in gone] == ["tags"]
    kept, gone = clean(lines(LEDE, SECOND, "（中新網）"))
    assert [b.text for b in kept] == [LEDE, SECOND, "（中新網）"] and not gone


def test_a_copy_cut_short_of_another_block_is_removed_the_whole_one_stays():
    caption = "2026年1月23日，阿布達比，代表團成員在會場外合影（左一為美方代表）。"
    cut = "2026年1月23日，阿布達比，代表團"
    kept, gone = clean(lines(LEDE, caption, SECOND, cut))
    assert [b.text for b in kept] == [LEDE, SECOND]
    assert {r.text: r.reason for r in gone} == {caption: "photo-caption", cut: "truncated-copy"}


def test_the_cut_last_paragraph_of_an_excerpt_stays():
    cut = "克里姆林宮發言人則表示，俄方仍在研究"
    kept, gone = clean(lines(LEDE, SECOND, cut))
    assert [b.text for b in kept] == [LEDE, SECOND, cut] and not gone


# --- scripts --------------------------------------------------------------------------------------

@pytest.mark.parametrize("conversion", ["t2s.json", "t2hk.json"])
def test_a_simplified_or_hong_kong_copy_loses_the_same_lines(tmp_path, conversion):
    page = PAGE_HEAD + f"{CAPTION}\n{CAPTION}\n{THIRD}\n原文出處：某某新聞網／和談最新進展\n"
    converted = opencc.OpenCC(conversion).convert(page)
    assert converted != page or conversion == "t2hk.json"
    traditional = source_of(tmp_path, "a.txt", page)
    copy = source_of(tmp_path, "b.txt", converted)
    assert [(r.line, r.reason) for r in copy.removed] == [(r.line, r.reason) for r in traditional.removed]
    assert len(copy.paragraphs) == len(traditional.paragraphs) == 3


# --- the reasons are labelled, and eval aligns a glued stamp ------------------------------------

def test_every_reason_a_rule_gives_has_a_reader_facing_label():
    given = set()
    for module in sorted((ROOT / "generator" / "clean").glob("*.py")):
        for call in re.findall(r"\bmark\([^,]+,(.*)\)", module.read_text(encoding="utf-8")):
            given |= set(re.findall(r'(?<!get\()"([a-z-]+)"', call))  # the reason, or both of a conditional
        given |= set(re.findall(r'\), "([a-z-]+)"\)', module.read_text(encoding="utf-8")))  # LABEL_REASONS
    assert {"front-matter", "page-head", "site-notice", "links", "promo", "byline"} <= given
    assert given <= set(REASONS), given - set(REASONS)


def test_eval_finds_a_lede_whose_gold_keeps_the_scraper_stamp_glued_to_it(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f" date 2026-02-17 {LEDE}\n{SECOND}\n", encoding="utf-8")
    gold = tmp_path / "gold.yml"
    gold.write_text(f"articles:\n  - file: a.txt\n    paragraphs:\n      - {{text: 'date 2026-02-17 {LEDE}'}}\n"
                    f"      - {{text: '{SECOND}'}}\n", encoding="utf-8")
    sources, _ = ingest(seeds)
    report, _ = evaluate(CONFIG, load_gold(gold, CONFIG), sources)
    assert (report.body, report.lost) == (2, 0)


@pytest.mark.parametrize("news", [
    "烏克蘭國會通過法案，年滿18歲的男性可自願簽約從軍一年，期滿後可出國。",  # an age, not an age gate
    "Published reports said 40 drones were shot down overnight over the Black Sea",  # a stamp word, no stamp
    "烏克蘭政府呼籲民眾下載Diia App申報戰損，官員說已有逾百萬戶完成登記並獲得補助。",  # an app in the news
])
def test_news_that_shares_a_notice_or_stamp_word_stays(news):
    kept, gone = clean(lines(LEDE, news, SECOND))
    assert [b.text for b in kept] == [LEDE, news, SECOND] and not gone


def test_a_heading_that_opens_the_next_paragraph_is_no_cut_copy():
    heading = "烏方強調不會放棄任何領土與主權"
    kept, gone = clean(lines(LEDE, heading, heading + "，澤倫斯基在記者會上再次重申這一立場。", SECOND))
    assert len(kept) == 4 and not gone


def test_a_first_paragraph_of_several_sentences_closing_with_an_agency_stays():
    first = "美國特使今天抵達莫斯科。他將與俄方官員會談，討論美方提出的和平方案。（路透）"
    kept, gone = clean(lines(first, SECOND, THIRD))
    assert [b.text for b in kept] == [first, SECOND, THIRD] and not gone


def test_prose_above_a_section_head_and_a_stamp_keeps_the_page_head_rule_off():
    kept, _ = clean(lines(LEDE, SECOND, "談判現場直擊 各方說法", "2026/02/17 10:05", THIRD))
    assert [b.text for b in kept][:2] == [LEDE, SECOND]


# --- whole HTML pages (the fixtures ARCHITECTURE.md's trafilatura decision was measured on) --------

@pytest.mark.parametrize("name, paragraphs, furniture", [("zh.html", 6, 14), ("en.html", 4, 16)])
def test_html_news_pages_keep_every_paragraph_and_list_all_furniture(name, paragraphs, furniture):
    source = to_source(read(ROOT / "tests" / "fixtures" / "furniture" / name), None)
    texts = body(source)
    assert len(texts) == paragraphs, texts
    assert len(source.removed) == furniture, source.removed
    assert texts[-1] in ("（法新社、路透社）", "Talks continue.")  # the agency line and the one-sentence paragraph stay
    assert not any(r.reason in ("title", "page-chrome") and r.text in texts for r in source.removed)


@pytest.mark.parametrize("line, reason", [
    ("分享到： Facebook LINE X", "page-chrome"),
    ("Listen to this article · 4 min", "page-chrome"),
    ("字級", "page-chrome"),
    ("字号：", "page-chrome"),
    ("字号减小 字号增大", "page-chrome"),
    ("举报", "page-chrome"),
    ("檢舉", "page-chrome"),
    ("免責聲明：本內容由創作者提供，不代表本站的觀點和立場。", "site-notice"),
    ("特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。", "site-notice"),
    ("平台聲明：文中觀點只屬作者，某某號為資訊發布平台，本站僅提供資訊儲存空間服務。", "site-notice"),
    # a disclaimer by its label, and the site's note that a story is not its view
    ("免責聲明：本文僅供參考，不構成投資建議。", "site-notice"),
    ("免责声明：本文内容来源于网络，如有侵权请联系删除。", "site-notice"),
    ("Disclaimer: This article is for information only and is not investment advice.", "site-notice"),
    ("本文不代表本站立場。", "site-notice"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("Save my name, email, and website in this browser for the next time I comment.", "comments"),
    ("Comments are closed.", "comments"),
    ("View 12 comments", "comments"),
    ("Please enable JavaScript to view the comments powered by Disqus.", "comments"),
    ("No comments yet", "comments"),
    ("Privacy Policy | Terms of Use | Cookie Settings", "page-chrome"),
    ("Next article: Envoys meet again in Geneva", "page-chrome"),
    ("上一篇：美烏代表團結束日內瓦會談", "page-chrome"),
    ("Notice: the content above is uploaded and posted by the user of a self-media platform, which only provides "
     "information storage services.", "site-notice"),
    ("發表時間：03/12/2025 - 10:15", "timestamp"),
    ("Associated Press writer Jane Doe in Kyiv contributed to this report.", "credits"),
])
def test_more_page_controls_stamps_and_credits(line, reason):
    kept, gone = clean(lines(EN_LEDE, EN_SECOND, line) if line.isascii() else lines(LEDE, SECOND, line))
    assert len(kept) == 2 and [(r.text, r.reason) for r in gone] == [(line, reason)]


@pytest.mark.parametrize("caption", [
    "圖像來源，Getty Images",
    "圖像加註文字，澤倫斯基與美國特使在柏林會面",
    "Image source, Reuters",
    "FILE - Ukrainian President Volodymyr Zelensky speaks in Kyiv, Ukraine, on Feb. 17, 2026. (AP Photo/Jane Doe, File)",
    "Ukraine's president attends a news conference in Kyiv. REUTERS/Jane Doe/File Photo Purchase Licensing Rights",
    "AFP via Getty Images",
])
def test_agency_photo_credits_and_caption_labels(caption):
    kept, gone = clean(lines(EN_LEDE, caption, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, EN_SECOND]
    assert [(r.text, r.reason) for r in gone] == [(caption, "photo-caption")]


def test_a_sentence_that_tells_of_sharing_or_printing_stays():
    news = "Share prices in Moscow fell sharply after the Kremlin said the talks had stalled."
    kept, gone = clean(lines(EN_LEDE, news, EN_SECOND))
    assert len(kept) == 3 and not gone
    news = "舉報人表示，相關文件已經交給檢察官，但克宮否認有任何不當接觸。"  # a whistleblower: news, not a control
    kept, gone = clean(lines(LEDE, news, SECOND))
    assert len(kept) == 3 and not gone
    # A second reader's lines of news in the shapes of page furniture: each stays.
    for news in ("俄羅斯外交部發表聲明說，上述內容不代表俄羅斯政府的官方立場，莫斯科仍願意談判。",
                 "本內容不代表俄方的正式立場，佩斯科夫強調。",
                 "舉報人揭能源部回扣案 牽動美俄和談", "檢舉管道與獎勵",
                 "上一篇我們逐條檢視了和平計畫中關於領土的條文，這一篇談安全保證。"):
        kept, gone = clean(lines(LEDE, news, SECOND))
        assert len(kept) == 3 and not gone, news
    for news in ("Privacy policy changes at the messaging app drew criticism from Ukraine's security service.",
                 "Next, the envoys will travel to Moscow to present the revised plan to the Kremlin.",
                 "Next post-war reconstruction conference to focus on the energy grid",
                 "Privacy policy: every service must publish one in Ukrainian",
                 "Comments are closed on the defence ministry's Facebook page after a flood of posts from bots.",
                 "The company argues that it only provides information storage and removes illegal posts."):
        kept, gone = clean(lines(EN_LEDE, news, EN_SECOND))
        assert len(kept) == 3 and not gone, news
    news = "The ministry's report on the talks will not be published before the summit in Geneva next week."
    kept, gone = clean(lines(EN_LEDE, news, EN_SECOND))
    assert len(kept) == 3 and not gone
    news = "外交部發表聲明指出，美方的說法不代表國際社會的觀點和立場，呼籲各方回到談判桌。"  # a ministry's statement, not a platform's
    kept, gone = clean(lines(LEDE, news, SECOND))
    assert len(kept) == 3 and not gone


def test_markdown_link_lists_go_and_its_images_are_listed(tmp_path):
    source = source_of(tmp_path, "a.md", f"""
        # Envoys meet in Geneva

        {EN_LEDE}

        - [Envoys head to Moscow](https://news.example.com/a)
        - [Storm hits the coast](https://news.example.com/b)

        {EN_SECOND[:-1]}, according to [officials](https://news.example.com/c).

        ![Delegations in Geneva](https://img.example/x.jpg)
        """)
    assert body(source) == [EN_LEDE, EN_SECOND[:-1] + ", according to officials."]
    assert removed(source) == {"Envoys meet in Geneva": "title", "Envoys head to Moscow": "links",
                               "Storm hits the coast": "links", "https://img.example/x.jpg": "image"}



def test_an_html_standfirst_repeating_og_description_goes(tmp_path):
    source = source_of(tmp_path, "a.html", f"""
        <html><head><meta property="og:description" content="Negotiators meet again with the front line still the main obstacle">
        </head><body><h1>Talks resume in Geneva</h1><p class="standfirst">Negotiators meet again with the front line still the main obstacle</p>
        <p>{EN_LEDE}</p><p>{EN_SECOND}</p></body></html>
        """)
    assert body(source) == [EN_LEDE, EN_SECOND]
    assert removed(source)["Negotiators meet again with the front line still the main obstacle"] == "standfirst"


@pytest.mark.parametrize("news", [
    "圖片顯示，烏克蘭東部的前線城鎮在夜間遭到大規模無人機攻擊，多處民宅起火。",
    "Zelensky said in a video: the army will hold the line whatever the talks bring",
])
def test_a_paragraph_opening_with_a_caption_word_stays(news):
    kept, gone = clean(lines(LEDE, news, SECOND))
    assert len(kept) == 3 and not gone


MENU = ["即時新聞總覽", "國際新聞焦點", "兩岸關係專區", "財經動態追蹤", "影音新聞專區"]


def test_a_run_of_short_lines_above_the_story_is_its_menu(tmp_path):
    """Short lines without a sentence above the first paragraph, the story below: the site's menu."""
    text = "\n".join(["美俄烏和談最新進展", *MENU, LEDE, SECOND, THIRD]) + "\n"
    source = source_of(tmp_path, "menu.txt", text)
    assert body(source) == [LEDE, SECOND, THIRD]
    reasons = {r.text: r.reason for r in source.removed}
    assert all(line in reasons for line in MENU)
    assert [line for line in MENU if reasons[line] == "menu"] == MENU
    assert REASONS["menu"]


def test_content_above_a_late_sentence_is_not_a_menu(tmp_path):
    """Near miss: a page whose content is a list above its first sentence (a schedule) keeps the
    list. (A single section name above the story, once kept as no run, now goes as the page's:
    test_short_lines_above_a_text_pages_story_are_its_menu.)"""
    schedule = [f"第{n}輪會談：{n + 2}月{n * 2}日 日內瓦" for n in range(1, 9)]
    source = source_of(tmp_path, "schedule.txt", "\n".join([*schedule, LEDE]) + "\n")
    assert not [r for r in source.removed if r.reason == "menu"]
    assert all(line in body(source) for line in schedule[1:])


def test_an_embedded_posts_sign_off_is_its_attribution_not_a_paragraph_of_news(tmp_path):
    """The sign-off under a quoted post, its date glued to the handle as a copy of the page gives it,
    stays (it says who posted and when) as the post's attribution line, never as text a claim can
    quote; a sentence that merely mentions a handle and a date stays text."""
    post = "Our delegations reached a common understanding on the core terms of the framework."
    sign_off = "— Jane Example (@jane_example)November 25, 2025"
    near_miss = "A spokesperson (@example_office) wrote on November 25, 2025 that the talks would go on."
    source = source_of(tmp_path, "post.txt", "\n".join([EN_LEDE, post, sign_off, EN_SECOND, near_miss]) + "\n")
    kinds = {p.text: p.kind for p in source.paragraphs}
    assert kinds[sign_off] == "attribution"
    assert kinds[post] == "text" and kinds[near_miss] == "text"


# --- below the story: a text page's densest run of prose, and what follows it -------------------

STORY = [
    LEDE, SECOND, THIRD,
    "美國國務卿表示，華府希望在年底前促成停火，但任何協議都必須得到烏克蘭與歐洲夥伴的支持。",
    "歐盟外交官指出，歐洲各國正在討論戰後派駐監督部隊的可能性，細節仍待各國國會同意。",
    "分析人士認為，領土問題與安全保證仍是雙方最大的分歧，短期內難以達成全面協議。",
]
COMMENTS_AND_TEASERS = [
    "王小明", "這篇報導寫得很清楚，希望雙方真的能夠坐下來好好談。",
    "陳大文", "歐洲應該更積極參與和談，不能只靠美國一個國家。",
    "颱風來襲 北部山區豪雨特報", "中央氣象署今天表示，颱風外圍環流將為北部山區帶來豪雨，民眾外出應注意…",
    "股市三連漲 台積電創新高", "台股今天在電子權值股帶動下上漲，成交量也同步放大，法人認為年底前…",
    "立法院三讀通過預算案", "立法院今天三讀通過明年度中央政府總預算，刪減幅度較去年…",
    "職棒總冠軍賽今晚開打", "兩隊今晚在台北大巨蛋展開總冠軍賽第一戰，門票在開賣後…",
]


def test_comments_and_teasers_below_the_story_of_a_text_page_are_cut(tmp_path):
    """A page copied whole: the story's paragraphs, then the share bar, readers' comments and teasers
    of other stories. Everything from the first furniture line below the densest run of prose goes,
    each line listed with its reason; the story stays whole."""
    text = "\n".join(["美俄烏和談最新進展", *STORY, "分享", *COMMENTS_AND_TEASERS]) + "\n"
    source = source_of(tmp_path, "whole-page.txt", text)
    assert body(source) == STORY
    reasons = removed(source)
    assert all(line in reasons for line in COMMENTS_AND_TEASERS)
    assert reasons["這篇報導寫得很清楚，希望雙方真的能夠坐下來好好談。"] == "after-story"
    assert reasons["股市三連漲 台積電創新高"] == "after-story"
    assert REASONS["after-story"]


def test_a_list_the_story_ends_with_stays_and_the_cut_starts_at_the_footer(tmp_path):
    """Near miss: the story ends on a lead-in and a list of points (short lines with no sentence),
    then the footer and the site's menu. The points stand before the first furniture line, so they
    stay, though they cost the run as much as a list of other headlines would."""
    points = [f"第{n}點：{topic}" for n, topic in enumerate(
        ["烏軍撤出頓內茨克州部分地區", "設立非軍事化的自由經濟區", "札波羅熱核電廠由國際監督", "歐洲部隊駐紮在前線後方",
         "美國提供情報與後勤支援", "分階段解除對俄制裁", "交換所有戰俘與被拘押平民", "舉行全國公投批准協議"], start=1)]
    menu = ["首頁", "國際", "財經", "體育", "娛樂", "科技", "生活", "旅遊", "健康"]
    lead_in = "根據外交人士取得的草案，美方提出的方案包括以下要點："
    text = "\n".join([*STORY, lead_in, *points, "© 2026 範例新聞網 版權所有", *menu]) + "\n"
    source = source_of(tmp_path, "points.txt", text)
    assert body(source) == [*STORY, lead_in, *points]
    reasons = removed(source)
    assert all(m in reasons for m in menu)


def test_two_stories_of_a_size_or_a_cut_off_last_line_are_not_cut(tmp_path):
    """Near misses: a page holding two stories of about the same length keeps both (a run of prose
    as long as the story's is no furniture); a story whose copy ends on a line cut off
    mid-sentence below a time stamp keeps it (one line is no page furniture)."""
    menu = ["首頁", "國際", "財經", "體育", "娛樂", "科技", "生活", "旅遊", "健康"]
    other = ["烏克蘭能源部今天表示，俄軍夜間再度襲擊多座發電設施，基輔部分地區將實施輪流停電。",
             "能源部長說，電力公司正在搶修受損的變電站，預計週末前可以恢復大部分供電。",
             "歐盟執委會宣布，將再提供一批發電機與變壓器，協助烏克蘭度過今年冬天。",
             "國際原子能總署也派員前往核電廠，評估外部電源中斷對反應爐冷卻系統的影響。",
             "當地居民表示，停電已經影響到醫院與學校的運作，希望政府盡快提出因應方案。"]
    source = source_of(tmp_path, "two-stories.txt", "\n".join([*STORY, *menu, *other]) + "\n")
    assert all(p in body(source) for p in other)
    stamp, cut = "2025/12/13 05:30", "他表示，除了整體框架協議外，烏方還希望在未來幾天簽署另外兩份文件，一份"
    source = source_of(tmp_path, "cut-off.txt", "\n".join([*STORY, stamp, cut]) + "\n")
    assert body(source) == [*STORY, cut]


def test_a_heading_over_the_cut_off_last_line_of_a_copy_is_no_trailing_list(tmp_path):
    """A copy that stops mid-sentence just under a section heading keeps both: one line under a
    bare label is no list. Near misses: a label over several headlines is, and so is a label that
    names other articles over a single one."""
    heading, cut = "歐洲立場", "他表示，除了整體框架協議外，烏方還希望在未來幾天簽署另外兩份文件，一份"
    source = source_of(tmp_path, "cut-off.txt", "\n".join([*STORY, heading, cut]) + "\n")
    assert body(source) == [*STORY, heading, cut]
    headlines = ["澤倫斯基訪問柏林 與德國總理會談", "北約秘書長：援烏不會中斷", "歐盟通過第二十輪對俄制裁"]
    source = source_of(tmp_path, "list.txt", "\n".join([*STORY, "國際焦點", *headlines]) + "\n")
    assert body(source) == STORY
    source = source_of(tmp_path, "one.txt", "\n".join([*STORY, "延伸閱讀：", headlines[0]]) + "\n")
    assert body(source) == STORY


def test_image_credit_and_above_captions_are_captions_not_news(tmp_path):
    """An English photo's caption and credit lines (Above: …, Image Credit: …, Credit: …, Credit...)
    are removed as captions. Near misses: sentences that open with the same words stay."""
    caption = "Above: Negotiators arrive at the conference center in Geneva."
    credits = ["Image Credit: Jane Example", "Credit: John Sample", "Credit..."]
    near = ["Credit ratings agencies said the talks had not yet changed their outlook on Ukraine's debt.",
            "Above all, the delegations agreed to meet again before the end of the month, officials said."]
    text = "\n".join([EN_LEDE, caption, *credits, EN_SECOND, *near]) + "\n"
    source = source_of(tmp_path, "credits.txt", text)
    assert body(source) == [EN_LEDE, EN_SECOND, *near]
    reasons = removed(source)
    assert [reasons[line] for line in (caption, *credits)] == ["photo-caption"] * 4


def test_a_byline_standing_alone_below_the_lede_is_a_byline(tmp_path):
    """"By Jane Example" on its own line is the writer's credit wherever the page puts it (after a
    standfirst, between teasers). Near miss: a section heading "By the numbers" stays."""
    text = "\n".join([EN_LEDE, "By Jane Example and John Sample", EN_SECOND, "By the numbers",
                      "Both sides have exchanged more than 1,000 prisoners since the talks began."]) + "\n"
    source = source_of(tmp_path, "byline.txt", text)
    assert removed(source)["By Jane Example and John Sample"] == "byline"
    assert "By the numbers" in body(source)


def test_short_lines_above_a_text_pages_story_are_its_menu(tmp_path):
    """Above the densest run of prose, lines of a few words with no sentence (menu items, a section's
    name, a share button) are the page's, even where a sentence of the site's own stands above them
    (a company blurb, which no run of short lines rule sees past). Near misses: the blurb, a longer
    line, and a short heading inside the story stay."""
    blurb = "範例新聞網是一個提供國際新聞、財經與科技報導的網站，並在全球設有二十多個記者站。"
    menu = ["首頁", "國際", "財經", "科技"]
    claim = "說法：烏克蘭已同意割讓頓巴斯地區"
    story = [*STORY[:3], "三大爭議", *STORY[3:]]
    source = source_of(tmp_path, "above.txt", "\n".join(["美俄烏和談最新進展", blurb, *menu, claim, *story]) + "\n")
    reasons = removed(source)
    assert [reasons.get(m) for m in menu] == ["menu"] * len(menu)
    assert body(source) == [blurb, claim, *story]
    source = source_of(tmp_path, "label.txt", "\n".join(["美俄烏和談最新進展", "國際新聞焦點", *STORY]) + "\n")
    assert removed(source)["國際新聞焦點"] == "menu"
    assert body(source) == STORY


@pytest.mark.parametrize("caption", [
    "烏克蘭外長在記者會上發言 圖：資料",
    "安克雷奇的港口（資料圖） 圖源／電視台",
    "烏軍士兵操作防空系統 圖片來源：Jane Example/AP",
    "美國國務卿出席會議資料圖。（Jane Example／某某報）",
    "圖片",
])
def test_chinese_credits_and_file_photo_marks_make_a_caption(caption):
    """A photo credit after 圖：, 圖源／ or 圖片來源：, a line naming itself a file photo (資料圖) with
    its credit, and an image's placeholder left by the copy are captions wherever they stand."""
    kept, gone = clean(lines(LEDE, caption, SECOND))
    assert [b.text for b in kept] == [LEDE, SECOND]
    assert [(r.text, r.reason) for r in gone] == [(caption, "photo-caption")]


@pytest.mark.parametrize("news", [
    "烏方公布的地圖：顯示俄軍在東部推進約十公里，基輔表示防線仍然穩固。",
    "據圖片來源顯示，照片拍攝於去年冬天，並非本次會談期間。",
    "根據示意圖，停火線將沿現有前線劃設，雙方各自後撤五公里。",
    "國防部公布的停火線地圖（示意圖）顯示，雙方將沿現有前線各自後撤五公里，並由國際觀察員監督。",
    "美國國務卿盧比奧（資料照）週二表示，美方將在下週提出新的停火方案。",
    "克里姆林宮週二表示，俄方仍在研究美方提出的二十點和平計畫，並將在適當時候回應，但不會接受任何要求俄軍撤出已控制地區的條款。 圖片來源：路透社",
    "他說，這張資料圖（攝於2019年）顯示雙方代表當時已經討論過同一個問題，而今天的會談只是延續舊有的框架與立場，並沒有任何新的內容或讓步，"
    "外界不應過度解讀，更不應據此認定俄方改變了立場，因為克里姆林宮在過去幾個月裡多次重申它對領土問題的要求，從未鬆口，而烏克蘭方面也同樣堅持不割讓任何土地，"
    "雙方的差距依然很大，短期內難以達成協議，他也提醒各方不要對這一輪談判抱有太高的期望，以免日後失望。",
])
def test_a_sentence_naming_a_picture_or_its_source_stays(news):
    """Near misses: a sentence about a map, a photo's source or a diagram, and a long paragraph that
    mentions a file photo in passing, are the story's."""
    kept, gone = clean(lines(LEDE, news, SECOND))
    assert [b.text for b in kept] == [LEDE, news, SECOND] and not gone


@pytest.mark.parametrize("line, reason", [
    ("2026年2月17日發表", "timestamp"),
    ("2026-02-17 09:30  撰稿 / 編輯部", "timestamp"),
    ("文｜王小明", "byline"),
    ("文 | 王小明", "byline"),
    ("中央社記者 陳家倫", "byline"),
    ("本報記者王小明", "byline"),
    ("Posted by Jane Doe on November 19, 2025, 6:21 AM EST", "byline"),
    ("Posted on March 30, 2025 by Admin", "byline"),
    ("Written by Jane Doe, MS, RD on November 14, 2025", "byline"),
])
def test_date_stamps_with_a_word_or_a_credit_and_bar_bylines(line, reason):
    """A date with a stamp word glued to it (發表), a date and time with a writer's credit, and a byline
    written with a bar (文｜…) are stamps. Near misses below: a dated sentence stays."""
    kept, gone = clean(lines("烏俄和談進入第二輪", line, LEDE, SECOND))
    assert [b.text for b in kept] == [LEDE, SECOND]
    assert (line, reason) in [(r.text, r.reason) for r in gone]


def test_a_portals_headline_over_its_reporter_is_the_title(tmp_path):
    source = source_of(tmp_path, "a.txt", "\n".join(["登入", "註冊", "首頁", "國際", "俄美會談破局", "中央社記者 陳家倫",
                                                     "2025/12/03 10:21", LEDE, SECOND, THIRD]))
    assert source.title == "俄美會談破局" and body(source) == [LEDE, SECOND, THIRD]


def test_a_headline_marked_as_having_pictures_is_the_title_without_the_mark(tmp_path):
    # (圖) closing a headline says the story has pictures; a caption's credit says whose (圖／法新社)
    source = source_of(tmp_path, "a.txt", "\n".join(["電子報", "盧比歐抵達沙烏地阿拉伯參加美烏會談(圖)", "2025年3月11日發表",
                                                     LEDE, "美國國務卿盧比歐資料圖。(圖／法新社)", SECOND, THIRD]))
    assert source.title == "盧比歐抵達沙烏地阿拉伯參加美烏會談" and body(source) == [LEDE, SECOND, THIRD]
    assert ("美國國務卿盧比歐資料圖。(圖／法新社)", "photo-caption") in {(r.text, r.reason) for r in source.removed}
    # in the body, a bare (圖) still closes a caption
    source = source_of(tmp_path, "b.txt", "\n".join(["盧比歐抵達利雅德", LEDE, "普丁在克里姆林宮接見魏科夫。（圖）", SECOND, THIRD]))
    assert ("普丁在克里姆林宮接見魏科夫。（圖）", "photo-caption") in {(r.text, r.reason) for r in source.removed}


@pytest.mark.parametrize("headline", ["美國記者遭俄拘留", "法新社記者遇襲身亡", "路透社記者 前線遇襲", "本報記者 直擊基輔"])
def test_a_headline_about_reporters_is_no_byline(headline):
    """Near misses of the reporter's byline above (an outlet, 記者, a name of two or three characters)."""
    kept, gone = clean(lines(headline, LEDE, SECOND))
    assert [(r.text, r.reason) for r in gone] == [(headline, "title")]


@pytest.mark.parametrize("entry", [
    "2026年2月17日，美俄烏三方代表在日內瓦舉行第二輪會談。",
    # opening like a blog's byline with its date ("Posted on … by …"), yet a sentence of the story
    "Posted on social media by the envoys' staff, the photo shows Witkoff and Dmitriev shaking hands in Miami",
    "Published by the Kremlin on Tuesday, the readout said Putin had asked Witkoff to carry a message",
    "Written by Witkoff and Dmitriev, the draft echoes Moscow.",
    "Published by the White House on Friday, the plan runs to 28 points.",
])
def test_a_dated_sentence_or_timeline_entry_is_no_stamp(entry):
    kept, gone = clean(lines(LEDE, entry, SECOND))
    assert [b.text for b in kept] == [LEDE, entry, SECOND] and not gone
    # near the head too, under a lede and a subhead, it is the story's, not the page's stamp
    headline = "Leaked draft shows what the envoys asked of Kyiv"
    kept, gone = clean(lines("Home", "World", headline, EN_LEDE, "The leaked draft", entry, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, "The leaked draft", entry, EN_SECOND]


def test_the_headline_under_a_breadcrumb_or_over_a_byline_is_the_title(tmp_path):
    """The headline is found under a breadcrumb trail, and a headline that runs on with commas is a
    headline when a byline follows it. A back link (←回上一頁) over it is never the title. Near
    miss: a lede that runs on with commas, with no stamp under it, stays body."""
    crumb, headline = "首頁 > 國際 > 歐洲", "俄烏和談再起，雙方能否各退一步，換來停火？"
    plain = "烏俄和談進入第二輪 雙方仍未觸及領土問題"
    source = source_of(tmp_path, "crumb.txt", "\n".join([crumb, plain, *STORY]) + "\n")
    assert removed(source)[plain] == "title" and removed(source)[crumb] == "breadcrumb"
    source = source_of(tmp_path, "byline.txt", "\n".join([headline, "文｜王小明", *STORY]) + "\n")
    assert removed(source)[headline] == "title" and source.title == headline
    back = "←回上一頁"
    source = source_of(tmp_path, "back.txt", "\n".join([back, "烏俄和談進入第二輪", "2026-02-17 09:30  撰稿 / 編輯部", *STORY]) + "\n")
    assert source.title == "烏俄和談進入第二輪" and removed(source).get(back) != "title"
    source = source_of(tmp_path, "lede.txt", "\n".join([headline, *STORY]) + "\n")
    assert headline in body(source)


@pytest.mark.parametrize("bio", [
    "Jane Example is a reporter for Example News.",
    "**John Sample** is an editorial fellow at _Example Review_.",
    "（作者為某大學國際關係研究所教授）",
])
def test_an_authors_note_under_the_story_is_the_pages(tmp_path, bio):
    """Who wrote the story, in a line of its own under it (a name and a role at an outlet or
    school), is listed as 作者簡介. Near misses: news of a reporter stays, and so does the same
    note above the story's middle (a page's lede may introduce its guest writer)."""
    news = "Jane Example is a reporter for Example News. She was wounded in Kharkiv on Monday, her editors said."
    source = source_of(tmp_path, "bio.txt", "\n".join([EN_LEDE, EN_SECOND, LEDE, SECOND, news, bio]) + "\n")
    assert removed(source)[bio] == "author-bio"
    assert news in body(source)
    source = source_of(tmp_path, "top.txt", "\n".join(["Talks resume in Geneva", bio, EN_LEDE, EN_SECOND, LEDE, SECOND]) + "\n")
    assert markdown_words(bio) in body(source)  # shown without Markdown's markers


def test_a_slash_credit_closes_a_caption_and_a_line_under_a_credit_stays(tmp_path):
    """A caption closing with its agency after a slash (… 2026. /VCG) is a caption. Near misses: a
    line under a credit stays, whether a subheading, a lead-in or a picture's description (the
    three look alike; taking descriptions removed the others), and so does a slash before words in
    lower case."""
    credit = "AFP via Getty Images"
    slash = "Journalists wait outside the hotel ahead of the talks in Geneva, February 17, 2026. /VCG"
    under = ["What the new peace plan means for Ukraine and its European allies",
             "Key elements of the draft, according to a copy seen by reporters, include:",
             "Residents of the capital have been sleeping in metro stations to avoid the air strikes"]
    slogan = "He quoted the slogan painted on the wall: freedom now. / peace later"
    text = "\n".join([EN_LEDE, slash, EN_SECOND, *[x for line in under for x in (credit, line)], slogan]) + "\n"
    source = source_of(tmp_path, "credit.txt", text)
    assert removed(source)[slash] == "photo-caption"
    assert body(source) == [EN_LEDE, EN_SECOND, *under, slogan]


@pytest.mark.parametrize("stamp", [
    "2 days ago at 07:52 am",
    "32M ago",
    "updated 16M ago",
    "November 19, 2019 at 6:34 am",
    "Monday, Nov. 18, 2019, 7:45 AM PST",
    "01:37",
    "00:00/00:00",
])
def test_a_comments_or_teasers_time_is_a_timestamp_anywhere(stamp):
    """A relative time or a month-first date with a time of day, on its own line (a comment's or a
    teaser's header), and a bare time (a video's length, a player's clock) are time stamps wherever
    they stand. Near misses: a date alone may head a
    timeline entry, and a sentence with a time in it is news."""
    kept, gone = clean(lines(EN_LEDE, stamp, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, EN_SECOND]
    assert [(r.text, r.reason) for r in gone] == [(stamp, "timestamp")]


@pytest.mark.parametrize("stamp", [
    "By Jane Roe@janeroe Nov 18, 2025, 11:47am EST",
    "By Jane Roe Updated Nov 13, 2025, 10:28am EST",
    "By Jane Roe, Oleh Petrenko 2025-11-18T22:05:36Z World",
    "By Jane Roe | November 18, 2025 -- 19:14 GMT (19:14 GMT) | Topic: Diplomacy",
    "By News Staff | November 18, 2025 at 2:26 PM HST - Updated November 18 at 4:46 PM",
])
def test_a_byline_with_its_date_is_a_byline_anywhere(stamp):
    """A byline with its date and time after the names, as a site's template prints it."""
    kept, gone = clean(lines(EN_LEDE, stamp, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, EN_SECOND]
    assert [(r.text, r.reason) for r in gone] == [(stamp, "byline")]


@pytest.mark.parametrize("news", [
    "By the end of March 2026 the talks resume",  # a headline
    "By Monday, Nov 18 both sides must answer the envoys",
    "By the end of March 2026",  # a timeline's subhead
    "By Thanksgiving, Nov. 27: Ukraine responds",  # a timeline's item
    "By comparison, Oct. 2025 was quieter.",
    "By signing the deal on March 3, Ukraine would give up Donetsk.",
])
def test_a_line_opening_with_by_and_a_date_that_is_news_stays(news):
    """Near misses: "By" opening a time or a means, not names, before a date."""
    kept, gone = clean(lines(EN_LEDE, news, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, news, EN_SECOND]


@pytest.mark.parametrize("news", ["November 19, 2019", "The delegations left two days ago at 7:52 am, officials said."])
def test_a_date_alone_or_a_sentence_with_a_time_is_no_stamp(news):
    kept, gone = clean(lines(EN_LEDE, news, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, news, EN_SECOND] and not gone


@pytest.mark.parametrize("notice, reason", [
    ("Subscribe to our free daily morning newsletter.", "promo"),
    ("By continuing you acknowledge our Terms of Service and Privacy policy.", "site-notice"),
])
def test_newsletter_and_terms_notices_in_their_longer_forms(notice, reason):
    """A newsletter's sign-up with words between "our" and "newsletter", and a notice asking the
    reader to acknowledge the site's privacy terms, are the site's. Near misses below."""
    kept, gone = clean(lines(EN_LEDE, EN_SECOND, notice))
    assert [(r.text, r.reason) for r in gone] == [(notice, reason)]


@pytest.mark.parametrize("news", [
    "The ministry said its daily newsletter to diplomats would no longer include the front-line maps.",
    "Both delegations acknowledge that privacy of the talks has been hard to keep, officials said.",
    # a regulator's comment rules, in no one's voice to the reader
    "Under the new comment rules, channel owners must also delete posts that criticise the army within a day.",
])
def test_news_of_a_newsletter_or_of_privacy_stays(news):
    kept, gone = clean(lines(EN_LEDE, news, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, news, EN_SECOND] and not gone


@pytest.mark.parametrize("line, reason", [
    ("Please follow our comment guidelines, stay on topic, and be civil to one another.", "comments"),
    ("Join the conversation on this and other stories when you subscribe.", "comments"),
    ("Commenting is a benefit of a subscription.", "comments"),
    ("Get the latest headlines delivered straight to your inbox.", "promo"),
    ("Unlimited access to every story. Subscribe now", "promo"),
    ("If you have questions about your account, contact us at help@example.com.", "page-chrome"),
    ("Read More On Diplomacy | Russia | Ukraine | Europe | War", "page-chrome"),
])
def test_comment_rules_subscriptions_contacts_and_link_rows(line, reason):
    """A site's rules for comments, a subscription's or an inbox's promotion, its contact line and a
    row of section links are the site's; on the public text dumps none of these lines is in the
    ground truth (ACCURACY.md, round 8). Near misses below."""
    kept, gone = clean(lines(EN_LEDE, EN_SECOND, line))
    assert [(r.text, r.reason) for r in gone] == [(line, reason)]


@pytest.mark.parametrize("news", [
    "The Kremlin declined to comment on the guidelines the envoys had drafted for the talks.",
    "Both delegations said they would stay in contact with the mediators over the weekend.",
    "Donetsk | 26,517 km² | 75% | Russian control",
])
def test_news_of_comments_or_contact_and_a_table_row_stay(news):
    kept, gone = clean(lines(EN_LEDE, news, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, news, EN_SECOND] and not gone


@pytest.mark.parametrize("stamp, day", [
    ("November 19, 2025 at 6:34 am", "2025-11-19"),
    ("Updated on: Nov. 18, 2025 / 10:07 AM", "2025-11-18"),
    ("19 November 2025 09:30", "2025-11-19"),
])
def test_an_english_stamp_dates_the_article(tmp_path, stamp, day):
    """A time stamp the cleaner removes still dates the article when it writes the month by name
    (the page would say 日期不詳 otherwise). Near miss: an impossible day dates nothing."""
    source = source_of(tmp_path, "dated.txt", "\n".join(["Geneva talks end without a deal", stamp, EN_LEDE, EN_SECOND]) + "\n")
    assert source.published == day
    source = source_of(tmp_path, "bad.txt", "\n".join(["Geneva talks end without a deal", "February 30, 2025 at 6:34 am",
                                                       EN_LEDE, EN_SECOND]) + "\n")
    assert source.published is None


@pytest.mark.parametrize("news", [
    "The United States is the largest contributor of military aid to Ukraine, ahead of Germany.",
    "Saudi Arabia is the world's largest oil producer and a key member of OPEC+.",
    "The new envoy is a veteran diplomat and former journalist.",
    "Kaja Example is an Estonian politician and a former journalist at a public broadcaster.",
    "作者是一名前國安官員，他在信中寫道，和談已經失敗。",
])
def test_a_sentence_describing_someone_at_the_storys_end_is_no_authors_note(news):
    """Near misses of 作者簡介: a country, a role without a name, a former role, a Chinese sentence
    that goes on after naming its writer, all closing a story."""
    kept, gone = clean(lines(EN_LEDE, EN_SECOND, LEDE, SECOND, news))
    assert [b.text for b in kept][-1] == news and not gone


def test_a_time_under_the_lede_is_no_page_head(tmp_path):
    """A video's length or a comment's time under the story's first paragraph is a stamp of its
    own, never the page's stamp that makes everything above it the page's head."""
    for stamp in ("01:37", "2 days ago at 07:52 am", "November 19, 2025 at 6:34 am"):
        text = "\n".join(["Zelensky arrives in Geneva for talks", EN_LEDE, "Watch: Zelensky lands in Geneva", stamp,
                          EN_SECOND, "Both sides said the next round would take place in Abu Dhabi, officials said."]) + "\n"
        source = source_of(tmp_path, "video.txt", text)
        assert EN_LEDE in body(source) and source.title == "Zelensky arrives in Geneva for talks"
        assert removed(source)[stamp] == "timestamp"


@pytest.mark.parametrize("news", [
    "\"If you see anything suspicious, contact us immediately,\" the police spokesman told reporters.",
    "\"We invite every citizen to join the conversation about the country's future,\" the president said.",
    "The Kremlin maintains a strict no-comment policy on troop movements, officials said.",
    "Scammers are sending fake invoices straight to your inbox, the FBI warned on Tuesday.",
    "\"We acknowledge that privacy concerns remain,\" a company spokesperson said on Tuesday.",
])
def test_reported_words_that_sound_like_a_sites_notice_stay(news):
    kept, gone = clean(lines(EN_LEDE, news, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, news, EN_SECOND] and not gone


def test_a_table_copied_as_text_is_no_row_of_links():
    rows = ["Region | Controlled by | Status | Notes", "Kherson | Ukraine | Liberated | Partly shelled",
            "Zaporizhzhia | Divided | Contested | Front line"]
    kept, gone = clean(lines(EN_LEDE, *rows, EN_SECOND))
    assert [b.text for b in kept] == [EN_LEDE, *rows, EN_SECOND] and not gone


@pytest.mark.parametrize("heading", ["2022年2月24日開戰", "2026年1月1日起施行"])
def test_a_date_with_a_word_that_is_no_stamps_heads_a_section(heading):
    kept, gone = clean(lines(LEDE, heading, SECOND, THIRD))
    assert [b.text for b in kept] == [LEDE, heading, SECOND, THIRD] and not gone


def test_a_back_link_above_the_headline_is_looked_past_without_a_stamp(tmp_path):
    source = source_of(tmp_path, "back.txt", "\n".join(["←回上一頁", "烏俄和談進入第二輪", *STORY]) + "\n")
    assert source.title == "烏俄和談進入第二輪" and "烏俄和談進入第二輪" not in body(source)


def test_the_cut_below_counts_the_lines_other_rules_took(tmp_path):
    """A page's tail that other rules mostly took (teasers' times, a video's length, a copyright, a
    follow-us line) and three teasers they left: the teasers go too, since the cut spans ten lines
    of the page's tail. Near miss: under a story, one stamp and two lines of the story's own (a
    span of three lines) stay."""
    teasers = ["颱風來襲 北部山區豪雨特報", "股市三連漲 台積電創新高", "立法院三讀通過預算案"]
    tail = ["2 days ago at 07:52 am", teasers[0], "3 hours ago", teasers[1], "32M ago", teasers[2], "5 hours ago", "01:37",
            "© 2026 範例新聞網 版權所有", "追蹤我們的臉書粉絲團"]
    source = source_of(tmp_path, "tail.txt", "\n".join([*STORY, *tail]) + "\n")
    assert body(source) == STORY
    assert [removed(source)[t] for t in teasers] == ["after-story"] * 3
    own = ["他表示，談判仍將繼續。", "這是本週第二輪會談"]
    source = source_of(tmp_path, "short.txt", "\n".join([*STORY, "2026/02/17 10:05", *own]) + "\n")
    assert body(source) == [*STORY, *own]
    points = ["停火監督：由聯合國派員負責", "交換戰俘：所有被俘人員", "能源設施：雙方停止攻擊", "黑海航運：恢復商船通行",
              "人道走廊：開放平民撤離", "重建基金：凍結資產挹注"]
    source = source_of(tmp_path, "points.txt", "\n".join([*STORY, "2026/02/17 10:05", *points]) + "\n")
    assert body(source) == [*STORY, *points]  # seven lines under the story: too short a span for the cut
    cut = "他表示，除了整體框架協議外，烏方還希望在未來幾天簽署另外兩份文件，一份"
    stamps = ["2 days ago at 07:52 am", "3 hours ago", "32M ago", "5 hours ago", "01:37", "02:10", "7 hours ago", "9 hours ago",
              "10 hours ago"]
    source = source_of(tmp_path, "one.txt", "\n".join([*STORY, *stamps, cut]) + "\n")
    assert body(source) == [*STORY, cut]  # one line no other rule took, under nine they took: no furniture of its own


LATER = [
    "烏克蘭外交部長今天下午表示，基輔已經收到美方修改後的方案，將在本週內召集安全會議討論。",
    "俄羅斯總統府發言人說，克里姆林宮尚未收到正式文件，但願意在適當的時候與美方特使再次會面。",
    "法國總統府發表聲明，強調任何停火安排都必須包含可靠的安全保證，歐洲國家準備承擔相應的責任。",
    "德國總理在柏林對記者說，歐洲不會接受一個在烏克蘭缺席的情況下達成的協議，這是歐洲的底線。",
    "波蘭總統呼籲北約盟國增加對烏克蘭的防空援助，並表示波蘭將繼續作為援助物資的主要轉運樞紐。",
    "聯合國秘書長發言人表示，聯合國願意在停火監督方面提供協助，但需要安理會的明確授權才能行動。",
]


def test_the_storys_own_later_paragraphs_are_not_cut(tmp_path):
    """Near misses of the cut below the story, each kept by one guard:
    - a live report's later entries, each under its time, headline and buttons, hold as much prose
      as the story's densest run: a second story of a size, not furniture (the prose share);
    - an update stamp inside the story, a small table of figures and the story's long closing
      paragraph: the cut would cost too little to be worth making (its cost)."""
    entries = [x for n, p in enumerate(LATER, start=1)
               for x in (f"{10 + n}:{15 * (n % 4):02d}", f"最新進展第{n}則", "分享", "留言", p)]
    source = source_of(tmp_path, "live.txt", "\n".join([*STORY, *entries]) + "\n")
    assert all(p in body(source) for p in LATER)
    table = ["盧甘斯克 99%", "頓內茨克 75%", "札波羅熱 74%", "赫爾松 73%", "哈爾科夫 4%", "蘇梅 1%", "第聂伯 1%", "尼古拉耶夫 1%"]
    closing = ("分析人士指出，這些數字說明了為什麼領土問題會成為談判中最難解決的議題：俄方要求的頓內茨克剩餘地區仍由烏軍控制，"
               "而基輔堅持任何停火都必須以目前的接觸線為起點，雙方的立場在短期內看不出有任何妥協的空間，因此外界普遍認為這一輪會談難有突破。")
    source = source_of(tmp_path, "update.txt", "\n".join([*STORY, "更新時間：2026/02/17 15:40", *table, closing]) + "\n")
    assert body(source) == [*STORY, *table, closing]


@pytest.mark.parametrize("date", ["15 December 2025", "Monday, December 15, 2025"])
def test_a_date_alone_is_never_the_title(date):
    kept, gone = clean(lines(date, EN_LEDE, EN_SECOND))
    assert "title" not in {r.reason for r in gone if r.text == date}


def test_a_scraper_stamp_to_the_month_and_a_markdown_titles_marks_leave_the_story_and_its_title(tmp_path):
    # a stamp to the month (` date 2025-02 `) glued to the lede, as to the day; a page crawled to
    # Markdown and saved as text opens with its headline as a heading (# …): the title is the words
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f" date 2025-02 {LEDE}\n{SECOND}\n", encoding="utf-8")
    (seeds / "b.txt").write_text(f"# 美方提出新版和平方案\n\n{THIRD}\n\n{SECOND}\n", encoding="utf-8")
    sources, _ = ingest(seeds)
    a, b = sorted(sources, key=lambda s: s.file)
    assert a.paragraphs[0].text == LEDE and ("date 2025-02", "timestamp") in {(r.text, r.reason) for r in a.removed}
    assert a.published is None  # a month is no publication day
    assert b.title == "美方提出新版和平方案"
    # the near miss: a hashtag (no space after #) is no heading mark, and keeps its sign
    (seeds / "c.txt").write_text(f"#俄烏戰爭\n\n{LEDE}\n\n{THIRD}\n", encoding="utf-8")
    assert next(s for s in ingest(seeds)[0] if s.file == "c.txt").title == "#俄烏戰爭"


def test_a_text_page_crawled_to_markdown_shows_a_links_words_and_is_scored_against_labels_with_the_syntax(tmp_path):
    linked = ("**KYIV —** Zelensky spoke after the [shooting of a general](https://www.example.com/news/articles/c1(x)) in Moscow, "
              "saying _Ukraine_ would not cede territory, file_name 2*4.")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f"[Home](https://www.example.com/)\n[World](https://www.example.com/world)\n"
                                 f"{LEDE}\n{linked}\n{SECOND}\n", encoding="utf-8")
    sources, _ = ingest(seeds)
    texts = [p.text for p in sources[0].paragraphs]
    # strong and emphasised words without their markers, Chinese ones too; a lone * or _ stays, and so does a censored word
    assert markdown_words("烏克蘭總統**澤倫斯基**15日表示，美國、**俄羅斯**和**烏克蘭**將再談。") == "烏克蘭總統澤倫斯基15日表示，美國、俄羅斯和烏克蘭將再談。"
    assert markdown_words('"A lot of bull**** from Putin," he said, "they don\'t know what the f**k they do."') == (
        '"A lot of bull**** from Putin," he said, "they don\'t know what the f**k they do."')
    assert "KYIV — Zelensky spoke after the shooting of a general in Moscow, saying Ukraine would not cede territory, file_name 2*4." in texts
    assert not any("](" in t or "Home" == t for t in texts)
    # a label written from the raw text, link syntax and all, still finds its paragraph
    gold = tmp_path / "gold.yml"
    gold.write_text(f"articles:\n  - file: a.txt\n    paragraphs:\n      - {{text: '{LEDE}'}}\n"
                    f"      - {{text: '{linked}'}}\n      - {{text: '{SECOND}'}}\n", encoding="utf-8")
    report, _ = evaluate(CONFIG, load_gold(gold, CONFIG), sources)
    assert (report.body, report.lost) == (3, 0)


def test_a_line_of_escaped_html_is_read_as_its_paragraphs_and_scored_against_a_label_of_the_raw_line(tmp_path):
    # a mirror's copy: the story arrives as a script's escaped string behind a publication stamp
    raw = ("2026-01-05 08:00:00 \\u003cdiv class=\\\"content\\\"\\u003e\\u003cp\\u003e" + LEDE + "\\u003c/p\\u003e"
           "\\u003c!--AD_0--\\u003e\\u003cp\\u003e" + SECOND + "\\u003c/p\\u003e\\u003cp\\u003e" + THIRD + "\\u003c/p\\u003e")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f"美方提出新版和平方案\n{raw}\n", encoding="utf-8")
    sources, _ = ingest(seeds)
    source = sources[0]
    assert [p.text for p in source.paragraphs] == [LEDE, SECOND, THIRD]
    assert source.published == "2026-01-05" and ("2026-01-05 08:00:00", "timestamp") in {(r.text, r.reason) for r in source.removed}
    assert not any("\\u003c" in p.text or "<" in p.text for p in source.paragraphs)
    gold = tmp_path / "gold.yml"
    gold.write_text("articles:\n  - file: a.txt\n    paragraphs:\n      - {text: '" + raw.replace("'", "''") + "'}\n",
                    encoding="utf-8")
    report, _ = evaluate(CONFIG, load_gold(gold, CONFIG), sources)
    assert (report.body, report.lost) == (1, 0)
    # a script that escapes every character beyond ASCII, as some JSON writers do
    from generator.readers.text import escaped_html
    assert escaped_html("\\u003cp\\u003e\\u70cf\\u514b\\u862d\\u003c/p\\u003e\\u003cp\\u003eB\\u003c/p\\u003e\\u003cp\\u003eC") == ["烏克蘭", "B", "C"]
    # the near miss: prose that quotes an escape or two stays one line as written
    prose = "開發者指出，網頁把 \\u003cp\\u003e 寫進字串，是常見的跳脫方式，讀者看到的仍是原文。"
    (seeds / "a.txt").write_text(f"美方提出新版和平方案\n{LEDE}\n{prose}\n{SECOND}\n", encoding="utf-8")
    assert prose in [p.text for p in ingest(seeds)[0][0].paragraphs]


# --- a mainland site's legal footer ---------------------------------------------------------------

def test_a_mainland_sites_legal_footer_and_reprint_notice_go_with_the_list_above_them(tmp_path):
    """From the ICP licence line on, a mainland site's page is its legal footer; a reservation of
    reprint rights goes wherever it stands, so the list of other stories above the footer is the
    page's tail. A story reporting the rules keeps its sentences."""
    page = f"""
    {LEDE}
    {SECOND}
    {THIRD}
    相关阅读
    乌克兰称愿意在日内瓦继续谈判 美方代表团将于周四抵达
    克宫回应美方新草案 称需要时间研究
    欧洲领导人将在巴黎举行会议 讨论安全保障
    有意与本刊合作者，有关合作事宜请与本网联系。未经本网书面授权，请勿转载或建立镜像，否则即为侵权。
    [京ICP证000001号] 增值电信业务经营许可证[京B2-00000001]
    违法和不良信息举报电话：010-00000000
    关于我们|联系我们|网站地图
    """
    source = source_of(tmp_path, "icp.txt", page)
    assert body(source) == [LEDE, SECOND, THIRD]
    reasons = removed(source)
    assert reasons["[京ICP证000001号] 增值电信业务经营许可证[京B2-00000001]"] == "legal-footer"
    assert reasons["关于我们|联系我们|网站地图"] == "legal-footer"
    assert reasons["有意与本刊合作者，有关合作事宜请与本网联系。未经本网书面授权，请勿转载或建立镜像，否则即为侵权。"] == "copyright"
    assert reasons["克宫回应美方新草案 称需要时间研究"] == "related-articles"
    assert "legal-footer" in REASONS

    news = "工信部表示，所有网站须在首页底部公示ICP备案号，违者将被处罚。"
    # news of rules and permissions, and a notice glued to a story's line, stay
    for line in ("分析人士認為，未經烏克蘭同意，美俄不得複製加沙模式。", "根據新規，未經許可的網站不得轉載境外媒體的報導。",
                 "雙方將於下週在日內瓦舉行新一輪談判。本文為原創，未經授權不得轉載。"):
        kept = source_of(tmp_path, "note.txt", f"{LEDE}\n{line}\n{SECOND}\n{THIRD}\n")
        assert line in body(kept), line
    source = source_of(tmp_path, "rules.txt", f"{LEDE}\n{SECOND}\n{news}\n{THIRD}\n")
    assert body(source) == [LEDE, SECOND, news, THIRD]


def test_an_agencys_closing_lines_under_a_timeline_go(tmp_path):
    """An agency's closing lines under a story that ends on its timeline (a helper's 中央社 page):
    the editor's credit in brackets with the agency's date code, the site's reservation of reprint
    rights worded 非經授權, and an invitation to join its LINE account. The timeline stays. Near
    misses: news of a reprint ban, of a LINE account."""
    timeline = ["烏俄和談大事記", "2025年2月28日 川普與澤倫斯基在白宮爆發口角", "2025年5月16日 俄烏代表團在伊斯坦堡舉行首次直接談判",
                "2025年8月15日 川普與普丁在阿拉斯加舉行峰會"]
    tail = ["（編輯：陳彥廷）1140816", "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。", "一手掌握國際情勢 加入中央社LINE官方帳號"]
    source = source_of(tmp_path, "cna.txt", "\n".join([LEDE, SECOND, THIRD, *timeline, *tail]) + "\n")
    assert body(source) == [LEDE, SECOND, THIRD, *timeline]
    reasons = removed(source)
    assert [reasons[line] for line in tail] == ["credits", "copyright", "promo"]
    news = ["俄羅斯新法規定，外國媒體的報導非經授權，不得轉載。", "台灣民眾可透過加入疾管家LINE官方帳號查詢疫苗資訊，衛福部表示。"]
    source = source_of(tmp_path, "news.txt", "\n".join([LEDE, news[0], SECOND, news[1], THIRD]) + "\n")
    assert body(source) == [LEDE, news[0], SECOND, news[1], THIRD]


@pytest.mark.parametrize("line, furniture", [
    ("按讚加入粉絲團", True),
    ("立即加入LINE好友", True),
    ("依據著作權法規定，未經授權不得轉載。", True),
    ("版权声明：根据《中华人民共和国著作权法》规定，未经本网授权，不得转载。", True),
    # Near misses (reviewer 69): a headline asking or quoting, a timeline's item, a scam's report, a
    # law's news after the notice
    ("加入北約無望？澤倫斯基粉專發文回應", False),
    ("澤倫斯基呼籲民眾關注總統府粉絲專頁：「真相就在這裡！」", False),
    ("2025年3月1日 白宮加入TikTok，開設官方帳號", False),
    ("詐騙集團冒充官方帳號 誘民眾加入LINE群組", False),
    ("外國媒體非經授權不得轉載俄國官方報導，違者依新法處罰。", False),
])
def test_invitations_to_a_sites_account_and_its_reprint_notice_go_headlines_and_news_of_them_stay(line, furniture):
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate([LEDE, SECOND, line, THIRD], start=1)])
    assert (line not in [b.text for b in body]) is furniture


def test_page_copies_written_by_someone_who_saw_neither_code_nor_corpus_keep_their_figures():
    """tests/fixtures/pages_heldout (its README): round 21's figures are the floors for both sets, and
    no half loses a body line (round 21 kept a timeline and a list the story announces, and the furniture set
    into them: 16 body lines lost became 0, 7 furniture lines more kept)."""
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from pages_heldout import score
    removed, furniture, lost, body = score("tune")
    assert removed / furniture >= 0.901 and lost == 0  # 638/708 (630 before round 24's lists set into the story, 632 before round 28's credit lines, 635 before its long English headlines)
    removed, furniture, lost, body = score("check")
    assert removed / furniture >= 0.958 and lost == 0  # 557/581
    removed, furniture, lost, body = score("tune", pages="pages2.json")
    assert removed / furniture >= 0.964 and lost == 0  # 701/727 (7 lost before round 21, 697 before round 24, 700 before round 28)
    removed, furniture, lost, body = score("check", pages="pages2.json")
    assert removed / furniture >= 0.927 and lost == 0  # 784/845 (782 before round 28's credit lines)
    removed, furniture, lost, body = score("tune", pages="pages3.json")
    assert removed / furniture >= 0.901 and lost == 0  # 256/284 (226 before round 23, 245 before round 24, 253 before round 26's portal stamps, 251 before round 28's credit lines)
    removed, furniture, lost, body = score("check", pages="pages3.json")
    assert removed / furniture >= 0.698 and lost == 0  # 190/272 (188 before round 24, 190 before round 26's portal stamps, 188 before round 28's credit lines)
    removed, furniture, lost, body = score("check", pages="pages4_check.json")
    assert removed / furniture >= 0.875 and lost == 0  # 480/548 (458 before round 23's rules, written to check them; 473 before round 28's credit lines, 478 before its long English headlines)
    removed, furniture, lost, body = score("check", pages="pages5_check.json")
    assert removed / furniture >= 0.866 and lost == 0  # 748/863 (735 before round 24's lists set into the story, written to check them; 758 before round 26's short sentences, 747 before round 28's credit lines)
    removed, furniture, lost, body = score("check", pages="repeats_check.json")
    assert removed / furniture >= 0.894 and lost <= 23  # 321/359 (320 before round 28), 23 of 261 lost (39 before round 24's repeated items, 38 before round 25's repeated fields, 31 before its listed headings; see its README)
    removed, furniture, lost, body = score("check", pages="tails_check.json")
    assert removed / furniture >= 0.897 and lost == 0  # 314/350 (315 before round 26's portal stamps)
    removed, furniture, lost, body = score("tune", pages="shortparas_tune.json")
    assert removed / furniture >= 0.872 and lost == 0  # 329/377 (285 and 6 lost before round 26's short sentences, 310 before its portal stamps, 316 before its captions and disclaimers, 321 before credits with a full stop, 326 before round 28's credit lines)
    removed, furniture, lost, body = score("check", pages="shortparas_check.json")
    assert removed / furniture >= 0.629 and lost <= 2  # 202/321 (201 before round 28), 2 of 213 lost (177 and 7 before round 26's contents lists, short sentences and portal stamps; 6 lost before its contents lists above the lead)
    removed, furniture, lost, body = score("check", pages="comments_check.json")
    assert removed / furniture >= 0.973 and lost == 0  # 476/489 (round 26; 474 before round 28's credit lines and stamps)
    removed, furniture, lost, body = score("check", pages="credits_check.json")
    assert removed / furniture >= 0.943 and lost == 0  # 534/566 (round 28, written to check its credit lines: 525 before them)


@pytest.mark.parametrize("credit", ["Keith Doe contributed reporting from Hong Kong.", "Fox News’ Jane Doe contributed to this report.",
                                    "— With assistance from Jordan Weiss and Hannah Kuhn", "Edited by: Anna Kessler"])
def test_newsrooms_credit_formulas_under_the_story_go(credit):
    """Credits as newsrooms other than AP write them, closing the page (public benchmark pages: the
    Times', Fox's, Bloomberg's, PolitiFact's). Near miss: a sentence of news that a reporter
    contributed to something keeps going after the formula, and stays."""
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate([LEDE, SECOND, THIRD, credit], start=1)])
    assert [b.text for b in body] == [LEDE, SECOND, THIRD]
    assert {r.text: r.reason for r in removed}[credit] == "credits"
    news = "The fund to which Ukraine's allies contributed to this year's budget was set up in 2023 by the EU."
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate([LEDE, SECOND, THIRD, news], start=1)])
    assert news in [b.text for b in body]


@pytest.mark.parametrize("news", ["With assistance from Qatar, 84 Ukrainian children taken to Russia have been returned to their families since the spring.",
                                  "Jane Doe, who contributed reporting from Kyiv for a decade, was killed by a Russian drone."])
def test_news_that_reads_like_a_credit_formula_stays(news):
    """Near misses of the credit formulas (reviewer 66): a sentence of news opening with "With
    assistance from", a reporter's death."""
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate([LEDE, SECOND, THIRD, news], start=1)])
    assert news in [b.text for b in body]


@pytest.mark.parametrize("prompt", ["电子邮件/用户名", "请输入邮箱和密码进行绑定操作:", "請輸入手機號碼，通過短信驗證（目前僅支持中國大陸地區的手機號）：",
                                    "Enter your email address", "Password:"])
def test_a_sign_in_forms_prompts_go(prompt):
    """A sign-in or sign-up form's prompts and field labels (an FT Chinese page of the tuning half;
    a helper's Guardian page): the site asking the reader to type. Near misses: news of passwords, a
    quoted scam message."""
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate([LEDE, SECOND, prompt, THIRD], start=1)])
    assert [b.text for b in body] == [LEDE, SECOND, THIRD]
    news = ["專家提醒，電子郵件密碼應定期更換，以免帳號遭到入侵。", '"Enter your password," the scam message read, police said.']
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate([LEDE, *news, SECOND, THIRD], start=1)])
    assert [b.text for b in body] == [LEDE, *news, SECOND, THIRD]


@pytest.mark.parametrize("credit", ["（編輯：陳彥廷）1140816", "(编辑：文静)", "（編輯：陳彥廷/林淑媛）1141214", "（譯者：劉淑琴/核稿：張佑之）1141214", "責任編輯：蔡孟哲", "责任编辑：侯天悦", "Edited by: Anna Kessler", "— With assistance from Jordan Weiss and Hannah Kuhn",
                                    "Maria Gorska contributed reporting from Kyiv, and Daniel Ashford from Washington."])
def test_staff_credits_go_wherever_they_stand(credit):
    """Credits that read like no sentence of a story, wherever the page prints them (two helpers' page
    copies: above a list of other stories or the site's promos on 上報, 參考消息, DW, Bloomberg and the
    Times' pages), not only in the footer's last lines. Near miss: a story's sentence naming an editor
    stays."""
    page = [LEDE, SECOND, credit, THIRD]
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate(page, start=1)])
    assert credit not in [b.text for b in body]
    assert {r.text: r.reason for r in removed}[credit] == "credits"
    news = "責任編輯：王小明表示，報社將在本週內公布調查結果，並向讀者說明更正的經過。"
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate([LEDE, news, SECOND, THIRD], start=1)])
    assert news in [b.text for b in body]


@pytest.mark.parametrize("news", ["請輸入身分證字號及健保卡號後，再按下確認鍵，系統就會顯示可預約的疫苗接種時段。",
                                  "Enter your email address on the fake page and the attackers get a copy of it within seconds, researchers found.",
                                  "Reporting by local outlets suggests the death toll is far higher than the official count.",
                                  "編輯：談談你的童年", "Shireen Abu Daqqa contributed reporting from Gaza for Al Jazeera for two decades.",
                                  "Password", "- With assistance from the United Nations, 300 families were rehoused by March."])
def test_a_story_line_shaped_like_a_form_prompt_or_a_credit_stays(news):
    """Near misses of the form prompts and of credits wherever they stand (reviewer 67): a how-to's
    step, a sentence opening "Reporting by", an interview's prompt, a reporter's career, a
    subheading, a list item."""
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate([LEDE, SECOND, news, THIRD], start=1)])
    assert news in [b.text for b in body]


@pytest.mark.parametrize("line, reason", [
    ("Editor: Mykola Denysenko", "credits"),
    ("Eli Marcus reported from Abu Dhabi. Hanna Dorsey reported from Washington.", "credits"),
    ("文章僅屬作者意見，不代表本網立場。", "site-notice"),
    ("論壇歡迎投稿。請電郵至view@example.com，附上作者真實姓名。", "promo"),
    ("01/23/2026 05:00 AM EST", "timestamp"),
    ("Special envoy Steve Witkoff arrives for talks in Abu Dhabi, Jan. 22, 2026. | Jane Roe/AFP via Getty Images", "photo-caption"),
    ("Zelensky visits British troops training near Kyiv on Jan. 20, 2026 Credit: Jane Roe/Reuters", "photo-caption"),
    ("Sybiha speaks during an interview in Kyiv on Jan. 30, 2026. (Jane Roe / The Example Independent)", "photo-caption"),
    ("By **Jane Doe**, an editorial fellow at _Example Policy_", "byline"),
    ("By Jane Doe, a senior correspondent at Global Affairs Weekly.", "byline"),
])
def test_credits_notes_pitches_and_captions_of_other_outlets_go(line, reason):
    """Furniture as a third writer's page copies print it (pages_heldout/pages3.json, its tuning half),
    each form kept for what it removed on a set it was not made from (ACCURACY.md, round 23): an
    English staff credit, where each writer reported from, an opinion page's disclaimer, a call for
    submissions, a numeric stamp, a caption's named credit, a byline giving the writer's role."""
    page = [LEDE, SECOND, line, THIRD]
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate(page, start=1)])
    assert [b.text for b in body] == [LEDE, SECOND, THIRD]
    assert {r.text: r.reason for r in removed}[line] == reason


@pytest.mark.parametrize("news", [
    "By Monday, a senior official at the ministry said talks would resume.",
    "By Jane Morrow's count, a reporter who covered the war, 40 villages were lost.",
    "白宮發言人表示，該言論純屬個人意見，不代表政府立場。",
    "Zelensky reported from the front line that the troops were holding.",
    "The Kremlin said the draft was a starting point. Witkoff/Kushner talks would follow in Moscow.",
    "Originally published in 2019, the report is still the basis of the plan.",
    "Correction: An earlier version of this story misstated the date of the Geneva talks.",
    "Editor's note: This story was updated to include the Kremlin's response.",
    "This interview has been edited for length and clarity.",
    "Kyiv Independent reporter Olena Kravets was among journalists briefed by officials.",
])
def test_news_and_notes_a_reader_needs_that_read_like_credits_or_pitches_stay(news):
    """Near misses: a story's "By Monday", a spokesman disowning a remark, a sentence of news with a slash,
    a correction and an editor's note (the public benchmarks' truth keeps them, and a reader checking a
    claim needs them), a journalist in the news."""
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate([LEDE, SECOND, news, THIRD], start=1)])
    assert news in [b.text for b in body]


@pytest.mark.parametrize("news", [
    # reviewer 80: story lines the first version of round 23's rules removed
    "發言人說，這篇文章僅代表作者個人觀點，不代表政府立場。",
    "克宮發言人佩斯科夫週二指出，該文章僅為作者個人意見，不代表克里姆林宮立場。",
    "- Child tax credit: raised to 10,000 hryvnias per child",
    "Carbon credits: traded at a record high in Europe this week",
    "Officials in Kyiv urged Moldova to consider becoming a member of the grain corridor coalition.",
    "Analysts say the main benefit of a Starlink subscription for front-line units is a link that Russian jammers cannot cut.",
    "烏克蘭政府呼籲民眾訂閱官方Telegram頻道，以獲得空襲警報。",
    "年輕人越來越習慣用APP看新聞，報紙銷量持續下滑。",
    "轉載自俄羅斯國防部Telegram頻道的一段影片顯示，俄軍士兵在郊外插上旗幟，但烏軍否認該城已失守。",
    "本文原載於美國《外交事務》雜誌的一篇分析指出，停火談判仍有三大障礙。",
    "烏克蘭國家博物館歡迎民眾投稿戰時日記，作為歷史檔案保存。",
    "烏克蘭國防部設立投稿信箱，接受民眾舉報俄軍動向。",
    "作者：一定會回去",
    "Editor: Thank you for joining us",
    "By Independence Day, a correspondent for Reuters had left the city.",
    "By Noon, a reporter for the BBC was at the scene.",
    "Ukrainska Pravda reported from Kupiansk.",
    "The BBC's Lyse Doucet reported from Kyiv.",
    "克宮發言人佩斯科夫稱，日內瓦會談沒有取得任何進展。圖片來源：路透社",
    "The deal was negotiated by two men. Steve Witkoff/Jared Kushner",
    "Who will pay for reconstruction? The EU/IMF",
    "Subscribe",
    "Google now lets readers pick an outlet as your preferred source in Top Stories, a change publishers welcomed.",
    # reviewer 81
    "烏克蘭駐台代表處歡迎台灣民眾投稿，請以中文或英文寫下對烏克蘭的祝福。",
    "烏克蘭國防部呼籲民眾提供俄軍動向線索，投稿請至官方聊天機器人「eVorog」。",
    "俄罗斯军事博主频道欢迎读者投稿前线视频，其Telegram账号@rybar拥有逾百万订阅者。",
    "文章僅代表俄方觀點，不代表中國政府立場，中國駐俄使館隨即澄清。",
    "Al Jazeera reported from Kharkiv.",
    "Defence Minister Denys Shmyhal reported from Kharkiv.",
])
def test_story_lines_shaped_like_round_23s_furniture_stay(news):
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate([LEDE, SECOND, news, THIRD], start=1)])
    assert news in [b.text for b in body]


@pytest.mark.parametrize("page", [
    ["Ukraine and Russia resume talks in Geneva", LEDE, "2026-01-23 10:32"],  # a brief's only paragraph
    ["Ukraine and Russia resume talks in Geneva", LEDE, "By Jane Doe and John Roe", SECOND, THIRD],  # a lede telling its day
    ["泽连斯基抵达日内瓦", "新华社日内瓦1月23日电 乌克兰总统泽连斯基23日抵达日内瓦，参加由美国斡旋的新一轮和谈。", "来源：新华网"],
    ["快訊／澤倫斯基：烏克蘭不會放棄頓巴斯", "烏克蘭總統澤倫斯基週二在日內瓦表示，烏克蘭不會放棄頓巴斯地區，並呼籲歐洲提供更多防空系統。",
     "2026/01/23 10:32"],
])
def test_a_lede_between_the_headline_and_a_stamp_stays(page):
    """Reviewer 80: a standfirst told by its place alone (between the headline and a stamp) took
    ledes and briefs; it is not kept (ACCURACY.md, round 23), and these stay."""
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate(page, start=1)], known_title=page[0])
    assert page[1] in [b.text for b in body]


def test_footer_links_over_the_copyright_go_and_a_storys_short_last_line_without_one_stays():
    """A footer's links (About, Connect, Our Channels, 聯絡我們) stand between the story and the copyright
    line (pages3's tuning half; pages4_check, written afterwards, +5). Near miss: a story ending on a short
    line with no copyright under it keeps it."""
    page = [LEDE, SECOND, THIRD, "Get more news that matters to you in your inbox with Example AM.", "About", "Privacy",
            "© 2026 Example Media Inc."]
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate(page, start=1)])
    assert [b.text for b in body] == [LEDE, SECOND, THIRD]
    assert {r.text: r.reason for r in removed}["Privacy"] == "trailing-list"
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate([LEDE, SECOND, THIRD, "Slava Ukraini"], start=1)])
    assert "Slava Ukraini" in [b.text for b in body]
