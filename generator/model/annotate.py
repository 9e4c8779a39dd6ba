"""What annotation adds to a Source: topics, mentions, dates, speakers, and the names the corpus taught."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .ingest import Paragraph, Source

if TYPE_CHECKING:
    from ..config import Entity


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
    # the dispatch day its dateline gives, when not its publication day: a dated source's (中央社布魯塞爾
    # 17日電, published on the 18th), or an undated one's month and day read in the period; its undated
    # paragraphs are filed under it
    dispatched: str | None = None
    # the day a repost reports from, when every day the story names lies a month or more before its
    # publication (dates.story_day): its undated paragraphs are filed under it
    reports_from: str | None = None
    # each paragraph of an embedded post with the sign-off under it, by anchor: (post, sign-off)
    # (speakers.posts: — RT (@RT_com) December 2, 2025): the pages say whose post an excerpt quotes
    posts: tuple[tuple[str, str], ...] = ()
