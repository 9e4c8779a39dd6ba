"""What a photo's caption looks like, line by line: a credit at its end (圖／法新社, [Getty Images],
Jane Roe/AFP via Getty Images), a caption's opening (資料圖：, ▲), people placed in the picture
(（左）…（右）), an agency closing it; `captions.py` decides with the neighbours."""

from __future__ import annotations

import re

from ..normalize import fold
from .shapes import REPORTED, any_of

# …會談 圖／法新社 · (攝影：王小明) · …summit. (Jane Doe)
PHOTO_CREDIT = re.compile(
    rf"(({any_of('圖')})/\s*\S{{1,12}}|\(({any_of('圖', 'photo', '攝影')})[^)]{{0,20}}\)|[。.]\s*\([a-z][a-z .&/-]{{1,30}}\))\s*$"
)
# Marks a short line only (SHORT_CAPTION characters), since a paragraph the copy glued a caption's
# credit or mark to is still the story's: …開火 圖片來源：Jane Doe/AP · …外長 圖：資料 · 安克雷奇（資料圖） ·
# 盧比奧資料圖。(Jane Doe/大紀元)
SHORT_CAPTION = 80
SHORT_CREDIT = re.compile(rf"(({any_of('圖源', '圖片來源', '圖片提供', '圖像來源')})\s*[:/]\s*[^。,，]{{1,40}}|(^|\s){any_of('圖')}\s*:\s*\S{{1,12}}"
                          rf"|\(({any_of('資料圖', '資料照', '資料照片', '示意圖', '檔案照')})\)"
                          rf"|{any_of('資料圖', '資料照')}[。.]?\s*\([^()]{{1,40}}\))\s*$")
_CJK_AGENCIES = ("路透", "路透社", "法新社", "美聯社", "歐新社", "中央社", "新華社", "共同社", "彭博", "達志影像", "韓聯社",
                 "塔斯社", "俄新社", "美國之音")
_LATIN_AGENCIES = ("getty images", "getty", "reuters", "afp", "ap", "epa", "epa-efe", "bloomberg", "xinhua", "kyodo",
                   "tass", "anadolu", "dpa")
_CJK_AGENCY = rf"({any_of(*sorted(_CJK_AGENCIES, key=len, reverse=True))})"
AGENCY = rf"({any_of(*sorted(_CJK_AGENCIES + _LATIN_AGENCIES, key=len, reverse=True))})"
# …會談。（法新社） · …官邸。歐新社 · (AP Photo/Jane Doe) · (路透社資料照)
AGENCY_END = re.compile(rf"(\((\S{{0,10}}/\s*)?{AGENCY}(?![a-z])[^()]{{0,16}}\)|[。.!?]\s*{_CJK_AGENCY})\s*$")
# [Getty Images] · [File: Jane Doe/Reuters] · Photograph: Jane Doe/AFP · Image Credit: Jane Doe
CREDIT_END = re.compile(rf"\[[^\[\]]{{0,60}}({AGENCY}(?![a-z])|/|file:)[^\[\]]{{0,40}}\]\s*$"
                        r"|(^|[.。]\s*)(photograph|photo|picture|image|illustration|video)(\s+credits?)?\s*:\s*[^.:]{1,80}$"
                        r"|^credits?\s*(:\s*[^.:]{1,60}|\.{3}|…)$"  # Image Credit: WeWork · Credit: Jane Doe · Credit...
                        # Photo by Jane Doe/Getty Images · Photo: Jane J. Doe, AP · Foto: …/dpa: a credit alone, initials and all
                        r"|^(photo(graph)?|picture|image|foto)\s*(credits?\s*)?(:|\bby\b)\s*[^:]{1,60}(?<![a-z]{2}[.!?])$"
                        r"|\([^()]{0,20}\bphoto\b[^()]{0,40}\)\s*$"  # (AP Photo/Jane Doe)
                        # A credit in brackets closing a caption, never a sentence of its own ("(Reuters could not
                        # verify the photos.)"): (Jane Doe/Pool Photo via AP) · (Image: Getty) · (Credit: Jane Doe) ·
                        # (Photo by Jane Doe/Getty Images) · (NASA via AP, File)
                        r"|\([^()]{0,40}/[^()]{0,20}\bphotos?\b[^()]{0,30}(?<!\.)\)\s*$"
                        r"|\(\s*(image|picture|photo|credit)s?\s*(credits?\s*)?(:|\bby\b)[^()]{1,80}(?<!\.)\)\s*$"
                        r"|\([^()]{0,60}(/\s*|\bvia\s+)(ap|afp|reuters|epa|getty images)\b[^()]{0,20}(?<!\.)\)\s*$"
                        r"|\b(reuters|afp|ap|epa|getty images)/[^/]{2,40}(/file photo)?\s*(purchase licensing rights.{0,20})?$")
