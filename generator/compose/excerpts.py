"""Excerpts: whole sentences of one source paragraph, the date they are filed under, and the
evidence that put them on a topic."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from ..annotate.dates import BACKGROUND  # dates further back than this are background, not the event
from ..annotate.dates.said import counted_from, said_on
from ..model import AnnotatedParagraph, Attribution, speaker_word
from ..normalize import fold

AHEAD = dt.timedelta(days=1)
GAP = " …… "


def join(ap: AnnotatedParagraph, indexes: list[int], last: bool = False) -> str:
    """The sentences at `indexes`, joined with " …… " where sentences in between are left out, and
    … after the end of the story's `last` paragraph when the page cut it off (see _cut_short)."""
    runs: list[list[int]] = []  # consecutive sentences, quoted as the paragraph spaces them ("specifics. He")
    for index in sorted(set(indexes)):
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    text = ap.paragraph.text
    quoted = GAP.join(text[ap.sentences[run[0]][0]:ap.sentences[run[-1]][1]].strip() for run in runs)
    return quoted + ("…" if last and runs and _cut_short(ap, runs[-1][-1]) else "")


def with_what_it_answers(ap: AnnotatedParagraph, indexes: list[int]) -> list[int]:
    """The sentences at `indexes`, and the one before any of them that opens with a contrast
    (然而，他似乎對領土讓步保持開放態度; "But the Kremlin rejected it"): quoted without what it
    answers (澤連斯基未接受這一點), a contrast reads as its opposite."""
    found = set(indexes)
    for i in indexes:
        if i > 0 and i - 1 not in found and _CONTRAST.match(fold(ap.sentence_text(i))):
            found.add(i - 1)
    return sorted(found)


_CONTRAST = re.compile(r"\W*(?:然而|但是?(?![愿願])|不过|可是|however,|(?:but|nevertheless|nonetheless)\b|yet\b(?! (?:another|again|more)\b))")


def _cut_short(ap: AnnotatedParagraph, index: int) -> bool:
    """Whether sentence `index` ends a paragraph the page cut off mid-sentence (…澤倫斯基必): quoted,
    it shows … so that no reader takes the fragment for the whole of what was said. Asked of the
    story's last paragraph only: higher up, a line with no sentence end is a heading, a headline
    or a caption, not a cut; a lead-in's colon announces what follows."""
    text = ap.paragraph.text.rstrip()
    return (ap.sentences[index][1] >= len(text) and ap.paragraph.kind == "text"
            and not _ENDED.search(text) and not text.endswith((":", "：")))


def attributed(ap: AnnotatedParagraph, attribution: Attribution, last: bool = False) -> str:
    """What a page quotes for a speaker: the attributed clause of the sentence, with … where the
    sentence goes on before or after it (the analysis around it, another speaker's words) or the
    page cut off the story's `last` paragraph in it."""
    if attribution.start < 0:
        return ap.sentence_text(attribution.sentence)
    text = ap.paragraph.text
    s_start, s_end = ap.sentences[attribution.sentence]
    body = text[attribution.start:attribution.end].strip()
    lead = "…" if text[s_start:attribution.start].strip() else ""
    if text[attribution.end:s_end].strip() or (last and _cut_short(ap, attribution.sentence)):
        return lead + body.rstrip("，,；;：:、 —") + "…"
    return lead + body


# How a paragraph ends when the page was not cut off mid-sentence.
_ENDED = re.compile(r"[.。!?！？…”」』\"'’)）\]]\s*$")


def cut_off(ap: AnnotatedParagraph, attribution: Attribution) -> bool:
    """Whether a speaker's verb is the last words of a paragraph the page cut off mid-sentence
    ("The Kremlin signaled it"): what they said is not there to quote. A quotation before the
    verb ("“…,” Peskov said") is what they said, cut or not."""
    text = ap.paragraph.text
    s_start, s_end = ap.sentences[attribution.sentence]
    if s_end < len(text.rstrip()) or _ENDED.search(text):
        return False
    cue = text.find(attribution.cue, max(s_start, attribution.start))
    if cue < 0 or re.search(r"[”」』\"]", text[s_start:cue]):
        return False
    rest = text[cue + len(attribution.cue):s_end]
    return len(re.findall(r"[A-Za-z]+|[\u3400-\u9fff]", rest)) < 4


