"""HTML pages and HTML fragments: leaf block elements become blocks, in document order.

Every fragment first goes through an allow-list sanitiser (nh3, the Ammonia crate): scripts,
styles, forms, frames and embedded objects go with their content; event-handler and style
attributes and every URL that is not http(s) go too. Only text leaves this module, so the
sanitiser is a second wall, not the only one. Page chrome (nav, header, footer, aside) is kept as
blocks tagged as such, so the cleaner removes it with a reason instead of losing it silently.
A block records the share of its text inside links (`link-density`), the cleaner's cue for link lists.
Metadata (og:title, canonical URL, dates, description) is read from the document's <head> before sanitising.
A whole page's blocks are marked in or out of its main text by trafilatura (`main_text.py`); the
cleaner lists those out of it as removed, with that reason.
"""

from __future__ import annotations

import json
import re

import nh3
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..model import Block
from . import main_text
from .frontmatter import page_title
from .main_text import CHROME

# Removed with their content. Not <form>: ASP.NET pages put the whole page inside one, so a form
# with the text of a page is read (its controls, <input>, <button>, <select>, <textarea>, go on
# their own) and the text of a form with less (a search box, a sign-up form) is page chrome.
DROPPED = {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
           "svg", "math", "canvas", "button", "select", "textarea", "title"}
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "td", "th", "pre",
    "header", "footer", "nav", "aside", "address", "body", "html", "hr", "center", "form", "fieldset", "legend",
    "details", "summary", "caption",
}
FORM_TEXT = 200  # characters: more than a form's labels, less than a page
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


class _Run:
    """The text gathered since the last block boundary, with what the cleaner wants to know of it:
    how much of it is link text, and the inline wrappers every piece of it sits in."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.linked = 0
        self.wrappers: tuple[str, ...] | None = None  # common to every non-blank piece, outermost first

    def add(self, text: str, in_link: bool, wrappers: tuple[str, ...]) -> None:
        self.pieces.append(text)
        if in_link:
            self.linked += len(_SPACE.sub(" ", text).strip())
        if text.strip():
            if self.wrappers is None:
                self.wrappers = wrappers
            else:
                common = 0
                while common < min(len(wrappers), len(self.wrappers)) and wrappers[common] == self.wrappers[common]:
                    common += 1
                self.wrappers = self.wrappers[:common]


class _Walk:
    """innerText's blocks: text is split wherever a block element, <br> or <img> interrupts it, at
    any depth, so a <div> inside a <span> or a <tbody> splits its text as a browser shows it and no
    text is read twice. A run belongs to its nearest block ancestor (its tag), or to the page chrome
    around it (nav, header, footer, aside)."""

    def __init__(self, lines: _Lines):
        self.lines = lines
        self.blocks: list[Block] = []
        self.run = _Run()

    def flush(self, tag: str) -> None:
        run, self.run = self.run, _Run()
        text = _SPACE.sub(" ", "".join(run.pieces)).strip()
        if not text:
            return
        attrs: tuple[tuple[str, str], ...] = ()
        wrappers = [w for w in (run.wrappers or ()) if w in WRAPPERS]
        if wrappers:
            attrs += (("wrapper", wrappers[-1]),)
        if run.linked:
            attrs += (("link-density", f"{min(run.linked / len(text), 1.0):.2f}"),)
        self.blocks.append(Block(text=text, line=self.lines.of(text), tag=tag, attrs=attrs))

    def walk(self, node: LexborNode, tag: str, in_link: bool = False, wrappers: tuple[str, ...] = ()) -> None:
        item = 0  # an ordered list's items keep their numbers: "under point 7" must lead back to point 7
        for child in node.iter(include_text=True):
            name = child.tag
            if name == "-text":
                self.run.add(child.text_content or "", in_link, wrappers)
            elif name == "br":
                self.flush(tag)
            elif name == "img":
                self.flush(tag)
                attrs = tuple((k, v or "") for k, v in sorted(child.attributes.items()) if k in ("src", "alt"))
                self.blocks.append(Block(text=child.attributes.get("alt") or "", line=self.lines.of(child.attributes.get("src") or ""),
                                         tag="img", attrs=attrs))
            elif name == "form" and len(child.text(deep=True, separator="").strip()) < FORM_TEXT:
                # A search box or a sign-up form: page chrome, listed as removed like a menu.
                self.flush(tag)
                self.walk(child, "aside")
                self.flush("aside")
            elif name in BLOCK_TAGS:
                self.flush(tag)
                if name == "li" and node.tag == "ol":
                    item += 1
                    if child.text(deep=True).strip():
                        self.run.add(f"{item}. ", False, ())
                self.walk(child, tag if tag in CHROME else name)
                self.flush(tag if tag in CHROME else name)
            else:  # inline, or an element the reader does not know: its text is read in place
                self.walk(child, tag, in_link or name == "a", (*wrappers, name))


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


# Custom elements (<article-body>, <story-text>: a name with a hyphen) hold whole sections on sites
# built from web components; the sanitiser would drop the tags and glue their texts together.
_CUSTOM = re.compile(r"<(/?)[a-zA-Z][a-zA-Z0-9]*-[a-zA-Z0-9-]*(\s[^>]*)?>")


def html_blocks(fragment: str, base_line: int = 1) -> list[Block]:
    tree = LexborHTMLParser(SANITISER.clean(_CUSTOM.sub(r"<\1div>", fragment)))
    root = tree.body or tree.root
    if root is None:
        return []
    walker = _Walk(_Lines(fragment, base_line))
    walker.walk(root, root.tag if root.tag in BLOCK_TAGS else "body")
    walker.flush("body")
    return walker.blocks


def _meta(tree: LexborHTMLParser, *selectors: tuple[str, str]) -> str | None:
    for selector, attribute in selectors:
        node = tree.css_first(selector)
        if node is not None:
            value = (node.attributes.get(attribute) if attribute else _text(node)) or ""
            if value.strip():
                return value.strip()
    return None


def _linked_data_date(tree: LexborHTMLParser) -> str | None:
    """datePublished from the page's JSON-LD (schema.org NewsArticle), where many news pages put their
    only machine-readable date."""
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text(deep=True) or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str) and item["datePublished"].strip():
                    return item["datePublished"].strip()
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return None


def _title(tree: LexborHTMLParser) -> str | None:
    """The headline: og:title or <title> without the section and site the page appends
    (" | 國際 | 中時新聞網", " - Example News"), else the <h1> as it stands."""
    page = _meta(tree, ('meta[property="og:title"]', "content"))
    if page:
        return page_title(page) or page
    heading = _meta(tree, ("h1", ""))
    if heading:
        return heading
    page = _meta(tree, ("title", ""))
    return (page_title(page) or page) if page else None


def read(content: str) -> tuple[list[Block], dict[str, str]]:
    tree = LexborHTMLParser(content)
    meta = {
        "title": _title(tree),
        "url": _meta(tree, ('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")),
        "published": _meta(
            tree,
            ('meta[property="article:published_time"]', "content"),
            ('meta[name="pubdate"]', "content"),
            ('meta[name="date"]', "content"),
            ("time[datetime]", "datetime"),
        ) or _linked_data_date(tree),
        "outlet": _meta(tree, ('meta[property="og:site_name"]', "content")),
        "description": _meta(tree, ('meta[property="og:description"]', "content"), ('meta[name="description"]', "content")),
    }
    return main_text.mark(html_blocks(content), content), {k: v for k, v in meta.items() if v}
