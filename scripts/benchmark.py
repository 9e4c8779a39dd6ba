"""Pipeline speed and memory on a synthetic corpus made from the seeds.

    python scripts/benchmark.py [N ...]      # default: 100 1000
    python scripts/benchmark.py --tiny N     # N tiny distinct articles (one short paragraph each)

For each N, copies the five seeds N/5 times (each copy with its own file name, so each is a
separate article) into a temporary folder (or writes N tiny articles), then times generator.build (read, clean, annotate,
compose, render; no MkDocs) and reports the peak resident memory of a fresh process.
Figures are recorded in BENCHMARKS.md.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
from pathlib import Path
import generator
seeds, config = Path(sys.argv[1]), Path(sys.argv[2])
start = time.perf_counter()
result = generator.build(seeds, config)
seconds = time.perf_counter() - start
print(json.dumps({"articles": len(result.briefing.sources), "pages": len(result.pages), "seconds": seconds,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def corpus(folder: Path, n: int) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(n):
        source = seeds[i % len(seeds)]
        shutil.copy(source, folder / f"{i:05d}_{source.name}")


def tiny_corpus(folder: Path, n: int) -> None:
    for i in range(n):
        (folder / f"tiny_{i:05d}.txt").write_text(
            f"第 {i} 則快訊\n\n美國特使魏科夫第 {i} 次表示，烏克蘭的安全保障與領土問題仍在討論。\n", encoding="utf-8")


def main(sizes: list[int], tiny: bool = False) -> None:
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            (tiny_corpus if tiny else corpus)(Path(tmp), n)
            out = subprocess.run([sys.executable, "-c", CHILD, tmp, str(ROOT / "briefing.yml")],
                                 capture_output=True, text=True, check=True).stdout
            figures = json.loads(out)
            print(f"{figures['articles']:>6} articles  {figures['pages']:>6} pages  {figures['seconds']:7.2f} s  "
                  f"{1000 * figures['seconds'] / figures['articles']:6.1f} ms/article  peak RSS {figures['peak_rss_mb']:7.0f} MB")


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--tiny"]
    main([int(a) for a in arguments] or [100, 1000], tiny="--tiny" in sys.argv)
