"""The positions the site shows, scored against the labels' speakers (`briefing eval`).

A position is shown as the first excerpt of a claim: on a topic page (the first few per party
not quoted above them), in the brief, on the party's positions pages (every claim) and on an
entity page (發言與引述, the newest statements). Selection amplifies a rare error, so what is shown is scored on its own:

- precision: the shown excerpt's speaker and party are a labelled speaker of the sentence it is
  taken from (same entity, same party; for a statement, the entity's party). Statements of an
  entity without a party are not scored (the labels only name party speakers).
- inside: the share of the shown text's letters that lie inside the labelled clause. The labels
  name a fragment of the sentence ("a clause is enough", LABELLING.md), so the labelled clause
  runs from the clause break before the fragment to the next labelled fragment of another
  speaker in that sentence, else the sentence's end: text before it is someone else's (an
  analyst's lead-in, the reporter's scene), text after it another speaker's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import AnnotatedParagraph, Excerpt
from .align import alignment_key

CLAUSE = re.compile(r"[，,；;。：:!?！？]")
GAPS = re.compile(r"\s*(?:……|…)\s*")
# A fragment that is a reporting clause ending its sentence ("the Kremlin confirmed on Monday."):
# the words it reports are the sentence before it.
REPORTING = re.compile(r"(?:[\w’'.-]+\s+){0,6}(?:said|says|told|confirmed|added|wrote|stated|noted|announced|insisted"
                       r"|warned|stressed|reported)\b(?:\s+[\w’'.-]+){0,3}\s*[.!?]?[”\"’]?\s*")


@dataclass(frozen=True)
class Shown:
    """One shown excerpt and how it scored."""

    where: str  # "topic", "party", "brief", "statements"
    source: str  # article file
    paragraph: str
    entity: str
    party: str
    text: str
    correct: bool
    inside: float  # share of its letters inside the labelled clause (0 when not correct)
    how: str = ""  # how the speaker was found (Attribution.how), to measure each kind of link


@dataclass
class ShownScore:
    items: list[Shown] = field(default_factory=list)

    def _of(self, where: str | None) -> list[Shown]:
        seen, out = set(), []
        for s in self.items:  # an excerpt shown on several pages counts once per kind of place
            key = (s.where if where is None else "", s.source, s.paragraph, s.entity, s.party, s.text)
            if (where is None or s.where == where) and key not in seen:
                seen.add(key)
                out.append(s)
        return out

    def precision(self, where: str | None = None) -> float:
        items = self._of(where)
        return sum(s.correct for s in items) / len(items) if items else 1.0

    def inside(self, where: str | None = None) -> float:
        items = [s for s in self._of(where) if s.correct]
        return sum(s.inside for s in items) / len(items) if items else 1.0

    def mostly_inside(self, where: str | None = None) -> float:
        """The share of right shown texts with at least 90% of their letters inside the labelled clause."""
        items = [s for s in self._of(where) if s.correct]
        return sum(s.inside >= 0.9 for s in items) / len(items) if items else 1.0

    def as_dict(self) -> dict:
        places = ("topic", "brief", "party", "statements")
        return {
            "shown": len(self._of(None)), "correct": sum(s.correct for s in self._of(None)),
            "precision": round(self.precision(), 4), "inside": round(self.inside(), 4),
            "mostly_inside": round(self.mostly_inside(), 4),
            "by_place": {w: {"shown": len(self._of(w)), "precision": round(self.precision(w), 4),
                             "inside": round(self.inside(w), 4)} for w in places},
            "by_how": self.by_how(),
        }

    def by_how(self) -> dict[str, dict[str, int]]:
        """Shown and right per kind of link to the speaker (Attribution.how), each excerpt once."""
        found: dict[str, dict[str, int]] = {}
        for s in self._of(None):
            counts = found.setdefault(s.how or "-", {"shown": 0, "correct": 0})
            counts["shown"] += 1
            counts["correct"] += s.correct
        return dict(sorted(found.items()))


def _key(text: str) -> tuple[str, list[int]]:
    return alignment_key(text)


def labelled_range(sentence: str, fragment: str, others: list[str], names: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The labelled clause in `sentence`'s alignment key: from the clause break before `fragment`
    (or before the speaker's name, `names` its labelled spellings, when the sentence names the
    speaker earlier: 葉爾馬克的說法，新草案……) to the next of `others` (other speakers'
    fragments) after it, else the sentence's end."""
    key, origin = _key(sentence)
    at = key.find(_key(fragment)[0])
    if at < 0 or not origin:
        return None
    named = [i for name in names if (n := _key(name)[0]) for i in _all(key, n) if i < at]
    raw = origin[max(named)] if named else origin[at]
    breaks = [m.end() for m in CLAUSE.finditer(sentence, 0, raw)]
    start_raw = breaks[-1] if breaks else 0
    if (sentence[:raw].rstrip(" ,，").endswith(("”", '"', "」", "』", "’")) or len(sentence[:start_raw].strip()) <= 12
            or (sentence[:raw].rstrip(" [").endswith(",") and REPORTING.fullmatch(sentence, raw))):
        start_raw = 0  # “…,” Lavrov said and "…, Shmyhal said.": what was said comes first; 週二，: a short lead-in
    elif closes := re.search(r"[”\"」』]\s*[,，]?\s*(?=\S)", fragment):
        after = fragment[closes.end():]
        if any(name and name in after for name in names):  # "…we deserve a seat,” Sikorski said": the quotation he closes
            opening = [m.start() for m in re.finditer(r"[“\"「『]", sentence[:raw])]
            start_raw = min(start_raw, opening[0] if opening else 0)
    start = next(i for i, o in enumerate(origin) if o >= start_raw)
    end = len(key)
    for other in others:
        o = key.find(_key(other)[0], at + 1)
        if o > at:
            end = min(end, o)
    return start, end


