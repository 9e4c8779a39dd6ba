"""Line-shape predicates and the patterns the rules share. Patterns match *folded* text
(normalize.fold: Simplified script, half-width, lower case), so one pattern serves Traditional,
Simplified and Hong Kong pages alike: （ is (, ／ is /, 圖 is 图."""

from __future__ import annotations

import calendar
import re

from ..normalize import fold
from ..readers.main_text import CJK_CHAR, tokens

SENTENCE_END = re.compile(r"[。！？!?.][」』”\"')）]*$")
FULL_STOP_END = re.compile(r"[。.][」』”\"')）]*$")
PUNCTUATION = re.compile(r"[，。、：:！？!?,;；「」『』（）()《》“”\"]")
ELLIPSIS_END = re.compile(r"(\.{3,}|…+)$")
DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+")  # a scraper stamp, to the day or the month
BULLET = re.compile(r"^\s*([•・·●▪■◦*+\-]|\d{1,2}[.、)）])\s*")
TAG_TOKEN = re.compile(r"^[^\s，。、：:！？!?,.;；「」（）()]{1,8}$")


LEAD_IN = re.compile(r"[:：][」』”\"')）]*$")  # "Key elements of the declaration include:" opens what follows
ANNOUNCED_ITEMS = 10  # a list a lead-in announces; a site's menu under "Follow us:" runs longer
LEAD_IN_WORDS = 3


def any_of(*words: str) -> str:
    """A regex alternation of words in folded form, as one group."""
    return "(?:" + "|".join(re.escape(fold(w)) for w in words) + ")"


# 2025-11-24 · 2025年3月11日發表 · 2025-06-03 01:10 撰稿 / AI: a date, a stamp word glued to it (only a
# stamp's: 2022年2月24日開戰 is a heading), a time, a credit of a word or two (one "who / what" pair)
DATE_LINE = re.compile(
    r"^(【\s*)?\d{4}\s*[./\-年]\s*\d{1,2}\s*[./\-月]\s*\d{1,2}日?(t\d{2}:\d{2}(:\d{2}(\.\d+)?)?z?)?"
    rf"({any_of('發表', '發布', '發佈', '更新', '刊登', '出版', '撰稿', '訊', '電')}(?=\s|$))?"
    r"(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s+\S{1,12}(\s*[/|]\s*\S{1,12})?){0,2}\s*$"
)
_MONTHS = "|".join(m.lower() for m in calendar.month_name if m)
_ABBRS = "|".join(m.lower() for m in calendar.month_abbr if m)
MONTH = rf"(?:{_MONTHS}|{_ABBRS})"  # a month by name or abbreviation, folded: march, mar
# A month's English name or abbreviation, lower case, to its number: the stamps' dates (extract.py)
MONTH_NUMBER = {m.lower(): n for names in (calendar.month_name, calendar.month_abbr) for n, m in enumerate(names) if m}
# 中央社／ 柏林15日綜合外電報導 · 記者王小明／台北報導 · 中央社記者王小明台北15日電 · MOSCOW, December 3, 2025
DATELINE = re.compile(  # 電 only after a day or as 外電/專電: 俄烏戰爭／基輔全市大停電 is a headline
    rf"^[^,。]{{1,12}}/\s*(\S{{0,20}}({any_of('報導', '报道')})|\S{{0,12}}?\d{{1,2}}日\S{{0,6}}{any_of('電')}|\S{{0,20}}({any_of('外電', '專電')}))$"
    rf"|^[^\s,。/]{{2,20}}\d{{1,2}}日\S{{0,6}}({any_of('電', '報導')})$"  # 中央社記者王小明台北15日電, 中央社基輔8日綜合外電報導
    rf"|^[a-z][a-z .'-]{{1,30}},\s*({_MONTHS}|{_ABBRS})\.?\s+\d{{1,2}}(,\s*\d{{4}})?"
    rf"(\s*\([a-z]+\))?(\s*[-–—])?$"
)
# 來源：新華網 2025-11-24 10:32 · Source: Reuters
SOURCE_LINE = re.compile(rf"^({any_of('來源', '出處', '稿源', '文章來源', '新聞來源', '本文來源', 'source')})\s*:")
# Staff credits closing a story: "Reporting by …; Editing by …", 責任編輯：…, （編輯：王小明）1140218
_EDITORS = any_of('責任編輯', '責編', '核稿編輯', '核稿', '編輯', '編審', '審校', '校對', '譯者', '編譯')
CREDITS = re.compile(rf"^((additional )?reporting|writing|editing) by\b|^({_EDITORS})\s*:|^\(\s*({_EDITORS})\s*:[^()]{{1,30}}\)\s*\d*$"
                     r"|\b(writers?|reporters?|correspondents?)\b.{0,80}\bcontributed\b.{0,30}$")  # AP's closing line
