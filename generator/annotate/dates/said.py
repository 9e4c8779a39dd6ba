"""The day a sentence's words were said, where the text tells it without a date: a weekday beside
the verb of saying (澤倫斯基週二表示, "said on Thursday"); and the dates that are no such day, those
a clause counts from (自1月16日以來, "since Jan. 16").

LABELLING does not count a weekday alone as a date, so find_dates leaves it unread; a statement is
still filed under the day it was made (compose.excerpts.event_date). Everything here is matched on
folded text (Simplified, lower case)."""

from __future__ import annotations

import datetime as dt
import re

from ...model import DateRef
from ...normalize import fold
from .chinese import SINCE, SINCE_END, TO_COME
from .chinese import WEEKDAYS as CHINESE_WEEKDAYS
from .days import weekday_before
from .english import WEEKDAY, WEEKDAYS

_DAY = rf"(?P<day>{WEEKDAY})\b(?![’']s| (?:night|morning|evening|afternoon)[’']s)"
# Past verbs of saying; "be announced", "been confirmed" are not past, nor told to be. Beside a
# weekday after it, only verbs that rarely stand in a relative clause of another's sentence (not "the
# plan Zelensky announced on Thursday"); the others count where the weekday comes first.
_NOT_PASSIVE = r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bwas )"
_SAYING = r"said|told|wrote|added|stated|insisted|warned|declared|stressed|argued|replied|responded"
_PAST = (rf"{_NOT_PASSIVE}\b(?:{_SAYING}|announced|posted|confirmed|urged|described|rejected|accused"
         r"|blamed|dismissed)\b")
# Words that open a clause of its own, or tell a day to come: not an addressee, a place or a medium.
_NOT_ADDRESSEE = r"(?!(?:he|she|they|it|we|i|you|that|this|would|will|could|should|might|may|to|be|a|an)\b)"
_NOT_CLAUSE = (r"(?!(?:that|which|who|he|she|they|it|we|would|will|could|to|be|before|after|ahead|until"
               r"|airing|next|coming|upcoming|scheduled|planned|due)\b)")
_ENGLISH = (
    # said on Monday; said Thursday; told reporters in Davos on Thursday; wrote on Telegram on Friday
    re.compile(rf"{_NOT_PASSIVE}\b(?:{_SAYING})\b(?:(?<=told)(?: {_NOT_ADDRESSEE}[a-z’'.-]+){{1,3}})?"
               rf"(?: (?:in|at|on|from)(?: {_NOT_CLAUSE}[a-z’'.-]+){{1,5}}?)?(?: late| early)? (?:on )?{_DAY}"),
    # Lavrov on Friday blamed …
    re.compile(rf"\bon {_DAY} {_PAST}"),
    # On Tuesday, Zelensky described …; Speaking to the BBC on Thursday, Wine disputed …
    re.compile(rf"^\W*(?:late |early )?on {_DAY},? (?:(?!(?:will|would|could|to|be)\b)[a-z’'.-]+ ){{0,4}}?{_PAST}"),
    re.compile(rf"^\W*speaking\b(?:(?!\b(?:ahead|before|after|until)\b)[^.;,]){{0,40}}? on {_DAY}"),
    # Zelensky, speaking Thursday in Kyiv, said … (not "who is speaking Thursday at a hearing");
    # In his nightly address on Thursday, Zelensky said … (not "In response to Zelensky's remarks on
    # Thursday, Peskov said", "In comments about the attack on Thursday")
    re.compile(rf"(?<!\bis )(?<!\bbe )(?<!\bare )\bspeaking (?:on )?{_DAY}"),
    # …, the Kremlin confirmed on Monday. (a reporting clause closing the sentence)
    re.compile(rf", (?:[a-z’'.-]+ ){{1,4}}?(?:confirmed|announced) (?:on )?{_DAY}\W*$"),
    re.compile(rf"^\W*(?:in|at|during) (?:(?!\b(?:ahead|before|after|until|next|coming|response|reaction|reply|about"
               rf"|regarding|following|attacks?|strikes?)\b|[’']s\b)[^.;,]){{0,50}}? on {_DAY},"
               rf" (?:(?!(?:will|would|could|to|be)\b)[a-z’'.-]+ ){{0,4}}?{_PAST}"),
)
# 週二表示, 週三則表態, 周三上午在莫斯科聲稱, 週四接受美國媒體專訪時表示, 周二与普京会晤后表示, 週四發表聲明
#表示: the weekday, a time of day, an adverb, then at most a short scene that opens with where, how or
# after what it was said (在…, 接受…时, 出席…时, 发表…, 透过…, 与…后) before the verb; not a verb that
# qualifies a noun (週四宣布的方案, 週四的說法). Not 上(個)週四, last week's, which find_dates reads.
_CHINESE = re.compile(
    r"(?<![上下本这个個一])(?:周|星期|礼拜)(?P<zh>[一二三四五六日天])"
    r"(?:上午|下午|中午|晚间|晚上|深夜|凌晨|早上|早些时候|稍早|稍晚|当天)?(?:则|也|亦|还|再度|再次|随即|曾)?"
    r"(?:(?:在|于|对|接受|出席|透过|通过|发表|发布|会见|会晤|与|同|和)[^，。,；;“”「」]{1,14}?(?:时|后)?)?"
    r"(?:表示|表态|说(?![明服法])|称|指出|强调|透露|宣布|告诉|声称|写道|回应|证实|否认|发文)(?!的)")