def _all(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def share_inside(sentence: str, shown: str, labelled: tuple[int, int]) -> float:
    """The share of `shown`'s letters (its parts between … gaps, each found in order in the
    sentence) that lie inside `labelled`."""
    key = _key(sentence)[0]
    total = inside = 0
    cursor = 0
    for part in GAPS.split(shown):
        part_key = _key(part)[0]
        if not part_key:
            continue
        at = key.find(part_key, cursor)
        total += len(part_key)
        if at < 0:
            continue  # not from this sentence: outside
        cursor = at + len(part_key)
        inside += max(0, min(cursor, labelled[1]) - max(at, labelled[0]))
    return inside / total if total else 0.0


def sentence_of(ap: AnnotatedParagraph, text: str) -> int | None:
    """The index of the sentence of `ap` that the excerpt's first part is taken from."""
    first = next((_key(p)[0] for p in GAPS.split(text) if _key(p)[0]), "")
    for i in range(len(ap.sentences)):
        if first and first in _key(ap.sentence_text(i))[0]:
            return i
    return None


def score_shown(briefing, gold_articles: dict, party_of, where_of: list[tuple[str, Excerpt]]) -> ShownScore:
    """Score each (place, excerpt) of `where_of` against the gold article of its source (`gold_articles`:
    source file -> GoldArticle); excerpts of sources without labels are left out."""
    by_id = {s.source.id: s for s in briefing.sources}
    score = ShownScore()
    for where, excerpt in where_of:
        annotated = by_id.get(excerpt.source)
        if annotated is None or annotated.source.file not in gold_articles or not excerpt.entity:
            continue
        party = excerpt.party or party_of(excerpt.entity)
        if not party:
            continue  # an entity of no party: the labels do not say
        ap = next(p for p in annotated.paragraphs if p.paragraph.anchor == excerpt.paragraph)
        index = sentence_of(ap, excerpt.text)
        sentence = ap.sentence_text(index) if index is not None else ""
        sentence_key = _key(sentence)[0]
        labels = [(s, p) for p in gold_articles[annotated.source.file].paragraphs for s in p.speakers
                  if sentence_key and _key(s.sentence)[0] and _key(s.sentence)[0] in sentence_key]
        mine = [(s, p) for s, p in labels if s.entity == excerpt.entity and s.party == party]
        inside = 0.0
        if mine:
            others = [s.sentence for s, _ in labels if s.entity != excerpt.entity]
            ranges = [r for s, p in mine if (r := labelled_range(sentence, s.sentence, others, p.entities.get(s.entity, ())))]
            inside = max((share_inside(sentence, excerpt.text, r) for r in ranges), default=0.0)
        how = next((a.how for a in ap.attributions if a.sentence == index and a.entity == excerpt.entity), "")
        score.items.append(Shown(where, annotated.source.file, excerpt.paragraph, excerpt.entity, party,
                                 excerpt.text, bool(mine), inside, how))
    return score


def shown_positions(briefing) -> list[tuple[str, Excerpt]]:
    """(place, excerpt) of every position and statement the site shows, taken from what the pages
    render, not recomputed: the topic page's positions (`positions_shown`: a sentence quoted above
    them is not quoted again, so a later claim may stand in), the brief's (`render.brief`, which
    skips repeats the same way), every claim on a party's positions pages, and each entity page's
    statements."""
    from ..render.brief import brief

    found = []
    for section in briefing.topics:
        for _, claims in section.positions_shown:
            found += [("topic", c.first) for c in claims]
        for _, claims in section.positions:
            found += [("party", c.first) for c in claims]
    for topic in brief(briefing)["topics"]:
        for _, excerpts in topic["positions"]:
            found += [("brief", e) for e in excerpts]
    for profile in briefing.profiles.values():
        found += [("statements", c.first) for c in profile.statements]
    return found