# The staff credits no story's sentence reads like, wherever the page prints them (folded): 責任編輯：王小明 (a
# name alone after the colon), Edited by: …, "— With assistance from …", "… contributed reporting from
# Kyiv." ("Reporting by …" only with names, REPORTING_BY, and AP's longer formula only in the footer's run,
# CREDITS: a sentence may open "Reporting by local outlets suggests …")
# (a name alone, 李曦_NN2587 with a portal's editor code: not an interview's prompt, 編輯：談談你的童年)
_CREDITED = rf"({_EDITORS})\s*:\s*[\u3400-\u9fff·]{{2,4}}"  # 編輯：陳彥廷
STANDALONE_CREDIT = re.compile(rf"^({_EDITORS})\s*:\s*([\u3400-\u9fff·]{{2,4}}(_[a-z]{{0,4}}\d+)?|[a-z][a-z.'’ -]{{1,30}})$"
                               # in brackets, with the agency's date code: （編輯：陳彥廷/林淑媛）1141214 · （譯者：劉淑琴/核稿：張佑之）1141214
                               rf"|^\(\s*{_CREDITED}(\s*[/、,]\s*({_CREDITED}|[\u3400-\u9fff·]{{2,4}}))*\s*\)\s*\d*$"
                               r"|^edited by\s*:|^[—–]+\s*with assistance from\b"  # a dash, not a list's hyphen
                               r"|\bcontributed (additional )?reporting( (from|in) (?!for\b)[a-z][\w'’-]*( (?!for\b)[a-z][\w'’-]*){0,2})?"
                               r"(,? and [^,.;]{1,60})?\.?$|\bcontributed to this (report|story|article)\.?$")
# A line of staff and source credits only (folded), the shapes Chinese pages print them in: one "role：who"
# or several on a line (責任編輯：鍾亦然 圖片編輯：施寧, 撰稿：何安 編輯：歐陽曉), in brackets of any kind
# (【編輯:李文靜】, （責任編輯／陳怡安）), with an editor's code (PN042, _NN1234) or an affiliation in brackets
# (作者：鄭嘉豪（某大學副教授）). Who is a name of two to four characters, a desk or an outlet (國際部, 新華社,
# 北京日報客戶端) or a Latin name, never a clause: an interview's prompt (記者：所以你認為烏克蘭會讓步,
# 編輯：談談你的童年) is the story's.
_CREDIT_ROLE = any_of('責任編輯', '責編', '核稿編輯', '核稿', '編輯', '文字編輯', '圖片編輯', '美術編輯', '美編', '視頻編輯', '欄目主編', '主編',
                      '編審', '審校', '審核', '校對', '譯者', '編譯', '撰文', '撰稿', '作者', '記者', '攝影', '攝像', '製圖', '監製', '策劃',
                      '統籌', '選稿', '實習生', '通訊員', '來源', '本文來源', '文章來源', '資料來源', '題圖來源', '圖片來源', '稿源', '圖源',
                      '翻譯', '整理', '採寫', '初審', '復審', '終審', '值班編輯', '出品', '製作', '稿件來源')
CREDIT_ROLE = re.compile(rf"^[\[【(]?\s*{_CREDIT_ROLE}\s*[:/]")  # a line opening with a credit's role (folded)
_CREDIT_DESK = any_of('記者', '部', '社', '網', '報', '台', '中心', '客戶端', '來稿', '整理', '新聞', '日報', '時報')
_CREDIT_WHO = (r"(?:[\u3400-\u9fff·]{2,4}|[\u3400-\u9fff·]{1,10}" + _CREDIT_DESK + r"|[a-z][a-z.'’-]{1,20}(?: [a-z][a-z.'’-]{1,20}){0,2})"
               r"(?:_?[a-z]{0,4}\d{2,6})?(?:\([^()]{1,30}\))?")
_CREDIT_PAIR = rf"{_CREDIT_ROLE}\s*[:/]\s*{_CREDIT_WHO}(?:(?: +|\s*[、,/]\s*){_CREDIT_WHO}){{0,4}}"
CREDIT_LINE = re.compile(rf"^[\[【(]?\s*{_CREDIT_PAIR}(?:\s*[\s|;]\s*{_CREDIT_PAIR})*\s*(?:[a-z]{{1,3}}\d{{2,5}})?\s*[\]】)]?\s*\d*$")
# Tags: Minnesota Wild · Filed Under: EEE, health · 標籤：北京影人 · 关键字： LPR: the page's index words for the story
# (not "Topics:" or "Keywords:": a story's agenda line reads "Topics: security guarantees, the front line …")
TAG_LINE = re.compile(rf"^({any_of('標籤', '標簽', '關鍵字', '關鍵詞', '熱門標籤')}|tags?|filed under)\s*[:：]")
# An English staff credit, a capitalised name or two after the role (original text): Editor: Jane Doe ·
# Editors: Jane Doe, John Roe (not an interview's "Editor: Thank you for joining us")
_STAFF_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
STAFF_CREDIT = re.compile(rf"^(?:Editors?|Producers?|Photo editor|Copy editor):\s*{_STAFF_NAME}(?:(?:,| and|, and) {_STAFF_NAME})*$")
# Reuters' credit, names only (original text, not folded): "Reporting by Jane Doe in Kyiv; Editing by John
# Roe", not "Reporting by local outlets suggests …" nor "Reporting by ProPublica and … found"
_NAMES = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}(?:(?:,| in| and|, and) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})*"
REPORTING_BY = re.compile(rf"^(?:Additional )?(?:Reporting|Writing|Editing) by {_NAMES}"
                          rf"(?:\s*[;,]\s*(?:(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by |and ){_NAMES})*\.?$")
