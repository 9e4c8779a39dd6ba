"""The built site in a real browser: Debian's Chromium driven by Playwright, the site served on
127.0.0.1. Never runs `playwright install`; without /usr/bin/chromium the tests skip (fail under CI)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import LOCAL_HOSTS, VIEWPORT

PAGES = {  # what a reader opens first: home, a topic, a source
    "home": "",
    "topic": "topics/territory/",
    "source": "sources/000_fbf215345708780b/",
}


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="module")
def visits(browser, site_url):
    """Open each page in PAGES once and record its requests, console errors and page errors."""
    context = browser.new_context(viewport=VIEWPORT)
    records = {}
    for name, path in PAGES.items():
        page = context.new_page()
        record = records[name] = {"requests": [], "console": [], "errors": []}
        page.on("request", lambda req, r=record: r["requests"].append(req.url))
        page.on("console", lambda msg, r=record: r["console"].append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc, r=record: r["errors"].append(str(exc)))
        response = page.goto(site_url + path, wait_until="networkidle")
        assert response is not None and response.ok, f"{path or 'home'}: HTTP {response and response.status}"
        page.close()
    context.close()
    return records


def test_cite_link_scrolls_to_source_paragraph(page, site_url):
    page.goto(site_url + PAGES["topic"])
    cite = page.locator("p.excerpt a.cite").first
    href = cite.get_attribute("href")
    match = re.search(r"#(p\d+)$", href or "")
    assert match, f"first cite link {href!r} does not point to a #p<N> paragraph"
    anchor = match.group(1)
    cite.click()
    page.wait_for_url(re.compile(rf"/sources/[^/]+/#{anchor}$"))
    assert page.url.endswith(f"#{anchor}")
    target = page.locator(f"p.para#{anchor}")
    target.wait_for(state="visible")
    box = target.bounding_box()
    assert box is not None, f"#{anchor} has no layout box"
    assert 0 <= box["y"] < VIEWPORT["height"], f"#{anchor} is outside the viewport: {box}"
    header = page.locator("header.md-header").bounding_box()
    assert header is None or box["y"] >= header["y"] + header["height"] - 1, (
        f"#{anchor} is hidden under the sticky header: paragraph {box}, header {header}"
    )


def test_no_requests_leave_localhost(visits):
    offenders = [
        f"{name}: {url}"
        for name, record in visits.items()
        for url in record["requests"]
        if urlsplit(url).scheme not in ("data", "blob", "about")
        and urlsplit(url).hostname not in LOCAL_HOSTS
    ]
    assert all(record["requests"] for record in visits.values()), "no requests recorded"
    assert not offenders, "requests to other hosts:\n" + "\n".join(offenders)


def test_no_console_errors(visits):
    errors = [
        f"{name}: {kind}: {text}"
        for name, record in visits.items()
        for kind in ("console", "errors")
        for text in record[kind]
    ]
    assert not errors, "browser errors:\n" + "\n".join(errors)


def test_screenshots(page, site_url, tmp_path):
    out = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    for name, path in [("home", ""), ("topic-territory", "topics/territory/")]:
        page.goto(site_url + path, wait_until="networkidle")
        page.evaluate("document.fonts.ready")
        file = out / f"{name}.png"
        page.screenshot(path=str(file), full_page=True)
        assert file.stat().st_size > 0, f"{file} is empty"


def test_a_long_source_address_fits_a_phones_screen(browser, site_url):
    """At 390 px a source page's details table fits the screen even when the original address is one
    long unbroken string (an English outlet's slug): the link breaks rather than widen the table."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + PAGES["source"], wait_until="networkidle")
    page.evaluate("""() => {
        const cell = [...document.querySelectorAll('.md-typeset table td')].find(td => td.textContent.trim() === '原文網址');
        const value = cell.nextElementSibling;
        value.innerHTML = '<a href="https://example.com/">https://www.example.com/2026/01/23/' + 'x'.repeat(120) + '.html</a>';
    }""")
    width = page.evaluate("document.querySelector('.md-typeset table').getBoundingClientRect().right")
    context.close()
    assert width <= 390, f"the details table reaches {width} px on a 390 px screen"
