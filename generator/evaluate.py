"""Measure the generator against hand labels (format and rules: tests/gold/LABELLING.md).

    gold YAML --load_gold--> Gold        seeds --ingest, annotate--> AnnotatedSource
    each gold paragraph --align (by folded text)--> the generator's spans --score--> Report

Alignment is by text, not by paragraph number: script, width and case are folded and everything
but letters and digits is dropped on both sides, then each gold paragraph is looked up in the
generator's body text (in article order), else in what the generator removed. So gold and
generator may split paragraphs differently, and a label never depends on the generator's anchors.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator

from .annotate import annotate
from .config import ID_PATTERN, BriefingConfig, ConfigError, StrictModel, load_yaml, validation_problems
from .model import AnnotatedParagraph, AnnotatedSource, Problem
from .evaluate_shown import ShownScore, score_shown, shown_positions
from .normalize import fold_map

# --- gold labels ------------------------------------------------------------------------------

Kind = Literal["person", "place", "organisation", "plan", "event"]


def _text(value: object) -> object:
    return str(value) if isinstance(value, (int, float)) else value  # YAML reads 2014 and 28 as numbers


class GoldDate(StrictModel):
    surface: str = Field(min_length=1)
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD; checked with the other labels, so all errors come at once

    _as_text = field_validator("surface", "date", mode="before")(_text)


class GoldSpeaker(StrictModel):
    sentence: str = Field(min_length=1)
    entity: str = Field(pattern=ID_PATTERN)
    party: str = Field(pattern=ID_PATTERN)


class GoldParagraph(StrictModel):
    text: str = Field(min_length=1)
    kind: Literal["body", "heading", "title", "boilerplate"] = "body"
    topics: tuple[str, ...] = ()
    entities: dict[str, tuple[str, ...]] = {}
    dates: tuple[GoldDate, ...] = ()
    speakers: tuple[GoldSpeaker, ...] = ()
    line: int = 0  # filled in from the YAML, for messages

    _as_text = field_validator("text", mode="before")(_text)

    @field_validator("entities", mode="before")
    @classmethod
    def _surfaces_as_text(cls, value: object) -> object:
        if isinstance(value, dict):
            return {k: [_text(s) for s in v] if isinstance(v, list) else v for k, v in value.items()}
        return value


class GoldArticle(StrictModel):
    file: str = Field(min_length=1)
    paragraphs: tuple[GoldParagraph, ...]
    path: str = ""  # the gold file it came from


class Gold(StrictModel):
    articles: tuple[GoldArticle, ...] = ()
    kinds: dict[str, Kind] = {}  # entities briefing.yml does not list


def _valid_date(value: str) -> bool:
    parts = value.split("-")
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    try:
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _gold_files(path: Path) -> list[Path]:
    return sorted(path.glob("*.yml")) if path.is_dir() else [path]


def load_gold(path: Path, config: BriefingConfig) -> Gold:
    """All gold files under `path` (a file, or a folder of *.yml), checked against the config.
    Raises ConfigError with every problem found, each with file and line."""
    articles, kinds, problems = [], {}, []
    files = _gold_files(path)
    if not files:
        raise ConfigError([Problem(str(path), None, "no gold files (*.yml) found", "pass --gold FILE or a folder of gold files")])
    for file in files:
        try:
            data, lines = load_yaml(file)
            gold = Gold.model_validate(data or {})
        except ConfigError as exc:
            problems.extend(exc.problems)
            continue
        except ValidationError as exc:
            problems.extend(validation_problems(file, exc, lines))
            continue
        kinds.update(gold.kinds)
        for i, article in enumerate(gold.articles):
            paragraphs = tuple(p.model_copy(update={"line": lines.get(("articles", i, "paragraphs", j), 0)})
                               for j, p in enumerate(article.paragraphs))
            articles.append(article.model_copy(update={"paragraphs": paragraphs, "path": str(file)}))
    topics, parties = {t.id for t in config.topics}, {p.id for p in config.parties}
    known = {e.id for e in config.entities} | set(kinds)
    for article in articles:
        for p in article.paragraphs:
            where = (article.path, p.line)
            for topic in set(p.topics) - topics:
                problems.append(Problem(*where, f"unknown topic '{topic}'", f"use one of: {', '.join(sorted(topics))}"))
            for entity in (set(p.entities) | {s.entity for s in p.speakers}) - known:
                problems.append(Problem(*where, f"entity '{entity}' is neither in the config nor under kinds:",
                                        f"add '{entity}: person' (or its kind) under kinds: at the top of the gold file"))
            for date in p.dates:
                if not _valid_date(date.date):
                    problems.append(Problem(*where, f"date '{date.date}' of '{date.surface}' is not a calendar date",
                                            "write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-02-12"))
            for speaker in p.speakers:
                if speaker.party not in parties:
                    problems.append(Problem(*where, f"unknown party '{speaker.party}'", f"use one of: {', '.join(sorted(parties))}"))
    if problems:
        raise ConfigError(problems)
    return Gold(articles=tuple(articles), kinds=kinds)


def load_split(path: Path) -> tuple[Path, dict[str, tuple[str, ...]]]:
    """The real-world set's folder and its article files per half ("tune", "check"), from the split
    by outlet (tests/realworld-split.yml). Raises ConfigError naming the file and line."""
    data, lines = load_yaml(path)
    halves: dict[str, tuple[str, ...]] = {}
    problems = []
    outlets = (data or {}).get("outlets") if isinstance(data, dict) else None
    if not isinstance(outlets, dict) or set(outlets) != {"tune", "check"}:
        raise ConfigError([Problem(str(path), None, "expected `outlets:` with the halves `tune:` and `check:`",
                                   "see tests/realworld-split.yml")])
    for half, groups in outlets.items():
        if not isinstance(groups, dict) or not all(isinstance(v, list) for v in groups.values()):
            problems.append(Problem(str(path), lines.get(("outlets", half)), f"`{half}:` must map outlets to lists of files", ""))
            continue
        halves[half] = tuple(sorted(str(f) for files in groups.values() for f in files))
    if not problems and (both := set(halves["tune"]) & set(halves["check"])):
        problems.append(Problem(str(path), None, f"in both halves: {', '.join(sorted(both))}", "an article belongs to one half"))
    if problems:
        raise ConfigError(problems)
    return Path(str(data.get("folder", "../shared/realworld"))), halves


# --- alignment --------------------------------------------------------------------------------


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
    return alignment_key(text)[0]


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


# --- scores -----------------------------------------------------------------------------------


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Disagreement:
    what: str  # "topic", "entity", "date", "speaker", "lost", "kept", "unaligned"
    gold: str  # gold file:line
    source: str  # article file, and the generator's paragraph anchors
    text: str  # the paragraph (the gold text)
    expected: str
    found: str
    evidence: tuple[str, ...] = ()  # what fired: terms, mentions, date surfaces, the removal rule


@dataclass
class Report:
    articles: list[str] = field(default_factory=list)
    paragraphs: int = 0
    topics: dict[str, Score] = field(default_factory=dict)
    entities: dict[str, Score] = field(default_factory=dict)  # by kind
    dates: Score = field(default_factory=Score)  # tp correct, fn wrong or missed, fp resolved but not an event
    speakers: Score = field(default_factory=Score)
    body: int = 0
    lost: int = 0
    boilerplate: int = 0
    kept: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)
    shown: ShownScore = field(default_factory=ShownScore)  # the positions the site shows

    @property
    def macro_f1(self) -> float:
        scores = [s.f1 for s in self.topics.values() if s.tp + s.fp + s.fn]
        return sum(scores) / len(scores) if scores else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.dates.recall

    @property
    def boilerplate_removed(self) -> float:
        return 1 - self.kept / self.boilerplate if self.boilerplate else 1.0

    def as_dict(self) -> dict:
        return {
            "schema": "briefing-eval/1",
            "articles": self.articles,
            "paragraphs": self.paragraphs,
            "topics": {k: v.as_dict() for k, v in self.topics.items()},
            "topic_macro_f1": round(self.macro_f1, 4),
            "entities": {k: v.as_dict() for k, v in sorted(self.entities.items())},
            "event_dates": {"correct": self.dates.tp, "total": self.dates.tp + self.dates.fn,
                            "accuracy": round(self.date_accuracy, 4), "not_events": self.dates.fp},
            "speakers": self.speakers.as_dict(),
            "body": {"paragraphs": self.body, "lost": self.lost},
            "boilerplate": {"paragraphs": self.boilerplate, "kept": self.kept, "removed": round(self.boilerplate_removed, 4)},
            "shown_positions": self.shown.as_dict(),
            "disagreements": [asdict(d) for d in self.disagreements],
        }


# --- evaluation -------------------------------------------------------------------------------


def _overlaps(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


class Evaluator:
    def __init__(self, config: BriefingConfig, gold: Gold, provisional=()):
        self.config = config
        # A provisional person the gold does not know is still a person: its mentions count against precision.
        self.kinds = {**{e.id: e.kind for e in provisional}, **gold.kinds, **{e.id: e.kind for e in config.entities}}
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
                party = self.config.party_of(attribution.entity)
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
        for i, (_, a, party, text) in enumerate(found):
            if i not in used:
                self.report.speakers.fp += 1
                self._disagree("speaker", article, p, spans, "no party speaker", f"{party}: {a.entity} 「{text}」", (a.cue,))


def evaluate(config: BriefingConfig, gold: Gold, sources: list, only: tuple[str, ...] = ()) -> tuple[Report, list[Problem]]:
    """Score `sources`, annotated as the build does (learning from all of them first), against
    `gold`; `only` limits the scoring to those article files."""
    annotated, lexicon = annotate(config, sources)
    by_file = {a.source.file: a for a in annotated}
    evaluator = Evaluator(config, gold, lexicon.provisional)
    problems = []
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
    from .compose import compose
    from .render import BRIEF_PER_PARTY, POSITIONS_SHOWN

    briefing = compose(config, tuple(annotated), lexicon)
    scored = {a.file: a for a in gold.articles if not only or a.file in only}
    evaluator.report.shown = score_shown(briefing, scored, config.party_of,
                                         shown_positions(briefing, POSITIONS_SHOWN, BRIEF_PER_PARTY))
    return evaluator.report, problems


# --- text report ------------------------------------------------------------------------------


def _row(name: str, s: Score) -> str:
    return f"  {name:<22} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp:4d} {s.fp:4d} {s.fn:4d}"


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _shown_line(score: ShownScore) -> str:
    places = "; ".join(f"{w} {score.precision(w):.3f}/{score.inside(w):.3f} of {len(score._of(w))}"
                       for w in ("topic", "brief", "party", "statements"))
    return (f"Shown positions: precision {score.precision():.3f}, inside the labelled clause {score.inside():.3f} "
            f"(≥ 90% inside: {score.mostly_inside():.3f}) ({len(score._of(None))} shown; precision/inside {places})")


def _shown_details(score: ShownScore, limit: int | None) -> list[str]:
    """The shown positions that are wrong or reach outside the labelled clause, once each."""
    bad = [s for s in score._of(None) if not s.correct or s.inside < 0.9]
    bad = bad if limit is None else bad[:limit]
    out = ["", f"Shown positions not right or not inside the labelled clause: {len(bad)}"] if bad else []
    for s in bad:
        verdict = f"inside {s.inside:.2f}" if s.correct else "not a labelled speaker"
        out.append(f"- [shown {s.where}] {s.source} {s.paragraph}  {s.party}: {s.entity}  {verdict}")
        out.append(f"    {_short(s.text, 90)}")
    return out


def format_report(report: Report, disagreements: int | None = None) -> str:
    out = [f"{len(report.articles)} article(s), {report.paragraphs} gold paragraphs: {', '.join(report.articles)}", ""]
    head = f"  {'':<22} {'P':>6} {'R':>6} {'F1':>6}   {'TP':>4} {'FP':>4} {'FN':>4}"
    out += ["Topics (body paragraphs)", head]
    out += [_row(t, s) for t, s in report.topics.items()]
    out += [f"  {'macro-F1':<22} {'':>6} {'':>6} {report.macro_f1:6.3f}", "", "Entities (mentions, by kind)", head]
    out += [_row(k, s) for k, s in sorted(report.entities.items())]
    d = report.dates
    out += ["", f"Event dates: {d.tp} of {d.tp + d.fn} resolved correctly ({report.date_accuracy:.3f}); "
                f"{d.fp} date(s) resolved that the labels do not count as events",
            f"Positions (speaker and party of a sentence): P {report.speakers.precision:.3f}  R {report.speakers.recall:.3f}  "
            f"F1 {report.speakers.f1:.3f}  ({report.speakers.tp} TP, {report.speakers.fp} FP, {report.speakers.fn} FN)",
            _shown_line(report.shown),
            f"Body paragraphs lost: {report.lost} of {report.body}",
            f"Boilerplate removed: {report.boilerplate - report.kept} of {report.boilerplate} ({report.boilerplate_removed:.1%})"]
    out += _shown_details(report.shown, disagreements)
    shown = report.disagreements if disagreements is None else report.disagreements[:disagreements]
    out += ["", f"Disagreements: {len(report.disagreements)}" + (f" (first {len(shown)})" if len(shown) < len(report.disagreements) else "")]
    for item in shown:
        out.append(f"- [{item.what}] {item.gold}  {item.source}")
        out.append(f"    expected: {item.expected}   found: {item.found}"
                   + (f"   evidence: {', '.join(item.evidence)}" if item.evidence else ""))
        out.append(f"    {_short(item.text)}")
    return "\n".join(out) + "\n"

