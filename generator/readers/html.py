"""HTML pages and HTML fragments: leaf block elements become blocks, in document order.

Every fragment first goes through an allow-list sanitiser (nh3, the Ammonia crate): scripts,
styles, forms, frames and embedded objects go with their content; event-handler and style
attributes and every URL that is not http(s) go too. Only text leaves this module, so the
sanitiser is a second wall, not the only one. Page chrome (nav, header, footer, aside) is kept as
blocks tagged as such, so the cleaner removes it with a reason instead of losing it silently.
A block records the share of its text inside links (`link-density`), the cleaner's cue for link lists.
Metadata (og:title, canonical URL, dates, description) is read from the document's <head> before sanitising.
"""

from __future__ import annotations

import re

import nh3
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..model import Block

DROPPED = {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
           "form", "svg", "math", "canvas", "button", "select", "textarea", "title"}  # removed with their content
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "td", "th", "pre",
    "header", "footer", "nav", "aside", "address", "body", "html", "hr", "center",
}
CHROME = {"nav", "header", "footer", "aside"}
WRAPPERS = {"small", "em", "i", "strong", "b", "cite"}
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_ALLOWED = (BLOCK_TAGS - {"html", "body"}) | WRAPPERS | {
    "a", "span", "img", "br", "time", "sup", "sub", "u", "s", "del", "ins", "mark", "abbr", "q", "code", "caption",
    "thead", "tbody", "tfoot", "label", "font",
}
SANITISER = nh3.Cleaner(tags=_ALLOWED, clean_content_tags=DROPPED, attributes={"a": {"href"}, "img": {"src", "alt"}},
                        url_schemes={"http", "https"}, link_rel=None, strip_comments=True)


def _text(node: LexborNode) -> str:
    return _SPACE.sub(" ", node.text(deep=True, separator="")).strip()


def _chrome_of(node: LexborNode) -> str | None:
    parent = node
    while parent is not None:
        if parent.tag in CHROME:
            return parent.tag
        parent = parent.parent
    return None


def _wrapper_of(node: LexborNode) -> str | None:
    """The inline tag that wraps the block's whole text, if any (<p><em>…</em></p>)."""
    children = [c for c in node.iter(include_text=True) if not (c.tag == "-text" and not (c.text_content or "").strip())]
    children = [c for c in children if c.tag != "br"]
    if len(children) == 1 and children[0].tag in WRAPPERS:
        inner = _wrapper_of(children[0])
        return inner or children[0].tag
    return None


def _has_block_child(node: LexborNode) -> bool:
    return any(child.tag in BLOCK_TAGS for child in node.iter())


def _link_density(node: LexborNode, text: str) -> tuple[tuple[str, str], ...]:
    """The share of the block's text inside <a>, for the cleaner (jusText's link density)."""
    linked = sum(len(_text(a)) for a in node.css("a"))
    return (("link-density", f"{min(linked / len(text), 1.0):.2f}"),) if linked and text else ()


def _runs(node: LexborNode) -> list[str]:
    """The node's own text, split where a <br> or a nested block interrupts it (a CMS often puts
    paragraphs in one <div> separated by <br><br>, with a <figure> in between)."""
    runs, current = [], []
    for child in node.iter(include_text=True):
        if child.tag in BLOCK_TAGS or child.tag in ("br", "img"):
            runs.append("".join(current))
            current = []
        elif child.tag == "-text":
            current.append(child.text_content or "")
        else:
            current.append(child.text(deep=True, separator=""))
    runs.append("".join(current))
    return [text for text in (_SPACE.sub(" ", run).strip() for run in runs) if text]


class _Lines:
    """Approximate source lines for blocks: the parser keeps none, so find each text in order."""

    def __init__(self, source: str, base_line: int):
        self.source, self.base_line, self.pos = source, base_line, 0

    def of(self, text: str) -> int:
        probe = text[:12]
        found = self.source.find(probe, self.pos) if probe else -1
        if found < 0:
            return self.base_line + self.source.count("\n", 0, self.pos)
        self.pos = found
        return self.base_line + self.source.count("\n", 0, found)


def html_blocks(fragment: str, base_line: int = 1) -> list[Block]:
    tree = LexborHTMLParser(SANITISER.clean(fragment))
    lines = _Lines(fragment, base_line)
    blocks: list[Block] = []
    root = tree.body or tree.root
    if root is None:
        return blocks
    for node in root.traverse(include_text=False):
        if node.tag == "img":
            attrs = tuple((k, v or "") for k, v in sorted(node.attributes.items()) if k in ("src", "alt"))
            blocks.append(Block(text=node.attributes.get("alt") or "", line=lines.of(node.attributes.get("src") or ""), tag="img", attrs=attrs))
            continue
        if node.tag not in BLOCK_TAGS:
            continue
        tag = _chrome_of(node) or node.tag
        runs = _runs(node)
        single = len(runs) == 1 and not _has_block_child(node)
        wrapper = _wrapper_of(node) if single else None
        attrs = (("wrapper", wrapper),) if wrapper else ()
        if single:
            attrs += _link_density(node, runs[0])
        for text in runs:
            blocks.append(Block(text=text, line=lines.of(text), tag=tag, attrs=attrs))
    return blocks


def _meta(tree: LexborHTMLParser, *selectors: tuple[str, str]) -> str | None:
    for selector, attribute in selectors:
        node = tree.css_first(selector)
        if node is not None:
            value = (node.attributes.get(attribute) if attribute else _text(node)) or ""
            if value.strip():
                return value.strip()
    return None


def read(content: str) -> tuple[list[Block], dict[str, str]]:
    tree = LexborHTMLParser(content)
    meta = {
        "title": _meta(tree, ('meta[property="og:title"]', "content"), ("h1", ""), ("title", "")),
        "url": _meta(tree, ('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")),
        "published": _meta(
            tree,
            ('meta[property="article:published_time"]', "content"),
            ('meta[name="pubdate"]', "content"),
            ('meta[name="date"]', "content"),
            ("time[datetime]", "datetime"),
        ),
        "outlet": _meta(tree, ('meta[property="og:site_name"]', "content")),
        "description": _meta(tree, ('meta[property="og:description"]', "content"), ('meta[name="description"]', "content")),
    }
    return html_blocks(content), {k: v for k, v in meta.items() if v}
