"""Where a text page's story ends (clean/span.py): a timeline under the story is the story's, however
short its entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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


# Sections that close a story the way teasers of other stories close a page (a sentence under two
# short lines, three times): a who's who, an explainer's disputes under a label, a live report's
# entries under a time and a heading. A rule that took such "cards" for teasers (tried, ACCURACY.md
# round 10) took all of these; they are the story's.
WHOS_WHO = ["The people at the table",
            "Steve Witkoff", "US special envoy",
            "A real estate developer and old friend of Trump, he has met Putin more often than any other Western envoy this year.",
            "Rustem Umerov", "Secretary of Ukraine's security council",
            "A former defence minister, he leads Kyiv's delegation and reports directly to President Zelensky after each round.",
            "Kirill Dmitriev", "Head of Russia's sovereign wealth fund",
            "He has become the Kremlin's informal channel to the Trump team, often flying to Miami for talks with the envoys."]
DISPUTES = ["三大爭議",
            "一、領土", "莫斯科要求烏軍撤出頓巴斯全境，基輔則堅持任何停火都必須以目前的接觸線為基礎，雙方立場差距仍大。",
            "二、安全保證", "烏克蘭希望獲得類似北約第五條的承諾，歐洲國家表示願意派遣部隊，但俄方堅決反對外國軍隊進駐。",
            "三、札波羅熱核電廠", "美方提議由國際原子能總署監督核電廠運作，俄烏雙方對電力分配與管理權仍未達成共識。"]
LIVE = ["即時更新",
        "【17:47】", "克宮：未收到新草案", "克宮發言人佩斯科夫表示，俄方目前尚未收到美方修改後的和平方案草案，將在收到後研究。",
        "【18:20】", "梅爾茨：歐洲必須參與", "德國總理梅爾茨在柏林對記者說，任何涉及歐洲安全的協議都必須有歐洲國家參與討論。",
        "【19:05】", "基輔再傳空襲警報", "烏克蘭空軍表示，俄軍夜間發射多架無人機，基輔市區防空系統啟動，目前沒有傷亡報告。"]


@pytest.mark.parametrize("section", [WHOS_WHO, DISPUTES, LIVE])
def test_sections_closing_the_story_like_cards_stay(section):
    assert kept([*STORY, *LATER[:3], *section]) == [*STORY, *LATER[:3], *section]


# A portal's head, longer than the head rules' reach: sections, then teasers of other stories
# (a headline each, one with its sentence), then the story's headline, its stamp and the story.
PORTAL_HEAD = ["Home", "News", "World", "Politics", "Business", "Sport", "Weather", "Video", "More",
               *[f"Other story number {n} in the menu of the portal" for n in range(1, 40)],
               "Storm closes mountain roads in the north",
               "Heavy rain is expected in the northern mountains, and the roads department closed two passes.",
               "Latest"]
HEADLINE = "Envoys return to Geneva for a second round"
STAMP = "By Jane Roe and John Doe"
GENEVA = ["Negotiators from Kyiv and Moscow met in Geneva on Tuesday for a second round of talks brokered by Washington.",
          "The talks lasted several hours, and both delegations said they would report back to their leaders.",
          "A third round is expected next month, a spokesman for the Ukrainian delegation told reporters.",
          "European officials said they had not been told what was on the table, and asked to be included in the next round.",
          "The Kremlin said the talks had been useful but that the main questions, the territory above all, were still open."]


def test_a_portals_head_above_the_headline_and_its_stamp_is_the_pages():
    page = [*PORTAL_HEAD, HEADLINE, STAMP, *GENEVA]
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate(page, start=1)])
    assert [b.text for b in body] == GENEVA
    # the story's headline is the page's title, never a teaser's headline above the section label
    assert [r.text for r in removed if r.reason == "title"] == [HEADLINE]


def test_a_standfirst_under_the_headline_and_a_story_above_a_teaser_stay():
    # Near misses: a standfirst between the headline and its stamp is the story's, and the headline
    # is not taken for the page's; a one-paragraph story standing above another story's headline,
    # stamp and longer run is the page's story, never its head.
    standfirst = "Both sides say the main questions are still open"
    body = kept([*PORTAL_HEAD, HEADLINE, standfirst, STAMP, *GENEVA])
    assert body[-len(GENEVA) - 1:] == [standfirst, *GENEVA]
    one_paragraph = ("莫斯科與基輔的代表今天在日內瓦舉行第二輪會談，雙方在美方斡旋下討論停火、領土與戰後安全保證等議題，"
                     "會談持續數小時，兩國代表團表示將向各自領導人報告，下一輪會談預計下個月舉行，歐洲官員則要求參與。")
    body = kept([*PORTAL_HEAD, one_paragraph, "Related", "Sport", "Weather", "Video", "More", HEADLINE, STAMP,
                 *GENEVA, *LATER])
    assert one_paragraph in body


def test_a_lede_above_an_embeds_title_and_stamp_stays():
    # Near miss: a short lede, then an embedded video's title and date, then the story's densest run:
    # the embed's title over its stamp is no headline, and the lede above it no page head.
    lede = "Negotiators returned to Geneva on Tuesday for a second round of talks on a ceasefire."
    page = ["Home", "News", HEADLINE, STAMP, lede, "Watch: the delegations arrive in Geneva", "2025-11-19 09:45",
            *GENEVA, *LATER]
    body = kept(page)
    assert lede in body and HEADLINE not in body[1:]
    assert body[-len(GENEVA) - len(LATER):] == [*GENEVA, *LATER]


def test_a_key_points_box_under_the_headline_is_no_page_head():
    # Near miss: a live page's headline, its key points (short lines shaped like headlines), then
    # its date over the story: the points are the story's, and so is the headline above them.
    points = ["Zelensky says Kyiv could drop its Nato bid", "Envoys hold five hours of talks with the delegation",
              "European leaders to join the talks on Monday evening"]
    live = "Ukraine war live: envoys resume talks in Berlin for a second day"
    body = kept([*PORTAL_HEAD, live, "Key points", *points, STAMP, *GENEVA])
    assert body[-len(GENEVA) - len(points):] == [*points, *GENEVA]


def test_a_list_the_story_announces_as_it_ends_stays_and_the_cut_starts_after_it():
    """A lead-in closing the story (新法的主要內容包括：) and its short items, then the share bar, tags
    and other headlines (a third reader's page): the items are the story's, the rest goes. Near
    miss: the same short lines with no lead-in above them are the page's, and go."""
    items = ["揭弊者身分一律保密", "揭弊者可獲一成獎金", "可申請國家律師協助", "設立線上申報平台", "報復者最高判五年"]
    tail = ["分享", "標籤", "烏克蘭", "反貪腐", "熱門新聞", "寒流來襲北部低溫探七度", "台股終場上漲三百點"]
    lead_in = "新法的主要內容包括："
    story = [*STORY, LATER[0]]
    assert kept([*story, lead_in, *items, *tail]) == [*story, lead_in, *items]
    assert kept([*story, *items, *tail]) == story


# A site's copyright notice under a story, then what the site prints below it: other stories' headlines
# and their images' descriptions, closed sentences that would otherwise read as more of the story.
EN_STORY = [
    "US and Ukrainian negotiators met in Geneva on Sunday to work through a revised draft of the peace framework.",
    "Officials from both delegations said the talks focused on security guarantees and the future of the east.",
    "European leaders joined part of the meeting and pressed for a role in monitoring any ceasefire.",
    "A second round is planned for next week, when the envoys are expected to discuss the exchange of prisoners.",
]
BELOW_COPYRIGHT = ["World", "More World", "Farmers paint their cows with zebra stripes",
                   "The science behind the striped cattle could save farmers millions a year.",
                   "Two killed in helicopter crash", "Officials dismiss a claim that the craft was shot down.",
                   "Why the koalas are in danger", "Hundreds of homes have been destroyed by bushfires this month.",
                   "Cities urge a boycott of meat", "More in World", "Politics", "More Politics"]
LAST = "Both sides said the talks would go on."
NOTICE = "Copyright 2026 Example Wire Inc. All rights reserved."


def reasons_of(texts: list[str]) -> dict[str, str | None]:
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate(texts, start=1)])
    reasons: dict[str, str | None] = {b.text: None for b in body}
    reasons.update({r.text: r.reason for r in removed})
    return reasons


