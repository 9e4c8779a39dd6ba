"""Text written into pages: escaped for Markdown and HTML, so article text is shown, never parsed.

Jinja's `finalize` escapes every `{{ value }}` with `md_escape`; the other helpers are the filters
for places with their own rules (headings, attributes, Pagefind data, URLs, raw HTML blocks).
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from ..passthrough import BLOCK_END, BLOCK_START

# Every ASCII character with a meaning in Markdown, its extensions (attr_list, tables, admonitions,
# pymdownx) or HTML becomes a numeric character reference: shown as itself, parsed as nothing.
_SPECIAL = "\\`*_{}[]()#+-.!|<>&~^=:$%\"'@"
_ESCAPES = {ord(ch): f"&#{ord(ch)};" for ch in _SPECIAL}
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")
# Control characters: Python-Markdown's own placeholders are \x02…\x03, so text must not carry them.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def md_escape(value: object) -> str:
    return _CONTROLS.sub("", _LINE_BREAKS.sub(" ", str(value))).translate(_ESCAPES)


def text_of(value: object) -> str:
    """What `{{ value }}` writes: nothing for None, a Markup as it is, anything else escaped."""
    return str(finalize(value))


def finalize(value: object) -> object:
    if isinstance(value, Markup) or value is None or isinstance(value, (int, float)):
        return value if value is not None else ""
    return md_escape(value)


_HEADING_UNSAFE = str.maketrans({"<": "＜", ">": "＞", "&": "＆"})


def heading_text(value: object) -> str:
    """Text for a heading. Headings become page titles, nav and toc entries, which Material passes
    through `striptags`; that decodes character references, so <, > and & become full-width."""
    return str(value).translate(_HEADING_UNSAFE)


def attr_text(value: object) -> Markup:
    """Text for a quoted attribute value in attr_list syntax: no quotes, braces or markup."""
    return Markup(re.sub(r'[\s"{}<>&\\]+', " ", str(value)).strip())


def pagefind_value(value: object) -> Markup:
    """A Pagefind filter/meta/sort value: attribute-safe, no commas (Pagefind's list separator)."""
    return Markup(str(attr_text(value)).replace(",", " "))


def quote_text(value: object, limit: int = 90) -> str:
    """A quotation shortened for the brief or a card to about `limit` Chinese characters' width; the
    cut is marked, as an editor would. A Latin letter is half as wide as a Chinese character, and
    says about as little: measured in characters, an English quote was cut to ten words
    ("U.S. presidential special envoy Steve Witkoff said on……")."""
    text = str(value)
    cut = _width_index(text, limit)
    return text if cut >= len(text) else text[:word_end(text, cut)].rstrip("，、,; ") + "……"


def _width_index(text: str, limit: float) -> int:
    """The index at which `text` grows wider than `limit` full-width characters."""
    width = 0.0
    for i, ch in enumerate(text):
        width += 1 if unicodedata.east_asian_width(ch) in "WF" else 0.5
        if width > limit:
            return i
    return len(text)


WORD_REACH = 20  # how far back a cut looks for the space before a word it would split


def word_end(text: str, limit: int) -> int:
    """Where to cut `text` at about `limit` characters without splitting a Latin word ("are expe……"):
    back to the space before the word, when one lies within reach; Chinese may be cut anywhere."""
    if limit >= len(text) or not (_latin(text[limit - 1]) and _latin(text[limit])):
        return limit
    space = text.rfind(" ", max(0, limit - WORD_REACH), limit)
    return space if space > 0 else limit


def word_start(text: str, start: int, before: int) -> int:
    """Where to begin `text` at about `start` without opening in a Latin word: after the next space
    that comes before `before` (the name the cut is made around)."""
    if not (0 < start < len(text) and _latin(text[start - 1]) and _latin(text[start])):
        return start
    space = text.find(" ", start, before)
    return space + 1 if space > 0 else start


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def html_id(value: object) -> Markup:
    """An id the pipeline made (p3, dev-000-p3, territory); anything else is a bug, not data."""
    text = str(value)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", text):
        raise ValueError(f"not a safe id: {text!r}")
    return Markup(text)


@lru_cache(maxsize=4096)
def zh_date(value: str | None) -> str:
    if not value:
        return "日期不詳"
    parts = value.split("-")
    suffix = ["年", "月", "日"]
    return "".join(f"{int(p)}{suffix[i]}" for i, p in enumerate(parts))


def safe_url(url: str | None) -> Markup | None:
    """An http(s) URL percent-encoded so that it cannot end a Markdown link early; else None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return Markup(quote(url.strip(), safe=":/?#&=%~+,;@!$'*-._"))


def html_url(url: str | None) -> Markup | None:
    """`safe_url` for an href in raw HTML: its & written as &amp;."""
    safe = safe_url(url)
    return Markup(str(safe).replace("&", "&amp;")) if safe else None



def html_block(value: object) -> Markup:
    """Raw HTML the renderer built (escaped, linked), marked for generator.passthrough to stash whole."""
    return Markup(f"{BLOCK_START}\n\n{str(value).strip()}\n\n{BLOCK_END}")


def html_text(value: object) -> str:
    """Text for raw HTML, where Markdown does not look: only HTML's own characters are escaped."""
    return html.escape(_CONTROLS.sub("", _LINE_BREAKS.sub(" ", str(value))), quote=True)

