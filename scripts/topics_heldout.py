#!/usr/bin/env python3
"""Topic precision, recall and macro-F1 on the stories of tests/fixtures/topics_heldout/ (written by
someone who saw neither the code, briefing.yml nor the corpus; see its README), per half: stories at
even positions may be tuned on, those at odd positions are only checked (a `*_check.json` set is
checking only). `--misses` prints the
tuning half's disagreements (never the checking half's).

    .venv/bin/python scripts/topics_heldout.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.annotate import Annotator  # noqa: E402
from generator.config import load_config  # noqa: E402
from generator.model import Paragraph, Source  # noqa: E402

FOLDER = ROOT / "tests" / "fixtures" / "topics_heldout"
# round 20's writer, round 22's (scored before any change was read on it), rounds 24 and 25 (checking only)
SETS = ("stories.json", "stories2.json", "topics3_check.json", "europe_check.json", "envoys_check.json",
        "guarantees_check.json", "territory_check.json", "titles_check.json", "postwar_check.json", "meetings_check.json", "acting_check.json",
        "quotes_check.json", "quotes_tune.json", "guarantees_tune.json")


def scores(annotator: Annotator, half: str, misses: bool = False, stories: str = SETS[0]) -> dict[str, tuple[int, int, int]]:
    """Topic id -> (true, false, missed) over one half ("tune": even positions, "check": odd) of a set."""
    topics = [t.id for t in annotator.config.topics]
    counts = {t: [0, 0, 0] for t in topics}
    for n, story in enumerate(json.loads((FOLDER / stories).read_text(encoding="utf-8"))):
        if ((half == "tune") if stories.endswith("_check.json") else (half == "check") if stories.endswith("_tune.json")
                else n % 2 != (half == "check")):
            continue  # a set written only to check has no tuning half, one written only to tune no checking half
        paragraphs = tuple(Paragraph(f"p{i}", t, i) for i, t in enumerate(story["paragraphs"], 1))
        source = Source(f"s{n}", f"s{n}.txt", "text", story.get("title", ""), None, "2026-01-15", None,
                        story["language"], paragraphs, ())
        annotated = annotator.source(source).paragraphs
        if failed := [ap for ap in annotated if ap.failed]:  # a bug would only lower the figures: stop on it
            sys.exit(f"{stories} story {n}: the annotator failed on {failed[0].paragraph.text[:60]!r}: {failed[0].failed}")
        for ap, expected in zip(annotated, story["topics"]):
            found = {t.id for t in ap.topics}
            for t in topics:
                kind = (0 if t in expected else 1) if t in found else (2 if t in expected else None)
                if kind is not None:
                    counts[t][kind] += 1
                    if misses and kind and half == "tune":
                        print(f"  story {n} {ap.paragraph.anchor} {'wrong' if kind == 1 else 'missed'} {t}: {ap.paragraph.text[:90]}")
    return {t: tuple(c) for t, c in counts.items()}


def macro_f1(counts: dict[str, tuple[int, int, int]]) -> float:
    f1 = [2 * tp / (2 * tp + fp + fn) if tp else 0.0 for tp, fp, fn in counts.values()]
    return sum(f1) / len(f1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the tuning half's disagreements")
    args = parser.parse_args()
    annotator = Annotator(load_config(ROOT / "briefing.yml"))
    for stories in SETS:
        for half in ("check",) if stories.endswith("_check.json") else ("tune",) if stories.endswith("_tune.json") else ("tune", "check"):
            counts = scores(annotator, half, args.misses, stories)
            detail = ", ".join(f"{t} {tp}/{fp}/{fn}" for t, (tp, fp, fn) in counts.items())
            print(f"{stories} {half}: macro-F1 {macro_f1(counts):.3f} (right/wrong/missed: {detail})")


if __name__ == "__main__":
    main()