# A photographer's full name and their outlet after a caption's last sentence, on the unfolded text: …, Jan.
# 22, 2026. | Jane Doe/AFP via Getty Images · … in Kyiv. (Jane Doe / The Kyiv Independent) · … Europe’ Credit:
# Jane Doe/Reuters; the outlet an agency, a photo service or a paper's name with "The" (not "… two men. Steve
# Witkoff/Jared Kushner", "… The EU/IMF")
_PHOTOGRAPHER = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
_PHOTO_OUTLET = (r"(?:The\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}|(?:[A-Z][\w&.-]*\s+){0,2}(?:AFP|AP|Reuters|EPA|EPA-EFE|Getty Images|Getty|"
                 r"Bloomberg|Sputnik|TASS|Xinhua|Anadolu|dpa|Pool|Shutterstock|Alamy|NurPhoto|Zuma|SOPA Images))"
                 r"(?:\s*/\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})?(?:\s+via\s+(?:Getty Images|AP|Reuters))?")
NAMED_CREDIT_END = re.compile(rf"(?:[.!?’”]\s+(?:\|\s*)?(?:\(\s*)?|\sCredits?:\s*){_PHOTOGRAPHER}\s*/\s*{_PHOTO_OUTLET}\s*\)?$")
# 資料圖：… · 圖說：… · File photo: …
CAPTION_PREFIX = re.compile(rf"^(▲|▼|{any_of('資料圖', '資料照', '圖說', '圖為', '示意圖', '檔案照', '圖像來源', '圖像加註文字')}"
                            rf"|{any_of('圖片')}\s*[:/]"  # 圖片：…, not 圖片顯示…
                            r"|file photo|in this photo|image (source|caption)\b|file\s*[-–—]\s|item \d+ of \d+\b|\[\d+/\d+\]"
                            r"|(above|below|pictured)\s*:)\s*[:/,]?"  # Above: A coworking space in San Francisco.
                            rf"|^({any_of('圖片')}|image|photo)$"  # an image's placeholder left by the copy
                            r"|^((afp|reuters|ap|epa|anadolu|bloomberg|nurphoto) via )?getty images$")
# 普丁（左）、庫許納（右） · （Keith Kellogg，右） · （不在圖中）: where people stand in a photo
POSITION_MARK = re.compile(rf"\(([^()]{{0,30}},\s*)?({any_of('前排', '後排')})?[左右中][一二三四1-4]?({any_of('為')}[^()]{{1,12}})?\)"
                           rf"|{any_of('不在圖中', '圖中')}\)")
CAPTION_CUE = re.compile(rf"{any_of('圖為', '影像顯示', '照片', '畫面中')}|\bpictured\b|\bin this photo\b")


_INNER_STOP = re.compile(r"[。！？!?](?!\s*\()[^。！？!?]")  # a sentence closed before the credit: a paragraph, not a caption


# （法新社檔案照） · （資料照）: a file photo's mark closing a short line of one sentence that reports no one's words
# (glued to a paragraph, the paragraph's: …國防部15日表示，…嚴密監控。（中央社檔案照）)
_FILE_MARK = re.compile(rf"\([^()]{{0,12}}({any_of('檔案照', '資料照', '檔案相片')})\)\s*$")
# … at the Kremlin. Photo: Reuters. · Photo: AP.: a credit of capitalised names closed by a full stop (on the
# unfolded text: "a gloomier U.S. picture: slower hiring, sticky prices …" is no credit)
_CREDIT_STOP = re.compile(r"(^|[.。]\s+)(Photograph|Photo|Picture|Image)(\s+[Cc]redits?)?\s*:\s*[A-Z][\w&/.'’-]*(\s+[A-Z][\w&/.'’-]*){0,3}\.$")


