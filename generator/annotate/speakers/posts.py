"""A social-media post a page embeds: its text, then a sign-off naming who posted it ("— Karoline
Leavitt (@PressSec) November 25, 2025", as X/Twitter embeds print when a page is saved as text;
extract marks that line's kind "attribution"). The sign-off is the post's attribution, the way "…," she said is a quotation's:
every sentence of the post is its author's (LABELLING.md, "speakers").

Where the post begins the text does not say. It is the paragraph right before the signature, and
the ones before that while they are in another script than the article around them (an English
post quoted in a Chinese story: the reader sees the switch), at most MAX_PARAGRAPHS, never across a
paragraph that already has a speaker or another sign-off."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import AnnotatedParagraph, Attribution

POST = "post"  # Attribution.how of a sentence credited by its post's sign-off
MAX_PARAGRAPHS = 3
_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z\u3400-\u9fff]")  # a word of the display name that is not the author's name


def _latin(text: str) -> bool:
    """Whether a paragraph is written in Latin letters rather than Chinese characters."""
    return len(_LATIN.findall(text)) > len(_HAN.findall(text))


def author(ap: AnnotatedParagraph) -> str | None:
    """Who signs `ap` when it is a post's sign-off: the one entity its display name names (before
    the handle, which may spell the name too: @rustem_umerov), when the display name is that name
    alone. An account named after someone ("Trump War Room", "Kremlin Watch") is not that someone:
    a Latin or Chinese word of the display name outside the name says so (the name written again
    in Cyrillic, a flag or a slash do not)."""
    text = ap.paragraph.text
    handle = text.find("(@")
    if ap.paragraph.kind != "attribution" or handle < 0:
        return None
    mentions = [m for m in ap.mentions if m.end <= handle]
    named = {m.entity for m in mentions}
    rest = list(text[:handle])
    for m in mentions:
        rest[m.start:m.end] = " " * (m.end - m.start)
    if _WORD.search("".join(rest)):
        return None
    return named.pop() if len(named) == 1 else None


def signed_posts(paragraphs: tuple[AnnotatedParagraph, ...], removed: frozenset[int] = frozenset()) -> tuple[AnnotatedParagraph, ...]:
    """`paragraphs` with every sentence of an embedded post credited to the author its sign-off names.
    `removed`: the source's lines the cleaner took out; one between a paragraph and the sign-off
    under it (the post's link, https://t.co/…, a post with no text of its own) leaves the paragraph
    the writer's."""
    out = list(paragraphs)
    for i, post in posts(paragraphs, removed):
        if (entity := author(paragraphs[i])) is not None:
            out[post] = replace(paragraphs[post], attributions=tuple(
                Attribution(n, entity, "", how=POST) for n in range(len(paragraphs[post].sentences))))
    return tuple(out)


def posts(paragraphs: tuple[AnnotatedParagraph, ...], removed: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """(sign-off, post paragraph) index pairs: each paragraph of an embedded post with the sign-off
    under it, whoever signs it (a person, or an outlet's account: — RT (@RT_com)). The pages say
    whose post an excerpt of one is."""
    texts = [ap for ap in paragraphs if ap.paragraph.kind == "text"]
    article_latin = sum(_latin(ap.paragraph.text) for ap in texts) * 2 > len(texts)
    found = []
    for i, ap in enumerate(paragraphs):
        if ap.paragraph.kind != "attribution" or "(@" not in ap.paragraph.text:
            continue
        for k in range(i - 1, max(-1, i - 1 - MAX_PARAGRAPHS), -1):
            post = paragraphs[k]
            below = paragraphs[k + 1].paragraph.line
            if (post.paragraph.kind != "text" or any(a.how != POST for a in post.attributions)
                    or (k < i - 1 and _latin(post.paragraph.text) == article_latin)
                    or any(post.paragraph.line < line < below for line in removed)):
                break
            found.append((i, k))
            if _latin(post.paragraph.text) == article_latin:
                break  # a post in the article's own script: only the paragraph right before its sign-off
    return found