# A portal's mark that a story has pictures or video, closing its headline (盧比歐抵達利雅德參加會談(圖),
# （組圖）, (有片)): the headline's, not a caption's credit, and no part of the title
MEDIA_MARK = re.compile(r"\s*[(（](?:組圖|组图|多圖|多图|圖|图|圖文|图文|視頻|视频|影片|有片)[)）]\s*$")
BROWSER = re.compile(any_of("瀏覽器", "browser"))
UPGRADE = re.compile(any_of("升級", "提升", "更新", "版本", "upgrade", "update"))
BACK_TO_TOP = re.compile(rf"^({any_of('top', 'back to top', '回到頂端', '回頂端', '返回頂部', '回到頂部', '↑', '▲')})$")
FOLLOW = re.compile(rf"(?<![a-z])(instagram|facebook|youtube|telegram|twitter|line@?)(?![a-z])|{any_of('臉書', '微信', '微博', '推特')}")
INVITE = re.compile(any_of("歡迎", "追蹤", "訂閱", "關注", "按讚", "follow us", "subscribe"))
# A copyright line, not a word of news: 版權所有 · © 2026 · Copyright 2026 … (草案要求加強版權保護 is news). Broad, so
# taken only in the footer's run that ends the article (tail.footer_lines), where a photo's credit of that shape
# is furniture too; anywhere else only COPYRIGHT_NOTICE below (round 12 lost body taking this one anywhere).
COPYRIGHT = re.compile(rf"(©|\(c\)\s*\d{{4}}|^copyright\b|\bcopyright\s*(©|\d{{4}})"
                       rf"|{any_of('版權所有', '版權歸', '版權聲明', '版權及', '著作權所有', '免責聲明', 'all rights reserved')})")
# The site's notice itself, not a photo's credit (© 2026 Jane Doe · Copyright AP Photo/Jane Doe · ©2026 法新社) nor
# a sentence of news (著作權所有人, 版權所有權, "Copyright lawsuits against Example Inc., …", 克宮下令境內媒體不得轉載。):
# the words reserving the rights closing a sentence or a line (All rights reserved. · 版權所有 · 版權所有，不得轉載),
# 版權所有 opening the line, or "© <year>" / "Copyright ©" with a company's name ending a word group
# (© 2019 Example Media Inc. · Copyright © Example Group Ltd, … · Copyright ⓒ example.co.kr, ⓒ folded to c;
# "group" alone is a film group's too). is_copyright_notice also asks that no sentence stand before it.
_RESERVED = (rf"(all rights reserved|{any_of('版權所有', '著作權所有')}(?![人者方權权]))"
             rf"(?=\W*$|[.。!)）]|\s*[|｜]|[,，、]\s*({any_of('未經', '不得', '禁止', '嚴禁')}))")
_COMPANY = r"\b(inc|llc|ltd|limited|corp|corporation|gmbh|plc)\b\.?(?=\s*([,.;|)]|$|all rights))|\.(com|net|org|co\.\w\w)\b"
COPYRIGHT_NOTICE = re.compile(rf"{_RESERVED}|^\W*{any_of('版權所有', '著作權所有')}(?![人者方權权])"
                              rf"|^\W*(copyright\s*(©|\(?c\)?\s|\d{{4}})|©\s*\d{{4}}).{{0,80}}?({_COMPANY})")
_NOTICE_MARK = re.compile(rf"©|\bcopyright\b|all rights reserved|\bmay not be (published|reproduced)\b|{any_of('版權所有', '著作權所有')}")
_STOP = re.compile(r"[。！？!?.](\s|$)")  # a sentence closed before the notice
NOTICE_PREFIX_WORDS = 10  # what may stand before a notice on its line: a site's name or a menu's words


