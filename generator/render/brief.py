"""What the print brief holds, bounded at any corpus size: per topic a few key points that lead with
the newest month and then cover the earlier months newest first, a few quotes per party, a timeline
of the best-corroborated developments not quoted above, and the sources all of these cite, numbered.
Each sentence is quoted once in the brief (`compose.select.Shown`)."""

from __future__ import annotations

from itertools import islice

from ..compose.pages import month_of
from ..compose.select import Shown
from ..model import Briefing, Claim

BRIEF_KEY_POINTS, BRIEF_NEWEST, BRIEF_PER_PARTY, BRIEF_TIMELINE = 4, 2, 2, 12


def key_points(now: tuple[Claim, ...], points: tuple[Claim, ...], newest: str | None) -> list[Claim]:
    """The newest month's strongest (現況, at most BRIEF_NEWEST), then one key point per earlier
    month, newest month first, then the rest of the key points; at most BRIEF_KEY_POINTS."""
    lead = list(now[:BRIEF_NEWEST])
    chosen: list[Claim] = []
    months: set[str] = set()
    for claim in points:  # key points come newest first
        if month_of(claim) != newest and month_of(claim) not in months:
            months.add(month_of(claim))
            chosen.append(claim)
    chosen.sort(key=month_of, reverse=True)
    return (lead + chosen + [c for c in points if c not in chosen])[:BRIEF_KEY_POINTS]


def brief(b: Briefing) -> dict:
    topics, shown = [], Shown()
    for section in b.topics:
        # A sentence another topic's key points quote already (one on two topics) is not quoted again.
        points = key_points(tuple(c for c in section.now if not shown.repeats(c)),
                            tuple(c for c in section.key_points if not shown.repeats(c)), section.latest_month)
        for claim in points:
            shown.add(claim)
        positions = []
        for party, claims in section.positions:
            fresh = list(islice((c for c in claims if not shown.repeats(c)), BRIEF_PER_PARTY))
            for claim in fresh:
                shown.add(claim)
            if fresh:
                positions.append((party, [c.first for c in fresh]))
        topics.append({"topic": section.topic, "key_points": [c.first for c in points], "positions": positions,
                       "quoted_above": not points and bool(section.now or section.key_points),
                       "month": section.latest_month, "count": sum(len(p.claims) for p in section.months if p.title == section.latest_month)})
    seen, timeline = set(), []
    for section in b.topics:
        for claim in section.developments:
            key = (claim.first.source, claim.first.paragraph)
            if claim.first.date and len(claim.first.date) == 10 and key not in seen and not shown.repeats(claim):
                seen.add(key)
                timeline.append(claim)
    timeline.sort(key=lambda c: (c.first.date, c.first.source, int(c.first.paragraph[1:])))
    timeline.sort(key=lambda c: (c.outlets, len(c.first.evidence)), reverse=True)
    timeline = [c.first for c in timeline[:BRIEF_TIMELINE]]
    cited = {e.source for t in topics for e in (*t["key_points"], *(x for _, xs in t["positions"] for x in xs))}
    cited |= {e.source for e in timeline}
    ordered = sorted((s.source for s in b.sources if s.source.id in cited), key=lambda s: (s.published_sort, s.id))
    newest = max((t["month"] for t in topics if t["month"]), default=None)
    return {
        "sources": ordered,
        "total": len(b.sources),
        "number": {s.id: n for n, s in enumerate(ordered, start=1)},
        "outlets": list(dict.fromkeys(s.outlet for s in ordered if s.outlet)),
        "topics": topics,
        # What changed in the newest month, per topic: how many developments (the brief's first page).
        "newest": newest,
        "changed": [(t["topic"], t["count"]) for t in topics if newest and t["month"] == newest],
        "timeline": sorted(timeline, key=lambda e: (e.date, e.source, int(e.paragraph[1:])), reverse=True),
    }
