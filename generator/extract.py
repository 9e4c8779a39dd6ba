"""From a cleaned article to a Source: metadata (text first, sources.yml overrides), paragraphs
with stable anchors, and the language the article is written in."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

import opencc

from .clean import clean, is_sentence
from .clean.shapes import DATE_PREFIX, LEAD_IN, MEDIA_MARK, MONTH_NUMBER, POST_SIGN_OFF
from .config import SourceMeta
from .model import Block, Paragraph, RawArticle, Removed, Source
from .normalize import T2S as _T2S, fold, markdown_words


_YMD = re.compile(r"(\d{4})\s*[./\-年]\s*(\d{1,2})\s*[./\-月]\s*(\d{1,2})")
_MONTH_NAME = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
# An English stamp's date: November 19, 2025 · Nov. 19, 2025 · 19 November 2025
_MDY = re.compile(rf"\b({_MONTH_NAME})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_NAME})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_HEADING_MARK = re.compile(r"^[▌■●◆▶►]")
_SPACE = re.compile(r"[\s\u3000]+")
# Zero-width characters and control characters (Python-Markdown uses \x02/\x03 as its own
# placeholders) never reach a page; tabs and line breaks are layout and become spaces.
_INVISIBLE = dict.fromkeys([*map(ord, "\u200b\u200c\u200d\u2060\ufeff"),
                            *(c for c in range(0x20) if chr(c) not in "\t\n\r\x0b\x0c"), *range(0x7F, 0xA0)], None)


WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$")


def source_id(file_name: str) -> str:
    """ASCII page id from the file name: lower case, [a-z0-9_-], never empty or a path."""
    stem = file_name.rsplit(".", 1)[0]
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_-]+", "-", ascii_stem.lower()).strip("-_") or "article"
    # Folders named like devices cannot be created on Windows: a site copied there would break.
    return f"{slug}-article" if WINDOWS_RESERVED.match(slug) else slug


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    """Made on first use (its phrase table takes 40 ms to load): on the workers that read articles,
    or at the start of a process that will rebuild (`pipeline.preload`)."""
    return opencc.OpenCC("s2t.json")


def load_converters() -> None:
    _s2t()


def detect_language(text: str) -> str:
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if len(han) < max(10, len(text) // 10):
        return "en"
    sample = "".join(han[:4000])
    traditional = sum(1 for a, b in zip(sample, _T2S.convert(sample)) if a != b)
    simplified = sum(1 for a, b in zip(sample, _s2t().convert(sample)) if a != b)
    return "zh-Hans" if simplified > traditional else "zh-Hant"


def _date_from_text(text: str) -> str | None:
    """The first date written in full in a stamp: year first (2025-11-19, 2025年11月19日), or an English
    month name and a year (November 19, 2025; 19 Nov 2025)."""
    if match := _YMD.search(text):
        year, month, day = map(int, match.groups())
    elif match := _MDY.search(text):
        year, month, day = int(match.group(3)), MONTH_NUMBER[match.group(1).lower()], int(match.group(2))
    elif match := _DMY.search(text):
        year, month, day = int(match.group(3)), MONTH_NUMBER[match.group(2).lower()], int(match.group(1))
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _published(raw: RawArticle, removed: list[Removed]) -> str | None:
    if "published" in raw.meta:
        found = _date_from_text(raw.meta["published"])
        if found:
            return found
    if "epoch_ms" in raw.meta:
        stamp = dt.datetime.fromtimestamp(int(raw.meta["epoch_ms"]) / 1000, tz=dt.timezone.utc)
        return stamp.date().isoformat()
    for item in removed:
        if item.reason in ("timestamp", "dateline"):
            found = _date_from_text(item.text)
            if found:
                return found
    return None


def display_text(text: str) -> str:
    """The paragraph as shown: the source's own characters, with layout whitespace collapsed."""
    return _SPACE.sub(" ", text.translate(_INVISIBLE)).strip()