def is_copyright_notice(folded: str) -> bool:
    """Whether a (folded) line is a site's copyright notice: COPYRIGHT_NOTICE, with before its first
    mark (©, Copyright, All rights reserved, 版權所有, "This material may not be published …") at
    most a few words and no sentence ("腾讯公司 版权所有", "Vox Media Advertise with us Jobs @ Vox Media
    © 2019 Vox Media, LLC. All Rights Reserved"). A digest's item with the agency's notice glued after
    it ("…returned 150 soldiers on Thursday. © 2026 Example Wire. All rights reserved.",
    "…仍未達成協議。（範例通訊社版權所有）") is news; the notice under a story's last line, ending the
    page, footer_lines takes with that line's own shape."""
    mark = _NOTICE_MARK.search(folded)
    if not mark or not COPYRIGHT_NOTICE.search(folded):
        return False
    before = folded[:mark.start()].strip()
    return words(before) <= NOTICE_PREFIX_WORDS and not _STOP.search(before)


# Someone's words reported: a quote or a verb of saying (澤倫斯基在臉書發文表示，歡迎……; "Zelensky wrote on
# Telegram"): a line with one is the story's, however much it sounds like the site's own voice.
REPORTED_EN = re.compile(r"[“”\"「」]|\b(said|says|told|wrote|posted|warned|added|according to|reported)\b")
REPORTED = re.compile(rf"{REPORTED_EN.pattern}|{any_of('表示', '發文', '指出', '強調', '宣布', '寫道', '貼文', '說')}")

LABEL_REASONS = (
    (re.compile(any_of("商品", "廣告", "贊助", "優惠", "sponsor", "advert", "shop")), "advertising"),
    (re.compile(any_of("討論", "留言", "評論", "規範", "comment")), "comments"),
    (re.compile(any_of("閱讀", "相關", "延伸", "推薦", "文章", "新聞", "熱門", "更多", "related", "read", "recommend", "latest", "more")),
     "related-articles"),
)


# 167 comments · [ 3 responses ] · 243條評論 (folded: Simplified): a count of a story's comments, by its head or over them
COMMENT_COUNT = re.compile(r"^[\[(]?\s*[1-9][\d,]*\s*(comments?|responses?|replies|[条则]?(评论|留言|跟帖))\s*[\])]?$"
                           r"|^(评论|留言|跟帖)\s*[(（\[]?\s*[1-9][\d,]*\s*[)）\]]?$")  # 评论 66, 评论(12)
# What a comment system prints at its form, under a story (folded): never a story's words. WordPress and
# Disqus print these below the post; another form's "Required fields are marked *" (a newsletter box) and a
# notice that commenting is closed, which a news line may say of a channel, are notices only (notices.py).
COMMENT_FORM = re.compile(r"^\W*(you are commenting (as|using)\b|save my name, email\b|comments are closed\.?$"
                          r"|you must be logged in to (post|leave) a comment\.?$)"
                          # the form's own wording, glued to its heading or fields in a copy ("Leave a Reply Your email …")
                          r"|\byour email( address)? will not be published\b"
                          r"|\bplease enable javascript to view (the )?comments\b|\bcomments powered by disqus\b"
                          # Chinese comment boxes: their slogan, a call to log in to comment, the comment agreement
                          r"|^\W*((评论|留言|跟帖)\s*[(（]?\d*[)）]?\s*)?文明上网[，,、\s]*理性发言|^\W*请?先?登录后(才能|即可)?(参与|发表)?(评论|留言|跟帖)\W*$"
                          r"|请遵守《[^》]{0,12}(评论|跟帖|留言)[^》]{0,12}》")
# Short notices about commenting: "Commenting is a benefit of a subscription", "Commenting is closed."
COMMENTING = re.compile(r"^\W*commenting is (now |currently |temporarily )?(a benefit|available|open|closed|disabled"
                        r"|not available|unavailable)\b(\s+\S+){0,6}\W*$|\brequired fields are marked\b")
# Its buttons, alone on a line: they may also stand under the headline or between a Q&A's answers.
COMMENT_BUTTON = re.compile(r"^\W*((view|show|hide|load|see|read)( all)?( \d[\d,]*)? comments?|no comments yet\.?"
                            r"|(查看|展开|加载)(全部|更多)\s*\d*\s*条?(评论|留言|跟帖))$")


def words(text: str) -> float:
    """Its length in words, by main-text's tokens, a CJK character counting half a word."""
    return len(tokens(text)) - 0.5 * len(CJK_CHAR.findall(text))

def is_lead_in(text: str) -> bool:
    """A clause of the story's that announces a list (修訂後的計畫分為四部分：, "The 19 points cover:"), not a
    section's label (Tags:, Trending:) nor a label naming other articles, ads or comments (延伸閱讀：)."""
    folded = fold(text.strip())
    return (bool(LEAD_IN.search(folded)) and words(folded) >= LEAD_IN_WORDS
            and not any(pattern.search(folded) for pattern, _ in LABEL_REASONS))



def is_sentence(text: str) -> bool:
    """Closed by a sentence ending; a teaser cut with ... or … is not."""
    text = text.strip()
    return bool(SENTENCE_END.search(text)) and not ELLIPSIS_END.search(text)


