"""Chinese date forms, matched on folded text (Simplified, half-width digits): 2025年10月14日,
10 月 14 日, 十一日, 25日, 10号, 本月3日, 上月, 去年, 上周二, 今天, 昨, 周五(1/23)."""

from __future__ import annotations

import datetime as dt
import re

from .days import (
    day_alone,
    day_in_month,
    iso,
    month_alone,
    month_day,
    month_iso,
    safe_date,
    shifted_month,
    weekday_in_week,
    years_around,
)

_S = r"\s?"  # some outlets space digits from 年月日: "10 月 14 日"
_TIME_OF_DAY = r"(?:晚间|晚上|凌晨|上午|下午|中午|早上|深夜|夜间|晚|早)?"
_YEAR_WORD = r"去年|今年|明年|前年"
_NUMERAL = "一二三四五六七八九"
# A day in numerals from 11 to 31 (十一日, 二十三日); 一日 … 十日 read as durations too often.
_NUMERAL_DAY = rf"(?:[二三]?十[{_NUMERAL}]|[二三]十|廿[{_NUMERAL}]?|卅一?)"
# 号 is a day only where it is no house, line or document number (唐宁街10号, 5号线, 1号文件).
_NOT_DAY_NUMBER_BEFORE = r"(?<![\d月年街路道巷弄楼栋座室层第编型a-z])"
_NOT_DAY_NUMBER_AFTER = r"(?![\d线门楼房令文件决码机球选站舱位台车队井床人公条口院馆区室层期版字])"
_BRACKETED = r"\s?\(\s?\d"  # a date in brackets follows
_ONE_DAY_LIST = r"(?=[、和至到~-]\d{1,2}日)"  # the 14 of 14、15日

FRAGMENTS = (
    rf"(?P<ymd>(?<!\d)(?P<y1>\d{{4}}){_S}年{_S}(?P<m1>\d{{1,2}}){_S}月{_S}(?P<d1>\d{{1,2}})(?:{_S}[日号]{_TIME_OF_DAY}|{_ONE_DAY_LIST}))",
    rf"(?P<ym>(?<!\d)(?P<y2>\d{{4}}){_S}年{_S}(?P<m2>\d{{1,2}}){_S}月(?!{_S}\d|[日号份]))",
    rf"(?P<md>(?P<rel1>{_YEAR_WORD})?(?<!\d)(?P<m3>\d{{1,2}}){_S}月{_S}(?P<d3>\d{{1,2}})(?:{_S}[日号]{_TIME_OF_DAY}|{_ONE_DAY_LIST}))",
    rf"(?P<cmd>(?P<m9>十[一二]?|[{_NUMERAL}])月(?P<d9>{_NUMERAL_DAY}|十|[{_NUMERAL}])[日号]{_TIME_OF_DAY})",
    rf"(?P<m>(?:(?P<rel2>{_YEAR_WORD})|(?<![\d年]))(?P<m4>\d{{1,2}}){_S}月(?!{_S}\d|[日号份]))",
    rf"(?P<rmd>(?P<rm1>本月|上月|下月|上个月|下个月|这个月){_S}(?P<d6>\d{{1,2}}){_S}[日号]{_TIME_OF_DAY})",
    rf"(?P<pd>(?:今|昨|明|前|本月)\({_S}(?P<d10>\d{{1,2}}){_S}\){_S}日{_TIME_OF_DAY})",  # 今（17）日, 昨(16)日
    rf"(?P<d>(?<![\d月年])(?P<d5>\d{{1,2}})(?:{_S}日{_TIME_OF_DAY}|{_ONE_DAY_LIST}))",  # 15日, and 14 in 14、15日
    rf"(?P<dh>{_NOT_DAY_NUMBER_BEFORE}(?P<d7>\d{{1,2}})号{_NOT_DAY_NUMBER_AFTER}{_TIME_OF_DAY})",
    # not 为期三十日, 停火三十日, 二十日内: a span of days
    rf"(?P<cd>(?<![{_NUMERAL}十百千万数几多第前近约逾每月期达火])(?P<d8>{_NUMERAL_DAY})日(?![内间的之期停休]){_TIME_OF_DAY})",
    rf"(?P<rmo>(?<![登飞送奔])(?:本月|上月|下月|上个月|下个月|这个月)(?![\d{_NUMERAL}十球亮光]))",
    rf"(?P<wk>(?P<wrel>上|本|下|这)个?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])(?!{_BRACKETED}))",
    # 周五(1/23): a month/day pair is a date only in brackets after a weekday (1/3 is a share).
    rf"(?P<sl>(?:周|星期)[一二三四五六日天]{_S}\({_S}(?P<sls>(?P<slm>\d{{1,2}})/(?P<sld>\d{{1,2}})){_S}\))",
    # 今天(19日), 上周二(12月2日): the date in brackets is the surface, the word before it is not
    (rf"(?P<rd>(?<![的《])(?:今天|明天|今日|明日|今晚|今晨|今早)(?!的|之|头条|新闻|[俄美印英法德亚欧非]|中国|日本|{_BRACKETED})"
     rf"|(?<!的)(?:昨天|前天|昨日|昨晚|昨夜|昨(?![天日晚夜非]))(?!{_BRACKETED}))"),  # not 乌克兰的明天, 今天的俄罗斯, 《今日印度》
    rf"(?P<y>(?<!\d)(?P<y6>\d{{4}}){_S}年(?!{_S}\d|月))",
    rf"(?P<ry>{_YEAR_WORD})",
)
GROUPS = tuple(re.match(r"\(\?P<(\w+)>", f)[1] for f in FRAGMENTS)  # one per form
SURFACES = ("sls",)  # groups that are the surface of their match rather than the whole of it
# What tells a date's tense in Chinese: 自…以来 (since), a word of intent or schedule before it, a
# verb of reporting after it (a statement is reported once made): 25日表示, 25日在白宫说.
SINCE = re.compile(r"(?:自|自从|从)$")
SINCE_END = re.compile(r"[^，。；,;]*?以来")
TO_COME = re.compile(r"(?:将|拟|定|预计|预定|计划|准备|即将|要|会|有望|最快|订)[于在从]?$")
_REPORTED = re.compile(r"(?:(?:曾|已|在[^，。；,;“”「」]{1,12}?|对[^，。；,;“”「」]{1,12}?|接受[^，。；,;“”「」]{1,12}?)?"
                       r"(?:表示|说|称|指出|宣布|透露|强调|报导|报道|发文|证实|告诉|回应|否认|受访|致电)|曾|已)")


