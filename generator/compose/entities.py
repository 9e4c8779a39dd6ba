"""The entity page's data: for each person and body, how often and when the sources name them, on
which topics, and what they are reported to have said, grouped into claims like a topic's
developments. Bounded: the page shows counts for everything and the newest statements only."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..model import TITLE, Appearance, Claim, EntityProfile, Excerpt

if TYPE_CHECKING:
    from . import Composer

STATEMENTS = 20  # newest statement claims on an entity page
LATEST = 10  # newest paragraphs naming the entity


def profiles(composer: "Composer") -> dict[str, EntityProfile]:
    paragraphs: dict[str, list[tuple[str, Appearance]]] = defaultdict(list)  # entity -> (published, appearance)
    months: dict[str, Counter] = defaultdict(Counter)
    topics: dict[str, Counter] = defaultdict(Counter)
    sources: dict[str, set[str]] = defaultdict(set)
    statements: dict[str, tuple[list[Excerpt], list]] = defaultdict(lambda: ([], []))
    for annotated in composer.sources:
        source = annotated.source
        month = (source.published or "")[:7]
        for ap in (*((annotated.title,) if annotated.title else ()), *annotated.paragraphs):
            anchor = ap.paragraph.anchor
            named = dict.fromkeys(m.entity for m in ap.mentions)
            for entity in named:
                surface = next(m.surface for m in ap.mentions if m.entity == entity)
                paragraphs[entity].append((source.published_sort, Appearance(source.id, anchor, surface)))
                months[entity][month] += 1
                sources[entity].add(source.id)
                for hit in ap.topics:
                    topics[entity][hit.id] += 1
            if anchor == TITLE or ap.paragraph.kind != "text":
                continue
            for attribution in ap.attributions:
                sentence = attribution.sentence
                found, shapes = statements[attribution.entity]
                if found and found[-1].source == source.id and found[-1].paragraph == anchor and found[-1].text == ap.sentence_text(sentence):
                    continue  # two cues in one sentence
                found.append(Excerpt(
                    anchor=f"st-{source.id}-{anchor}-s{sentence + 1}", topic="", section="statements", source=source.id,
                    paragraph=anchor, text=ap.sentence_text(sentence), date=composer.date(ap, [sentence], source.published),
                    entity=attribution.entity,
                ))
                shapes.append(composer.shape(ap, [sentence]))

    uri = "entities/{}.md"
    result = {}
    everyone = [e.id for e in (*composer.config.entities, *composer.lexicon.provisional)]
    for entity in everyone:  # a page for everyone, also who does not appear (the index and rosters link to it)
        found, shapes = statements.get(entity, ([], []))
        claims = composer.newest_first(composer.claims(found, shapes))
        held = tuple(Claim(c.anchor, c.excerpts, c.outlets, uri.format(entity)) for c in claims[:STATEMENTS])
        newest = sorted(paragraphs.get(entity, ()), key=lambda x: (x[0], x[1].source, x[1].paragraph), reverse=True)
        result[entity] = EntityProfile(
            entity=entity,
            paragraphs=len(paragraphs.get(entity, ())),
            sources=len(sources.get(entity, ())),
            months=tuple(sorted(months.get(entity, Counter()).items(), key=lambda x: x[0] or "9999")),
            topics=tuple((t.id, topics[entity][t.id]) for t in composer.config.topics if topics.get(entity, Counter())[t.id]),
            statements=held,
            statement_count=len(claims),
            latest=tuple(a for _, a in newest[:LATEST]),
        )
    return result
