"""The hostile corpus (tests/fixtures/hostile, written by scripts/make_hostile_corpus.py): every
problem is reported with its file (and line), every readable article still builds under
`mkdocs build --strict`, no article text becomes markup, and no script of an article runs in a
browser."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from conftest import LOCAL_HOSTS, QuietHandler, project_copy, serving
from generator import ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "hostile"

# (file, words of the message): one line of `briefing check` each.
EXPECTED_PROBLEMS = [
    ("sources.yml:5", "'missing.txt' is not a file"),
    ("sources.yml:8", "big5.txt.published"),
    ("sources.yml:10", "gb18030.txt.url"),
    ("sources.yml:12", "utf16le.txt.publisher"),
    ("empty.txt", "error: the file is empty"),
    ("blank.txt", "error: the file is empty"),
    ("binary.txt", "error: looks like a binary file"),
    ("good_copy.txt", "warning: same article as good.txt"),
    ("good_simplified.txt", "warning: same article as good.txt"),
    ("only_boilerplate.txt", "warning: no paragraph reads as article text"),
    ("controls.txt:5", "warning: 3 byte(s) are not valid UTF-8 (the first at byte offset 240)"),
]


def test_check_lists_every_problem_with_its_file_and_line():
    done = subprocess.run([sys.executable, "-m", "generator", "check", "--seeds", str(CORPUS)],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    for where, words in EXPECTED_PROBLEMS:
        assert any(f"hostile/{where}" in line and words in line for line in lines), (where, words, done.stderr)
    assert not any(".hidden.txt" in line for line in lines)  # hidden files are not articles


def test_config_and_article_problems_are_reported_together(tmp_path):
    bad = tmp_path / "briefing.yml"
    bad.write_text("topics:\n  - id: Bad Id\n    title: 壞\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "generator", "check", "--seeds", str(CORPUS), "--config", str(bad)],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1
    assert f"{bad}:2: error: topics.0.id" in done.stderr and "hostile/empty.txt: error" in done.stderr


def test_readable_articles_keep_their_text_in_any_encoding_and_layout():
    sources, _ = ingest(CORPUS)
    by_file = {s.file: s for s in sources}
    expected = {
        "bom_utf8.txt": "俄羅斯總統普丁2日在克里姆林宮會見美國特使魏科夫",
        "utf16le.txt": "克里姆林宮發言人佩斯科夫3日表示",
        "utf16be.txt": "美國國務卿盧比奧23日抵達日內瓦",
        "big5.txt": "法國總統馬克宏主持志願者聯盟視訊會議",
        "gb18030.txt": "俄罗斯总统助理乌沙科夫4日表示",
        "controls.txt": "美國陸軍部長德里斯科 25日在阿布達比與俄方代表會談",
    }
    for file, start in expected.items():
        assert by_file[file].paragraphs[0].text.startswith(start), file
    controls = by_file["controls.txt"]
    assert controls.title == "德里斯科在阿布達比會談" and len(controls.paragraphs) == 2
    text = "".join(p.text for p in controls.paragraphs)
    assert not any(ch in text for ch in "\x00\u200b\u0085\t\r")
    assert "\ufffd" in text  # the lone surrogate is shown as a replacement mark, not dropped silently
    # Ids: a Windows device name is not a folder name; the home page keeps "index"; two files, two ids.
    ids = {s.file: s.id for s in sources}
    assert ids["CON.txt"] == "con-article" and ids["index.txt"] == "index-2"
    assert ids["same.md"] != ids["same.txt"]
    assert "good_copy.txt" not in by_file and "good_simplified.txt" not in by_file and ".hidden.txt" not in by_file
    inject = by_file["inject.html"]
    body = "".join(p.text for p in inject.paragraphs)
    assert "alert" not in body and "框架" not in body and "表單" not in body  # scripts, frames and forms go with their content


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """The project built by `mkdocs build --strict` with the hostile corpus as its seeds."""
    tmp = tmp_path_factory.mktemp("hostile")
    project = project_copy(tmp, seeds=CORPUS)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BRIEFING_PDF": "0"}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp / "site")],
                          cwd=project, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "briefing: tests" not in done.stderr and "empty.txt" in done.stderr  # problems are logged, not fatal
    return tmp / "site"


def test_strict_build_publishes_every_readable_article_and_lists_the_rest(hostile_site):
    for page in ("good", "big5", "gb18030", "utf16le", "utf16be", "bom_utf8", "controls", "inject", "markdown", "jinja",
                 "con-article", "index-2", "same", "same-2"):
        assert (hostile_site / "sources" / page / "index.html").exists(), page
    index = LexborHTMLParser((hostile_site / "sources" / "index.html").read_text(encoding="utf-8")).css_first("article").text()
    for name in ("empty.txt", "blank.txt", "binary.txt", "good_copy.txt", "only_boilerplate.txt", "sources.yml"):
        assert name in index, name


def test_no_article_text_becomes_markup_on_any_page(hostile_site):
    for path in hostile_site.rglob("*.html"):
        tree = LexborHTMLParser(path.read_text(encoding="utf-8"))
        for node in tree.css("*"):
            for name, value in node.attributes.items():
                assert not name.startswith("on"), (path, node.tag, name)
                if name in ("href", "src", "action", "formaction") and value:
                    assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (path, value)
        assert not tree.css("iframe, object, embed, frame"), path
        for script in tree.css("script"):
            assert "alert" not in (script.text() or ""), path
        assert not tree.css('form[action*="evil"]'), path
    markdown = (hostile_site / "sources" / "markdown" / "index.html").read_text(encoding="utf-8")
    page = LexborHTMLParser(markdown).css_first("article")
    text = page.text()
    for literal in ("{{ 7*7 }}", "{% include 'mkdocs.yml' %}", "!!! danger", "--8<--", "{ .class }", "| 欄 | 位 |", "<!-- 註解"):
        assert literal in text, literal  # shown as written, not executed or parsed
    paragraphs = page.css("p.para")
    assert len(paragraphs) >= 6
    for paragraph in paragraphs:  # only the template's own anchor link, search tokens and heading bold inside
        inner = [node.tag for node in paragraph.traverse() if node.tag != "-text"][1:]  # [0] is the paragraph
        assert set(inner) <= {"a", "span", "strong"} and inner.count("strong") <= 1, (inner, paragraph.html)
        assert all(a.attributes.get("class") == "para-link" for a in paragraph.css("a"))
    assert len(page.css("table")) == 1 and not page.css(".admonition")  # the template's metadata table only


def test_no_script_of_an_article_runs_in_the_browser(browser, hostile_site):
    pages = [p.relative_to(hostile_site).parent.as_posix() for p in hostile_site.rglob("index.html")]
    with serving(QuietHandler, hostile_site) as port:
        context = browser.new_context()
        # Any payload that runs calls one of these; record instead of showing a dialog.
        context.add_init_script("""
            window.__calls = [];
            for (const name of ['alert', 'confirm', 'prompt']) {
                window[name] = (...args) => { window.__calls.push([name, String(args[0])]); };
            }
        """)
        foreign, dialogs = [], []
        context.on("request", lambda r: foreign.append(r.url) if r.url.split("/")[2].split(":")[0] not in LOCAL_HOSTS else None)
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in sorted(pages):
            page.goto(f"http://127.0.0.1:{port}/{'' if path == '.' else path + '/'}", wait_until="load")
            page.wait_for_timeout(50)
            assert page.evaluate("window.__calls") == [], path
        context.close()
    assert dialogs == [] and foreign == [], (dialogs, foreign)


def test_a_bug_met_on_one_paragraph_is_reported_with_its_file_and_line_and_the_rest_is_built(tmp_path, monkeypatch):
    """An annotation bug (a reader's paragraph once raised ValueError in the speaker rules and ended
    the whole build with a traceback) leaves that paragraph unannotated, shown on its source page,
    and is reported as a problem naming the file and line; every other paragraph is annotated."""
    from generator import build
    from generator.annotate.speakers import Speakers

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("美烏會談在日內瓦舉行\n2025/11/24\n\n澤倫斯基週一表示，烏克蘭不會放棄頓巴斯。\n\n"
                                 "這一段會讓註記程式出錯：川普週二表示，協議已經很接近。\n", encoding="utf-8")
    original = Speakers.attributions

    def failing(self, folded, text, *args, **kwargs):
        if "出錯" in text:
            raise ValueError("min() arg is an empty sequence")
        return original(self, folded, text, *args, **kwargs)

    monkeypatch.setattr(Speakers, "attributions", failing)
    result = build(seeds, ROOT / "briefing.yml")
    problems = [p for p in result.problems if "internal error" in p.message]
    assert len(problems) == 1 and problems[0].path.endswith("a.txt") and problems[0].line == 6
    assert "ValueError" in problems[0].message and problems[0].hint and problems[0].severity == "error"
    source_page = next(p.markdown for p in result.pages if p.uri.startswith("sources/") and "日內瓦" in p.markdown)
    assert "這一段會讓註記程式出錯" in source_page
    speakers = [a.entity for s in result.briefing.sources for p in s.paragraphs for a in p.attributions]
    assert "volodymyr-zelensky" in speakers and "donald-trump" not in speakers


@pytest.mark.parametrize("where", ["scan", "replay", "surnames"])
def test_a_bug_met_while_learning_from_one_article_is_reported_with_its_file_and_the_rest_is_built(tmp_path, monkeypatch, where):
    """A bug in the corpus learning pass (the scan of an article, its replay in order, or the pass
    over full names) leaves that article out of learning and is reported as a problem naming its
    file; the names the other articles teach are still learned, and the site is built."""
    import importlib

    from generator import build

    learning = importlib.import_module("generator.annotate.learn")  # the package (annotate re-exports its learn())
    scan = importlib.import_module("generator.annotate.learn.scan")

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("美烏會談在日內瓦舉行\n2025/11/24\n\n烏克蘭外交部長維爾塔寧（Elina Virtanen）週一表示，"
                                    "不會接受割讓頓巴斯領土。\n", encoding="utf-8")
    (seeds / "bad.txt").write_text("出錯的文章\n2025/11/25\n\n這一篇會讓學習程式出錯：川普週二表示，協議已經很接近。\n", encoding="utf-8")
    if where == "scan":
        original = scan.Scanner.source
        monkeypatch.setattr(scan.Scanner, "source", lambda self, source: (_ for _ in ()).throw(KeyError("x"))
                            if "出錯" in source.title else original(self, source))
    elif where == "replay":
        original = learning.Learner._source
        monkeypatch.setattr(learning.Learner, "_source", lambda self, s: (_ for _ in ()).throw(KeyError("x"))
                            if s.id.startswith("bad") else original(self, s))
    else:
        original = learning._in_full
        monkeypatch.setattr(learning, "_in_full", lambda source: (_ for _ in ()).throw(KeyError("x"))
                            if "出錯" in source.title else original(source))
    result = build(seeds, ROOT / "briefing.yml")
    problems = [p for p in result.problems if "internal error" in p.message]
    assert len(problems) == 1 and problems[0].path.endswith("bad.txt"), problems
    assert "KeyError" in problems[0].message and problems[0].hint and problems[0].severity == "error"
    assert any(p.uri.startswith("sources/") and "出錯" in p.markdown for p in result.pages)
    assert "entities/elina-virtanen.md" in {p.uri for p in result.pages}  # learned from the good article
