"""The entity page's data: for each person and body, how often and when the sources name them, on
which topics, and what they are reported to have said, grouped into claims like a topic's
developments. Bounded: the page shows counts for everything and the newest statements only."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..model import Appearance, Claim, EntityProfile, Excerpt

if TYPE_CHECKING:
    from . import Composer

STATEMENTS = 20  # newest statement claims on an entity page
LATEST = 10  # newest paragraphs naming the entity


def profiles(composer: "Composer") -> dict[str, EntityProfile]:
    paragraphs: dict[str, list[tuple[str, Appearance]]] = defaultdict(list)  # entity -> (published, appearance)
    months: dict[str, Counter] = defaultdict(Counter)
    topics: dict[str, Counter] = defaultdict(Counter)
    sources: Counter = Counter()
    statements: dict[str, tuple[list[Excerpt], list]] = defaultdict(lambda: ([], []))
    for annotated, material in zip(composer.sources, composer.materials):
        source = annotated.source
        month = (source.published or "")[:7]
        for entity, named in material.named:
            paragraphs[entity] += ((source.published_sort, a) for a in named.appearances)
            months[entity][month] += len(named.appearances)
            sources[entity] += 1
            topics[entity].update(dict(named.topics))
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
        newest = sorted(paragraphs.get(entity, ()), key=lambda x: (x[0], x[1].source, x[1].paragraph), reverse=True)
        result[entity] = EntityProfile(
            entity=entity,
            paragraphs=len(paragraphs.get(entity, ())),
            sources=sources[entity],
            months=tuple(sorted(months.get(entity, Counter()).items(), key=lambda x: x[0] or "9999")),
            topics=tuple((t.id, topics[entity][t.id]) for t in composer.config.topics if topics.get(entity, Counter())[t.id]),
            statements=held,
            statement_count=len(claims),
            latest=tuple(a for _, a in newest[:LATEST]),
        )
    return result
