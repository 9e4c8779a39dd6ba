#!/usr/bin/env python3
"""Precision and recall of the speakers module on the stories of tests/fixtures/speakers_heldout/
(written by someone who saw neither the code nor the corpus; see its README): per set, counting
each expected speaker of a paragraph once per sentence it speaks in.

    .venv/bin/python scripts/speakers_heldout.py [--misses] [--by-how] [--unlearned]

A set is read as a build reads a corpus: names briefing.yml lacks are first learned from the set's
own stories (annotate/learn: a stranger named in full, then by surname, is someone, not the last
listed person), and a credit to such a learned person is not scored (the sets name only the listed
people). `--unlearned` scores with the gazetteer alone, as before that pass existed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.annotate import Annotator, learn  # noqa: E402
from generator.config import load_config  # noqa: E402
from generator.model import Paragraph, Source  # noqa: E402

FOLDER = ROOT / "tests" / "fixtures" / "speakers_heldout"
CONFIG = load_config(ROOT / "briefing.yml")
LANGUAGE = {"tw": "zh-Hant", "hk": "zh-Hant", "cn": "zh-Hans"}
_PERSONS = {e.id for e in CONFIG.entities if e.kind == "person" and not e.id.endswith("-officials")}


def speaker_kind(entity: str) -> str:
    """A named person, or a body or unnamed officials (the White House, 美方官員): LABELLING.md credits
    both, while several sets' writers credited only people, so --by-how counts the two apart."""
    return "named people" if entity in _PERSONS else "bodies and officials"



def score(path: Path, annotator: Annotator | None, misses: bool = False, by_how: Counter | None = None) -> tuple[int, int, int]:
    """(true, false, missed) speaker credits over one set's stories; `by_how` counts each credit,
    right or wrong, under how it was found ((how, True|False) -> n). With no `annotator`, the set's
    own lexicon is learned first, as a build learns its corpus's."""
    tp = fp = fn = 0
    items = json.loads(path.read_text(encoding="utf-8"))
    sources = [Source(f"s{n}", f"s{n}.txt", "text", "t", None, "2026-01-15", None, LANGUAGE.get(item.get("style"), "en"),
                      tuple(Paragraph(f"p{i}", t, i) for i, t in enumerate(item["paragraphs"], 1)), ())
               for n, item in enumerate(items)]
    learned: set[str] = set()
    if annotator is None:
        lexicon = learn(CONFIG, sources)
        annotator = Annotator(CONFIG, lexicon)
        learned = {e.id for e in lexicon.provisional}
    for n, (item, source) in enumerate(zip(items, sources)):
        annotated = annotator.source(source).paragraphs
        if failed := [ap for ap in annotated if ap.failed]:  # a bug would only lower the figures: stop on it
            sys.exit(f"{path.name} story {n}: the annotator failed on {failed[0].paragraph.text[:60]!r}: {failed[0].failed}")
        annotated = [replace(ap, attributions=tuple(a for a in ap.attributions if a.entity not in learned)) for ap in annotated]
        found = [[a.entity for a in ap.attributions] for ap in annotated]
        for ap, expected in zip(annotated, item["expected"]):
            if by_how is not None:
                left = Counter(expected)
                for a in ap.attributions:
                    by_how[a.how, left[a.entity] > 0] += 1
                    by_how[f"({speaker_kind(a.entity)})", left[a.entity] > 0] += 1
                    left[a.entity] -= 1
        for got, expected in zip(found, item["expected"]):
            g, e = Counter(got), Counter(expected)
            right = sum((g & e).values())
            tp, fp, fn = tp + right, fp + sum(g.values()) - right, fn + sum(e.values()) - right
            if misses and g != e and not path.stem.endswith("_check"):  # a checking half's misses are never read
                print(f"  {path.stem} {n}: found {got}, expected {expected}")
    return tp, fp, fn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the paragraphs found otherwise than expected (not a checking half's)")
    parser.add_argument("--by-how", action="store_true", help="also the credits right and wrong by how the speaker was found, and to named people or to bodies and officials, per half")
    parser.add_argument("--unlearned", action="store_true", help="the gazetteer alone: learn no names from the set's stories first")
    args = parser.parse_args()
    annotator = Annotator(CONFIG) if args.unlearned else None
    halves: dict[str, Counter] = {"tuning": Counter(), "checking": Counter()}
    for path in sorted(FOLDER.glob("*.json")):
        half = halves["checking" if path.stem.endswith("_check") else "tuning"]
        tp, fp, fn = score(path, annotator, args.misses, half if args.by_how else None)
        print(f"{path.stem}: precision {tp / max(1, tp + fp):.3f}, recall {tp / max(1, tp + fn):.3f} ({tp} right, {fp} wrong, {fn} missed)")
    if args.by_how:
        for name, counts in halves.items():
            hows = sorted({how for how, _ in counts}, key=lambda h: (h.startswith("("), -(counts[h, True] + counts[h, False])))
            print(f"{name} sets by how: " + ", ".join(f"{h or '?'} {counts[h, True]}/{counts[h, True] + counts[h, False]}" for h in hows))


if __name__ == "__main__":
    main()
