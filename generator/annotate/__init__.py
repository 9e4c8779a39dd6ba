"""Per paragraph: sentences, entity mentions, topic terms (kept as evidence), dates resolved against
the day the article reports from (its dateline's day, else its publication date), and who is
speaking in each sentence. One module per job:

    names.py      entity mentions          topics.py    topic terms, hints and the topics they decide
    dates/        dates, resolved          speakers/    the speaker of each sentence
    sentences.py  sentence spans           learn/       names the corpus teaches (a first pass)

`learn` reads the whole corpus first; `annotated_with` then annotates every source (its title too)
with the gazetteer and what was learned, as the build's pool yields them (pipeline.py); `annotate`
does both in one call, for `briefing eval` and the tools.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING, Iterator

from ..config import BriefingConfig
from ..model import TITLE, AnnotatedParagraph, AnnotatedSource, Lexicon, Paragraph, Source, failure
from ..normalize import fold, fold_map
from .countries import countries_named
from ..parallel import cached_map
from .dates import DATE_PATTERN, dispatch_day, find_dates, resolve_date, story_day, story_time
from .learn import learn
from .names import Names
from .sentences import split_sentences
from .speakers import Context, Speakers
from .speakers.posts import posts, signed_posts
from .context import demonstratives_continued, lead_ins, quotes_continued
from .topics import Topics

Period = tuple[dt.date, dt.date]  # first and last day

if TYPE_CHECKING:
    from ..cache import Cache

__all__ = ["Annotator", "annotate", "annotated_with", "learn", "DATE_PATTERN", "resolve_date", "split_sentences"]


class Annotator:
    def __init__(self, config: BriefingConfig, lexicon: Lexicon = Lexicon(), period: Period | None = None):
        self.config = config
        self.period = period  # when the corpus's dated articles were published: for the undated ones' dates
        self.names = Names(config, lexicon)
        self.topics = Topics(config)
        self.speakers = Speakers({e.id: e.kind for e in (*config.entities, *lexicon.provisional)},
                                 {e.id: e.group for e in config.entities},
                                 {e.id: e.pronoun for e in config.entities if e.pronoun},
                                 # a bloc's words (Europe's name many countries) say no one's nationality
                                 {g: " ".join(fold(w).strip() for w in p.words.all) for p in config.parties
                                  for g in p.groups if countries_named(p.words.en) <= 1},
                                 {e.id: fold(e.role) for e in config.entities if e.kind == "person" and e.role})

    def paragraph(self, paragraph: Paragraph, reported: dt.date | None, earlier: str | None = None,
                  source: str | None = None) -> AnnotatedParagraph:
        return self._paragraph(paragraph, reported, earlier, Context(), source)[0]

    def _paragraph(self, paragraph: Paragraph, reported: dt.date | None, earlier: str | None,
                   before: Context, source: str | None = None,
                   previous: frozenset[str] = frozenset(), period: Period | None = None) -> tuple[AnnotatedParagraph, Context]:
        """The annotated paragraph and what it tells the next one about speakers. `reported`: the day
        the text reports from, which dates without a year or relative words (今天, last month) are read
        against; `earlier`: the story's clock before it (dates.story_time); `before`: what the
        paragraphs before tell this one about speakers (a paragraph opening 'He added'); `source`:
        the article's id, for names learned in that article only. A bug met on one paragraph leaves
        that paragraph unannotated, with the error, rather than ending the build (a reader's
        paragraph once did: 'Leavitt said… The White House said… She added')."""
        try:
            return self._annotated(paragraph, reported, earlier, before, source, previous, period)
        except Exception as exc:  # noqa: BLE001 - reported as a Problem naming the file and line, never a traceback
            text = paragraph.text
            return AnnotatedParagraph(paragraph, ((0, len(text)),), (), (), (), (), (), failure(exc)), Context()

    def _annotated(self, paragraph: Paragraph, reported: dt.date | None, earlier: str | None, before: Context,
                   source: str | None, previous: frozenset[str], period: Period | None) -> tuple[AnnotatedParagraph, Context]:
        text = paragraph.text
        folded = fold_map(text)
        mentions = self.names.mentions(folded, text, source)
        terms = self.topics.terms_in(folded, text)
        sentences = split_sentences(text)
        attributions, after = self.speakers.attributions(folded, text, sentences, mentions, before)
        return AnnotatedParagraph(
            paragraph=paragraph,
            sentences=sentences,
            topics=self.topics.decide(folded, terms, mentions, sentences, tuple(attributions), previous, text),
            mentions=tuple(mentions),
            dates=tuple(find_dates(folded, text, reported, earlier, period, sentences)),
            terms=tuple(terms),
            attributions=tuple(attributions),
        ), after

    def source(self, source: Source) -> AnnotatedSource:
        published = dt.date.fromisoformat(source.published) if source.published else None
        reported = dispatch_day(source, published) or published
        # the corpus's period stands in for no date at all, never for one the reader could not read
        period = self.period if reported is None and not source.unread_date else None
        # an undated article's dateline (新華社莫斯科11月29日電) takes its year from the period too, and
        # is then the day its other dates count from (今天, 週二, 11月27日)
        dispatched = dispatch_day(source, None, period) if period else None
        reported = dispatched or reported
        if published and reported != published:
            dispatched = reported  # a dated story's dateline of another day (中央社布魯塞爾17日電, published on the 18th)
        title, annotated = self._paragraphs(source, reported, period)
        # a story whose own days all lie long before its publication (a repost) reports from then: its
        # days without a month (6日, "on the 16th") and relative ones count from that day, not the stamp
        # (a dateline says the day a story reports from itself)
        reports_from = story_day(published, [p for p in (title, *annotated) if p]) if reported == published else None
        if reports_from:
            title, annotated = self._paragraphs(source, dt.date.fromisoformat(reports_from), period)
        inferred = any(d.inferred for p in (title, *annotated) if p for d in p.dates)
        removed = frozenset(r.line for r in source.removed)
        embedded = tuple((annotated[k].paragraph.anchor, annotated[i].paragraph.anchor) for i, k in posts(tuple(annotated), removed))
        return AnnotatedSource(source, lead_ins(demonstratives_continued(quotes_continued(signed_posts(tuple(annotated), removed)), self.topics.matter_topics)), title,
                               tuple(d.isoformat() for d in period) if period and (inferred or dispatched) else None,
                               dispatched.isoformat() if dispatched else None, reports_from, embedded)

    def _paragraphs(self, source: Source, reported: dt.date | None,
                    period: Period | None) -> tuple[AnnotatedParagraph | None, list[AnnotatedParagraph]]:
        """The source's title and paragraphs annotated, dates read against `reported`."""
        title = (self._paragraph(Paragraph(TITLE, source.title, 0, TITLE), reported, None, Context(), source.id,
                                 period=period)[0] if source.title else None)
        annotated: list[AnnotatedParagraph] = []
        context = Context()
        for p in source.paragraphs:  # in order: each paragraph may continue the speaker of the one before
            previous = frozenset(t.id for t in annotated[-1].topics) if annotated else frozenset()
            ap, context = self._paragraph(p, reported, story_time(annotated), context, source.id, previous, period)
            annotated.append(ap)
        return title, annotated


