"""The same briefing on MkDocs, ProperDocs and Zensical (`briefing site --engine …`), beyond the link
walk (test_site_links.py) and the browser search (test_search_browser.py), which run on each."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import yaml

from conftest import CHROMIUM, QUIET, project_copy, require
from generator.render.links import raw_href

GENERATOR_META = re.compile(rb'<meta name="generator" content="[^"]*">')


def files_of(site: Path) -> dict[str, bytes]:
    # Pagefind's index is left out: its file names differ between two runs on the same site.
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and p.relative_to(site).parts[0] != "pagefind"}


def test_raw_html_links_take_the_form_each_engine_resolves():
    # MkDocs and ProperDocs leave raw HTML alone: the final URL, from the page's own URL.
    assert raw_href("sources/a.md", "p3", "topics/t.md", "url") == "../../sources/a/#p3"
    assert raw_href("topics/t/2025-12.md", "dev-a-p1", "topics/t.md", "url") == "2025-12/#dev-a-p1"
    # Zensical rewrites them like Markdown links, from the page's file: the .md path.
    assert raw_href("sources/a.md", "p3", "topics/t.md", "md") == "../sources/a.md#p3"
    assert raw_href("topics/t/2025-12.md", "dev-a-p1", "topics/t.md", "md") == "t/2025-12.md#dev-a-p1"
    # The page itself: its anchor, or for Zensical its own file (it resolves "./" to the folder's page).
    assert raw_href("topics/t.md", "key-1", "topics/t.md", "md") == "#key-1"
    assert raw_href("topics/t.md", None, "topics/t.md", "url") == "./"
    assert raw_href("topics/t.md", None, "topics/t.md", "md") == "t.md"


def test_mkdocs_and_properdocs_write_the_same_site_but_for_the_generator_tag(built_site, properdocs_site):
    mkdocs, properdocs = files_of(built_site), files_of(properdocs_site)
    assert mkdocs.keys() == properdocs.keys()
    differ = [name for name in mkdocs if mkdocs[name] != properdocs[name]]
    assert all(name.endswith(".html") for name in differ), differ
    assert differ, "not one page differs: is the generator tag gone, or was one engine built twice?"
    for name in differ:
        assert GENERATOR_META.sub(b"", mkdocs[name]) == GENERATOR_META.sub(b"", properdocs[name]), name
    assert b'content="mkdocs-ProperDocs' in properdocs["index.html"]


def test_every_engine_gets_what_the_hook_adds(built_site, properdocs_site, zensical_site):
    for site in (built_site, properdocs_site, zensical_site):
        assert (site / "assets" / "search-gazetteer.json").is_file(), site
        assert (site / "pagefind" / "pagefind.js").is_file(), site
        nav = (site / "index.html").read_text(encoding="utf-8")
        assert "人物與機構" in nav and "sources/000_fbf215345708780b/" not in nav.split('class="md-content"')[0], site


def test_every_engine_offers_the_brief_pdf(built_site, properdocs_site, zensical_site):
    require(CHROMIUM.exists(), "Chromium not found: apt-get install chromium fonts-noto-cjk")  # what prints it
    for site in (built_site, properdocs_site, zensical_site):
        assert (site / "brief.pdf").read_bytes().startswith(b"%PDF"), site
        assert 'href="../brief.pdf"' in (site / "brief" / "index.html").read_text(encoding="utf-8"), site


def test_zensical_config_inherits_mkdocs_yml_and_turns_its_own_search_off(zensical_site):
    config = yaml.safe_load((zensical_site.parent / "zensical.yml").read_text(encoding="utf-8"))
    assert config["INHERIT"] == "mkdocs.yml"
    assert {"search": {"enabled": False}} in config["plugins"]
    assert config["nav"][0] == {"首頁": "index.md"}
    html = (zensical_site / "topics" / "territory" / "index.html").read_text(encoding="utf-8")
    assert 'class="md-search"' not in html, "Zensical fetches its search.json on a page with an .md-search"
    assert "search-zensical.css" in html


def site_command(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator.cli", "site", *args], cwd=project,
                          env={**os.environ, **QUIET, "BRIEFING_PDF": "0"}, capture_output=True, text=True)


def test_zensical_strict_fails_on_a_broken_link_of_a_hand_written_page(tmp_path):
    project = project_copy(tmp_path, seeds=tmp_path / "no-seeds")
    (project / "docs" / "about.md").write_text("# 關於\n\n[來源](sources/missing.md#p1)\n", encoding="utf-8")
    result = site_command(project, "--engine", "zensical")
    assert result.returncode == 2, result.stderr
    assert "about.md" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_zensical_site_outside_the_project_is_a_clear_error(tmp_path):
    project = project_copy(tmp_path, seeds=tmp_path / "no-seeds")
    result = site_command(project, "--engine", "zensical", "--site-dir", str(tmp_path / "elsewhere"))
    assert result.returncode == 2
    assert "inside the project folder" in result.stderr and "Traceback" not in result.stderr


def test_index_runs_pagefind_on_a_built_site(tmp_path):
    (tmp_path / "index.html").write_text('<html lang="zh-TW"><body data-pagefind-body><p>普丁與澤倫斯基</p></body></html>',
                                         encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator.cli", "index", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(check, what: str, process: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert process.poll() is None, f"briefing serve stopped before {what}:\n{process.communicate()[1]}"
        assert time.monotonic() < deadline, f"no {what} after {seconds} s"
        time.sleep(0.3)


def test_serving_with_zensical_rebuilds_the_briefing_when_its_config_changes(tmp_path):
    project = project_copy(tmp_path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", "--engine", "zensical", "--jobs", "1",
                                "--dev-addr", f"127.0.0.1:{port}"], cwd=project, env={**os.environ, **QUIET},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        _wait_for(lambda: "領土問題" in (_get(base + "topics/territory/") or ""), "topic page", process)
        assert _get(base + "pagefind/pagefind.js"), "not indexed"
        config = project / "briefing.yml"
        config.write_text(config.read_text(encoding="utf-8").replace("title: 領土問題", "title: 領土爭議", 1), encoding="utf-8")
        _wait_for(lambda: "領土爭議" in (_get(base + "topics/territory/") or ""), "rebuilt topic page", process)
        _wait_for(lambda: _get(base + "pagefind/pagefind.js") is not None, "search index after the rebuild", process)
    finally:
        process.terminate()
        process.wait(timeout=30)