def is_body_like(text: str) -> bool:
    return len(text) >= 40 and is_sentence(text)


SHORT_PROSE = 12  # characters: under this a closed line is a slogan or a label with a stop


def is_short_prose(text: str) -> bool:
    """A paragraph shorter than is_body_like's, closed as a sentence (雙方同意下週在阿布達比續談。): portals
    and explainers tell whole sections so. Alone it is no sign of the story (a comment, a teaser
    reads the same); under a heading the story printed twice it is the section's paragraph."""
    text = text.strip()
    return len(text) >= SHORT_PROSE and is_sentence(text)


def is_headline_like(text: str) -> bool:
    """Short, and not closed by a full stop (headlines may end with ？ or ！; teasers end with …)."""
    text = text.strip()
    return len(text) <= 80 and (not FULL_STOP_END.search(text) or bool(ELLIPSIS_END.search(text)))


# A label naming other stories, the whole line (folded): 延伸閱讀 · 相關新聞 · Read more · Related coverage
OTHER_STORIES = re.compile(rf"^\W*({any_of('延伸閱讀', '相關新聞', '相關報導', '相關閱讀', '相關文章', '推薦閱讀', '更多新聞', '你可能也想看', '看更多', '猜你喜歡', '為你推薦', '熱門推薦')}"
                           r"|read more|related( coverage| stories| articles| content)?|more on this story|recommended"
                           r"|see also|also read|you may also like)\W*$")


def is_label(text: str) -> bool:
    """A list's or section's label: short with no punctuation (推薦閱讀, 兩大議題), or a label that
    names other articles, ads or comments even with a colon or in English (延伸閱讀：, Read more:)."""
    text = text.strip()
    if len(text) <= 8 and not PUNCTUATION.search(text):
        return True
    bare = text.rstrip(":：").strip()
    return 0 < len(bare) <= 24 and not PUNCTUATION.search(bare) and any(p.search(fold(bare)) for p, _ in LABEL_REASONS)


def is_title_shaped(text: str) -> bool:
    """A headline: not closed by a full stop, short for its script (English headlines run to
    about twenty words, Chinese ones to about forty characters)."""
    text = text.strip()
    if not text or FULL_STOP_END.search(text) or ELLIPSIS_END.search(text):
        return False
    latin = sum(ch.isascii() for ch in text) > len(text) * 0.7
    return len(text.split()) <= 22 if latin else len(text) <= 80


# --- stamps: lines holding only a time, a dateline, a byline or a source -------------------------

# 18/8/2025 9:41 · 2025/2/18 09:17 · 2025-08-15 22:10 中新网 (DATE_LINE takes year-first dates)
# 2025年06月03日08:31 | 来源：人民网 · 2016年05月25日10:10 新浪财经: a portal's stamp with its time glued to the day,
# alone, with its source or an outlet's name (a timeline's 2026年2月12日08:15 俄方宣布暫停談判 is an entry)
GLUED_STAMP = re.compile(rf"^\d{{4}}年\d{{1,2}}月\d{{1,2}}日\d{{1,2}}:\d{{2}}(:\d{{2}})?"
                         rf"(\s*\|?\s*({any_of('來源', '稿源', '出處')})\s*:\s*\S{{1,24}}|\s+\S{{0,8}}({any_of('網', '報', '社', '台', '財經', '新聞', '日報', '時報')}))?\s*$")
DMY_LINE = re.compile(r"^\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{4}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s+\S{1,12})?$")
# 【路德社·报道 ET 2025年12月2日】: a stamp in lenticular brackets, a date inside
BRACKET_STAMP = re.compile(r"^【[^】]{0,30}\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}日?[^】]{0,12}】$")
# 更新於 01月23日15:14 • 發布於 … · 出版：2025-11-29 07:30 · Updated 3:40 PM · Published January 5, 2026
_DATE_TOKEN = (rf"(\d{{1,2}}:\d{{2}}|\d{{4}}\s*[-/.年]\s*\d{{1,2}}|\d{{1,2}}\s*月\s*\d{{1,2}}|\d{{1,2}}/\d{{1,2}}"
               rf"|({_MONTHS}|{_ABBRS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+({_MONTHS}|{_ABBRS}))")
# A stamp word, then a date or a time within a few words, and nothing like a sentence after it.
_UPDATED_WORDS = any_of('更新於', '發布於', '發佈於', '更新時間', '發布時間', '發稿時間', '最後更新', '出版時間', '發表時間', '發表於', '修改時間',
                      '發布日期', '發佈日期', '出版日期', '更新日期', '發表日期')
UPDATED_LINE = re.compile(rf"^({_UPDATED_WORDS}"
                          rf"|(last )?updated|published|posted|first published)(?![a-z])\s*:?\s*(on\s*:?\s*)?[^。.]{{0,12}}{_DATE_TOKEN}"
                          r"(?![^。]*,\s*[a-z'’]+\s+[a-z'’]+\s+[a-z'’]+)[^。]{0,50}$")  # not "Published on Nov. 20, the plan calls for …"
