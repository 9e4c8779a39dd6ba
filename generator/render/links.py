"""Links between generated pages: relative to the page they are written on (Markdown links, which
every engine checks and rewrites) and links inside raw HTML blocks, whose form depends on the engine.

MkDocs and ProperDocs pass a raw block's `href` through untouched, so it is written as the final
directory URL, relative to the page's own URL (`url`). Zensical rewrites every relative `href` in
raw HTML as it does a Markdown link, against the page's Markdown file: a final URL gains one `../`
too many, while a page-relative `.md` path (`md`) becomes the right URL, and Zensical checks it and
its anchor. Either form is relative, so the site works under any `site_url` path and from disk."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from markupsafe import Markup

RawLinks = Literal["url", "md"]
# The form of raw HTML links each engine needs (see above); the MkDocs hook builds for the first two.
ENGINE_LINKS: dict[str, RawLinks] = {"mkdocs": "url", "properdocs": "url", "zensical": "md"}


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


def raw_href(target: str, anchor: str | None, current: str, form: RawLinks = "url") -> Markup:
    """A link inside raw HTML on page `current`, in the engine's `form` (tests walk every link of the
    built site on each engine)."""
    fragment = f"#{anchor}" if anchor else ""
    if target == current:
        # Zensical would resolve "./" against the Markdown file's folder (the parent page).
        return Markup(fragment or ("./" if form == "url" else relative_uri(target, current)))
    return Markup((relative_url(target, current) if form == "url" else relative_uri(target, current)) + fragment)
