"""What the site says to its visitor, wherever on the page: privacy and cookie consent, age gates,
browser and player notices, "skip to content" links, app, alert and newsletter promotions, empty
ad slots, "this story is being updated"; and lines holding only a time, a reading time or the
attribution of an embedded post. Each is a short line of the site's own vocabulary; a news
paragraph that uses one of the words is longer and does not match the whole pattern. Only a cookie
notice may run long (a privacy overview's paragraphs), and it needs no asking word: it is the site
saying it uses cookies ("We use cookies …", "This website uses cookies …", 本網站使用Cookie), which no
labelled line of news says (ACCURACY.md, round 15)."""

from __future__ import annotations

import calendar
import re

from ..normalize import fold
from .candidates import Candidates
from .shapes import (BRACKET_STAMP, COMMENT_BUTTON, COMMENT_FORM, COMMENTING, DATE_LINE, DMY_LINE, HAS_TIME, ITEM_TIME, MONTH_DATE_TIME, NUMERIC_DATE_TIME,
                     OPINION_DISCLAIMER, POST_SIGN_OFF, READING_TIME, REPORTED_EN, SENTENCE_END, SUBMISSIONS, UPDATED_LINE, WRITER_ROLE, any_of, is_body_like, is_dated_byline, is_headline_like, is_sentence)

NOTICE_LENGTH = 200
SHORT_NOTICE = 12  # a button or label: 未滿18歲, 我同意

_CONSENT_TOPIC = re.compile(rf"{any_of('隱私', '個資', 'cookie', 'privacy', '私隱')}")
_CONSENT_ASK = re.compile(rf"{any_of('同意', '接受', '關閉此視窗', 'accept', 'agree', 'consent', 'acknowledge', '啟用')}")
# A cookie notice: the site saying it uses cookies ("We use cookies …", "This website uses cookies …", "We and
# our partners use cookies …", 本網站使用Cookie), however long its explanation runs (a privacy overview's
# paragraphs). News that explains cookies to "you" (clear the cookies your browser stores; a regulator's
# ban on analytics cookies; Girl Scout cookies) is no site speaking of itself (readers 45 and 46).
_COOKIE_USE = re.compile(r"\b(we|(this|our) (web ?)?site)( and our partners)? uses? (\w+ ){0,3}cookies\b"
                         rf"|({any_of('本網站', '本站', '我們')})\s*({any_of('使用', '採用')})\s*cookie")
# Addressed to the reader: a news paragraph about privacy talks about someone else.
_TO_READER = re.compile(rf"{any_of('您', '你', '我們', '本網站', '本站')}|\b(you|your|we|our|this (site|website))\b")
_AGE_GATE = re.compile(rf"{any_of('限制級', '滿18歲', '年滿18', '未滿18', '18歲以上')}|\b(18\+|age verification)")
_SITE_BROWSER = re.compile(rf"{any_of('your browser', '您的瀏覽器', '您使用的瀏覽器', '瀏覽效果', '瀏覽體驗', 'audio element', 'video element')}"
                           rf"|{any_of('瀏覽器')}.{{0,12}}{any_of('下載', '不支援', '版本')}")
_SKIP_LINKS = re.compile(rf"^({any_of('skip to', '跳到主要內容', '跳至主要內容', '跳至內容')})")
# The page's controls: share and print rows, font size, the article's audio player, a loader.
_CONTROLS = re.compile(rf"^({any_of('分享', '分享到', '分享至', '分享本文', '轉寄', '列印', '字級', '文字大小', '字體大小', '收聽新聞', '聽新聞', '語音朗讀', '載入中')}"
                       r"|share( this)?( article| story| on)?|print|email|font size|listen to (this )?(article|story)|loading"
                       r"|scroll to continue|opens new tab)\s*[:：]?(\s*\S{1,14}){0,6}$")
_PROMO = re.compile(rf"{any_of('下載', '打開', '打开')}.{{0,10}}(app|{any_of('新聞', '客戶端')})|app\s*{any_of('下載')}"
                    rf"|{any_of('查看精彩圖片', '訂閱電子報', '訂閱我們', '加入會員', '立即訂閱', '推播通知')}"
                    r"|get (instant )?alerts|sign up for|our newsletter|(subscribe|sign up) to our\b.{0,30}\bnewsletter"
                    r"|download (the|our) app|be the first to know|\bsubscribe (now|today)\b|\b(in|to) your inbox\b"
                    r"|notification-")