@pytest.mark.parametrize("notice", [NOTICE, "© 2026 Example Broadcasting Inc. All Rights Reserved.",
                                    "Copyright © Example Media Group Ltd, Media Centre, Example Way",
                                    "© 2026 Associated Press. All rights reserved. This material may not be published, broadcast, "
                                    "rewritten, or redistributed.",
                                    "範例新聞網 版權所有", "（本文版權所有，未經授權不得轉載）"])
def test_a_copyright_notice_under_the_story_goes_and_the_site_below_it(notice):
    """The notice goes wherever it stands, not only in the footer's last lines; the site's teasers
    below it go with the cut below the story, which starts at the first line a rule took."""
    reasons = reasons_of([*EN_STORY, notice, *BELOW_COPYRIGHT])
    assert [reasons[t] for t in EN_STORY] == [None] * len(EN_STORY)
    assert reasons[notice] == "copyright"
    assert [t for t in BELOW_COPYRIGHT if reasons[t] is None] == []


@pytest.mark.parametrize("credit", ["The delegations at the table in Geneva. Photo © Jane Doe/Example Agency",
                                    "© Jane Doe The delegations at the table in Geneva.",
                                    "(Image: © Example Agency/Jane Doe)",
                                    # with a year, or "Copyright" (reader 43): a credit names a person or an agency, no company
                                    "© 2026 Jane Doe/Example Agency", "Copyright AP Photo/John Roe", "©2026 法新社"])
def test_a_photo_credit_is_no_copyright_notice(credit):
    assert reasons_of([*EN_STORY, credit, LAST])[credit] != "copyright"


