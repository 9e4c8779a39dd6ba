"""Readers turn one file into a RawArticle: decoded text split into blocks, plus the metadata the
format itself carries. One module per format; `read` picks it by extension, then by content
(a `.txt` scrape may really be Markdown with inline HTML, as the DW seed is). Front matter
(`frontmatter.py`) is read first, whatever the format.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

from ..model import Problem, RawArticle
from . import frontmatter, html, markdown, text

READERS = {"text": text.read, "markdown": markdown.read, "html": html.read}
EXTENSIONS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}

_HTML_DOC = re.compile(r"^\s*(<!doctype html|<html[\s>])", re.I)
_HTML_BLOCK_TAGS = re.compile(r"<(p|div|img|span|br)\b", re.I)
_MD_LINK_HEADING = re.compile(r"^\[[^\]\n]+\]\(https?://[^)\s]+\)\s*\n(-{3,}|={3,})\s*$", re.M)


class ReadError(Exception):
    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


# Labels a page declares, as browsers read them (the WHATWG Encoding Standard): GB2312 and GBK
# are decoded as their superset GB18030, Big5 as Big5-HKSCS.
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,30})""", re.I)
_LABELS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "euc-cn": "gb18030",
           "big5": "big5hkscs", "x-x-big5": "big5hkscs", "cn-big5": "big5hkscs", "big5-hkscs": "big5hkscs"}
_LEGACY = ("gb18030", "big5hkscs")


def _declared(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").lower()
    name = _LABELS.get(label, label)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _lenient(data: bytes, encoding: str) -> tuple[str, str | None]:
    """Decode with U+FFFD for bytes the encoding rejects, and a warning with how many and where the first is."""
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as exc:
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
        return text, f"{bad} byte(s) are not valid {encoding.upper()} (the first at byte offset {exc.start}) and show as \ufffd"


def decode_with_warning(data: bytes, path: str, declared: str | None = None) -> tuple[str, str | None]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, then the encoding the page declares, then the
    legacy Chinese encodings. A few invalid bytes never refuse a file: they become U+FFFD, and the
    second value says how many and where (None when the bytes were clean)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _lenient(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _lenient(data, "utf-16")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        lenient = data.decode("utf-8", errors="replace")
        bad = lenient.count("\ufffd")
        good = sum(1 for ch in lenient if ord(ch) > 0x7F) - bad
        # A scrape cut in its last character, or UTF-8 with a few bad bytes (a lone surrogate):
        # keep it, the bad bytes shown as U+FFFD. Big5 or GB18030 read as UTF-8 is almost all bad.
        if exc.start >= len(data) - 3 or good >= 10 * bad:
            return _lenient(data, "utf-8")
    if declared and declared not in ("utf-8", "utf-16", "ascii"):
        return _lenient(data, declared)
    # Big5 and GB18030 bytes often decode without error as each other; let a coherence check decide.
    best = charset_normalizer.from_bytes(data, cp_isolation=["big5", "gb18030"]).best()
    if best is not None:
        return str(best), None
    # Neither decodes cleanly: the one that rejects fewer bytes, with a warning, rather than no article.
    candidates = [_lenient(data, encoding) for encoding in _LEGACY]
    text, warning = min(candidates, key=lambda c: c[0].count("\ufffd"))
    if text.count("\ufffd") * 20 > len(text):
        raise ReadError(Problem(path, None, "cannot decode the file as UTF-8, UTF-16, Big5 or GB18030",
                                "save it as UTF-8, or remove it from the seeds folder"))
    return text, warning


def decode_html(data: bytes, path: str) -> tuple[str, str | None]:
    """An HTML page decoded as a browser would: BOM, valid UTF-8, else its declared charset."""
    return decode_with_warning(data, path, _declared(data))


def _looks_binary(data: bytes) -> bool:
    """More than a stray NUL or two, or many control bytes (UTF-16 text is full of NULs, but has its BOM)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    head = data[:4096]
    controls = sum(1 for byte in head if byte < 0x09 or 0x0E <= byte < 0x1B)
    return head.count(b"\x00") > 2 or controls * 20 > len(head)


def detect_format(path: Path, content: str) -> str:
    declared = EXTENSIONS.get(path.suffix.lower(), "text")
    if declared == "text":
        if _HTML_DOC.match(content):
            return "html"
        if _MD_LINK_HEADING.search(content[:2000]) or len(_HTML_BLOCK_TAGS.findall(content)) >= 3:
            return "markdown"
    return declared


def read(path: Path, encoding: str | None = None) -> RawArticle:
    """`encoding`, when sources.yml declares one, replaces detection."""
    data = path.read_bytes()
    if encoding:
        try:
            content = data.decode(encoding)
        except (UnicodeError, LookupError) as exc:
            where = f" (byte {exc.start})" if isinstance(exc, UnicodeDecodeError) else ""
            raise ReadError(Problem(str(path), None, f"not valid {encoding}{where}",
                                    f"correct 'encoding' for {path.name} in sources.yml, or remove it to let the encoding be detected"))
        return parse(path, content.removeprefix("\ufeff"))
    if _looks_binary(data):
        raise ReadError(Problem(str(path), None, "looks like a binary file, not an article",
                                "remove it from the seeds folder, or convert it to .txt, .md or .html"))
    is_html = path.suffix.lower() in (".html", ".htm") or _HTML_DOC.match(data[:200].decode("latin-1"))
    content, warning = decode_with_warning(data, str(path), _declared(data) if is_html else None)
    return parse(path, content, {"undecodable": warning} if warning else {})


def parse(path: Path, content: str, decoding: dict[str, str] | None = None) -> RawArticle:
    """`content` read as its format; `decoding`: what decoding it found (`undecodable`: a warning)."""
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if not content.strip():
        raise ReadError(Problem(str(path), None, "the file is empty", "remove it, or paste the article text into it"))
    head, head_meta, content = frontmatter.split(content)
    fmt = detect_format(path, content)
    blocks, meta = READERS[fmt](content)
    # Front matter states the page's metadata outright; the format's own guesses come second.
    return RawArticle(path=str(path), file=path.name, format=fmt, blocks=(*head, *blocks),
                      meta={**meta, **head_meta, **(decoding or {})})
