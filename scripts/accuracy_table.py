"""The accuracy tables of ACCURACY.md, produced by `briefing eval --json` on every labelled set.

    python scripts/accuracy_table.py              # print the tables
    python scripts/accuracy_table.py --write      # rewrite them in ACCURACY.md (between the markers)

The sets: the five seeds (tests/gold), the tuning and held-out splits of the seeds, the English
test article (tests/fixtures/english), the later held-out articles (tests/fixtures/heldout, heldout2)
and, where the folder is there, the real-world set (../shared/realworld: 72 pages of other outlets
with independent labels; third-party texts, never copied into this repository), whole and in the
two halves of its split by outlet (tests/realworld-split.yml: `briefing eval --split tune|check`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TUNING = ("000_fbf215345708780b.txt", "002_bd3631d84e938dc4.txt", "004_eca4416b74988871.txt")
HELD_OUT = ("001_b5b4c0ac8478d468.txt", "003_e29858f474b2aba1.txt")
SETS = (
    ("seeds, all five", "tests/gold", "seeds", ()),
    ("seeds 000, 002, 004 (round-1 tuning split)", "tests/gold", "seeds", TUNING),
    ("seeds 001, 003 (round-1 held-out split)", "tests/gold", "seeds", HELD_OUT),
    ("English article", "tests/fixtures/english/gold.yml", "tests/fixtures/english", ()),
    ("later held-out articles (zh-Hant, zh-Hans)", "tests/fixtures/heldout/gold.yml", "tests/fixtures/heldout", ()),
    ("third held-out set (zh-Hant HK, en)", "tests/fixtures/heldout2/gold.yml", "tests/fixtures/heldout2", ()),
)
REAL_WORLD = (
    ("real-world set, all 72 pages (../shared/realworld)", "../shared/realworld/gold", "../shared/realworld/articles", ()),
    ("real-world tuning half (36 pages, --split tune)", "../shared/realworld/gold", "../shared/realworld/articles", ("--split", "tune")),
    ("real-world checking half (36 pages, --split check)", "../shared/realworld/gold", "../shared/realworld/articles", ("--split", "check")),
)
BEGIN, END = "<!-- accuracy:begin (scripts/accuracy_table.py --write) -->", "<!-- accuracy:end -->"


def run(gold: str, seeds: str, only: tuple[str, ...]) -> dict:
    command = [sys.executable, "-m", "generator", "eval", "--gold", gold, "--seeds", seeds, "--json"]
    command += list(only) if only[:1] == ("--split",) else [arg for name in only for arg in ("--only", name)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _pct(value: float) -> str:
    return f"{value:.3f}"


def tables() -> str:
    sets = SETS + (REAL_WORLD if (ROOT / REAL_WORLD[0][1]).is_dir() else ())
    reports = [(name, run(gold, seeds, only)) for name, gold, seeds, only in sets]
    topics = list(reports[0][1]["topics"])
    out = ["| set | paragraphs | " + " | ".join(f"{t} F1" for t in topics) + " | topic macro-F1 | person P / R | "
           "event dates | positions P / R | shown positions P / inside / ≥ 90% inside | body lost | boilerplate removed |",
           "|---|---|" + "---|" * len(topics) + "---|---|---|---|---|---|---|"]
    for name, r in reports:
        person = r["entities"].get("person", {"precision": 1.0, "recall": 1.0})
        dates = r["event_dates"]
        out.append(
            f"| {name} | {r['paragraphs']} | " + " | ".join(_pct(r["topics"][t]["f1"]) for t in topics)
            + f" | **{_pct(r['topic_macro_f1'])}** | {_pct(person['precision'])} / {_pct(person['recall'])}"
            f" | {dates['correct']}/{dates['total']} | {_pct(r['speakers']['precision'])} / {_pct(r['speakers']['recall'])}"
            f" | {_pct(r['shown_positions']['precision'])} / {_pct(r['shown_positions']['inside'])}"
            f" / {_pct(r['shown_positions']['mostly_inside'])} ({r['shown_positions']['shown']})"
            f" | {r['body']['lost']}/{r['body']['paragraphs']} | {_pct(r['boilerplate']['removed'])} |"
        )
    # What is left, by kind, over every labelled article of the repository (the seeds once, not per
    # split), and apart from it on the real-world set.
    own = [r for _, r in (reports[0], *reports[3:len(SETS)])]
    out += _tally("seeds, English article, both later held-out sets", own)
    if len(reports) > len(SETS):
        out += _tally("real-world set, all 72 pages", [reports[len(SETS)][1]])
    return "\n".join(out) + "\n"


def _tally(title: str, reports: list[dict]) -> list[str]:
    tally: Counter[str] = Counter()
    for r in reports:
        for d in r["disagreements"]:
            if d["what"] == "topic":
                label = f"topic {d['expected']} missed" if d["found"].startswith("not ") else f"topic {d['found']} where gold has none"
            elif d["what"] == "speaker":
                label = "speaker where gold has none" if d["expected"].startswith("no ") else "speaker missed or another one credited"
            elif d["what"] == "entity":
                label = "entity where gold has none" if d["expected"].startswith("no ") else "entity missed"
            elif d["what"] == "date":
                label = "date: resolved, not an event" if d["expected"] == "no event date" else "date missed or wrong"
            else:
                label = f"{d['what']}: {d['expected']} -> {d['found']}"
            tally[label] += 1
    return (["", f"| remaining disagreement ({title}) | count |", "|---|---|"]
            + [f"| {label} | {count} |" for label, count in sorted(tally.items(), key=lambda x: (-x[1], x[0]))])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="rewrite the tables in ACCURACY.md")
    args = parser.parse_args()
    text = tables()
    if not args.write:
        sys.stdout.write(text)
        return
    path = ROOT / "ACCURACY.md"
    doc = path.read_text(encoding="utf-8")
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{BEGIN}\n{text}{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
