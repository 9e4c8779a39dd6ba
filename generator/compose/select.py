"""What a page shows of what compose found, so that each thing is said once: a topic page's 現況
(where things stand in the latest month), its key points and latest developments, the positions
not quoted above them, and the home page's latest developments balanced across topics and sources.
Pure functions of claims; `Composer` calls them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from ..model import Claim, Excerpt
from ..normalize import fold

HOME_PER_SOURCE = 2  # the home page's latest developments quote one article at most this often


def spread(ranked: list[Claim], limit: int, facet_of: Callable[[Claim], str | None]) -> list[Claim]:
    """At most `limit` of `ranked` (best first): the first round takes one per facet (a party, or
    for 現況 a proposal or a disagreement) and per source, the second one per source, the third the
    rest in rank order, so a few claims cover many sides."""
    chosen: list[Claim] = []
    facets: set[str | None] = set()
    used: set[str] = set()
    for round_ in (0, 1, 2):
        for claim in ranked:
            if len(chosen) >= limit:
                return chosen
            if claim in chosen or (round_ < 2 and claim.first.source in used):
                continue
            facet = facet_of(claim)
            if round_ == 0 and facet in facets:
                continue
            chosen.append(claim)
            facets.add(facet)
            used.add(claim.first.source)
    return chosen


# 現況's facets besides a party's move: a proposal on the table, a disagreement (on folded text,
# so Traditional, Simplified and Hong Kong forms are one pattern).
_PROPOSAL = re.compile(r"方案|计划|计画|草案|提案|框架|\b(?:plans?|proposals?|drafts?|frameworks?)\b")
_DISPUTE = re.compile(r"分歧|反对|拒绝|不接受|不能接受|不同意|红线|质疑|\b(?:disagree\w*|reject\w*|oppos\w*|refus\w*|disput\w*)\b")


def facet(text: str, party: str | None) -> str:
    """What a sentence of 現況 stands for: a proposal, a disagreement, else its party's move."""
    folded = fold(text)
    if _PROPOSAL.search(folded):
        return "proposal"
    if _DISPUTE.search(folded):
        return "dispute"
    return f"party:{party}"


def _parts(text: str) -> list[str]:
    """The runs of source text in an excerpt: sentences joined with GAP, or a speaker's clause
    with … where the sentence goes on."""
    return [p for p in _ELLIPSIS.split(text) if p.strip()]


_ELLIPSIS = re.compile(r"\s*…+\s*")


class Shown:
    """The source text a page shows, per source paragraph: a later section leaves out a claim that
    would quote any of it again (a sentence, or a clause of it)."""

    def __init__(self) -> None:
        self.texts: dict[tuple[str, str], list[str]] = {}

    def add(self, claim: Claim) -> None:
        for e in claim.excerpts:
            self.texts.setdefault((e.source, e.paragraph), []).extend(_parts(e.text))

    def quotes(self, excerpt: Excerpt) -> bool:
        shown = self.texts.get((excerpt.source, excerpt.paragraph))
        if not shown:
            return False
        return any(part in text or text in part for part in _parts(excerpt.text) for text in shown)

    def repeats(self, claim: Claim) -> bool:
        return any(self.quotes(e) for e in claim.excerpts)


def newest_first(claims: Iterable[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.first.date or "", c.first.source, int(c.first.paragraph[1:])), reverse=True)


def balanced(per_topic: list[list[Claim]], limit: int, above: Iterable[Claim] = ()) -> list[Claim]:
    """The home page's latest developments: each topic's newest first (a topic whose newest
    paragraphs another topic took gives its next), then the newest of all; no source paragraph
    twice, none the page quotes `above` (the topic cards' 現況), and no source more than
    HOME_PER_SOURCE times. Newest first."""
    chosen: list[Claim] = []
    paragraphs: set[tuple[str, str]] = {(c.first.source, c.first.paragraph) for c in above}
    per_source: Counter[str] = Counter()

    def take(claim: Claim) -> bool:
        key = (claim.first.source, claim.first.paragraph)
        if key in paragraphs or per_source[claim.first.source] >= HOME_PER_SOURCE or len(chosen) >= limit:
            return False
        chosen.append(claim)
        paragraphs.add(key)
        per_source[claim.first.source] += 1
        return True

    for claims in per_topic:
        for claim in newest_first(claims):
            if take(claim):
                break
    for claim in newest_first(c for claims in per_topic for c in claims):
        take(claim)
    return newest_first(chosen)
