"""The site as an analyst reads it before briefing someone (issue 21): each page leads with what is
new, says each thing once, shows evidence on demand and nothing that reads like debugging output.
What a reader sees is checked in Debian's Chromium (order, repetition, counts, badges, the nav
highlight, wrapping at 390 px); the rest on the built site's files or a small build."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from generator import build

ROOT = Path(__file__).resolve().parent.parent
TOPICS = ["territory", "security-guarantees", "us-envoys", "european-stance"]
MAX_TOPIC_HEIGHT = 4000  # px at 1280 px wide
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# The quoted text of every excerpt and brief item: 「…」 up to the citation.
QUOTES_JS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('article p.excerpt, article li')) {
    const line = el.innerText.split('\\n').find(l => l.includes('「')) || '';
    const start = line.indexOf('「'), end = line.lastIndexOf('」');
    if (start >= 0 && end > start) found.push(line.slice(start + 1, end));
  }
  return found;
}"""
# The elements of a section: from an h2 with this id to the next h2.
SECTION_JS = """(id) => {
  const out = [];
  const h = document.getElementById(id);
  if (!h) return null;
  for (let n = h.nextElementSibling; n && n.tagName !== 'H2'; n = n.nextElementSibling) out.push(n);
  return out.map(n => ({tag: n.tagName, cls: n.className, text: n.innerText, id: n.id,
                        topic: (n.querySelector('strong a') || {}).textContent || null,
                        cite: (n.querySelector('a.cite') || {}).href || null}));
}"""


def sentences(quote: str) -> list[str]:
    """A quote's sentences and clauses (an excerpt joins sentences with …… where some are left out;
    a speaker's clause has … where the sentence goes on)."""
    parts = re.split(r"(?<=[。！？!?])|…+", quote)
    return [re.sub(r"\s+", "", p) for p in parts if len(re.sub(r"\s+", "", p)) >= 8]


def repeated(quotes: list[str]) -> list[str]:
    """Sentences or clauses of one quote that another quote on the page contains as well."""
    pieces = [set(sentences(q)) for q in quotes]
    found = []
    for i, mine in enumerate(pieces):
        for theirs in pieces[i + 1:]:
            found += [a[:30] for a in mine for b in theirs if len(min(a, b, key=len)) >= 12 and (a in b or b in a)]
    return found


