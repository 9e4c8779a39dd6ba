"""Claims: the same report in several outlets is shown once with every citation; two excerpts that
differ in a number, a date, a name or a negation are never merged; pages stay bounded."""

from __future__ import annotations

import re
from pathlib import Path

import opencc

from generator import build, load_config
from generator.compose import KEY_POINTS, LATEST
from generator.compose.pages import BUDGET, cost
from generator.render import Renderer, zh_date

ROOT = Path(__file__).resolve().parent.parent
T2S = opencc.OpenCC("t2s.json")

WIRE = "烏克蘭總統澤倫斯基12月3日表示，烏方不會接受任何要求撤出頓巴斯的和平方案，領土問題必須由烏克蘭人民決定。"


def article(title: str, *paragraphs: str) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def corpus(tmp_path: Path, articles: dict[str, tuple[str, str, str]]) -> Path:
    """articles: file name -> (outlet, published, text)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    meta = []
    for name, (outlet, published, text) in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
        meta.append(f"{name}:\n  outlet: {outlet}\n  published: {published}\n")
    (seeds / "sources.yml").write_text("\n".join(meta), encoding="utf-8")
    return seeds


def territory(result):
    return next(t for t in result.briefing.topics if t.topic == "territory")


def claims_quoting(section, text: str):
    return [c for c in section.developments if any(text in e.text for e in c.excerpts)]


def test_the_same_report_in_three_outlets_is_one_claim_with_every_citation_and_backlinks_naming_it(tmp_path):
    seeds = corpus(tmp_path, {
        "a.txt": ("中央社", "2025-12-03", article("澤倫斯基：不撤出頓巴斯", WIRE)),
        "b.txt": ("自由時報", "2025-12-04", article("澤倫斯基拒撤軍", "【編譯】" + WIRE)),
        "c.txt": ("新華網", "2025-12-04", article(T2S.convert("泽连斯基谈领土"), T2S.convert(WIRE).replace("澤倫斯基", "泽连斯基"))),
    })
    result = build(seeds, ROOT / "briefing.yml")
    assert not result.errors
    [claim] = claims_quoting(territory(result), "頓巴斯")
    assert claim.outlets == 3 and {e.source for e in claim.excerpts} == {"a", "b", "c"}
    assert claim.first.source == "a"  # the earliest source's text is shown
    assert claim.page == "topics/territory/2025-12.md"
    archive = next(p.markdown for p in result.pages if p.uri == claim.page)
    assert archive.count(f'<p id="{claim.anchor}" class="excerpt">') == 1
    assert "3 家媒體" in archive and "sources/b/#p1" in archive and "sources/c/#p1" in archive
    for source in ("a", "b", "c"):
        page = next(p.markdown for p in result.pages if p.uri == f"sources/{source}.md")
        assert f"href=\"../../topics/territory/2025-12/#{claim.anchor}\"" in page
        assert "3 家媒體" in page


def test_excerpts_that_differ_in_a_number_a_date_a_name_or_a_negation_stay_apart(tmp_path):
    variants = {
        "number": WIRE.replace("撤出頓巴斯", "撤出頓巴斯三個城市"),
        "date": WIRE.replace("12月3日", "12月4日"),
        "name": WIRE.replace("烏克蘭總統澤倫斯基", "俄羅斯總統普丁"),
        "negation": WIRE.replace("不會接受", "會接受"),
        "antonym": WIRE.replace("不會接受", "不會反對"),  # a replaced word, the same negation
        "order": WIRE.replace("不會接受任何要求撤出頓巴斯的和平方案", "會接受任何不要求撤出頓巴斯的和平方案"),
    }
    files = {"a.txt": ("中央社", "2025-12-03", article("原稿", WIRE))}
    for n, (kind, text) in enumerate(variants.items()):
        files[f"{kind}.txt"] = (f"媒體{n}", "2025-12-05", article(f"{kind} 版本", text))
    result = build(corpus(tmp_path, files), ROOT / "briefing.yml")
    claims = claims_quoting(territory(result), "頓巴斯")
    assert len(claims) == 1 + len(variants) and all(len(c.excerpts) == 1 for c in claims)


def test_a_reworded_copy_and_another_rendering_of_a_name_join_the_claim_as_a_variant(tmp_path):
    reworded = WIRE.replace("必須由烏克蘭人民決定", "必須由烏克蘭的人民來決定").replace("澤倫斯基", "澤連斯基")
    result = build(corpus(tmp_path, {
        "a.txt": ("中央社", "2025-12-03", article("原稿", WIRE)),
        "b.txt": ("香港01", "2025-12-04", article("轉載", reworded)),
    }), ROOT / "briefing.yml")
    [claim] = claims_quoting(territory(result), "頓巴斯")
    assert claim.outlets == 2 and [v.text for v in claim.variants] == [reworded]
    archive = next(p.markdown for p in result.pages if p.uri == claim.page)
    assert "其他 1 種寫法" in archive and "展開「其他寫法」" in archive  # the intro names it only where there is one


def test_a_long_month_is_split_into_pages_each_claim_on_exactly_one_and_the_topic_page_stays_short(tmp_path):
    files = {}
    for i in range(160):
        day = 1 + i % 28
        text = f"烏克蘭官員表示，俄軍第{i + 1}次要求烏軍撤出頓巴斯第{i + 1}號陣地，烏方拒絕讓出任何領土。"
        files[f"n{i:03d}.txt"] = (f"媒體{i % 7}", f"2025-12-{day:02d}", article(f"第{i + 1}則", text * 3))
    files["old.txt"] = ("中央社", "2025-11-20", article("上月", WIRE.replace("12月3日", "11月20日")))
    result = build(corpus(tmp_path, files), ROOT / "briefing.yml")
    section = territory(result)
    december = [p for p in section.months if p.title == "2025-12"]
    assert len(december) > 1 and [p.part for p in december] == list(range(1, len(december) + 1))
    assert all(sum(cost(c) for c in p.claims) <= BUDGET for p in december)
    anchors = [c.anchor for p in section.months for c in p.claims]
    assert len(anchors) == len(set(anchors)) == 161
    assert [p.title for p in section.months] == ["2025-11", *["2025-12"] * len(december)]
    assert len(section.key_points) <= KEY_POINTS and len(section.latest) == LATEST
    assert all(c.page.startswith("topics/territory/2025-12") for c in section.latest)
    page = next(p.markdown for p in result.pages if p.uri == "topics/territory.md")
    assert page.count('class="excerpt"') <= KEY_POINTS + LATEST + 3 * 4
    assert "territory/2025-11.md" in page and "territory/2025-12-p2.md" in page


def test_the_brief_cites_only_the_sources_it_quotes_however_many_there_are(tmp_path):
    files = {}
    for i in range(60):
        text = f"澤倫斯基表示，烏克蘭第{i + 1}次拒絕割讓頓巴斯領土，並要求美國提供安全保障。"
        files[f"b{i:02d}.txt"] = (f"媒體{i % 9}", f"2025-{1 + i % 12:02d}-{1 + i % 27:02d}", article(f"第{i + 1}則", text))
    result = build(corpus(tmp_path, files), ROOT / "briefing.yml")
    brief = next(p.markdown for p in result.pages if p.uri == "brief.md")
    listed = brief.count(".brief-source }")
    assert 0 < listed < 60 and f"本簡報引用 {listed} 篇報導（全部 60 篇見網站的來源索引）" in brief
    cited = {int(n) for n in re.findall(r"\(#src-(\d+)\)", brief)}
    assert cited == set(range(1, listed + 1))  # every listed source is cited, every citation is listed


def test_a_brief_citation_dates_the_report_as_its_source_list_does(tmp_path):
    # The paragraphs report events days before publication: the citation's date is the report's,
    # the one the source list gives, not the event's (the timeline's date column has that).
    files = {f"d{i}.txt": (f"媒體{i}", f"2025-06-{10 + i:02d}", article(f"報導{i}", f"6月{i + 1}日，澤倫斯基表示，烏克蘭拒絕割讓頓巴斯領土。"))
             for i in range(4)}
    result = build(corpus(tmp_path, files), ROOT / "briefing.yml")
    brief = next(p.markdown for p in result.pages if p.uri == "brief.md")
    number = Renderer(load_config(ROOT / "briefing.yml"), result.briefing).brief()["number"]
    published = {n: next(s.source.published for s in result.briefing.sources if s.source.id == sid) for sid, n in number.items()}
    cites = re.findall(r"［\[(\d+)\]\(#src-\d+\)，[^，］]+，([^］]+)］", brief)
    assert cites
    for n, date in cites:
        assert date == zh_date(published[int(n)])


def test_a_sentence_on_two_topics_is_a_key_point_of_the_brief_once(tmp_path):
    # the strongest development is on territory and on security guarantees alike: the brief, which
    # quotes each sentence once, gives it to the first topic and the second topic its next one
    both = "多國媒體報導，閉門會談將討論領土問題與安全保障，美國特使與烏克蘭代表團都出席。"
    files = {f"k{i}.txt": (f"媒體{i}", "2026-02-18", article(f"報導{i}", both)) for i in range(4)}
    files["s1.txt"] = ("媒體9", "2026-02-17", article("報導9", "歐洲官員表示，安全保障必須包括駐軍。"))
    result = build(corpus(tmp_path, files), ROOT / "briefing.yml")
    sections = {s.topic: s for s in result.briefing.topics}
    assert both in {c.first.text for c in sections["territory"].now}
    assert both in {c.first.text for c in sections["security-guarantees"].now}  # each topic page has it
    brief = next(p.markdown for p in result.pages if p.uri == "brief.md")
    assert brief.count(both) == 1
    assert "安全保障必須包括駐軍" in brief
    envoys = brief[brief.index("## 美國特使"):brief.index("## 歐洲立場")]  # its one key point is territory's
    assert "本主題的重點已引於上方其他主題，不再重複。" in envoys and "沒有與本主題相關的段落" not in envoys


def test_the_home_cards_say_where_each_topic_stands_each_sentence_once(tmp_path):
    # each topic card quotes its first 現況 that no card above quotes; the latest list below quotes
    # none of the cards' sentences
    both = "多國媒體報導，閉門會談將討論領土問題與安全保障，美國特使與烏克蘭代表團都出席。"
    europe = "歐洲官員表示，安全保障必須包括駐軍。"
    files = {f"k{i}.txt": (f"媒體{i}", "2026-02-18", article(f"報導{i}", both)) for i in range(4)}
    files["s1.txt"] = ("媒體9", "2026-02-17", article("報導9", europe))
    result = build(corpus(tmp_path, files), ROOT / "briefing.yml")
    cards = {topic: claim.first.text for topic, claim in result.briefing.cards.items()}
    assert cards == {"territory": both, "security-guarantees": europe}
    home = next(p.markdown for p in result.pages if p.uri == "index.md")
    assert home.count(both) == 1 and home.count(europe) == 1
    assert home.count("**[現況：2026年2月]") == 4  # every topic with a 現況 links to it, quoted or not
    assert not {c.first.text for c in result.briefing.latest} & {both, europe}
