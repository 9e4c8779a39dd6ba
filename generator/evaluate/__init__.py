"""Measure the generator against hand labels (format and rules: tests/gold/LABELLING.md).

    gold YAML --load_gold--> Gold        seeds --ingest, annotate--> AnnotatedSource
    each gold paragraph --align (by folded text)--> the generator's spans --score--> Report

Alignment is by text, not by paragraph number: script, width and case are folded and everything
but letters and digits is dropped on both sides, then each gold paragraph is looked up in the
generator's body text (in article order), else in what the generator removed. So gold and
generator may split paragraphs differently, and a label never depends on the generator's anchors.
"""

from __future__ import annotations

from pathlib import Path

from ..annotate import annotate
from ..config import BriefingConfig
from ..model import AnnotatedSource, Problem
from .align import Span, _key, _Stream, alignment_key
from .gold import Gold, GoldArticle, GoldParagraph, load_gold, load_split
from .report import Disagreement, Report, Score, format_report
from .shown import score_shown, shown_positions

__all__ = ["Gold", "GoldArticle", "Report", "alignment_key", "evaluate", "format_report", "load_gold", "load_split"]

def _overlaps(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


class Evaluator:
    def __init__(self, config: BriefingConfig, gold: Gold, provisional=()):
        self.config = config
        # A provisional person the gold does not know is still a person: its mentions count against precision.
        self.kinds = {**{e.id: e.kind for e in provisional}, **gold.kinds, **{e.id: e.kind for e in config.entities}}
        self.learned = {e.id: e.group for e in provisional}  # the party learned officials speak for
        self.report = Report(topics={t.id: Score() for t in config.topics})

    def _disagree(self, what, article, p: GoldParagraph, spans, expected, found, evidence=()) -> None:
        anchors = ",".join(s.paragraph.paragraph.anchor for s in spans) if spans else "-"
        self.report.disagreements.append(Disagreement(
            what, f"{article.path}:{p.line}", f"{article.file} {anchors}", p.text, expected, found, tuple(evidence)))

    def article(self, article: GoldArticle, source: AnnotatedSource) -> None:
        report = self.report
        report.articles.append(article.file)
        body = _Stream(source.paragraphs)
        removed = {}
        for item in source.source.removed:
            removed.setdefault(_key(item.text), item.reason)
        # Pieces the cleaner cut from a kept paragraph's line (a scraper stamp glued to the lede):
        # a gold paragraph that keeps the line whole is that piece and the paragraph.
        lines = {ap.paragraph.line for ap in source.paragraphs}
        cuts = [k for k in (_key(r.text) for r in source.source.removed if r.line in lines) if k]
        found = {id(p): body.claim(_key(p.text)) for p in article.paragraphs if p.kind in ("body", "heading")}
        for p in article.paragraphs:
            key = _key(p.text)
            if p.kind in ("body", "heading") and found[id(p)] is None:
                cut = next((k for k in cuts if key.startswith(k) and len(key) > len(k)), None)
                found[id(p)] = body.claim(key[len(cut):]) if cut else None
        found.update({id(p): body.whole(_key(p.text)) for p in article.paragraphs if p.kind in ("boilerplate", "title")})
        for p in article.paragraphs:
            report.paragraphs += 1
            key = _key(p.text)
            if not key:
                continue
            spans = found[id(p)]
            reason = next((r for k, r in removed.items() if key in k), None)
            if p.kind in ("body", "heading"):
                report.body += 1
                if spans is None:
                    report.lost += 1
                    self._disagree("lost", article, p, None, p.kind, f"removed ({reason})" if reason else "not found",
                                   (reason,) if reason else ())
                    continue
                self._score(article, p, spans)
            elif p.kind == "boilerplate":
                report.boilerplate += 1
                if spans is not None:
                    report.kept += 1
                    self._disagree("kept", article, p, spans, "boilerplate", "kept as body")
            elif spans is not None:  # the title, repeated in the body
                self._disagree("kept", article, p, spans, "title", "kept as body")

    def _score(self, article: GoldArticle, p: GoldParagraph, spans: list[Span]) -> None:
        self._topics(article, p, spans)
        self._entities(article, p, spans)
        self._dates(article, p, spans)
        self._speakers(article, p, spans)

    def _topics(self, article, p, spans) -> None:
        if p.kind != "body":
            return
        found: dict[str, list[str]] = {}
        for span in spans:
            if span.paragraph.paragraph.kind != "text":
                continue
            for hit in span.paragraph.topics:
                terms = found.setdefault(hit.id, [])
                terms.extend(t for t in hit.terms if t not in terms)
        for topic, score in self.report.topics.items():
            expected, got = topic in p.topics, topic in found
            if expected and got:
                score.tp += 1
            elif got:
                score.fp += 1
                self._disagree("topic", article, p, spans, f"not {topic}", topic, found[topic])
            elif expected:
                score.fn += 1
                self._disagree("topic", article, p, spans, topic, f"not {topic}", ())

    def _entities(self, article, p, spans) -> None:
        found: dict[str, set[str]] = {}
        for span in spans:
            for m in span.paragraph.mentions:
                if span.holds(m.start):
                    found.setdefault(m.entity, set()).add(m.surface)
        for entity, surfaces in p.entities.items():
            score = self.report.entities.setdefault(self.kinds.get(entity, "unknown"), Score())
            got = {_key(s) for s in found.get(entity, ())}
            for surface in surfaces:
                if any(_overlaps(_key(surface), g) for g in got):
                    score.tp += 1
                else:
                    score.fn += 1
                    others = sorted(f"{e}:{s}" for e, ss in found.items() for s in ss if _overlaps(_key(s), _key(surface)))
                    self._disagree("entity", article, p, spans, f"{entity}: {surface}", ", ".join(others) or "no mention", others)
        for entity, surfaces in sorted(found.items()):
            score = self.report.entities.setdefault(self.kinds.get(entity, "unknown"), Score())
            expected = {_key(s) for s in p.entities.get(entity, ())}
            for surface in sorted(surfaces):
                if any(_overlaps(_key(surface), e) for e in expected):
                    continue  # counted above
                score.fp += 1
                self._disagree("entity", article, p, spans, f"no {entity}", f"{entity}: {surface}", (surface,))

    def _dates(self, article, p, spans) -> None:
        found = [(d, span) for span in spans for d in span.paragraph.dates if span.holds(d.start)]
        matched = set()
        for gold in p.dates:
            same_place = [d for d, _ in found if _overlaps(_key(d.surface), _key(gold.surface))]
            matched.update(id(d) for d in same_place)
            if any(d.date == gold.date for d in same_place):
                self.report.dates.tp += 1
            else:
                self.report.dates.fn += 1
                self._disagree("date", article, p, spans, f"{gold.surface} = {gold.date}",
                               ", ".join(f"{d.surface} = {d.date}" for d in same_place) or "not found",
                               tuple(d.surface for d in same_place))
        for d, _ in found:
            if id(d) not in matched:
                self.report.dates.fp += 1
                self._disagree("date", article, p, spans, "no event date", f"{d.surface} = {d.date}", (d.surface,))

    def _speakers(self, article, p, spans) -> None:
        """Positions are taken from body text: headings and their speakers are not scored."""
        if p.kind != "body":
            return
        found = []
        for span in spans:
            ap = span.paragraph
            if ap.paragraph.kind != "text":
                continue
            for attribution in ap.attributions:
                party = self.config.party_of(attribution.entity, self.learned)
                start, end = ap.sentences[attribution.sentence]
                letters = alignment_key(ap.paragraph.text[start:end])[1]
                if party and letters and span.holds(start + letters[0]):  # the gold paragraph the sentence opens in
                    found.append((_key(ap.sentence_text(attribution.sentence)), attribution, party, ap.sentence_text(attribution.sentence)))
        used = set()
        for gold in p.speakers:
            fragment = _key(gold.sentence)
            hit = next((i for i, (sentence, a, party, _) in enumerate(found)
                        if i not in used and fragment in sentence and a.entity == gold.entity and party == gold.party), None)
            if hit is None:
                self.report.speakers.fn += 1
                near = [f"{a.entity} ({party}, {a.cue})" for sentence, a, party, _ in found if fragment in sentence]
                self._disagree("speaker", article, p, spans, f"{gold.party}: {gold.entity} 「{gold.sentence}」",
                               ", ".join(near) or "no speaker", tuple(near))
            else:
                used.add(hit)
                self.report.speakers.tp += 1
                self.report.speakers_by_how.setdefault(found[hit][1].how or "-", Score()).tp += 1
        for i, (_, a, party, text) in enumerate(found):
            if i not in used:
                self.report.speakers.fp += 1
                self.report.speakers_by_how.setdefault(a.how or "-", Score()).fp += 1
                self._disagree("speaker", article, p, spans, "no party speaker", f"{party}: {a.entity} 「{text}」", (a.cue,))


def evaluate(config: BriefingConfig, gold: Gold, sources: list, only: tuple[str, ...] = (),
             seeds: Path = Path()) -> tuple[Report, list[Problem]]:
    """Score `sources`, annotated as the build does (learning from all of them first), against
    `gold`; `only` limits the scoring to those article files; `seeds`, their folder, names them in
    the problems (a paragraph the annotator failed on)."""
    annotated, lexicon = annotate(config, sources)
    by_file = {a.source.file: a for a in annotated}
    evaluator = Evaluator(config, gold, lexicon.provisional)
    # A paragraph the annotator failed on would only lower the figures: name it, and the command exits 1.
    from ..pipeline import unannotated

    problems = unannotated(seeds, tuple(annotated))
    for article in gold.articles:
        if only and article.file not in only:
            continue
        source = by_file.get(article.file)
        if source is None:
            problems.append(Problem(article.path, None, f"'{article.file}' is not an article of the seeds folder",
                                    "pass --seeds with the folder the gold labels were written for"))
            continue
        evaluator.article(article, source)
    # What the site shows: compose as the build does, then score the positions on its pages.
    from ..compose import compose

    briefing = compose(config, tuple(annotated), lexicon)
    scored = {a.file: a for a in gold.articles if not only or a.file in only}
    learned = {e.id: e.group for e in lexicon.provisional}
    evaluator.report.shown = score_shown(briefing, scored, lambda entity: config.party_of(entity, learned),
                                         shown_positions(briefing))
    return evaluator.report, problems
