"""Per paragraph: sentences, entity mentions, topic terms (kept as evidence), dates resolved against
the article's publication date, and who is speaking in each sentence. One module per job:

    names.py      entity mentions          topics.py    topic terms, hints and the topics they decide
    dates.py      dates, resolved          speakers.py  the speaker of each sentence
    sentences.py  sentence spans
"""

from __future__ import annotations

import datetime as dt

from ..config import BriefingConfig
from ..model import AnnotatedParagraph, AnnotatedSource, Paragraph, Source
from ..normalize import fold_map
from .dates import DATE_PATTERN, find_dates, resolve_date
from .names import Names
from .sentences import split_sentences
from .speakers import Context, Speakers
from .topics import Topics

__all__ = ["Annotator", "DATE_PATTERN", "resolve_date", "split_sentences"]


class Annotator:
    def __init__(self, config: BriefingConfig):
        self.config = config
        self.names = Names(config)
        self.topics = Topics(config)
        self.speakers = Speakers({e.id: e.kind for e in config.entities}, {e.id: e.group for e in config.entities})

    def paragraph(self, paragraph: Paragraph, published: dt.date | None) -> AnnotatedParagraph:
        return self._paragraph(paragraph, published, Context())[0]

    def _paragraph(self, paragraph: Paragraph, published: dt.date | None, before: Context) -> tuple[AnnotatedParagraph, Context]:
        """The annotated paragraph and what it tells the next one about speakers; `before`: what
        the paragraphs before tell this one (a paragraph opening 'He added')."""
        text = paragraph.text
        folded = fold_map(text)
        mentions = self.names.mentions(folded, text)
        terms = self.topics.terms_in(folded, text)
        sentences = split_sentences(text)
        attributions, after = self.speakers.attributions(folded, text, sentences, mentions, before)
        return AnnotatedParagraph(
            paragraph=paragraph,
            sentences=sentences,
            topics=self.topics.decide(folded, terms, mentions),
            mentions=tuple(mentions),
            dates=tuple(find_dates(folded, text, published)),
            terms=tuple(terms),
            attributions=tuple(attributions),
        ), after

    def source(self, source: Source) -> AnnotatedSource:
        published = dt.date.fromisoformat(source.published) if source.published else None
        annotated, context = [], Context()
        for p in source.paragraphs:  # in order: each paragraph may continue the speaker of the one before
            ap, context = self._paragraph(p, published, context)
            annotated.append(ap)
        return AnnotatedSource(source, tuple(annotated))
