"""The whole site built by each engine, on the same articles, in one run (BENCHMARKS.md, "Engines").

    python scripts/engines_benchmark.py [N ...] [--repeat R] [--seed S] [--json FILE]
    # N: 0 for the five seeds, else a corpus of N articles recombined from them (scripts/benchmark.py)

Each engine builds its own copy of the project with `briefing site --engine ENGINE` in a fresh
process, cold: no per-article cache (--no-cache), Zensical's own cache (.cache/ in the project)
removed, no PDF (BRIEFING_PDF=0: printing is the same few seconds whatever the engine). Within a
repeat the engines run one after the other, so a change of the shared machine's speed falls on all
of them. Reported: median wall seconds (min–max) and peak RSS of the process tree (/usr/bin/time),
Pagefind included.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark import ROOT, corpus, measure_sizes, run  # noqa: E402  (the corpus and the timed run of scripts/benchmark.py)

ENGINES = ("mkdocs", "properdocs", "zensical")


def project(folder: Path, n: int, seed: int) -> Path:
    for name in ("hooks", "docs", "overrides", "templates"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "briefing.yml"):
        shutil.copy(ROOT / name, folder / name)
    if n:
        (folder / "seeds").mkdir()
        corpus(folder / "seeds", n, seed)
    else:
        shutil.copytree(ROOT / "seeds", folder / "seeds")
    return folder


def measure(n: int, repeat: int, seed: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="briefing-engines-") as tmp:
        projects = {engine: project(Path(tmp) / engine, n, seed) for engine in ENGINES}
        runs: dict[str, list[tuple[float, float]]] = {engine: [] for engine in ENGINES}
        pages = {}
        for _ in range(repeat):
            for engine, folder in projects.items():
                for output in (folder / "site", folder / ".cache"):
                    shutil.rmtree(output, ignore_errors=True)
                command = [sys.executable, "-m", "generator.cli", "site", "--engine", engine, "--no-cache",
                           "--config-file", str(folder / "mkdocs.yml"), "--site-dir", str(folder / "site")]
                seconds, rss, _ = run(command, {"BRIEFING_PDF": "0", "NO_MKDOCS_2_WARNING": "1"})
                runs[engine].append((seconds, rss))
                pages[engine] = sum(1 for _ in (folder / "site").rglob("index.html"))
    return {"n": n, "seed": seed, "repeat": repeat, "pages": pages,
            "engines": {engine: {"seconds": statistics.median(s for s, _ in v), "min": min(s for s, _ in v),
                                 "max": max(s for s, _ in v), "peak_rss_mb": max(r for _, r in v)}
                        for engine, v in runs.items()}}


def table(result: dict) -> str:
    what = "the 5 seeds" if result["n"] == 0 else f"N = {result['n']} (seed {result['seed']})"
    lines = [f"{what}, median of {result['repeat']}", f"{'engine':<12}{'seconds':>9}  min–max{'peak RSS':>14}{'pages':>8}"]
    for engine, v in result["engines"].items():
        lines.append(f"{engine:<12}{v['seconds']:9.2f}  {v['min']:.2f}–{v['max']:.2f}{v['peak_rss_mb']:9.0f} MB"
                     f"{result['pages'][engine]:8d}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[0, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    measure_sizes(args, measure, table)


if __name__ == "__main__":
    main()
