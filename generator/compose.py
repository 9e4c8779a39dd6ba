"""The phase barrier: with the whole corpus annotated, choose and order the excerpts of every topic
page and build both directions of every citation (topic excerpt -> source paragraph, source
paragraph -> the excerpts quoting it), the entity index and the corpus date range.

Every excerpt is exact text of one source paragraph: whole sentences, joined with " …… " where
sentences in between are left out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from .config import BriefingConfig, Topic
from .model import AnnotatedParagraph, AnnotatedSource, Appearance, Briefing, Excerpt, Lexicon, TopicSection

KEY_POINTS = 5
BACKGROUND = dt.timedelta(days=366)
GAP = " …… "


def _join(ap: AnnotatedParagraph, indexes: list[int]) -> str:
    parts, previous = [], None
    for index in sorted(set(indexes)):
        if previous is not None and index != previous + 1:
            parts.append(GAP)
        parts.append(ap.sentence_text(index))
        previous = index
    return "".join(parts)


def _event_date(ap: AnnotatedParagraph, indexes: list[int], published: str | None) -> str | None:
    """The first full date in the quoted sentences, else in the paragraph, else the publication date.
    Dates long before publication are background (自從2022年2月24日…), not the event reported."""
    earliest = (dt.date.fromisoformat(published) - BACKGROUND).isoformat() if published else ""
    in_quote = [d for d in ap.dates if ap.sentence_of(d.start) in indexes]
    for dates in (in_quote, ap.dates):
        full = [d.date for d in dates if len(d.date) == 10 and d.date >= earliest]
        if full:
            return full[0]
    return published


class Composer:
    def __init__(self, config: BriefingConfig, sources: tuple[AnnotatedSource, ...], lexicon: Lexicon = Lexicon()):
        self.config = config
        self.sources = sources
        self.lexicon = lexicon
        self.by_id = {s.source.id: s for s in sources}
        everyone = (*config.entities, *lexicon.provisional)
        self.groups = {e.id: e.group for e in everyone}
        self.kinds = {e.id: e.kind for e in everyone}

    def _order(self, excerpt: Excerpt) -> tuple:
        source = self.by_id[excerpt.source].source
        paragraph = int(excerpt.paragraph[1:])
        return (excerpt.date or "9999", source.published or "9999", source.id, paragraph, excerpt.anchor)

    def _evidence_sentences(self, ap: AnnotatedParagraph, topic: Topic) -> dict[int, tuple[str, ...]]:
        """Sentence index -> the topic's terms and group members found in it, in text order."""
        hits = [(h.start, h.surface) for h in ap.terms if h.topic == topic.id]
        hits += [(m.start, m.surface) for m in ap.mentions if self.groups.get(m.entity) in (*topic.groups, *topic.hint_groups)]
        found: dict[int, dict[str, None]] = defaultdict(dict)
        for start, surface in sorted(hits):
            found[ap.sentence_of(start)][surface] = None
        return {i: tuple(surfaces) for i, surfaces in found.items()}

    @staticmethod
    def _evidence_of(evidence: dict[int, tuple[str, ...]], indexes: list[int]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s for i in sorted(indexes) for s in evidence.get(i, ())))

    def _paragraphs(self, topic: Topic):
        for source in self.sources:
            for ap in source.paragraphs:
                if ap.paragraph.kind == "text" and any(t.id == topic.id for t in ap.topics):
                    yield source, ap

    def topic(self, topic: Topic) -> TopicSection:
        developments, candidates = [], []
        people: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for source, ap in self._paragraphs(topic):
            sid, anchor = source.source.id, ap.paragraph.anchor
            evidence = self._evidence_sentences(ap, topic)
            indexes = sorted(evidence)[:3]
            developments.append(Excerpt(
                anchor=f"dev-{sid}-{anchor}", topic=topic.id, section="developments", source=sid, paragraph=anchor,
                text=_join(ap, indexes), date=_event_date(ap, indexes, source.source.published),
                evidence=self._evidence_of(evidence, indexes),
            ))
            best = max(evidence, key=lambda i: (len(evidence[i]), -i))
            candidates.append((len(set().union(*evidence.values())), source, ap, best, self._evidence_of(evidence, [best])))
            for mention in ap.mentions:
                if self.kinds[mention.entity] == "person":
                    people[mention.entity].add((sid, anchor))

        # Key points: the best-evidenced paragraph of each source first, then the next best.
        candidates.sort(key=lambda c: (-c[0], c[1].source.published or "", c[1].source.id, int(c[2].paragraph.anchor[1:])))
        chosen, used_sources = [], set()
        for rank in (0, 1):
            for score, source, ap, best, terms in candidates:
                if len(chosen) >= KEY_POINTS:
                    break
                key = (source.source.id, ap.paragraph.anchor)
                if (rank == 0 and source.source.id in used_sources) or key in {(c.source, c.paragraph) for c in chosen}:
                    continue
                used_sources.add(source.source.id)
                chosen.append(Excerpt(
                    anchor=f"key-{source.source.id}-{ap.paragraph.anchor}", topic=topic.id, section="key-points",
                    source=source.source.id, paragraph=ap.paragraph.anchor, text=ap.sentence_text(best),
                    date=_event_date(ap, [best], source.source.published), evidence=terms,
                ))

        positions = []
        for party in self.config.parties:
            found = []
            for source, ap in self._paragraphs(topic):
                evidence = self._evidence_sentences(ap, topic)
                for attribution in ap.attributions:
                    if self.groups.get(attribution.entity) in party.groups and attribution.sentence in evidence:
                        sid, anchor = source.source.id, ap.paragraph.anchor
                        found.append(Excerpt(
                            anchor=f"pos-{party.id}-{sid}-{anchor}-s{attribution.sentence + 1}", topic=topic.id,
                            section="positions", source=sid, paragraph=anchor, text=ap.sentence_text(attribution.sentence),
                            date=_event_date(ap, [attribution.sentence], source.source.published),
                            evidence=evidence[attribution.sentence], party=party.id, entity=attribution.entity,
                        ))
            positions.append((party.id, tuple(sorted(found, key=self._order))))

        roster = []
        if topic.roster:
            for entity in (e for e in self.config.entities if e.group == topic.roster):
                found = []
                for source in self.sources:
                    for ap in source.paragraphs:
                        indexes = sorted({ap.sentence_of(m.start) for m in ap.mentions if m.entity == entity.id})
                        if ap.paragraph.kind != "text" or not indexes:
                            continue
                        sid, anchor = source.source.id, ap.paragraph.anchor
                        found.append(Excerpt(
                            anchor=f"roster-{entity.id}-{sid}-{anchor}", topic=topic.id, section="roster", source=sid,
                            paragraph=anchor, text=_join(ap, indexes[:2]), date=_event_date(ap, indexes[:2], source.source.published),
                            evidence=tuple(dict.fromkeys(m.surface for m in ap.mentions
                                                         if m.entity == entity.id and ap.sentence_of(m.start) in indexes[:2])),
                            entity=entity.id,
                        ))
                roster.append((entity.id, tuple(sorted(found, key=self._order))))

        cited = {e.source for e in developments} | {e.source for _, es in roster for e in es}
        return TopicSection(
            topic=topic.id,
            key_points=tuple(sorted(chosen, key=self._order)),
            developments=tuple(sorted(developments, key=self._order)),
            positions=tuple(positions),
            roster=tuple(roster),
            people=tuple(sorted(((e, len(p)) for e, p in people.items()), key=lambda x: (-x[1], x[0]))),
            sources=tuple(s.source.id for s in self.sources if s.source.id in cited),
        )

    def compose(self) -> Briefing:
        topics = tuple(self.topic(t) for t in self.config.topics)
        cited_in: dict[tuple[str, str], list[Excerpt]] = defaultdict(list)
        for section in topics:
            excerpts = [*section.key_points, *section.developments, *(e for _, es in section.positions for e in es),
                        *(e for _, es in section.roster for e in es)]
            for excerpt in excerpts:
                cited_in[(excerpt.source, excerpt.paragraph)].append(excerpt)
        appearances: dict[str, list[Appearance]] = defaultdict(list)
        for source in self.sources:
            for ap in (*((source.title,) if source.title else ()), *source.paragraphs):  # the headline names people too
                for mention in ap.mentions:
                    appearances[mention.entity].append(Appearance(source.source.id, ap.paragraph.anchor, mention.surface))
        dates = sorted(s.source.published for s in self.sources if s.source.published)
        return Briefing(
            sources=self.sources,
            topics=topics,
            cited_in={k: tuple(v) for k, v in cited_in.items()},
            appearances={k: tuple(v) for k, v in appearances.items()},
            date_range=(dates[0], dates[-1]) if dates else None,
            lexicon=self.lexicon,
        )


def compose(config: BriefingConfig, sources: tuple[AnnotatedSource, ...], lexicon: Lexicon = Lexicon()) -> Briefing:
    return Composer(config, sources, lexicon).compose()
