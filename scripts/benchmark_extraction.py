#!/usr/bin/env python3
"""Main-text extraction measured on public benchmarks nobody here wrote rules from.

Reads `../shared/extraction/` (Zyte's article-extraction benchmark and magic-html's; see its
README), runs the generator's reading and cleaning on every page, as HTML and as the text dump a
reader copies from the page, and trafilatura on the same HTML in the same run, and scores all of
them with the README's metric: 4-token shingles (a token is one CJK character or a run of other
letters and digits, lower-cased), precision and recall per page, averaged over pages, F1 of the
averages; pages with recall < 0.8 (body lost) and precision < 0.8 (furniture kept).

    .venv/bin/python scripts/benchmark_extraction.py                 # print the table
    .venv/bin/python scripts/benchmark_extraction.py --write BENCHMARKS.md
    .venv/bin/python scripts/benchmark_extraction.py --check          # fail below the floors

`--check` compares the generator's F1 per set with `tests/extraction_floors.json` and fails when
one falls more than 0.01 below its floor (raise a floor there as the figures improve).
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "extraction"
FLOORS = ROOT / "tests" / "extraction_floors.json"
MARK_START = "<!-- extraction-benchmark:start -->"
MARK_END = "<!-- extraction-benchmark:end -->"

_CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(f"[{_CJK_RANGES}]|[^\\W_{_CJK_RANGES}]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


def tokens(text: str) -> list[str]:
    """The README's tokens: one CJK character (Han, kana, hangul), or a run of other letters and digits."""
    return _TOKEN.findall(text.lower())


def shingles(text: str, n: int = 4) -> Counter:
    toks = tokens(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def score(extracted: str, truth: str) -> tuple[float, float]:
    """(precision, recall) of one page; no output scores 0/0."""
    got, want = shingles(extracted), shingles(truth)
    if not got or not want:
        return 0.0, 0.0
    shared = sum((got & want).values())
    return shared / sum(got.values()), shared / sum(want.values())


@dataclass(frozen=True)
class Page:
    set: str          # zyte | magic-html
    id: str
    url: str
    truth: str
    chinese: bool

    def html_path(self, data: Path) -> Path:
        return data / self.set / "html" / f"{self.id}.html.gz"

    def text_path(self, data: Path) -> Path:
        return data / self.set / "text" / f"{self.id}.txt"


def load_pages(data: Path = DATA) -> list[Page]:
    pages = []
    for name, field in (("zyte", "articleBody"), ("magic-html", "content")):
        truth = json.loads((data / name / "ground-truth.json").read_text(encoding="utf-8"))
        for page_id in sorted(truth):
            body = truth[page_id][field] or ""
            if not body.strip():
                continue  # nothing to score against
            letters = len(re.sub(r"\s", "", body))
            chinese = len(_CJK.findall(body)) > 0.05 * letters and len(_KANA.findall(body)) < 0.1 * letters
            pages.append(Page(name, page_id, truth[page_id].get("url", ""), body, chinese))
    return pages


def site_of(url: str) -> str:
    """The registrable part of a page's host (news.sina.com.cn -> sina.com.cn), the group for cross-validation."""
    host = re.sub(r"^https?://", "", url).split("/")[0].split(":")[0].lower()
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in ("com", "co", "org", "net", "gov", "edu", "ac") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def html_of(page: Page, data: Path = DATA) -> str:
    """The page decoded as a browser would: the generator's own decoding (UTF-8, else the declared or
    detected legacy encoding)."""
    from generator.readers import decode_html

    data_bytes = gzip.decompress(page.html_path(data).read_bytes())
    return decode_html(data_bytes, str(page.html_path(data)))[0]


# --- the systems ---------------------------------------------------------------------------------

def generator_body(path_name: str, content: str) -> str:
    from generator.extract import to_source
    from generator.readers import parse

    raw = parse(Path(path_name), content)
    return "\n".join(p.text for p in to_source(raw, None).paragraphs)


def run_page(args: tuple[Page, Path, bool]) -> dict:
    page, data, with_trafilatura = args
    result = {"set": page.set, "id": page.id, "chinese": page.chinese, "url": page.url}
    html = html_of(page, data)
    start = time.perf_counter()
    body = generator_body(f"{page.id}.html", html)
    result["generator-html"] = (*score(body, page.truth), time.perf_counter() - start)
    text = page.text_path(data).read_text(encoding="utf-8")
    start = time.perf_counter()
    body = generator_body(f"{page.id}.txt", text) if text.strip() else ""
    result["generator-text"] = (*score(body, page.truth), time.perf_counter() - start)
    result["whole-text"] = (*score(text, page.truth), 0.0)
    if with_trafilatura:
        import trafilatura

        start = time.perf_counter()
        body = trafilatura.extract(html) or ""
        result["trafilatura-html"] = (*score(body, page.truth), time.perf_counter() - start)
    return result


def run(data: Path = DATA, jobs: int = 2, with_trafilatura: bool = True) -> list[dict]:
    pages = load_pages(data)
    work = [(page, data, with_trafilatura) for page in pages]
    if jobs <= 1:
        return [run_page(w) for w in work]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.map(run_page, work, chunksize=4)


# --- the table -----------------------------------------------------------------------------------

SETS = (
    ("zyte", "Zyte (English), HTML", lambda r: r["set"] == "zyte", ("generator-html", "trafilatura-html")),
    ("magic-zh", "magic-html Chinese, HTML", lambda r: r["set"] == "magic-html" and r["chinese"], ("generator-html", "trafilatura-html")),
    ("magic-all", "magic-html all, HTML", lambda r: r["set"] == "magic-html", ("generator-html", "trafilatura-html")),
    ("zyte-text", "Zyte (English), text dump", lambda r: r["set"] == "zyte", ("generator-text", "whole-text")),
    ("magic-zh-text", "magic-html Chinese, text dump", lambda r: r["set"] == "magic-html" and r["chinese"], ("generator-text", "whole-text")),
    ("magic-all-text", "magic-html all, text dump", lambda r: r["set"] == "magic-html", ("generator-text", "whole-text")),
)
SYSTEM_NAMES = {"generator-html": "the generator", "generator-text": "the generator",
                "trafilatura-html": "trafilatura", "whole-text": "whole text, nothing removed"}


def summary(results: list[dict], system: str) -> dict:
    rows = [r[system] for r in results if system in r]
    if not rows:
        return {}
    precision = sum(p for p, _, _ in rows) / len(rows)
    recall = sum(r for _, r, _ in rows) / len(rows)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pages": len(rows), "precision": precision, "recall": recall, "f1": f1,
            "recall<0.8": sum(r < 0.8 for _, r, _ in rows), "precision<0.8": sum(p < 0.8 for p, _, _ in rows),
            "ms": 1000 * sum(t for _, _, t in rows) / len(rows)}


