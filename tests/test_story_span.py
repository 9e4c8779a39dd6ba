"""Where a text page's story ends (clean/span.py): teasers below a marked end go, however much
prose their one-sentence summaries add up to."""

from __future__ import annotations

from test_furniture import LATER, STORY

from generator.clean import clean
from generator.model import Block

SUMMARIES = [
    "外交部長說，雙方將在下週舉行第二輪技術層級的談判，並交換戰俘名單。",
    "能源部表示，冬季電力供應已經恢復八成，但東部地區仍有輪流停電的安排。",
    "央行宣布維持利率不變，並預期通膨將在明年第二季回落到目標區間以內。",
    "氣象局發布低溫特報，北部山區夜間氣溫可能降到攝氏零度以下，請民眾注意。",
    "衛生部指出，流感疫苗接種率仍然偏低，呼籲長者與幼童盡快前往接種疫苗。",
    "交通部說，連接首都與西部城市的高速鐵路將在明年底前完成全線的通車。",
    "教育部宣布，全國中小學將延長寒假一週，以因應能源短缺與交通的壓力。",
    "農業部表示，今年小麥出口量較去年增加兩成，主要銷往北非與中東的市場。",
    "國防部說，新一批防空系統已經運抵前線，將優先部署在主要城市的周邊。",
    "文化部宣布，國家博物館修復工程完成，將在下個月重新對外開放參觀民眾。",
    "勞動部說，基本工資將從明年一月起調漲百分之五，約有兩百萬名勞工受惠。",
    "環境部表示，河川污染整治計畫已完成第一階段，水質監測數據明顯改善。",
    "外貿部指出，上半年對歐盟出口總額創下新高，機械與農產品成長最為明顯。",
    "司法部宣布，將成立特別小組調查戰爭罪行，並與國際刑事法院密切合作。",
]
# Each teaser: a section, a headline, its time and a one-sentence summary. The summaries add up to
# nearly as much prose as the story, but no two of them stand together.
CARDS = [x for n, s in enumerate(SUMMARIES, start=1) for x in (f"國際要聞{n}", f"各部會最新動態之{n}", f"{n + 1} hours ago", s)]


def kept(texts: list[str]) -> list[str]:
    body, _ = clean([Block(text=t, line=n) for n, t in enumerate(texts, start=1)])
    return [b.text for b in body]


def test_teasers_under_a_marked_end_go_though_their_summaries_add_up():
    story = STORY + LATER
    assert kept([*story, "2026/02/17 10:05", *CARDS]) == story


def test_without_a_marked_end_the_same_list_may_be_the_storys_and_stays():
    # Near miss: nothing marks where the story ends, and a list of that much prose may be its own.
    story = STORY + LATER
    assert kept([*story, *CARDS]) == [*story, *[x for x in CARDS if not x.endswith("hours ago")]]