RELATIVE_DAYS = {"今天": 0, "今日": 0, "今晚": 0, "今晨": 0, "今早": 0, "明天": 1, "明日": 1,
                 "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1, "昨": -1, "前天": -2}
RELATIVE_YEARS = {"去年": -1, "今年": 0, "明年": 1, "前年": -2}
RELATIVE_MONTHS = {"本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
RELATIVE_WEEKS = {"上": -1, "本": 0, "这": 0, "下": 1}
WEEKDAYS = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}


def numeral(text: str) -> int:
    """十一 → 11, 二十三 → 23, 廿三 → 23, 卅一 → 31, 五 → 5."""
    text = text.replace("廿", "二十").replace("卅", "三十")
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return "一二三四五六七八九".index(text) + 1
    value = ("一二三四五六七八九".index(tens) + 1 if tens else 1) * 10
    return value + ("一二三四五六七八九".index(units) + 1 if units else 0)


def tense(match: re.Match, folded: str) -> int:
    """-1 when the text tells the date as past, +1 as to come, 0 when it does not say."""
    if SINCE.search(folded[:match.start()]) and SINCE_END.match(folded, match.end()):
        return -1  # 自1月20日就职以来
    if TO_COME.search(folded[:match.start()]):
        return 1  # 将于25日访问
    return -1 if _REPORTED.match(folded, match.end()) else 0  # 25日表示


def month_and_day(g: dict) -> tuple[int, int] | None:
    """The month and day of a match that gives both and no year or relative word (3月11日, 三月十一日,
    週二(3/11)); None for any other form."""
    if g["md"] and not g["rel1"]:
        return int(g["m3"]), int(g["d3"])
    if g["cmd"]:
        return numeral(g["m9"]), numeral(g["d9"])
    if g["sl"]:
        return int(g["slm"]), int(g["sld"])
    return None


def resolve(g: dict, anchor: dt.date | None, tense: int = 0) -> str | None:
    """The value of a Chinese match (`g` its groupdict) told in `tense`; None when it is not a date
    or needs a report day that is unknown."""
    if g["ymd"]:
        return iso(safe_date(int(g["y1"]), int(g["m1"]), int(g["d1"])))
    if g["ym"]:
        return month_iso(int(g["y2"]), int(g["m2"]))
    if g["y"]:
        return g["y6"]
    if anchor is None:
        return None
    if g["md"]:
        return month_day(int(g["m3"]), int(g["d3"]), anchor, RELATIVE_YEARS.get(g["rel1"]), tense)
    if g["cmd"]:
        return month_day(numeral(g["m9"]), numeral(g["d9"]), anchor, None, tense)
    if g["m"]:
        return month_alone(int(g["m4"]), anchor, RELATIVE_YEARS.get(g["rel2"]), tense)
    if g["rmd"]:
        return day_in_month(int(g["d6"]), anchor, RELATIVE_MONTHS[g["rm1"]])
    if g["d"] or g["dh"] or g["pd"]:
        return day_alone(int(g["d5"] or g["d7"] or g["d10"]), anchor, tense)
    if g["cd"]:
        return day_alone(numeral(g["d8"]), anchor, tense)
    if g["rmo"]:
        return month_iso(*shifted_month(anchor, RELATIVE_MONTHS[g["rmo"]]))
    if g["wk"]:
        return weekday_in_week(WEEKDAYS[g["wd"]], anchor, RELATIVE_WEEKS[g["wrel"]])
    if g["sl"]:
        return month_day(int(g["slm"]), int(g["sld"]), anchor)
    if g["rd"]:
        return (anchor + dt.timedelta(days=RELATIVE_DAYS[g["rd"]])).isoformat()
    if g["ry"]:
        return str(years_around(anchor, RELATIVE_YEARS[g["ry"]])[0])
    return None
