"""Per paragraph: sentences, entity mentions, topic terms (kept as evidence), dates resolved against
the article's publication date, and who is speaking in each sentence. One module per job:

    names.py      entity mentions          topics.py    topic terms, hints and the topics they decide
    dates.py      dates, resolved          speakers.py  the speaker of each sentence
    sentences.py  sentence spans           learn.py     names the corpus teaches (a first pass)

`annotate` is the one entry point of the build and of `briefing eval`: it learns from the whole
corpus first, then annotates every source (its title too) with the gazetteer and what was learned.
"""

from __future__ import annotations

import datetime as dt

from ..config import BriefingConfig
from ..model import TITLE, AnnotatedParagraph, AnnotatedSource, Lexicon, Paragraph, Source
from ..normalize import fold_map
from .dates import DATE_PATTERN, find_dates, resolve_date
from .learn import learn
from .names import Names
from .sentences import split_sentences
from .speakers import Speakers
from .topics import Topics

__all__ = ["Annotator", "annotate", "DATE_PATTERN", "resolve_date", "split_sentences"]

class Annotator:
    def __init__(self, config: BriefingConfig, lexicon: Lexicon = Lexicon()):
        self.config = config
        self.names = Names(config, lexicon)
        self.topics = Topics(config)
        self.speakers = Speakers({e.id: e.kind for e in (*config.entities, *lexicon.provisional)})

    def paragraph(self, paragraph: Paragraph, published: dt.date | None, source: str | None = None) -> AnnotatedParagraph:
        text = paragraph.text
        folded = fold_map(text)
        mentions = self.names.mentions(folded, text, source)
        terms = self.topics.terms_in(folded, text)
        sentences = split_sentences(text)
        return AnnotatedParagraph(
            paragraph=paragraph,
            sentences=sentences,
            topics=self.topics.decide(folded, terms, mentions),
            mentions=tuple(mentions),
            dates=tuple(find_dates(folded, text, published)),
            terms=tuple(terms),
            attributions=tuple(self.speakers.attributions(folded, text, sentences, mentions)),
        )

    def source(self, source: Source) -> AnnotatedSource:
        published = dt.date.fromisoformat(source.published) if source.published else None
        title = self.paragraph(Paragraph(TITLE, source.title, 0, TITLE), published, source.id) if source.title else None
        return AnnotatedSource(source, tuple(self.paragraph(p, published, source.id) for p in source.paragraphs), title)


def annotate(config: BriefingConfig, sources: list[Source]) -> tuple[tuple[AnnotatedSource, ...], Lexicon]:
    """Learn from the whole corpus, then annotate each source with what was learned."""
    lexicon = learn(config, sources)
    annotator = Annotator(config, lexicon)
    return tuple(annotator.source(s) for s in sources), lexicon
