"""Per paragraph: sentences, entity mentions, topic terms (kept as evidence), dates resolved against
the article's publication date, and who is speaking in each sentence."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .config import BriefingConfig
from .model import AnnotatedParagraph, AnnotatedSource, Attribution, DateRef, Mention, Paragraph, Source, TermHit, TopicHit
from .normalize import Folded, Matcher, fold, fold_map

OPEN_QUOTES, CLOSE_QUOTES = "「『“", "」』”"
ENDERS = "。！？!?"
# Speech and stance verbs, folded (Simplified, lower case) as the text they are matched against is.
CUES = re.compile(
    r"(表示|表态|表达|说(?![法服])|指出|强调|认为|认同|拒绝|宣称|声称|称|透露|写道|写下|证实|主张|警告|质疑|回应|宣布|提到|补充|坦言|重申|直言|呼吁|承认|否认"
    r"|希望|建议|告诉|怀疑|解读"
    r"|\bsaid\b|\bsays\b|\bwrote\b|\btold\b|\bstated\b|\bwarned\b|\bargued\b)"
)
CLAUSE_BREAK = re.compile(r"[，,；;：:]")
# Verbs of stance (folded), for topics whose hints count beside one: 歐洲主要國家不會同意.
STANCE = re.compile(r"同意|接受|反对|支持|要求|担忧|担心|不满|视为|坚持|不同调|\b(oppose[sd]?|support(s|ed)?|reject(s|ed)?|accept(s|ed)?|insist(s|ed)?|want(s|ed)?)\b")
CLAUSE = re.compile(r"[^，,；;：:。！？!?]+")
OBJECT_MARK = re.compile(r"[向对给跟]$")
BOTH = re.compile(r"(?<![首成京国])[都均皆]\S{0,2}$|\bboth\b")  # 都說, 均表示, 會後均表示, "both said"; not 首都
NEGATION = re.compile(r"(没有|没|未|并未|从未|不曾)$")  # right before a speech verb, in folded text
# A clause that opens with a pronoun before its speech verb continues the last speaker.
PRONOUN = re.compile(r"^(但|而|并|且|同时|则|也)?(他|她)(们)?(?!国|人)|^(he|she)\b|(^|\s)(he|she)$")

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NAMES = "|".join(_MONTHS)
_TIME_OF_DAY = r"(?:晚间|晚上|凌晨|上午|下午|中午|早上|深夜|夜间|晚|早)?"
# Matched on folded text (Simplified, half-width digits, lower case). Earlier alternatives win.
DATE_PATTERN = re.compile(
    rf"(?P<iso>(?<!\d)(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?!\d))"
    rf"|(?P<ymd>(?<!\d)(?P<y1>\d{{4}})年(?P<m1>\d{{1,2}})月(?P<d1>\d{{1,2}})日{_TIME_OF_DAY})"
    rf"|(?P<ym>(?<!\d)(?P<y2>\d{{4}})年(?P<m2>\d{{1,2}})月(?![\d日]))"
    rf"|(?P<md>(?P<rel1>去年|今年|明年)?(?<!\d)(?P<m3>\d{{1,2}})月(?P<d3>\d{{1,2}})(?:日{_TIME_OF_DAY}|(?=[、和至到~-]\d{{1,2}}日)))"
    rf"|(?P<m>(?:(?P<rel2>去年|今年|明年)|(?<![\d年]))(?P<m4>\d{{1,2}})月(?![\d日份]))"
    rf"|(?P<d>(?<![\d月年])(?P<d5>\d{{1,2}})(?:日{_TIME_OF_DAY}|(?=[、和至到~-]\d{{1,2}}日)))"  # 15日, and 14 in 14、15日
    rf"|(?P<rd>(?<!的)(?:今天|明天)(?!的)|(?<!的)(?:昨天|前天))"  # not 烏克蘭的明天, 今天的俄羅斯
    rf"|(?P<en>\b(?P<em>{_MONTH_NAMES})\s+(?P<ed>\d{{1,2}})(?:,\s*(?P<ey>\d{{4}}))?\b)"
    rf"|(?P<y>(?<!\d)(?P<y6>\d{{4}})年(?![\d月]))"
    # English month or year alone, only after a preposition ("in an October call", "since 2014"): "may", "march"
    # and bare numbers are too often something else. The surface is the month or year itself.
    rf"|(?P<eprep>\b(?P<prep>in|since|by|until|from|before|after|during|of|last|next|this|early|late|mid)\s+"
    rf"(?:(?:an?|the|early|late|mid)[\s-]+)?(?:(?P<em2>{_MONTH_NAMES})\b(?!\s+\d)|(?P<y7>(?:19|20)\d{{2}})\b(?![\d,.]\d)))"
)
RELATIVE_DAYS = {"今天": 0, "昨天": -1, "前天": -2, "明天": 1}
LIST_GAP = re.compile(r"\s*[、,和至到~-]\s*")  # between the days of 10月3、4日


_SENTENCE_MARKS = re.compile(r"[「『“」』”。！？!?.]")


_MAY_HOLD_DATE = re.compile(rf"\d|天|{_MONTH_NAMES}")


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans; never splits inside 「quoted speech」."""
    spans, start, depth = [], 0, 0
    for mark in _SENTENCE_MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if i < start:
            continue
        if ch in OPEN_QUOTES:
            depth += 1
            continue
        if ch in CLOSE_QUOTES:
            depth = max(0, depth - 1)
            if not (depth == 0 and i > 0 and text[i - 1] in ENDERS):
                continue  # 「……。」 closes the sentence with the quote
        elif depth or (ch == "." and not (text[i + 1 : i + 2] == " " and re.search(r"[A-Za-z]{3,}$", text[start:i]))):
            continue
        end = i + 1
        while end < len(text) and text[end] in CLOSE_QUOTES + "\"')）":
            end += 1
        spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans) or ((0, len(text)),)


