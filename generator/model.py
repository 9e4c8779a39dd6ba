"""Plain data passed between pipeline stages. No logic beyond small properties.

ingest:   RawArticle (reader output) -> Source (clean/ + extract.py)
annotate: Source -> AnnotatedSource (paragraph-level topics, mentions, dates)
compose:  [AnnotatedSource] -> Briefing (topic sections, citations both ways, entity index)
render:   Briefing -> [Page]
"""

from __future__ import annotations

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
    kind: str = "text"  # "text" or "heading"; "title" only for AnnotatedSource.title


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


TITLE = "title"  # paragraph anchor of a source's headline (AnnotatedSource.title, the H1 of its page)


@dataclass(frozen=True)
class LearnedName:
    """A spelling the gazetteer did not have, learned from the corpus (annotate/learn.py)."""

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
    provisional: tuple["Entity", ...] = ()  # persons (未收錄) with no party until an editor adds them
    unnamed: tuple[LearnedName, ...] = ()  # a name after a role word (德國總理X) with no Latin form: listed by `check`


@dataclass(frozen=True)
class AnnotatedParagraph:
    paragraph: Paragraph
    sentences: tuple[tuple[int, int], ...]  # (start, end) offsets into paragraph.text
    topics: tuple[TopicHit, ...]
    mentions: tuple[Mention, ...]
    dates: tuple[DateRef, ...]
    terms: tuple[TermHit, ...]
    attributions: tuple[Attribution, ...]

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.paragraph.text[start:end].strip()

    def sentence_of(self, offset: int) -> int:
        return next((i for i, (s, e) in enumerate(self.sentences) if s <= offset < e), len(self.sentences) - 1)


@dataclass(frozen=True)
class AnnotatedSource:
    source: Source
    paragraphs: tuple[AnnotatedParagraph, ...]
    title: AnnotatedParagraph | None = None  # the headline, annotated like a paragraph (anchor "title")


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
class TopicSection:
    topic: str
    key_points: tuple[Excerpt, ...]
    developments: tuple[Excerpt, ...]
    positions: tuple[tuple[str, tuple[Excerpt, ...]], ...]  # (party id, excerpts), parties in config order
    roster: tuple[tuple[str, tuple[Excerpt, ...]], ...]  # (entity id, excerpts) for a topic tied to a group
    people: tuple[tuple[str, int], ...]  # (entity id, number of paragraphs)
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Appearance:
    source: str
    paragraph: str
    surface: str


@dataclass(frozen=True)
class Briefing:
    sources: tuple[AnnotatedSource, ...]
    topics: tuple[TopicSection, ...]
    cited_in: dict[tuple[str, str], tuple[Excerpt, ...]]  # (source id, paragraph anchor) -> excerpts
    appearances: dict[str, tuple[Appearance, ...]]  # entity id -> where it appears (headline: paragraph "title")
    date_range: tuple[str, str] | None
    lexicon: Lexicon = Lexicon()  # names learned from the corpus, provisional people


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
