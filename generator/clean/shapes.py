"""Line-shape predicates and the patterns the rules share. Patterns match *folded* text
(normalize.fold: Simplified script, half-width, lower case), so one pattern serves Traditional,
Simplified and Hong Kong pages alike: （ is (, ／ is /, 圖 is 图."""

from __future__ import annotations

import calendar
import re

from ..normalize import fold

SENTENCE_END = re.compile(r"[。！？!?.][」』”\"')）]*$")
FULL_STOP_END = re.compile(r"[。.][」』”\"')）]*$")
PUNCTUATION = re.compile(r"[，。、：:！？!?,;；「」『』（）()《》“”\"]")
ELLIPSIS_END = re.compile(r"(\.{3,}|…+)$")
DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
BULLET = re.compile(r"^\s*([•・·●▪■◦*+\-]|\d{1,2}[.、)）])\s*")
TAG_TOKEN = re.compile(r"^[^\s，。、：:！？!?,.;；「」（）()]{1,8}$")


def any_of(*words: str) -> str:
    """A regex alternation of words in folded form."""
    return "|".join(re.escape(fold(w)) for w in words)


DATE_LINE = re.compile(
    r"^(【\s*)?\d{4}\s*[./\-年]\s*\d{1,2}\s*[./\-月]\s*\d{1,2}日?(t\d{2}:\d{2}(:\d{2}(\.\d+)?)?z?)?(\s+\S{1,12}){0,2}\s*$"
)
_MONTHS = "|".join(m.lower() for m in calendar.month_name if m)
# 中央社／ 柏林15日綜合外電報導 · 記者王小明／台北報導 · 中央社記者王小明台北15日電 · MOSCOW, December 3, 2025
DATELINE = re.compile(  # 電 only after a day or as 外電/專電: 俄烏戰爭／基輔全市大停電 is a headline
    rf"^[^,。]{{1,12}}/\s*(\S{{0,20}}({any_of('報導', '报道')})|\S{{0,12}}?\d{{1,2}}日\S{{0,6}}{any_of('電')}|\S{{0,20}}({any_of('外電', '專電')}))$"
    rf"|^[^\s,。/]{{2,20}}\d{{1,2}}日\S{{0,4}}{any_of('電')}$"  # 中央社記者王小明台北15日電, 新華社北京11月24日電
    rf"|^[a-z][a-z .'-]{{1,30}},\s*({_MONTHS}|{'|'.join(m.lower() for m in calendar.month_abbr if m)})\.?\s+\d{{1,2}}(,\s*\d{{4}})?"
    rf"(\s*\([a-z]+\))?(\s*[-–—])?$"
)
# 來源：新華網 2025-11-24 10:32 · Source: Reuters
SOURCE_LINE = re.compile(rf"^({any_of('來源', '出處', '稿源', 'source')})\s*:")
# Staff credits closing a story: "Reporting by …; Editing by …", 責任編輯：…
CREDITS = re.compile(rf"^((additional )?reporting|writing|editing) by\b|^({any_of('責任編輯', '責編', '編輯')})\s*:")
PHOTO_CREDIT = re.compile(
    rf"(({any_of('圖')})/\s*\S{{1,12}}|\(({any_of('圖', 'photo', '攝影')})[^)]{{0,20}}\)|[。.]\s*\([a-z][a-z .&/-]{{1,30}}\))\s*$"
)
BROWSER = re.compile(any_of("瀏覽器", "browser"))
UPGRADE = re.compile(any_of("升級", "提升", "更新", "版本", "upgrade", "update"))
BACK_TO_TOP = re.compile(rf"^({any_of('top', 'back to top', '回到頂端', '回頂端', '返回頂部', '回到頂部', '↑', '▲')})$")
FOLLOW = re.compile(rf"(?<![a-z])(instagram|facebook|youtube|telegram|twitter|line@?)(?![a-z])|{any_of('臉書', '微信', '微博', '推特')}")
INVITE = re.compile(any_of("歡迎", "追蹤", "訂閱", "關注", "按讚", "follow us", "subscribe"))
COPYRIGHT = re.compile(rf"(©|\(c\)\s*\d{{4}}|{any_of('版權', '著作權', '著作权', 'all rights reserved')})")

LABEL_REASONS = (
    (re.compile(any_of("商品", "廣告", "贊助", "優惠", "sponsor", "advert", "shop")), "advertising"),
    (re.compile(any_of("討論", "留言", "評論", "規範", "comment")), "comments"),
    (re.compile(any_of("閱讀", "相關", "延伸", "推薦", "文章", "新聞", "熱門", "更多", "related", "read", "recommend", "latest", "more")),
     "related-articles"),
)


def is_sentence(text: str) -> bool:
    """Closed by a sentence ending; a teaser cut with ... or … is not."""
    text = text.strip()
    return bool(SENTENCE_END.search(text)) and not ELLIPSIS_END.search(text)


def is_body_like(text: str) -> bool:
    return len(text) >= 40 and is_sentence(text)


def is_headline_like(text: str) -> bool:
    """Short, and not closed by a full stop (headlines may end with ？ or ！; teasers end with …)."""
    text = text.strip()
    return len(text) <= 80 and (not FULL_STOP_END.search(text) or bool(ELLIPSIS_END.search(text)))


def is_label(text: str) -> bool:
    """A list's or section's label: short with no punctuation (推薦閱讀, 兩大議題), or a label that
    names other articles, ads or comments even with a colon or in English (延伸閱讀：, Read more:)."""
    text = text.strip()
    if len(text) <= 8 and not PUNCTUATION.search(text):
        return True
    bare = text.rstrip(":：").strip()
    return 0 < len(bare) <= 24 and not PUNCTUATION.search(bare) and any(p.search(fold(bare)) for p, _ in LABEL_REASONS)
