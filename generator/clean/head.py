"""Rules for the head of a page: markup blocks, scraper stamps, browser notices, tickers, the
title and the dateline."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Removed
from ..normalize import fold
from .candidates import Candidates
from .shapes import (BROWSER, DATE_LINE, DATE_PREFIX, DATELINE, FULL_STOP_END, SOURCE_LINE, UPGRADE, is_body_like,
                     is_headline_like, is_label)


def markup(c: Candidates) -> None:
    """Non-text blocks: timestamp comments, images (kept as links, never hot-linked), page chrome."""
    for i, block in enumerate(c.blocks):
        if block.tag == "comment":
            c.mark(i, "timestamp")
        elif block.tag == "img":
            c.mark(i, "image")
        elif block.tag in ("nav", "header", "footer", "aside"):
            c.mark(i, "page-chrome")
        elif block.tag == "title":
            c.mark(i, "title")


def date_prefix(c: Candidates) -> None:
    """A scraper's ` date YYYY-MM-DD ` stamp glued to the first paragraph."""
    for i in c.kept()[:1]:
        match = DATE_PREFIX.match(c.blocks[i].text)
        if match:
            c.extra.append(Removed(match.group(0).strip(), "timestamp", c.blocks[i].line))
            c.blocks[i] = replace(c.blocks[i], text=c.blocks[i].text[match.end():])


def browser_notice(c: Candidates) -> None:
    """A browser-upgrade notice at the top, with the salutation line that opens it."""
    kept = c.kept()[:5]
    for n, i in enumerate(kept):
        text = c.blocks[i].text
        if BROWSER.search(fold(text)) and UPGRADE.search(fold(text)) and len(text) < 120:
            c.mark(i, "browser-notice")
            if n > 0 and re.search(r"[:：]\s*$", c.blocks[kept[n - 1]].text) and len(c.blocks[kept[n - 1]].text) <= 20:
                c.mark(kept[n - 1], "browser-notice")


def ticker(c: Candidates) -> None:
    """A label (快訊, 即時) at the very top followed by unrelated headlines, up to the article's title."""
    kept = c.kept()
    if not kept or not is_label(c.blocks[kept[0]].text) or len(c.blocks[kept[0]].text.strip()) > 4:
        return
    end = next((n for n, i in enumerate(kept) if DATELINE.match(fold(c.blocks[i].text.strip())) or is_body_like(c.blocks[i].text)), None)
    if end is None or end < 2:
        return
    for i in kept[: end - 1]:  # the block just before the dateline or body is the title
        if is_headline_like(c.blocks[i].text):
            c.mark(i, "ticker")


def title(c: Candidates) -> None:
    """The title: the block equal to the known title (metadata), else the first block when it is
    shaped like a headline (short, not closed by a full stop)."""
    if any(r == "title" for r in c.reasons):
        return
    kept = c.kept()
    if c.known_title:
        wanted = re.sub(r"\s+", "", c.known_title)
        for i in kept[:3]:
            if re.sub(r"\s+", "", c.blocks[i].text) == wanted:
                c.mark(i, "title")
                return
        return
    if kept:
        text = c.blocks[kept[0]].text.strip()
        folded = fold(text)
        if len(text) <= 80 and not FULL_STOP_END.search(text) and not any(p.match(folded) for p in (DATE_LINE, DATELINE, SOURCE_LINE)):
            c.mark(kept[0], "title")


def dateline(c: Candidates) -> None:
    """Date stamps and agency datelines in the head of the article, before the body starts."""
    body = c.first_body()
    for i in c.kept():
        if body is not None and i >= body:
            break
        text = c.blocks[i].text.strip()
        if DATE_LINE.match(fold(text)):
            c.mark(i, "timestamp")
        elif DATELINE.match(fold(text)) or (SOURCE_LINE.match(fold(text)) and len(text) <= 60):
            c.mark(i, "dateline")