def _kind(block: Block, text: str, next_text: str | None) -> str:
    if POST_SIGN_OFF.match(fold(text)):
        return "attribution"  # of the embedded post above it: shown with it, never quoted as news
    # A paragraph set in bold (a lede some sites embolden) or under a Markdown rule line (---, which
    # CommonMark reads as a heading's underline) is still prose when it is a long closed sentence.
    prose = len(text) > 40 and is_sentence(text)
    if (block.tag in ("h1", "h2", "h3", "h4", "h5", "h6") or dict(block.attrs).get("wrapper") in ("strong", "b")) and not prose:
        return "heading"
    if _HEADING_MARK.match(text):
        return "heading"
    # A short line without a sentence ending, followed by a paragraph, is a section heading; one
    # ending with a colon announces what follows and is read with it (topics.lead_ins). So is a short
    # question over a paragraph (「志願者聯盟」是什麼？, "What does each side want?"); someone's quoted
    # question ends with its closing quote (「你們準備好了嗎？」 over 澤倫斯基問道……), and one put by
    # someone names the asking (澤倫斯基反問：沒有安全保證，誰敢簽？): both stay text.
    if (len(text) <= 40 and (not is_sentence(text) or (_QUESTION.search(text) and not _PUT.search(text)))
            and not LEAD_IN.search(text) and next_text is not None and len(next_text) > len(text) * 2):
        return "heading"
    return "text"


_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")  # ## Title, a crawl saved as text
_QUESTION = re.compile(r"[?？]\s*$")
_PUT = re.compile(r"(?:問|问|說|说|道|表示|稱|称|asked|asks|said|says)\s*[：:]")  # 澤倫斯基反問：……？


def _title_line(text: str) -> str | None:
    """A text page's title line without what is no part of the headline: a scraper's stamp
    (shapes.DATE_PREFIX), a Markdown heading's marks (a page crawled to Markdown, saved as text), a
    portal's mark that the story has pictures, (圖)."""
    return MEDIA_MARK.sub("", _MARKDOWN_HEADING.sub("", DATE_PREFIX.sub("", text))).strip() or None


def _fallback_title(paragraphs: list[Paragraph], file_name: str) -> str:
    for paragraph in paragraphs:
        if paragraph.kind == "text":
            first = re.split(r"(?<=[。！？!?])", paragraph.text, maxsplit=1)[0]
            return first if len(first) <= 40 else first[:40] + "…"
    return file_name


def to_source(raw: RawArticle, meta: SourceMeta | None, page_id: str | None = None) -> Source:
    meta = meta or SourceMeta()
    body, removed = clean(raw.blocks, meta.title or raw.meta.get("title"), raw.meta.get("description"))

    # A page crawled to Markdown and saved as text keeps its links' syntax ([shooting of…](https://…)):
    # a paragraph shows the link's words (the cleaner has read the syntax as a link already).
    texts = [display_text(markdown_words(b.text) if raw.format == "text" else b.text) for b in body]
    paragraphs = []
    for n, (block, text) in enumerate(zip(body, texts)):
        if not text:
            continue
        following = next((t for t in texts[n + 1 :] if t), None)
        paragraphs.append(Paragraph(anchor=f"p{len(paragraphs) + 1}", text=text, line=block.line,
                                    kind=_kind(block, text, following)))

    title = meta.title or raw.meta.get("title") or next((_title_line(r.text) for r in removed if r.reason == "title"), None)
    byline = next((r.text for r in removed if r.reason in ("dateline", "byline")), None)
    if byline and raw.format == "text":
        byline = display_text(markdown_words(byline))  # By **Jane Roe**, a fellow at _Example_: the words, as the paragraphs show them
    published = meta.published.isoformat() if meta.published else _published(raw, removed)
    stated = str(raw.meta.get("published", ""))
    unread = stated.strip() if published is None and any(ch.isdigit() for ch in stated) else None  # not "unknown"
    return Source(
        id=page_id or source_id(raw.file),
        file=raw.file,
        format=raw.format,
        title=display_text(title) if title else _fallback_title(paragraphs, raw.file),
        outlet=meta.outlet or raw.meta.get("outlet"),
        published=published,
        url=meta.url or raw.meta.get("url"),
        language=meta.language or detect_language(" ".join(p.text for p in paragraphs)),
        paragraphs=tuple(paragraphs),
        removed=tuple(Removed(display_text(r.text), r.reason, r.line) for r in removed),
        byline=byline,
        unread_date=unread,
    )
