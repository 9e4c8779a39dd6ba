"""The phase barrier: with the whole corpus annotated, group what the sources say into claims and
place them, so that every page stays the same size whatever the corpus size:

- a topic page holds a few key points, the latest month's developments, the strongest positions
  per party and counts with links; every development sits on exactly one month archive page
  (`topics/<id>/<yyyy-mm>.md`), every position on its party's page;
- an entity page per person and body (`compose/entities.py`);
- both directions of every citation: a claim lists each source paragraph it quotes, and each
  source paragraph lists the claims (`Backlink`) that quote it.

Every excerpt is exact text of one source paragraph: whole sentences, joined with " …… " where
sentences in between are left out; a position or statement is the speaker's attributed clause,
with … where the sentence goes on before or after it (someone else's analysis, another speaker).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from itertools import islice

from ..config import BriefingConfig, Topic
from ..model import AnnotatedSource, Appearance, Backlink, Briefing, Claim, ClaimPage, Excerpt, Lexicon, TopicSection
from .claims import Shape, group
from .entities import profiles
from .material import Materials
from .pages import month_of, placed
from .select import Shown, balanced, facet, newest_first, spread

NOW = 5  # 現況: sentences of the latest month that say where things stand, the lead of a topic page
KEY_POINTS = 4
LATEST = 4  # developments of the latest month on the topic page besides 現況 and key points; the rest are one link away
ROSTER_SHOWN = 2  # latest excerpts per roster member on the topic page
POSITIONS_SHOWN = 2  # per party on the topic page
HOME_LATEST = 8


class Composer:
    def __init__(self, config: BriefingConfig, sources: tuple[AnnotatedSource, ...], lexicon: Lexicon = Lexicon(),
                 kept: dict | None = None, materials: Materials | None = None):
        self.config = config
        self.sources = sources
        self.lexicon = lexicon
        self.by_id = {s.source.id: s for s in sources}
        everyone = (*config.entities, *lexicon.provisional)
        self.groups = {e.id: e.group for e in everyone}
        self.kinds = {e.id: e.kind for e in everyone}
        self._kept = kept
        materials = materials or Materials(config, lexicon, kept)
        self.materials = [materials.of(s) for s in sources]
        self._last: dict[tuple, tuple] = kept.get("compose", {}) if kept is not None else {}
        self._now: dict[tuple, tuple] = {}
        self._similar: dict[tuple[str, str], bool] = kept.get("similar", {}) if kept is not None else {}
        self._similar_now: dict[tuple[str, str], bool] = {}

    def reuse(self, values: tuple, objects: tuple, make):
        """What `make()` made in the last build from equal `values` and the same `objects` (by
        identity: an unchanged article's excerpts are the same objects, see material.py), else a new
        one. What did not change stays the same object, which the renderer tells at a glance."""
        key = (values, tuple(map(id, objects)))
        found = self._now.get(key)
        if found is None:
            found = self._last.get(key)
            if found is None or any(a is not b for a, b in zip(found[0], objects)):  # held objects: ids not reused
                found = (objects, make())
            self._now[key] = found
        return found[1]

    def order(self, excerpt: Excerpt) -> tuple:
        """Chronological: event date, publication date, source, paragraph."""
        source = self.by_id[excerpt.source].source
        return (excerpt.date or "9999", source.published or "9999", source.id, int(excerpt.paragraph[1:]), excerpt.anchor)

    def outlet(self, source_id: str) -> str:
        return self.by_id[source_id].source.outlet or f"\x00{source_id}"

    def claims(self, excerpts: list[Excerpt], shapes: list[Shape]) -> tuple[Claim, ...]:
        """Excerpts grouped into claims, in chronological order. A claim shows the excerpt of its
        earliest source (the fullest on a tie) and cites every one: one per outlet first, then the rest.
        The same excerpts as in the last build (a party's positions, a speaker's statements that an
        edit did not touch) give the last build's claims."""
        return self.reuse(("claims",), excerpts, lambda: tuple(sorted(
            (self.reuse(("claim",), items, lambda: self._claim(items))
             for items in ([excerpts[i] for i in members] for members in group(excerpts, shapes, self._similar, self._similar_now))),
            key=lambda c: self.order(c.first))))

    def _claim(self, items: list[Excerpt]) -> Claim:
        first = min(items, key=lambda e: (self.by_id[e.source].source.published_sort, -len(e.text), self.order(e)))
        rest = sorted((e for e in items if e is not first), key=self.order)
        # Each outlet's first report before a second report from any: a capped list still shows them all.
        outlets, spread, again = {self.outlet(first.source)}, [], []
        for e in rest:
            (again if self.outlet(e.source) in outlets else spread).append(e)
            outlets.add(self.outlet(e.source))
        return Claim(first.anchor, (first, *spread, *again), len({self.outlet(e.source) for e in items}))

    def placed(self, claims: list[Claim], stem: str, **how) -> list[ClaimPage]:
        """`pages.placed`, keeping last build's page where its claims are the same objects."""
        return [self.reuse((page.uri, page.title, page.part, page.parts), tuple(c.excerpts for c in page.claims), lambda: page)
                for page in placed(claims, stem, **how)]

    newest_first = staticmethod(newest_first)

    def _party(self, source_id: str, paragraph: str) -> str | None:
        ap = next(p for p in self.by_id[source_id].paragraphs if p.paragraph.anchor == paragraph)
        return next((p for p in (self.config.party_of(m.entity, self.groups) for m in ap.mentions) if p), None)

    def own_words(self, excerpt: Excerpt) -> tuple[bool, bool]:
        """How directly a position is the speaker's: a named person before a body (歐洲官員, the
        Kremlin), then a quotation of their words before reported speech. Among positions as well
        corroborated, the topic page and the brief show these first."""
        quoted = any(mark in excerpt.text for mark in ("「", "“", '"', "『"))
        return self.kinds.get(excerpt.entity) == "person", quoted

    def ranked(self, developments: list[Claim], best: dict[tuple[str, str], tuple[Excerpt, int]]) -> list[Claim]:
        """The most corroborated first (distinct outlets), then the best evidenced, then the newest."""
        def strength(c: Claim) -> tuple:
            return (c.outlets, best[(c.first.source, c.first.paragraph)][1])

        ranked = sorted(developments, key=lambda c: self.order(c.first))
        ranked.sort(key=lambda c: c.first.date or "", reverse=True)
        ranked.sort(key=strength, reverse=True)
        return ranked

    def points(self, prefix: str, topic: Topic, chosen: list[Claim], best: dict[tuple[str, str], tuple[Excerpt, int]]) -> tuple[Claim, ...]:
        """Chosen developments as the topic page shows them: each source paragraph's best-evidenced
        sentence, held on the topic page, linked to the development (all citations)."""
        uri = f"topics/{topic.id}.md"
        return tuple(Claim(f"{prefix}-{c.first.source}-{c.first.paragraph}", tuple(best[(e.source, e.paragraph)][0] for e in c.excerpts),
                           c.outlets, uri, (c.page, c.anchor)) for c in chosen)

    def _party_of(self, claim: Claim) -> str | None:
        return self._party(claim.first.source, claim.first.paragraph)

    def now(self, topic: Topic, developments: list[Claim], best, latest_month: str | None) -> tuple[Claim, ...]:
        """現況: at most NOW claims of the latest month, the most corroborated first, one per facet (a
        party's move, a proposal, a disagreement) and per source before a second; each shown as its
        best-evidenced sentence."""
        month = [c for c in developments if month_of(c) == latest_month]
        facet_of = lambda c: facet(best[(c.first.source, c.first.paragraph)][0].text, self._party_of(c))  # noqa: E731
        return self.points("now", topic, spread(self.ranked(month, best), NOW, facet_of), best)

    def key_points(self, topic: Topic, developments: list[Claim], best: dict[tuple[str, str], tuple[Excerpt, int]],
                   skip: set = frozenset()) -> tuple[Claim, ...]:
        """At most KEY_POINTS claims not in `skip` (what 現況 shows), ranked as `ranked`, spread over
        parties and sources; newest first."""
        ranked = [c for c in self.ranked(developments, best) if (c.page, c.anchor) not in skip]
        points = self.points("key", topic, spread(ranked, KEY_POINTS, self._party_of), best)
        return tuple(sorted(points, key=lambda c: self.order(c.first), reverse=True))

    def topic(self, number: int, topic: Topic) -> TopicSection:
        excerpts, shapes, best, people = [], [], {}, Counter()
        positions_found = [([], []) for _ in self.config.parties]
        roster_found: dict[str, list[Excerpt]] = defaultdict(list)
        for material in self.materials:
            mine = material.topics[number]
            excerpts += mine.developments
            shapes += mine.shapes
            best.update(mine.best)
            for person, count in mine.people:
                people[person] += count
            for (found, found_shapes), (theirs, their_shapes) in zip(positions_found, mine.positions):
                found += theirs
                found_shapes += their_shapes
            for member, excerpt in mine.roster:
                roster_found[member].append(excerpt)

        months = self.placed(self.claims(excerpts, shapes), f"topics/{topic.id}")
        developments = [c for page in months for c in page.claims]
        latest_month = max((month_of(c) for c in developments), default=None)
        now = self.now(topic, developments, best, latest_month)
        key_points = self.key_points(topic, developments, best, {c.archived for c in now})
        above = {c.archived for c in (*now, *key_points)}
        rest = [c for c in self.newest_first(c for c in developments if month_of(c) == latest_month) if (c.page, c.anchor) not in above]
        latest = rest[:LATEST]
        shown = Shown()
        for claim in (*now, *key_points, *latest):
            shown.add(claim)

        positions, position_pages = [], []
        for party, (found, found_shapes) in zip(self.config.parties, positions_found):
            pages = self.placed(self.claims(found, found_shapes), f"topics/{topic.id}/positions",
                                key_of=lambda c: party.id, keys=[party.id]) if found else []
            position_pages += pages
            strongest = self.newest_first(c for page in pages for c in page.claims)
            strongest.sort(key=lambda c: (c.outlets, self.own_words(c.first)), reverse=True)
            positions.append((party.id, tuple(strongest)))
        positions_shown = []
        for party, strongest in positions:  # a sentence quoted above is not quoted again as a position
            fresh = tuple(islice((c for c in strongest if not shown.repeats(c)), POSITIONS_SHOWN))
            for claim in fresh:
                shown.add(claim)
            positions_shown.append((party, fresh))

        roster = []
        if topic.roster:
            for member in (e.id for e in self.config.entities if e.group == topic.roster):
                # newest last, an undated excerpt before every dated one: undated is no latest news
                found = sorted(roster_found.get(member, ()), key=lambda e: (e.date is not None, self.order(e)))
                fresh = [e for e in found if not shown.quotes(e)]
                roster.append((member, tuple(fresh[-ROSTER_SHOWN:][::-1]), len(found)))

        cited = {e.source for c in developments for e in c.excerpts}
        return TopicSection(
            topic=topic.id,
            key_points=key_points,
            latest=tuple(latest),
            latest_month=latest_month,
            months=tuple(months),
            positions=tuple(positions),
            position_pages=tuple(position_pages),
            roster=tuple(roster),
            people=tuple(sorted(people.items(), key=lambda x: (-x[1], x[0]))),
            sources=tuple(s.source.id for s in self.sources if s.source.id in cited),
            now=now,
            latest_rest=len(rest),
            positions_shown=tuple(positions_shown),
        )

    def compose(self) -> Briefing:
        topics = tuple(self.topic(n, t) for n, t in enumerate(self.config.topics))
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
            # One Backlink per claim, the last build's for the same claim: source pages compare theirs by identity.
            link = self.reuse(("cite", topic, section, *more.items()), (claim,), lambda: Backlink(
                claim.page, claim.anchor, topic, section, claim.outlets, claim.first.date, **more))
            for excerpt in claim.excerpts:
                cited_in[(excerpt.source, excerpt.paragraph)].append(link)

        for section in topics:
            for claim in section.now:
                cite(claim, section.topic, "now")
            for claim in section.key_points:
                cite(claim, section.topic, "key-points")
            for claim in section.developments:
                cite(claim, section.topic, "developments")
            for party, claims in section.positions:
                for claim in claims:
                    cite(claim, section.topic, "positions", party=party)
            for entity, excerpts, _ in section.roster:
                for excerpt in excerpts:
                    cited_in[(excerpt.source, excerpt.paragraph)].append(self.reuse(
                        ("roster", section.topic, entity), (excerpt,),
                        lambda: Backlink(f"topics/{section.topic}.md", excerpt.anchor, section.topic, "roster", 1, excerpt.date, entity=entity)))
        for entity, profile in entity_profiles.items():
            for claim in profile.statements:
                cite(claim, None, "statements", entity=entity)

        # The home page's topic cards quote each topic's first 現況 no card before quotes; its latest
        # list quotes none of those.
        cards, on_cards = {}, Shown()
        for section in topics:
            if card := next((c for c in section.now if not on_cards.repeats(c)), None):
                cards[section.topic] = card
                on_cards.add(card)
        latest = balanced([list(section.developments) for section in topics], HOME_LATEST, cards.values())
        # the days the reports cover: a repost's are the days it reports from, not its stamp
        dates = sorted(day for s in self.sources if (day := s.reports_from or s.source.published))
        if self._kept is not None:
            self._kept["compose"], self._kept["similar"] = self._now, self._similar_now
        return Briefing(
            sources=self.sources,
            topics=topics,
            cited_in={k: tuple(v) for k, v in cited_in.items()},
            appearances=self.appearances(),
            date_range=(dates[0], dates[-1]) if dates else None,
            lexicon=self.lexicon,
            profiles=entity_profiles,
            latest=tuple(latest),
            cards=cards,
        )

    def appearances(self) -> dict[str, tuple[Appearance, ...]]:
        found: dict[str, list[Appearance]] = defaultdict(list)
        for material in self.materials:  # the headline names people too
            for entity, appearance in material.appearances:
                found[entity].append(appearance)
        return {k: tuple(v) for k, v in found.items()}


def compose(config: BriefingConfig, sources: tuple[AnnotatedSource, ...], lexicon: Lexicon = Lexicon(),
            kept: dict | None = None, materials: Materials | None = None) -> Briefing:
    """`materials`: what the sources give, some made already (the pipeline makes them while the
    pool annotates the rest)."""
    return Composer(config, sources, lexicon, kept, materials).compose()
