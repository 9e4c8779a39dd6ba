#!/usr/bin/env python3
"""Choose the weights of `generator/clean/span.py` (a text page's densest run of prose, the cut below
it and the short lines above it) on half of the sites of the public benchmarks' text dumps; check them on the other half
and on the hand-labelled pages (the real-world set and the seeds), where no body line may be cut.

Data are read from `../shared/` (never copied into the repository). Sites are split by a hash of
their name (`train_furniture.fold_of`): folds 0-2 tune, 3-4 check. Every page is first cleaned by
the other rules; `outside_story` then runs with each candidate weighting, and the kept lines are
scored with the benchmark's metric (`benchmark_extraction.score`), and on the labelled pages by the
body lines it cuts and the furniture lines removed in all. ACCURACY.md, round 7, has the result.

    .venv/bin/python scripts/experiment_prose_run.py            # the grid, one line per weighting
    .venv/bin/python scripts/experiment_prose_run.py --chosen   # the rules alone, and span.WEIGHTS
    .venv/bin/python scripts/experiment_prose_run.py --span     # round 8: what the cut must span
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import benchmark_extraction as bench  # noqa: E402
import train_furniture as tf  # noqa: E402
from generator.clean import RULES, span  # noqa: E402
from generator.clean.candidates import Candidates  # noqa: E402

CACHE = Path("/tmp/experiment_prose_run.pickle")


def _other_rules(blocks, title=None, description=None) -> list[str | None]:
    c = Candidates(list(blocks), title, description)
    for rule in RULES:
        if rule is not span.outside_story:
            rule(c)
    return c.reasons


def load() -> list[dict]:
    """Every page, cleaned by the other rules (cached in /tmp: the rules take a minute)."""
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    tf._rules = _other_rules
    pages = tf.benchmark_pages()
    pages += tf.gold_pages(tf.SHARED / "realworld" / "articles", tf.SHARED / "realworld" / "gold", "realworld")
    pages += tf.gold_pages(ROOT / "seeds", ROOT / "tests" / "gold", "seeds")
    CACHE.write_bytes(pickle.dumps(pages))
    return pages


def kept(page: dict, w: span.Weights | None) -> list[bool]:
    c = Candidates(list(page["blocks"]))
    c.reasons = list(page["reasons"])
    if w is not None:
        span.outside_story(c, w)
    return [r is None for r in c.reasons]


def evaluate(pages: list[dict], w: span.Weights | None) -> dict[str, tuple]:
    """Per set: (P, R, F1, pages) on the benchmarks' halves (magic-html: its Chinese pages);
    (body lines cut, furniture lines removed / labelled) on the labelled pages."""
    out: dict[str, list] = {}
    for page in pages:
        keep = kept(page, w)
        if page["truth"] is not None:
            if page["set"] == "magic-html" and not page["chinese"]:
                continue
            half = "tune" if tf.fold_of(page["group"]) < 3 else "check"
            body = "\n".join(b.text for b, k in zip(page["blocks"], keep) if k)
            out.setdefault(f"{page['set']}-{half}", []).append(bench.score(body, page["truth"]))
        else:
            row = out.setdefault(page["set"], [0, 0, 0])
            for k, label, reason in zip(keep, page["labels"], page["reasons"]):
                row[0] += label == 1 and not k and reason is None
                row[1] += label == 0 and not k
                row[2] += label == 0
    result = {}
    for name, rows in sorted(out.items()):
        if isinstance(rows[0], tuple):
            p, r = (sum(x[i] for x in rows) / len(rows) for i in (0, 1))
            result[name] = (round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0, len(rows))
        else:
            result[name] = (rows[0], f"{rows[1]}/{rows[2]}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chosen", action="store_true", help="only the rules alone and span.WEIGHTS")
    parser.add_argument("--span", action="store_true", help="round 8: the cut's span against the lines left in it")
    args = parser.parse_args(argv)
    pages = load()
    print("rules alone", evaluate(pages, None), flush=True)
    print("span.WEIGHTS", evaluate(pages, span.WEIGHTS), flush=True)
    if args.chosen:
        return 0
    if args.span:  # round 8: the lines the cut spans, other rules' included, and how many of them are left
        for span_lines, left in ((0, 8), (8, 1), (8, 2), (8, 3), (10, 2), (12, 3)):
            w = replace(span.WEIGHTS, min_cut_span=span_lines, min_cut_lines=left)
            print(f"min_cut_span={span_lines} min_cut_lines={left}", evaluate(pages, w), flush=True)
        # then, with the span chosen (10, 2), the cut's other guards and the cost of a line again
        for share, cut, cost in itertools.product((0.7, 0.85, 1.0), (24, 40), (8, 12)):
            w = replace(span.WEIGHTS, max_prose_cut=share, min_cut=cut, line_cost=cost)
            print(f"max_prose_cut={share} min_cut={cut} line_cost={cost}", evaluate(pages, w), flush=True)
        return 0
    # The cut below the story (chosen first, with nothing cut above it), then the menu lines above it.
    for line_cost, unclosed, lines, share in itertools.product((8, 12), (0.25, 0.5), (3, 8), (0.35, 0.5, 0.7, 1.0)):
        w = replace(span.WEIGHTS, line_cost=line_cost, unclosed=unclosed, min_cut_span=0, min_cut_lines=lines,
                    max_prose_cut=share, max_menu_words=0)  # round 7's grid: lines no other rule took
        print(f"line_cost={line_cost} unclosed={unclosed} min_cut_lines={lines} max_prose_cut={share}",
              evaluate(pages, w), flush=True)
    for words in (0, 3, 6, 10):
        print(f"max_menu_words={words}", evaluate(pages, replace(span.WEIGHTS, max_menu_words=words)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
