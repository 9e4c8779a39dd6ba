"""Rendering: article text stays text; golden pages for one seed; determinism; the CLI contract."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest

from generator import build
from generator.render import md_escape, safe_url
from articles import days_filed, filed_under, pages_of, write_articles

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_SEED = "001_b5b4c0ac8478d468.txt"
EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "pymdownx.details", "pymdownx.superfences", "toc"]

HOSTILE = [
    "# 標題 *強調* [連結](javascript:alert(1)) | 表格 |",
    "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "{{ 7*7 }} {% include 'x' %} {#p1}",
    "!!! note \"注意\"",
    "--8<-- \"/etc/passwd\"",
    "<!-- 註解 --> `code` ~~del~~ ==mark== :smile:",
    "行一\n# 行二\n\n1. 清單",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_the_same_literal_text(text):
    html = markdown.markdown(f"段落：{md_escape(text)}", extensions=EXTENSIONS)
    assert html.startswith("<p>") and html.count("<p>") == 1
    for tag in ("<script", "<img", "<a ", "<h1", "<em", "<code", "<table", "<div", "<ol", "<!--"):
        assert tag not in html
    from html import unescape

    assert " ".join(unescape(html[3:-4]).split()) == "段落：" + " ".join(text.split())


def test_only_http_urls_become_links():
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://example.com/a (b)") == "https://example.com/a%20%28b%29"


def golden_pages(tmp_path: Path) -> dict[str, str]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ROOT / "seeds" / GOLDEN_SEED, seeds)
    meta = (ROOT / "seeds" / "sources.yml").read_text(encoding="utf-8")
    block = meta[meta.index(GOLDEN_SEED) :].split("\n\n")[0]
    (seeds / "sources.yml").write_text(block + "\n", encoding="utf-8")
    result = build(seeds, ROOT / "briefing.yml")
    assert not result.problems
    # Entity pages of entities the seed never names are all alike: one stands for them.
    absent = sorted(e for e, profile in result.briefing.profiles.items() if not profile.paragraphs)
    skip = {f"entities/{e}.md" for e in absent[1:]}
    return {p.uri: p.markdown for p in result.pages if p.uri not in skip}


def test_golden_pages_for_one_seed(tmp_path):
    """Regenerate after a reviewed change with: UPDATE_GOLDEN=1 pytest tests/test_render.py"""
    pages = golden_pages(tmp_path)
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for uri, text in pages.items():
            (GOLDEN / uri).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / uri).write_text(text, encoding="utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8") for p in GOLDEN.rglob("*.md")}
    assert sorted(pages) == sorted(expected)
    for uri, text in pages.items():
        assert text == expected[uri], f"{uri} differs from tests/golden/{uri}; if intended, UPDATE_GOLDEN=1 pytest"


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


def test_two_builds_write_byte_identical_pages_and_the_second_rewrites_nothing(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert run_cli("build", "--out", str(first)).returncode == 0
    assert run_cli("build", "--out", str(second)).returncode == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*.md"))
    assert files == sorted(p.relative_to(second) for p in second.rglob("*.md")) and len(files) > 13
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    mtimes = {f: (first / f).stat().st_mtime_ns for f in files}
    again = run_cli("build", "--out", str(first))
    assert f"0 written, {len(files)} unchanged" in again.stderr
    assert mtimes == {f: (first / f).stat().st_mtime_ns for f in files}


def test_export_is_valid_briefing_json_covering_every_seed():
    result = run_cli("export", "--out", "-")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "briefing/1"
    assert [s["file"] for s in data["sources"]] == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    witkoff = next(e for e in data["entities"] if e["id"] == "steve-witkoff")
    assert {"威特科夫", "魏科夫", "Witkoff"} <= set(witkoff["surfaces"])
    putin = next(e for e in data["entities"] if e["id"] == "vladimir-putin")
    assert {"普丁", "普京", "Putin"} <= set(putin["surfaces"])
    assert {"Sergey Peskov", "Dmitry Peskov", "佩斯科夫"} <= set(next(e for e in data["entities"] if e["id"] == "dmitry-peskov")["surfaces"])
    paragraph = data["sources"][0]["paragraphs"][0]
    assert set(paragraph) >= {"anchor", "text", "topics", "entities", "dates"}
    assert run_cli("export", "--out", "-").stdout == result.stdout


def test_check_reports_problems_with_file_and_fix(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ROOT / "seeds" / GOLDEN_SEED, seeds)
    (seeds / "empty.txt").write_text("\n", encoding="utf-8")
    (seeds / "sources.yml").write_text("missing.txt:\n  outlet: X\n", encoding="utf-8")
    result = run_cli("check", "--seeds", str(seeds))
    assert result.returncode == 1
    assert "empty.txt: error: the file is empty" in result.stderr
    assert "sources.yml:1: error: 'missing.txt' is not a file" in result.stderr
    assert run_cli("check").returncode == 0


def test_articles_without_any_metadata_still_build(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("某報導\n\n澤倫斯基25日表示，烏克蘭不會割讓領土給俄羅斯，並要求安全保障。\n", encoding="utf-8")
    shutil.copy(ROOT / "seeds" / GOLDEN_SEED, seeds)
    result = build(seeds, ROOT / "briefing.yml")
    assert [p.message for p in result.problems] == ["no publication date found in the text"]
    pages = {p.uri: p.markdown for p in result.pages}
    assert "[日期不詳](territory/undated.md)（1 則）" in pages["topics/territory.md"]
    undated = pages["topics/territory/undated.md"]
    assert "## 日期不詳 {#d-undated}" in undated and "烏克蘭不會割讓領土給俄羅斯" in undated


def test_background_dates_do_not_decide_where_an_excerpt_is_filed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("某報導\n\n澤倫斯基表示，自從2022年2月24日俄羅斯全面入侵以來，烏克蘭從未同意割讓領土。\n", encoding="utf-8")
    (seeds / "sources.yml").write_text("a.txt:\n  published: 2025-12-15\n", encoding="utf-8")
    pages = pages_of(seeds)
    assert "topics/territory/2022-02.md" not in pages
    assert "## 2025年12月15日" in pages["topics/territory/2025-12.md"]


def test_a_scheduled_date_does_not_date_the_report_that_names_it(tmp_path):
    # Zelensky spoke on 30 December of a meeting on 3 January: the excerpt is the 30th's news, and
    # it is filed there, not in a month that had not begun when it was published
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("某報導\n\n澤倫斯基表示，各國國家安全顧問將於1月3日在烏克蘭會面，討論安全保障與領土問題。\n",
                                 encoding="utf-8")
    (seeds / "b.txt").write_text("另一報導\n\n澤倫斯基表示，烏克蘭不會割讓領土，並在1月3日與各國顧問會面。\n", encoding="utf-8")
    (seeds / "sources.yml").write_text("a.txt:\n  published: 2025-12-30\nb.txt:\n  published: 2026-01-04\n", encoding="utf-8")
    pages = pages_of(seeds)
    december = pages["topics/territory/2025-12.md"]
    assert "## 2025年12月30日" in december and "各國國家安全顧問將於1月3日" in december
    # the near miss: a report published after the day it names is dated by that day
    assert "## 2026年1月3日" in pages["topics/territory/2026-01.md"]
    assert "## 2026年1月3日" not in december and "topics/territory/2026-01.md" in pages



def test_a_date_after_the_quoted_words_or_one_a_clause_counts_from_does_not_date_them(tmp_path):
    # Zelensky's words carry no date; the paragraph's later sentence reports another event on the
    # 10th, and 自…以來 counts from the 8th: his words are the report's (the 15th), not the 10th's or
    # the 8th's. The near misses: a date in the sentence before dates the words that go on from it,
    # and so does one in a later sentence that goes on about the speaker (他是在13日…作上述表示).
    seeds = write_articles(tmp_path, {
        "a.txt": "某報導\n\n澤倫斯基表示，烏克蘭不會割讓領土給俄羅斯。警方10日宣布逮捕一名議員。\n\n"
                "烏克蘭官員說，自12月8日以來，領土談判沒有任何進展。\n\n"
                "普丁12日在莫斯科會見美國特使。他表示，俄羅斯要求烏克蘭從頓巴斯撤軍，交出全部領土。\n\n"
                "烏克蘭外長表示，烏方絕不接受割讓領土的方案。他是在13日於基輔舉行的記者會上作上述表示。\n\n"
                "克宮發言人佩斯科夫14日表示，俄方注意到川普週四宣布的領土方案，但不會改變立場。\n\n"
                "澤倫斯基表示，烏克蘭不會割讓頓巴斯的領土。澤倫斯基是在7日於基輔舉行的記者會上作上述表示。\n",
        "b.txt": "A report\n\nSpeaking from Kyiv, Zelensky said Ukraine would not cede territory to Russia. "
                "Police announced an arrest on Dec. 11.\n\n"
                "Zelensky said he has refused to give up territory since the talks began on Dec. 9.\n\n"
                "Zelensky said Ukraine would never trade territory for peace. Russian officials rejected that. "
                "They said on Monday that Kyiv must pull out.\n\n"
                "烏克蘭總理表示，烏方不會放棄任何領土。他將於17日前往華府。\n",
    }, {"a.txt": "2025-12-15", "b.txt": "2025-12-16"})
    pages = pages_of(seeds)
    december = pages["topics/territory/2025-12.md"]
    assert filed_under(december, "烏克蘭不會割讓領土給俄羅斯") == "2025年12月15日"
    assert filed_under(december, "領土談判沒有任何進展") == "2025年12月15日"
    assert filed_under(december, "would not cede territory") == "2025年12月16日"
    assert filed_under(december, "since the talks began") == "2025年12月16日"
    # after the words, neither another speaker's weekday (They said on Monday) nor a day to come
    assert filed_under(december, "never trade territory") == "2025年12月16日"
    assert filed_under(december, "烏方不會放棄任何領土") == "2025年12月16日"
    assert not {"2025年12月8日", "2025年12月9日", "2025年12月10日", "2025年12月11日"} & set(days_filed(december))
    assert filed_under(december, "交出全部領土") == "2025年12月12日"
    # the near miss after the words: a sentence going on about the same speaker (他是在13日…) dates them
    assert filed_under(december, "烏方絕不接受割讓領土的方案") == "2025年12月13日"
    assert filed_under(december, "不會割讓頓巴斯的領土") == "2025年12月7日"  # the same speaker named again
    # the speaker's own date, not the weekday of what another announced
    assert filed_under(december, "不會改變立場") == "2025年12月14日"


def test_a_weekday_beside_the_verb_of_saying_dates_the_words(tmp_path):
    # Published on Friday 16 January 2026: "said on Thursday" is the 15th, 週二表示 the 13th. The near
    # misses name a day ahead (would meet on Thursday, 將於週四), which dates nothing: the report's day.
    seeds = write_articles(tmp_path, {
        "a.txt": "A report\n\nZelensky said on Thursday that Ukraine would not cede territory to Russia.\n\n"
                "On Wednesday, Peskov told reporters that Russia demanded all of the Donbas territory.\n",
        "b.txt": "某報導\n\n澤倫斯基週二表示，烏克蘭不會割讓領土給俄羅斯。\n",
        # the near misses alone in their stories: no lede's day to fall back on
        "c.txt": "Plans\n\nZelensky said he would meet Witkoff on Thursday to discuss territory and the front line.\n",
        "d.txt": "計畫\n\n美俄將於週四討論領土問題，烏克蘭堅持不割讓頓巴斯領土。\n",
    }, {"a.txt": "2026-01-16", "b.txt": "2026-01-16", "c.txt": "2026-01-16", "d.txt": "2026-01-16"})
    pages = pages_of(seeds)
    january = pages["topics/territory/2026-01.md"]
    assert filed_under(january, "would not cede territory") == "2026年1月15日"
    assert filed_under(january, "demanded all of the Donbas") == "2026年1月14日"
    assert filed_under(january, "烏克蘭不會割讓領土給俄羅斯") == "2026年1月13日"
    assert filed_under(january, "would meet Witkoff on Thursday") == "2026年1月16日"
    assert filed_under(january, "美俄將於週四討論領土問題") == "2026年1月16日"


def test_a_story_the_page_cut_off_mid_sentence_is_quoted_with_an_ellipsis(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "某報導\n\n烏方：不會放棄領土\n\n"  # a heading-like line higher up: no cut
        "澤倫斯基表示，烏克蘭不會割讓頓巴斯的領土給俄羅斯。\n\n"
        "烏克蘭官員說，東部前線的領土問題仍是談判中最困難的部分，雙方立場相距甚遠\n\n"  # no sentence end, not last: no cut
        "美國特使表示，各方將在下週繼續討論領土與安全保障的細節。\n\n"
        "歐洲官員指出，領土問題關係到歐洲的安全，必須由烏克蘭自己決定，多國領\n", encoding="utf-8")
    (seeds / "b.txt").write_text(
        "另一報導\n\n美方提出的和平方案涉及領土，包括：\n\n"  # a lead-in's colon ends the story: no cut
        , encoding="utf-8")
    (seeds / "sources.yml").write_text("a.txt:\n  published: 2025-12-15\nb.txt:\n  published: 2025-12-16\n", encoding="utf-8")
    pages = pages_of(seeds)
    territory = pages["topics/territory/2025-12.md"]
    assert "必須由烏克蘭自己決定，多國領…」" in territory  # the cut last paragraph, as a development
    assert "多國領」" not in territory
    assert "烏克蘭不會割讓頓巴斯的領土給俄羅斯。」" in territory
    assert "雙方立場相距甚遠」" in territory and "雙方立場相距甚遠…" not in territory
    assert "包括：…" not in territory and "包括：」" in territory


def test_every_excerpt_shows_the_evidence_that_put_it_on_the_page_and_the_reader_can_find_it_in_the_quote():
    result = build(ROOT / "seeds", ROOT / "briefing.yml")
    claims = [c for t in result.briefing.topics for c in (*t.key_points, *t.developments, *(x for _, cs in t.positions for x in cs))]
    excerpts = [e for c in claims for e in c.excerpts]
    excerpts += [e for t in result.briefing.topics for _, es, _ in t.roster for e in es]
    assert excerpts and all(e.evidence for e in excerpts)
    for excerpt in excerpts:
        for term in excerpt.evidence:
            assert term in excerpt.text, (excerpt.anchor, term)
    page = next(p.markdown for p in result.pages if p.uri == "topics/us-envoys.md")
    html = markdown.markdown(page, extensions=EXTENSIONS)
    # the outlet's own spelling, not the config's 威特科夫; shown on demand (hover or focus)
    assert '<span class="evidence" tabindex="0">依據<span class="evidence-terms">：魏科夫' in html


def test_the_sources_page_groups_each_month_by_outlet_under_a_real_heading():
    """Each outlet's table on the sources page stands under a Markdown heading a reader sees as one
    (and the table of contents lists), not under '### DW 德國之聲中文網' printed as text: the heading's
    marks are the template's, only the outlet's name is escaped."""
    pages = {p.uri: p.markdown for p in build(ROOT / "seeds", ROOT / "briefing.yml").pages}
    html = markdown.markdown(pages["sources/index.md"], extensions=EXTENSIONS)
    assert "<h3" in html and "###" not in html and "&amp;#35;" not in html
    assert not [line for page in pages.values() for line in page.splitlines() if line.startswith("&#35;")]


def test_a_build_that_fails_while_writing_leaves_the_output_folder_as_it_was(tmp_path, monkeypatch):
    from generator import cli
    from generator.model import Page

    out = tmp_path / "out"
    cli.write_pages((Page("a.md", "舊 A\n"), Page("sub/b.md", "舊 B\n")), out)
    before = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    real_write = Path.write_text
    calls = []

    def failing_write(self, *args, **kwargs):
        calls.append(self.name)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", failing_write)
    with pytest.raises(OSError):
        cli.write_pages((Page("a.md", "新 A\n"), Page("sub/b.md", "新 B\n"), Page("c.md", "新 C\n")), out)
    monkeypatch.undo()
    after = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before  # nothing replaced, nothing half-written, no staging folder left behind
    assert not [p for p in out.iterdir() if p.name.startswith(".briefing-staging")]
    assert cli.write_pages((Page("a.md", "新 A\n"), Page("c.md", "新 C\n")), out) == (2, 1)
    assert not (out / "sub" / "b.md").exists() and (out / "c.md").read_text(encoding="utf-8") == "新 C\n"


def test_an_entity_no_source_names_shows_none_of_the_editors_description(tmp_path):
    # briefing.yml describes people in the editor's words (柯裘拉: 遭控為俄方間諜); a page or index row
    # of someone no article names would state it with no source to check it against
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ROOT / "seeds" / GOLDEN_SEED, seeds)
    pages = pages_of(seeds)
    assert "遭控為俄方間諜" not in pages["entities/dmytro-kozyura.md"]
    assert "本站的報導都沒有提到柯裘拉" in pages["entities/dmytro-kozyura.md"]
    assert "遭控為俄方間諜" not in pages["entities/index.md"]
    # the near miss: a person the articles name keeps the role beside what they say of him
    assert "美國總統\n{: .role }" in pages["entities/donald-trump.md"]
    assert "| 美國總統 |" in pages["entities/index.md"]


def test_a_datelines_day_files_the_undated_paragraphs_and_a_weekday_before_dates_the_words_after(tmp_path):
    # CNA's dispatch of the 17th, published on the 18th (Taipei time): Kellogg's press conference is
    # the 17th's, also in the paragraphs that write no date, and the source page says why. In the
    # other story 周一表示 dates the paragraph's next sentence (他还表示…) too. Near miss: a story
    # without a dateline files them under its publication day.
    seeds = write_articles(tmp_path, {
        "a.txt": "美特使談安全保證\n\n（中央社布魯塞爾17日綜合外電報導）美國特使凱洛格今天說，烏克蘭需要堅實的安全保障。\n\n"
                "凱洛格說，他的工作是確保有堅實的安全保證，保障烏克蘭為主權國家。\n",
        "b.txt": "另一報導\n\n波兰总理图斯克周一表示，欧洲必须参与安全保障的讨论。他还表示，美国已承诺先与欧洲磋商安全保证。\n",
        "c.txt": "歐洲報導\n\n歐洲官員說，安全保障必須包括多國部隊。\n",
    }, {"a.txt": "2025-02-18", "b.txt": "2025-02-19", "c.txt": "2025-02-19"})
    pages = pages_of(seeds)
    month = pages["topics/security-guarantees/2025-02.md"]
    assert filed_under(month, "烏克蘭需要堅實的安全保障") == "2025年2月17日"
    assert filed_under(month, "他的工作是確保有堅實的安全保證") == "2025年2月17日"
    assert "2025年2月18日" not in days_filed(month)
    assert "電頭寫明發稿日為 2025年2月17日" in pages["sources/a.md"]
    assert filed_under(month, "他还表示，美国已承诺先与欧洲磋商安全保证") == "2025年2月17日"
    assert filed_under(month, "安全保障必須包括多國部隊") == "2025年2月19日"
    assert "電頭" not in pages["sources/b.md"]


def test_a_storys_undated_paragraphs_are_filed_under_the_day_its_lede_tells(tmp_path):
    # The reader's case: Zelensky's Kyiv briefing of the 11th, published on the 12th, filed as two
    # days' news. The lede's day files the paragraphs that go on with its speaker and no day of their
    # own; a day inside the words' own quotation marks is what they speak of, not when they were said;
    # a weekday of saying in a sentence the quote leaves out still dates it. Near misses: another
    # speaker's paragraph; a lede telling of a day long before the report's, or of two days.
    seeds = write_articles(tmp_path, {
        "a.txt": "某報導\n\n澤倫斯基11日在基輔向記者透露美方的最新領土提案。\n\n"
                 "他表示，烏克蘭不會單方面撤軍，領土問題必須由人民決定。\n\n"
                 "Umerov said the talks on territory continued. \"We are clarifying the decisions on territory discussed on Dec. 9,\" he wrote.\n",
        "b.txt": "另一報導\n\n普丁2日在莫斯科會見美國特使，討論領土問題。\n\n"
                 "俄方仍要求烏克蘭交出頓巴斯全部領土。\n",
        "c.txt": "A report\n\nZelensky reaffirmed his refusal to cede territory. He told reporters in Davos on Thursday "
                 "that talks continue. Zelensky has offered to pull back troops from the territory.\n",
        "d.txt": "第三報導\n\n美國特使威科夫11日在莫斯科與普丁會談。克宮發言人佩斯科夫今天表示，雙方未就領土達成妥協。\n\n"
                 "佩斯科夫說，俄方堅持烏克蘭必須從頓巴斯撤軍，交出領土。\n",
        "e.txt": "第四報導\n\n烏克蘭外長表示，烏克蘭不會割讓領土。俄軍9日夜間空襲基輔，造成3人死亡。他說，沒有安全保證就不談領土問題。\n",
    }, {"a.txt": "2025-12-12", "b.txt": "2025-12-12", "c.txt": "2026-01-23", "d.txt": "2025-12-12", "e.txt": "2025-12-12"})
    pages = pages_of(seeds)
    december = pages["topics/territory/2025-12.md"]
    assert filed_under(december, "烏克蘭不會單方面撤軍") == "2025年12月11日"
    # another speaker than the lede's: the publication day, not the Dec. 9 inside his quotation marks
    assert filed_under(december, "Umerov said the talks on territory continued") == "2025年12月12日"
    assert filed_under(december, "俄方仍要求烏克蘭交出頓巴斯全部領土") == "2025年12月12日"
    assert filed_under(december, "俄方堅持烏克蘭必須從頓巴斯撤軍") == "2025年12月12日"  # the lede's 今天 too
    assert filed_under(december, "烏克蘭外長表示，烏克蘭不會割讓領土") == "2025年12月12日"  # not the strike's 9th
    january = pages["topics/territory/2026-01.md"]
    assert filed_under(january, "reaffirmed his refusal to cede territory") == "2026年1月22日"
