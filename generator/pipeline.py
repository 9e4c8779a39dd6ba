"""The whole pipeline, readable top to bottom (`build`); `ingest` is its first half, for the tools
that measure cleaning and annotation.

    seeds/*.txt|md|html --readers--> RawArticle --extract/clean--> Source
        --annotate--> AnnotatedSource --compose--> Briefing --render--> Page

A bad input file becomes a Problem and the rest of the corpus still builds; a bad config is a
ConfigError (nothing can be built without it).
"""

from __future__ import annotations

import gc
import hashlib
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Callable

from .annotate import annotated_with, learn
from .annotate.similar import load_pinyin
from .cache import Cache, key as cache_key
from .compose import compose
from .compose.material import Materials
from .config import SOURCES_META, BriefingConfig, ConfigError, SourceMeta, load_config, load_sources_meta
from .clean import is_sentence
from .extract import load_converters, to_source
from .model import AnnotatedSource, BuildResult, Lexicon, Problem, Source
from .normalize import fold
from .parallel import cached_map
from .readers import EXTENSIONS, ReadError, read
from .render import DEFAULT_TEMPLATES, render
from .render.links import RawLinks

__all__ = ["build", "ingest", "preload", "load_config", "ConfigError", "BuildResult", "Problem", "article_files"]


def article_files(seeds: Path) -> list[Path]:
    """Article files in the seeds folder, in a stable order (README files are documentation)."""
    return sorted(
        p for p in seeds.iterdir()
        if p.is_file() and p.suffix.lower() in EXTENSIONS and p.stem.lower() != "readme" and not p.name.startswith(".")
    )


def _read_source(item: tuple[Path, SourceMeta | None]) -> tuple[Source | None, Problem | None, str, str | None]:
    """Read, clean and extract one file: a pure function of the file and its sources.yml entry. With
    the source, the fingerprint of its body text that tells the same article twice (`ingest`), and
    what decoding could not read (bytes invalid in the file's encoding), if anything."""
    path, meta = item
    try:
        raw = read(path, meta.encoding if meta else None)
    except ReadError as exc:
        return None, exc.problem, "", None
    source = to_source(raw, meta)
    fingerprint = hashlib.sha1(fold("\n".join(p.text for p in source.paragraphs)).encode()).hexdigest()
    return source, None, fingerprint, raw.meta.get("undecodable")


def ingest(seeds: Path, on_article: Callable[[Path], None] | None = None, jobs: int = 1,
           cache: Cache | None = None) -> tuple[list[Source], list[Problem]]:
    metas, meta_lines, problems = load_sources_meta(seeds / SOURCES_META)
    files = article_files(seeds)
    names = {p.name for p in files}
    for name in sorted(set(metas) - names):
        problems.append(Problem(str(seeds / SOURCES_META), meta_lines.get(name), f"'{name}' is not a file in {seeds}",
                                "correct the file name, or delete the entry"))
    items = [(path, metas.get(path.name)) for path in files]
    read_items = cached_map(cache, items, _read_source, jobs, lambda item: cache_key(
        "source", str(item[0]), _file_bytes(item[0]), cache.describe(item[1]) if item[1] else ""))

    sources: list[Source] = []
    taken: set[str] = set()
    fingerprints: dict[str, list[tuple[str | None, str]]] = {}  # folded body text -> (outlet, file) that had it
    for (path, _), (source, problem, fingerprint, undecodable) in zip(items, read_items):
        if on_article:
            on_article(path)
        if problem:
            problems.append(problem)
            continue
        # Two files can slug to the same id (a.txt, a.md): number the later ones, in file order.
        base = page_id = source.id
        n = 2
        while page_id in taken or page_id == "index":
            page_id, n = f"{base}-{n}", n + 1
        taken.add(page_id)
        if page_id != source.id:
            source = replace(source, id=page_id)  # else the same object as last build: later stages tell it by identity
        # The same article twice (a copy, or the same text in the other script or encoding) is built once.
        # The same text from another named outlet is a republished wire story: kept, it corroborates
        # (compose/claims.py).
        earlier = next((name for outlet, name in fingerprints.get(fingerprint, ())
                        if outlet is None or source.outlet is None or outlet == source.outlet), None)
        if source.paragraphs and earlier:
            taken.discard(page_id)
            problems.append(Problem(str(path), None, f"same article as {earlier}; built once, from that file",
                                    f"delete one of the two files (or its entry in {SOURCES_META})", severity="warning"))
            continue
        fingerprints.setdefault(fingerprint, []).append((source.outlet, path.name))
        replaced = [p for p in source.paragraphs if "\ufffd" in p.text]
        if undecodable:
            problems.append(Problem(str(path), replaced[0].line if replaced else None, undecodable,
                                    f"save the file as UTF-8, or declare its encoding for {path.name} in {SOURCES_META}",
                                    severity="warning"))
        elif replaced:
            count = sum(p.text.count("\ufffd") for p in replaced)
            problems.append(Problem(str(path), replaced[0].line, f"{count} character(s) could not be decoded and show as \ufffd",
                                    f"save the file as UTF-8, or declare its encoding for {path.name} in {SOURCES_META}",
                                    severity="warning"))
        if not source.paragraphs:
            problems.append(Problem(str(path), None, "no body text left after boilerplate removal",
                                    "check the file holds the article itself; the removed lines are listed on its source page",
                                    severity="warning"))
        elif not any(is_sentence(p.text) for p in source.paragraphs):
            problems.append(Problem(str(path), None, "no paragraph reads as article text (only headlines or a list?)",
                                    "check the file holds the article itself, not a list or index page", severity="warning"))
        if not source.published:
            problems.append(Problem(str(path), None, "no publication date found in the text",
                                    f"add 'published: YYYY-MM-DD' for {path.name} in {seeds / SOURCES_META}", severity="warning"))
        sources.append(source)
    return sources, problems


