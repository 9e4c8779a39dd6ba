"""Markdown with inline HTML, parsed by markdown-it-py. Raw HTML blocks go through the HTML
block extractor; a heading that is a single link is the article's title and URL; an HTML comment
holding only digits is an epoch-millisecond timestamp (as DW's exports carry)."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from ..model import Block
from .html import html_blocks

_EPOCH_COMMENT = re.compile(r"^<!--\s*(\d{12,13})\s*-->$")
_md = MarkdownIt("commonmark", {"html": True})


def _inline_text(token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts).strip()


def _link_density(token, text: str) -> tuple[tuple[str, str], ...]:
    """The share of the paragraph's text inside links, for the cleaner (as the HTML reader gives)."""
    depth, linked = 0, 0
    for child in token.children or []:
        if child.type == "link_open":
            depth += 1
        elif child.type == "link_close":
            depth -= 1
        elif depth and child.type in ("text", "code_inline"):
            linked += len(child.content.strip())
    return (("link-density", f"{min(linked / len(text), 1.0):.2f}"),) if linked and text else ()


def _emphasis(token) -> tuple[tuple[str, str], ...]:
    """("wrapper", "em") when the text of the paragraph (an image aside) is all in one emphasis, as a
    crawl gives a picture's caption (*Zelensky and Trump speak to reporters.*): the cleaner's caption sign."""
    depth, outside = 0, False
    for child in token.children or []:
        if child.type == "em_open":
            depth += 1
        elif child.type == "em_close":
            depth -= 1
        elif child.type in ("text", "code_inline") and child.content.strip() and not depth:
            outside = True
    seen = any(child.type == "em_open" for child in token.children or [])
    return (("wrapper", "em"),) if seen and not outside else ()


def _single_link(token) -> tuple[str, str] | None:
    children = [c for c in token.children or [] if not (c.type == "text" and not c.content.strip())]
    if len(children) >= 3 and children[0].type == "link_open" and children[-1].type == "link_close":
        return _inline_text(token), children[0].attrGet("href") or ""
    return None


def read(content: str) -> tuple[list[Block], dict[str, str]]:
    tokens = _md.parse(content)
    blocks: list[Block] = []
    meta: dict[str, str] = {}
    headline_seen = False  # a heading of the story's own (h1, no link) before any link heading
    number = ""  # an ordered list item's number, for its first paragraph: "under point 7" leads back to it
    for i, token in enumerate(tokens):
        line = (token.map[0] + 1) if token.map else 1
        if token.type == "list_item_open":
            number = f"{token.info}{token.markup} " if token.info else ""
        elif token.type == "html_block":
            html = token.content.strip()
            epoch = _EPOCH_COMMENT.match(html)
            if epoch:
                meta.setdefault("epoch_ms", epoch.group(1))
                blocks.append(Block(text=html, line=line, tag="comment"))
            else:
                blocks.extend(html_blocks(html, base_line=line))
        elif token.type in ("code_block", "fence"):
            # Indented text in a scrape is usually a paragraph, not code: keep it as text.
            for part in re.split(r"\n\s*\n", token.content):
                if part.strip():
                    blocks.append(Block(text=" ".join(part.split()), line=line, tag="pre"))
        elif token.type == "inline":
            opener = tokens[i - 1]
            tag = opener.tag if opener.type.endswith("_open") else "p"
            if opener.type == "heading_open":
                link = _single_link(token)
                # Not under a headline of its own: "### [Other story](…)" in a related list below it.
                if link and "title" not in meta and not headline_seen:
                    meta["title"], meta["url"] = link
                    blocks.append(Block(text=link[0], line=line, tag="title"))
                    continue
                headline_seen = headline_seen or (link is None and opener.tag == "h1")
            # Images are listed as removed (the cleaner's `image`), never hot-linked nor dropped unseen.
            for child in token.children or []:
                if child.type == "image":
                    attrs = (("alt", child.content or ""), ("src", child.attrGet("src") or ""))
                    blocks.append(Block(text=child.content or "", line=line, tag="img", attrs=attrs))
            text = _inline_text(token)
            if text:
                text, number = number + text, ""
                blocks.append(Block(text=text, line=line, tag=tag, attrs=_link_density(token, text) + _emphasis(token)))
    return blocks, meta
