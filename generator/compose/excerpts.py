"""Excerpts: whole sentences of one source paragraph, the date they are filed under, and the
evidence that put them on a topic."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from ..annotate.dates import BACKGROUND  # dates further back than this are background, not the event
from ..model import AnnotatedParagraph, Attribution, DateRef, speaker_word
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


def event_date(ap: AnnotatedParagraph, indexes: list[int], published: str | None, reports_from: str | None = None) -> str | None:
    """The first full date in the quoted sentences, else in the sentences before them, else the day
    the story reports from (`reports_from`, a repost's: dates.story_day), else the publication date.
    A date after the quoted sentences is what follows (…, police announced a detention on Jan. 15),
    and a date a clause counts from (since police raided his home on Jan. 16, 自從…以來) is when
    something began: neither is the day the quoted words were said or done. Dates long before
    publication are background (自從2022年2月24日…), not the event reported; dates after it are what
    was scheduled (the talks set for 1 February): a report is never dated after it was published
    (a day's leeway for time zones)."""
    earliest = (dt.date.fromisoformat(published) - BACKGROUND).isoformat() if published else ""
    latest = (dt.date.fromisoformat(published) + AHEAD).isoformat() if published else "9999"
    dated = [d for d in ap.dates if len(d.date) == 10 and earliest <= d.date <= latest
             and not _counted_from(ap.paragraph.text, d)]
    first = min(indexes) if indexes else 0
    in_quote = [d for d in dated if ap.sentence_of(d.start) in indexes]
    if in_quote:
        return in_quote[0].date
    if published and not reports_from:  # a repost's stamp is no day to count a weekday back from
        for index in sorted(indexes):
            if day := said_on(ap.sentence_text(index), dt.date.fromisoformat(published)):
                return day
    before = [d for d in dated if ap.sentence_of(d.start) < first]
    if before:
        return before[0].date
    return reports_from or published


_DAY_ZH = r"(?:周|星期|礼拜)(?P<zh>[一二三四五六日天])"
_DAY_EN = r"(?P<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PAST_EN = (r"said|told|announced|stated|wrote|added|warned|declared|posted|insisted|confirmed|urged|described"
            r"|rejected|accused|blamed|dismissed|called|argued|stressed|responded|replied")
# A weekday that dates the verb of saying it stands beside (folded): 澤倫斯基週二表示, 周三上午在基輔聲稱,
# "said on Monday", "told reporters in Davos on Thursday", "Zelensky on Monday urged", "On Tuesday,
# Zelensky described", "Speaking to the BBC on Thursday,". Never a weekday ahead (将于周四会晤, "said he
# would meet on Thursday", "a meeting on Thursday"): that one names what was to come.
_SAID_ON = re.compile(
    rf"(?<![将会要于於在上下本这])(?<!将于){_DAY_ZH}(?:上午|下午|晚间|晚上|早些时候|稍早)?(?:在[^，。,、]{{1,10}})?"
    r"(?:表示|说|称|指出|强调|透露|宣布|告诉|声称|写道|回应|证实)"
    rf"|\b(?:{_PAST_EN})(?: (?!(?:he|she|they|it|we|i|that|this|would|will|could|should|might|may|a|an|the)\b)[a-z’'-]+)?"
    rf"(?: (?:in|at|from) [a-z’' -]{{1,25}}?)? (?:late |early )?on {_DAY_EN}\b"
    rf"|\bon {_DAY_EN.replace('en>', 'en2>')},? (?:[a-z’'.-]+ ){{0,4}}?(?:{_PAST_EN})\b"
    rf"|\bspeaking\b[^.;]{{0,40}}? on {_DAY_EN.replace('en>', 'en3>')}\b")
_WEEKDAY_INDEX = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6} | {
    d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}


def said_on(sentence: str, published: dt.date) -> str | None:
    """The day a weekday beside the sentence's verb of saying names: the last such weekday on or
    before publication (a story published on a Friday that says "on Thursday" means the day before)."""
    match = _SAID_ON.search(fold(sentence))
    if not match:
        return None
    word = next(w for w in match.group("zh", "en", "en2", "en3") if w)
    return (published - dt.timedelta(days=(published.weekday() - _WEEKDAY_INDEX[word]) % 7)).isoformat()


# A clause that counts from a day: "since …", 自從…, 自…以來/起. The day is when something began.
_SINCE = re.compile(r"(?:\bsince\b|自從|自从)[^,，;；.。:：]*$", re.IGNORECASE)
_FROM = re.compile(r"自[^,，;；.。:：]*$")
_ONWARD = re.compile(r"\s*(?:以來|以来|起)")


def _counted_from(text: str, date: DateRef) -> bool:
    before = text[max(0, date.start - 60):date.start]
    return bool(_SINCE.search(before) or (_FROM.search(before) and _ONWARD.match(text, date.end)))


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