@pytest.mark.parametrize("news", [
    "Copyright holders in Crimea would lose their protections under the draft, officials in Kyiv said.",
    "Copyright and broadcasting rights in Crimea are among the twelve points of the draft's economic annex.",
    "Copyright holders in Crimea, including a Ukrainian film group, would be compensated under the annex.",
    "The draft ends with the phrase all rights reserved, which Ukrainian officials read as a threat to their claims.",
    "根據草案附件，被佔領地區電視台與電影公司的著作權所有人，可向國際仲裁機構求償。",
    "版權所有者可依草案附件向國際仲裁機構求償。",
    # reader 45: a ban on reposting, a plan's item (c), company law, a memorandum's wording
    "俄羅斯聯邦通訊監管局已將這段烏克蘭總統的影片列為違禁內容，境內媒體與部落客一律不得轉載。",
    "(c) 2027 elections in Ukraine, with international observers and limited campaigning.",
    "Copyright and company law: Ukraine has made limited progress since the last report.",
    "Kyiv signed the memorandum on the Black Sea grain corridor with all rights reserved.",
    # a digest's item with the agency's notice glued after it
    "Russia and Ukraine each returned 150 soldiers on Thursday. © 2026 Example Wire. All rights reserved.",
    "美烏代表在日內瓦結束兩天會談，仍未達成協議。（範例通訊社版權所有）",
    # reader 46: a short ban, rights of ownership, lawsuits against companies, limited enforcement, a plan's item
    "該影片在俄羅斯已遭禁止轉載。",
    "版權所有權的歸屬，是雙方仍未解決的問題。",
    "Copyright lawsuits against Example AI Inc., Example Platforms Inc. and Example Labs Ltd. are piling up in courts.",
    "Copyright enforcement in the occupied territories has been limited, and Ukrainian studios say films air freely.",
    "(c) 2027 gas transit talks between Naftogaz and Gazprom Export LLC.",
])
def test_news_about_copyright_is_no_notice(news):
    reasons = reasons_of([*EN_STORY, news, LAST])
    assert reasons[news] is None and reasons[LAST] is None


@pytest.mark.parametrize("below", [
    ["Correction: An earlier version of this story misstated the day of the prisoner exchange, which was Saturday."],
    ["Editor’s note: This story has been updated to include the Kremlin’s response to the draft."],
    ["UPDATE, 8:40 p.m.", "Kremlin spokesman Dmitry Peskov told reporters the draft was still being studied in Moscow."],
    ["【更新】克里姆林宮發言人培斯科夫晚間表示，莫斯科仍在研究草案。"],
    # a digest's next story (reader 43), and a story's last short paragraphs under an agency's notice (reader 44)
    ["Poland to host air-defence talks",
     "Poland will host a meeting of air-defence officials from eleven countries next month, its defence ministry said.",
     "The talks are expected to cover the protection of Ukraine's power grid during the coming winter months."],
    ["美國特使預計下週前往莫斯科。", "克宮尚未證實會面日期。"],
])
def test_what_follows_a_notice_in_the_story_stays(below):
    """Near misses (readers 43 and 44): a correction, an update, a digest's next story or the story's
    last lines under a notice are the page's news; only the notice goes."""
    reasons = reasons_of([*EN_STORY, NOTICE, *below])
    assert reasons[NOTICE] == "copyright"
    assert [t for t in below if reasons[t] is not None] == []


def test_a_notice_in_an_html_pages_main_text_goes(tmp_path):
    """An HTML page prints the notice inside its article: the notice goes, the story stays, one
    paragraph per anchor."""
    from generator.extract import to_source
    from generator.readers import read
    body = ("<article><h1>Talks in Geneva</h1>" + "".join(f"<p>{p}</p>" for p in EN_STORY) + f"<p>{NOTICE}</p></article>")
    path = tmp_path / "story.html"
    path.write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>Talks in Geneva</title></head><body>{body}</body></html>",
                    encoding="utf-8")
    source = to_source(read(path), None)
    assert [p.text for p in source.paragraphs] == EN_STORY
    assert {r.text: r.reason for r in source.removed}[NOTICE] == "copyright"


def test_a_storys_closing_list_under_a_sign_up_line_stays():
    """An explainer's own list under a newsletter pitch the promotion rule takes: the pitch is
    prose-shaped, so the story's run ends on it and the cut below starts at the teasers, not at the
    pitch (a reader found a version of the run without other rules' lines losing the list; ACCURACY.md,
    round 16)."""
    story = ["Negotiators from Kyiv and Washington ended two days of talks in Geneva on Sunday without a deal, "
             "but both delegations said the draft framework had been shortened and that work would go on this week.",
             "A Ukrainian official said the remaining disputes concern the line of contact in the east and the "
             "guarantees Europe would offer, and that Kyiv would not sign anything that rewards the invasion."]
    pitch = "Sign up for our daily newsletter to get the latest news on the war in Ukraine."
    plan = ["What is in the plan", "Ceasefire along the current front line", "Security guarantees modelled on NATO",
            "A cap on the size of Ukraine's army", "Sanctions relief in stages", "Elections within 100 days",
            "A fund to rebuild Ukraine, run by the World Bank"]
    teasers = ["More from World", "Markets slide as oil prices jump", "A storm closes ports along the coast",
               "Parliament votes on the budget tonight", "Ten films to watch this winter", "Weather", "Sport",
               "Contact us", "Terms of use", "Privacy policy"]
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate([*story, pitch, *plan, *teasers], start=1)])
    assert [b.text for b in body] == [*story, *plan]
    assert {r.text: r.reason for r in removed}[pitch] == "promo"
    # near miss: the other stories' headlines below the list still go
    assert set(teasers) <= {r.text for r in removed}


