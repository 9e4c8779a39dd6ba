"""`briefing eval`: alignment by text, the scores, the report, and the accuracy the seeds reach.

The thresholds below are the issue's targets; ACCURACY.md has the figures and how they were reached
(`python scripts/accuracy_table.py` regenerates it).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator import ConfigError, ingest, load_config
from generator.evaluate import evaluate, format_report, load_gold

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
ENGLISH = ROOT / "tests" / "fixtures" / "english"
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
CONFIG = load_config(ROOT / "briefing.yml")


def run_eval(gold: Path, seeds: Path, only: tuple[str, ...] = ()):
    sources, problems = ingest(seeds)
    report, missing = evaluate(CONFIG, load_gold(gold, CONFIG), sources, only)
    assert not missing
    return report


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write(seeds, "a.txt", """\
        烏克蘭與俄羅斯在日內瓦會談
        2025/11/24 記者報導
        澤倫斯基25日在基輔表示，烏克蘭無論如何不會割讓領土給俄羅斯。佩斯科夫則說，俄方堅持烏軍撤軍的要求沒有改變。
        美國特使魏科夫在與烏克蘭代表會談之後，於當天晚間抵達莫斯科，預計將與普丁會面。
        推薦閱讀
        川普談稀土
        北約峰會落幕
        """)
    return seeds


def test_gold_split_differently_from_the_generator_still_aligns(corpus, tmp_path):
    gold = write(tmp_path, "gold.yml", """\
        articles:
          - file: a.txt
            paragraphs:
              - {text: 烏克蘭與俄羅斯在日內瓦會談, kind: title}
              - {text: 2025/11/24 記者報導, kind: boilerplate}
              # one generator paragraph, labelled as two
              - text: 澤倫斯基25日在基輔表示，烏克蘭無論如何不會割讓領土給俄羅斯。
                topics: [territory]
                entities: {volodymyr-zelensky: [澤倫斯基]}
                dates: [{surface: 25日, date: 2025-11-25}]
                speakers: [{sentence: 烏克蘭無論如何不會割讓領土, entity: volodymyr-zelensky, party: ukraine}]
              - text: 佩斯科夫則說，俄方堅持烏軍撤軍的要求沒有改變。
                topics: [territory]
                entities: {dmitry-peskov: [佩斯科夫]}
                speakers: [{sentence: 俄方堅持烏軍撤軍的要求, entity: dmitry-peskov, party: russia}]
              - text: 美國特使魏科夫在與烏克蘭代表會談之後，於當天晚間抵達莫斯科，預計將與普丁會面。
                topics: [us-envoys]
                entities: {steve-witkoff: [魏科夫], vladimir-putin: [普丁]}
              - {text: 推薦閱讀, kind: boilerplate}
              - {text: 川普談稀土, kind: boilerplate, entities: {donald-trump: [川普]}}
              - {text: 北約峰會落幕, kind: boilerplate}
        """)
    report = run_eval(gold, corpus)
    assert report.lost == 0 and report.kept == 0 and report.boilerplate == 4
    assert report.macro_f1 == 1.0 and report.date_accuracy == 1.0
    assert report.entities["person"].recall == 1.0 and report.entities["person"].precision == 1.0
    assert (report.speakers.tp, report.speakers.fp, report.speakers.fn) == (2, 0, 0)
    assert report.disagreements == []


def test_disagreements_name_the_gold_line_the_paragraph_and_what_fired(corpus, tmp_path):
    gold = write(tmp_path, "gold.yml", """\
        articles:
          - file: a.txt
            paragraphs:
              - text: 澤倫斯基25日在基輔表示，烏克蘭無論如何不會割讓領土給俄羅斯。佩斯科夫則說，俄方堅持烏軍撤軍的要求沒有改變。
                topics: [security-guarantees]
                entities: {volodymyr-zelensky: [澤倫斯基]}
                dates: [{surface: 25日, date: 2025-11-26}]
              - {text: 美國特使魏科夫在與烏克蘭代表會談之後，於當天晚間抵達莫斯科，預計將與普丁會面。, kind: boilerplate}
              - {text: 推薦閱讀, kind: body}
        """)
    report = run_eval(gold, corpus)
    assert report.lost == 1 and report.kept == 1
    by_kind = {}
    for d in report.disagreements:
        by_kind.setdefault(d.what, []).append(d)
    lost = by_kind["lost"][0]
    assert lost.gold.endswith("gold.yml:9") and "related-articles" in lost.found
    wrong_topic = next(d for d in by_kind["topic"] if d.found == "territory")
    assert {"割讓", "撤軍"} <= set(wrong_topic.evidence) and wrong_topic.source == "a.txt p1"
    assert any(d.found == "dmitry-peskov: 佩斯科夫" for d in by_kind["entity"])
    assert by_kind["date"][0].found == "25日 = 2025-11-25"
    assert report.dates.fn == 1
    text = format_report(report)
    assert "expected: security-guarantees" in text and "macro-F1" in text


def test_a_person_the_labels_gave_their_own_id_counts_as_the_configured_entry_that_lists_that_name(tmp_path):
    """Labels written before briefing.yml listed a person give them the id of their Latin name
    (`andriy-sybiga`); once the gazetteer lists that spelling as an alias, the labels read as its entry.
    Near miss: an id no alias gives stays as it is."""
    gold = write(tmp_path, "gold.yml", """\
        kinds: {andriy-sybiga: person, anna-example: person}
        articles:
          - file: a.txt
            paragraphs:
              - text: 一段
                entities: {andriy-sybiga: [Andriy Sybiga], anna-example: [Anna Example]}
                speakers: [{sentence: 一段, entity: andriy-sybiga, party: ukraine}]
        """)
    paragraph = load_gold(gold, CONFIG).articles[0].paragraphs[0]
    assert set(paragraph.entities) == {"andrii-sybiha", "anna-example"}
    assert paragraph.entities["andrii-sybiha"] == ("Andriy Sybiga",) and paragraph.speakers[0].entity == "andrii-sybiha"


def test_bad_gold_labels_are_all_reported_with_file_and_line(tmp_path):
    gold = write(tmp_path, "gold.yml", """\
        articles:
          - file: a.txt
            paragraphs:
              - text: 一段
                topics: [weather]
              - text: 二段
                entities: {nobody-known: [某人]}
              - text: 三段
                dates: [{surface: 昨天, date: 2025-13}]
                speakers: [{sentence: 三段, entity: donald-trump, party: mars}]
        """)
    with pytest.raises(ConfigError) as caught:
        load_gold(gold, CONFIG)
    messages = [str(p) for p in caught.value.problems]
    assert any("gold.yml:4" in m and "unknown topic 'weather'" in m for m in messages)
    assert any("gold.yml:6" in m and "nobody-known" in m and "kinds:" in m for m in messages)
    assert any("gold.yml:8" in m and "2025-13" in m for m in messages) and any("gold.yml:8" in m and "mars" in m for m in messages)


def test_eval_command_prints_json_and_fails_on_an_article_it_cannot_find(corpus, tmp_path):
    gold = write(tmp_path, "gold.yml", """\
        articles:
          - file: a.txt
            paragraphs:
              - {text: 美國特使魏科夫在與烏克蘭代表會談之後，於當天晚間抵達莫斯科，預計將與普丁會面。, topics: [us-envoys]}
          - file: missing.txt
            paragraphs:
              - {text: 一段}
        """)
    cli = [sys.executable, "-m", "generator", "eval", "--gold", str(gold), "--seeds", str(corpus), "--config", str(ROOT / "briefing.yml")]
    done = subprocess.run([*cli, "--json"], capture_output=True, text=True)
    assert done.returncode == 1 and "missing.txt" in done.stderr
    data = json.loads(done.stdout)
    assert data["schema"] == "briefing-eval/1" and data["topics"]["us-envoys"]["tp"] == 1
    bad = subprocess.run([*cli, "--only", "nope.txt"], capture_output=True, text=True)
    assert bad.returncode == 2 and "nope.txt" in bad.stderr and "Traceback" not in bad.stderr


# --- the accuracy the seeds reach (targets from the issue) -----------------------------------------


def test_seed_accuracy_meets_the_targets():
    report = run_eval(GOLD, ROOT / "seeds")
    assert len(report.articles) == 5
    assert report.macro_f1 >= 0.90, format_report(report, 20)
    person = report.entities["person"]
    assert person.recall >= 0.97 and person.precision >= 0.95
    assert report.date_accuracy >= 0.95
    assert report.lost == 0
    assert report.boilerplate_removed >= 0.95
    # What the site shows as positions (issue 20): every one a labelled speaker of its sentence,
    # and (but one) at least 90% inside the labelled clause.
    wrong = [s for s in report.shown.items if not s.correct]
    assert report.shown.precision() == 1.0, wrong
    assert report.shown.mostly_inside() >= 0.99


def test_english_article_gets_its_topics_entities_and_speakers_through_english_names():
    report = run_eval(ENGLISH / "gold.yml", ENGLISH)
    assert report.macro_f1 >= 0.85, format_report(report)
    assert report.entities["person"].recall >= 0.97 and report.entities["person"].precision >= 0.95
    assert report.date_accuracy >= 0.95 and report.lost == 0 and report.boilerplate_removed >= 0.95
    assert report.speakers.precision >= 0.9


def test_a_caption_that_repeats_a_later_body_paragraph_is_scored_as_removed_not_as_that_paragraph(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = ["澤倫斯基在基輔表示，烏克蘭願意與美方繼續談判，但不會接受割讓領土的要求。",
            "美國特使魏科夫在與烏克蘭代表會談之後，於當天晚間抵達莫斯科與普丁會面。",
            "普丁同意與川普展開和平談判"]
    write(seeds, "a.html", f"""\
        <html><head><meta property="og:title" content="和談開始了嗎"></head><body>
        <figure><img src="https://img.example/a.jpg"><figcaption>{body[2]}</figcaption></figure>
        <p>{body[0]}</p><p>{body[1]}</p><p>{body[2]}。</p></body></html>
        """)
    gold = write(tmp_path, "gold.yml", f"""\
        articles:
          - file: a.html
            paragraphs:
              - {{text: {body[2]}, kind: boilerplate}}
              - {{text: {body[0]}}}
              - {{text: {body[1]}}}
              - {{text: {body[2]}。}}
        """)
    report = run_eval(gold, seeds)
    assert (report.lost, report.kept, report.body, report.boilerplate) == (0, 0, 3, 1), format_report(report)


# --- the real-world set's split by outlet (issue 20) -------------------------------------------------


def test_the_split_by_outlet_puts_each_outlet_and_each_article_in_one_half_only():
    from generator.evaluate import load_split

    folder, halves = load_split(ROOT / "tests" / "realworld-split.yml")
    assert folder == Path("../shared/realworld")
    assert len(halves["tune"]) == len(halves["check"]) == 36 and not set(halves["tune"]) & set(halves["check"])
    # a wire story's republications are one outlet: 中央社's three copies share a half
    cna = {"c015.txt", "c018.txt", "c036.txt"}
    assert cna <= set(halves["tune"]) or cna <= set(halves["check"])


def test_eval_split_scores_only_that_half_and_a_bad_split_file_is_named(corpus, tmp_path):
    (tmp_path / "rw").mkdir()
    (tmp_path / "rw" / "articles").symlink_to(corpus)
    write(tmp_path / "rw", "gold.yml", """\
        articles:
          - file: a.txt
            paragraphs:
              - {text: 美國特使魏科夫在與烏克蘭代表會談之後，於當天晚間抵達莫斯科，預計將與普丁會面。, topics: [us-envoys]}
        """)
    split = write(tmp_path, "split.yml", f"""\
        folder: {tmp_path / 'rw'}
        outlets:
          tune: {{one: [a.txt]}}
          check: {{two: [b.txt]}}
        """)
    cli = [sys.executable, "-m", "generator", "eval", "--gold", str(tmp_path / "rw" / "gold.yml"), "--split-file", str(split),
           "--config", str(ROOT / "briefing.yml"), "--json"]
    done = subprocess.run([*cli, "--split", "tune"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["articles"] == ["a.txt"]
    other = subprocess.run([*cli, "--split", "check"], capture_output=True, text=True)
    assert other.returncode == 2 and "b.txt" in other.stderr and "Traceback" not in other.stderr
    write(tmp_path, "split.yml", "outlets:\n  tune: {one: [a.txt]}\n  check: {two: [a.txt]}\n")
    both = subprocess.run([*cli, "--split", "tune"], capture_output=True, text=True)
    assert both.returncode == 2 and "split.yml" in both.stderr and "a.txt" in both.stderr and "Traceback" not in both.stderr


def test_eval_counts_found_and_shown_speakers_per_kind_of_link(corpus, tmp_path):
    # Zelensky is labelled; Peskov's sentence is left unlabelled here, so his (clause) link counts as wrong.
    gold = write(tmp_path, "gold.yml", """\
        articles:
          - file: a.txt
            paragraphs:
              - text: 澤倫斯基25日在基輔表示，烏克蘭無論如何不會割讓領土給俄羅斯。佩斯科夫則說，俄方堅持烏軍撤軍的要求沒有改變。
                speakers: [{sentence: 澤倫斯基25日在基輔表示, entity: volodymyr-zelensky, party: ukraine}]
        """)
    report = run_eval(gold, corpus)
    assert report.speakers_by_how["clause"].tp == 1 and report.speakers_by_how["clause"].fp == 1
    shown = report.as_dict()["shown_positions"]["by_how"]["clause"]
    assert shown["correct"] >= 1 and shown["shown"] > shown["correct"]  # Peskov's statement is shown, not labelled
    assert report.as_dict()["speakers_by_how"]["clause"] == {"tp": 1, "fp": 1}
    assert f"by link (found right/wrong, shown right/all): clause 1/1, shown {shown['correct']}/{shown['shown']}" in format_report(report)


def test_a_paragraph_the_annotator_fails_on_is_named_not_silently_scored(corpus, tmp_path, monkeypatch):
    """A bug met on one paragraph leaves it unannotated in the build (reported there); eval names it too,
    with its file and line, so the figures never drop without a word."""
    from generator.annotate import Annotator

    real = Annotator._annotated

    def failing(self, paragraph, *args, **kwargs):
        if "魏科夫" in paragraph.text:
            raise ValueError("a bug met on this paragraph")
        return real(self, paragraph, *args, **kwargs)

    monkeypatch.setattr(Annotator, "_annotated", failing)
    gold = write(tmp_path, "gold.yml", """\
        articles:
          - file: a.txt
            paragraphs:
              - {text: 美國特使魏科夫在與烏克蘭代表會談之後，於當天晚間抵達莫斯科，預計將與普丁會面。, topics: [us-envoys]}
        """)
    sources, _ = ingest(corpus)
    _, problems = evaluate(CONFIG, load_gold(gold, CONFIG), sources, seeds=corpus)
    assert [(Path(p.path).name, p.line) for p in problems] == [("a.txt", 4)]
    assert "a bug met on this paragraph" in str(problems[0])
