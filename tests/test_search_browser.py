"""The header search box in a real browser: Pagefind answers Material's own search dialog.
Debian's Chromium driven by Playwright, the built site served on 127.0.0.1. Never runs
`playwright install`; without /usr/bin/chromium the tests skip (fail under CI).

Every test runs on the MkDocs and the Zensical build (whose header and scripts differ); the
ProperDocs build, whose HTML is MkDocs' (test_engines.py), is searched once with the other two."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ENGINES, LOCAL_HOSTS, VIEWPORT, QuietHandler, engine_site, serving

QUERY = '[data-md-component="search-query"]'
META = ".md-search-result__meta"
LINKS = ".md-search-result__link"
DONE = re.compile(r"^(找到 \d+ 筆結果|沒有符合的結果)$")


@pytest.fixture(scope="module", params=["mkdocs", "zensical"])
def built_site(request) -> Path:
    return engine_site(request, request.param)


@pytest.fixture(scope="module")
def site_url(built_site):
    with serving(QuietHandler, built_site) as port:
        yield f"http://127.0.0.1:{port}/"


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.goto(site_url + "topics/territory/", wait_until="networkidle")
    # search.js is a module and may still be setting up under load: a key pressed before its
    # listener exists is lost, and no retry of expect() can bring it back.
    page.wait_for_selector("[data-pagefind-search][data-search-ready]", state="attached")
    yield page
    context.close()


def wait_for_results(page) -> list[str]:
    """Wait for the result count line, then return the result links (path + anchor)."""
    page.wait_for_function(
        "([meta, re]) => new RegExp(re).test(document.querySelector(meta).textContent.trim())",
        arg=[META, DONE.pattern],
    )
    return [urlsplit(href).path + (f"#{urlsplit(href).fragment}" if urlsplit(href).fragment else "")
            for href in page.locator(LINKS).evaluate_all("links => links.map(a => a.href)")]


def search(page, query: str) -> list[str]:
    box = page.locator(QUERY)
    box.click()
    box.fill(query)
    return wait_for_results(page)


def page_text(built_site: Path, link: str) -> str:
    path = urlsplit(link).path.strip("/")
    return (built_site / path / "index.html").read_text(encoding="utf-8")


def witkoff_forms(built_site: Path) -> list[str]:
    forms = json.loads((built_site / "assets" / "search-gazetteer.json").read_text(encoding="utf-8"))["forms"]
    token = forms["威特科夫"][0]
    return [form for form, tokens in forms.items() if token in tokens]


def test_putin_finds_both_renderings_and_links_to_the_paragraph(page):
    links = search(page, "普京")
    pages = {link.split("#")[0] for link in links}
    assert "/sources/003_e29858f474b2aba1/" in pages, links  # writes 普京
    assert "/sources/001_b5b4c0ac8478d468/" in pages, links  # writes 普丁
    assert re.search(r"/sources/[^/]+/#p\d+$|#(now|key|dev|pos|roster)-[\w-]+$", links[0]), links[0]
    marked = page.locator(f"{LINKS} mark").all_inner_texts()
    assert {"普京", "普丁"} <= set(marked), f"highlights: {marked}"
    assert not re.search(r"\b(xe|xt)[0-9a-f]{10}", page.locator(".md-search-result__list").inner_text())


def test_simplified_query_finds_traditional_pages(page, built_site):
    links = search(page, "顿巴斯")
    writing = {f"/sources/{p.parent.name}/" for p in (built_site / "sources").glob("*/index.html")
               if "頓巴斯" in p.read_text(encoding="utf-8")}
    assert writing, "no source page writes 頓巴斯"
    assert writing <= {link.split("#")[0] for link in links}, links
    assert "頓巴斯" in page.locator(f"{LINKS} mark").all_inner_texts()


def test_witkoff_does_not_find_leavitt(page, built_site):
    links = search(page, "威特科夫")
    assert links, "威特科夫 found nothing"
    forms = witkoff_forms(built_site)
    for link in links[:5]:
        text = page_text(built_site, link)
        if "李威特" in text:
            assert any(form in text.lower() for form in forms), f"{link} mentions 李威特 but not Witkoff"


@pytest.mark.parametrize("key", ["/", "s", "f"])
def test_shortcut_opens_search_and_escape_closes_it(page, key):
    from playwright.sync_api import expect

    page.keyboard.press(key)
    expect(page.locator(QUERY)).to_be_focused()
    expect(page.locator("#__search")).to_be_checked()
    assert page.locator(QUERY).input_value() == "", f"{key!r} was typed into the box"
    page.keyboard.press("Escape")
    expect(page.locator("#__search")).not_to_be_checked()
    expect(page.locator(QUERY)).not_to_be_focused()


def test_arrow_keys_walk_the_results_and_enter_opens_the_first(page):
    links = search(page, "普京")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.href").endswith(links[0])
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.href").endswith(links[1])
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate(f"document.activeElement.matches('{QUERY}')")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(links[0]) + "$"))


def test_outlet_filter_narrows_results(page):
    everything = search(page, "普京")
    page.locator('[data-search-filter="outlet"]').select_option("香港01")
    page.wait_for_function(
        "([meta, n]) => document.querySelector(meta).textContent.trim() !== `找到 ${n} 筆結果`",
        arg=[META, len(everything)],
    )
    narrowed = wait_for_results(page)
    assert 0 < len(narrowed) < len(everything), (everything, narrowed)
    sources = {link.split("#")[0] for link in narrowed if link.startswith("/sources/")}
    assert sources == {"/sources/003_e29858f474b2aba1/"}, narrowed  # the one 香港01 article


def test_date_sort_puts_newest_first(page):
    search(page, "普京")
    page.locator(".md-search-narrow__sort label", has_text="日期").click()
    page.wait_for_function("document.querySelector('input[name=sort][value=date]').checked")
    page.wait_for_timeout(300)
    wait_for_results(page)
    dates = [tuple(map(int, m.groups())) for text in page.locator(".md-search-result__about").all_inner_texts()
             if (m := re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text))]
    assert len(dates) > 2 and dates == sorted(dates, reverse=True), dates


def test_ime_composition_searches_only_when_committed(page):
    box = page.locator(QUERY)
    box.click()
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.imeSetComposition", {"text": "pu", "selectionStart": 2, "selectionEnd": 2})
    page.wait_for_timeout(600)
    assert page.locator(LINKS).count() == 0
    assert not DONE.match(page.locator(META).inner_text().strip())
    cdp.send("Input.insertText", {"text": "普京"})
    assert "/sources/003_e29858f474b2aba1/" in {link.split("#")[0] for link in wait_for_results(page)}


def test_searching_stays_on_localhost_without_errors(browser, site_url):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda req: requests.append(req.url))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(site_url + "sources/000_fbf215345708780b/", wait_until="networkidle")
    assert search(page, "泽连斯基")
    page.wait_for_load_state("networkidle")
    context.close()
    offenders = [url for url in requests
                 if urlsplit(url).scheme not in ("data", "blob", "about")
                 and urlsplit(url).hostname not in LOCAL_HOSTS]
    assert not offenders, "requests to other hosts:\n" + "\n".join(offenders)
    assert any("/pagefind/" in url for url in requests), "Pagefind was not asked"
    own = [url for url in requests if "search_index" in url or "/workers/search" in url or url.endswith("/search.json")]
    assert not own, f"Material's or Zensical's own search started: {own}"
    assert not errors, "browser errors:\n" + "\n".join(errors)


def test_putin_finds_the_same_pages_on_every_engine(browser, request):
    found = {}
    for engine in ENGINES:
        with serving(QuietHandler, engine_site(request, engine)) as port:
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{port}/topics/territory/", wait_until="networkidle")
            page.wait_for_selector("[data-pagefind-search][data-search-ready]", state="attached")
            found[engine] = search(page, "普京")
            context.close()
    assert found["mkdocs"], "普京 found nothing"
    assert found["properdocs"] == found["mkdocs"] == found["zensical"], found