@pytest.fixture(scope="module")
def open_page(browser, site_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()

    def go(path: str, viewport: dict = DESKTOP):
        page.set_viewport_size(viewport)
        page.goto(site_url + path, wait_until="load")  # static pages; search is not used here
        return page

    yield go
    context.close()


def section(page, anchor: str) -> list[dict]:
    found = page.evaluate(SECTION_JS, anchor)
    assert found is not None, f"{page.url} has no section #{anchor}"
    return found


def excerpts(items: list[dict]) -> list[dict]:
    return [i for i in items if "excerpt" in i["cls"].split()]


# --- 1. lead with what is new, say each thing once ---------------------------------------------------

@pytest.mark.parametrize("topic", TOPICS)
def test_topic_page_opens_with_now_and_fits_a_desktop_screenful_budget(open_page, topic):
    page = open_page(f"topics/{topic}/")
    first = page.locator("article h2").first
    assert first.get_attribute("id") == "now", f"{topic}: the page opens with {first.inner_text()!r}, not 現況"
    assert first.inner_text().startswith("現況：")
    now = excerpts(section(page, "now"))
    assert 1 <= len(now) <= 5, f"{topic}: 現況 holds {len(now)} excerpts"
    newest = first.inner_text().removeprefix("現況：").rstrip("¶").strip()
    for item in now:  # each cited: outlet, date, paragraph; from the latest month's archive
        assert item["cite"] and "/sources/" in item["cite"], item["text"][:40]
    archive = page.locator("#archive ~ p a").first.inner_text()
    assert archive == newest, f"{topic}: 現況 is {newest}, the newest month archived is {archive}"
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= MAX_TOPIC_HEIGHT, f"{topic}: {height} px tall at 1280 px"


@pytest.mark.parametrize("path", ["", "topics/territory/", "topics/us-envoys/", "brief/"])
def test_no_sentence_is_quoted_twice_on_a_page(open_page, path):
    """As a reader sees them; every page's HTML: test_no_sentence_is_quoted_twice_on_any_page_of_the_site."""
    page = open_page(path)
    counts = Counter(s for quote in page.evaluate(QUOTES_JS) for s in sentences(quote))
    twice = [s[:40] for s, n in counts.items() if n > 1]
    assert counts, f"{path or 'home'}: no quotes found"
    assert not twice, f"{path or 'home'}: quoted more than once: {twice}"


@pytest.mark.parametrize("topic", TOPICS)
def test_latest_month_counts_match_what_is_shown(open_page, site_url, topic):
    page = open_page(f"topics/{topic}/")
    items = section(page, "latest")
    intro = items[0]["text"]
    shown = len(excerpts(items))
    total = int(re.search(r"本月共 (\d+) 則發展", intro).group(1))
    above = int(m.group(1)) if (m := re.search(r"(\d+) 則已列在上方", intro)) else 0
    rest = re.search(r"其餘 (\d+) 則(?:中最新的 (\d+) 則)?如下", intro)
    assert (int(rest.group(2) or rest.group(1)) if rest else 0) == shown, f"{topic}: {intro!r} but {shown} shown"
    assert total == above + (int(rest.group(1)) if rest else 0), intro
    now_and_key = len(excerpts(section(page, "now"))) + len(excerpts(section(page, "key-points")))
    assert above <= now_and_key
    # The month's archive (all its parts) holds exactly `total` developments.
    month = page.locator("#archive ~ p a").first
    held = 0
    for link in page.locator("#archive ~ p").first.locator("a").all():
        if link.inner_text().startswith(month.inner_text()):
            held += page.evaluate("""async (href) => { const r = await fetch(href); const t = await r.text();
                return (t.match(/<p id="dev-[^"]*" class="excerpt"/g) || []).length; }""", link.get_attribute("href"))
    assert held == total, f"{topic}: the page says {total}, the archive holds {held}"


def test_home_latest_covers_every_topic_and_no_source_more_than_twice(open_page):
    page = open_page("")
    items = excerpts(section(page, "latest"))
    assert items
    topics = {i["topic"] for i in items}
    assert topics == {"領土問題", "安全保障", "美國特使", "歐洲立場"}, topics
    sources = Counter(re.search(r"/sources/([^/]+)/", i["cite"]).group(1) for i in items)
    assert max(sources.values()) <= 2, sources
    dates = [re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", i["text"]).groups() for i in items]
    assert [tuple(map(int, d)) for d in dates] == sorted((tuple(map(int, d)) for d in dates), reverse=True)


def test_home_topic_cards_come_before_the_latest_list_on_a_phone(open_page):
    page = open_page("", PHONE)
    titles = page.locator(".grid.cards > ul > li > p:first-child a").all_inner_texts()
    assert titles == ["領土問題", "安全保障", "美國特使", "歐洲立場"], f"one card per topic, got {titles}"
    cards = page.locator(".grid.cards").bounding_box()
    assert cards["y"] < page.locator("#latest").bounding_box()["y"]
    assert cards["y"] < 2 * PHONE["height"], f"topic cards start at {cards['y']} px"


def test_brief_key_points_lead_with_the_newest_month_and_include_its_top_claim():
    import html

    def opening(text: str) -> str:
        return re.sub(r"\W", "", html.unescape(text))[:12]

    result = build(ROOT / "seeds", ROOT / "briefing.yml")
    brief = next(p.markdown for p in result.pages if p.uri == "brief.md")
    for section in result.briefing.topics:
        assert section.now, section.topic
        part = brief.split(f"{{#brief-{section.topic}}}")[1].split("\n## ")[0]
        points = re.findall(r"^- 「(.*?)」［", part.split("**重點**")[1].split("**各方立場**")[0], re.M)
        assert points, section.topic
        assert opening(points[0]) == opening(section.now[0].first.text), \
            f"{section.topic}: the brief's 重點 open with {points[0][:30]!r}, not the newest month's top claim"
    assert "| 最新進展 | 2025年12月：" in brief


def test_archive_and_positions_pages_run_newest_first(open_page):
    for path in ("topics/territory/2025-02/", "topics/territory/positions/us/"):
        page = open_page(path)
        days = [h for h in page.locator("article h2").all_inner_texts() if re.match(r"\d{4}年", h)]
        keys = [tuple(map(int, re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", d).groups())) for d in days]
        assert len(keys) > 1 and keys == sorted(keys, reverse=True), (path, days)


def test_topic_key_points_and_latest_run_newest_first(open_page):
    page = open_page("topics/territory/")
    for anchor in ("key-points", "latest"):
        cited = [re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", i["text"].split("\n")[1]).groups() for i in excerpts(section(page, anchor))]
        keys = [tuple(map(int, c)) for c in cited]
        assert keys == sorted(keys, reverse=True), (anchor, keys)


# --- 2. evidence on demand ----------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["", "topics/territory/", "topics/european-stance/", "topics/territory/2025-12/"])
def test_outlet_badge_only_from_two_outlets(open_page, path):
    page = open_page(path)
    badges = page.locator(".corroboration").all_inner_texts()
    assert all(not re.match(r"1 家媒體", b) for b in badges), badges
    assert all(re.match(r"([2-9]|\d\d+) (家媒體|篇報導)", b) for b in badges), badges


def test_evidence_is_hidden_until_asked_for(open_page):
    page = open_page("topics/territory/")
    evidence = page.locator("p.excerpt .evidence").first
    terms = evidence.locator(".evidence-terms")
    assert not terms.is_visible() and "依據" in evidence.inner_text()
    evidence.focus()
    assert terms.is_visible() and terms.inner_text().startswith("：")
    assert "依據：" not in page.locator("article").inner_text().replace(terms.inner_text(), "")


@pytest.mark.parametrize("topic", TOPICS)
def test_parties_without_statements_are_one_line_not_a_section(open_page, topic):
    page = open_page(f"topics/{topic}/")
    items = section(page, "positions")
    for k, item in enumerate(items):
        if item["tag"] == "H3":
            after = items[k + 1]["text"] if k + 1 < len(items) else ""
            assert not after.startswith("來源中沒有"), f"{topic}: {item['text']!r} is a heading over nothing"
    silent = [i["text"] for i in items if i["text"].startswith("來源中沒有明確歸屬於")]
    assert len(silent) <= 1


def test_roster_shows_what_envoys_did_not_commentary_about_them(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "特使動向\n\n2025年12月2日，美國特使威特科夫在莫斯科會見普丁，雙方討論和平方案。\n\n"
        "值得注意的是，威特科夫成為這場談判的核心人物。\n\n"
        "《華爾街日報》指出，威特科夫在政府中很受歡迎，談判團隊也信任他。\n\n"
        "威特科夫說：「我們已經接近協議。」\n\n"
        "威特科夫與庫什納12月3日回到美國，向總統簡報會談。\n", encoding="utf-8")
    (seeds / "sources.yml").write_text("a.txt:\n  outlet: 測試報\n  published: 2025-12-03\n", encoding="utf-8")
    result = build(seeds, ROOT / "briefing.yml")
    section = next(s for s in result.briefing.topics if s.topic == "us-envoys")
    roster = dict((member, excerpts) for member, excerpts, _ in section.roster)
    texts = [e.text for e in roster["steve-witkoff"]] + [c.first.text for c in section.now + section.key_points + section.latest]
    page = next(p.markdown for p in result.pages if p.uri == "topics/us-envoys.md")
    roster_part = page.split("## 成員與作為")[1].split("\n## ")[0] if "## 成員與作為" in page else ""
    assert "值得注意的是" not in roster_part and "指出" not in roster_part
    assert any("會見普丁" in t for t in texts) and any("接近協議" in t for t in texts)
    # What they did: the meeting, the statement, the return (named after a fellow envoy, still an
    # actor); not the two comments. A sentence quoted above is not repeated in the roster.
    counts = {member: count for member, _, count in section.roster}
    assert counts["steve-witkoff"] == 3 and counts["jared-kushner"] == 1, counts


# --- 3. smaller mends ---------------------------------------------------------------------------------

def test_a_source_page_lists_each_backlink_once(built_site):
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    for page in sorted((built_site / "sources").glob("*/index.html")):
        for meta in HTMLParser(page.read_text(encoding="utf-8")).css("p.para-meta"):
            text = meta.text().split("被引用於：")[-1]
            # A new label starts at a separator followed by a place (「安全保障 › 各方立場（美國）」);
            # 「：第 1 句、第 2 句」 after a label are its sentences.
            labels = re.split(r"[、；](?=[^、；]*›)", text)
            assert len(labels) == len(set(labels)), f"{page.parent.name}: {labels}"


def test_entity_latest_mentions_are_distinct_sentences_from_distinct_sources_first(open_page):
    page = open_page("entities/vladimir-putin/")
    items = [i for i in section(page, "latest") if i["tag"] == "UL"][0]["text"].split("\n")
    assert len(items) == len(set(items)), "a mention is listed twice"
    sources = [re.findall(r"」([^」「]+?)，\d{4}年\d{1,2}月\d{1,2}日，", i)[-1] for i in items]
    distinct = len(set(sources))
    assert distinct > 1 and len(set(sources[:distinct])) == distinct, sources


def test_no_internal_wording_or_placeholder_links(built_site):
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "學自" not in text, page
        assert "github.com/example" not in text, page


def test_entity_page_citations_stay_out_of_search_excerpts(built_site):
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    html = HTMLParser((built_site / "entities" / "vladimir-putin" / "index.html").read_text(encoding="utf-8"))
    cites = html.css("[data-pagefind-body] a.cite")
    assert cites
    for cite in cites:
        node, ignored = cite, False
        while node is not None and not ignored:
            ignored = "data-pagefind-ignore" in (node.attributes or {})
            node = node.parent
        assert ignored, cite.text()


def test_month_links_are_named_by_month(open_page):
    page = open_page("topics/territory/")
    links = page.locator("#archive ~ p").first.locator("a").all_inner_texts()
    assert links and all(re.match(r"\d{4}年\d{1,2}月", t) for t in links), links


@pytest.mark.parametrize("path,parent", [("topics/territory/2025-12/", "領土問題"), ("topics/territory/positions/us/", "領土問題"),
                                          ("entities/vladimir-putin/", "人物與機構"), ("sources/004_eca4416b74988871/", "來源")])
def test_left_menu_highlights_the_page_kind(open_page, path, parent):
    page = open_page(path)
    active = page.locator(".md-sidebar--primary .md-nav__item--active > a.md-nav__link")
    assert parent in active.all_inner_texts(), f"{path}: highlighted {active.all_inner_texts()}"


@pytest.mark.parametrize("path", ["brief/", "topics/territory/", "sources/", "entities/vladimir-putin/"])
def test_dates_do_not_wrap_on_a_phone(open_page, path):
    page = open_page(path, PHONE)
    wrapped = page.evaluate("""() => [...document.querySelectorAll('article td:first-child, article li > strong:first-child')]
        .filter(el => /\\d{4}年/.test(el.textContent))
        .filter(el => { const r = document.createRange(); r.selectNodeContents(el);
                        const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top))); return tops.size > 1; })
        .map(el => el.textContent)""")
    assert not wrapped, f"{path}: dates wrapped at 390 px: {wrapped[:3]}"


@pytest.mark.parametrize("path", ["sources/", "topics/territory/"])
def test_tables_fit_a_phones_screen(open_page, path):
    """At 390 px every table of the sources index and a topic page fits the screen: no column is pushed
    past its right edge, to be found only by scrolling the table sideways."""
    page = open_page(path, PHONE)
    wide = page.evaluate("""() => [...document.querySelectorAll('article table')]
        .filter(t => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > window.innerWidth + 1)
        .map(t => [t.scrollWidth, t.clientWidth, Math.round(t.getBoundingClientRect().right)])""")
    assert not wide, f"{path}: tables wider than a 390 px screen (scroll width, width, right edge): {wide[:3]}"


def test_brief_quotes_use_the_phone_width(open_page):
    page = open_page("brief/", PHONE)
    narrow = page.evaluate("""() => [...document.querySelectorAll('article li, article td')]
        .filter(el => el.textContent.includes('「'))
        .map(el => el.getBoundingClientRect().width).filter(w => w < 250)""")
    assert not narrow, f"quotes squeezed into {narrow[:3]} px at 390 px"


# --- 4. newcomer --------------------------------------------------------------------------------------

def test_a_build_is_quiet(built_site):
    log = (built_site.parent / f"{built_site.name}.log").read_text(encoding="utf-8")
    assert "not included in the" not in log
    assert len(log.strip().splitlines()) <= 5, log


def test_readme_tells_a_newcomer_what_they_will_see():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start")[1].split("\n## ")[0]
    assert "NO_MKDOCS_2_WARNING" in quick  # Material's end-of-life notice
    assert "`serve` does not print the PDF" in quick
    assert "actionlint not installed" in quick


def test_search_excerpts_of_entity_pages_are_sentences_not_citations(browser, site_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        page.goto(site_url + "topics/territory/", wait_until="networkidle")
        page.wait_for_selector("[data-pagefind-search][data-search-ready]", state="attached")
        box = page.locator('[data-md-component="search-query"]')
        box.click()
        box.fill("普丁")
        page.wait_for_function("() => /^找到 \\d+ 筆結果$/.test(document.querySelector('.md-search-result__meta').textContent.trim())")
        excerpts = page.evaluate("""() => [...document.querySelectorAll('.md-search-result__link')]
            .filter(a => a.href.includes('/entities/'))
            .map(a => (a.querySelector('.md-search-result__excerpt') || {}).textContent || '')""")
        assert excerpts, "no entity page among the results"
        for text in excerpts:
            assert "家媒體" not in text and not re.search(r"\d{4}年\d{1,2}月\d{1,2}日，第", text), text
        assert page.locator(".md-search-result__link[href*='/entities/'] mark").count() > 0
    finally:
        context.close()


def test_no_sentence_is_quoted_twice_on_any_page_of_the_site(built_site):
    """The same check as in the browser, on every page's HTML (source pages quote nothing: they are
    the text): each excerpt's and list item's 「quote」."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    problems = []
    for path in sorted(built_site.rglob("index.html")):
        if path.parent.parent.name == "sources" and path.parent.name != "sources":
            continue
        html = HTMLParser(path.read_text(encoding="utf-8"))
        quotes = []
        for node in html.css("article p.excerpt, article li"):
            line = node.html.split("<br>")[0] if node.tag == "p" else node.html
            text = HTMLParser(line).text()
            start, end = text.find("「"), text.rfind("」")
            if 0 <= start < end:
                quotes.append(text[start + 1:end])
        counts = Counter(s for quote in quotes for s in sentences(quote))
        twice = [s[:30] for s, n in counts.items() if n > 1] + repeated(quotes)
        if twice:
            problems.append(f"{path.parent.relative_to(built_site)}: {twice}")
    assert not problems, "\n".join(problems)


def test_now_covers_a_proposal_and_a_disagreement_before_a_second_of_anything():
    """現況 takes one per facet first: a party's move, a proposal, a disagreement."""
    from generator.compose.select import facet

    assert facet("川普和平方案要求將整個頓巴斯讓給俄國", "us") == facet("The 28-point plan asks Ukraine to cede Donbas", None) == "proposal"
    assert facet("領土問題上美、烏分歧未解", "us") == facet("Kyiv rejected the demand", None) == "dispute"
    assert facet("普京在4日表示會晤非常有用", "russia") == "party:russia"
    result = build(ROOT / "seeds", ROOT / "briefing.yml")
    section = next(s for s in result.briefing.topics if s.topic == "territory")
    facets = [facet(c.first.text, None) for c in section.now]
    assert "proposal" in facets and "dispute" in facets, [c.first.text[:30] for c in section.now]

