"""Photo and video captions, told by their shape: a photo credit at the end (圖／法新社, [Getty
Images], Photograph: …/Reuters), a caption's opening (資料圖：, ▲) or people placed in the picture
(（左）…（右）). An agency name closing a sentence, （法新社）, is a caption only with one more sign:
the line printed twice, a caption's words (圖為, pictured), a place above the story's first
paragraph or right after an image. A paragraph that is only the agency list, （美聯社、法新社）,
is the story's source line and stays."""

from __future__ import annotations

import re

from ..normalize import fold
from .candidates import Candidates
from .caption_shapes import AGENCY_END, CAPTION_CUE, is_caption_shaped, is_wire_caption
from .shapes import is_body_like

_SPACE = re.compile(r"\s+")
# … in Geneva, February 17, 2026. /VCG · … talks. /Xinhua: an agency's name, capitalised, after a slash
# closing a caption of a sentence or two
_SLASH_CREDIT = re.compile(r"[.!?]\s+/\s*[A-Z][A-Za-z&.-]{1,15}( [A-Z][A-Za-z&.-]{1,15}){0,2}$")
SLASH_CAPTION = 300
_SENTENCE_BREAK = re.compile(r"[。!?](?!$)|\. (?=\S)")  # sentence ends before the line's last one


def _agency_credit(folded: str) -> bool:
    match = AGENCY_END.search(folded)
    return bool(match) and len(folded[: match.start()].strip()) >= 8


def captions(c: Candidates) -> None:
    n = len(c.blocks)
    texts = [c.blocks[i].text.strip() for i in range(n)]
    folded = [fold(t) for t in texts]
    keys = [_SPACE.sub("", t) for t in folded]
    credited = [_agency_credit(f) for f in folded]
    # The story's first paragraph: prose that is not itself credited like a caption.
    lede = next((i for i in c.kept() if is_body_like(texts[i]) and not credited[i] and not is_caption_shaped(texts[i])), n)
    # A photo story tells itself in captions: with fewer than two paragraphs that are not, a wire's
    # credit alone makes none a caption (新華社記者 王曄 攝 under each of its paragraphs).
    wire = [is_wire_caption(t) for t in texts]
    photo_story = sum(1 for i in c.kept() if is_body_like(texts[i]) and not wire[i]) < 2
    for i, block in enumerate(c.blocks):
        after_image = i > 0 and c.blocks[i - 1].tag == "img"
        if block.tag == "figcaption" or (after_image and dict(block.attrs).get("wrapper") in ("small", "em", "i")):
            c.mark(i, "photo-caption")
        elif _SLASH_CREDIT.search(texts[i]) and len(texts[i]) <= SLASH_CAPTION:
            c.mark(i, "photo-caption")
        elif is_caption_shaped(texts[i]) and not (photo_story and wire[i] and not is_caption_shaped(texts[i], wire=False)):
            c.mark(i, "photo-caption")
        elif credited[i]:
            repeated = any(0 <= j < n and j != i and keys[j] == keys[i] for j in (i - 2, i - 1, i + 1, i + 2))
            # Above the lede, a caption is one sentence: a first paragraph of several stays, and so
            # does a brief whose only paragraph the agency closes (there is no lede below it).
            above_lede = i < lede < n and len(_SENTENCE_BREAK.findall(folded[i])) <= 1
            if repeated or CAPTION_CUE.search(folded[i]) or above_lede or after_image:
                c.mark(i, "photo-caption")
