"""What composing makes of the annotated sources: excerpts, claims, topic sections, entity profiles, the Briefing."""

from __future__ import annotations

from dataclasses import dataclass, field

from .annotate import AnnotatedSource, Lexicon


@dataclass(frozen=True)
class Excerpt:
    """A quotation on a topic page: one or more sentences of one source paragraph."""

    anchor: str  # id on the topic page
    topic: str
    section: str  # "key-points", "developments", "positions", "roster"
    source: str
    paragraph: str  # paragraph anchor on the source page
    text: str
    date: str | None  # event date the excerpt is filed under
    evidence: tuple[str, ...] = ()
    party: str | None = None
    entity: str | None = None  # speaker (positions) or roster member

    @property
    def date_key(self) -> str:
        return self.date or ""  # sortable and groupable when the date is unknown


@dataclass(frozen=True)
class Claim:
    """Excerpts from one or more sources that report the same thing, shown once: the text of the
    first excerpt (the earliest source, the fullest on a tie), with every excerpt as a citation."""

    anchor: str  # id on the page that holds the claim for good (its month's archive page)
    excerpts: tuple[Excerpt, ...]  # the one shown first, then by date and source
    outlets: int  # distinct outlets that report it (a source with no outlet counts as its own)
    page: str = ""  # uri of the page that holds it for good
    archived: tuple[str, str] | None = None  # a key point: (page, anchor) of its development, all citations

    @property
    def first(self) -> Excerpt:
        return self.excerpts[0]

    @property
    def variants(self) -> tuple[Excerpt, ...]:
        """One excerpt per wording that differs from the one shown."""
        seen, found = {self.first.text}, []
        for excerpt in self.excerpts[1:]:
            if excerpt.text not in seen:
                seen.add(excerpt.text)
                found.append(excerpt)
        return tuple(found)


@dataclass(frozen=True)
class ClaimPage:
    """A page of claims: one month of a topic's developments (part 2, 3… when a month is long),
    or one party's positions on a topic."""

    uri: str
    title: str  # what the page holds, e.g. "2025-12" or a party id
    claims: tuple[Claim, ...]
    part: int = 1
    parts: int = 1


@dataclass(frozen=True)
class TopicSection:
    topic: str
    key_points: tuple[Claim, ...]  # a few, by corroboration, recency and spread across parties
    latest: tuple[Claim, ...]  # developments of the latest month, newest first (a bounded number)
    latest_month: str | None  # "YYYY-MM", "" when undated; None when the topic has no development
    months: tuple[ClaimPage, ...]  # every development on exactly one archive page, oldest month first
    positions: tuple[tuple[str, tuple[Claim, ...]], ...]  # (party id, every claim), parties in config order
    position_pages: tuple[ClaimPage, ...]  # every position claim, per party
    roster: tuple[tuple[str, tuple[Excerpt, ...], int], ...]  # (entity id, newest excerpts of what they did or said, how many in all) for a topic tied to a group
    people: tuple[tuple[str, int], ...]  # (entity id, number of paragraphs)
    sources: tuple[str, ...]
    # What the topic page leads with and shows once: 現況 (where things stand in the latest month,
    # a few single sentences), how many of the latest month's developments are not shown above
    # `latest`, and per party the strongest claims whose sentences the page does not show already.
    now: tuple[Claim, ...] = ()
    latest_rest: int = 0
    positions_shown: tuple[tuple[str, tuple[Claim, ...]], ...] = ()

    @property
    def developments(self) -> tuple[Claim, ...]:
        return tuple(c for page in self.months for c in page.claims)


@dataclass(frozen=True)
class Appearance:
    source: str
    paragraph: str
    surface: str


@dataclass(frozen=True)
class Backlink:
    """Where a source paragraph is quoted: a claim (or key point) on a topic, archive or entity page."""

    page: str  # uri of the page
    anchor: str
    topic: str | None  # None on an entity page
    section: str  # "now", "key-points", "developments", "positions", "roster", "statements"
    outlets: int = 1  # how many outlets the claim has
    date: str | None = None
    party: str | None = None
    entity: str | None = None


@dataclass(frozen=True)
class EntityProfile:
    """What the entity page shows of a person or body, bounded whatever the corpus size."""

    entity: str
    paragraphs: int  # paragraphs (and headlines) that name them
    sources: int
    months: tuple[tuple[str, int], ...]  # ("YYYY-MM", or "" undated; paragraphs), oldest first
    topics: tuple[tuple[str, int], ...]  # (topic id, paragraphs on it naming them), config order
    statements: tuple[Claim, ...]  # sentences they are the speaker of, newest first (bounded)
    statement_count: int  # all such claims
    latest: tuple[Appearance, ...]  # the newest paragraphs naming them (bounded)
    positions: tuple[tuple[str, str, int, str], ...] = ()  # (topic, party, claims they are the speaker of, party page uri)
    spellings: tuple[str, ...] = ()  # every spelling the sources use, in order of first use


@dataclass(frozen=True)
class Briefing:
    sources: tuple[AnnotatedSource, ...]
    topics: tuple[TopicSection, ...]
    cited_in: dict[tuple[str, str], tuple[Backlink, ...]]  # (source id, paragraph anchor) -> where quoted
    appearances: dict[str, tuple[Appearance, ...]]  # entity id -> where it appears (headline: paragraph "title")
    date_range: tuple[str, str] | None
    lexicon: Lexicon = Lexicon()  # names learned from the corpus, provisional people
    profiles: dict[str, EntityProfile] = field(default_factory=dict)  # entity id -> profile, for every entity
    latest: tuple[Claim, ...] = ()  # the newest developments across topics, for the home page
    # topic id -> the 現況 its home-page card quotes: its first that no card before it quotes
    cards: dict[str, Claim] = field(default_factory=dict)
