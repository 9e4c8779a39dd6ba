"""Links between generated pages: relative to the page they are written on (Markdown links, which
MkDocs checks and rewrites) or final directory URLs (raw HTML, which MkDocs passes through)."""

from __future__ import annotations

from functools import lru_cache

from markupsafe import Markup

@lru_cache(maxsize=None)
def relative_uri(target: str, current: str) -> str:
    """`target` as a link from the page `current` (both docs-relative, '/'-separated)."""
    here, there = current.split("/")[:-1], target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def page_url(uri: str) -> str:
    """The URL MkDocs gives a page (use_directory_urls, its default): a/b.md -> a/b/, a/index.md -> a/."""
    stem = uri[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return stem + "/"


def relative_url(target: str, current: str) -> str:
    """The URL of page `target` as written on page `current` (both docs-relative .md paths), for raw
    HTML, which MkDocs does not rewrite: the same walk as `relative_uri`, over the pages' URLs."""
    return relative_uri(page_url(target), page_url(current)) or "./"


def raw_href(target: str, anchor: str | None, current: str) -> Markup:
    """A link inside raw HTML on page `current`: the final URL (tests walk every link of the built site)."""
    if target == current:
        return Markup(f"#{anchor}" if anchor else "./")
    return Markup(relative_url(target, current) + (f"#{anchor}" if anchor else ""))
