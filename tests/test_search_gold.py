"""Search queries derived from hand labels (`scripts/search_table.py --gold`): which spellings become
queries, which pages each should find, how article files map to pages (clashing ids, copies), and
which results count as wrong. No browser: the derivation and the judging are plain Python."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

import pytest

from generator import build, load_config
from generator.evaluate import load_gold
from generator.export import to_data
from generator.search_gold import derive, spelling_key

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "briefing.yml")
_spec = importlib.util.spec_from_file_location("search_table", ROOT / "scripts" / "search_table.py")
search_table = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("search_table", search_table)
_spec.loader.exec_module(search_table)

# Own short texts. a.md and a.txt slug to the same id (the later file becomes a-2); copy.txt is
# a.txt in Simplified script, so it is built once, from a.txt; notes.txt has no labels.
ARTICLES = {
    "a.md": """\
        # Envoys meet in Geneva

        Witkoff and Kushner met Rustem Umerov in Geneva on Tuesday to discuss the cease-fire.

        TRUMP said the talks were going well and that Ｔｒｕｍｐ-style deals would follow.
        """,
    "a.txt": """\
        川普與普丁週二通電話，討論停火安排。

        普丁表示，俄方願意與澤倫斯基在日內瓦會談，但領土問題沒有讓步空間。
        """,
    "copy.txt": """\
        川普与普丁周二通电话，讨论停火安排。

        普丁表示，俄方愿意与泽伦斯基在日内瓦会谈，但领土问题没有让步空间。
        """,
    "b.txt": """\
        普京在莫斯科会见了威特科夫，双方讨论了停火方案。

        延伸閱讀：澤倫斯基出訪歐洲
        """,
    "notes.txt": "北約秘書長在布魯塞爾表示，盟國將繼續支持烏克蘭的防衛需要。\n",
}
GOLD = """\
articles:
- file: a.md
  paragraphs:
  - text: Envoys meet in Geneva
    kind: title
  - text: Witkoff and Kushner met Rustem Umerov in Geneva on Tuesday to discuss the cease-fire.
    entities:
      steve-witkoff: [Witkoff]
      jared-kushner: [Kushner]
      rustem-umerov: [Rustem Umerov]
      geneva-talks: [Geneva]
  - text: TRUMP said the talks were going well and that Ｔｒｕｍｐ-style deals would follow.
    entities:
      donald-trump: [TRUMP, Ｔｒｕｍｐ]
- file: a.txt
  paragraphs:
  - text: 川普與普丁週二通電話，討論停火安排。
    entities:
      donald-trump: [川普]
      vladimir-putin: [普丁]
  - text: 普丁表示，俄方願意與澤倫斯基在日內瓦會談，但領土問題沒有讓步空間。
    entities:
      vladimir-putin: [普丁]
      volodymyr-zelensky: [澤倫斯基]
- file: copy.txt
  paragraphs:
  - text: 川普与普丁周二通电话，讨论停火安排。
    entities:
      donald-trump: [川普]
      vladimir-putin: [普丁]
  - text: 普丁表示，俄方愿意与泽伦斯基在日内瓦会谈，但领土问题没有让步空间。
    entities:
      vladimir-putin: [普丁]
      volodymyr-zelensky: [泽伦斯基]
- file: b.txt
  paragraphs:
  - text: 普京在莫斯科会见了威特科夫，双方讨论了停火方案。
    entities:
      vladimir-putin: [普京]
      steve-witkoff: [威特科夫]
      ada-moss: [威特科夫]
      moscow: [莫斯科]
  - text: 延伸閱讀：澤倫斯基出訪歐洲
    kind: boilerplate
    entities:
      volodymyr-zelensky: [澤倫斯基]
- file: missing.txt
  paragraphs:
  - text: 馬克宏說歐洲必須參與談判。
    entities:
      emmanuel-macron: [馬克宏]
kinds:
  ada-moss: person
  moscow: place
