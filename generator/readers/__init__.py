"""Readers turn one file into a RawArticle: decoded text split into blocks, plus the metadata the
format itself carries. One module per format; `read` picks it by extension, then by content
(a `.txt` scrape may really be Markdown with inline HTML, as the DW seed is). Front matter
(`frontmatter.py`) is read first, whatever the format.
"""

from __future__ import annotations

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


def decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, then the legacy Chinese encodings."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        lenient = data.decode("utf-8", errors="replace")
        bad = lenient.count("\ufffd")
        good = sum(1 for ch in lenient if ord(ch) > 0x7F) - bad
        # A scrape cut in its last character, or UTF-8 with a few bad bytes (a lone surrogate):
        # keep it, the bad bytes shown as U+FFFD. Big5 or GB18030 read as UTF-8 is almost all bad.
        if exc.start >= len(data) - 3 or good >= 10 * bad:
            return lenient
    # Big5 and GB18030 bytes often decode without error as each other; let a coherence check decide.
    best = charset_normalizer.from_bytes(data, cp_isolation=["big5", "gb18030"]).best()
    if best is not None:
        return str(best)
    raise ReadError(Problem(path, None, "cannot decode the file as UTF-8, UTF-16, Big5 or GB18030",
                            "save it as UTF-8, or remove it from the seeds folder"))


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
        return _parse(path, content.removeprefix("\ufeff"))
    if _looks_binary(data):
        raise ReadError(Problem(str(path), None, "looks like a binary file, not an article",
                                "remove it from the seeds folder, or convert it to .txt, .md or .html"))
    return _parse(path, decode(data, str(path)))


def _parse(path: Path, content: str) -> RawArticle:
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if not content.strip():
        raise ReadError(Problem(str(path), None, "the file is empty", "remove it, or paste the article text into it"))
    head, head_meta, content = frontmatter.split(content)
    fmt = detect_format(path, content)
    blocks, meta = READERS[fmt](content)
    # Front matter states the page's metadata outright; the format's own guesses come second.
    return RawArticle(path=str(path), file=path.name, format=fmt, blocks=(*head, *blocks), meta={**meta, **head_meta})