# A Chinese wire photo's credit after its one sentence (folded): …抵達會談地點。視覺中國 圖 · …接受採訪。圖片來源：視覺中國 ·
# …三方會談舉行。圖/IC photo · …抵達日內瓦。新華社記者 王曄 攝 · （新華社記者王曄攝）. Only after a closed sentence, so a
# paragraph ending 由當地居民拍攝 is not one, nor one closed by a word ending in 圖 (路線圖) or by its source (來源：新華社).
WIRE_CREDIT = re.compile(
    rf"[。.!?」”]\s*(?:[^。,，\s]{{2,12}}(?:\s[^。,，\s]{{1,8}})?(?:\s*{any_of('供圖')}|\s+{any_of('圖')})"
    rf"|{any_of('圖')}\s*/\s*[^。,，/]{{1,20}}"
    rf"|{any_of('圖片來源', '圖源')}\s*:\s*[^。,，:]{{1,20}}"
    rf"|\(?[^。,，()]{{0,12}}{any_of('記者')}\s*[\u3400-\u9fff]{{2,4}}(?:\s*、\s*[\u3400-\u9fff]{{2,4}})*\s*{any_of('攝')}\)?)\s*$")
WIRE_CAPTION = 160  # characters before the credit: one sentence of a caption, however long


def _wire_caption(folded: str) -> bool:
    """One sentence closed by a wire photo's credit, reporting no one's words: the caption of the
    photo above it. Two sentences before the credit are a paragraph the copy glued it to, and so is a
    sentence that reports (據悉, 照片顯示) or opens with the wire's dateline (新華社日內瓦1月15日電)."""
    match = WIRE_CREDIT.search(folded)
    if not match:
        return False
    sentence = folded[: match.start() + 1]
    return (len(sentence) <= WIRE_CAPTION and not _INNER_STOP.search(sentence) and not REPORTED.search(sentence)
            and not _SAYS.search(sentence) and not _WIRE_DATELINE.match(sentence))


def is_wire_caption(text: str) -> bool:
    """A caption by its wire credit alone (`_wire_caption`), no other sign: captions.py keeps such lines
    on a photo story, whose every paragraph is one."""
    return _wire_caption(fold(text.strip()))


# Verbs of saying and reporting past shapes.REPORTED's: a caption shows a scene, and a sentence of
# someone's words or of what is learnt, with a credit glued on (佩斯科夫稱，…。圖片來源：路透社; 據悉，…。視覺中國 圖),
# is the story's.
_SAYS = re.compile(any_of('稱', '透露', '認為', '警告', '呼籲', '否認', '證實', '回應', '告訴', '據悉', '據了解', '據報', '顯示', '表明'))
_WIRE_DATELINE = re.compile(rf"^[^,，。]{{0,20}}\d{{1,2}}\s*月\s*\d{{1,2}}\s*日{any_of('電')}")


def is_caption_shaped(text: str, wire: bool = True) -> bool:
    """Signs that make a line a caption on their own: a photo credit at the end, a caption's
    opening, people placed in the picture."""
    folded = fold(text.strip())
    if (_FILE_MARK.search(folded) or CAPTION_PREFIX.match(folded) and folded.startswith(fold("圖為"))) and _INNER_STOP.search(folded):
        return False  # 圖為…。據…。: a photo story's paragraph; …監控。（中央社檔案照）: a paragraph with the mark glued on
    return bool(PHOTO_CREDIT.search(folded) or CREDIT_END.search(folded) or _CREDIT_STOP.search(text.strip()) or (wire and _wire_caption(folded))
                or (len(folded) <= SHORT_CAPTION and _FILE_MARK.search(folded) and not REPORTED.search(folded))
                or (len(folded) <= 250 and (CAPTION_PREFIX.match(folded) or POSITION_MARK.search(folded)
                                            or NAMED_CREDIT_END.search(text.strip()) and not REPORTED.search(folded)))
                or (len(folded) <= SHORT_CAPTION and SHORT_CREDIT.search(folded) and not _INNER_STOP.search(folded)))
