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
