"""What reading and cleaning make of a file: its blocks, then a Source of paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field


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