# An invitation to join the site's chat or social account (folded), a line no full stop closes: 一手掌握國際情勢
# 加入中央社LINE官方帳號 · 加入上報LINE官方帳號，掌握第一手國際新聞！ · 按讚加入粉絲團; the verb and the account in one
# phrase, no question or quotation on the line (news of such an account ends its sentence; a headline asks
# 加入北約無望？澤倫斯基粉專發文回應, or quotes)
_JOIN_ACCOUNT = re.compile(r"加入[^\s，,。！？!?：:「」“”\"]{0,8}?(?<![a-z])(line(官方帐号|官方账号|好友|@)|官方帐号|官方账号|粉丝团|粉丝专页)")
_ASKS_OR_QUOTES = re.compile(r"[？?「」“”\"『』]")
# Font size and report-abuse buttons alone on a line (字號：, 字号减小 字号增大, 举报); a headline opening 舉報人… or 檢舉共諜… is news.
_CONTROL_WORDS = re.compile(rf"^(({any_of('字號', '舉報', '檢舉')})({any_of('減小', '增大', '放大', '縮小', '大', '中', '小')})?\s*[:：]?\s*)+$")
# Readers' comments: the form, its notices and buttons (shapes.COMMENT_FORM, COMMENTING, COMMENT_BUTTON), and
# an invitation to join in, addressed to the reader (a news line saying who wants to "join the
# conversation" is not one)
_JOIN_IN = re.compile(r"\bjoin the (conversation|discussion)\b")
_INVITING = re.compile(r"^\W*(join|follow|share|tell us)\b")  # an invitation's imperative opening the line
# … and its rules, in the site's voice: "Under the new comment rules, channel owners must…" is news
_COMMENT_RULES = re.compile(r"(?<!no-)(?<!no )\bcomment(ing)? (guidelines|policy|rules)\b")
_CONTACT = re.compile(r"\bcontact us\b")
# Read More On Diplomacy | Russia | Ukraine | War: a row of section or tag links (no figures: a
# table's row copied as text has them)
_LINK_ROW = re.compile(r"^[^|.\d]{2,40}(\s*\|\s*[^|.\d]{2,30}){3,}$")
# A sign-in or sign-up form's prompts and field labels (folded): 请输入邮箱和密码： · 電子郵件/用戶名 · Enter your
# email address · Password: (with its colon or slash: a story's subheading may be "Password"), short and
# closed by no sentence: the site asking the reader to type, never a story's words
_FORM = re.compile(r"^(请输入|请填写|请选择|(enter|type) your (e-?mail|email address|password|name|phone|mobile)\b)"
                   r"|^(电子邮件|电子邮箱|邮箱|用户名|手机号码?|密码|验证码|e-?mail( address)?|password|username)"
                   r"((\s*[/／]\s*(电子邮件|电子邮箱|邮箱|用户名|手机号码?|密码|e-?mail|username))+\s*[:：*]?|\s*[:：*])$")
FORM_PROMPT = 60  # characters: a prompt, not a how-to's step ("請輸入身分證字號後，再按下確認鍵，…。")
_AD_SLOT = re.compile(rf"^(({any_of('廣告', '贊助內容', 'advertisement', 'advertising', 'sponsored', 'ad')})\.?\s*)+$")
# Where the page breaks the story for an ad, a gallery or a fold: the story's words go on after it.
_CONTINUES = re.compile(r"^(?:skip (?:advertisement|ad)|(?:the )?(?:story|article|text|report) continues (?:below|after)"
                        r"(?: (?:the|this))?(?: (?:advertisement|ad|gallery|video|photos?|images?|slideshow))?"
                        r"|continue reading(?: (?:the )?(?:main )?(?:story|article))?(?: below)?)\s*[.…]*$"
                        rf"|^({any_of('廣告後繼續閱讀', '繼續閱讀下文', '下滑繼續閱讀', '展開全文', '點擊展開全文', '閱讀全文')})$")
_UPDATING = re.compile(rf"^(editor'?s note|note)\s*:.{{0,60}}(being updated|developing|will be updated)"
                       rf"|^({any_of('本文持續更新', '新聞持續更新', '更新中')})")
