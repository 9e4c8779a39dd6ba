"""Where a text page's story ends (clean/span.py): a timeline under the story is the story's, however
short its entries."""

from __future__ import annotations

from test_furniture import LATER, STORY

from generator.clean import clean
from generator.model import Block

ENTRIES = [("2025年2月12日", "川普與普丁通電話，同意展開談判。"), ("2025年2月18日", "美俄外長在利雅德舉行首次會談。"),
           ("2025年2月28日", "澤倫斯基在白宮與川普爆發爭執。"), ("2025年3月11日", "烏方在吉達同意三十天停火提議。"),
           ("2025年3月18日", "普丁只同意暫停攻擊能源設施。"), ("2025年5月16日", "俄烏代表團在伊斯坦堡直接會談。"),
           ("2025年6月2日", "雙方第二輪會談同意交換戰俘。"), ("2025年8月15日", "川普與普丁在阿拉斯加舉行峰會。"),
           ("2025年8月18日", "歐洲領袖陪同澤倫斯基訪問白宮。"), ("2025年11月20日", "美方提出二十八點和平計畫草案。")]
EN_ENTRIES = [("Feb. 12", "Trump and Putin agree by phone to start talks."), ("Feb. 18", "US and Russian ministers meet in Riyadh."),
              ("March 11", "Ukraine accepts a 30-day ceasefire in Jeddah."), ("May 16", "Russian and Ukrainian teams meet in Istanbul."),
              ("Aug. 15", "Trump and Putin hold a summit in Alaska."), ("Nov. 20", "Washington presents a 28-point draft plan."),
              ("Dec. 2", "Witkoff and Kushner meet Putin in Moscow.")]


def kept(texts: list[str]) -> list[str]:
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate(texts, start=1)])
    return [b.text for b in body]


def test_a_timeline_under_an_update_stamp_stays_with_a_long_story():
    timeline = ["和談大事記", *[x for d, s in ENTRIES for x in (d, s)]]
    assert kept([*STORY, *LATER, "更新時間：2026/02/17 18:30", *timeline]) == [*STORY, *LATER, *timeline]


def test_an_english_timeline_under_share_lines_stays():
    timeline = ["Timeline of the talks", *[x for d, s in EN_ENTRIES for x in (d, s)]]
    assert kept([*STORY, *LATER, "Share on Facebook", "Share on X", *timeline]) == [*STORY, *LATER, *timeline]


def test_dated_headlines_below_the_story_are_no_timeline():
    # Near miss: dates over headlines (no sentence), as a list of other stories prints them, still go.
    headlines = ["烏克蘭東部再傳空襲，多處電網受損", "歐盟峰會登場，凍結資產用途成焦點", "美國國會審議，對烏援助法案卡關",
                 "北約秘書長抵達，基輔加強戒備", "俄羅斯央行宣布，基準利率再升", "土耳其提議，主辦下一輪會談",
                 "聯合國安理會，召開緊急會議", "波蘭邊境，加強防空部署", "日本宣布，新一輪對俄制裁", "白俄羅斯與俄軍，舉行聯合軍演"]
    teasers = [x for (d, _), h in zip(ENTRIES, headlines) for x in (d, h)]
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate([*STORY, *LATER, "更新時間：2026/02/17 18:30", *teasers], start=1)])
    assert [b.text for b in body] == [*STORY, *LATER]
    assert {r.reason for r in removed if r.text in teasers} == {"after-story"}


def test_short_updates_under_a_stamp_and_short_paragraphs_under_share_lines_stay():
    """A live report's short updates and a story's last short paragraphs are sentences: more of the
    story, though each is too short to count as prose."""
    updates = [x for u in ["克宮表示尚未收到文件。", "烏方代表團已抵達柏林。", "美方特使稍後將會見記者。", "歐盟外長將於明日開會。",
                           "雙方同意下週再談。", "德國總理府證實會談結束。", "澤倫斯基將於晚間發表談話。", "俄方重申其立場不變。"]
               for x in ("【最新】", u)]
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate([*STORY, *LATER, "更新時間：2026/02/17 18:30", *updates], start=1)])
    assert [t for t in (b.text for b in body) if t not in STORY + LATER + ["【最新】"]] == [u for u in updates if u != "【最新】"]
    short = ["Kyiv wants guarantees first.", "Moscow wants land first.", "Washington wants a deal soon.", "Europe wants a seat.",
             "Talks resume Monday.", "Nobody expects a breakthrough.", "Prisoners may be swapped.", "Aid talks continue too.",
             "Energy strikes are paused.", "The Black Sea stays open.", "Monitors are still undecided.", "Elections are far off."]
    assert kept([*STORY, *LATER, "Share on Facebook", "Share on X", *short]) == [*STORY, *LATER, *short]


# Teasers of other stories under the story, a card each: headline, byline or date, one sentence. The
# sentences read as prose, so the densest run of prose takes them in with the story.
CARDS = [
    "颱風外圍環流影響北部", "記者王小明",
    "中央氣象署今天表示，颱風外圍環流將為北部與東北部山區帶來豪雨，各地方政府已經開設應變中心，民眾外出應注意安全並隨時留意最新的氣象資訊。",
    "立法院三讀通過明年度預算", "政治中心",
    "立法院今天三讀通過明年度中央政府總預算，刪減幅度較去年略少，朝野黨團在協商後各自讓步，行政院表示尊重國會的決定並將依法執行。",
    "職棒總冠軍賽今晚開打", "體育中心",
    "兩隊今晚在台北大巨蛋展開總冠軍賽第一戰，門票在開賣後數分鐘內就全數售罄，主辦單位提醒球迷提早入場並搭乘大眾運輸工具前往。",
]
EN_CARDS = [
    "More from the newsroom", "Why the ceasefire map keeps changing", "Jane Roe",
    "The front line has barely moved in a year, yet each draft of the peace plan that reaches the capitals draws it somewhere else, and each side reads it its own way.",
    "What a demilitarised zone would take", "John Doe",
    "Monitoring a buffer zone hundreds of kilometres long would need thousands of observers, drones and a mandate that neither Moscow nor Kyiv has yet been willing to grant.",
    "The envoys' long week", "Mary Major",
    "Between Miami, Moscow and Geneva, the negotiators spent more time in the air than at the table this week, and came home with little more than a date for the next round.",
]


def test_teaser_cards_under_the_story_are_the_pages():
    assert kept([*STORY, *LATER, *CARDS]) == [*STORY, *LATER]
    english = ["Negotiators from Kyiv and Moscow met in Geneva on Tuesday for a new round of talks.",
               "The talks lasted several hours, and both delegations said they would report back to their leaders.",
               "A second round is expected next month, a spokesman for the Ukrainian delegation told reporters.",
               "European officials said they had not been told what was on the table, and asked to be included."]
    assert kept([*english, *EN_CARDS]) == english


def test_a_storys_sections_and_timeline_are_no_cards():
    # Near misses: sections of the story under a heading each, and a timeline's dates over sentences,
    # close the story the way cards close a page; a card has two short lines or more, not a date alone.
    sections = ["領土問題", LATER[0], "安全保證", LATER[1], "歐洲角色", LATER[2], "下一步", LATER[3]]
    assert kept([*STORY, *sections]) == [*STORY, *sections]
    timeline = ["和談大事記", *[x for d, s in ENTRIES[:4] for x in (d, s + s)]]
    assert kept([*STORY, *LATER[:2], *timeline]) == [*STORY, *LATER[:2], *timeline]
