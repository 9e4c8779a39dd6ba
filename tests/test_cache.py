"""The per-article cache and the process pool: the output is the same with or without them, for
any number of jobs; an entry is used when nothing it depends on changed, and never when something
did; a corrupt entry is rebuilt."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

from generator import build, ingest, load_config, parallel
from generator.annotate.learn import learn
from generator.cache import Cache
from generator.model import Paragraph, Source

ROOT = Path(__file__).resolve().parent.parent


def pages(result) -> dict[str, str]:
    return {p.uri: p.markdown for p in result.pages}


def seeds_copy(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    return seeds


def test_the_cache_is_used_when_nothing_changed_and_the_pages_are_the_same(tmp_path):
    seeds, cache = seeds_copy(tmp_path), Cache(tmp_path / "cache")
    cold = build(seeds, ROOT / "briefing.yml", cache=cache)
    assert (cache.hits, cache.misses) == (0, 20)  # 5 sources read, scanned for names, matched for surnames, annotated
    warm_cache = Cache(tmp_path / "cache")
    warm = build(seeds, ROOT / "briefing.yml", cache=warm_cache)
    assert (warm_cache.hits, warm_cache.misses) == (20, 0)
    assert pages(warm) == pages(cold) == pages(build(seeds, ROOT / "briefing.yml"))


def test_a_changed_article_or_its_sources_yml_entry_is_read_again(tmp_path):
    seeds, folder = seeds_copy(tmp_path), tmp_path / "cache"
    build(seeds, ROOT / "briefing.yml", cache=Cache(folder))
    article = seeds / "003_e29858f474b2aba1.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("普京", "普丁", 1), encoding="utf-8")
    cache = Cache(folder)
    changed = build(seeds, ROOT / "briefing.yml", cache=cache)
    assert cache.misses >= 4  # that article read, scanned, matched and annotated again (the rest keep their entries)
    assert pages(changed) == pages(build(seeds, ROOT / "briefing.yml"))
    meta = seeds / "sources.yml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("outlet: 香港01", "outlet: 香港01 新聞"), encoding="utf-8")
    cache = Cache(folder)
    result = build(seeds, ROOT / "briefing.yml", cache=cache)
    assert cache.misses >= 1 and next(s.source.outlet for s in result.briefing.sources if s.source.id.startswith("003")) == "香港01 新聞"


def test_a_cache_kept_across_builds_serves_what_did_not_change_from_memory(tmp_path):
    # As under `mkdocs serve`: one Cache for every rebuild. Unchanged articles come from memory
    # (here with the folder gone), the changed one is read and annotated again.
    seeds, folder = seeds_copy(tmp_path), tmp_path / "cache"
    cache = Cache(folder)
    build(seeds, ROOT / "briefing.yml", cache=cache)
    shutil.rmtree(folder)
    article = seeds / "003_e29858f474b2aba1.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\n另據消息，相關談判預計下週繼續。\n", encoding="utf-8")
    cache.hits = cache.misses = 0
    rebuilt = build(seeds, ROOT / "briefing.yml", cache=cache)
    assert (cache.hits, cache.misses) == (16, 4)  # per article: read, learning scan, surnames, annotation
    assert pages(rebuilt) == pages(build(seeds, ROOT / "briefing.yml"))
    assert "預計下週繼續" in next(p.markdown for p in rebuilt.pages if p.uri.startswith("sources/003"))


def test_a_kept_source_page_is_rendered_again_when_the_config_or_a_template_changes(tmp_path):
    seeds, cache = seeds_copy(tmp_path), Cache(tmp_path / "cache")
    config, templates = tmp_path / "briefing.yml", tmp_path / "templates"
    shutil.copy(ROOT / "briefing.yml", config)
    shutil.copytree(ROOT / "templates", templates)
    build(seeds, config, templates, cache=cache)
    config.write_text(config.read_text(encoding="utf-8").replace("title: 領土問題", "title: 領土爭議"), encoding="utf-8")
    retitled = build(seeds, config, templates, cache=cache)
    assert any("領土爭議" in p.markdown and "領土問題" not in p.markdown for p in retitled.pages if p.uri.startswith("sources/0"))
    source = templates / "source.md.j2"
    source.write_text(source.read_text(encoding="utf-8").replace("## 內文 {#body}", "## 報導內文 {#body}"), encoding="utf-8")
    edited = build(seeds, config, templates, cache=cache)
    assert all("## 報導內文 {#body}" in p.markdown for p in edited.pages if p.uri.startswith("sources/0"))
    assert pages(edited) == pages(build(seeds, config, templates))


def test_a_serve_rebuild_renders_only_the_pages_an_edit_touches_and_writes_what_a_fresh_build_writes(tmp_path):
    # One Cache across rebuilds, as under `mkdocs serve`: after each edit the pages equal a build
    # from scratch, and a page the edit does not touch is the last build's, not rendered again.
    seeds, cache = seeds_copy(tmp_path), Cache(tmp_path / "cache")
    last = {p.uri: p for p in build(seeds, ROOT / "briefing.yml", cache=cache).pages}
    article, meta = seeds / "003_e29858f474b2aba1.txt", seeds / "sources.yml"
    edits = [
        (article, lambda text: text.replace("。", "，外界關注。", 1)),  # the article's text
        (meta, lambda text: text.replace("outlet: 香港01", "outlet: 香港01 新聞")),  # only its outlet: shown by every claim citing it
    ]
    for path, edit in edits:
        path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
        rebuilt = build(seeds, ROOT / "briefing.yml", cache=cache)
        assert pages(rebuilt) == pages(build(seeds, ROOT / "briefing.yml"))
        kept = {p.uri for p in rebuilt.pages if last.get(p.uri) is p}
        assert any(uri.startswith("sources/00") for uri in kept) and not any(uri.startswith("sources/003") for uri in kept)
        assert not any(uri.startswith(("index", "topics/territory.md")) for uri in kept)  # whole-corpus pages: always
        last = {p.uri: p for p in rebuilt.pages}
    assert any("香港01 新聞" in p.markdown for p in rebuilt.pages if p.uri.startswith("topics/") and "/" in p.uri[7:])


def test_a_serve_rebuild_keeps_the_source_list_month_pages_an_edit_does_not_touch(tmp_path):
    # Over 150 sources the source list is one page per month, kept like a source page when none
    # of its sources changed; the month of the edited source is rendered again, as a fresh build.
    seeds = tmp_path / "many"
    seeds.mkdir()
    meta = []
    for source in sorted((ROOT / "seeds").glob("*.txt")):
        for i in range(32):
            name = f"{i:02d}_{source.name}"
            (seeds / name).write_text(source.read_text(encoding="utf-8").replace("。", f"（第{i}版）。", 1), encoding="utf-8")
            meta.append(f"{name}:\n  outlet: 媒體{i}\n  published: 2025-{11 if i % 2 else 10}-{i // 2 + 1:02d}\n")
    (seeds / "sources.yml").write_text("\n".join(meta), encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    last = {p.uri: p for p in build(seeds, ROOT / "briefing.yml", cache=cache).pages}
    assert {"sources/months/2025-10.md", "sources/months/2025-11.md"} <= last.keys()
    (seeds / "sources.yml").write_text("\n".join(meta).replace(
        "  outlet: 媒體3\n", "  outlet: 媒體3\n  title: 改過的標題\n", 1), encoding="utf-8")
    rebuilt = build(seeds, ROOT / "briefing.yml", cache=cache)
    assert pages(rebuilt) == pages(build(seeds, ROOT / "briefing.yml"))
    kept = {p.uri for p in rebuilt.pages if last.get(p.uri) is p}
    assert "sources/months/2025-10.md" in kept and "sources/months/2025-11.md" not in kept
    assert "改過的標題" in pages(rebuilt)["sources/months/2025-11.md"]


def test_a_corrupt_or_truncated_entry_is_rebuilt_not_trusted(tmp_path):
    seeds, folder = seeds_copy(tmp_path), tmp_path / "cache"
    expected = pages(build(seeds, ROOT / "briefing.yml", cache=Cache(folder)))
    entries = sorted(folder.rglob("*.pickle"))
    assert len(entries) == 20
    entries[0].write_bytes(entries[0].read_bytes()[:40])  # a build killed while writing
    data = bytearray(entries[1].read_bytes())
    data[-5] ^= 0xFF  # a flipped bit
    entries[1].write_bytes(bytes(data))
    cache = Cache(folder)
    assert pages(build(seeds, ROOT / "briefing.yml", cache=cache)) == expected
    assert cache.rebuilt == 2 and cache.hits == 18


def run_build(out: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "build", "--out", str(out), *args], cwd=ROOT,
                          capture_output=True, text=True)


def test_one_job_and_two_jobs_write_byte_identical_pages(tmp_path):
    seeds = tmp_path / "many"
    seeds.mkdir()
    for source in sorted((ROOT / "seeds").glob("*.txt")):  # enough articles for the pool to be used
        for i in range(4):
            text = source.read_text(encoding="utf-8")
            (seeds / f"{i}_{source.name}").write_text(text.replace("。", f"（第{i}版）。", 1), encoding="utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    for out, jobs in ((one, "1"), (two, "2")):
        result = run_build(out, "--seeds", str(seeds), "--jobs", jobs, "--no-cache")
        assert result.returncode == 0, result.stderr
    files = sorted(p.relative_to(one) for p in one.rglob("*.md"))
    assert len(files) > 20 and files == sorted(p.relative_to(two) for p in two.rglob("*.md"))
    assert all((one / f).read_bytes() == (two / f).read_bytes() for f in files)


def test_the_pool_works_beside_other_threads_as_under_mkdocs_serve(tmp_path):
    # `mkdocs serve` builds while its server threads run: the pool starts its workers from a fork
    # server then (a forked child would hold none of those threads' locks), and pages render here.
    seeds = tmp_path / "many"
    seeds.mkdir()
    for source in sorted((ROOT / "seeds").glob("*.txt")):
        for i in range(2):
            (seeds / f"{i}_{source.name}").write_text(source.read_text(encoding="utf-8").replace("。", f"（第{i}版）。", 1), encoding="utf-8")
    alone = build(seeds, ROOT / "briefing.yml", jobs=1)
    stop = threading.Event()
    server = threading.Thread(target=stop.wait, daemon=True)
    server.start()
    try:
        assert parallel._context().get_start_method() == "forkserver"
        beside = build(seeds, ROOT / "briefing.yml", jobs=2)
    finally:
        stop.set()
    assert len(beside.pages) > 20 and pages(beside) == pages(alone)


def test_the_lexicon_is_the_same_on_two_jobs_and_from_a_warm_cache(tmp_path):
    def source(sid: str, *texts: str) -> Source:
        paragraphs = tuple(Paragraph(f"p{i}", t, i) for i, t in enumerate(texts, start=1))
        return Source(sid, f"{sid}.txt", "text", "標題", "某報", "2026-01-20", None, "zh-Hant", paragraphs, ())

    config = load_config(ROOT / "briefing.yml")
    sources = ingest(ROOT / "seeds")[0] + [  # enough for the pool, and every way a name is learned
        source("l1", "芬蘭外交部長維爾塔寧（Elina Virtanen）表示，談判應盡快重啟。", "Elina Virtanen said talks must resume.",
               "Virtanen's office later confirmed the trip."),
        source("l2", "美國特使史蒂夫·威特科夫抵達。", "外交部發言人毛寧表示，中方樂見談判。", "挪威首相斯托爾表示歡迎。"),
        source("l3", "美國國務卿盧比澳週二表示，談判仍在進行。", "代表團隨後前往阿布達比（Abu Dhabi）。"),
        source("l4", "Foreign Minister Taras Hrytsenko said on Monday that Kyiv was ready.")]
    lexicon = learn(config, sources)
    assert {n.how for n in lexicon.names} == {"bracket", "dot", "role", "pinyin", "similar", "surname"} and lexicon.unnamed
    expected = repr(lexicon)
    assert repr(learn(config, sources, jobs=2)) == expected
    cold = Cache(tmp_path / "cache")
    assert repr(learn(config, sources, jobs=2, cache=cold)) == expected and cold.hits == 0
    warm = Cache(tmp_path / "cache")
    assert repr(learn(config, sources, jobs=1, cache=warm)) == expected and warm.misses == 0


UNDATED = "# 烏克蘭外長談會晤\n\n烏克蘭外長西比哈在3月3日表示，澤倫斯基已準備好與普丁會面，討論安全保障。\n"


def test_an_undated_articles_yearless_dateline_is_read_in_the_corpus_period_and_its_page_says_so(tmp_path):
    seeds = seeds_copy(tmp_path)
    (seeds / "undated.md").write_text("# 烏克蘭外長談會晤\n\n新華社基輔3月3日電 烏克蘭外長西比哈昨天表示，澤倫斯基已準備好與普丁會面。\n",
                                      encoding="utf-8")
    result = build(seeds, ROOT / "briefing.yml")
    undated = next(a for a in result.briefing.sources if a.source.file == "undated.md")
    assert undated.dispatched == "2025-03-03"
    assert [(d.surface, d.date, d.inferred) for p in undated.paragraphs for d in p.dates] == [("昨天", "2025-03-02", True)]
    page = next(p.markdown for p in result.pages if p.uri == undated.source.page)
    assert "推定發稿日為 2025年3月3日" in page and "2025年2月13日至2025年12月15日" in page


def test_an_undated_article_takes_its_years_from_the_corpus_and_says_so_and_only_it_is_annotated_again(tmp_path):
    # The seeds were published from 2025-02-13 to 2025-12-15: 3月3日 falls inside that once.
    seeds, folder = seeds_copy(tmp_path), tmp_path / "cache"
    (seeds / "undated.md").write_text(UNDATED, encoding="utf-8")
    result = build(seeds, ROOT / "briefing.yml", cache=Cache(folder))
    undated = next(a for a in result.briefing.sources if a.source.file == "undated.md")
    assert undated.period == ("2025-02-13", "2025-12-15")
    assert [(d.date, d.inferred) for p in undated.paragraphs for d in p.dates] == [("2025-03-03", True)]
    page = next(p.markdown for p in result.pages if p.uri == undated.source.page)
    assert "取其他文章發布期間 2025年2月13日至2025年12月15日 內唯一相符的一天" in page
    dated = [a for a in result.briefing.sources if a.source.published]
    assert dated and all(a.period is None for a in dated)
    # A later article widens the period to 2026-03-20, which holds 3月3日 twice: the year is left
    # unsaid, and only the undated article and the new one are annotated again.
    later = seeds / "later.md"
    later.write_text("---\npublished: 2026-03-20\n---\n\n# 和談\n\n雙方代表團在日內瓦再度會談。\n", encoding="utf-8")
    cache = Cache(folder)
    widened = build(seeds, ROOT / "briefing.yml", cache=cache)
    assert cache.misses == 5  # the new article read, scanned, matched, annotated; the undated one annotated
    undated = next(a for a in widened.briefing.sources if a.source.file == "undated.md")
    assert [d.date for p in undated.paragraphs for d in p.dates] == []
    assert undated.period is None  # no year taken from it: its page says nothing of it
    page = next(p.markdown for p in widened.pages if p.uri == undated.source.page)
    assert "發布期間" not in page
    assert pages(widened) == pages(build(seeds, ROOT / "briefing.yml"))
