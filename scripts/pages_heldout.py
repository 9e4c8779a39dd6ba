#!/usr/bin/env python3
"""Furniture removed and body lines lost by the cleaner on the page copies of
tests/fixtures/pages_heldout/ (two sets, each written by someone who saw neither the code nor the
corpus; see its README), per set and half: even pages may be tuned on, odd pages are only checked.
`--misses` prints the tuning halves' lost body lines and kept furniture (never a checking half's).

    .venv/bin/python scripts/pages_heldout.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.extract import to_source  # noqa: E402
from generator.readers import parse  # noqa: E402

FOLDER = ROOT / "tests" / "fixtures" / "pages_heldout"
SETS = ("pages.json", "pages2.json", "pages3.json", "pages4_check.json", "pages5_check.json", "repeats_check.json",
        "tails_check.json", "shortparas_tune.json", "shortparas_check.json", "comments_check.json",
        "credits_check.json", "signoffs_check.json", "shortparas2_tune.json", "sections_check.json", "repeats_tune.json", "timelines_check.json", "photocredits_check.json", "timelines_tune.json")  # rounds 20, 21, 23 (bylines, credits), 23, 24 and 25 (checking only)


def score(half: str, misses: bool = False, pages: str = SETS[0]) -> tuple[int, int, int, int]:
    """(furniture lines removed, furniture lines, body lines lost, body lines) over one half of a set."""
    removed = furniture = lost = body = 0
    for n, page in enumerate(json.loads((FOLDER / pages).read_text(encoding="utf-8"))):
        if (half == "tune") if pages.endswith("_check.json") else (half == "check") if pages.endswith("_tune.json") \
                else n % 2 != (half == "check"):
            continue  # a set written only to check has no tuning half, one written only to tune no checking half
        text = "\n".join(line for line, _ in page["lines"]) + "\n"
        kept = {p.line for p in to_source(parse(Path(f"page{n}.txt"), text), None).paragraphs}
        for number, (line, label) in enumerate(page["lines"], 1):
            if not line.strip():
                continue
            if label == "body":
                body += 1
                lost += number not in kept
            else:
                furniture += 1
                removed += number not in kept
            if misses and half == "tune" and (number in kept) != (label == "body"):
                print(f"  page {n} ({page['site']}) {'lost' if label == 'body' else 'kept'}: {line[:90]}")
    return removed, furniture, lost, body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the tuning half's disagreements")
    args = parser.parse_args()
    for pages in SETS:
        for half in ("check",) if pages.endswith("_check.json") else ("tune",) if pages.endswith("_tune.json") else ("tune", "check"):
            removed, furniture, lost, body = score(half, args.misses, pages)
            print(f"{pages} {half}: furniture removed {removed}/{furniture} ({removed / furniture:.1%}), body lost {lost}/{body}")


if __name__ == "__main__":
    main()
