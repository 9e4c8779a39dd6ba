"""Photo and video captions."""

from __future__ import annotations

from ..normalize import fold
from .candidates import Candidates
from .shapes import PHOTO_CREDIT


def captions(c: Candidates) -> None:
    """Photo captions: a credit at the end (圖/法新社, （Reuters）) or a caption element after an image."""
    for i, block in enumerate(c.blocks):
        after_image = i > 0 and c.blocks[i - 1].tag == "img" and dict(block.attrs).get("wrapper") in ("small", "em", "i")
        if block.tag == "figcaption" or after_image or PHOTO_CREDIT.search(fold(block.text.strip())):
            c.mark(i, "photo-caption")
