"""How a page quotes a source: exact text with the source's own spacing, cuts that never split a
word, and the newest mentions before the undated. Fixture texts are written for these tests."""

import datetime as dt
from pathlib import Path

from generator import build
from generator.annotate import Annotator
from generator.compose.excerpts import join
from generator.config import load_config
from generator.model import Paragraph
from generator.render.escape import quote_text
from articles import days_filed, filed_under, pages_of, write_articles

ROOT = Path(__file__).resolve().parent.parent
ANNOTATOR = Annotator(load_config(ROOT / "briefing.yml"))


def annotated(text: str):
    return ANNOTATOR.paragraph(Paragraph("p1", text, 1), dt.date(2026, 1, 15))


def test_consecutive_sentences_are_quoted_with_the_paragraphs_own_spacing():
    ap = annotated("Witkoff met Putin without offering specifics. He confirmed a second meeting. Talks resume in May.")
    assert len(ap.sentences) == 3
    assert join(ap, [0, 1]) == "Witkoff met Putin without offering specifics. He confirmed a second meeting."
    assert join(ap, [0, 2]) == "Witkoff met Putin without offering specifics. …… Talks resume in May."
    zh = annotated("威特科夫會見普丁。雙方同意再談。")
    assert join(zh, [0, 1]) == "威特科夫會見普丁。雙方同意再談。"


def test_a_shortened_quotation_never_splits_a_word():
    text = "Ukrainian officials said the delegations are expected to meet again next week in Abu Dhabi."
    # the limit is a width in Chinese characters: a Latin letter is half as wide
    assert quote_text(text, 30) == "Ukrainian officials said the delegations are expected to……"
    assert quote_text("烏克蘭官員表示，代表團預計下週在阿布達比再次會面，以敲定協議文本。", 20) == "烏克蘭官員表示，代表團預計下週在阿布達比……"
    assert quote_text(text, 60) == text  # 91 letters: an English sentence a card's 60 holds whole
    assert quote_text(text, 200) == text