def table(results: list[dict]) -> tuple[str, dict[str, float]]:
    lines = ["| set | system | pages | precision | recall | F1 | pages recall < 0.8 | pages precision < 0.8 | ms/page |",
             "|---|---|---|---|---|---|---|---|---|"]
    f1s = {}
    for key, label, chosen, systems in SETS:
        subset = [r for r in results if chosen(r)]
        for system in systems:
            s = summary(subset, system)
            if not s:
                continue
            if system.startswith("generator"):
                f1s[key] = round(s["f1"], 3)
            ms = f"{s['ms']:.0f}" if system != "whole-text" else "–"
            lines.append(f"| {label} | {SYSTEM_NAMES[system]} | {s['pages']} | {s['precision']:.3f} | {s['recall']:.3f} | "
                         f"**{s['f1']:.3f}** | {s['recall<0.8']} | {s['precision<0.8']} | {ms} |")
    return "\n".join(lines), f1s


def write_into(path: Path, text: str) -> None:
    old = path.read_text(encoding="utf-8")
    block = f"{MARK_START}\n{text}\n{MARK_END}"
    if MARK_START in old:
        new = re.sub(re.escape(MARK_START) + r".*?" + re.escape(MARK_END), lambda _: block, old, flags=re.S)
    else:
        new = old.rstrip("\n") + "\n\n" + block + "\n"
    if new != old:
        path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-trafilatura", action="store_true", help="only the generator (faster; for --check)")
    parser.add_argument("--write", type=Path, help="put the table into this Markdown file between its markers")
    parser.add_argument("--check", action="store_true", help=f"fail when a set's F1 is > 0.01 below {FLOORS.name}")
    parser.add_argument("--json", type=Path, help="write the per-page figures here")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if not (args.data / "README.md").exists():
        print(f"error: no benchmark data in {args.data} (expected ../shared/extraction next to the repository)", file=sys.stderr)
        return 2
    results = run(args.data, args.jobs, not args.no_trafilatura)
    text, f1s = table(results)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True), encoding="utf-8")
    if args.write:
        write_into(args.write, text)
    if args.check:
        floors = json.loads(FLOORS.read_text(encoding="utf-8"))
        failed = [f"{key}: F1 {f1s.get(key, 0):.3f} < floor {floor:.3f} - 0.01"
                  for key, floor in sorted(floors.items()) if f1s.get(key, 0.0) < floor - 0.01]
        for line in failed:
            print(f"FAIL {line}", file=sys.stderr)
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
