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
    assert quote_text(text, 60) == "Ukrainian officials said the delegations are expected to……"
    assert quote_text("烏克蘭官員表示，代表團預計下週在阿布達比再次會面，以敲定協議文本。", 20) == "烏克蘭官員表示，代表團預計下週在阿布達比……"
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