# A short story interrupted by a list it announces (a third reader's pages: the draft's points under
# 主要內容包括：), then more of it, then the page's tail.
SHORT_STORY = ["美國政府擬定的一份和平計畫今天曝光，根據多家媒體取得的草案內容，烏克蘭必須讓出仍控制的地區並縮減軍隊規模。",
               "這份計畫由美國特使與俄方特使共同研擬，美國陸軍部長今天親自前往基輔，向烏克蘭總統說明計畫內容。",
               "烏克蘭總統當晚發表談話說，基輔準備與美方建設性地合作，但強調絕不會出賣國家的根本利益。"]
POINTS_LEAD_IN = "根據媒體取得的版本，計畫的主要內容包括："
POINTS = ["烏克蘭撤出頓內次克州仍控制的地區", "烏克蘭軍隊人數上限為六十萬人", "烏克蘭在憲法中承諾不加入北約",
          "凍結的俄國資產投入烏克蘭重建", "俄國重返八大工業國", "烏克蘭在一百天內舉行大選"]
AFTER_POINTS = ["白宮發言人說，這份計畫是對雙方都好的方案，川普政府已經和兩國政府保持密切的溝通與協調。",
                "不過歐洲官員私下批評，草案內容幾乎照搬俄方的立場，歐洲國家正在緊急草擬一份反提案。"]
PAGE_TAIL = ["分享", "烏克蘭", "俄羅斯", "上一篇", "美財長：對俄石油公司制裁已開始見效", "下一篇", "以軍空襲加薩南部",
             "猜你喜歡", "日本首相內閣支持率回升", "研究：全球去年升溫創紀錄", "關於我們", "服務條款", "隱私權聲明"]


def test_a_list_the_story_announces_does_not_cut_the_story_in_two():
    """Six short points under a lead-in cost the story's run more than its first half weighed, so
    the cut below the first half took the lead-in, the points and the paragraphs after them. Near
    miss: under the points, teasers of other stories cut with … (no prose of the story's) are the
    page's, and go with its tail."""
    page = [*SHORT_STORY, "草案重點", POINTS_LEAD_IN, *POINTS, *AFTER_POINTS, *PAGE_TAIL]
    assert kept(page) == [*SHORT_STORY, "草案重點", POINTS_LEAD_IN, *POINTS, *AFTER_POINTS]
    teasers = [p[:30] + "…" for p in AFTER_POINTS]
    body = kept([*SHORT_STORY, "草案重點", POINTS_LEAD_IN, *POINTS, *teasers, *PAGE_TAIL])
    assert not set(teasers) & set(body) and not set(PAGE_TAIL) & set(body)


TIMELINE = ["烏俄和談大事記", "2025年2月28日　川普與澤倫斯基在白宮橢圓形辦公室爆發口角",
            "2025年5月16日　俄烏代表團在伊斯坦堡舉行三年來首次直接談判", "2025年8月15日　川普與普丁在阿拉斯加舉行峰會"]
EN_TIMELINE = ["Timeline", "Feb. 28, 2025: Trump and Zelensky clash in the Oval Office",
               "May 16, 2025 — Russian and Ukrainian delegations meet in Istanbul", "Aug. 15, 2025: Trump and Putin meet in Alaska"]


@pytest.mark.parametrize("timeline", [TIMELINE, EN_TIMELINE])
def test_a_timeline_of_one_line_entries_under_a_heading_stays_and_the_cut_starts_below_it(timeline):
    """A heading of a few words reads as a menu's label and started the cut below the story, taking
    the entries (a date and an event on one line) with the page's tail."""
    assert kept([*STORY, *LATER, *timeline, *PAGE_TAIL]) == [*STORY, *LATER, *timeline]


def test_dated_photos_newest_first_below_the_story_are_no_timeline():
    """Near miss: a gallery's dated captions, newest first, as a mainland portal lists its photos
    under the story, still go with the page's tail."""
    photos = ["圖片新聞", "2024年3月31日，湖北孝感春賞花活動在金卉莊園景區啟動", "2024年3月23日，中國國際時裝周在北京開幕",
              "2024年2月28日，博斯騰湖出現推冰景觀", "2024年1月12日，吉安廬陵文化生態園層林盡染"]
    assert kept([*STORY, *LATER, *photos, *PAGE_TAIL]) == [*STORY, *LATER]


EN_TAIL_PAGE = ["Subscribe to our free daily morning newsletter.",
                "By continuing you acknowledge our Terms of Service and Privacy policy."]
OTHER_STORIES = ["* Four years of war: ambassador urges the EU to hold firm on sanctions",
                 "* Budapest's veto revives talk of legal steps against Hungary",
                 "* Gas transit row flares again as winter deliveries fall",
                 "* Ministers race to agree a new package before the anniversary",
                 "* How Warsaw's defence surge is reshaping the eastern flank"]
BIO = "Jane Doe is a reporter and the head of the foreign desk at Example Daily. She covers eastern Europe."


