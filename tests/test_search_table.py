"""Search quality on the built site: every query in tests/search_queries.yml, run as the search box
runs it (search-core.js rewrite + Pagefind in Debian's Chromium), finds every source page that
mentions what it asks for, and entity/topic queries put no unrelated source page in their top five.
The table itself: scripts/search_table.py (its output is SEARCH.md). Without /usr/bin/chromium the
browser tests skip (fail under CI)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from conftest import require

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("search_table", REPO / "scripts" / "search_table.py")
search_table = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("search_table", search_table)
_spec.loader.exec_module(search_table)


@pytest.fixture(scope="module")
def entries():
    return search_table.load_queries()


@pytest.fixture(scope="module")
def table(built_site, entries):
    require(Path(search_table.CHROMIUM).exists(), "Chromium not found: apt-get install chromium fonts-noto-cjk")
    runs, fetch = search_table.run_queries(built_site, [e["query"] for e in entries])
    rows, totals = search_table.evaluate(entries, runs)
    return rows, totals, fetch


def test_queries_cover_every_kind(entries):
    assert len(entries) >= 30
    assert {e["kind"] for e in entries} == set(search_table.KINDS)


def test_expectations_are_derived_from_the_export(entries):
    derived = search_table.derive(entries, search_table.export_data())
    stale = {d["query"]: d["expected"] for e, d in zip(entries, derived) if e.get("expected") != d["expected"]}
    assert not stale, f"run `python scripts/search_table.py --derive` and review: {stale}"


def test_every_expected_source_page_is_found(table):
    rows, totals, _ = table
    missed = {r.query: r.missed for r in rows if r.missed}
    assert totals.recall == 1.0 and not missed, f"recall {totals.found}/{totals.expected}; missed {missed}"


def test_entity_and_topic_queries_have_no_false_positive_in_the_top_five(table):
    rows, _, _ = table
    wrong = {r.query: r.false_positives for r in rows if r.kind in ("entity", "topic") and r.false_positives}
    assert not wrong, f"unexpected source pages in the top {search_table.TOP}: {wrong}"


def test_the_first_query_fetches_pagefind_and_the_gazetteer(table):
    _, _, fetch = table
    assert fetch.parts.get("gazetteer") and fetch.parts.get("wasm") and fetch.parts.get("index chunks")
