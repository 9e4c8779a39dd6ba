"""The printed brief: `briefing pdf` and the PDF the built site offers."""

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import CHROMIUM, require

ROOT = Path(__file__).resolve().parent.parent
TOPICS = ["領土問題", "安全保障", "美國特使", "歐洲立場"]


def needs_chromium():
    require(CHROMIUM.exists(), "Chromium not found: apt-get install chromium fonts-noto-cjk")


@pytest.fixture(scope="module")
def brief(tmp_path_factory) -> Path:
    needs_chromium()
    out = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    result = subprocess.run([sys.executable, "-m", "generator", "pdf", "--out", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


def text_of(reader: PdfReader) -> str:
    # The CJK font maps some glyphs to Kangxi radicals on extraction (⾴ for 頁); NFKC folds them back.
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def test_brief_pdf_has_the_topics_sources_and_page_numbers(brief):
    reader = PdfReader(brief)
    assert 2 <= len(reader.pages) <= 6
    text = text_of(reader)
    assert all(title in text for title in TOPICS)
    assert "https://www.dw.com/zh/" in text and "https://tw.news.yahoo.com/" in text.replace("\n", "")
    assert f"第 1 頁,共 {len(reader.pages)} 頁" in text.replace("，", ",")
    assert "□" not in text


def test_brief_pdf_has_bookmarks_and_no_local_links(brief):
    reader = PdfReader(brief)
    titles = [item.title for item in reader.outline[1] if hasattr(item, "title")]
    assert titles[:4] == TOPICS and "來源" in titles
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            uri = str(action.get("/URI", ""))
            assert not uri or uri.startswith("https://"), uri  # in-document citations are GoTo links


def test_a_missing_cjk_font_is_an_error_with_the_install_command(tmp_path):
    needs_chromium()
    out = tmp_path / "brief.pdf"
    env = {**os.environ, "PATH": str(tmp_path)}  # no fc-list: no font can be confirmed
    result = subprocess.run([sys.executable, "-m", "generator", "pdf", "--out", str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "apt-get install fonts-noto-cjk" in result.stderr
    assert not out.exists()


def test_the_site_offers_the_brief_pdf(built_site):
    needs_chromium()
    assert (built_site / "brief.pdf").read_bytes().startswith(b"%PDF")
    assert 'href="../brief.pdf"' in (built_site / "brief" / "index.html").read_text(encoding="utf-8")


def test_a_chromium_that_cannot_start_is_an_error_not_a_crash(tmp_path):
    needs_chromium()  # and with it fontconfig, so the font check passes and the launch is what fails
    out = tmp_path / "brief.pdf"
    env = {**os.environ, "BRIEFING_CHROMIUM": "/bin/false"}
    result = subprocess.run([sys.executable, "-m", "generator", "pdf", "--out", str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 2, result.stderr
    assert "failed to print the brief" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_the_same_input_prints_the_same_bytes_dated_by_the_newest_article(brief, tmp_path):
    again = tmp_path / "again.pdf"
    result = subprocess.run([sys.executable, "-m", "generator", "pdf", "--out", str(again)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert again.read_bytes() == brief.read_bytes()
    assert PdfReader(brief).metadata["/CreationDate"].startswith("D:20251215000000")  # the newest seed's day


def test_source_date_epoch_dates_the_pdf_and_keeps_its_length(monkeypatch):
    from generator.model import Briefing
    from generator.pdf import build_time, fixed_dates

    briefing = Briefing(sources=(), topics=(), cited_in={}, appearances={}, date_range=("2025-02-13", "2025-12-15"))
    assert build_time(briefing).isoformat() == "2025-12-15T00:00:00+00:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert build_time(briefing).isoformat() == "2026-01-01T00:00:00+00:00"
    data = b"<</CreationDate (D:20261202193000+08'00') /ModDate (D:20261202193000Z)>>"
    fixed = fixed_dates(data, build_time(briefing))
    assert fixed == b"<</CreationDate (D:20260101000000+00'00') /ModDate (D:20260101000000Z)>>" and len(fixed) == len(data)


def test_structure_element_ids_are_numbered_the_same_whatever_chromium_chose():
    from generator.pdf import stable_node_ids

    first = b"/ID (node00000015)>> /Headers [(node00000015)] /ID (node00000016)"
    second = b"/ID (node00000014)>> /Headers [(node00000014)] /ID (node00000015)"
    assert stable_node_ids(first) == stable_node_ids(second) == b"/ID (node00000001)>> /Headers [(node00000001)] /ID (node00000002)"