def test_headlines_under_the_authors_note_go_with_the_page():
    """The author's note closes the story (a fourth reader's page): headlines of other stories under
    it, then a newsletter pitch, are the page's. The note itself weighed as the run's last prose, so
    the headlines stood between the story and the pitch and stayed. Near miss: with no note, the
    same list may be the story's own closing list, and stays."""
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate([*EN_STORY, BIO, *OTHER_STORIES, *EN_TAIL_PAGE], start=1)])
    assert [b.text for b in body] == EN_STORY
    assert {r.reason for r in removed if r.text in OTHER_STORIES} == {"after-story"}
    assert kept([*EN_STORY, *OTHER_STORIES, *EN_TAIL_PAGE]) == [*EN_STORY, *OTHER_STORIES]


INSET = ["延伸閱讀", "澤倫斯基：烏克蘭正面臨歷史上最艱難時刻之一", "歐洲國家急擬反提案 英法德：任何和平都不能獎勵侵略"]


def test_a_list_of_other_stories_set_into_the_story_goes_and_the_story_below_it_stays():
    """延伸閱讀 and two headlines between a story and its timeline (two readers' Taiwanese pages):
    the cut below the story started at the label and took the timeline with the page's tail. The
    list goes, the timeline stays (between two stretches of prose too: the next test). Near miss: under the list only one paragraph, which may be
    a teaser's, then the page's tail: the list is the page's, from its label."""
    page = [*STORY, *LATER, *INSET, *TIMELINE, *PAGE_TAIL]
    body, removed = clean([Block(text=t, line=n) for n, t in enumerate(page, start=1)])
    assert [b.text for b in body] == [*STORY, *LATER, *TIMELINE]
    assert {r.reason for r in removed if r.text in INSET} == {"related-articles"}
    teaser = "白宮發言人說，這份計畫是對雙方都好的方案。"
    assert kept([*STORY, *LATER, *INSET, teaser, *PAGE_TAIL]) == [*STORY, *LATER]


def test_a_list_of_other_stories_between_the_storys_paragraphs_goes():
    """延伸閱讀, Related or a screen reader's "list of 3 items … end of list" over headlines, between
    two paragraphs of the story: the list goes, the story on both sides stays (a topic page quoted
    such headlines as the story's). The last line right above the story's prose may head its next
    part (歐洲擔心被邊緣化 under a list of two headlines, on a page copy): it stays, as a lost heading
    costs the reader more than a kept headline."""
    assert kept([*STORY, *INSET, "歐洲擔心被邊緣化", *LATER, *PAGE_TAIL]) == [*STORY, "歐洲擔心被邊緣化", *LATER]
    assert kept([*STORY, *INSET, *LATER]) == [*STORY, INSET[-1], *LATER]
    related = ["Related", "What is in the US 20-point plan for Ukraine?", "Europe's coalition of the willing: Who is sending what?"]
    assert kept([*STORY, *related, "Donbas still the sticking point", *LATER]) == [*STORY, "Donbas still the sticking point", *LATER]
    listed = ["list of 2 items", "list 1 of 2", related[1], "list 2 of 2", related[2], "end of list"]
    assert kept([*STORY, *listed, *LATER]) == [*STORY, *LATER]


def test_long_english_headlines_under_a_related_label_are_other_stories():
    """English headlines run to twenty words, longer than 80 characters (a page copy's "RELATED COVERAGE"
    over three headlines kept two of them, round 28). Near miss: a story's sentence of that length, closed
    by a full stop, under the label stays, and with it the list."""
    related = ["RELATED COVERAGE", "Europe's leaders press for a seat at the negotiating table as the peace talks move to Switzerland",
               "What to know about the security guarantees that Washington and Paris are offering to Ukraine",
               "Drones strike a Black Sea port overnight as delegations gather for the second day of talks"]
    assert kept([*STORY, *related, *LATER]) == [*STORY, related[-1], *LATER]
    sentence = "Europe's leaders pressed for a seat at the negotiating table as the peace talks moved to Switzerland."
    assert sentence in kept([*STORY, related[0], sentence, *LATER])


@pytest.mark.parametrize("lines", [
    # a label that also heads a story's own list: a reading list, advice, a glossary
    ["推薦閱讀", "《歐洲之門：烏克蘭2000年史》", "《入侵：俄羅斯對烏克蘭的戰爭》"],
    ["Recommended", "Avoid all travel to Kharkiv and Sumy oblasts", "Register with the embassy in Kyiv"],
    ["See also", "Article 5"],
    # a timeline's or a live blog's entries under the label
    ["延伸閱讀", "2022年2月24日　俄羅斯全面入侵烏克蘭", "2022年11月11日　烏軍收復赫爾松"],
    ["Related", "What is in the US 20-point plan for Ukraine?", "10.42 GMT", "Kremlin says it has not received revised draft"],
    # a heading of the story's next part over a caption, a note or a question (a second reviewer's)
    ["Related", "Putin adviser says Moscow not ready to freeze the front line", "What about security guarantees?",
     "Zelensky and Trump at Mar-a-Lago after more than two hours of talks. Photograph: Jane Roe/Reuters"],
    ["延伸閱讀", "俄烏換俘 各157人返國", "二、安全保障怎麼給？", "問：美國會不會出兵？"],
    ["Related coverage", "Coalition of the willing meets in Paris", "What has the US offered?",
     "Editor's note: This section was updated on January 8"],
    # the story's own list, announced, between a screen reader's labels
    ["Its main provisions include:", "list of 2 items", "list 1 of 2", "A ceasefire along the current front line",
     "list 2 of 2", "Security guarantees modelled on Article 5", "end of list"],
    ["The main points", "list of 2 items", "list 1 of 2", "A ceasefire along the current front line",
     "list 2 of 2", "Security guarantees modelled on Article 5", "end of list"],
])
def test_a_storys_own_lines_under_a_label_or_a_screen_readers_labels_stay(lines):
    """Near misses found by two reviewers: none of the story's lines goes (the label and, over a
    caption, a note or a question, the other story's headline may)."""
    body = kept([*STORY, *lines, *LATER])
    assert all(line in body for line in [*STORY, *lines[2:], *LATER]
               if not line.startswith(("list ", "end of list")) and "Photograph:" not in line)  # a caption goes as one


