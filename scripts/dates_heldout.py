#!/usr/bin/env python3
"""Date resolution on the paragraphs of tests/fixtures/dates_heldout/ (written by someone who saw
neither the code, briefing.yml nor the corpus; see its README), per set and half: items at even
positions may be tuned on, those at odd positions are only checked. `--misses` prints the tuning
half's disagreements (never the checking half's).

    .venv/bin/python scripts/dates_heldout.py [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.annotate.dates import find_dates  # noqa: E402
from generator.normalize import fold_map  # noqa: E402

FOLDER = ROOT / "tests" / "fixtures" / "dates_heldout"
SETS = ("dates.json", "deadlines.json", "years_check.json")  # round 22: a mix of past and future months; deadlines only
CHECK_ONLY = {"deadlines.json", "years_check.json"}  # written to check a rule made on the tuning halves: all of it is checking


def score(half: str, misses: bool = False, items: str = SETS[0]) -> tuple[int, int, int, int]:
    """(right, wrong, missed) labelled date expressions over one half of a set, and the dates found
    where none is labelled: a labelled expression is found when a date the generator finds overlaps
    it, right when its value is the label's."""
    right = wrong = missed = extra = 0
    for n, item in enumerate(json.loads((FOLDER / items).read_text(encoding="utf-8"))):
        if (half == "tune" and items in CHECK_ONLY) or (items not in CHECK_ONLY and n % 2 != (half == "check")):
            continue
        text = item["text"]
        found = find_dates(fold_map(text), text, dt.date.fromisoformat(item["published"]))
        used: set[int] = set()
        for label in item["dates"]:
            start = text.find(label["surface"])
            end = start + len(label["surface"])
            overlapping = [i for i, d in enumerate(found) if d.start < end and start < d.end and i not in used]
            if not overlapping:
                missed += 1
                verdict = "missed"
            else:
                used.add(overlapping[0])
                ok = found[overlapping[0]].date == label["value"]
                right, wrong = right + ok, wrong + (not ok)
                verdict = None if ok else f"read as {found[overlapping[0]].date}"
            if misses and verdict and half == "tune":
                print(f"  {items} {n} ({item['published']}) {label['surface']} = {label['value']}, {verdict}: {text[:90]}")
        spurious = [d for d in found if not any(d.start < text.find(l["surface"]) + len(l["surface"]) and text.find(l["surface"]) < d.end
                                                  for l in item["dates"])]
        extra += len(spurious)
        if misses and half == "tune":
            for d in spurious:
                print(f"  {items} {n} ({item['published']}) {d.surface} read as {d.date}, not a labelled date: {text[:90]}")
    return right, wrong, missed, extra


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the tuning half's disagreements")
    args = parser.parse_args()
    for items in SETS:
        if not (FOLDER / items).exists():
            continue
        for half in ("tune", "check"):
            if (half == "tune" and items in CHECK_ONLY):
                continue
            right, wrong, missed, extra = score(half, args.misses, items)
            print(f"{items} {half}: {right} right, {wrong} wrong, {missed} missed of {right + wrong + missed}; "
                  f"{extra} found where none is labelled")


if __name__ == "__main__":
    main()
