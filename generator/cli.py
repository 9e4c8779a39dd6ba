"""Command line: briefing build | site | serve | index | export | pdf | check | eval (see README.md)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import click
import yaml
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from . import ConfigError, article_files, build, ingest, load_config
from .cache import Cache
from .export import to_json
from .parallel import default_jobs
from .render.links import ENGINE_LINKS
from .search import SearchIndexError, index_site
from .site import write_atomic
from .model import TITLE, Briefing, BuildResult, Page, Problem

MANIFEST = ".briefing-pages"
PROGRESS_THRESHOLD = 50  # articles; below this a build is too quick to watch

err = Console(stderr=True, highlight=False, soft_wrap=True)
seeds_option = click.option("--seeds", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True,
                            help="Folder of articles (.txt, .md, .html) and sources.yml.")
config_option = click.option("--config", "config_path", type=click.Path(path_type=Path), default=Path("briefing.yml"),
                             show_default=True, help="Editorial config: topics, entities, parties.")


@contextmanager
def _progress(seeds: Path):
    """A progress bar on a terminal for corpora large enough to wait on; silent otherwise."""
    total = len(article_files(seeds)) if seeds.is_dir() else 0
    if not err.is_terminal or total < PROGRESS_THRESHOLD:
        yield None
        return
    columns = (TextColumn("reading articles"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("read", total=total)
        yield lambda _path: progress.advance(task)


def _fail(problems: list[Problem], summary: str) -> NoReturn:
    for problem in problems:
        err.print(str(problem), markup=False)
    err.print(f"{len(problems)} problem(s) {summary}", markup=False)
    sys.exit(2)


def _config(config_path: Path):
    try:
        return load_config(config_path)
    except ConfigError as exc:
        _fail(exc.problems, f"in {config_path}; nothing was built.")


def _run(seeds: Path, config_path: Path, jobs: int = 1, cache: Path | None = None, links: str = "url") -> tuple[BuildResult, object]:
    config = _config(config_path)
    with _progress(seeds) as on_article:
        result = build(seeds, config, on_article=on_article, jobs=jobs, cache=Cache(cache) if cache else None, links=links)
    for problem in result.problems:
        err.print(str(problem), markup=False)
    return result, config


def write_pages(pages: tuple[Page, ...], out: Path) -> tuple[int, int]:
    """Write pages under `out`, rewriting only files whose content changed and removing pages a
    previous build wrote that this one no longer makes (never any other file). (written, removed).

    Every changed page is first written to a staging folder inside `out`; only when all of them
    are on disk are they renamed into place (renames within one file system are atomic). A failure
    while writing leaves `out` as it was, and no file is ever half-written."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = out / MANIFEST
    previous = set(manifest.read_text(encoding="utf-8").split()) if manifest.exists() else set()
    changed = [p for p in pages if not ((out / p.uri).is_file() and (out / p.uri).read_text(encoding="utf-8") == p.markdown)]
    current = {p.uri for p in pages}
    staging = Path(tempfile.mkdtemp(dir=out, prefix=".briefing-staging-"))
    try:
        for page in changed:
            staged = staging / page.uri
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_text(page.markdown, encoding="utf-8", newline="\n")
        (staging / MANIFEST).write_text("".join(f"{uri}\n" for uri in sorted(current)), encoding="utf-8", newline="\n")
        for page in changed:
            (out / page.uri).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / page.uri, out / page.uri)
        stale = sorted(previous - current)
        for uri in stale:
            (out / uri).unlink(missing_ok=True)
        os.replace(staging / MANIFEST, manifest)  # last: an interrupted run still knows the stale pages
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return len(changed), len(stale)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Turn a folder of news articles into a briefing site (MkDocs Material)."""


@main.command("build")
@seeds_option
@config_option
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Folder to write the generated Markdown pages to.")
@click.option("--jobs", type=click.IntRange(min=1), default=default_jobs(), show_default="the number of cores",
              help="Processes for reading, learning names from and annotating articles; the pages are the same for any number.")
@click.option("--cache", "cache", type=click.Path(path_type=Path), default=Path(".cache/briefing"), show_default=True,
              help="Folder of per-article results kept between builds; safe to delete.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
def build_command(seeds: Path, config_path: Path, out: Path, jobs: int, cache: Path, no_cache: bool) -> None:
    """Write the generated Markdown pages to a folder."""
    result, _ = _run(seeds, config_path, jobs, None if no_cache else cache)
    written, removed = write_pages(result.pages, out)
    err.print(f"{len(result.pages)} pages in {out} ({written} written, {len(result.pages) - written} unchanged, {removed} removed)", markup=False)
    sys.exit(1 if result.errors else 0)


@main.command("site")
@click.option("--engine", type=click.Choice(list(ENGINE_LINKS)), default="mkdocs", show_default=True,
              help="The static site engine: MkDocs and ProperDocs run the hook, Zensical a staged copy of the docs.")
@click.option("-f", "--config-file", "config_file", type=click.Path(path_type=Path, dir_okay=False), default=Path("mkdocs.yml"),
              show_default=True, help="The site's config; seeds/ and briefing.yml are read beside it.")
@click.option("-d", "--site-dir", "site_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("site"),
              show_default=True, help="Folder to write the site to (for Zensical, inside the project folder).")
@click.option("--strict/--no-strict", default=True, show_default=True, help="Fail on any warning of the engine (broken links, anchors).")
@click.option("--jobs", type=click.IntRange(min=1), default=default_jobs(), show_default="the number of cores",
              help="Processes for the per-article stages.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the per-article cache (.cache/briefing).")
def site_command(engine: str, config_file: Path, site_dir: Path, strict: bool, jobs: int, no_cache: bool) -> None:
    """Build the whole site with an engine: pages, nav, search gazetteer, the brief's PDF (where
    Chromium and a CJK font are here; BRIEFING_PDF=0 skips it) and the Pagefind index."""
    from . import site

    root = config_file.resolve().parent
    try:
        site.check_installed(engine)
        if not config_file.is_file():
            raise site.SiteError(f"{config_file}: no such config file (pass --config-file)")
        if engine != "zensical":  # the hook (hooks/briefing.py) runs the pipeline and Pagefind
            env = {**os.environ, "BRIEFING_JOBS": str(jobs), **({"BRIEFING_CACHE": "0"} if no_cache else {})}
            site.run(site.engine_command(engine, config_file.resolve(), site_dir.resolve(), strict), root, env)
            err.print(f"{engine}: site in {site_dir}", markup=False)
            return
        result, config = _run(root / site.SEEDS, root / site.CONFIG, jobs, None if no_cache else root / ".cache" / "briefing",
                              ENGINE_LINKS["zensical"])
        if result.briefing is None:
            sys.exit(2)
        pdf = os.environ.get("BRIEFING_PDF", "1") != "0"
        for note in site.zensical_site(config, result, config_file, site_dir.resolve(), strict, pdf):
            err.print(note, markup=False)
    except (site.SiteError, SearchIndexError) as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(2)
    err.print(f"{engine}: site in {site_dir}", markup=False)


@main.command("serve")
@click.option("--engine", type=click.Choice(list(ENGINE_LINKS)), default="mkdocs", show_default=True,
              help="MkDocs and ProperDocs run their own serve (the hook rebuilds); Zensical is rebuilt here.")
@click.option("-f", "--config-file", "config_file", type=click.Path(path_type=Path, dir_okay=False), default=Path("mkdocs.yml"),
              show_default=True, help="The site's config; seeds/ and briefing.yml are read beside it.")
@click.option("-a", "--dev-addr", "addr", default="127.0.0.1:8000", show_default=True, metavar="HOST:PORT",
              help="Where to serve (MkDocs and ProperDocs serve under site_url's path, Zensical's site at /).")
@click.option("--jobs", type=click.IntRange(min=1), default=default_jobs(), show_default="the number of cores",
              help="Processes for the per-article stages.")
def serve_command(engine: str, config_file: Path, addr: str, jobs: int) -> None:
    """Serve the site and rebuild it when seeds, templates, docs or the configs change."""
    from . import site

    root = config_file.resolve().parent
    host, _, port = addr.rpartition(":")
    try:
        site.check_installed(engine)
        if not config_file.is_file():
            raise site.SiteError(f"{config_file}: no such config file (pass --config-file)")
        if not (host and port.isdigit()):
            raise site.SiteError(f"{addr}: give the address as HOST:PORT, e.g. 127.0.0.1:8000")
        if engine != "zensical":
            env = {**os.environ, "BRIEFING_JOBS": str(jobs)}
            site.run([sys.executable, "-m", engine, "serve", "--config-file", str(config_file.resolve()), "--dev-addr", addr], root, env)
            return
        from .serve import serve_zensical

        serve_zensical(config_file, Path("site"), host, int(port), jobs, lambda text: err.print(text, markup=False))
    except ConfigError as exc:
        _fail(exc.problems, f"in {root / 'briefing.yml'}; nothing was built.")
    except (site.SiteError, SearchIndexError, OSError) as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(2)


@main.command("index")
@click.argument("site_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
def index_command(site_dir: Path) -> None:
    """Index a built site with Pagefind, as the MkDocs hook does after every build."""
    try:
        index_site(site_dir)
    except SearchIndexError as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(2)
    err.print(f"{site_dir}: indexed ({site_dir / 'pagefind'})", markup=False)


@main.command("export")
@seeds_option
@config_option
@click.option("--out", required=True, help="JSON file to write, or - for standard output.")
def export_command(seeds: Path, config_path: Path, out: str) -> None:
    """Export the annotated corpus as JSON (schema briefing/1)."""
    result, config = _run(seeds, config_path)
    text = to_json(config, result.briefing)
    if out == "-":
        sys.stdout.write(text)
    else:
        write_atomic(Path(out), text)
    sys.exit(1 if result.errors else 0)


@main.command("pdf")
@seeds_option
@config_option
@click.option("--out", type=click.Path(path_type=Path), default=Path("brief.pdf"), show_default=True, help="PDF file to write.")
def pdf_command(seeds: Path, config_path: Path, out: Path) -> None:
    """Print the brief to an A4 PDF (headless Chromium; needs a CJK font)."""
    from .pdf import PdfError, brief_pdf

    result, config = _run(seeds, config_path)
    try:
        data = brief_pdf(config, result.briefing)
    except PdfError as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(2)
    write_atomic(out, data)
    err.print(f"{out}: {len(data):,} bytes", markup=False)
    sys.exit(1 if result.errors else 0)


@main.command("eval")
@click.option("--gold", "gold_path", type=click.Path(path_type=Path), default=None,
              help="Gold labels: a YAML file, or a folder of them (format: tests/gold/LABELLING.md). "
                   "Default: tests/gold, or with --split the real-world set's gold folder.")
@click.option("--seeds", type=click.Path(path_type=Path), default=None,
              help="Folder of articles the labels were written for. Default: seeds, or with --split the real-world set's articles.")
@config_option
@click.option("--only", multiple=True, metavar="FILE", help="Score only this article (repeatable), e.g. a held-out split.")
@click.option("--split", type=click.Choice(["tune", "check"]), default=None,
              help="Score one half of the real-world set, split by outlet in --split-file: the half rules are tuned on, or the one only checked.")
@click.option("--split-file", type=click.Path(path_type=Path), default=Path("tests/realworld-split.yml"), show_default=True,
              help="The split by outlet, and where the real-world set is (its `folder:`).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (schema briefing-eval/1).")
@click.option("--show", type=int, default=None, metavar="N", help="List only the first N disagreements.")
def eval_command(gold_path: Path | None, seeds: Path | None, config_path: Path, only: tuple[str, ...], split: str | None,
                 split_file: Path, as_json: bool, show: int | None) -> None:
    """Score topics, entities, dates, speakers, the positions the site shows and boilerplate removal
    against hand labels."""
    from .evaluate import evaluate, format_report, load_gold, load_split

    config = _config(config_path)
    if split:
        try:
            folder, halves = load_split(split_file)
        except ConfigError as exc:
            _fail(exc.problems, "in the split file; nothing was measured.")
        only = (*only, *halves[split])
        gold_path = gold_path or folder / "gold"
        seeds = seeds or folder / "articles"
    gold_path, seeds = gold_path or Path("tests/gold"), seeds or Path("seeds")
    try:
        gold = load_gold(gold_path, config)
    except ConfigError as exc:
        _fail(exc.problems, f"in the gold labels ({gold_path}); nothing was measured.")
    sources, problems = ingest(seeds) if seeds.is_dir() else ([], [Problem(str(seeds), None, "seeds folder not found", "pass --seeds DIR")])
    report, missing = evaluate(config, gold, sources, only, seeds)
    for problem in [*problems, *missing]:
        err.print(str(problem), markup=False)
    if only and set(only) - set(report.articles):
        _fail([Problem(str(gold_path), None, f"no gold labels for {', '.join(sorted(set(only) - set(report.articles)))}",
                       "name article files the gold labels cover")], "nothing was measured.")
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report, show))
    sys.exit(1 if missing else 0)


def _where(briefing: Briefing, places) -> str:
    """`c036.txt ¶1 ¶2; c040.txt 標題` for (source id, paragraph anchor) pairs, in corpus order."""
    files = {s.source.id: s.source.file for s in briefing.sources}
    by_source: dict[str, list[str]] = {}
    for source, anchor in places:
        marks = by_source.setdefault(source, [])
        mark = "標題" if anchor == TITLE else f"¶{anchor[1:]}"
        if mark not in marks:
            marks.append(mark)
    return "; ".join(f"{files.get(s, s)} {' '.join(marks)}" for s, marks in by_source.items())


def unknown_people(briefing: Briefing) -> str:
    """People the articles name that briefing.yml lacks, where they occur, and the entry to paste."""
    lexicon, out = briefing.lexicon, []
    if lexicon.provisional:
        out.append(f"{len(lexicon.provisional)} person(s) not in briefing.yml, shown on the site as 未收錄 "
                   "(their statements count for the party all their official roles name, else for none, until added):")
        for e in lexicon.provisional:
            seen = briefing.appearances.get(e.id, ())
            also = f" ({e.name_zh})" if e.name_zh != e.name_en else ""
            out.append(f"  {e.name_en}{also}: {_where(briefing, ((a.source, a.paragraph) for a in seen))}")
            entry = {"id": e.id, "name_zh": e.name_zh, "name_en": e.name_en, "kind": "person", "group": e.group,
                     "role": e.role, "aliases": list(e.aliases)}
            snippet = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=1000).replace("group: null", "group:  # the party's group, e.g. ukraine")
            out += ["    " + line for line in snippet.splitlines()]
    unnamed: dict[str, list[tuple[str, str]]] = {}
    for n in lexicon.unnamed:
        unnamed.setdefault(n.surface, []).append((n.source, n.paragraph))
    if unnamed:
        out.append(f"{len(unnamed)} name(s) after a role word with no Latin form, not linked (add the person if they are one):")
        out += [f"  {surface}: {_where(briefing, places)}" for surface, places in unnamed.items()]
    return "\n".join(out)


@main.command("check")
@seeds_option
@config_option
def check_command(seeds: Path, config_path: Path) -> None:
    """Validate the articles and the config, reporting every problem of both; exit 1 on errors."""
    try:
        config_problems, config = [], load_config(config_path)
    except ConfigError as exc:
        config_problems, config = list(exc.problems), None
    if config is not None:
        with _progress(seeds) as on_article:
            result = build(seeds, config, on_article=on_article)
        problems, sources = list(result.problems), len(result.briefing.sources) if result.briefing else 0
        if result.briefing and (people := unknown_people(result.briefing)):
            err.print(people, markup=False)
    elif seeds.is_dir():  # the articles can be checked without a config
        found, problems = ingest(seeds)
        sources = len(found)
    else:
        problems, sources = [Problem(str(seeds), None, "seeds folder not found", "pass --seeds DIR with your articles")], 0
    problems = config_problems + problems
    for problem in problems:
        err.print(str(problem), markup=False)
    errors = sum(1 for p in problems if p.severity == "error")
    err.print(f"{sources} articles, {errors} error(s), {len(problems) - errors} warning(s)", markup=False)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