def event_date(ap: AnnotatedParagraph, indexes: list[int], reported: str | None, reports_from: str | None = None,
               default: str | None = None) -> str | None:
    """The day the quoted sentences were said or done: their first full date (佩斯科夫16日表示), else a
    weekday beside their verb of saying (dates.said_on: "said on Thursday", 週二表示), else the first of
    the paragraph's other sentences: those before (普丁12日會見特使。他表示…), those the quote leaves
    out between its own, then one after, each when it speaks of the words or their speaker (…。他是在
    15日的記者會上作上述表示), else the day
    a repost reports from (`reports_from`: dates.story_day), else `default` (the day the story's lede
    tells: lede_day), else `reported`: the dateline's day (中央社布魯塞爾17日電, published on the 18th),
    else the publication date. A weekday counts back from `reported`.
    Not such a day: one a clause counts from (since Jan. 16, 自1月16日以來); one long before
    `reported` (background: 自從2022年2月24日…); one after it (what was scheduled: the talks set
    for 1 February; a report is never dated after it was published, a day's leeway for time zones)."""
    earliest = (dt.date.fromisoformat(reported) - BACKGROUND).isoformat() if reported else ""
    latest = (dt.date.fromisoformat(reported) + AHEAD).isoformat() if reported else "9999"
    # a repost's stamp is no day to count a weekday back from
    anchor = dt.date.fromisoformat(reported) if reported and not reports_from else None
    text = ap.paragraph.text
    quotations = [m.span() for m in _QUOTATION.finditer(text)]
    # a day inside quotation marks is what the words speak of ("…decisions discussed yesterday," he
    # wrote), not when they were said; but their "today" is (「今天（11日），我們…」)
    dated = [d for d in ap.dates if len(d.date) == 10 and earliest <= d.date <= latest and not counted_from(text, d)
             and (not any(a < d.start < b for a, b in quotations) or _TODAY.search(fold(text[max(0, d.start - 6):d.end])))]

    def said(i: int) -> str | None:
        return said_on(ap.sentence_text(i), anchor) if anchor else None

    def written(i: int) -> str | None:
        return next((d.date for d in dated if ap.sentence_of(d.start) == i), None)

    quoted = sorted(set(indexes))
    first, last = (quoted[0], quoted[-1]) if quoted else (0, -1)
    speakers = {a.entity for a in ap.attributions if a.sentence in quoted}

    def goes_on(i: int) -> bool:  # a later sentence about the same words or speaker
        return bool(_GOES_ON.match(folded := fold(ap.sentence_text(i))) or _REMARKS.search(folded)
                    or any(m.entity in speakers and ap.sentence_of(m.start) == i for m in ap.mentions))

    # after the words, only a day written out and not ahead (他12日曾表示 may be a reply's, "They said on
    # Tuesday" another speaker's, "He will travel … on Jan. 17" to come)
    after = (i for i in range(last + 1, len(ap.sentences)) if goes_on(i))
    # the sentences before the words: their days; those the quote leaves out between its own: only a
    # weekday of saying, or a day of one that goes on about the speaker (not 俄軍9日空襲基輔)
    before = (d for i in range(first) if (d := written(i) or said(i)))
    between = (d for i in range(first + 1, last)
               if i not in quoted and (d := said(i) or (written(i) if goes_on(i) else None)))
    day = (next(filter(None, map(written, quoted)), None) or next(filter(None, map(said, quoted)), None)
           or next(before, None) or next(between, None)
           or next((d for i in after if (d := written(i)) and d <= (reported or "9999")), None))
    return day or reports_from or default or reported


LEDE_REACH = dt.timedelta(days=3)


def lede_day(paragraphs: tuple[AnnotatedParagraph, ...], reported: str | None,
             reports_from: str | None) -> tuple[str, frozenset[str]] | None:
    """The day a story's first paragraph tells of and who speaks in it (澤倫斯基11日透露…, published on
    the 12th), when the lede tells of one day only, a few days before the report's: the paragraphs
    that go on with one of those speakers and no date of their own are filed under it (他表示，…).
    A lede that also tells of the report's day (威科夫2日與普丁會談。佩斯科夫今天表示…) is today's
    story; one with no speaker (an analysis recalling the talks of Dec. 2) files nothing."""
    lede = next((ap for ap in paragraphs if ap.paragraph.kind == "text" and ap.sentences), None)
    speakers = frozenset(a.entity for a in lede.attributions) if lede else frozenset()
    if not speakers or not reported or reports_from:
        return None
    days = {event_date(lede, [i], reported, default=_UNTOLD) for i in range(len(lede.sentences))} - {_UNTOLD}
    earliest = (dt.date.fromisoformat(reported) - LEDE_REACH).isoformat()
    if len(days) != 1 or not earliest <= min(days) < reported:
        return None
    return days.pop(), speakers


_UNTOLD = "untold"  # event_date's default, to tell a sentence with no day of its own

_TODAY = re.compile(r"今天|今日|\btoday\b|\btonight\b")
_QUOTATION = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"")

# A later sentence that goes on about the quoted words: it opens with a pronoun (他是在15日…), or
# speaks of the remarks (這番談話是他15日…發表的, 作上述表示, "spoke at a news conference on Jan. 15"),
# or names the same speaker (澤倫斯基是在15日…). Not another's act (…。警方10日宣布逮捕一名議員).
_GOES_ON = re.compile(r"\W*(?:(?:但|而|并|且|此外|另外|同时)?[他她](?:们)?(?![国人])|(?:he|she|they)\b)")
_REMARKS = re.compile(r"上述|这番|此番|该番|\b(?:spoke|the remarks|his remarks|her remarks|the comments)\b")


def sentence_evidence(ap: AnnotatedParagraph, topic_id: str, groups: dict[str, str | None],
                      evidence_groups: tuple[str, ...]) -> dict[int, tuple[str, ...]]:
    """Sentence index -> the topic's terms and group members found in it, in text order, also a
    group member the paragraph does not name but who speaks in it (他補充: the word 他)."""
    hits = [(h.start, h.surface) for h in ap.terms if h.topic == topic_id]
    spans = [(h.start, h.end) for h in ap.terms if h.topic == topic_id]
    hits += [(m.start, m.surface) for m in ap.mentions if groups.get(m.entity) in evidence_groups
             and not any(a <= m.start and m.end <= b for a, b in spans)]  # 北約 inside 加入北約: shown once
    named = {m.entity for m in ap.mentions}
    for a in ap.attributions:
        if groups.get(a.entity) in evidence_groups and a.entity not in named:
            hits.append(speaker_word(ap.paragraph.text, ap.sentences[a.sentence], a))
    found: dict[int, dict[str, None]] = defaultdict(dict)
    for start, surface in sorted(hits):
        found[ap.sentence_of(start)][surface] = None
    return {i: tuple(surfaces) for i, surfaces in found.items()}


def evidence_of(evidence: dict[int, tuple[str, ...]], indexes: list[int]) -> tuple[str, ...]:
    if len(indexes) == 1:
        return evidence.get(indexes[0], ())  # one sentence's evidence has no repeats
    return tuple(dict.fromkeys(s for i in sorted(indexes) for s in evidence.get(i, ())))
