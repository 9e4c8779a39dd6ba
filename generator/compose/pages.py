"""Where claims live: one archive page per month of a topic's developments (split into parts when
a month is long) and one page per party of its positions, each kept under a size budget so no
page grows with the corpus."""

from __future__ import annotations

from collections import defaultdict

from ..model import Claim, ClaimPage

# Bytes of HTML a page's claims may take, estimated; MkDocs and Material add ~40 KB around them.
BUDGET = 150_000
CITATION_BYTES = 420  # one citation line: outlet, date, paragraph link, original URL
CLAIM_BYTES = 600  # a claim's own markup: anchor, count, evidence
CITED_FULL = 60  # citations listed on a claim's own page; more are counted (each source paragraph still links back)


def cost(claim: Claim) -> int:
    texts = len(claim.first.text) + sum(len(v.text) for v in claim.variants[:CITED_FULL])
    return CLAIM_BYTES + 3 * texts + CITATION_BYTES * min(len(claim.excerpts), CITED_FULL)


def split(claims: list[Claim], budget: int = BUDGET) -> list[list[Claim]]:
    """Consecutive runs of claims, each within the budget (a claim over it alone gets a page)."""
    parts: list[list[Claim]] = [[]]
    used = 0
    for claim in claims:
        size = cost(claim)
        if parts[-1] and used + size > budget:
            parts.append([])
            used = 0
        parts[-1].append(claim)
        used += size
    return parts if parts[0] else []


def month_of(claim: Claim) -> str:
    return (claim.first.date or "")[:7]


def placed(claims: list[Claim], stem: str, title_of=lambda key: key, key_of=month_of,
           keys: list[str] | None = None) -> list[ClaimPage]:
    """Claims on pages `<stem>/<key>.md`, `<stem>/<key>-p2.md`…, keyed by month (or party), each
    claim with `page` set to the page that holds it."""
    by_key: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_key[key_of(claim)].append(claim)
    pages = []
    for key in keys if keys is not None else sorted(by_key, key=lambda k: k or "9999"):
        parts = split(by_key.get(key, []))
        for number, part in enumerate(parts, start=1):
            name = (key or "undated") + (f"-p{number}" if number > 1 else "")
            uri = f"{stem}/{name}.md"
            held = tuple(Claim(c.anchor, c.excerpts, c.outlets, uri) for c in part)
            pages.append(ClaimPage(uri, title_of(key), held, number, len(parts)))
    return pages