def test_the_latest_mentions_put_undated_sources_after_every_dated_one(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, date, city in (("a.md", "2026-02-01", "莫斯科"), ("b.md", "2025-12-01", "日內瓦"), ("undated.md", None, "柏林")):
        front = f"---\npublished: {date}\n---\n\n" if date else ""
        (seeds / name).write_text(f"{front}# {city}會談\n\n威特科夫週二在{city}會見普丁的特使。\n", encoding="utf-8")
    briefing = build(seeds, ROOT / "briefing.yml").briefing
    files = {a.source.id: a.source.file for a in briefing.sources}
    assert [files[a.source] for a in briefing.profiles["vladimir-putin"].latest] == ["a.md", "b.md", "undated.md"]


REPOST = ("---\npublished: 2026-04-17\n---\n\n# 美媒：俄方仍要求烏軍撤出頓巴斯\n\n"
          "美國特使威特科夫與烏克蘭代表在邁阿密一連舉行了3天的會談。12月6日，澤倫斯基也通過電話加入，6日的通話長達兩小時。\n\n"
          "一位知情人士表示，俄羅斯仍然要求烏克蘭從頓巴斯撤軍，美方正試圖提出新的領土方案。\n\n"
          "威特科夫此前曾於12月2日在莫斯科與普丁會晤。\n")


def test_a_repost_whose_lede_names_only_days_long_before_it_files_its_undated_paragraphs_under_them(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "repost.md").write_text(REPOST, encoding="utf-8")
    # the near misses, news of their publication: days ten days back; days years back; a word of a
    # day near the publication (週二); a single past day, a look back from today
    (seeds / "recent.md").write_text(REPOST.replace("2026-04-17", "2025-12-16").replace("俄羅斯仍然", "俄方仍然")
                                     .replace("邁阿密", "佛羅里達"), encoding="utf-8")
    (seeds / "background.md").write_text(REPOST.replace("12月6日", "2022年2月24日").replace("12月2日", "2022年3月7日")
                                         .replace("邁阿密", "日內瓦").replace("俄羅斯仍然", "克宮仍然"), encoding="utf-8")
    (seeds / "weekday.md").write_text(REPOST.replace("一位知情人士表示", "一位知情人士週二表示").replace("邁阿密", "柏林")
                                      .replace("俄羅斯仍然", "莫斯科仍然"), encoding="utf-8")
    # a day alone read near the stamp (普丁10日表示) is the story's own day, whatever past days it names
    (seeds / "fresh.md").write_text(REPOST.replace("2026-04-17", "2026-01-12").replace("一位知情人士表示", "一位知情人士10日表示")
                                    .replace("邁阿密", "巴黎").replace("俄羅斯仍然", "俄軍仍然"), encoding="utf-8")
    # words that only look like a day near the stamp: 12月10日前 ("before 10 December"), 今日俄羅斯 (RT)
    (seeds / "lookalike.md").write_text(REPOST.replace("邁阿密", "華沙").replace("俄羅斯仍然", "莫斯科依然")
                                        .replace("會晤。", "會晤，據今日俄羅斯電視台報導，並要求俄方在12月10日前答覆。"), encoding="utf-8")
    (seeds / "lookback.md").write_text(REPOST.replace("威特科夫此前曾於12月2日在莫斯科與普丁會晤。", "談判至今沒有突破。")
                                       .replace("邁阿密", "羅馬").replace("俄羅斯仍然", "俄國仍然"), encoding="utf-8")
    result = build(seeds, ROOT / "briefing.yml")
    by_file = {a.source.file: a for a in result.briefing.sources}
    assert by_file["repost.md"].reports_from == "2025-12-06"
    assert all(by_file[name].reports_from is None for name in ("recent.md", "background.md", "weekday.md", "lookback.md", "fresh.md"))
    assert by_file["lookalike.md"].reports_from == "2025-12-10"
    # its day without a month counts from the day it reports from, not from the stamp
    assert [(d.surface, d.date) for d in by_file["repost.md"].paragraphs[0].dates] == [("12月6日", "2025-12-06"), ("6日", "2025-12-06")]
    filed = {(e.source, e.paragraph): e.date for t in result.briefing.topics for c in t.developments for e in c.excerpts}
    assert filed[(by_file["repost.md"].source.id, "p2")] == "2025-12-06"  # not April: no news of April
    assert filed[(by_file["recent.md"].source.id, "p2")] == "2025-12-16"
    assert filed[(by_file["background.md"].source.id, "p2")] == "2026-04-17"
    page = next(p.markdown for p in result.pages if p.uri == by_file["repost.md"].source.page)
    assert "文中寫出的日期都早於發布日一個月以上（最晚為 2025年12月6日）" in page


def test_a_repost_counts_on_entity_pages_and_in_the_briefings_range_by_the_days_it_reports_from(tmp_path):
    # The reader's case: a mirror's copy of December's talks, stamped in April, made April 2026 the
    # end of the home page's range, a month on every entity page it names and their newest mention.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "repost.md").write_text(REPOST, encoding="utf-8")
    (seeds / "news.md").write_text("---\npublished: 2026-01-20\n---\n\n# 日內瓦會談\n\n威特科夫週二在日內瓦會見普丁的特使。\n",
                                   encoding="utf-8")
    result = build(seeds, ROOT / "briefing.yml")
    assert result.briefing.date_range == ("2025-12-06", "2026-01-20")
    witkoff = result.briefing.profiles["steve-witkoff"]
    assert [month for month, _ in witkoff.months] == ["2025-12", "2026-01"]
    files = {a.source.id: a.source.file for a in result.briefing.sources}
    assert files[witkoff.latest[0].source] == "news.md"
    home = next(p.markdown for p in result.pages if p.uri == "index.md")
    assert "2025年12月6日 至 2026年1月20日的" in home  # excerpts still cite its publication day
    # the near miss: the repost's own page still gives the day it was published
    page = next(p.markdown for p in result.pages if p.uri.startswith("sources/") and "邁阿密" in p.markdown and "發布日期" in p.markdown)
    assert "2026年4月17日" in page


def test_a_contrast_is_quoted_with_what_it_answers(tmp_path):
    # The reader's case: "…得到了美國的支持。 …… 然而，他似乎對領土讓步保持開放態度" left out the
    # sentence 然而 answers (澤連斯基未接受這一點), and the quote read as its opposite. The near miss:
    # a sentence in between that nothing answers is still left out.
    seeds = write_articles(tmp_path, {
        "a.txt": "某報導\n\n美方提出的領土方案明顯得到了美國的支持。澤連斯基未接受這一點。然而，他似乎對領土讓步保持開放態度。\n\n"
                "俄方要求烏軍撤出頓巴斯領土。雙方會談持續了五個小時。烏方表示領土問題仍需討論。\n",
    }, {"a.txt": "2025-12-15"})
    pages = pages_of(seeds)
    territory = pages["topics/territory/2025-12.md"]
    assert "明顯得到了美國的支持。澤連斯基未接受這一點。然而，他似乎對領土讓步保持開放態度。" in territory
    assert "俄方要求烏軍撤出頓巴斯領土。 …… 烏方表示領土問題仍需討論。" in territory


def test_a_contrast_is_dated_by_its_own_words_and_a_lookalike_is_no_contrast(tmp_path):
    seeds = write_articles(tmp_path, {
        "a.txt": "某報導\n\n俄軍15日空襲基輔。但克宮發言人佩斯科夫17日表示，領土談判仍將繼續。\n\n"
                "Russian drones struck Odesa overnight, officials said. Yet another round of talks on territory is set for next week.\n",
    }, {"a.txt": "2026-01-18"})
    pages = pages_of(seeds)
    month = pages["topics/territory/2026-01.md"]
    assert filed_under(month, "俄軍15日空襲基輔。但克宮發言人佩斯科夫17日表示") == "2026年1月17日"  # quoted whole, dated by 17日
    assert "2026年1月15日" not in days_filed(month)
    assert "「Yet another round of talks" in month and "struck Odesa" not in month


def test_a_topics_roster_shows_a_members_latest_dated_acts_before_undated_ones(tmp_path):
    # The reader's case: 成員與作為 gave Witkoff's undated March interview as his latest. The near miss:
    # a member whose acts are all undated still shows them.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text("---\npublished: 2025-12-07\n---\n\n# 會談\n\n"
                                "威特科夫在邁阿密與烏克蘭代表團會談。凱洛格週日在邁阿密會見烏克蘭官員。\n", encoding="utf-8")
    for name, city in (("b.md", "日內瓦"), ("c.md", "柏林")):
        (seeds / name).write_text(f"# 特使\n\n威特科夫在{city}與俄方特使會談。凱洛格在{city}會見烏克蘭官員。"
                                  f"德里斯科在{city}會見俄方代表。\n", encoding="utf-8")
    briefing = build(seeds, ROOT / "briefing.yml").briefing
    envoys = next(t for t in briefing.topics if t.topic == "us-envoys")
    files = {a.source.id: a.source.file for a in briefing.sources}
    shown = {member: [files[e.source] for e in excerpts] for member, excerpts, _ in envoys.roster}
    assert shown["keith-kellogg"][0] == "a.md"
    assert sorted(shown["dan-driscoll"]) == ["b.md", "c.md"]
