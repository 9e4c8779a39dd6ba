"""The brief as an A4 PDF, printed by headless Chromium (Debian's /usr/bin/chromium, via Playwright).

Why Chromium rather than WeasyPrint: it prints Material-independent HTML exactly as the browser
shows it, keeps Taiwan-style centred CJK punctuation, writes PDF bookmarks from the headings and
tagged (accessible) PDF; WeasyPrint would need Material's layout flattened and makes smaller files,
which matters less for a 2-6 page brief.

The brief is printed from its own standalone HTML (the brief's Markdown, rendered with the same
extensions, plus docs/assets/print.css), not from a served page, so the PDF has no link to a local
server or file: citations are in-document anchors, sources are full http(s) URLs.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import markdown
from html import escape

from .config import BriefingConfig
from .model import Briefing
from .render import Renderer

PRINT_CSS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "print.css"
CHROMIUM = os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LAUNCH_TIMEOUT_MS = 20_000
EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "toc"]


class PdfError(Exception):
    def __init__(self, message: str, hint: str):
        super().__init__(f"{message}\n  fix: {hint}")
        self.hint = hint


def check_requirements() -> None:
    """Chromium and a CJK font must be installed: without the font every Han character prints as a
    box, silently."""
    if not Path(CHROMIUM).exists():
        raise PdfError(f"Chromium not found at {CHROMIUM}",
                       "sudo apt-get install chromium (or set BRIEFING_CHROMIUM to a Chromium binary)")
    fc_list = shutil.which("fc-list")
    families = subprocess.run([fc_list, ":lang=zh-tw", "family"], capture_output=True, text=True).stdout if fc_list else ""
    if not families.strip():
        raise PdfError("no Chinese (zh-TW) font is installed; the PDF would print every Han character as a box",
                       "sudo apt-get install fonts-noto-cjk")


def brief_html(brief_markdown: str, title: str) -> str:
    body = markdown.markdown(brief_markdown, extensions=EXTENSIONS, output_format="html")
    css = PRINT_CSS.read_text(encoding="utf-8")
    return (f'<!doctype html><html lang="zh-TW"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{css}</style></head><body class=\"brief-print\"><main>{body}</main></body></html>")


def print_pdf(html: str) -> bytes:
    check_requirements()
    from playwright.sync_api import sync_playwright

    from playwright.sync_api import Error as PlaywrightError

    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "brief.html"
        page_file.write_text(html, encoding="utf-8")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=LAUNCH_TIMEOUT_MS)
                try:
                    page = browser.new_page()
                    page.goto(page_file.as_uri())
                    # Print only once every font is loaded: a print racing the CJK font under load
                    # lays out with a fallback and gives other bytes.
                    page.evaluate("document.fonts.ready.then(() => true)")
                    return page.pdf(
                        format="A4", print_background=True, prefer_css_page_size=True,
                        outline=True, tagged=True,  # page size, margins and page numbers: print.css
                    )
                finally:
                    browser.close()
        except PlaywrightError as exc:
            raise PdfError(f"Chromium ({CHROMIUM}) failed to print the brief: {exc.message.splitlines()[0]}",
                           "check that Chromium starts (`chromium --headless --version`), or set BRIEFING_CHROMIUM")


_PDF_DATE = re.compile(rb"\((D:\d{14}[^)]{0,8})\)")


def build_time(briefing: Briefing) -> dt.datetime:
    """When the brief is dated: SOURCE_DATE_EPOCH (reproducible builds), else the day of the newest
    article, else the epoch; never the clock, so the same input prints the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    if briefing.date_range:
        return dt.datetime.fromisoformat(briefing.date_range[1]).replace(tzinfo=dt.timezone.utc)
    return dt.datetime.fromtimestamp(0, dt.timezone.utc)


def fixed_dates(data: bytes, when: dt.datetime) -> bytes:
    """The PDF with its creation and modification dates set to `when` (UTC). Each date string keeps
    its length, so the cross-reference offsets stay right."""
    digits = when.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S")

    def same_length(match: re.Match) -> bytes:
        old = match.group(1)
        for zone in ("+00'00'", "Z00'00'", "+00'00", "Z", ""):
            new = f"D:{digits}{zone}".encode()
            if len(new) == len(old):
                return b"(" + new + b")"
        return match.group(0)

    return _PDF_DATE.sub(same_length, data)


_NODE_ID = re.compile(rb"\(node(\d{8})\)")


def stable_node_ids(data: bytes) -> bytes:
    """Chromium names the tagged PDF's structure elements after DOM node ids, which differ by one
    now and then from print to print: numbered in order of first appearance instead (same length,
    so the cross-reference offsets stay right)."""
    order: dict[bytes, bytes] = {}

    def renumber(match: re.Match) -> bytes:
        new = order.setdefault(match.group(1), b"%08d" % (len(order) + 1))
        return b"(node" + new + b")"

    return _NODE_ID.sub(renumber, data)


def brief_pdf(config: BriefingConfig, briefing: Briefing) -> bytes:
    """The print brief of a composed briefing, as PDF bytes, dated by `build_time`."""
    page = Renderer(config, briefing).brief_page(None)
    return stable_node_ids(fixed_dates(print_pdf(brief_html(page.markdown, f"{config.site.title}：重點簡報")), build_time(briefing)))
