"""`briefing serve --engine zensical`: what `mkdocs serve` does through the hook, for Zensical, which
has no hook API. `zensical serve` alone rebuilds only the staged pages it was given, and wipes the
Pagefind index from the site it rebuilds; here the whole `briefing site` path (pipeline, staging,
`zensical build`, Pagefind) runs again whenever an input changes, with one Cache kept in memory as
the hook keeps it, and the site folder is served on 127.0.0.1 meanwhile (reload the page to see a
rebuild). Inputs are polled (a stat per file each second: cheap next to any rebuild, and no
watcher to install).
"""

from __future__ import annotations

import functools
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

from . import ConfigError, build, load_config, preload
from .cache import Cache
from .render.links import ENGINE_LINKS
from .search import SearchIndexError
from .site import CONFIG, SEEDS, SiteError, zensical_site

WATCHED = (SEEDS, CONFIG, "templates", "docs", "overrides")
POLL_SECONDS = 1.0


def stamps(paths: list[Path]) -> dict[Path, tuple[int, int]]:
    """(mtime, size) of every file under `paths`: what changes when an editor saves."""
    found = {}
    for path in paths:
        for file in (path.rglob("*") if path.is_dir() else [path]):
            try:
                stat = file.stat()
            except OSError:  # removed meanwhile: the next poll sees it gone
                continue
            if file.is_file():
                found[file] = (stat.st_mtime_ns, stat.st_size)
    return found


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve_zensical(config_file: Path, site_dir: Path, host: str, port: int, jobs: int,
                   say: Callable[[str], None], stop: threading.Event | None = None) -> None:
    """Build, serve `site_dir` on host:port, rebuild on every change until `stop` is set (or ^C).
    A failed rebuild says why and leaves the last good site served; a failed first build raises."""
    root = config_file.resolve().parent
    site = (root / site_dir).resolve()
    cache = Cache(root / ".cache" / "briefing")
    watched = [root / name for name in WATCHED] + [config_file.resolve()]
    stop = stop or threading.Event()
    preload()  # as the hook does when `mkdocs serve` starts

    def rebuild() -> None:
        started = time.perf_counter()
        config = load_config(root / CONFIG)
        result = build(root / SEEDS, config, jobs=jobs, cache=cache, links=ENGINE_LINKS["zensical"])
        for problem in result.problems:
            say(str(problem))
        if result.briefing is None:
            raise SiteError(f"{root / SEEDS}: nothing to build")
        for note in zensical_site(config, result, config_file, site, strict=False, pdf=False):
            say(note)
        say(f"briefing: site rebuilt in {time.perf_counter() - started:.1f} s")

    before = stamps(watched)
    rebuild()
    server = ThreadingHTTPServer((host, port), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    say(f"briefing: serving {site} on http://{host}:{server.server_address[1]}/ (Ctrl+C to stop)")
    try:
        while not stop.wait(POLL_SECONDS):
            now = stamps(watched)
            if now == before:
                continue
            before = now
            try:
                rebuild()
            except (ConfigError, SiteError, SearchIndexError) as exc:
                say(f"{exc}\nstill serving the last good site; fix the problem and save to rebuild")
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
