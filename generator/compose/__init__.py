"""The phase barrier: with the whole corpus annotated, group what the sources say into claims and
place them, so that every page stays the same size whatever the corpus size:

- a topic page holds a few key points, the latest month's developments, the strongest positions
  per party and counts with links; every development sits on exactly one month archive page
  (`topics/<id>/<yyyy-mm>.md`), every position on its party's page;
- an entity page per person and body (`compose/entities.py`);
- both directions of every citation: a claim lists each source paragraph it quotes, and each
  source paragraph lists the claims (`Backlink`) that quote it.

Every excerpt is exact text of one source paragraph: whole sentences, joined with " …… " where
sentences in between are left out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from ..config import BriefingConfig, Topic
from ..model import AnnotatedParagraph, AnnotatedSource, Appearance, Backlink, Briefing, Claim, Excerpt, Lexicon, TopicSection
from .claims import Shape, group, shape
from .entities import profiles
from .excerpts import evidence_of, event_date, join, sentence_evidence
from .pages import month_of, placed

KEY_POINTS = 8
LATEST = 12  # developments of the latest month on the topic page; the rest are one link away
ROSTER_SHOWN = 3  # latest excerpts per roster member on the topic page
HOME_LATEST = 8


def _shape(ap: AnnotatedParagraph, indexes: tuple[int, ...]) -> Shape:
    return shape(ap, list(indexes))


def _event_date(ap: AnnotatedParagraph, indexes: tuple[int, ...], published: str | None) -> str | None:
    return event_date(ap, list(indexes), published)


class Composer:
    def __init__(self, config: BriefingConfig, sources: tuple[AnnotatedSource, ...], lexicon: Lexicon = Lexicon(),
                 kept: dict | None = None):
        self.config = config
        self.sources = sources
        self.lexicon = lexicon
        self.by_id = {s.source.id: s for s in sources}
        everyone = (*config.entities, *lexicon.provisional)
        self.groups = {e.id: e.group for e in everyone}
        self.kinds = {e.id: e.kind for e in everyone}
        # Shapes and event dates, once per paragraph and sentence set: topics, positions and entity
        # statements quote the same sentences. `kept` carries them to the next build (mkdocs serve),
        # where a paragraph of an unchanged article is the same object (the cache's memory).
        self._kept = kept
        self._last: dict[tuple, tuple] = kept.get("compose", {}) if kept is not None else {}
        self._now: dict[tuple, tuple] = {}

    def _once(self, compute, ap: AnnotatedParagraph, *args):
        key = (compute, id(ap), *args)
        found = self._now.get(key)
        if found is None:
            found = self._last.get(key)
            if found is None or found[0] is not ap:  # the paragraph held in the entry: its id is not reused
                found = (ap, compute(ap, *args))
            self._now[key] = found
        return found[1]

    def shape(self, ap: AnnotatedParagraph, indexes: list[int]) -> Shape:
        return self._once(_shape, ap, tuple(sorted(set(indexes))))

    def date(self, ap: AnnotatedParagraph, indexes: list[int], published: str | None) -> str | None:
        return self._once(_event_date, ap, tuple(indexes), published)

    def order(self, excerpt: Excerpt) -> tuple:
        """Chronological: event date, publication date, source, paragraph."""
        source = self.by_id[excerpt.source].source
        return (excerpt.date or "9999", source.published or "9999", source.id, int(excerpt.paragraph[1:]), excerpt.anchor)

    def outlet(self, source_id: str) -> str:
        return self.by_id[source_id].source.outlet or f"\x00{source_id}"

    def claims(self, excerpts: list[Excerpt], shapes: list[Shape]) -> list[Claim]:
        """Excerpts grouped into claims, in chronological order. A claim shows the excerpt of its
        earliest source (the fullest on a tie) and cites every one: one per outlet first, then the rest."""
        found = []
        for members in group(excerpts, shapes):
            items = [excerpts[i] for i in members]
            first = min(items, key=lambda e: (self.by_id[e.source].source.published_sort, -len(e.text), self.order(e)))
            rest = sorted((e for e in items if e is not first), key=self.order)
            # Each outlet's first report before a second report from any: a capped list still shows them all.
            outlets, spread, again = {self.outlet(first.source)}, [], []
            for e in rest:
                (again if self.outlet(e.source) in outlets else spread).append(e)
                outlets.add(self.outlet(e.source))
            rest = spread + again
            found.append(Claim(first.anchor, (first, *rest), len({self.outlet(e.source) for e in items})))
        return sorted(found, key=lambda c: self.order(c.first))

    def _paragraphs(self, topic: Topic):
        for source in self.sources:
            for ap in source.paragraphs:
                if ap.paragraph.kind == "text" and any(t.id == topic.id for t in ap.topics):
                    yield source, ap

    @staticmethod
    def newest_first(claims) -> list[Claim]:
        return sorted(claims, key=lambda c: (c.first.date or "", c.first.source, int(c.first.paragraph[1:])), reverse=True)

    def _party(self, source_id: str, paragraph: str) -> str | None:
        ap = next(p for p in self.by_id[source_id].paragraphs if p.paragraph.anchor == paragraph)
        return next((p for p in (self.config.party_of(m.entity) for m in ap.mentions) if p), None)

    def key_points(self, topic: Topic, developments: list[Claim], best: dict[tuple[str, str], tuple[Excerpt, int]]) -> tuple[Claim, ...]:
        """At most KEY_POINTS claims: the most corroborated first (distinct outlets), then the best
        evidenced, then the newest; the first rounds take one per party and per source for spread."""
        def strength(c: Claim) -> tuple:
            return (c.outlets, best[(c.first.source, c.first.paragraph)][1])

        ranked = sorted(developments, key=lambda c: self.order(c.first))
        ranked.sort(key=lambda c: c.first.date or "", reverse=True)
        ranked.sort(key=strength, reverse=True)
        chosen: list[Claim] = []
        parties: set[str | None] = set()
        used: set[str] = set()
        for round_ in (0, 1, 2):
            for claim in ranked:
                if len(chosen) >= KEY_POINTS:
                    break
                party = self._party(claim.first.source, claim.first.paragraph)
                if claim in chosen or (round_ < 2 and claim.first.source in used) or (round_ == 0 and party in parties):
                    continue
                chosen.append(claim)
                parties.add(party)
                used.add(claim.first.source)
        uri = f"topics/{topic.id}.md"
        points = [Claim(f"key-{c.first.source}-{c.first.paragraph}", tuple(best[(e.source, e.paragraph)][0] for e in c.excerpts),
                        c.outlets, uri, (c.page, c.anchor)) for c in chosen]
        return tuple(sorted(points, key=lambda c: self.order(c.first)))

    def topic(self, topic: Topic) -> TopicSection:
        evidence_groups = (*topic.groups, *topic.hint_groups)
        excerpts, shapes, best, evidence_of_paragraph = [], [], {}, {}
        people: dict[str, set[tuple[str, str]]] = defaultdict(set)
        paragraphs = list(self._paragraphs(topic))
        for source, ap in paragraphs:
            sid, anchor, published = source.source.id, ap.paragraph.anchor, source.source.published
            evidence = sentence_evidence(ap, topic.id, self.groups, evidence_groups)
            evidence_of_paragraph[(sid, anchor)] = evidence
            indexes = sorted(evidence)[:3]
            excerpts.append(Excerpt(
                anchor=f"dev-{sid}-{anchor}", topic=topic.id, section="developments", source=sid, paragraph=anchor,
                text=join(ap, indexes), date=self.date(ap, indexes, published), evidence=evidence_of(evidence, indexes),
            ))
            shapes.append(self.shape(ap, indexes))
            top = max(evidence, key=lambda i: (len(evidence[i]), -i))
            best[(sid, anchor)] = (Excerpt(
                anchor=f"key-{sid}-{anchor}", topic=topic.id, section="key-points", source=sid, paragraph=anchor,
                text=ap.sentence_text(top), date=self.date(ap, [top], published), evidence=evidence_of(evidence, [top]),
            ), len(set().union(*evidence.values())))
            for mention in ap.mentions:
                if self.kinds[mention.entity] == "person":
                    people[mention.entity].add((sid, anchor))

        months = placed(self.claims(excerpts, shapes), f"topics/{topic.id}")
        developments = [c for page in months for c in page.claims]
        latest_month = max((month_of(c) for c in developments), default=None)
        latest = self.newest_first(c for c in developments if month_of(c) == latest_month)[:LATEST]

        positions, position_pages = [], []
        for party in self.config.parties:
            found, found_shapes = [], []
            for source, ap in paragraphs:
                sid, anchor = source.source.id, ap.paragraph.anchor
                evidence = evidence_of_paragraph[(sid, anchor)]
                for attribution in ap.attributions:
                    anchor_id = f"pos-{party.id}-{sid}-{anchor}-s{attribution.sentence + 1}"
                    if found and found[-1].anchor == anchor_id:
                        continue  # two speakers of one party in one sentence (克里姆林宮 + 佩斯科夫): one position
                    if self.groups.get(attribution.entity) in party.groups and attribution.sentence in evidence:
                        found.append(Excerpt(
                            anchor=f"pos-{party.id}-{sid}-{anchor}-s{attribution.sentence + 1}", topic=topic.id,
                            section="positions", source=sid, paragraph=anchor, text=ap.sentence_text(attribution.sentence),
                            date=self.date(ap, [attribution.sentence], source.source.published),
                            evidence=evidence[attribution.sentence], party=party.id, entity=attribution.entity,
                        ))
                        found_shapes.append(self.shape(ap, [attribution.sentence]))
            pages = placed(self.claims(found, found_shapes), f"topics/{topic.id}/positions",
                           key_of=lambda c: party.id, keys=[party.id]) if found else []
            position_pages += pages
            held = [c for page in pages for c in page.claims]
            strongest = self.newest_first(held)
            strongest.sort(key=lambda c: c.outlets, reverse=True)
            positions.append((party.id, tuple(strongest)))

        roster = []
        if topic.roster:
            members = [e.id for e in self.config.entities if e.group == topic.roster]
            found_by: dict[str, list[Excerpt]] = {m: [] for m in members}
            for source in self.sources:
                for ap in source.paragraphs:
                    if ap.paragraph.kind != "text":
                        continue
                    sid, anchor = source.source.id, ap.paragraph.anchor
                    for member in dict.fromkeys(m.entity for m in ap.mentions if m.entity in found_by):
                        indexes = sorted({ap.sentence_of(m.start) for m in ap.mentions if m.entity == member})[:2]
                        found_by[member].append(Excerpt(
                            anchor=f"roster-{member}-{sid}-{anchor}", topic=topic.id, section="roster", source=sid,
                            paragraph=anchor, text=join(ap, indexes), date=self.date(ap, indexes, source.source.published),
                            evidence=tuple(dict.fromkeys(m.surface for m in ap.mentions
                                                         if m.entity == member and ap.sentence_of(m.start) in indexes)),
                            entity=member,
                        ))
            for member in members:
                found = sorted(found_by[member], key=self.order)
                roster.append((member, tuple(found[-ROSTER_SHOWN:][::-1]), len(found)))

        cited = {e.source for c in developments for e in c.excerpts}
        return TopicSection(
            topic=topic.id,
            key_points=self.key_points(topic, developments, best),
            latest=tuple(latest),
            latest_month=latest_month,
            months=tuple(months),
            positions=tuple(positions),
            position_pages=tuple(position_pages),
            roster=tuple(roster),
            people=tuple(sorted(((e, len(p)) for e, p in people.items()), key=lambda x: (-x[1], x[0]))),
            sources=tuple(s.source.id for s in self.sources if s.source.id in cited),
        )

    def compose(self) -> Briefing:
        topics = tuple(self.topic(t) for t in self.config.topics)
        entity_profiles = profiles(self)
        spoken: dict[str, list[tuple[str, str, int, str]]] = defaultdict(list)
        for section in topics:
            for party, claims in section.positions:
                counts = Counter(c.first.entity for c in claims)
                for entity, count in sorted(counts.items()):
                    spoken[entity].append((section.topic, party, count, f"topics/{section.topic}/positions/{party}.md"))
        entity_profiles = {e: replace(p, positions=tuple(spoken.get(e, ()))) for e, p in entity_profiles.items()}
        cited_in: dict[tuple[str, str], list[Backlink]] = defaultdict(list)

        def cite(claim: Claim, topic: str | None, section: str, **more) -> None:
            for excerpt in claim.excerpts:
                cited_in[(excerpt.source, excerpt.paragraph)].append(
                    Backlink(claim.page, claim.anchor, topic, section, claim.outlets, claim.first.date, **more))

        for section in topics:
            for claim in section.key_points:
                cite(claim, section.topic, "key-points")
            for claim in section.developments:
                cite(claim, section.topic, "developments")
            for party, claims in section.positions:
                for claim in claims:
                    cite(claim, section.topic, "positions", party=party)
            for entity, excerpts, _ in section.roster:
                for excerpt in excerpts:
                    cite(Claim(excerpt.anchor, (excerpt,), 1, f"topics/{section.topic}.md"), section.topic, "roster", entity=entity)
        for entity, profile in entity_profiles.items():
            for claim in profile.statements:
                cite(claim, None, "statements", entity=entity)

        latest, seen = [], set()
        for claim in self.newest_first(c for section in topics for c in section.developments):
            key = (claim.first.source, claim.first.paragraph)
            if key not in seen:
                seen.add(key)
                latest.append(claim)
        dates = sorted(s.source.published for s in self.sources if s.source.published)
        if self._kept is not None:
            self._kept["compose"] = self._now
        return Briefing(
            sources=self.sources,
            topics=topics,
            cited_in={k: tuple(v) for k, v in cited_in.items()},
            appearances=self.appearances(),
            date_range=(dates[0], dates[-1]) if dates else None,
            lexicon=self.lexicon,
            profiles=entity_profiles,
            latest=tuple(latest[:HOME_LATEST]),
        )

    def appearances(self) -> dict[str, tuple[Appearance, ...]]:
        found: dict[str, list[Appearance]] = defaultdict(list)
        for source in self.sources:
            for ap in (*((source.title,) if source.title else ()), *source.paragraphs):  # the headline names people too
                for mention in ap.mentions:
                    found[mention.entity].append(Appearance(source.source.id, ap.paragraph.anchor, mention.surface))
        return {k: tuple(v) for k, v in found.items()}


def compose(config: BriefingConfig, sources: tuple[AnnotatedSource, ...], lexicon: Lexicon = Lexicon(),
            kept: dict | None = None) -> Briefing:
    return Composer(config, sources, lexicon, kept).compose()