# A self-media platform's disclaimer under a post (本內容來自…創作者，不代表…的觀點和立場; …用戶上傳並發布，本平台
# 僅提供信息存儲服務, the law's words for a host; "is uploaded and posted by the user of …"): never the story's.
_PLATFORM = re.compile(rf"^[“\"「]?({any_of('免責聲明', '特別聲明', '平台聲明', '本內容', '以上內容', '以上作品內容')}|notice\s*:|disclaimer\s*:|the content above\b)"
                       rf".{{0,160}}({any_of('不代表')}.{{0,30}}({any_of('觀點', '立場')})|{any_of('僅提供信息存儲', '僅提供資訊儲存')}"
                       r"|\bis uploaded and posted by the user\b|\bonly provides information storage\b)"
                       # a disclaimer by its label (免責聲明：本文僅供參考…; Disclaimer: …), or the site's note that a
                       # story is not its view (本文不代表本站立場。 本文僅代表作者個人觀點)
                       rf"|^({any_of('免責聲明', '免責申明')}|disclaimer)\s*[:：]"
                       rf"|^{any_of('本文')}({any_of('不代表', '僅代表', '只代表', '觀點不代表')}).{{0,20}}({any_of('觀點', '立場', '看法')})")
# Someone's words around the disclaimer's wording (本內容不代表俄方的正式立場，佩斯科夫強調): a statement, not a notice.
# Verbs only: shapes.REPORTED also takes quotation marks and "posted", which every platform's own
# notice carries (自媒體平台“網易號”用戶上傳並發布; "is uploaded and posted by the user").
_SAYS = re.compile(rf"{any_of('表示', '指出', '強調', '宣布', '寫道', '說', '稱')}|\b(said|says|told|wrote|argues|argued|insists|insisted)\b")
_POLICY_LINK = r"(terms of (use|service)|privacy (policy|notice)|cookie (policy|settings)|do not sell my (personal )?info(rmation)?)"
# Terms of Service Privacy Notice · Privacy Policy | Terms of Use | Your California Privacy Rights: a row of
# links that opens with them, not "Privacy policy: every service must publish one" (a data law's item)
_POLICY_LINKS = re.compile(rf"^{_POLICY_LINK}(\s*[|·•/]?\s*{_POLICY_LINK})*(\s*[|·•/]\s*[^|·•/.:：]{{1,40}})*$")
_NEIGHBOUR_POST = re.compile(rf"^((previous|next) (article|post|story)(?![\w-])\s*([:：»›>|]|$)|({any_of('上一篇', '下一篇')})\s*([:：]|$))")
_SLUG = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)+$")  # a template or feed id printed as text: afp_tickers
# By Jane Doe · By Jane Doe and John Roe · By Reuters: a byline standing alone, its names capitalised
# (By the numbers, a section's heading, is not one).
_NAME = r"[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}"
# By Thanksgiving, By March: a time, a subheading's deadline, is no writer
_NOT_A_NAME = (r"(?!(?:" + "|".join([*(m for m in calendar.month_name if m), *calendar.day_name, "Christmas", "Thanksgiving", "Easter",
                                      "New Year", "Then", "Now", "Next", "Last", "This", "The End"]) + r")\b)")
_NAMES = rf"\**{_NAME}\**(\s*(,|and|&)\s*\**{_NAME}\**)*"
# ... and one given the writer's role: By Jane Doe, a senior correspondent at Global Affairs · By **Jane
# Doe**, an editorial fellow at _Foreign Policy_ (not "By Monday, a senior official at the ministry …")
# (the outlet's words capitalised: not "By Independence Day, a correspondent for Reuters had left the city")
_BY_NAMES = re.compile(rf"^By\s+{_NOT_A_NAME}{_NAMES}(,\s+(an?|the|our)\s+[^.,;:]{{0,40}}?\b(?i:{WRITER_ROLE})s?"
                       r"(\s+(at|for|with|of)\s+[*_]*(the\s+)?[A-Z][\w'’&.-]*(\s+[A-Z][\w'’&.-]*){0,4}[*_]*)?\.?)?$")