# Found by reviewer 66 in this round's first version, each a near miss that must not lose or keep more.
FOUR_HEADLINES = ["澤倫斯基：烏克蘭正面臨歷史上最艱難時刻之一", "歐洲國家急擬反提案 英法德：任何和平都不能獎勵侵略",
                  "美財長：對俄石油公司制裁已開始見效", "北約秘書長：盟國將增加對烏防空援助"]
LAST_WORD = "烏克蘭國會議長稍晚表示，任何涉及領土的協議都必須經過全民公投，國會不會在外國壓力下修改憲法。"


def test_a_short_tail_after_a_list_set_into_the_story_keeps_its_last_paragraph():
    """The cut spans ten lines to the page's end (eight only under an author's note): a paragraph
    under a list of other stories, then two share buttons, is no page tail worth cutting."""
    assert LAST_WORD in kept([*STORY, "延伸閱讀", *FOUR_HEADLINES, LAST_WORD, "分享", "Facebook"])


def test_a_section_whose_heading_says_related_is_no_list_of_other_stories():
    """相關條文 over the articles it quotes, then the story goes on: only a label naming other stories
    (延伸閱讀, 相關新聞, Read more …) opens a list set into the story."""
    articles = ["第一條　烏克蘭維持現有國界", "第二條　雙方停止一切敵對行動", "第三條　設立國際監督機制",
                "第四條　交換全部戰俘", "第五條　一百天內舉行選舉"]
    page = [*STORY, "相關條文", *articles, *LATER, *PAGE_TAIL]
    assert kept(page) == [*STORY, "相關條文", *articles, *LATER]


def test_other_stories_of_one_day_under_a_label_are_no_timeline():
    """Dated headlines of one day (a related list prints them so) are no timeline: each entry of a
    timeline is a later day than the one before."""
    dated = ["2025-11-24 美財長：對俄石油公司制裁已開始見效", "2025-11-24 以軍空襲加薩南部 至少20死", "2025-11-24 日本首相內閣支持率回升"]
    assert kept([*STORY, *LATER, "相關新聞", *dated, *PAGE_TAIL]) == [*STORY, *LATER]
    assert kept([*STORY, "延伸閱讀", *FOUR_HEADLINES[:2], *dated[:2], "2025-11-25 台股終場上漲三百點"]) == STORY


SHORT_STORY = ["美国总统特使威特科夫9日再次抵达莫斯科。", "这是他今年第三次访俄。", "克里姆林宫说，普京将于10日会见他。",
               "双方预计讨论停火方案。", "乌方对此保持沉默。", "分析人士认为，此轮会谈难有突破。", "领土问题仍是最大分歧。",
               "俄方坚持乌军撤出顿巴斯。", "基辅方面多次拒绝。", "欧洲则担心被边缘化。"]


def test_a_story_told_in_short_sentences_is_one_run_and_the_page_around_it_goes():
    """Portals tell a story a short sentence a line (乌方对此保持沉默。): each too short to count as
    prose, they cost as furniture did, so no run of prose was long enough and the whole page stayed,
    menu and lists of other stories with it. Near miss: short lines with no full stop (headlines)
    still cost, so the lists below the story go."""
    head = ["首页", "新闻", "国际", "军事", "财经", "登录"]
    tail = ["相关阅读", "普京：俄方愿意继续谈判", "泽连斯基出访欧洲三国", "欧盟推出第20轮制裁", "热点推荐", "春运首日客流创新高",
            "北方多地迎来降雪", "网友评论", "关于我们 | 联系我们 | 广告服务", "网站地图 | 投稿邮箱"]
    assert kept([*head, "特朗普特使再赴莫斯科 和谈能否破局", "2026-02-10 08:35:12 来源：某某新闻网", "打印本页",
                 *SHORT_STORY, *tail]) == SHORT_STORY


