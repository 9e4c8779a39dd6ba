"""What one source gives the composer: every excerpt it contributes to a topic's developments,
key points, positions and roster, its speakers' statements, and who it names where. A pure function
of the annotated source and the config, made once per source; the merge across sources
(`Composer`) only concatenates, groups and ranks. Under `mkdocs serve` an unchanged article's
material is the last build's (its annotated source is the same object), so its excerpts are the
same objects too and the claims and pages they form can be kept (`Composer.reuse`)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..config import BriefingConfig
from ..model import AnnotatedParagraph, AnnotatedSource, Appearance, Attribution, Excerpt, Lexicon
from .claims import Sentence, Shape, sentence, shape_of
from .excerpts import attributed, cut_off, event_date, evidence_of, join, lede_day, sentence_evidence, with_what_it_answers


@dataclass(frozen=True)
class TopicMaterial:
    """Parallel tuples (excerpts, their shapes), which the merge across sources extends at C speed."""

    developments: tuple[Excerpt, ...]
    shapes: tuple[Shape, ...]  # of each development
    best: dict[tuple[str, str], tuple[Excerpt, int]]  # (source, paragraph) of a development -> its best-evidenced sentence, its evidence count
    positions: tuple[tuple[tuple[Excerpt, ...], tuple[Shape, ...]], ...]  # per party, in config order
    people: tuple[tuple[str, int], ...]  # person -> paragraphs on the topic that name them
    roster: tuple[tuple[str, Excerpt], ...]  # (member, excerpt), for a topic tied to a group


@dataclass(frozen=True)
class Named:
    """An entity named in one source: where, and on which topics."""

    appearances: tuple[Appearance, ...]  # one per paragraph (and headline), its first surface
    topics: tuple[tuple[str, int], ...]  # topic id -> paragraphs
    surfaces: tuple[str, ...]  # every spelling of it here, in order of first use


@dataclass(frozen=True)
class SourceMaterial:
    topics: tuple[TopicMaterial, ...]  # in config order
    statements: tuple[tuple[str, Excerpt, Shape], ...]  # (speaker, sentence, shape)
    named: tuple[tuple[str, Named], ...]
    appearances: tuple[tuple[str, Appearance], ...]  # every mention, headline first


class Materials:
    """Material per source; `kept` carries it to the next build, keyed by the annotated source
    (the same object only when nothing it depends on changed: the cache's memory)."""

    def __init__(self, config: BriefingConfig, lexicon: Lexicon = Lexicon(), kept: dict | None = None):
        everyone = (*config.entities, *lexicon.provisional)
        self.config = config
        self.groups = {e.id: e.group for e in everyone}
        self.kinds = {e.id: e.kind for e in everyone}
        self.parties_of: dict[str, list[int]] = defaultdict(list)  # group -> the parties it belongs to, by index
        for k, party in enumerate(config.parties):
            for group_id in party.groups:
                self.parties_of[group_id].append(k)
        key = (config.model_dump_json(), lexicon)  # what material depends on besides the source
        last_key, self._last = kept.get("material", (None, {})) if kept is not None else (None, {})
        self.key = last_key if key == last_key else key  # compared once here, then by identity
        self._now: dict[int, tuple] = {}
        if kept is not None:
            kept["material"] = (self.key, self._now)

    def of(self, annotated: AnnotatedSource) -> SourceMaterial:
        found = self._now.get(id(annotated)) or self._last.get(id(annotated))
        if found is None or found[0] is not annotated or found[1] is not self.key:
            found = (annotated, self.key, _Maker(self, annotated).material())
        self._now[id(annotated)] = found
        return found[2]

    def made(self, annotated: AnnotatedSource) -> AnnotatedSource:
        """`annotated`, its material made: the pipeline makes it as each source comes off the pool."""
        self.of(annotated)
        return annotated


# Before its actor, a sentence that reports what someone did holds at most a date, a place or a
# role (「12月2日，美國特使威特科夫…」); commentary opens with a judgement or another voice
# (「值得注意的是」「整體來說，這是」「《華爾街日報》指出」「首先是」).
SUBJECT_WITHIN = 16
_COMMENTARY = re.compile(r"是|指出|認為|认为|表示|稱|称|說|说|報導|报道|據|据|值得|整體|整体|顯然|显然|可見|可见|"
                         r"\b(?:said|says|according|noted|called|is|was)\b", re.IGNORECASE)


def acts(ap: AnnotatedParagraph, member: str, kinds: dict[str, str], members: frozenset[str] = frozenset()) -> list[int]:
    """Sentences of `ap` that say what `member` did or said: they speak in it, or it opens with
    them as the actor (named first among people but their fellow `members`, 「威特科夫與庫什納抵達」;
    nobody else speaking; no commentary before them)."""
    found = []
    speakers: dict[int, set[str]] = defaultdict(set)
    for attribution in ap.attributions:
        speakers[attribution.sentence].add(attribution.entity)
    for index, (start, end) in enumerate(ap.sentences):
        mentions = sorted((m for m in ap.mentions if start <= m.start < end), key=lambda m: m.start)
        mine = next((m for m in mentions if m.entity == member), None)
        if mine is None:
            continue
        if member in speakers[index]:
            found.append(index)
            continue
        before = ap.paragraph.text[start:mine.start]
        if (speakers[index] - {member} or mine.start - start > SUBJECT_WITHIN or _COMMENTARY.search(before)
                or any(m.entity != member and m.entity not in members and kinds.get(m.entity) == "person" and m.start < mine.start
                       for m in mentions)):
            continue
        found.append(index)
    return found


class _Maker:
    def __init__(self, materials: Materials, annotated: AnnotatedSource):
        self.m, self.annotated = materials, annotated
        self.sid, self.published = annotated.source.id, annotated.source.published
        # the day the story reports from: a dateline's (中央社布魯塞爾17日電, published on the 18th), the
        # publication's, an undated article's dispatch day read in the corpus's period
        self.reported = annotated.dispatched or self.published
        self.lede = lede_day(annotated.paragraphs, self.reported, annotated.reports_from)
        self._shapes: dict[tuple, Shape] = {}  # topics, positions and statements quote the same sentences
        self._sentences: dict[tuple[int, int], Sentence] = {}
        self._topic_ids = [{t.id for t in ap.topics} for ap in annotated.paragraphs]
        self._dates: dict[tuple, str | None] = {}

    def quoted(self, n: int, ap: AnnotatedParagraph) -> list[tuple[Attribution, str, Shape]]:
        """Each attribution of `ap` with the text a page quotes for it (its clause) and its shape,
        leaving out a text that would stand for speakers of two parties: the clauses could not be
        told apart, and a reader would take one party's words for the other's."""
        found = []
        for a in ap.attributions:
            text = attributed(ap, a, self.last(n))
            span = None if a.start < 0 else (a.start, a.end)
            key = (n, "clause", a.sentence, span)
            if key not in self._shapes:
                self._shapes[key] = shape_of([sentence(ap, a.sentence, span)]) if span else self.shape(n, ap, [a.sentence])
            found.append((a, text, self._shapes[key]))
        parties: dict[str, set] = defaultdict(set)
        for a, text, _ in found:
            parties[text].add(self.m.config.party_of(a.entity, self.m.groups))
        # A speaker found through a weak link (Attribution.sure) is not quoted as theirs, nor a verb
        # the page cut off before anything was said.
        return [(a, text, shape) for a, text, shape in found
                if len(parties[text] - {None}) <= 1 and a.sure and not cut_off(ap, a)]

    def last(self, n: int) -> bool:
        """Whether paragraph `n` is the story's last, where a page cut off mid-sentence ends."""
        return n == len(self.annotated.paragraphs) - 1

    def shape(self, n: int, ap: AnnotatedParagraph, indexes: list[int]) -> Shape:
        key = (n, *sorted(set(indexes)))
        if key not in self._shapes:
            self._shapes[key] = shape_of([self._sentence(n, ap, i) for i in key[1:]])
        return self._shapes[key]

    def _sentence(self, n: int, ap: AnnotatedParagraph, index: int) -> Sentence:
        if (n, index) not in self._sentences:
            self._sentences[(n, index)] = sentence(ap, index)
        return self._sentences[(n, index)]

    def date(self, n: int, ap: AnnotatedParagraph, indexes: list[int]) -> str | None:
        key = (n, *indexes)
        if key not in self._dates:
            # the lede's day for a paragraph that goes on with one of its speakers (lede_day)
            lede = self.lede[0] if self.lede and any(a.entity in self.lede[1] for a in ap.attributions) else None
            self._dates[key] = event_date(ap, indexes, self.reported, self.annotated.reports_from, lede)
        return self._dates[key]

    def material(self) -> SourceMaterial:
        config = self.m.config
        return SourceMaterial(
            topics=tuple(self.topic(topic) for topic in config.topics),
            statements=self.statements(),
            named=self.named(),
            appearances=tuple((m.entity, Appearance(self.sid, ap.paragraph.anchor, m.surface))
                              for ap in self._with_title() for m in ap.mentions),
        )

    def _with_title(self) -> tuple[AnnotatedParagraph, ...]:
        a = self.annotated
        return (*((a.title,) if a.title else ()), *a.paragraphs)

    def topic(self, topic) -> TopicMaterial:
        sid, groups, kinds = self.sid, self.m.groups, self.m.kinds
        evidence_groups = (*topic.groups, *topic.hint_groups)
        developments, shapes, best, people = [], [], {}, Counter()
        on_topic = []
        for n, ap in enumerate(self.annotated.paragraphs):
            if topic.id not in self._topic_ids[n] or ap.paragraph.kind != "text":
                continue
            anchor = ap.paragraph.anchor
            # A paragraph on a topic by its context (topics.lead_ins, quotes_continued) holds none of
            # the evidence: it is quoted from its start (the quotation before its 烏沙科夫說, the
            # lead-in) with the evidence it continues, marked 上段/下段.
            evidence = sentence_evidence(ap, topic.id, groups, evidence_groups) or dict.fromkeys(
                range(min(3, len(ap.sentences))), next(t.terms for t in ap.topics if t.id == topic.id))
            on_topic.append((n, ap, evidence))
            indexes = sorted(evidence)[:3]
            quoted = with_what_it_answers(ap, indexes)  # dated by its own sentences, not what they answer
            developments.append(Excerpt(
                anchor=f"dev-{sid}-{anchor}", topic=topic.id, section="developments", source=sid, paragraph=anchor,
                text=join(ap, quoted, self.last(n)), date=self.date(n, ap, indexes), evidence=evidence_of(evidence, indexes),
            ))
            shapes.append(self.shape(n, ap, indexes))
            top = [max(evidence, key=lambda i: (len(evidence[i]), -i))]
            best[(sid, anchor)] = (Excerpt(
                anchor=f"key-{sid}-{anchor}", topic=topic.id, section="key-points", source=sid, paragraph=anchor,
                text=join(ap, with_what_it_answers(ap, top)), date=self.date(n, ap, top), evidence=evidence_of(evidence, top),
            ), len(set().union(*evidence.values())))
            people.update(dict.fromkeys((m.entity for m in ap.mentions if kinds[m.entity] == "person"), 1))

        parties = self.m.config.parties
        positions: list[list[tuple[Excerpt, Shape]]] = [[] for _ in parties]
        for n, ap, evidence in on_topic:
            anchor = ap.paragraph.anchor
            for attribution, text, shape in self.quoted(n, ap):
                # The topic's evidence inside the quoted clause: the speaker's words are on the topic,
                # not only the analysis around them, and the reader finds the evidence in the quote.
                shown_evidence = tuple(t for t in evidence.get(attribution.sentence, ()) if t in text)
                if not shown_evidence:
                    continue
                for k in self.m.parties_of.get(groups.get(attribution.entity), ()):
                    party, found = parties[k], positions[k]
                    anchor_id = f"pos-{party.id}-{sid}-{anchor}-s{attribution.sentence + 1}"
                    if any(e.anchor == anchor_id for e, _ in found[-4:]):
                        continue  # two speakers of one party in one sentence (克里姆林宮 + 佩斯科夫): one position
                    found.append((Excerpt(
                        anchor=anchor_id, topic=topic.id, section="positions", source=sid, paragraph=anchor,
                        text=text, date=self.date(n, ap, [attribution.sentence]),
                        evidence=shown_evidence, party=party.id, entity=attribution.entity,
                    ), shape))

        roster = []
        if topic.roster:
            members = frozenset(e.id for e in self.m.config.entities if e.group == topic.roster)
            for n, ap in enumerate(self.annotated.paragraphs):
                if ap.paragraph.kind != "text":
                    continue
                anchor = ap.paragraph.anchor
                for member in dict.fromkeys(m.entity for m in ap.mentions if m.entity in members):
                    indexes = acts(ap, member, kinds, members)[:2]
                    if not indexes:
                        continue  # named, but in commentary about them: not what they did or said
                    roster.append((member, Excerpt(
                        anchor=f"roster-{member}-{sid}-{anchor}", topic=topic.id, section="roster", source=sid,
                        paragraph=anchor, text=join(ap, indexes, self.last(n)), date=self.date(n, ap, indexes),
                        evidence=tuple(dict.fromkeys(m.surface for m in ap.mentions
                                                     if m.entity == member and ap.sentence_of(m.start) in indexes)),
                        entity=member,
                    )))
        return TopicMaterial(tuple(developments), tuple(shapes), best,
                             tuple((tuple(e for e, _ in found), tuple(s for _, s in found)) for found in positions),
                             tuple(people.items()), tuple(roster))

    def statements(self) -> tuple[tuple[str, Excerpt, Shape], ...]:
        found, last = [], {}  # last: speaker -> their latest excerpt
        for n, ap in enumerate(self.annotated.paragraphs):
            if ap.paragraph.kind != "text":
                continue
            anchor = ap.paragraph.anchor
            for attribution, text, shape in self.quoted(n, ap):
                sentence, before = attribution.sentence, last.get(attribution.entity)
                if before and before.paragraph == anchor and before.anchor.endswith(f"-s{sentence + 1}"):
                    continue  # two cues in one sentence
                excerpt = last[attribution.entity] = Excerpt(
                    anchor=f"st-{self.sid}-{anchor}-s{sentence + 1}", topic="", section="statements", source=self.sid,
                    paragraph=anchor, text=text, date=self.date(n, ap, [sentence]), entity=attribution.entity,
                )
                found.append((attribution.entity, excerpt, shape))
        return tuple(found)

    def named(self) -> tuple[tuple[str, Named], ...]:
        appearances: dict[str, list[Appearance]] = {}
        topics: dict[str, dict[str, int]] = {}
        surfaces: dict[str, dict[str, None]] = {}
        for ap in self._with_title():
            first: dict[str, str] = {}  # entity -> its first surface in the paragraph
            for m in ap.mentions:
                first.setdefault(m.entity, m.surface)
                surfaces.setdefault(m.entity, {})[m.surface] = None
            for entity, surface in first.items():
                appearances.setdefault(entity, []).append(Appearance(self.sid, ap.paragraph.anchor, surface))
                counts = topics.setdefault(entity, {})
                for hit in ap.topics:
                    counts[hit.id] = counts.get(hit.id, 0) + 1
        return tuple((e, Named(tuple(a), tuple(topics[e].items()), tuple(surfaces[e]))) for e, a in appearances.items())
