"""Plain data passed between pipeline stages. No logic beyond small properties.

ingest:   RawArticle (reader output) -> Source (clean/ + extract.py)
annotate: Source -> AnnotatedSource (paragraph-level topics, mentions, dates)
compose:  [AnnotatedSource] -> Briefing (topic sections, citations both ways, entity index)
render:   Briefing -> [Page]
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Entity


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input file; reported, never raised to the user as a traceback."""

    path: str
    line: int | None
    message: str
    hint: str = ""
    severity: str = "error"  # "error" fails `briefing check` and `mkdocs build --strict`; "warning" does too

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.severity}: {self.message}"
        return f"{text}\n  fix: {self.hint}" if self.hint else text

    @staticmethod
    def internal(path: str, line: int | None, doing: str, error: str, lost: str) -> "Problem":
        """A bug met on one article or paragraph (not the input's fault): what was being done, the
        error, and what the site goes without; the rest is built (pipeline.unlearned, unannotated)."""
        return Problem(path, line, f"internal error while {doing} ({error}); {lost}",
                       "please report it with the text; the rest of the site is built")


def failure(exc: Exception) -> str:
    """How a caught bug is named in its Problem: the exception's type and message."""
    return f"{type(exc).__name__}: {exc}"


# --- ingest -----------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One block of text as a reader found it, before any cleaning.

    `tag` is what the reader knows of its shape ("p", "h2", "li", "caption", "img", "comment", "line").
    """

    text: str
    line: int
    tag: str = "line"
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RawArticle:
    path: str  # as given, for messages
    file: str  # file name, the article's identity in sources.yml
    format: str  # "text", "markdown", "html"
    blocks: tuple[Block, ...]
    meta: dict[str, str] = field(default_factory=dict)  # what the reader saw: title, url, published, ...


@dataclass(frozen=True)
class Removed:
    text: str
    reason: str
    line: int


@dataclass(frozen=True)
class Paragraph:
    anchor: str  # "p1", "p2", ... stable for the same input
    text: str  # as displayed: the source's own script
    line: int
    kind: str = "text"  # "text", "heading" or "attribution" (an embedded post's sign-off); "title" only for AnnotatedSource.title


@dataclass(frozen=True)
class Source:
    id: str
    file: str
    format: str
    title: str
    outlet: str | None
    published: str | None  # ISO date "YYYY-MM-DD"
    url: str | None
    language: str  # "zh-Hant", "zh-Hans", "en"
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removed, ...]
    byline: str | None = None  # e.g. a dateline "中央社／ 柏林15日綜合外電報導"
    # a publication date the page's metadata gives in a form not read (29/11/2024): no guess replaces it
    unread_date: str | None = None

    @property
    def page(self) -> str:
        return f"sources/{self.id}.md"

    @property
    def published_sort(self) -> str:
        return self.published or "9999"  # undated last

    @property
    def outlet_key(self) -> str:
        return self.outlet or ""


# --- annotate ---------------------------------------------------------------


@dataclass(frozen=True)
class TopicHit:
    id: str
    terms: tuple[str, ...]  # surfaces as they appear in the text, and entity names for group evidence


@dataclass(frozen=True)
class Mention:
    entity: str
    surface: str
    start: int  # offsets into Paragraph.text
    end: int


@dataclass(frozen=True)
class DateRef:
    date: str  # "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision
    surface: str
    start: int
    end: int
    inferred: bool = False  # its year taken from the corpus's publication period (an undated article)


@dataclass(frozen=True)
class TermHit:
    topic: str
    surface: str
    start: int
    end: int
    hint: bool = False  # a topic hint: evidence only beside a term or group member of the topic


@dataclass(frozen=True)
class Attribution:
    """A sentence whose speaker or actor is a known entity: 澤倫斯基表示, "…," Witkoff said."""

    sentence: int  # index into AnnotatedParagraph.sentences
    entity: str
    cue: str  # the verb that marks speech, as written
    # What is attributed, as offsets into the paragraph: from the clause naming the speaker to
    # the next clause another speaker opens, else the sentence's end; (-1, -1): the whole sentence.
    start: int = -1
    end: int = -1
    # How the speaker was found (annotate/speakers/): "clause" (named as the
    # subject of the verb's own clause), "after" (“…,” said X; according to X), "owner" (X的發言人),
    # "both" (X與Y都說), "role" (the official said), "passive" (被X批評), "sentence" (the subject of an
    # earlier clause of the sentence), "document" (聲明稱: the statement's issuer), "said" (a verb
    # inside what another verb says), "pronoun" (他/he: the last speaker), "carried" (no subject: the
    # last speaker), "pronoun-named" (他/he before the paragraph has a speaker: whom an earlier
    # sentence names), "pronoun-before" (… else the paragraph before's speaker: a WEAK_LINK),
    # "pronoun-crossed" (whom an earlier sentence names in a subordinate clause, another person
    # answering in its main one: a WEAK_LINK), "post" (a sentence of an embedded post, credited by
    # its sign-off: speakers/posts.py).
    how: str = ""

    @property
    def sure(self) -> bool:
        """Whether the link to the speaker is strong enough for a page to quote the text as theirs."""
        return self.how not in WEAK_LINKS


# How a speaker was found when the link is too weak for a page to quote the sentence as theirs (the
# annotation keeps it): a pronoun opening a paragraph, resolved to the speaker of the paragraph before;
# a pronoun whose antecedent another person may be.
WEAK_LINKS = frozenset({"pronoun-before", "pronoun-crossed"})


_PRONOUN = re.compile(r"他們|她們|他|她|\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")


def speaker_word(text: str, sentence: tuple[int, int], attribution: Attribution) -> tuple[int, str]:
    """Where and how the text names a speaker it does not name by name (他補充, He added, the
    envoy said): the pronoun before the verb of saying, else that verb. (offset, surface)."""
    start, end = sentence
    cue = text.find(attribution.cue, start, end) if attribution.cue else -1
    before = text[start:cue if cue >= 0 else end]
    pronoun = None
    for pronoun in _PRONOUN.finditer(before):
        pass  # the last one before the verb
    if pronoun is not None:
        return start + pronoun.start(), pronoun.group()
    return (cue, attribution.cue) if cue >= 0 else (start, text[start:end].strip()[:1])


TITLE = "title"  # paragraph anchor of a source's headline (AnnotatedSource.title, the H1 of its page)


@dataclass(frozen=True)
class LearnedName:
    """A spelling the gazetteer did not have, learned from the corpus (annotate/learn/)."""

    surface: str  # as written
    entity: str  # a briefing.yml id, or a provisional person's
    source: str  # where it was learned: source id and paragraph anchor (TITLE for the headline)
    paragraph: str
    how: str  # "bracket" 譯名（Latin）, "dot" 名·姓, "role" Minister X / X, the …, "pinyin" 發言人毛寧,
    # "surname" alone in its article, "similar" sounds like a known name
    local: bool = False  # matched only in its own source (a surname, a two-character rendering)


@dataclass(frozen=True)
class Lexicon:
    """What the corpus taught before annotation: learned spellings and people briefing.yml lacks."""

    names: tuple[LearnedName, ...] = ()
    # persons (未收錄) briefing.yml lacks; `group`: the party's plain group when every official role the
    # outlets give them names that party (learn/), else None: no party until an editor adds them
    provisional: tuple["Entity", ...] = ()
    unnamed: tuple[LearnedName, ...] = ()  # a name after a role word (德國總理X) with no Latin form: listed by `check`
    failed: tuple[tuple[str, str], ...] = ()  # (source id, error) of a bug met while learning from a source


@dataclass(frozen=True)
class AnnotatedParagraph:
    paragraph: Paragraph
    sentences: tuple[tuple[int, int], ...]  # (start, end) offsets into paragraph.text
    topics: tuple[TopicHit, ...]
    mentions: tuple[Mention, ...]
    dates: tuple[DateRef, ...]
    terms: tuple[TermHit, ...]
    attributions: tuple[Attribution, ...]
    failed: str = ""  # the internal error that left it unannotated, reported as a Problem (pipeline._build)

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.paragraph.text[start:end].strip()

    def sentence_of(self, offset: int) -> int:
        """The sentence holding `offset` (the last sentence when none does). Sentences are in order
        and do not overlap, so it is the last one starting at or before `offset`, if it ends after."""
        i = bisect_right(self.sentences, (offset, sys.maxsize)) - 1
        return i if i >= 0 and offset < self.sentences[i][1] else len(self.sentences) - 1


@dataclass(frozen=True)
class AnnotatedSource:
    source: Source
    paragraphs: tuple[AnnotatedParagraph, ...]
    title: AnnotatedParagraph | None = None  # the headline, annotated like a paragraph (anchor "title")
    # An undated source's: the first and last publication day of the corpus's dated sources, which
    # gave the year of a month and day it names (dates.in_period); shown on its page
    period: tuple[str, str] | None = None


# --- compose ----------------------------------------------------------------


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


# --- render -----------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    uri: str  # e.g. "topics/territory.md", relative to docs_dir
    markdown: str


@dataclass(frozen=True)
class BuildResult:
    pages: tuple[Page, ...]
    problems: tuple[Problem, ...]
    briefing: Briefing | None

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")
