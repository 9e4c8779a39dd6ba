"""Checks on the built HTML, no browser: links and anchors resolve, excerpts and source paragraphs
link both ways, topic pages are free of seed boilerplate, removed lines are listed on source pages.
Each runs on the site built by MkDocs, ProperDocs and Zensical, under the sub-path of site_url."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser

from conftest import ENGINES, engine_site

REPO = Path(__file__).resolve().parent.parent
TOPICS = ["territory", "security-guarantees", "us-envoys", "european-stance"]
SOURCES = sorted(p.stem for p in (REPO / "seeds").glob("*.txt"))
ORIGIN = "http://site.invalid"  # stands in for the server when resolving links
EXTERNAL_SCHEMES = {"http", "https", "mailto"}

BOILERPLATE = [
    "IE 瀏覽器", "推薦閱讀", "最新文章", "延伸閱讀", "相關新聞", "商品推薦",
    "udn討論區", "聯合新聞網有權逕予刪除", "高虹安",
]


# --- helpers -------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def parse(path: Path) -> LexborHTMLParser:
    return LexborHTMLParser(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def ids_in(path: Path) -> frozenset[str]:
    return frozenset(node.attributes["id"] for node in parse(path).css("[id]"))


@lru_cache(maxsize=None)
def site_root(site: Path) -> str:
    """URL of the site root: the path of site_url (from the home page's canonical link), so that
    root-absolute links such as 404.html's /briefing/topics/... resolve as they do once deployed."""
    canonical = parse(site / "index.html").css_first('link[rel="canonical"]')
    path = urlsplit(canonical.attributes.get("href") or "").path if canonical is not None else ""
    segments = path.strip("/")
    return f"{ORIGIN}/{segments}/" if segments else f"{ORIGIN}/"


def page_url(site: Path, path: Path) -> str:
    """The URL a page is served at: topics/territory/index.html -> <root>topics/territory/."""
    rel = path.relative_to(site).as_posix()
    return site_root(site) + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """(target file, decoded fragment) of a link on `page`, or None for an external link."""
    if urlsplit(href).scheme in EXTERNAL_SCHEMES:
        return None
    url = urljoin(page_url(site, page), href)
    root = site_root(site)
    if not url.startswith(root):
        raise ValueError(f"{href!r} on {rel(site, page)} points outside the site root {root}")
    parts = urlsplit(url)
    target = site / unquote(parts.path[len(urlsplit(root).path):])
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def rel(site: Path, path: Path) -> str:
    return path.relative_to(site).as_posix() if path.is_relative_to(site) else str(path)


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def topic_page(site: Path, topic: str) -> Path:
    return site / "topics" / topic / "index.html"


def source_page(site: Path, source: str) -> Path:
    return site / "sources" / source / "index.html"


def next_element(node):
    node = node.next
    while node is not None and node.tag in ("-text", "_text", "-comment", "_comment"):
        node = node.next
    return node


def topic_pages(site: Path, topic: str) -> list[Path]:
    """The topic page, its month archives and its positions pages."""
    return sorted(topic_page(site, topic).parent.rglob("index.html"))


def excerpt_cites(site: Path, page: Path):
    """(excerpt node, cite target, claim target) for every excerpt on a page; the claim target is
    where an excerpt without an id of its own (a copy of a claim) is held, else None."""
    for excerpt in parse(page).css("p.excerpt"):
        cite = excerpt.css_first("a.cite")
        href = cite.attributes.get("href") if cite is not None else None
        claim = excerpt.css_first("a.claim-link")
        yield (excerpt, resolve(site, page, href) if href else None,
               resolve(site, page, claim.attributes["href"]) if claim is not None else None)


# --- tests ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module", params=ENGINES)
def site(request) -> Path:
    return engine_site(request, request.param)


def test_internal_links_and_anchors_resolve(site):
    # Under a sub-path, as on GitHub Pages: where an engine's rewriting of links shows (Zensical's did).
    assert urlsplit(site_root(site)).path != "/", "site_url has no sub-path; the walk would miss links that leave it"
    broken = []
    checked = 0
    for page in html_pages(site):
        for a in parse(page).css("a[href]"):
            href = a.attributes["href"] or ""
            try:
                target = resolve(site, page, href)
            except ValueError as exc:
                broken.append(str(exc))
                continue
            if target is None:
                continue
            checked += 1
            path, fragment = target
            if not path.is_file():
                broken.append(f"{rel(site, page)}: {href} -> missing file {rel(site, path)}")
            elif fragment and fragment not in ids_in(path):
                broken.append(f"{rel(site, page)}: {href} -> no id {fragment!r} in {rel(site, path)}")
    assert checked > 100, f"only {checked} internal links found; is the site empty?"
    assert not broken, f"{len(broken)} broken internal links:\n" + "\n".join(broken)


def test_site_has_expected_pages(site):
    assert len(SOURCES) == 5, f"expected 5 seed articles, found {SOURCES}"
    assert (site / "index.html").is_file(), "home page missing"
    assert (site / "sources" / "index.html").is_file(), "sources index missing"
    assert (site / "entities" / "index.html").is_file(), "entities index missing"
    topics = sorted(p.parent.name for p in (site / "topics").glob("*/index.html"))
    assert topics == sorted(TOPICS)
    sources = sorted(p.parent.name for p in (site / "sources").glob("*/index.html"))
    assert sources == SOURCES


@pytest.mark.parametrize("topic", TOPICS)
def test_excerpts_cite_source_paragraphs_that_link_back(site, topic):
    """Every excerpt on the topic's pages cites a source paragraph, and that paragraph links back to
    the excerpt, or, for a copy of a claim (the topic page's latest month), to where the claim is held."""
    problems = []
    excerpts = 0
    for page in topic_pages(site, topic):
        for excerpt, target, claim in excerpt_cites(site, page):
            excerpts += 1
            anchor = excerpt.attributes.get("id")
            label = f"{rel(site, page)}: excerpt #{anchor}" if anchor else f"{rel(site, page)}: {excerpt.text()[:40]!r}"
            if not anchor and claim is None:
                problems.append(f"{label}: neither an id nor a link to its claim")
                continue
            if target is None:
                problems.append(f"{label}: no a.cite link")
                continue
            path, fragment = target
            if not (path.is_file() and path.parent.parent == site / "sources" and re.fullmatch(r"p\d+", fragment)):
                problems.append(f"{label}: cite points to {rel(site, path)}#{fragment}, not a source paragraph")
                continue
            para = parse(path).css_first(f'p.para[id="{fragment}"]')
            if para is None:
                problems.append(f"{label}: no p.para#{fragment} in {rel(site, path)}")
                continue
            meta = next_element(para)
            if meta is None or "para-meta" not in (meta.attributes.get("class") or "").split():
                problems.append(f"{label}: {rel(site, path)}#{fragment} has no .para-meta after it")
                continue
            backlinks = {resolve(site, path, a.attributes["href"]) for a in meta.css("a[href]")}
            if ((page, anchor) if anchor else claim) not in backlinks:
                problems.append(f"{label}: {rel(site, path)}#{fragment} does not link back to it")
    assert excerpts > 0, f"no excerpts on {topic}"
    assert not problems, f"{len(problems)} of {excerpts} excerpts on {topic}:\n" + "\n".join(problems)


@pytest.mark.parametrize("topic", TOPICS)
def test_topic_cites_at_least_three_sources(site, topic):
    cited = {target[0] for page in topic_pages(site, topic)
             for _, target, _ in excerpt_cites(site, page) if target is not None}
    assert len(cited) >= 3, f"{topic} cites only {sorted(rel(site, p) for p in cited)}"


@pytest.mark.parametrize("topic", TOPICS)
def test_topic_has_no_seed_boilerplate(site, topic):
    for page in topic_pages(site, topic):
        assert_no_boilerplate(parse(page).body, rel(site, page))


def assert_no_boilerplate(body, where: str) -> None:
    text = body.text(separator="\n")
    found = [s for s in BOILERPLATE if s in text]
    # A seed's "Top" link line, either as a paragraph of its own or quoted as an excerpt.
    if any(re.fullmatch(r"Top|(.*：)?「\s*Top\s*」.*", p.text(strip=True), re.S) for p in body.css("p")):
        found.append("'Top' as a paragraph")
    assert not found, f"boilerplate on {where}: {found}"


@pytest.mark.parametrize("source", SOURCES)
def test_source_lists_removed_lines(site, source):
    tree = parse(source_page(site, source))
    heading = tree.css_first("#removed")
    assert heading is not None, f"{source}: no #removed heading"
    details = next_element(heading)
    while details is not None and details.tag not in ("details", "h1", "h2"):
        details = next_element(details)
    assert details is not None and details.tag == "details", f"{source}: no <details> under #removed"
    assert "open" not in details.attributes, f"{source}: removed lines are not collapsed"
    summary = details.css_first("summary")
    match = re.search(r"已移除\s*(\d+)\s*行", summary.text() if summary else "")
    assert match, f"{source}: summary does not state the count: {summary.text() if summary else None!r}"
    count, items = int(match.group(1)), details.css("li")
    if count:
        assert len(items) == count, f"{source}: summary says {count} lines, list has {len(items)}"
    else:
        assert [li.text(strip=True) for li in items] == ["沒有移除任何內容。"]
    if source.startswith(("000_", "004_")):
        assert count > 0, f"{source}: expected boilerplate lines to be removed"