# 出版：2025-11-29 07:30 更新：2025-11-29 09:12: a bare stamp word, a full date (and a time) and nothing else
# (更新：08:15 烏方代表團抵達, a live page's entry, and 發表講話 are text)
BARE_STAMP = re.compile(rf"^(?:{any_of('出版', '更新', '發布', '發佈', '發表')}\s*:\s*\d{{4}}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}日?"
                        r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*)+$")
# 3 分鐘 · 5 min read · 3 mins ago · 2 小時前
READING_TIME = re.compile(rf"^\d{{1,3}}\s*({any_of('分鐘', '分鐘閱讀', '分鐘前', '小時前', '天前')}|mins?( read| ago)?|minutes?( read| ago)|hours? ago|days? ago)$")
# Not the head's stamp (is_stamp): a comment's or a teaser's time, or a video's length, may stand
# anywhere, under the lede too. 2 days ago at 07:52 am · 32M ago · updated 16M ago · 01:37 · 00:00/00:00
ITEM_TIME = re.compile(r"^(updated\s+)?\d{1,3}\s*(m|h|d|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago"
                       r"(\s+at\s+\d{1,2}:\d{2}\s*([ap]\.?m\.?)?)?$"
                       r"|^\d{1,2}:\d{2}(:\d{2})?(\s*/\s*\d{1,2}:\d{2}(:\d{2})?)?$")
_DAYS = "|".join(d.lower() for d in calendar.day_name)
# November 19, 2019 at 6:34 am · Monday, Nov. 18, 2019 7:45 AM PST · 19 November 2025 09:30: a date with
# the month by name, and a time of day (a comment's header as often as the story's stamp: not is_stamp)
MONTH_DATE_TIME = re.compile(rf"^(({_DAYS}),?\s+)?(({_MONTHS}|{_ABBRS})\.?\s+\d{{1,2}},?|\d{{1,2}}\s+({_MONTHS}|{_ABBRS})\.?,?)"
                             rf"\s+\d{{4}},?\s*(at\s+|/\s*)?\d{{1,2}}:\d{{2}}"
                             rf"\s*([ap]\.?m\.?)?(\s+[a-z]{{2,4}})?$")
# 記者王小明／台北報導 · 編譯陳成良／綜合報導 · 即時中心／綜合報導 · By Jane Doe · 文／王小明 · 文|王小明
BYLINE = re.compile(rf"^({any_of('記者', '編譯', '文', '撰文', '特派員', '中心')}|\S{{0,10}}{any_of('記者', '編譯', '中心', '組')})[^,，。]{{0,24}}[/|]\s*\S{{0,12}}$"
                    r"|^by\s+[a-z][\w.'-]*(\s+[a-z][\w.'-]*){0,3}(\s*(,|and|&)\s*[a-z][\w.'-]*(\s+[a-z][\w.'-]*){0,3})*$"
                    # 中央社記者 陳家倫 · 本報記者王小明 · 記者 林依依、陳大文: an outlet's reporter, no slash
                    rf"|^(\S{{0,6}}({any_of('社', '台', '臺', '報', '網', '新聞', '電視')}))?{any_of('記者')}"
                    # (a name of two or three characters: 法新社記者遇襲身亡 is a headline)
                    r"(\s+[\u3400-\u9fff]{2,3}|(?<=[社台台报网闻视]记者)[\u3400-\u9fff]{2,3})([\s、]+[\u3400-\u9fff]{2,3}){0,3}$"
                    # 編輯部 整理 · 本報綜合整理 · 文/王小明 整理: who compiled the story, a desk or a name and the word for it
                    # (not 俄烏和談大事記整理, a headline: a desk's word or a space before it)
                    rf"|^(\S{{0,10}}({any_of('部', '社', '組', '中心', '報', '網', '台')})\s*|\S{{1,12}}\s+)"
                    rf"({any_of('整理', '綜合整理', '綜合報導', '編譯', '採寫', '撰稿')})$"
                    # 撰文：陳曉晴 · 作者：王小明、李大同 · 撰文：外部來稿（署名）: a byline with a colon, names or a desk (_CREDIT_WHO);
                    # not 記者： (an interview's prompt: 記者：那歐洲呢)
                    rf"|^{any_of('撰文', '作者', '文')}\s*:\s*{_CREDIT_WHO}([\s、]+{_CREDIT_WHO}){{0,3}}$"
                    # Posted by Jane Doe on November 19, 2025, 6:21 AM EST · Posted on March 30, 2025 by Admin ·
                    # Written by Jane Doe, MS, RD: a blog's byline with its date
                    r"|^(posted|written|published)(\s+on\s+[\w ,.:]{6,30}?)?\s+by\s+[a-z][\w.'-]*(\s+[a-z][\w.'-]*){0,3}"
                    r"(,\s*[\w.']+(\s+[\w.']+)?){0,2}(\s+on\s+[\w ,.:]{6,40}[\w:])?$")  # credits of two words, no sentence
