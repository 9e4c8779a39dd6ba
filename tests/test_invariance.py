"""The same article in another script, regional form or layout gets the same annotations.

Each seed is rewritten (OpenCC to Simplified and to Hong Kong forms; Windows line endings, extra
blank lines and trailing blanks; full-width and half-width punctuation swapped) and must keep,
paragraph by paragraph, the same body text split, topics, entities and speakers as the original.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import opencc
import pytest

from generator import ingest, load_config
from generator.annotate import annotate

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CJK = r"[\u3400-\u9fff]"

_T2S, _T2HK = opencc.OpenCC("t2s.json"), opencc.OpenCC("t2hk.json")
_TW2T = opencc.OpenCC("tw2t.json")
_TO_HALF = str.maketrans("，：；（）！？", ",:;()!?")
_TO_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}


def simplified(text: str) -> str:
    return _T2S.convert(text)


def hong_kong(text: str) -> str:
    return _T2HK.convert(_TW2T.convert(text))


def layout(text: str) -> str:
    """Windows line endings, each line break doubled, blanks and a tab at line ends."""
    return "".join(line + " \t\r\n\r\n" for line in text.split("\n"))


def punctuation(text: str) -> str:
    """Full-width punctuation to half-width, and half-width after a Han character to full-width."""
    text = text.translate(_TO_HALF) if "<p>" not in text else text  # HTML attributes need their ASCII
    return re.sub(rf"(?<={CJK})[,:;()!?]", lambda m: _TO_FULL[m.group()], text)


VARIANTS = {"simplified": simplified, "hong-kong": hong_kong, "layout": layout, "punctuation": punctuation}


def annotations(seeds: Path) -> dict[str, list[tuple]]:
    sources, problems = ingest(seeds)
    assert not [p for p in problems if p.severity == "error"], problems
    result = {}
    for annotated in annotate(load_config(ROOT / "briefing.yml"), sources)[0]:  # as the build does: learning first
        source = annotated.source
        rows = []
        for ap in annotated.paragraphs:
            rows.append((
                ap.paragraph.kind,
                tuple(sorted(t.id for t in ap.topics)),
                tuple(m.entity for m in ap.mentions),
                tuple((a.sentence, a.entity) for a in ap.attributions),
                tuple(d.date for d in ap.dates),
            ))
        result[source.file] = rows
    return result


@pytest.fixture(scope="module")
def original() -> dict[str, list[tuple]]:
    return annotations(SEEDS)


@pytest.mark.parametrize("variant", VARIANTS)
def test_seeds_keep_their_annotations_in_another_script_form_or_layout(variant, original, tmp_path):
    for path in SEEDS.iterdir():
        if path.suffix == ".txt":
            (tmp_path / path.name).write_text(VARIANTS[variant](path.read_text(encoding="utf-8")), encoding="utf-8", newline="")
    shutil.copy(SEEDS / "sources.yml", tmp_path / "sources.yml")
    changed = annotations(tmp_path)
    assert changed.keys() == original.keys()
    for file, rows in original.items():
        assert len(changed[file]) == len(rows), f"{file}: {len(rows)} paragraphs became {len(changed[file])}"
        for number, (before, after) in enumerate(zip(rows, changed[file]), start=1):
            assert after == before, f"{file} p{number} ({variant})"


def test_the_variants_really_change_the_text():
    sample = (SEEDS / "000_fbf215345708780b.txt").read_text(encoding="utf-8")
    for name, change in VARIANTS.items():
        assert change(sample) != sample, name
    assert "泽伦斯基" in simplified(sample) and "澤倫斯基" in sample