# A date without a year is read as the nearest one that is at most this far ahead of publication:
# reporting looks back months but ahead only weeks ("2月12日" in a December article is the past).
FUTURE_WINDOW = dt.timedelta(days=45)


def _closest(candidates: list[dt.date], anchor: dt.date) -> dt.date | None:
    plausible = [d for d in candidates if d <= anchor + FUTURE_WINDOW] or candidates
    return min(plausible, key=lambda d: (abs((d - anchor).days), d)) if plausible else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_date(match: re.Match, published: dt.date | None) -> str | None:
    g = match.groupdict()
    if g["iso"]:
        found = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        return found.isoformat() if found else None
    if g["ymd"]:
        found = _safe_date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
        return found.isoformat() if found else None
    if g["ym"]:
        month = int(g["m2"])
        return f"{int(g['y2']):04d}-{month:02d}" if 1 <= month <= 12 else None
    if g["y"]:
        return g["y6"]
    if g["y7"]:
        return g["y7"] if g["prep"] not in ("of", "last", "next", "this") else None  # "a force of 2000"
    if published is None:
        return None
    if g["rd"]:
        return (published + dt.timedelta(days=RELATIVE_DAYS[g["rd"]])).isoformat()
    if g["em2"]:
        month = _MONTHS[g["em2"]]
        this_month = dt.date(published.year, month, 1)
        if g["prep"] == "next":
            found = this_month if month > published.month else dt.date(published.year + 1, month, 1)
        elif g["prep"] == "last":
            found = this_month if month < published.month else dt.date(published.year - 1, month, 1)
        else:
            found = _closest([dt.date(y, month, 1) for y in _years(None, published)], published)
        return f"{found.year:04d}-{month:02d}"
    if g["md"] or g["en"]:
        month = int(g["m3"]) if g["md"] else _MONTHS[g["em"]]
        day = int(g["d3"]) if g["md"] else int(g["ed"])
        if g["en"] and g["ey"]:
            found = _safe_date(int(g["ey"]), month, day)
            return found.isoformat() if found else None
        years = _years(g["rel1"], published)
        found = _closest([d for y in years if (d := _safe_date(y, month, day))], published)
        return found.isoformat() if found else None
    if g["m"]:
        month = int(g["m4"])
        if not 1 <= month <= 12:
            return None
        found = _closest([dt.date(y, month, 1) for y in _years(g["rel2"], published)], published)
        return f"{found.year:04d}-{month:02d}"
    if g["d"]:
        day = int(g["d5"])
        months = []
        for shift in (-1, 0, 1):
            index = published.year * 12 + published.month - 1 + shift
            months.append((index // 12, index % 12 + 1))
        found = _closest([d for y, m in months if (d := _safe_date(y, m, day))], published)
        return found.isoformat() if found else None
    return None


def _years(relative: str | None, published: dt.date) -> list[int]:
    if relative == "去年":
        return [published.year - 1]
    if relative == "明年":
        return [published.year + 1]
    if relative == "今年":
        return [published.year]
    return [published.year - 1, published.year, published.year + 1]


class Annotator:
    def __init__(self, config: BriefingConfig):
        self.config = config
        self.entities = Matcher((name, e.id) for e in config.entities for name in e.names)
        self.terms = Matcher([*((term, (t.id, False)) for t in config.topics for term in t.terms.all),
                              *((term, (t.id, True)) for t in config.topics for term in t.hints.all)])
        self.kind = {e.id: e.kind for e in config.entities}
        self.stance_topics = {t.id for t in config.topics if t.stance_hints}
        self.group = {e.id: e.group for e in config.entities}

    def dates(self, folded: Folded, text: str, published: dt.date | None) -> list[DateRef]:
        found = []
        if not _MAY_HOLD_DATE.search(folded.text):
            return found
        previous: tuple[str, int] | None = None  # (value, end) of the last date, for 10月3、4日
        for match in DATE_PATTERN.finditer(folded.text):
            if match.group("em2") and not text[folded.span(*match.span("em2"))[0]].isupper():
                continue  # "may", "march" in lower case are words, not months
            value = resolve_date(match, published)
            if match.group("d") and previous and len(previous[0]) == 10 and LIST_GAP.fullmatch(folded.text[previous[1]:match.start()]):
                value = _safe_date(int(previous[0][:4]), int(previous[0][5:7]), int(match.group("d5")))
                value = value.isoformat() if value else None
            if value:
                previous = (value, match.end())
                surface = "em2" if match.group("em2") else "y7" if match.group("y7") else 0
                start, end = folded.span(*match.span(surface))
                found.append(DateRef(value, text[start:end], start, end))
        return found

    def _named_in(self, named: list[Mention], start: int, end: int, text: str) -> tuple[list[Mention], list[Mention]]:
        """(possible subjects, possessors) named in text[start:end]; never an object (向川普).
        A possessor is a name before 的 or 's (德里斯科的發言人, Putin's envoy)."""
        inside = [m for m in named if start <= m.start and m.end <= end
                  and not OBJECT_MARK.search(fold(text[max(0, m.start - 1):m.start]))]
        owned = [m for m in inside if text[m.end:m.end + 1] == "的" or text[m.end:m.end + 2] in ("'s", "’s")]
        return [m for m in inside if m not in owned], owned

    def _people(self, named: list[Mention], start: int, end: int, text: str) -> list[str]:
        """Persons named in text[start:end] as subjects, in order."""
        return [m.entity for m in self._named_in(named, start, end, text)[0] if self.kind[m.entity] == "person"]

    def _subject(self, named: list[Mention], start: int, end: int, text: str, owner: bool = False) -> str | None:
        """The speaker named in text[start:end]: its first person, else its last organisation.
        With `owner`, its first possessor instead (德里斯科的發言人表示)."""
        subjects, owned = self._named_in(named, start, end, text)
        if owner:
            return owned[0].entity if owned else None
        people = [m for m in subjects if self.kind[m.entity] == "person"]
        found = people[0] if people else (subjects[-1] if subjects else None)
        return found.entity if found else None

    def attributions(self, folded: Folded, text: str, sentences, mentions: list[Mention]) -> list[Attribution]:
        """Who speaks in each sentence, for every speech verb: the subject named in the verb's
        clause; else the speaker of the sentence's previous speech verb (宣布……，並稱……); else, for
        the sentence's first verb, a possessor in the clause (德里斯科的發言人) or the sentence's
        subject ("Trump, meeting Zelensky, said"; 普丁支持……，認為……); else, for 他/she, the
        paragraph's last speaker or the person the nearest sentence before names."""
        named = [m for m in mentions if self.kind[m.entity] in ("person", "organisation")]
        # A negated verb says nothing (沒有否認); one before 的 qualifies a noun (川普聲稱的百萬人).
        cues = [c for c in CUES.finditer(folded.text)
                if not NEGATION.search(folded.text, 0, c.start()) and folded.text[c.end():c.end() + 1] != "的"]
        result: list[Attribution] = []
        last: str | None = None  # the paragraph's most recent speaker, for pronouns
        for index, (s_start, s_end) in enumerate(sentences):
            seen: list[str] = []
            bound = s_start  # end of the previous speech verb in this sentence
            for cue in cues:
                cue_start, cue_end = folded.span(cue.start(), cue.end())
                if not s_start <= cue_start < s_end:
                    continue
                clause_start = max([bound] + [bound + m.end() for m in CLAUSE_BREAK.finditer(text[bound:cue_start])])
                if BOTH.search(fold(text[clause_start:cue_start])):  # 川普與普丁都說: every person named there speaks
                    for entity in self._people(named, clause_start, cue_start, text):
                        if entity not in seen:
                            seen.append(entity)
                            result.append(Attribution(index, entity, text[cue_start:cue_end]))
                # A clause opening with 他/she is about someone named before ("He praised Witkoff and said").
                pronoun = bool(PRONOUN.search(fold(text[clause_start:cue_start]).strip()))
                speaker = None if pronoun else self._subject(named, clause_start, cue_start, text)
                if speaker is None and seen:  # what follows a speech verb is what was said, not who says it
                    speaker = seen[-1]
                if speaker is None and bound == s_start:
                    speaker = ((None if pronoun else self._subject(named, clause_start, cue_start, text, owner=True))
                               or self._subject(named, s_start, clause_start, text))
                if speaker is None and pronoun:  # the last speaker, else whom the nearest sentence before names
                    speaker = last or next((found for start, end in reversed(sentences[:index])
                                            if (found := self._subject(named, start, end, text))), None)
                if speaker is not None and speaker not in seen:
                    seen.append(speaker)
                    result.append(Attribution(index, speaker, text[cue_start:cue_end]))
                last = speaker or last
                bound = cue_end
        return result

    def paragraph(self, paragraph: Paragraph, published: dt.date | None) -> AnnotatedParagraph:
        text = paragraph.text
        folded = fold_map(text)
        mentions = [Mention(ids[0], text[s:e], s, e) for s, e, ids in self.entities.find(folded)]
        terms = []
        for s, e, values in self.terms.find(folded):
            for topic in dict.fromkeys(t for t, _ in values):
                terms.append(TermHit(topic, text[s:e], s, e, hint=(topic, False) not in values))  # a term beats a hint
        evidence: dict[str, list[tuple[int, str]]] = {}
        decided: set[str] = set()  # topics with a term or a group member, not only hints
        stance_clauses = []  # original (start, end) of clauses holding a verb of stance or speech
        if any(h.hint and h.topic in self.stance_topics for h in terms):
            stance_clauses = [folded.span(*c.span()) for c in CLAUSE.finditer(folded.text)
                              if STANCE.search(c.group()) or CUES.search(c.group())]
        for hit in terms:
            evidence.setdefault(hit.topic, []).append((hit.start, hit.surface))
            if not hit.hint or (hit.topic in self.stance_topics and any(a <= hit.start < b for a, b in stance_clauses)):
                decided.add(hit.topic)
        for topic in self.config.topics:
            for mention in mentions:
                group = self.group.get(mention.entity)
                if group in topic.groups or group in topic.hint_groups:
                    evidence.setdefault(topic.id, []).append((mention.start, mention.surface))
                    if group in topic.groups:
                        decided.add(topic.id)
        topics = tuple(TopicHit(t.id, tuple(dict.fromkeys(surface for _, surface in sorted(evidence[t.id]))))
                       for t in self.config.topics if t.id in decided)
        sentences = split_sentences(text)
        return AnnotatedParagraph(
            paragraph=paragraph,
            sentences=sentences,
            topics=topics,
            mentions=tuple(mentions),
            dates=tuple(self.dates(folded, text, published)),
            terms=tuple(terms),
            attributions=tuple(self.attributions(folded, text, sentences, mentions)),
        )

    def source(self, source: Source) -> AnnotatedSource:
        published = dt.date.fromisoformat(source.published) if source.published else None
        return AnnotatedSource(source, tuple(self.paragraph(p, published) for p in source.paragraphs))