_annotator: Annotator | None = None  # one per worker process, made once (its automata cost to build)


def _start(config: BriefingConfig, lexicon: Lexicon, period: Period | None) -> None:
    global _annotator
    _annotator = Annotator(config, lexicon, period)


def _annotate_source(source: Source) -> AnnotatedSource:
    return _annotator.source(source)


def annotate(config: BriefingConfig, sources: list[Source], jobs: int = 1, cache: "Cache | None" = None,
             ) -> tuple[tuple[AnnotatedSource, ...], Lexicon]:
    """Learn from the whole corpus, then annotate each source with what was learned: both on `jobs`
    processes, each source taken from `cache` when its text, the config and (for annotation) the
    lexicon are as when it was cached (a new article that teaches a name changes the lexicon, and so
    every annotation key)."""
    lexicon = learn(config, sources, jobs, cache)
    return tuple(annotated_with(config, lexicon, sources, jobs, cache)), lexicon


def annotated_with(config: BriefingConfig, lexicon: Lexicon, sources: list[Source], jobs: int = 1,
                   cache: "Cache | None" = None) -> Iterator[AnnotatedSource]:
    """Each source annotated with a lexicon already learned, in order, as the pool finishes them.
    An undated source's key holds the corpus's period too (its dates depend on it); a dated one's
    does not, so a new article that widens the period re-annotates only the undated."""
    period = publication_period(sources)
    settings = hashlib.sha256((config.model_dump_json() + repr(lexicon)).encode()).hexdigest() if cache else ""
    undated = f"{settings} {period}"
    return cached_map(cache, list(sources), _annotate_source, jobs,
                      lambda s: cache.key_of("annotated", settings if s.published else undated, s),
                      _start, (config, lexicon, period))


def publication_period(sources: list[Source]) -> Period | None:
    """The first and last publication day of the corpus's dated sources; None when none is dated."""
    days = sorted(s.published for s in sources if s.published)
    return (dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])) if days else None
