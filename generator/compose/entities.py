"""The entity page's data: for each person and body, how often and when the sources name them, on
which topics, and what they are reported to have said, grouped into claims like a topic's
developments. Bounded: the page shows counts for everything and the newest statements only."""

from __future__ import annotations

from collections import defaultdict
from heapq import nlargest
from operator import itemgetter
from typing import TYPE_CHECKING

from ..model import Appearance, Claim, EntityProfile, Excerpt
from .material import Named

if TYPE_CHECKING:
    from . import Composer

STATEMENTS = 20  # newest statement claims on an entity page
LATEST = 10  # newest paragraphs naming the entity


def profiles(composer: "Composer") -> dict[str, EntityProfile]:
    named_in: dict[str, list[tuple[str, str, Named]]] = defaultdict(list)  # entity -> (published, source, where)
    months: dict[str, dict[str, int]] = defaultdict(dict)
    counts_of: dict[str, int] = defaultdict(int)  # entity -> paragraphs naming them
    spellings: dict[str, dict[str, None]] = defaultdict(dict)  # entity -> surfaces in order of first use
    topics: dict[str, dict[str, int]] = defaultdict(dict)
    statements: dict[str, tuple[list[Excerpt], list]] = defaultdict(lambda: ([], []))
    for annotated, material in zip(composer.sources, composer.materials):
        source = annotated.source
        # newest first, an undated source after every dated one: an undated article is no news of today;
        # a repost counts by the days it reports from (dates.story_day), not by its stamp
        published = annotated.reports_from or source.published or ""
        month = published[:7]
        for entity, named in material.named:
            named_in[entity].append((published, source.id, named))
            n = len(named.appearances)
            counts_of[entity] += n
            counts = months[entity]
            counts[month] = counts.get(month, 0) + n
            spellings[entity].update(dict.fromkeys(named.surfaces))
            counts = topics[entity]
            for topic, k in named.topics:
                counts[topic] = counts.get(topic, 0) + k
        for entity, excerpt, shape in material.statements:
            found, shapes = statements[entity]
            found.append(excerpt)
            shapes.append(shape)

    uri = "entities/{}.md"
    result = {}
    everyone = [e.id for e in (*composer.config.entities, *composer.lexicon.provisional)]
    for entity in everyone:  # a page for everyone, also who does not appear (the index and rosters link to it)
        found, shapes = statements.get(entity, ([], []))
        claims = composer.newest_first(composer.claims(found, shapes))
        held = tuple(composer.reuse((uri.format(entity),), (c,), lambda: Claim(c.anchor, c.excerpts, c.outlets, uri.format(entity)))
                     for c in claims[:STATEMENTS])
        where = named_in.get(entity, [])
        mine = topics.get(entity, {})
        result[entity] = EntityProfile(
            entity=entity,
            paragraphs=counts_of.get(entity, 0),
            sources=len(where),
            months=tuple(sorted(months.get(entity, {}).items(), key=lambda x: x[0] or "9999")),
            topics=tuple((t.id, mine[t.id]) for t in composer.config.topics if mine.get(t.id)),
            statements=held,
            statement_count=len(claims),
            latest=newest(where, {(e.source, e.paragraph) for c in held for e in c.excerpts}),
            spellings=tuple(spellings.get(entity, ())),
        )
    return result


def newest(where: list[tuple[str, str, Named]], quoted: set[tuple[str, str]] = frozenset()) -> tuple[Appearance, ...]:
    """At most LATEST paragraphs naming the entity, from the newest sources (by publication date and
    source id), one per source in each round before a second: ten mentions from ten articles say
    more than ten from one. Within a source, the paragraph latest in the article first; a paragraph
    the page quotes already (`quoted`: its statements) is left out. Sources are sorted, not every
    paragraph: an entity can be named in 100,000 at 10,000 articles."""
    sources = [[a for a in sorted(named.appearances, key=lambda a: int(a.paragraph[1:]) if a.paragraph[1:].isdigit() else 0, reverse=True)
                if (a.source, a.paragraph) not in quoted]
               for _, _, named in nlargest(2 * LATEST, where, key=itemgetter(0, 1))]
    found: list[Appearance] = []
    for round_ in range(LATEST):
        for appearances in sources:
            if round_ < len(appearances) and len(found) < LATEST:
                found.append(appearances[round_])
        if len(found) >= LATEST:
            break
    return tuple(found)
