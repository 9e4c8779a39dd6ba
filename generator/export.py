"""The annotated corpus as JSON, schema `briefing/1` (a contract: keys may be added, never renamed
or removed without a new schema version). No run timestamps, so the output is reproducible."""

from __future__ import annotations

import json

from .config import BriefingConfig
from .model import Briefing

SCHEMA = "briefing/1"


def _learned(briefing: Briefing, entity_id: str) -> list[dict]:
    """The spellings the corpus taught for an entity, each where it was first learned."""
    first = {}
    for n in briefing.lexicon.names:
        if n.entity == entity_id:
            first.setdefault(n.surface, {"surface": n.surface, "source": n.source, "paragraph": n.paragraph, "how": n.how})
    return list(first.values())


def to_data(config: BriefingConfig, briefing: Briefing) -> dict:
    provisional = {e.id for e in briefing.lexicon.provisional}
    return {
        "schema": SCHEMA,
        "topics": [{"id": t.id, "title": t.title, "page": f"topics/{t.id}.md"} for t in config.topics],
        "entities": [
            {"id": e.id, "name_zh": e.name_zh, "name_en": e.name_en, "kind": e.kind, "group": e.group,
             "role": e.role, "aliases": list(e.aliases),
             "surfaces": sorted({a.surface for a in briefing.appearances.get(e.id, ())}),
             # Added keys: spellings learned from the corpus; a provisional person is not in briefing.yml.
             "learned": _learned(briefing, e.id), "provisional": e.id in provisional}
            for e in (*config.entities, *briefing.lexicon.provisional)
        ],
        "sources": [
            {
                "id": s.source.id, "file": s.source.file, "title": s.source.title, "outlet": s.source.outlet,
                "url": s.source.url, "published": s.source.published, "language": s.source.language,
                "page": s.source.page,
                "title_entities": [{"id": m.entity, "surface": m.surface} for m in (s.title.mentions if s.title else ())],
                "paragraphs": [
                    {
                        "anchor": ap.paragraph.anchor, "kind": ap.paragraph.kind, "text": ap.paragraph.text,
                        "topics": [{"id": t.id, "terms": list(t.terms)} for t in ap.topics],
                        # Every topic term and hint found, also of topics a hint alone did not decide.
                        "terms": [{"topic": h.topic, "surface": h.surface, "hint": h.hint} for h in ap.terms],
                        "entities": [{"id": m.entity, "surface": m.surface} for m in ap.mentions],
                        "dates": [{"date": d.date, "surface": d.surface} for d in ap.dates],
                        "speakers": [{"sentence": ap.sentence_text(a.sentence), "entity": a.entity, "cue": a.cue,
                                      # Added keys: how the speaker was found; a weak link is never quoted as theirs.
                                      "how": a.how, "sure": a.sure}
                                     for a in ap.attributions],
                        "cited_in": [f"{b.page}#{b.anchor}" for b in briefing.cited_in.get((s.source.id, ap.paragraph.anchor), ())],
                    }
                    for ap in s.paragraphs
                ],
                "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in s.source.removed],
            }
            for s in briefing.sources
        ],
    }


def to_json(config: BriefingConfig, briefing: Briefing) -> str:
    return json.dumps(to_data(config, briefing), ensure_ascii=False, indent=2) + "\n"