"""


@pytest.fixture(scope="module")
def derived(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    for name, text in ARTICLES.items():
        (seeds / name).write_text(textwrap.dedent(text), encoding="utf-8")
    gold = tmp_path_factory.mktemp("gold") / "labels.yml"
    gold.write_text(GOLD, encoding="utf-8")
    data = to_data(CONFIG, build(seeds, CONFIG).briefing)
    assert {s["file"]: s["page"] for s in data["sources"]} == {
        "a.md": "sources/a.md", "a.txt": "sources/a-2.md", "b.txt": "sources/b.md", "notes.txt": "sources/notes.md"}
    return derive(load_gold(gold, CONFIG), CONFIG, data)


def by_query(derived) -> dict:
    return {q.query: q for q in derived.queries}


def test_every_spelling_of_a_person_where_the_article_shows_is_one_query(derived):
    # Persons only (not geneva-talks, not the place moscow); width and case make no new spelling
    # (TRUMP, Ｔｒｕｍｐ), script does (普丁, 普京; 澤倫斯基, 泽伦斯基).
    assert [q.query for q in derived.queries] == sorted(
        ["Kushner", "Rustem Umerov", "TRUMP", "Witkoff", "川普", "威特科夫", "普丁", "普京", "澤倫斯基", "泽伦斯基"],
        key=spelling_key)
    assert spelling_key("Ｔｒｕｍｐ") == spelling_key("TRUMP") == "trump"


def test_a_query_expects_every_page_naming_the_person_by_any_spelling(derived):
    queries = by_query(derived)
    # 普京 is written only in b.txt, but a.txt (= copy.txt's page) names Putin as 普丁.
    assert queries["普京"].expected == ("sources/a-2/", "sources/b/")
    assert queries["普丁"].expected == queries["普京"].expected
    assert queries["TRUMP"].persons == ("donald-trump",)
    assert queries["TRUMP"].expected == ("sources/a-2/", "sources/a/")
    assert queries["Rustem Umerov"].expected == ("sources/a/",)


def test_two_persons_sharing_a_spelling_make_one_query_expecting_pages_of_both(derived):
    query = by_query(derived)["威特科夫"]
    assert query.persons == ("ada-moss", "steve-witkoff")
    assert query.expected == ("sources/a/", "sources/b/")


def test_clashing_ids_and_copies_map_to_the_page_that_holds_the_text(derived):
    # copy.txt was built from a.txt: its spelling 泽伦斯基 expects a.txt's page, numbered a-2.
    assert by_query(derived)["泽伦斯基"].expected == ("sources/a-2/",)
    assert derived.judged == {"sources/a/", "sources/a-2/", "sources/b/"}
    assert derived.unplaced == ("missing.txt",)
    assert all("emmanuel-macron" not in q.persons for q in derived.queries)


def test_a_page_naming_the_person_only_in_boilerplate_is_neither_expected_nor_wrong(derived):
    # b.txt names Zelensky only in a "related articles" line: his spellings do not expect its page.
    assert by_query(derived)["澤倫斯基"].expected == ("sources/a-2/",)
    assert by_query(derived)["澤倫斯基"].boilerplate_only == ("sources/b/",)
    row = search_table.GoldRow(
        "Witkoff", "person", "xe", ["sources/a/", "sources/b/"],
        ["sources/notes/", "sources/a-2/", "topics/us-envoys/", "sources/b/", "sources/c/", "sources/a/"],
        ("steve-witkoff",), ("sources/c/",), frozenset({"sources/a/", "sources/a-2/", "sources/b/", "sources/c/"}))
    # notes (no labels) is not judged, c names him only in removed lines, a-2 does not name him.
    assert row.wrong == ["sources/a-2/"]
    assert row.hits == ["sources/a/", "sources/b/"] and row.hits_top == ["sources/b/"]


def test_the_table_counts_pairs_and_queries_with_a_wrong_page(derived):
    runs = [search_table.Run(q.query, q.query.lower(), list(q.expected[:1]), [], [q.query.lower()])
            for q in derived.queries]
    assert runs[0].query == "Kushner"
    runs[0].found.append("sources/b/")  # b.txt does not name Kushner
    rows = search_table.gold_rows(derived, runs)
    text = search_table.gold_table(rows, derived)
    pairs = sum(len(q.expected) for q in derived.queries)
    assert pairs == 16
    assert "pairs found anywhere in the results: 10/16 = 62.5%" in text
    assert "Queries finding every expected page: 4/10." in text
    assert "Queries with a wrong source page in the top 5: 1/10 (1 wrong pages)" in text
    assert "Lowest recall: TRUMP 1/2; Witkoff 1/2; 威特科夫 1/2; 川普 1/2; 普丁 1/2; 普京 1/2." in text
    assert "Wrong pages in the top five: Kushner (b)." in text
    assert "labels of missing.txt not used" in text


def test_rewriting_the_table_keeps_the_section_measured_from_labels(tmp_path):
    out = tmp_path / "SEARCH.md"
    section = "\n## Spellings from hand labels\n\nFigures measured by hand.\n"
    out.write_text("# Search evaluation\n\n| old table |\n" + section, encoding="utf-8")
    assert search_table.kept_section(out) == section
    assert search_table.kept_section(tmp_path / "new.md") == ""
