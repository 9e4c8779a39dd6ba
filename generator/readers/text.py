"""Plain-text scrapes: every non-empty line is a block (some scrapes separate paragraphs with a
blank line, others with a single newline; a line is the unit both share). A line holding a page's
HTML as a script's escaped string (\\u003cp\\u003e…, a mirror's copy) is read as that HTML's
paragraphs, each a block on that line."""

from __future__ import annotations

import json
import re

from ..model import Block

# An escaped tag (\u003cp\u003e, \u003c/div\u003e): three or more make a line escaped HTML, not prose
# that mentions one.
_ESCAPED_TAG = re.compile(r"\\u003c/?[a-z]", re.I)
ESCAPED_TAGS = 3
_ESCAPES = {"\\u003c": "<", "\\u003e": ">", "\\u0026": "&", '\\"': '"', "\\/": "/", "\\n": "\n", "\\t": " "}
_ESCAPE = re.compile("|".join(re.escape(e) for e in _ESCAPES))


def read(content: str) -> tuple[list[Block], dict[str, str]]:
    blocks = []
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        texts = escaped_html(line)
        if texts is None:
            blocks.append(Block(text=line, line=number, tag="line"))
        else:
            blocks.extend(Block(text=text, line=number, tag="line") for text in texts)
    return blocks, {}


def escaped_html(line: str) -> list[str] | None:
    """The text of a line of escaped HTML, one string a paragraph (what stands before the first tag,
    a stamp or a title, first); None for any other line."""
    if len(_ESCAPED_TAG.findall(line)) < ESCAPED_TAGS:
        return None
    from .html import html_blocks  # the HTML reader's parser, loaded only for such a line

    try:  # a script's string: every \uXXXX escape, as JSON writes them
        decoded = json.loads(f'"{line.strip()}"', strict=False)
    except ValueError:  # a line JSON cannot read whole (cut off mid-escape, a bare quote): the common escapes
        decoded = _ESCAPE.sub(lambda m: _ESCAPES[m.group()], line)
    head, _, rest = decoded.partition("<")
    texts = [head.strip()] if head.strip() else []
    return texts + [b.text for b in html_blocks("<" + rest) if b.text.strip()]
