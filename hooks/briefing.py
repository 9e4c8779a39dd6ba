"""MkDocs and ProperDocs adapter: run the briefing pipeline and add its pages as in-memory files
(ProperDocs runs MkDocs hooks unchanged; Zensical has no hook API: `briefing site --engine zensical`).

Nothing is written into docs/ (a write there would make `mkdocs serve` rebuild forever); `watch:`
in mkdocs.yml makes serve rebuild when seeds, templates or the config change.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

import generator
from generator.cache import Cache
from generator.parallel import default_jobs
from generator.search import SearchIndexError, index_site
from generator.site import generated_files, nav

log = logging.getLogger("mkdocs.plugins.briefing")
SEEDS, CONFIG = "seeds", "briefing.yml"


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


_serving = False


def on_startup(command, dirty) -> None:
    # `serve` rebuilds on every change; printing the PDF each time would add seconds to each.
    global _serving
    _serving = command == "serve"
    if _serving:
        generator.preload()  # so the first rebuild after an edit does not load them


_last_good = None  # (briefing config, BuildResult) of the last build that worked, for `serve`
_caches: dict[Path, Cache] = {}  # one per folder, kept across `serve` rebuilds (its memory layer)


def _cache(folder: Path) -> Cache:
    return _caches.setdefault(folder, Cache(folder))


def on_config(config):
    # The whole pipeline runs here, before MkDocs empties the site folder. A failure stops
    # `mkdocs build`; under `mkdocs serve` (whose server hangs on a failed rebuild) the last good
    # briefing is built again instead and the terminal says what is wrong.
    global _last_good
    if not config.use_directory_urls:
        # Source pages are raw HTML for speed, with final URLs written for directory URLs.
        raise PluginError("the briefing needs use_directory_urls: true (MkDocs' default); remove the setting from mkdocs.yml")
    try:
        briefing = generator.load_config(_root(config) / CONFIG)
        # Per-article results are kept in .cache/briefing/ (serve re-reads only what changed);
        # BRIEFING_CACHE=0 turns that off, BRIEFING_JOBS sets the processes (default: the cores).
        cache = None if os.environ.get("BRIEFING_CACHE", "1") == "0" else _cache(_root(config) / ".cache" / "briefing")
        jobs = int(os.environ.get("BRIEFING_JOBS") or default_jobs())
        result = generator.build(_root(config) / SEEDS, briefing, jobs=max(1, jobs), cache=cache)
    except Exception as exc:  # a ConfigError is bad input; anything else is a bug
        message = (f"briefing config is invalid:\n{exc}" if isinstance(exc, generator.ConfigError)
                   else f"the briefing pipeline failed ({type(exc).__name__}: {exc})")
        if not (_serving and _last_good):
            raise PluginError(message) from exc
        log.error(f"{message}\nstill serving the last good briefing; fix the problem and save to rebuild")
        briefing, result = _last_good
    _last_good = (briefing, result)
    config.extra["briefing"] = briefing
    config.extra["briefing_result"] = result
    if config.nav is None:
        config.nav = nav(briefing)  # sources stay out of the sidebar (generator/site.py)
    return config


def on_files(files: Files, config) -> Files:
    result = config.extra["briefing_result"]
    # A bad article is left out and the rest still publish, also under --strict: the problem is
    # logged here, listed on the sources page, and `briefing check` exits non-zero on it.
    for problem in result.problems:
        log.info(f"briefing: {problem}")
    if result.problems:
        log.info(f"briefing: {len(result.problems)} input problem(s), listed on sources/index; run `briefing check` for all of them")
    # The pages, the search gazetteer and the brief's PDF, what `briefing site` stages for Zensical.
    # The PDF is made only where Chromium and a CJK font are here (CI, the Pages workflow); `serve`
    # rebuilds on every change, and printing each time would add seconds to each.
    pdf = os.environ.get("BRIEFING_PDF", "1") != "0" and not _serving
    generated, no_pdf = generated_files(config.extra["briefing"], result, pdf)
    if no_pdf:
        log.info(f"brief PDF not built: {no_pdf}")
    for uri, content in generated.items():
        if uri.endswith(".md") and files.get_file_from_path(uri) is not None:
            log.warning(f"docs/{uri} is hand-written but the briefing also generates it; rename or remove docs/{uri}")
            continue
        files.append(File.generated(config, uri, content=content))
    return files


def _nav_parent(uri: str) -> str | None:
    """The page in the nav that stands for a generated page outside it: a topic for its month and
    party pages, the source index for a source, the entity index for an entity."""
    parts = uri.split("/")
    if parts[0] == "topics" and len(parts) > 2:
        return f"topics/{parts[1]}.md"
    if parts[0] in ("sources", "entities") and len(parts) > 1:
        return f"{parts[0]}/index.md"
    return None


_lit: list = []  # nav pages marked active for the page being rendered, unmarked after it


def on_page_context(context, page, config, nav):
    # Pages outside the nav (Material writes the whole nav into every page, so sources, entities and
    # archives stay out of it) would highlight nothing in the left menu: their nav parent is marked.
    while _lit:  # a page that failed to render left its parent marked
        _lit.pop().active = False
    if any(p is page for p in nav.pages):
        return context
    uri = _nav_parent(page.file.src_uri)
    parent = next((p for p in nav.pages if p.file.src_uri == uri), None) if uri else None
    if parent is not None and parent is not page:
        parent.active = True
        _lit.append(parent)
    return context


def on_post_page(output, page, config):
    while _lit:
        _lit.pop().active = False
    return output


def on_post_build(config) -> None:
    try:
        index_site(Path(config.site_dir))
    except SearchIndexError as exc:
        raise PluginError(str(exc))
