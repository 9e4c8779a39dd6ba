"""Where a gold paragraph lies in the generator's text: both folded to letters and digits, each
character traced back to its offset."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import AnnotatedParagraph
from ..normalize import fold_map, markdown_words
from ..readers.text import escaped_html


def alignment_key(text: str) -> tuple[str, list[int]]:
    """Folded letters and digits of `text`, and the offset in `text` each one came from."""
    folded = fold_map(text)
    chars, origin = [], []
    for i, ch in enumerate(folded.text):
        if ch.isalnum():
            chars.append(ch)
            origin.append(folded.span(i, i + 1)[0])
    return "".join(chars), origin


def _key(text: str) -> str:
    """A label's text as the generator's is matched: a Markdown link as its words (extract.py), a
    line of escaped HTML as its paragraphs' text (readers/text.py)."""
    paragraphs = escaped_html(text)
    return alignment_key(markdown_words(text if paragraphs is None else "".join(paragraphs)))[0]


@dataclass(frozen=True)
class Span:
    """The part of one generator paragraph a gold paragraph covers."""

    paragraph: AnnotatedParagraph
    start: int
    end: int

    def holds(self, offset: int) -> bool:
        return self.start <= offset < self.end


class _Stream:
    """The generator's body text of one article as one alignment key, each character traced back.

    Body paragraphs of the gold claim their text first, in article order (each search starts where
    the last one ended, then falls back to any unclaimed place); boilerplate and titles are then
    looked for only as whole, unclaimed paragraphs, so a caption that repeats a body sentence is
    never mistaken for it."""

    def __init__(self, paragraphs: tuple[AnnotatedParagraph, ...]):
        parts, self.owner, self.bounds = [], [], set()
        for index, ap in enumerate(paragraphs):
            key, origin = alignment_key(ap.paragraph.text)
            self.bounds.add(len(self.owner))
            parts.append(key)
            self.owner.extend((index, o) for o in origin)
        self.bounds.add(len(self.owner))
        self.text = "".join(parts)
        self.paragraphs = paragraphs
        self.cursor = 0
        self.claimed: list[tuple[int, int]] = []

    def _free(self, at: int, end: int) -> bool:
        return all(end <= a or b <= at for a, b in self.claimed)

    def _occurrences(self, key: str, start: int = 0):
        at = self.text.find(key, start)
        while at >= 0:
            yield at
            at = self.text.find(key, at + 1)

    def claim(self, key: str) -> list[Span] | None:
        """Where a body paragraph's `key` is, preferring the next place in article order."""
        if not key:
            return None
        for start in (self.cursor, 0):
            at = next((a for a in self._occurrences(key, start) if self._free(a, a + len(key))), -1)
            if at >= 0:
                self.claimed.append((at, at + len(key)))
                self.cursor = max(self.cursor, at + len(key))
                return self._spans(at, at + len(key))
        return None

    def whole(self, key: str) -> list[Span] | None:
        """Where `key` is as whole paragraphs no body paragraph of the gold has claimed."""
        for at in self._occurrences(key) if key else ():
            end = at + len(key)
            if at in self.bounds and end in self.bounds and self._free(at, end):
                return self._spans(at, end)
        return None

    def _spans(self, at: int, end: int) -> list[Span]:
        spans: dict[int, list[int]] = {}
        for index, offset in self.owner[at:end]:
            spans.setdefault(index, []).append(offset)
        return [Span(self.paragraphs[i], min(o), max(o) + 1) for i, o in spans.items()]
