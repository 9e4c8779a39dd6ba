"""Per paragraph: sentences, entity mentions, topic terms (kept as evidence), dates resolved against
the day the article reports from (its dateline's day, else its publication date), and who is
speaking in each sentence. One module per job:

    names.py      entity mentions          topics.py    topic terms, hints and the topics they decide
    dates/        dates, resolved          speakers.py  the speaker of each sentence
    sentences.py  sentence spans
"""

from __future__ import annotations

import datetime as dt

from ..config import BriefingConfig
from ..model import AnnotatedParagraph, AnnotatedSource, Paragraph, Source
from ..normalize import fold_map
from .dates import DATE_PATTERN, dispatch_day, find_dates, resolve_date, story_time
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

    def paragraph(self, paragraph: Paragraph, reported: dt.date | None, earlier: str | None = None) -> AnnotatedParagraph:
        return self._paragraph(paragraph, reported, earlier, Context())[0]

    def _paragraph(self, paragraph: Paragraph, reported: dt.date | None, earlier: str | None,
                   before: Context) -> tuple[AnnotatedParagraph, Context]:
        """The annotated paragraph and what it tells the next one about speakers. `reported`: the day
        the text reports from, which dates without a year or relative words (今天, last month) are read
        against; `earlier`: the story's clock before it (dates.story_time); `before`: what the
        paragraphs before tell this one about speakers (a paragraph opening 'He added')."""
        text = paragraph.text
        folded = fold_map(text)
        mentions = self.names.mentions(folded, text)
        terms = self.topics.terms_in(folded, text)
        sentences = split_sentences(text)
        attributions, after = self.speakers.attributions(folded, text, sentences, mentions, before)
        return AnnotatedParagraph(
            paragraph=paragraph,
            sentences=sentences,
            topics=self.topics.decide(folded, terms, mentions, sentences),
            mentions=tuple(mentions),
            dates=tuple(find_dates(folded, text, reported, earlier)),
            terms=tuple(terms),
            attributions=tuple(attributions),
        ), after

    def source(self, source: Source) -> AnnotatedSource:
        published = dt.date.fromisoformat(source.published) if source.published else None
        reported = dispatch_day(source, published) or published
        annotated: list[AnnotatedParagraph] = []
        context = Context()
        for p in source.paragraphs:  # in order: each paragraph may continue the speaker of the one before
            ap, context = self._paragraph(p, reported, story_time(annotated), context)
            annotated.append(ap)
        return AnnotatedSource(source, tuple(annotated))