def test_a_portals_stamp_of_its_name_and_date_finds_the_headline_and_the_head_above_goes():
    """A portal prints its stamp as its name beside the date (維港即時 2026年1月15日 星期四 14:22, 掌上环球
    2025-12-02 更新于 23:48): found as the stamp when no stamp of the usual shapes is, it places the
    headline above it, and the menu line above the headline goes. Near miss: a breadcrumb is no headline."""
    menu = "即時 港聞 兩岸 國際 財經 體育 娛樂 生活"
    headline = "美烏安全保障協議文本「已完成」 澤連斯基：等待特朗普簽署"
    for stamp in ("維港即時 2026年1月15日 星期四 14:22", "掌上环球 2025-12-02 更新于 23:48"):
        got = kept([menu, headline, stamp, *STORY, *LATER])
        assert menu not in got and headline not in got and got[-len(STORY + LATER):] == [*STORY, *LATER]
    got = kept([menu, "当前位置：国际频道首页 > 欧洲 >", headline, "本文来源于某某日报　2026-01-15 09:47:48", *STORY, *LATER])
    assert headline not in got and got[-len(STORY + LATER):] == [*STORY, *LATER]
    # ... a reviewer's: a timeline's entry (a date and a colon) at the story's top is no stamp
    from generator.clean.shapes import is_dated_name
    assert is_dated_name("維港即時 2026年1月15日 星期四 14:22")
    assert not is_dated_name("2025年8月15日：阿拉斯加峰會") and not is_dated_name("Aug. 15, 2025: Alaska summit")



def _fixture_page(n: int) -> list[tuple[str, str]]:
    """A page of pages_heldout/shortparas2_tune.json (written for the tuning of these rules; its lines labelled)."""
    path = Path(__file__).parent / "fixtures" / "pages_heldout" / "shortparas2_tune.json"
    return [(line, label) for line, label in json.loads(path.read_text(encoding="utf-8"))[n]["lines"] if line.strip()]


def test_a_box_of_other_stories_between_numbered_sections_leaves_the_next_sections_the_story_s():
    # a story told in short lines, its sections numbered 一、 to 四、, a box of two short headlines after 二、
    page = _fixture_page(15)
    body = kept([line for line, _ in page])
    assert [line for line, label in page if label == "body"] == [b for b in body if b in {line for line, _ in page}]


def test_a_page_s_head_above_a_story_told_in_short_sentences_goes():
    # no paragraph of prose on the page: a run of short closed sentences is the story below the stamp
    head = ["經緯財經網", "首頁", "股市", "產業", "國際", "專欄", "會員登入", "國際財經"]
    story = ["美國與烏克蘭23日在日內瓦會談。", "雙方發表聯合聲明，稱會談具建設性。", "但真正的難題還在後面。", "本文分三點說明。",
             "一、領土", "俄方要求烏軍撤出頓巴斯。", "澤倫斯基多次拒絕。"]
    body = kept([*head, "日內瓦會談後 烏俄和平還差三步", "2025/11/25 08:10", "文／國際中心", *story])
    assert body == story


def test_short_lines_over_a_stamp_with_no_story_below_stay():
    # a list of dated items with no closed sentences under it is no story: nothing above it is a page head
    lines = ["今日要聞", "股市", "匯市", "期市", "市場快訊", "2025/11/25 08:10", "台股開高走低", "美元走強", "油價回落"]
    assert kept(lines)[:3] == ["股市", "匯市", "期市"]


def test_a_story_told_in_short_lines_loses_its_tail_and_keeps_its_answers_after_a_box():
    head = ["島嶼日報", "首頁", "國際", "美俄烏和談卡在哪？一次看懂4個問題", "2025-12-04 14:30", "記者林佳穎／綜合報導"]
    story = ["美國特使2日在莫斯科會見普丁。", "會談長達5小時，但未達成協議。", "以下用問答方式整理重點。",
             "問：這次談了什麼？", "答：主要是美方提出的和平計畫。", "計畫原本有28點，後來縮減為約20點。"]
    box = ["延伸閱讀", "烏克蘭冬季停電加劇", "歐洲擬自組和平方案"]
    more = ["問：烏克蘭的立場？", "答：澤倫斯基強調，不會放棄未被占領的領土。", "他寫道：「和平不能是投降。」",
            "問：接下來呢？", "答：烏方首席談判代表將再赴美國。", "俄方表示願意繼續對話。"]
    tail = ["熱門新聞", "寒流明天報到", "台股終場大漲", "標籤", "烏克蘭", "俄羅斯", "留言", "網友 小安", "打了快四年，真的該停了。",
            "回覆", "客服信箱", "隱私權政策"]
    body = kept([*head, *story, *box, *more, *tail])
    assert all(line in body for line in story + more)  # the story goes on after a box set into it
    assert not any(line in body for line in ("熱門新聞", "寒流明天報到", "台股終場大漲", "客服信箱", "隱私權政策"))


def test_a_q_and_a_s_short_questions_and_answers_above_the_densest_run_stay():
    head = ["新航財經", "首頁", "國際", "和談現在到哪一步？", "2026年1月29日 08:30"]
    story = ["阿布扎比三方會談結束後，外界關注和談進度。", "問：談了幾輪？", "答：今年以來已舉行兩輪會談。", "問：核心分歧是什麼？", "答：領土。",
             "俄方要求烏軍撤出頓內次克州，烏方拒絕並提議凍結現有戰線，雙方在這個問題上至今沒有任何交集。",
             "美國國務卿盧比奧說，美方的目標是結束戰爭，並將繼續在雙方之間斡旋，直到達成持久的和平協議為止。",
             "歐洲希望參與安全保障，馬克宏和施凱爾提出組建多國部隊，梅爾茨表示德國將承擔相應責任。"]
    body = kept([*head, *story, "免責聲明：本文內容僅供參考。", "新航財經 版權所有"])
    assert all(line in body for line in story)


