"""Claims: excerpts from different sources that report the same thing, grouped so a topic page
shows the text once with every citation ("3 家媒體").

Two excerpts are compared on a canonical form of their text: folded (script and regional
variants, width, case), names replaced by their entity (普丁 and 普京 are one person), punctuation
and spaces dropped. They are grouped when the forms are equal, or near-equal by rapidfuzz's
normalised Indel similarity (a word changed, a clause reworded), and only when they agree exactly
on their numbers, dates, names and negations: "三名" and "四名", 12月5日 and 12月6日, 同意 and
不同意 are different claims however alike the rest of the sentence is. Candidate pairs come from
shared sentence openings and endings (blocking), so the cost grows with the number of excerpts,
not its square.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from sys import intern

from rapidfuzz.distance import Indel, Levenshtein

from ..model import AnnotatedParagraph, Excerpt
from ..normalize import fold

SIMILAR = 0.90  # normalised Indel similarity of two canonical texts that say the same thing
KEY = 12  # characters of a sentence's canonical opening and ending used as blocking keys
BLOCK = 64  # a key shared by more excerpts than this is too common to block on

_NUMBERS = re.compile(r"\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千万亿]+")
_NAME = re.compile(r"\x01[^\x01]*\x01")  # a name replaced by its entity
_DROPPED = re.compile(r"[^\w\x01]|_")  # what the canonical text drops: all but str.isalnum() and the name marks
_NEGATIONS = re.compile(r"不|没|未|无|非|否|别|勿|莫|拒|\b(?:not|no|never|none|nor|without|cannot|reject\w*|refus\w*|den(?:y|ied|ies))\b|n't")


@dataclass(frozen=True)
class Shape:
    """What two excerpts must share to be one claim."""

    text: str  # canonical text
    sentences: tuple[str, ...]  # canonical text of each sentence, for blocking
    guard: tuple  # numbers, dates, names and negations: equal, or never the same claim
    # The guard and text as one string, and the blocking keys: a string keeps its hash, and grouping
    # looks each up at every build. (A repr holds no raw NUL, so the parts cannot run together.)
    exact: str = ""
    blocks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """One sentence's part of a shape: its canonical text and what its guard holds, in text order."""

    text: str
    numbers: tuple[str, ...]
    dates: tuple[str, ...]
    names: tuple[str, ...]
    negations: tuple[str, ...]


def sentence(ap: AnnotatedParagraph, index: int, span: tuple[int, int] | None = None) -> Sentence:
    """Sentence `index` of `ap`, or only `span` of it (the clause a speaker is quoted with)."""
    text = ap.paragraph.text
    start, end = span or ap.sentences[index]
    parts, names, at = [], [], start
    for mention in sorted(ap.mentions, key=lambda m: m.start):
        if start <= mention.start and mention.end <= end and mention.start >= at:
            parts.append(fold(text[at:mention.start]))
            parts.append(f"\x01{mention.entity}\x01")
            names.append(mention.entity)
            at = mention.end
    parts.append(fold(text[at:end]))
    folded = "".join(parts)
    plain = _NAME.sub(" ", folded)
    dates = tuple(d.date for d in ap.dates if ap.sentence_of(d.start) == index and start <= d.start < end)
    return Sentence(_DROPPED.sub("", folded), tuple(_NUMBERS.findall(plain)), dates, tuple(names),
                    tuple(_NEGATIONS.findall(plain)))


def shape(ap: AnnotatedParagraph, indexes: list[int]) -> Shape:
    return shape_of([sentence(ap, i) for i in sorted(set(indexes))])


def shape_of(parts: list[Sentence]) -> Shape:
    """The shape of sentences in text order (each made once: excerpts of several topics and
    sections share them)."""
    # In text order, with repeats: 「不會接受…也會同意」 and 「會接受…也不會同意」 differ.
    first, *rest = parts
    guard = (first.numbers, first.dates, first.names, first.negations)
    for p in rest:
        guard = (guard[0] + p.numbers, guard[1] + p.dates, guard[2] + p.names, guard[3] + p.negations)
    sentences = tuple(p.text for p in parts)
    # Interned: many sources quote the same sentence, and grouping's lookups then compare equal
    # strings by identity instead of character by character (a third of its time at 10,000 articles).
    text, fence = intern("".join(sentences)), repr(guard)
    blocks = tuple(intern(key) for s in sentences if len(s) >= KEY for key in (f"{fence}\x00^{s[:KEY]}", f"{fence}\x00${s[-KEY:]}"))
    return Shape(text, sentences, guard, intern(f"{fence}\x00{text}"), blocks)


def similar(a: str, b: str) -> bool:
    """Near-equal, and one only adds to the other (a clause, a word, an outlet's tag) with no
    negation or number among what differs: a replaced word (支持/反對, three/four, Monday/Tuesday,
    one unknown name for another) or a moved 不 is another claim."""
    if Indel.normalized_similarity(a, b) < SIMILAR:
        return False
    for op, a_start, a_end, b_start, b_end in Levenshtein.opcodes(a, b):
        if op == "equal":
            continue
        changed = a[a_start:a_end] + " " + b[b_start:b_end]
        if op == "replace" or _NEGATIONS.search(changed) or _NUMBERS.search(changed):
            return False  # a negation or a number added, dropped or moved: 「不會接受」 vs 「會接受任何不要求」
    return True


def group(excerpts: list[Excerpt], shapes: list[Shape], known: dict | None = None, found: dict | None = None) -> list[list[int]]:
    """Indexes of `excerpts` grouped into claims; each group and the list in input order. `known`:
    the last build's `similar` verdicts by pair of texts; `found` gets this build's (mkdocs serve)."""
    parent = list(range(len(excerpts)))
    known = known or {}
    found = {} if found is None else found

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    exact: dict[str, int] = {}
    for i, s in enumerate(shapes):
        first = exact.setdefault(s.exact, i)
        if first != i:
            union(first, i)

    blocks: dict[str, list[int]] = defaultdict(list)
    for i in exact.values():
        for key in shapes[i].blocks:
            blocks[key].append(i)
    for members in blocks.values():
        if len(members) > BLOCK:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if find(i) == find(j):
                    continue
                pair = (shapes[i].text, shapes[j].text)
                verdict = found.get(pair)
                if verdict is None:
                    verdict = known.get(pair)
                    found[pair] = verdict = similar(*pair) if verdict is None else verdict
                if verdict:
                    union(i, j)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(excerpts)):
        groups[find(i)].append(i)
    return [groups[root] for root in sorted(groups)]
