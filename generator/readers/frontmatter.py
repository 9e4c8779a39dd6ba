"""YAML (`---`) or TOML (`+++`) front matter at the top of a text or Markdown file, as static-site
tools and web crawlers write it. It is metadata: its values go to the article's meta (title, date,
source URL, description), and its lines come back as blocks tagged `front-matter`, so the cleaner
lists them as removed and they never show as body. A block that does not parse as a mapping is
not front matter (a Markdown thematic break `---` opening a story stays text)."""

from __future__ import annotations

import datetime as dt
import re
import tomllib

import yaml

from ..model import Block

_FENCE = re.compile(r"\A\ufeff?[ \t]*(---|\+\+\+)[ \t]*\n(.*?\n)?[ \t]*(\1|\.\.\.)[ \t]*(\n|\Z)", re.S)
# Keys crawlers and site generators use for each meta field, first found wins.
_KEYS = {
    "title": ("title", "headline", "og_title"),
    "url": ("source", "url", "canonical", "link", "permalink", "source_url"),
    "published": ("date", "published", "pubdate", "published_at", "publish_date", "datePublished", "created"),
    "description": ("description", "summary", "excerpt", "subtitle"),
    "outlet": ("site_name", "sitename", "publisher", "outlet", "site"),
}
_LINE_KEY = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*[:=]")
# A page title carries its section and site after a bar ("Story | World | Outlet") or its site
# after a dash ("Story - Outlet"); a short last part after a dash is taken for the site.
_BAR = re.compile(r"\s+\|\s+|\s*｜\s*")  # a full-width bar needs no spaces: 普丁會見威科夫｜國際｜聯合新聞網
_DASH_SITE = re.compile(r"\s+[-–—]\s+(\S+(\s\S+){0,2})$")


def _value(data: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if isinstance(value, (str, int, float)) and str(value).strip():
            return str(value).strip()
    return None


def _key_of(line: str) -> tuple[tuple[str, str], ...]:
    """The meta field a front-matter line sets, if any: the cleaner lists the title line as the title."""
    match = _LINE_KEY.match(line)
    key = match.group(1).lower() if match else ""
    return next(((("meta", field),) for field, keys in _KEYS.items() if key in (k.lower() for k in keys)), ())


def page_title(title: str) -> str:
    """The story's headline from a page title: without the section and site suffixes."""
    head = _BAR.split(title)[0]
    match = _DASH_SITE.search(head)
    if match and len(match.group(1)) <= 25 and len(head) - len(match.group(0)) >= 20:
        head = head[: match.start()]
    return head.strip()


def split(content: str) -> tuple[list[Block], dict[str, str], str]:
    """(front-matter lines as blocks, their metadata, the content with those lines blanked so the
    body keeps its line numbers). Content without front matter comes back unchanged."""
    match = _FENCE.match(content)
    if not match:
        return [], {}, content
    inner = match.group(2) or ""
    try:
        data = tomllib.loads(inner) if match.group(1) == "+++" else yaml.safe_load(inner)
    except (yaml.YAMLError, tomllib.TOMLDecodeError):
        return [], {}, content
    if not isinstance(data, dict) or not data:
        return [], {}, content
    data = {str(k).lower(): v for k, v in data.items()}
    meta = {}
    for field, keys in _KEYS.items():
        value = _value(data, tuple(k.lower() for k in keys))
        if value is not None:
            meta[field] = value
    if "url" in meta and not meta["url"].startswith(("http://", "https://")):
        del meta["url"]
    if "title" in meta:
        meta["title"] = page_title(meta["title"])
    span = content[: match.end()]
    blocks = [Block(text=line.strip(), line=n, tag="front-matter", attrs=_key_of(line))
              for n, line in enumerate(span.split("\n"), start=1) if line.strip()]
    blanked = "\n" * span.count("\n") + content[match.end():]
    return blocks, meta, blanked