def said_on(sentence: str, published: dt.date) -> str | None:
    """The day a weekday beside the sentence's verb of saying names: the last such weekday on or
    before publication (Friday's story saying "on Thursday" means the day before). None when the
    sentence names none, names it in a clause a day is counted from ("Since Zelensky said on
    Monday …") or of a day to come (預計週四宣布), or names two different days (Responding to what
    Zelensky said on Tuesday, Peskov said on Thursday): which one is the saying is left unsaid."""
    folded = fold(sentence)
    days = set()
    for pattern in _ENGLISH:
        for match in pattern.finditer(folded):
            if not _in_since_clause(folded, match.start()):
                days.add(WEEKDAYS.index(match["day"]))
    for match in _CHINESE.finditer(folded):
        if not TO_COME.search(folded[:match.start()]) and not _in_since_clause(folded, match.start()):
            days.add(CHINESE_WEEKDAYS[match["zh"]])
    if len(days) != 1:
        return None
    day = weekday_before(days.pop(), published)
    # the weekday after publication's: six days back, or the next day in another time zone (a US
    # stamp on Kyiv's Friday)? Left unsaid.
    return None if (published - day).days == 6 else day.isoformat()


def counted_from(text: str, date: DateRef) -> bool:
    """Whether a date is the day a clause counts from: "since Jan. 16", 自（從）1月16日…以來. It is
    when something began, not the day the sentence's words were said or done."""
    before = fold(text[max(0, date.start - 60):date.start])
    since = _SINCE_EN.search(before)
    if since and (since["clause"] in ("", " the") or _since_clause(since["clause"])):  # since (the) Jan. 16 (raid)
        return True
    return bool(SINCE.search(before) and SINCE_END.match(fold(text[date.end:date.end + 60])))


# "since Jan. 16", "since early December"; "since police raided his home on Jan. 16", "since the talks
# began on Dec. 9", "since Trump and Putin met on Dec. 9": a clause with one past verb, its own. Not
# "the first talks since the war began took place … on Jan. 23" (the main clause's verb follows),
# "the largest attack since July struck Kyiv on Jan. 13" (since July is whole), nor "since the summer
# and Zelensky warned … on Jan. 14" (a time, then another clause).
_SINCE_EN = re.compile(r"\bsince(?P<clause>(?: [a-z’'.-]+){0,8}?)(?: on| in)?(?: early| late| mid-?)? ?$")
_PAST_EVENT = re.compile(r"\b(?:[a-z]+ed|began|took|came|went|was|were|met|fell|broke|left|won|struck|held|made)\b")
_TIME_WORD = re.compile(r"^ (?:the )?(?:january|february|march|april|may|june|july|august|september|october|november"
                        r"|december|spring|summer|autumn|fall|winter|then|last|early|late|\d{4})\b")


def _since_clause(clause: str) -> bool:
    return len(_PAST_EVENT.findall(clause)) == 1 and not _TIME_WORD.match(clause)


def _in_since_clause(folded: str, start: int) -> bool:
    clause = re.split(r"[,，;；:：]", folded[:start])[-1]
    return bool(re.search(r"\bsince\b|自从", clause))