def preload() -> None:
    """What reading and learning from one article load on first use (the s2t converter, pypinyin:
    0.2 s), for a process that will rebuild: `mkdocs serve` loads them when it starts, not at the
    first edit. A one-off build loads them on the workers that need them."""
    load_converters()
    load_pinyin()


def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""  # unreadable: never cached as anything but what reading it gives


def build(
    seeds: Path,
    config: BriefingConfig | Path,
    templates: Path = DEFAULT_TEMPLATES,
    on_article: Callable[[Path], None] | None = None,
    jobs: int = 1,
    cache: Cache | None = None,
    links: RawLinks = "url",
) -> BuildResult:
    """`jobs`: processes for the per-article stages (the output is the same for any number);
    `cache`: where per-article results are kept between builds (None: no cache); `links`: the form
    of links in raw HTML the engine that renders the pages needs (`render.links.ENGINE_LINKS`)."""
    with _few_collections():
        return _build(seeds, config, templates, on_article, jobs, cache, links)


@contextmanager
def _few_collections():
    """The cyclic garbage collector runs far less often during a build. The pipeline makes millions
    of small objects and almost no cycles, so each collection only walks what is alive: at 1,000
    articles, 12% of the build (5.1 -> 4.5 s), with the same peak memory."""
    before = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def unannotated(seeds: Path, annotated: tuple[AnnotatedSource, ...]) -> list[Problem]:
    """A paragraph the annotator failed on: it stands on its source page without links, topics or speakers."""
    return [Problem.internal(str(seeds / a.source.file), p.paragraph.line or None, "annotating this paragraph", p.failed,
                             "it is shown without names, topics, dates or speakers")
            for a in annotated for p in ((a.title,) if a.title else ()) + a.paragraphs if p.failed]


def unlearned(seeds: Path, sources: list[Source], lexicon: Lexicon) -> list[Problem]:
    """A source the learning pass failed on: the build goes on without what it alone would have taught."""
    files = {s.id: s.file for s in sources}
    return [Problem.internal(str(seeds / files.get(source, source)), None, "learning names from this article", error,
                             "names it alone teaches are not recognised")
            for source, error in lexicon.failed]


def _build(seeds: Path, config: BriefingConfig | Path, templates: Path, on_article, jobs: int, cache: Cache | None,
           links: RawLinks) -> BuildResult:
    config = load_config(config) if isinstance(config, Path) else config
    if not seeds.is_dir():
        return BuildResult((), (Problem(str(seeds), None, "seeds folder not found", "pass --seeds DIR with your articles"),), None)
    if cache:
        cache.new_build()
    sources, problems = ingest(seeds, on_article, jobs, cache)
    lexicon = learn(config, sources, jobs, cache)
    kept = cache.kept if cache else None
    materials = Materials(config, lexicon, kept)
    # Each source's compose material is made as it comes off the pool, while the workers annotate the rest.
    annotated = tuple(materials.made(a) for a in annotated_with(config, lexicon, sources, jobs, cache))
    problems = [*problems, *unlearned(seeds, sources, lexicon), *unannotated(seeds, annotated)]
    briefing = compose(config, annotated, lexicon, kept, materials)
    pages = render(config, briefing, templates, tuple(problems), jobs, kept.setdefault("render", {}) if kept is not None else None,
                   links)
    return BuildResult(tuple(pages), tuple(problems), briefing)