def test_a_quiz_s_lettered_options_and_a_panel_s_repeated_questions_stay():
    head = ["北辰評論網", "首頁", "國際", "三位專家看和談", "2026年1月20日 10:00"]
    quiz = ["1. Where did the three delegations first meet in January?", "A. Istanbul", "B. Abu Dhabi", "C. Geneva", "D. Riyadh"]
    panel = ["我們請三位專家回答同樣的問題，以下是他們的看法與理由。",
             "問：歐洲該怎麼做？", "答：歐洲應盡快提出自己的安全保障方案，並承擔更多防務責任，而不是等待美國的決定。",
             "問：今年內有可能停火嗎？", "答：可能性不高，因為雙方在領土問題上的立場仍然相距甚遠，短期內難以妥協。",
             "問：歐洲該怎麼做？", "答：歐洲必須在談判桌上有一席之地，否則任何協議都難以得到歐洲國家的支持與執行。",
             "問：今年內有可能停火嗎？", "答：如果美方持續施壓，年底前達成停火框架並非不可能，但細節仍需時間。"]
    body = kept([*head, *quiz, *panel, "分享", "北辰評論網 版權所有"])
    assert all(line in body for line in quiz[1:])
    assert [b for b in body if b.startswith("問：")] == [line for line in panel if line.startswith("問：")]


@pytest.mark.parametrize("page, story", [
    # a reviewer's: a byline at the story's foot is no stamp under a headline, the story above it no page head
    (["Home", "World", "Geneva talks end without a deal", "The talks ended late on Sunday.", "Both sides said they would meet again.",
      "The Kremlin has not commented.", "Officials in Kyiv were cautious.", "Will the talks resume next week?", "By Jane Roe",
      "Jane Roe is our Kyiv correspondent.", "She has covered the war since 2022.", "Follow her on X."],
     ["The talks ended late on Sunday.", "Both sides said they would meet again.", "The Kremlin has not commented."]),
    # ... a bare label over the story's own list of clauses, a box of other stories under it
    (["首頁 > 國際", "美烏日內瓦會談 雙方同意修改和平框架", "2026-01-15 22:10", "美烏代表15日在日內瓦會談。", "雙方同意修改和平框架。",
      "新版本將交給俄方。", "克宮尚未回應。", "下一步", "美方草擬修訂版框架", "歐洲國家提出安全保證方案", "烏克蘭議會審議時間未定",
      "延伸閱讀", "普丁：俄方願意談判但不會讓步", "澤倫斯基幕僚長訪問華府"],
     ["下一步", "美方草擬修訂版框架", "歐洲國家提出安全保證方案", "烏克蘭議會審議時間未定"]),
    # ... the story's own reading list under 推薦閱讀 between its numbered sections
    (["首页", "读懂俄乌和谈的五份文件", "2026-01-18 09:00", "一、为什么要读原文", "和谈的许多分歧源于文本。", "理解原文有助于判断进展。",
      "二、哪些文件最重要", "以下文件被各方反复引用。", "推荐阅读", "《明斯克协议》全文", "《伊斯坦布尔公报》草案", "三、文件之间的矛盾",
      "各文件对边界的表述并不一致。", "这正是今天分歧的来源。", "专家建议对照阅读。"],
     ["推荐阅读", "《明斯克协议》全文", "《伊斯坦布尔公报》草案", "三、文件之间的矛盾"]),
    # ... an app's 看更多 expander inside a section: the closed lines under it are the story's
    (["首頁", "和平協議三大卡關點", "2026-01-16 08:00", "一、領土", "俄方要求整個頓巴斯。", "烏方拒絕撤軍。", "美方提出非軍事區。",
      "二、安全保證", "歐洲願意派兵駐守。", "看更多", "但俄方堅決反對。", "美方不願直接參與。", "三、核電廠", "美方提議三方共管。",
      "烏方要求完全收回。", "俄方拒絕交出。"],
     ["但俄方堅決反對。", "美方不願直接參與。", "三、核電廠"]),
])
def test_a_short_line_story_s_own_lines_next_to_furniture_stay(page, story):
    body = kept(page)
    assert all(line in body for line in story)


def test_closed_comments_under_a_comments_label_are_no_story():
    page = ["首頁", "國際", "克宮：會談「有建設性」", "記者陳怡君／綜合報導",
            "克宮助理烏沙科夫4日表示，普丁與美國特使在莫斯科會談約五小時，雙方討論了和平計畫的多個版本，但在領土問題上仍未達成妥協。",
            "烏沙科夫說會談有建設性。", "但領土問題仍未解決。", "雙方同意保持聯繫。", "烏方尚未回應。", "相關新聞", "澤倫斯基：和平計畫需要修改",
            "歐洲領袖將在巴黎開會", "烏克蘭代表團抵達佛州", "網友留言", "希望這次真的能停火。", "俄羅斯不會讓步的。", "和平比什麼都重要。", "載入更多留言"]
    body = kept(page)
    assert not any(line in body for line in ("相關新聞", "網友留言", "希望這次真的能停火。", "載入更多留言"))