# An opinion page's disclaimer, the article speaking of itself (folded): 文章僅屬作者意見，不代表香港01立場 · 文章內容純屬作者個人觀點，
# 不代表平台觀點 (a spokesman's 純屬個人觀點，不代表政府立場 is news: the article is not its subject)
OPINION_DISCLAIMER = re.compile(r"^[(]?(本文[^，,。]{0,12}[，,])?(本文|文章|文章内容|以上内容)[^，,。]{0,4}(仅属|纯属|仅代表|只代表|仅为)"
                                r"[^，,。]{0,4}(作者|个人)[^，,。]{0,6}(意见|观点|看法)[，,、]?\s*不代表")  # the author's, not 俄方觀點
# A call for readers' submissions (folded): 01論壇歡迎投稿 · 歡迎各界分享觀點，投稿請寄 …
# (with an address to send it to: not 博物館歡迎民眾投稿戰時日記, 國防部設立投稿信箱, 投稿請至官方聊天機器人)
SUBMISSIONS = re.compile(r"欢迎[^，,。]{0,10}投稿.{0,30}?[a-z0-9._-]+@[a-z0-9-]+\.[a-z]|投稿请(寄|电邮|来信)[^。]{0,10}?[a-z0-9._-]+@[a-z0-9-]+\.[a-z]")
# 01/23/2026 05:00 AM EST · 1/23/26, 5:00 p.m.: a numeric date and a time (folded)
NUMERIC_DATE_TIME = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?)?(\s+[a-z]{2,4})?$")
# A Q&A's question or answer, by its label (folded): 問：談了幾輪？ 答：領土。 Q: Why now? A: Because …
QA_LABEL = re.compile(rf"^({any_of('問', '答')}|q|a)\s*[:：]\s*\S")
QUESTION_LABEL = re.compile(rf"^({any_of('問')}|q)\s*[:：]")


# What a writer is, in a byline's apposition or an author's note (authors.author_bio, authors.writer_notes)
WRITER_ROLE = r"reporter|correspondent|editor|writer|columnist|journalist|fellow|intern|professor|researcher|scholar"
# 首頁 > 國際 · Home › World › Europe: a trail of short section names
BREADCRUMB = re.compile(r"^[^>›»/。,:!?]{1,16}(\s*[>›»]\s*[^>›»/。,:!?]{1,16}){1,5}$")
# — Name (@handle) December 2, 2025 (the date glued to the handle or not): the attribution line under an
# embedded social-media post, kept as the quoted post's attribution (who posted it and when), shown
# as such and never quoted on its own.
POST_SIGN_OFF = re.compile(rf"^[—–-]\s*[^()]{{1,40}}\(@\w{{1,30}}\)\s*({_MONTHS})\s+\d{{1,2}},\s*\d{{4}}$")


def english_date(year: bool) -> str:
    """A date with the month by name, month or day first, the year required or optional: Nov. 24,
    2025 · 24 November 2025 · Feb. 12."""
    y = r",?\s+\d{4}" if year else r"(,?\s+\d{4})?"
    return rf"({MONTH}\.?\s+\d{{1,2}}{y}|\d{{1,2}}\s+{MONTH}\.?{y})"


# A story's key-points box, a label over short lines: 重點 · 新聞重點 · 懶人包 · Key points · Key takeaways
KEY_POINTS = re.compile(r"^(重点|要点|摘要|重点摘要|新闻摘要|新闻重点|本文重点|懒人包|key points|key takeaways|at a glance|summary|in brief)"
                        r"\s*[:：]?$")
# A date written in full, alone: November 24, 2025 · Monday, Nov. 24, 2025 · 24 November 2025 (the head's stamp)
FULL_DATE = re.compile(rf"^(({_DAYS}),?\s+)?{english_date(year=True)}$")
HAS_TIME = re.compile(r"\d{1,2}:\d{2}")


_STAMP_JOIN = re.compile(r"\s+[·•|]\s+")  # December 2, 2025 9:10 PM UTC · Updated 2 hours ago
# The head's stamp as portals print it: an outlet's or author's name beside a full date, a time and a
# stamp word (維港即時 2026年1月15日 星期四 14:22 · 2026-01-19 07:52 · 发布于湖南 · Sun 23 Nov 2025 · Updated
# 14 minutes ago). Read only just above the story's headline-and-run (span.story_head): alone, a dated
# heading or a timeline's entry (2025年2月12日 川普與普丁通話) reads the same.
_FULL_DATE_ANY = re.compile(rf"\d{{4}}\s*[./\-年]\s*\d{{1,2}}\s*[./\-月]\s*\d{{1,2}}日?|{english_date(year=True)}"
                            rf"|\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}}")
