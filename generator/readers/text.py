"""Plain-text scrapes: every non-empty line is a block (some scrapes separate paragraphs with a
blank line, others with a single newline; a line is the unit both share)."""

from __future__ import annotations

from ..model import Block


def read(content: str) -> tuple[list[Block], dict[str, str]]:
    blocks = []
    for number, line in enumerate(content.split("\n"), start=1):
        if line.strip():
            blocks.append(Block(text=line, line=number, tag="line"))
    return blocks, {}
