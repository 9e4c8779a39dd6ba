"""Lines that are links rather than text: Markdown links and bare URLs with next to no words
around them (a crawled page's link lists and icons), HTML blocks whose text is mostly inside
<a> (the reader measures it), a headline glued to its "Read more", and calls to follow, subscribe
or read on that end with the address. Link density is jusText's strongest cue for boilerplate."""

from __future__ import annotations

import re

from ..normalize import MD_LINK, fold
from .candidates import Candidates
from .shapes import BULLET, FULL_STOP_END, is_body_like, is_sentence, is_title_shaped

_URL = re.compile(r"<?https?://[^\s>]+>?")
_RESIDUE = re.compile(r"[\W_]+")
# A headline with its teaser link glued on: "…what does each side want?Read more"
READ_MORE = re.compile(r"(read more|continue reading|keep reading|read the full story|"
                       + "|".join(re.escape(fold(w)) for w in ("閱讀更多", "繼續閱讀", "閱讀全文", "看更多", "更多內容"))
                       + r")\s*[>›»→]*$")
# Another story's headline under a label, inline: 延伸閱讀：澤倫斯基幕僚長辭職 · Read more: Who is Rustem Umerov?
# (on the public text dumps, 11 such lines, none of them body)
RELATED_LINE = re.compile(r"^(" + "|".join(re.escape(fold(w)) for w in (
    "延伸閱讀", "相關新聞", "相關報導", "相關閱讀", "推薦閱讀", "更多新聞", "看更多")) + r"|read more|related|see also|also read|read also"
    r"|more on this( story)?)\s*[:：]\s*(?P<headline>.{2,120})$")
# A call to action that ends with where to go: "Follow our coverage at <https://…>"
CALL_TO_ACTION = re.compile(r"^(follow|read|watch|listen|subscribe|sign up|download|get|see|find|visit|join)\b.{0,100}"
                            r"(\bat|\bon|\bhere|:)\s*<?https?://\S+>?$")
# The share of a block's text inside <a>, from the HTML reader, above which it is a link block.
LINK_DENSITY = 0.8


def _words_outside_links(text: str) -> tuple[str, str]:
    """(text outside links and URLs, text inside link labels), both without punctuation."""
    labels = "".join(m.group(1) for m in MD_LINK.finditer(text))
    outside = _URL.sub(" ", MD_LINK.sub(" ", BULLET.sub("", text, count=1)))
    return _RESIDUE.sub("", outside), _RESIDUE.sub("", labels)


def link_lines(c: Candidates) -> None:
    for i in c.kept():
        block = c.blocks[i]
        text = block.text.strip()
        folded = fold(text)
        density = float(dict(block.attrs).get("link-density", "0"))
        if density >= LINK_DENSITY and not is_body_like(text):
            c.mark(i, "links")
        elif MD_LINK.search(text) or _URL.search(text):
            outside, labels = _words_outside_links(text)
            if not outside or (len(labels) >= 3 * len(outside) and not is_sentence(text)):
                c.mark(i, "links")
            elif CALL_TO_ACTION.match(folded) and len(text) <= 200:
                c.mark(i, "promo")
        elif (match := RELATED_LINE.match(folded)) and not FULL_STOP_END.search(match.group("headline")):
            c.mark(i, "related-articles")
        elif READ_MORE.search(folded):
            stem = READ_MORE.sub("", folded).strip()
            if not stem or is_title_shaped(stem) or not is_sentence(stem):
                c.mark(i, "related-articles")