def _link_row(c: Candidates, i: int) -> bool:
    """A row of section links: bars between short names, and no such row beside it (a table's rows
    copied as text come several)."""
    def row(j: int) -> bool:
        return 0 <= j < len(c.blocks) and bool(_LINK_ROW.match(fold(c.blocks[j].text.strip())))
    return row(i) and not row(i - 1) and not row(i + 1)


def _form_prompt(text: str, folded: str) -> bool:
    return bool(_FORM.search(folded)) and len(text) <= FORM_PROMPT and not SENTENCE_END.search(text)


def site_notices(c: Candidates) -> None:
    for i in c.kept():
        text = c.blocks[i].text.strip()
        folded = fold(text)
        if _COOKIE_USE.search(folded) and not REPORTED_EN.search(folded):
            c.mark(i, "site-notice")
            continue
        if len(text) > NOTICE_LENGTH:
            continue
        to_reader = bool(_TO_READER.search(folded))
        # A spokesman's "contact us", scams "in your inbox" are reported words; in Chinese a site's own
        # notice says 表示 too (繼續瀏覽即表示您同意), so only a quote or an English verb of saying counts.
        reported = bool(REPORTED_EN.search(folded))
        consent = _CONSENT_TOPIC.search(folded) and _CONSENT_ASK.search(folded) and to_reader and not reported
        # News of conscription names ages too: an age gate speaks to the reader or is a button's label.
        age_gate = _AGE_GATE.search(folded) and (to_reader or len(text) <= SHORT_NOTICE)
        if consent or age_gate or _UPDATING.match(folded) or (_PLATFORM.search(folded) and not _SAYS.search(folded)):
            c.mark(i, "site-notice")
        elif OPINION_DISCLAIMER.search(folded) and not _SAYS.search(folded):
            c.mark(i, "site-notice")
        elif SUBMISSIONS.search(folded) and not _SAYS.search(folded):
            c.mark(i, "promo")
        elif _SITE_BROWSER.search(folded):
            c.mark(i, "browser-notice")
        elif (_SKIP_LINKS.match(folded) or _SLUG.match(folded) or _CONTINUES.match(folded) or _NEIGHBOUR_POST.match(folded)
              or _POLICY_LINKS.match(folded) or _CONTROL_WORDS.match(folded)
              or (_CONTROLS.match(folded) and not is_sentence(text))):
            c.mark(i, "page-chrome")
        elif (_PROMO.search(folded) and not reported and (to_reader or not is_body_like(text))  # news of an app is prose
              or _JOIN_ACCOUNT.search(folded) and is_headline_like(text) and not _ASKS_OR_QUOTES.search(folded)):
            c.mark(i, "promo")
        elif _AD_SLOT.match(folded):
            c.mark(i, "ad-slot")  # a whole line of an ad's label, so it does not yield to an HTML page's main text
        elif (COMMENT_FORM.search(folded) or COMMENTING.search(folded) or COMMENT_BUTTON.match(folded)
              or (_JOIN_IN.search(folded) and (to_reader or _INVITING.match(folded)))
              or (_COMMENT_RULES.search(folded) and (to_reader or not is_body_like(text)))) and not reported:
            c.mark(i, "comments")
        elif (_CONTACT.search(folded) or _form_prompt(text, folded)) and not reported or _link_row(c, i):
            c.mark(i, "page-chrome")


def stray_stamps(c: Candidates) -> None:
    """A time, a reading time, a byline or an embedded post's attribution standing alone, anywhere. A date
    alone in the body may be a timeline's head, so it goes only with a time of day (the dateline
    rule takes the head's)."""
    for i in c.kept():
        folded = fold(c.blocks[i].text.strip())
        if POST_SIGN_OFF.match(folded):
            continue  # an embedded post's sign-off: kept, shown under the post as who posted it (extract._kind)
        elif _BY_NAMES.match(c.blocks[i].text.strip()) or is_dated_byline(c.blocks[i].text):
            c.mark(i, "byline")
        elif (READING_TIME.match(folded) or ITEM_TIME.match(folded) or BRACKET_STAMP.match(folded) or MONTH_DATE_TIME.match(folded)
              or NUMERIC_DATE_TIME.match(folded)
              or (UPDATED_LINE.match(folded) and len(folded) <= 80)):
            c.mark(i, "timestamp")
        elif (DATE_LINE.match(folded) or DMY_LINE.match(folded)) and HAS_TIME.search(folded):
            c.mark(i, "timestamp")
