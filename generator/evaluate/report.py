"""The scores, the disagreements and the text report `briefing eval` prints."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .shown import ShownScore


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
    speakers_by_how: dict[str, Score] = field(default_factory=dict)  # found speakers (tp, fp) per kind of link
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
            "speakers_by_how": {k: {"tp": v.tp, "fp": v.fp} for k, v in sorted(self.speakers_by_how.items())},
            "body": {"paragraphs": self.body, "lost": self.lost},
            "boilerplate": {"paragraphs": self.boilerplate, "kept": self.kept, "removed": round(self.boilerplate_removed, 4)},
            "shown_positions": self.shown.as_dict(),
            "disagreements": [asdict(d) for d in self.disagreements],
        }


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


def _by_how_line(report: Report) -> str:
    """Per kind of link to the speaker (Attribution.how): found speakers right/wrong, shown right/shown."""
    shown = report.shown.by_how()
    kinds = sorted(set(report.speakers_by_how) | set(shown))
    parts = []
    for k in kinds:
        found = report.speakers_by_how.get(k, Score())
        s = shown.get(k, {"shown": 0, "correct": 0})
        parts.append(f"{k} {found.tp}/{found.fp}, shown {s['correct']}/{s['shown']}")
    return "  by link (found right/wrong, shown right/all): " + "; ".join(parts)


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
            _by_how_line(report),
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
