"""The benchmark's synthetic corpus: deterministic, and made of articles the pipeline keeps apart.

A corpus of copies would fold into the five seeds (generator.ingest builds the same article once),
and the benchmark would time 5 articles while claiming N. No timing here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import generator

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("benchmark", REPO / "scripts" / "benchmark.py")
benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(benchmark)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_corpus_is_byte_identical_for_the_same_seed(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    benchmark.corpus(tmp_path / "a", 30, seed=1)
    benchmark.corpus(tmp_path / "b", 30, seed=1)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_corpus_builds_n_distinct_articles_some_in_simplified(tmp_path):
    articles = benchmark.corpus(tmp_path, 30, seed=1)
    files = _files(tmp_path)
    assert set(files) == {name for name, _, _ in articles} | {"sources.yml"}
    assert len(set(files.values())) == 31

    result = generator.build(tmp_path, REPO / "briefing.yml")
    assert not [p for p in result.problems if "same article" in p.message]
    sources = [s.source for s in result.briefing.sources]
    assert len(sources) == 30
    assert all(s.outlet and s.published for s in sources)
    simplified = sum(s.language == "zh-Hans" for s in sources)
    assert 3 <= simplified <= 20
    # Wire copies: some paragraphs are printed in more than one article.
    assert 0.05 < benchmark.repeat_share(articles) < 0.5
