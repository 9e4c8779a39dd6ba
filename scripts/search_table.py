"""How well the site's search finds what the articles say: a table of queries, expected pages, hits.

    mkdocs build --strict -d /tmp/site
    python scripts/search_table.py /tmp/site                 # print the table
    python scripts/search_table.py /tmp/site --out SEARCH.md # write it (with a how-made header)
    python scripts/search_table.py /tmp/site --check         # exit 1 on a miss or a false positive
    python scripts/search_table.py --derive                  # rewrite the expectations in the YAML
    python scripts/search_table.py /tmp/site --gold tests/gold --seeds seeds   # spellings from hand labels

The queries live in tests/search_queries.yml (query, kind: entity|topic|number|other, expected).
Their expectations are *derived* from `briefing export --out -`, never written by hand:

* entity/topic queries: the query (or each space-separated part of it) is matched, across scripts
  and widths, against every entity's names, aliases and surfaces and against every topic term the
  annotator recorded on a paragraph; expected = every source page with a paragraph that mentions
  one of those entities/terms (all parts must be on the page). Topic, entity and index pages may
  also be found but are not required.
* number/other queries: expected = every source page with a paragraph whose text contains the
  query string.

With --gold the YAML is not used: every spelling of a person in the hand labels is a query and
expects the page of every article whose labels name that person (generator/search_gold.py); the
table gives recall (expected pages found anywhere in the results) and wrong pages in the top five.

Each query is run as the site's search box runs it: in headless Chromium against the site served
on 127.0.0.1, search-core.js (prepareGazetteer, then search(): known names become tokens, plain Chinese words are also searched character by character), then
Pagefind's JS API searches and the result URLs are collected in rank order.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import subprocess
import sys
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import opencc
import yaml

REPO = Path(__file__).resolve().parent.parent
QUERIES = REPO / "tests" / "search_queries.yml"
from generator import search_gold  # noqa: E402
from generator.config import load_config  # noqa: E402
from generator.evaluate import load_gold  # noqa: E402
from generator.pdf import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (the product's own Chromium and flags)
KINDS = ("entity", "topic", "number", "other")
TOP = 5
# A blank page on the site's origin to run the search from, so nothing else on a real page
# (theme scripts, the search box) fetches Pagefind files during the measurement.
HARNESS = "/__search_table__.html"
GAZETTEER = "/assets/search-gazetteer.json"

_T2S = opencc.OpenCC("t2s.json")


def script_key(text: str) -> str:
    """Compare names across scripts and widths: NFKC, lower case, Simplified, no spaces."""
    return _T2S.convert(unicodedata.normalize("NFKC", text).lower()).replace(" ", "")


# --- expectations ------------------------------------------------------------------------------

def export_data(seeds: Path | None = None) -> dict:
    briefing = Path(sys.executable).parent / "briefing"
    command = [str(briefing)] if briefing.exists() else [sys.executable, "-m", "generator"]
    where = ["--seeds", str(seeds)] if seeds else []
    result = subprocess.run([*command, "export", *where, "--out", "-"], cwd=REPO, capture_output=True,
                            text=True, check=True)
    return json.loads(result.stdout)


class Meanings:
    """What a query part can mean according to the export: entity ids and recorded topic terms."""

    def __init__(self, data: dict):
        self.entities: dict[str, set[str]] = {}  # script key → entity ids
        for entity in data["entities"]:
            names = [entity.get("name_zh"), entity.get("name_en"), *entity.get("aliases", []),
                     *entity.get("surfaces", [])]
            for name in filter(None, names):
                self.entities.setdefault(script_key(name), set()).add(entity["id"])
        self.entity_pages: dict[str, set[str]] = {}
        self.term_pages: dict[str, set[str]] = {}  # script key of a term → source pages
        self.terms: dict[str, set[str]] = {}  # script key → the terms as recorded
        self.paragraphs: list[tuple[str, str]] = []  # (source page, NFKC lower-case text)
        for source in data["sources"]:
            path = search_gold.source_path(source)
            for paragraph in source["paragraphs"]:
                self.paragraphs.append((path, unicodedata.normalize("NFKC", paragraph["text"]).lower()))
                for mention in paragraph.get("entities", []):
                    self.entity_pages.setdefault(mention["id"], set()).add(path)
                for hit in paragraph.get("terms", []):  # terms and hints: both are indexed
                    term = hit["surface"]
                    self.term_pages.setdefault(script_key(term), set()).add(path)
                    self.terms.setdefault(script_key(term), set()).add(term)

    def resolve(self, part: str) -> tuple[list[str], set[str]]:
        """(["entity:id", "term:…"], source pages mentioning any of them) for one query part."""
        key = script_key(part)
        means = [f"entity:{e}" for e in sorted(self.entities.get(key, ()))]
        pages = set().union(*(self.entity_pages.get(e, set()) for e in self.entities.get(key, ())))
        if key in self.term_pages:
            means += [f"term:{t}" for t in sorted(self.terms[key])]
            pages |= self.term_pages[key]
        return means, pages

    def containing(self, text: str) -> set[str]:
        needle = unicodedata.normalize("NFKC", text).lower()
        return {path for path, body in self.paragraphs if needle in body}


def derive(entries: list[dict], data: dict) -> list[dict]:
    """The entries with `means` and `expected` recomputed from the export; raises on a query that
    means nothing (a rendering missing from the config's aliases, or a typo)."""
    meanings = Meanings(data)
    derived = []
    for entry in entries:
        query, kind = entry["query"], entry["kind"]
        if kind not in KINDS:
            raise ValueError(f"{query!r}: kind {kind!r} is not one of {KINDS}")
        out = {"query": query, "kind": kind}
        if kind in ("entity", "topic"):
            means, pages = meanings.resolve(query)
            if not means and " " in query.strip():  # several names: every one must be on the page
                means, pages = [], None
                for part in query.split():
                    part_means, part_pages = meanings.resolve(part)
                    if not part_means:
                        raise ValueError(f"{query!r}: {part!r} is no known entity or recorded term")
                    means.append(" + ".join(part_means) if len(part_means) > 1 else part_means[0])
                    pages = part_pages if pages is None else pages & part_pages
            if not means:
                raise ValueError(f"{query!r} is no known entity or recorded topic term; add the "
                                 "rendering to an entity's aliases in briefing.yml or fix the query")
            out["means"] = means
        else:
            pages = meanings.containing(query)
        out["expected"] = sorted(pages)
        derived.append(out)
    return derived


def load_queries(path: Path = QUERIES) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["queries"]


def write_queries(entries: list[dict], path: Path = QUERIES) -> None:
    header = (
        "# Search evaluation queries for scripts/search_table.py.\n"
        "# `query` and `kind` are chosen by hand; `means` and `expected` are DERIVED from\n"
        "# `briefing export --out -` by `python scripts/search_table.py --derive` (review, do not edit):\n"
        "# entity/topic: source pages whose paragraphs mention the entity or recorded topic term\n"
        "# (several space-separated names: pages mentioning all); number/other: source pages whose\n"
        "# paragraph text contains the query string. Topic, entity and index pages may be found too.\n"
    )
    body = yaml.safe_dump({"queries": entries}, allow_unicode=True, sort_keys=False, width=200,
                          default_flow_style=None)
    path.write_text(header + body, encoding="utf-8")


# --- running the queries in the browser --------------------------------------------------------

class _Handler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == HARNESS:
            body = b"<!doctype html><meta charset=utf-8><title>search table</title>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


@contextmanager
def serve(site: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


_SETUP_JS = """async () => {
  const core = await import('/assets/javascripts/search-core.js');
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const data = await (await fetch('/assets/search-gazetteer.json')).json();
  window.__st = { core, pf, gazetteer: core.prepareGazetteer(data) };
}"""

# Rewrite, search, then read the URLs of the first `first` results (what a search box shows) and,
# if `all`, of the rest too; returns the rewritten query and the URLs in rank order.
_SEARCH_JS = """async ([query, first, all]) => {
  const { core, pf, gazetteer } = window.__st;
  const found = await core.search(pf, query, gazetteer);
  const rewritten = found.rewritten;
  const results = found.results;
  const take = all ? results.length : Math.min(first, results.length);
  const urls = [];
  for (let i = 0; i < take; i++) urls.push((await results[i].data()).url);
  return { rewritten: rewritten.query, tokens: rewritten.tokens, plain: rewritten.plain, urls,
           total: results.length };
}"""


@dataclass
class Run:
    query: str
    rewritten: str
    found: list[str]  # site paths in rank order
    tokens: list[str]  # gazetteer tokens the query was rewritten into
    plain: list[str]  # parts of the query left as typed


@dataclass
class Fetch:
    total: int = 0
    parts: dict[str, int] = field(default_factory=dict)
    requests: int = 0


def _site_path(url: str) -> str:
    path = unquote(urlsplit(url).path).lstrip("/")
    return path.removesuffix("index.html")


def run_queries(site: Path, queries: list[str]) -> tuple[list[Run], Fetch]:
    """Each query through search-core.js and Pagefind; plus the bytes the first query fetched on a
    fresh page load (Pagefind files and the gazetteer, response bodies as served)."""
    from playwright.sync_api import sync_playwright

    runs: list[Run] = []
    fetch = Fetch()
    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context()  # fresh: empty cache
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            responses = []

            def record(response) -> None:
                responses.append(response)

            page.on("response", record)
            page.goto(base + HARNESS)
            page.evaluate(_SETUP_JS)
            page.evaluate(_SEARCH_JS, [queries[0], TOP, False])
            for response in list(responses):
                path = "/" + _site_path(response.url)
                if not (path.startswith("/pagefind/") or path == GAZETTEER):
                    continue
                size = len(response.body())
                fetch.total += size
                fetch.requests += 1
                name = path.rsplit("/", 1)[-1]
                part = ("gazetteer" if path == GAZETTEER else
                        "fragments" if "/fragment/" in path else
                        "index chunks" if "/index/" in path else
                        "filters" if "/filter/" in path else
                        "wasm" if "wasm" in name else
                        "meta/entry" if "pagefind-entry" in name or name.endswith(".pf_meta") else
                        "js" if name.endswith(".js") else name)
                fetch.parts[part] = fetch.parts.get(part, 0) + size
            page.remove_listener("response", record)
            for query in queries:
                out = page.evaluate(_SEARCH_JS, [query, TOP, True])
                runs.append(Run(query, out["rewritten"], [_site_path(u) for u in out["urls"]],
                                out["tokens"], out["plain"]))
            if errors:
                raise RuntimeError("page errors while searching: " + "; ".join(errors))
            context.close()
        finally:
            browser.close()
    return runs, fetch


# --- the table ---------------------------------------------------------------------------------

@dataclass
class Row:
    query: str
    kind: str
    rewritten: str
    expected: list[str]
    found: list[str]

    @property
    def top(self) -> list[str]:
        return self.found[:TOP]

    @property
    def hits(self) -> list[str]:
        """Expected pages found anywhere in the results."""
        return [p for p in self.expected if p in self.found]

    @property
    def hits_top(self) -> list[str]:
        return [p for p in self.expected if p in self.top]

    @property
    def missed(self) -> list[str]:
        return [p for p in self.expected if p not in self.found]

    @property
    def false_positives(self) -> list[str]:
        """Source pages in the first five that the query should not find."""
        return [p for p in self.top if p.startswith("sources/") and p != "sources/" and p not in self.expected]


@dataclass
class Totals:
    expected: int
    found: int
    false_positives: int  # entity and topic queries, top five

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def ok(self) -> bool:
        return self.found == self.expected and self.false_positives == 0


def evaluate(entries: list[dict], runs: list[Run]) -> tuple[list[Row], Totals]:
    rows = [Row(e["query"], e["kind"], r.rewritten, list(e["expected"]), r.found)
            for e, r in zip(entries, runs, strict=True)]
    totals = Totals(
        expected=sum(len(r.expected) for r in rows),
        found=sum(len(r.hits) for r in rows),
        false_positives=sum(len(r.false_positives) for r in rows if r.kind in ("entity", "topic")),
    )
    return rows, totals


def _short(path: str) -> str:
    """`sources/003_e29858f474b2aba1/` → `003`, `sources/c002/` → `c002`; other pages as they are."""
    if path.startswith("sources/") and path != "sources/":
        return path.split("/")[1].split("_")[0]
    return path or "/ (home)"


def table(rows: list[Row], totals: Totals, fetch: Fetch) -> str:
    lines = [
        f"| query | kind | expected source pages | found in top {TOP} | recall | false positives in top {TOP} |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        expected = ", ".join(_short(p) for p in r.expected) or "—"
        top = ", ".join(_short(p) for p in r.top) or "—"
        recall = f"{len(r.hits)}/{len(r.expected)}" if r.expected else "—"
        if r.missed:
            recall += " (missed " + ", ".join(_short(p) for p in r.missed) + ")"
        fp = ", ".join(_short(p) for p in r.false_positives) or "0"
        query = r.query.replace("|", "\\|") + (f" → `{r.rewritten}`" if r.rewritten != r.query.lower() else "")
        lines.append(f"| {query} | {r.kind} | {expected} | {top} | {recall} | {fp} |")
    entity_topic = sum(1 for r in rows if r.kind in ("entity", "topic"))
    failures = []
    for r in rows:
        why = []
        if r.missed:
            why.append("missed " + ", ".join(_short(p) for p in r.missed))
        if r.false_positives and r.kind in ("entity", "topic"):
            why.append("false positives " + ", ".join(_short(p) for p in r.false_positives))
        if why:
            failures.append(f"{r.query} ({'; '.join(why)})")
    failing = "; ".join(failures) or "none"
    parts = ", ".join(f"{k} {v:,}" for k, v in sorted(fetch.parts.items(), key=lambda kv: -kv[1]))
    lines += [
        "",
        f"- Queries: {len(rows)} ({', '.join(f'{k} {sum(1 for r in rows if r.kind == k)}' for k in KINDS)}).",
        f"- Recall over all queries (expected source pages found anywhere in the results): "
        f"{totals.found}/{totals.expected} = {totals.recall:.1%}.",
        f"- Expected source pages found in the top {TOP}: {sum(len(r.hits_top) for r in rows)}/{totals.expected}.",
        f"- Non-expected source pages in the top {TOP} of the {entity_topic} entity and topic queries: "
        f"{totals.false_positives}.",
        f"- Bytes fetched for the first query ({rows[0].query}) on a fresh page load "
        f"(response bodies under /pagefind/ and the gazetteer, {fetch.requests} requests, "
        f"data of the first {TOP} results): {fetch.total:,} ({parts}).",
        f"- Failing: {failing}.",
        "",
        "Pages are shown by the first three digits of their source file (003 = "
        "`sources/003_e29858f474b2aba1/`); other pages by their path. `→` shows the query after "
        "search-core.js rewrote known names and terms into tokens.",
    ]
    return "\n".join(lines) + "\n"


def _commit() -> str:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    return result.stdout.strip() or "unknown"


def document(body: str, site: Path, out: Path) -> str:
    return (
        "# Search evaluation\n\n"
        f"Produced on {dt.date.today().isoformat()} (commit {_commit()}) from the repository root by\n\n"
        "```sh\n"
        f"/tmp/venv/bin/mkdocs build --strict -d {site}\n"
        f"/tmp/venv/bin/python scripts/search_table.py {site} --out {out}\n"
        "```\n\n"
        "Queries and their derived expectations: `tests/search_queries.yml` "
        "(`scripts/search_table.py --derive` rewrites the expectations from `briefing export --out -`). "
        "Each query runs in headless Chromium as the site's search box runs it: "
        "search-core.js `prepareGazetteer` + `search` (the same code as the search box) on Pagefind. "
        f"A false positive is a source page in the first {TOP} results that the query should not "
        "find; topic, entity and index pages are never counted as false positives. "
        "`tests/test_search_table.py` asserts 100% recall and no false positive for entity and topic queries.\n\n"
        + body
    )


# --- spellings from hand labels (--gold) --------------------------------------------------------

@dataclass
class GoldRow(Row):
    persons: tuple[str, ...] = ()
    boilerplate_only: tuple[str, ...] = ()
    judged: frozenset[str] = frozenset()
    known: str = ""  # how much of the query the gazetteer knew: "whole", "part" or "none"

    @property
    def wrong(self) -> list[str]:
        """Source pages in the first five of labelled articles that do not name the person at all
        (a page naming them only in its removed lines is neither expected nor wrong)."""
        return [p for p in self.top if p in self.judged and p not in self.expected
                and p not in self.boilerplate_only]


def gold_rows(derived: search_gold.GoldQueries, runs: list[Run]) -> list[GoldRow]:
    return [GoldRow(q.query, "person", r.rewritten, list(q.expected), r.found, q.persons,
                    q.boilerplate_only, derived.judged,
                    "none" if not r.tokens else "part" if r.plain else "whole")
            for q, r in zip(derived.queries, runs, strict=True)]


def _recall(r: Row) -> float:
    return len(r.hits) / len(r.expected)


def gold_table(rows: list[GoldRow], derived: search_gold.GoldQueries) -> str:
    lines = [
        f"| query | persons | expected source pages found (anywhere in the results) | top {TOP} "
        f"| wrong source pages in the top {TOP} |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        found = f"{len(r.hits)}/{len(r.expected)}"
        if r.missed:
            found += " (missed " + ", ".join(_short(p) for p in r.missed) + ")"
        top = ", ".join(_short(p) for p in r.top) or "—"
        wrong = ", ".join(_short(p) for p in r.wrong) or "0"
        query = r.query.replace("|", "\\|") + (f" → `{r.rewritten}`" if r.rewritten != r.query.lower() else "")
        lines.append(f"| {query} | {', '.join(r.persons)} | {found} | {top} | {wrong} |")
    pairs = sum(len(r.expected) for r in rows)
    found = sum(len(r.hits) for r in rows)
    in_top = sum(len(r.hits_top) for r in rows)
    top_max = sum(min(TOP, len(r.expected)) for r in rows)
    wrong = [r for r in rows if r.wrong]
    known = {k: sum(1 for r in rows if r.known == k) for k in ("whole", "part", "none")}
    worst = sorted((r for r in rows if r.missed), key=lambda r: (_recall(r), -len(r.expected), r.query))[:10]
    persons = {p for r in rows for p in r.persons}
    lines += [
        "",
        f"- Queries: {len(rows)} spellings of {len(persons)} persons, from the labels of the articles on "
        f"{len(derived.judged)} source pages"
        + (f" (labels of {', '.join(derived.unplaced)} not used: no page on the site)" if derived.unplaced else "")
        + f". The gazetteer knew {known['whole']} wholly (rewritten into tokens), {known['part']} in part "
        f"(tokens and words as typed), {known['none']} not at all (searched as typed).",
        f"- (query, expected page) pairs found anywhere in the results: {found}/{pairs} = "
        f"{found / pairs if pairs else 1:.1%}; in the top {TOP}: {in_top}/{top_max} "
        f"(at most {TOP} per query).",
        f"- Queries finding every expected page: {sum(1 for r in rows if not r.missed)}/{len(rows)}.",
        f"- Queries with a wrong source page in the top {TOP}: {len(wrong)}/{len(rows)} "
        f"({sum(len(r.wrong) for r in wrong)} wrong pages); pages in a top {TOP} that name the person only "
        f"in their removed lines, not counted as wrong: {sum(1 for r in rows for p in r.top if p in r.boilerplate_only)}.",
        "- Lowest recall: " + ("; ".join(f"{r.query} {len(r.hits)}/{len(r.expected)}" for r in worst) or "none") + ".",
        "- Wrong pages in the top five: "
        + ("; ".join(f"{r.query} ({', '.join(_short(p) for p in r.wrong)})" for r in wrong) or "none") + ".",
    ]
    return "\n".join(lines) + "\n"


def run_gold(site: Path, gold_path: Path, seeds: Path) -> tuple[str, bool]:
    """The table for the spellings in the labels under `gold_path`, on a site built from `seeds`;
    and whether every pair was found with no wrong page in any top five."""
    config = load_config(REPO / "briefing.yml")
    derived = search_gold.derive(load_gold(gold_path, config), config, export_data(seeds))
    runs, _ = run_queries(site, [q.query for q in derived.queries])
    rows = gold_rows(derived, runs)
    return gold_table(rows, derived), all(not r.missed and not r.wrong for r in rows)


GOLD_SECTION = "## Spellings from hand labels"


def kept_section(out: Path) -> str:
    """The section of `out` measured with --gold (written by hand from its output, other sites and
    labels than this table's), which rewriting the table keeps."""
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    at = text.find("\n" + GOLD_SECTION + "\n")
    return text[at:] if at >= 0 else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("site", nargs="?", type=Path, help="built site folder (mkdocs build -d …)")
    parser.add_argument("--out", type=Path, help="write the table as a Markdown document here")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if recall < 100%% or an entity/topic query has a false positive in its top five")
    parser.add_argument("--derive", action="store_true",
                        help=f"recompute `means` and `expected` in {QUERIES.relative_to(REPO)} from `briefing export`")
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--gold", type=Path,
                        help="instead of the YAML queries: every spelling of a person in these hand labels "
                             "(a briefing-gold/1 file or folder), expecting every page whose article names them")
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds",
                        help="with --gold: the seeds folder SITE was built from (maps article files to pages)")
    args = parser.parse_args(argv)

    if args.gold:
        if not args.site:
            parser.error("SITE_DIR is required with --gold")
        body, ok = run_gold(args.site, args.gold, args.seeds)
        if args.out:
            args.out.write_text(body, encoding="utf-8")
            print(f"wrote {args.out}")
            print("\n".join(line for line in body.splitlines() if line.startswith("- ")))
        else:
            print(body, end="")
        return 1 if args.check and not ok else 0

    entries = load_queries(args.queries)
    if args.derive:
        entries = derive(entries, export_data())
        write_queries(entries, args.queries)
        print(f"wrote {len(entries)} queries to {args.queries}")
        if not args.site:
            return 0
    if not args.site:
        parser.error("SITE_DIR is required unless --derive")
    stale = [e["query"] for e, d in zip(entries, derive(entries, export_data()), strict=True)
             if e.get("expected") != d["expected"]]
    if stale:
        print(f"warning: expectations out of date for {', '.join(stale)}; run --derive and review",
              file=sys.stderr)

    runs, fetch = run_queries(args.site, [e["query"] for e in entries])
    rows, totals = evaluate(entries, runs)
    body = table(rows, totals, fetch)
    if args.out:
        args.out.write_text(document(body, args.site, args.out) + kept_section(args.out), encoding="utf-8")
        print(f"wrote {args.out}")
        print("\n".join(line for line in body.splitlines() if line.startswith("- ")))
    else:
        print(body, end="")
    if args.check and (not totals.ok or stale):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
