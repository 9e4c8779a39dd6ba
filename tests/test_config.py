"""The editorial config: errors name file, line and fix; users extend it with YAML only."""

from pathlib import Path

import pytest

from generator import build
from generator.config import ConfigError, load_config, load_sources_meta

ROOT = Path(__file__).resolve().parent.parent

MINIMAL = """\
parties:
  - id: us
    name: 美國
    groups: [us-official]
topics:
  - id: sanctions
    title: 制裁
    terms:
      zh-Hant: [制裁]
entities:
  - id: donald-trump
    name_zh: 川普
    kind: person
    group: us-official
"""


def problems_of(tmp_path, text: str):
    path = tmp_path / "briefing.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value.problems


def test_shipped_config_has_the_four_topics_and_parties():
    config = load_config(ROOT / "briefing.yml")
    assert [t.id for t in config.topics] == ["territory", "security-guarantees", "us-envoys", "european-stance"]
    assert [p.id for p in config.parties] == ["us", "ukraine", "russia", "europe"]
    assert config.topic("us-envoys").roster == "us-envoy"


def test_invalid_yaml_names_file_line_and_fix(tmp_path):
    [problem] = problems_of(tmp_path, MINIMAL.replace("    title: 制裁", "    title: 制裁\n   bad: ["))
    assert problem.path.endswith("briefing.yml") and problem.line == 8
    assert "indentation" in problem.hint


def test_unknown_key_and_bad_kind_are_all_reported_with_lines(tmp_path):
    text = MINIMAL.replace("    title: 制裁", "    title: 制裁\n    colour: red").replace("kind: person", "kind: human")
    problems = problems_of(tmp_path, text)
    assert {(p.line, p.message.split(":")[0]) for p in problems} == {(8, "topics.0.colour"), (14, "entities.0.kind")}
    assert all(p.hint for p in problems)


def test_topic_without_terms_and_alias_claimed_twice(tmp_path):
    text = MINIMAL.replace("    terms:\n      zh-Hant: [制裁]\n", "") + (
        "  - id: someone-else\n    name_zh: 特朗普\n    kind: person\n    aliases: [川普]\n"
    )
    messages = [p.message for p in problems_of(tmp_path, text)]
    assert any("has no terms" in m for m in messages)
    assert any("alias '川普'" in m and "donald-trump" in m for m in messages)


def test_names_need_subject_without_subject_words_is_reported(tmp_path):
    """A topic that drops a name alone unless a subject word stands beside it would drop every
    such paragraph with no subject words at all (reviewer 74): the config says so, with the fix."""
    text = MINIMAL.replace("    title: 制裁", "    title: 制裁\n    names_need_subject: true")
    [problem] = problems_of(tmp_path, text)
    assert "names_need_subject" in problem.message and "subject_words" in problem.hint


def test_a_not_before_naming_no_term_and_vague_words_alone_are_reported(tmp_path):
    """Options that would do nothing when miswritten (a not_before key that is no term of the topic;
    vague words without the elsewhere and about words they work with) are config problems."""
    text = MINIMAL.replace("    title: 制裁", "    title: 制裁\n    not_before:\n      制栽: {zh-Hant: [化]}\n    vague: {en: [EU]}")
    messages = [p.message for p in problems_of(tmp_path, text)]
    assert any("not_before names '制栽'" in m for m in messages)
    assert any("vague, elsewhere and about" in m for m in messages)


def test_meets_without_meeting_words_or_an_unknown_group_met_is_reported(tmp_path):
    """A topic that reads meetings needs the words of meeting, the people who meet (hint_groups) and
    groups some entity has: miswritten, it would decide nothing, so the config says so, with the fix."""
    text = MINIMAL.replace("    title: 制裁", "    title: 制裁\n    meets: [nobody]")
    messages = [(p.message, p.hint) for p in problems_of(tmp_path, text)]
    assert any("meets and meeting_words work together" in m and "meeting_words" in h for m, h in messages)
    assert any("names entity group 'nobody'" in m for m, _ in messages)


def test_a_topic_added_in_yaml_gets_its_page(tmp_path):
    config = load_config(ROOT / "briefing.yml").model_copy()
    path = tmp_path / "briefing.yml"
    path.write_text((ROOT / "briefing.yml").read_text(encoding="utf-8").replace(
        "\nentities:\n",
        "\n  - id: rare-earths\n    title: 稀土協議\n    terms:\n      zh-Hant: [稀土]\n      en: [rare earth]\n\nentities:\n", 1),
        encoding="utf-8")
    result = build(ROOT / "seeds", path)
    page = next(p for p in result.pages if p.uri == "topics/rare-earths.md")
    assert "# 稀土協議" in page.markdown and "5,000億美元的稀土" in page.markdown
    assert config.topics[0].id == "territory"


def test_sources_yml_errors_are_problems_with_lines(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text("a.txt:\n  published: 2025-13-40\nb.txt:\n  url: javascript:alert(1)\n", encoding="utf-8")
    _, _, problems = load_sources_meta(path)
    assert sorted((p.line, p.message.split(":")[0]) for p in problems) == [(2, "a.txt.published"), (4, "b.txt.url")]


def test_sources_yml_read_again_only_when_its_bytes_change_and_an_unreadable_one_is_a_problem(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text("a.txt:\n  outlet: 中央社\n", encoding="utf-8")
    first, _, _ = load_sources_meta(path)
    assert load_sources_meta(path)[0]["a.txt"] is first["a.txt"]  # mkdocs serve: the same entry, the same object
    path.write_text("a.txt:\n  outlet: 聯合新聞網\n", encoding="utf-8")
    assert load_sources_meta(path)[0]["a.txt"].outlet == "聯合新聞網"
    path.unlink()
    path.mkdir()  # not a file: a problem naming it, not a traceback
    metas, _, problems = load_sources_meta(path)
    assert metas == {} and [(p.path, p.severity) for p in problems] == [(str(path), "error")]


def test_an_entity_cannot_take_the_index_pages_id(tmp_path):
    text = (ROOT / "briefing.yml").read_text(encoding="utf-8").replace("  - id: vladimir-putin\n", "  - id: index\n", 1)
    assert "  - id: index\n" in text
    messages = [p.message for p in problems_of(tmp_path, text)]
    assert any("'index' is reserved" in m for m in messages)
