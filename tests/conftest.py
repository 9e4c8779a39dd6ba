"""Shared fixtures: the site is built once per test session with `mkdocs build --strict`, and, for
the tests that run on every engine (ENGINES), with ProperDocs and Zensical through `briefing site`."""

from __future__ import annotations

import functools
from contextlib import contextmanager
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generator.pdf import CHROMIUM_ARGS

REPO = Path(__file__).resolve().parent.parent
ENGINES = ("mkdocs", "properdocs", "zensical")
# Material prints an end-of-life banner mentioning NO_MKDOCS_2_WARNING; silence it so that any
# "WARNING" left on stderr is a real warning of the engine.
QUIET = {"NO_MKDOCS_2_WARNING": "1"}


def project_copy(folder: Path, seeds: Path | None = None) -> Path:
    """A copy of the project (config, hooks, docs, templates, overrides) in `folder`, with the
    embedded seeds or with the articles of `seeds` (an empty folder when it does not exist yet)."""
    import shutil

    project = folder / "project"
    project.mkdir()
    for name in ("mkdocs.yml", "briefing.yml"):
        shutil.copy(REPO / name, project)
    for name in ("hooks", "docs", "templates", "overrides"):
        shutil.copytree(REPO / name, project / name)
    if seeds is None:
        shutil.copytree(REPO / "seeds", project / "seeds")
    elif seeds.is_dir():
        shutil.copytree(seeds, project / "seeds")
    else:
        (project / "seeds").mkdir()
    return project


@pytest.fixture(scope="session")
def built_site(mkdocs_site) -> Path:
    return mkdocs_site


@pytest.fixture(scope="session")
def mkdocs_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    # What a newcomer sees in the terminal (tests/test_reading.py): kept beside the site.
    env = {**os.environ, **QUIET}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=REPO, env=env, capture_output=True, text=True,
    )
    (site.parent / f"{site.name}.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stdout}\n{result.stderr}"
    assert "WARNING" not in result.stderr, f"mkdocs build warned:\n{result.stderr}"
    return site


def briefing_site(engine: str, project: Path, site: Path) -> None:
    """`briefing site --engine ENGINE` (strict) in `project`, writing `site`."""
    result = subprocess.run([sys.executable, "-m", "generator.cli", "site", "--engine", engine, "--site-dir", str(site)],
                            cwd=project, env={**os.environ, **QUIET}, capture_output=True, text=True)
    assert result.returncode == 0, f"briefing site --engine {engine} failed:\n{result.stdout}\n{result.stderr}"
    assert "WARNING" not in result.stderr, f"{engine} warned:\n{result.stderr}"


@pytest.fixture(scope="session")
def properdocs_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("properdocs") / "site"
    briefing_site("properdocs", REPO, site)
    return site


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory) -> Path:
    # In a copy: Zensical writes its config, staged docs and site inside the project folder.
    project = project_copy(tmp_path_factory.mktemp("zensical"))
    briefing_site("zensical", project, project / "site")
    return project / "site"


def engine_site(request, engine: str) -> Path:
    """The seeds' site built by `engine` (each built once per session)."""
    return request.getfixturevalue(f"{engine}_site")


# --- the browser: Debian's Chromium through Playwright, never a downloaded one ----------------------

CHROMIUM = Path("/usr/bin/chromium")
VIEWPORT = {"width": 1280, "height": 900}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def require(available: bool, reason: str) -> None:
    """Skip a test whose tool is missing here; under CI (CI set) a missing tool is a failure."""
    if not available:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="module")  # Playwright's sync API runs one instance per thread at a time
def browser():
    require(CHROMIUM.exists(), "Chromium not found: apt-get install chromium fonts-noto-cjk")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextmanager
def serving(handler: type[SimpleHTTPRequestHandler], directory: Path):
    """Serve `directory` with `handler` on 127.0.0.1 at a free port; yields the port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site):
    """The built site served on 127.0.0.1 at a free port, at the root."""
    with serving(QuietHandler, built_site) as port:
        yield f"http://127.0.0.1:{port}/"