_STAMP_NOISE = re.compile(rf"\d{{1,2}}:\d{{2}}(:\d{{2}})?(\s*(am|pm))?|\b({_DAYS})\b|星期.|週.|\b(gmt|utc|bst|cet|hkt|edt|est)\b"
                          rf"|{any_of('更新於', '更新', '發佈於', '發布於', '發佈', '發布', '來源')}|\b(updated|published|posted)\b"
                          r"|\b\d{1,3}\s*(minutes?|mins?|hours?|hrs?|days?)\s+ago\b|[·•|｜/／:：,，\s]+")
HEAD_STAMP_LEFT = 12  # characters left beside the date: a name, a place (湖南优质天气领域创作者), not a headline's clause


def is_dated_name(text: str) -> bool:
    """A line of a full date, times, stamp words and a short name, with no sentence (see above)."""
    folded = fold(text.strip())
    if len(folded) > 80 or SENTENCE_END.search(folded) or not (date := _FULL_DATE_ANY.search(folded)):
        return False
    if re.match(r"\s*[:：]", folded[date.end():]):
        return False  # 2025年8月15日：阿拉斯加峰會, "Aug. 15, 2025: Alaska summit": a timeline's entry
    left = _STAMP_NOISE.sub("", folded[:date.start()] + " " + folded[date.end():])
    return 2 <= len(left) <= HEAD_STAMP_LEFT  # a date alone is the usual shapes' to judge (is_stamp)


# By Jane Doe@handle Nov 18, 2019, 11:47am EST · By Jane Doe | November 18, 2019 at 2:26 PM · By A, B 2019-11-18T22:05Z:
# a byline with its date and time; each name two to four capitalised words (Jane Doe, HNN Staff), and
# after the date only times, zones and a label or two, no sentence's end ("By Thanksgiving, Nov. 27:
# Ukraine responds", "By comparison, Oct. 2025 was quieter." and "By the end of March 2026" are news).
_DATED_BY = re.compile(rf"^by\s+(?P<names>[^|·@\d:;.!?]{{2,60}}?)(\s*@\w+)?\s*[|·,–—-]*\s*((updated|published)\s+)?(on\s+)?"
                       rf"(({_DAYS}),?\s+)?{_DATE_TOKEN}(?P<rest>.*)$", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
_NOT_A_NAME = re.compile(rf"^(the|a|an|this|that|next|last|early|late|mid|end|{_DAYS}|{MONTH}|christmas|easter|thanksgiving"
                         r"|new|day|eve|week|month|year|spring|summer|autumn|fall|winter)$", re.IGNORECASE)  # a time, not a name
_STAMP_WORDS = frozenset("am pm a m p gmt utc est edt pst pdt cst cdt mst mdt hst bst cet cest et pt z t updated published at on "
                         "topic".split()) | set(MONTH_NUMBER)
DATED_BYLINE_LABELS = 2  # words after the date that are no time (Topic: Hardware)


def is_dated_byline(text: str) -> bool:
    """Not one of is_stamp's shapes: taken wherever it stands (notices.stray_stamps), after the head
    rules, which find the headline above the story's stamp (as a stamp, it moved their headline)."""
    text = text.strip()
    match = _DATED_BY.match(text)
    if not match or len(text) > 140 or (SENTENCE_END.search(text) and not re.search(r"[ap]\.m\.$", text, re.IGNORECASE)):
        return False
    names = [n.split() for n in re.split(r"\s*(?:,|\band\b|&)\s*", match.group("names").strip()) if n.strip()]
    if not names or not all(2 <= len(n) <= 4 and all(_NAME_WORD.match(w) and not _NOT_A_NAME.match(w) for w in n) for n in names):
        return False
    return sum(w not in _STAMP_WORDS for w in re.findall(r"[a-z]+", match.group("rest").lower())) <= DATED_BYLINE_LABELS


def is_stamp(text: str) -> bool:
    """A line holding only a date or time, a dateline, a byline or a source credit, or two or more of
    them joined by a dot or a bar."""
    folded = fold(text.strip())
    parts = _STAMP_JOIN.split(folded)
    if len(parts) > 1:
        return all(_stamp(part) or MONTH_DATE_TIME.match(part) or ITEM_TIME.match(part) or FULL_DATE.match(part) for part in parts)
    return _stamp(folded)


def _stamp(folded: str) -> bool:
    return bool(DATE_LINE.match(folded) or GLUED_STAMP.match(folded) or DMY_LINE.match(folded) or BRACKET_STAMP.match(folded)
                or DATELINE.match(folded) or BYLINE.match(folded) or READING_TIME.match(folded)
                or (UPDATED_LINE.match(folded) and len(folded) <= 80) or BARE_STAMP.match(folded)
                or (SOURCE_LINE.match(folded) and len(folded) <= 60))


