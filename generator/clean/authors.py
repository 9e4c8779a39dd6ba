"""Who wrote the story, in a page copied as text: a note on its writer under it (Jane Doe is a reporter for
Example News; （作者為某大學教授）) and notes on the writers its byline names wherever the page prints them
(their name alone over the note, the role under it, a line opening with the name or the surname that says
who they are at an outlet, what they cover or where they reported from). A sentence about a writer that
says what befell them, or reports their words, is news and stays."""

from __future__ import annotations

import re

from ..normalize import fold
from .candidates import Candidates
from .shapes import WRITER_ROLE, any_of, is_body_like

# Jane Doe is a reporter for Example News. · **Jane Doe** is an editorial fellow at _Example_. · Jane Doe is a
# freelance writer based in Toronto. On the unfolded text: a name is capitalised ("The United States is the
# largest contributor of aid" has no role at an outlet, "Saudi Arabia is the world's largest oil producer"
# none either).
AUTHOR_BIO = re.compile(rf"^\**(?!The\b)[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){{1,3}}\**\s+is\s+(a|an)\s+[^.,;]{{0,60}}\b(?i:{WRITER_ROLE})s?\b"
                        r"[^.,;]{0,40}?\s(for|at|with|based in|covering)\b")
# （作者為某大學教授） · 作者系某研究院研究員: a short note of its own, in brackets or with no clause after it
AUTHOR_NOTE_ZH = re.compile(rf"^\(({any_of('作者為', '作者系', '作者是')})[^()]{{2,40}}\)$|^({any_of('作者為', '作者系', '作者是', '作者簡介')})[^,，。]{{2,40}}[。.]?$")
BIO_LENGTH = 300
_EVENT = re.compile(r"\b(who|which|when|after|said|says|told|killed|wounded|injured|detained|arrested|died|former)\b")  # news of a person


def author_bio(c: Candidates) -> None:
    """A note on who wrote the story, under it: a name and a role at an outlet or school, with no
    news prose after it (pages put it last, above their lists and footers). A sentence about a
    reporter is news: it says what happened to them."""
    kept = c.kept()
    last_prose = max((n for n, i in enumerate(kept) if is_body_like(c.blocks[i].text) and not _bio(c.blocks[i].text)), default=-1)
    for n, i in enumerate(kept):
        if n > last_prose and _bio(c.blocks[i].text):
            c.mark(i, "author-bio")


def _bio(text: str) -> bool:
    text = text.strip()
    return len(text) <= BIO_LENGTH and (bool(AUTHOR_BIO.match(text)) and not _EVENT.search(fold(text))
                                        or bool(AUTHOR_NOTE_ZH.match(fold(text))))


# The people a byline names, on the unfolded text: "By Jane Roe, JOHN DOE and Ann Lee", "By **Jane Roe**, an
# editorial fellow at …" (a piece opening in lower case is the role, not a name; "By The Associated Press"
# and a desk's name are no person).
_BY = re.compile(r"^\W*by\s+", re.I)
_BYLINE_NAME = re.compile(r"^(?!(?i:the)\b)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")
_DESK = re.compile(r"\b(?i:press|news|staff|agency|agencies|desk|team|reuters|bloomberg|times|post|journal|media|service|wire)\b")
_MARKUP = re.compile(r"[*_]")
# What a note on the byline's writer says of them after their name: who they are at an outlet (is a
# reporter for …, is the Moscow bureau chief for …), what they cover, where they reported from, that
# they contributed; not what happened to them or what they did (was held, joined the talks).
_NOTE = re.compile(rf"^\s+(?:is\s+(?:a|an|the)\s+[^.,;]{{0,60}}\b(?:{WRITER_ROLE}|bureau chief|producer|photographer|contributor)s?\b"
                   r"|covers\b|reports\s+(?:on|for|from)\b|writes\s+(?:about|on|for)\b|reported\s+from\b|contributed\b)")
_ROLE_ALONE = re.compile(rf"^(?:senior\s+|staff\s+|chief\s+)?(?:{WRITER_ROLE})$", re.I)


def _byline_names(c: Candidates) -> set[str]:
    """The writers the page names: in its bylines, and opening a note on a writer (Jane Roe is a reporter for …)."""
    names: set[str] = set()
    for i, reason in enumerate(c.reasons):
        text = _MARKUP.sub("", c.blocks[i].text).strip()
        if reason == "byline" and _BY.match(text):
            for piece in re.split(r",|\band\b|&", _BY.sub("", text)):
                if _BYLINE_NAME.match(piece.strip()) and not _DESK.search(piece):
                    names.add(piece.strip())
        elif reason == "author-bio" and (m := re.match(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?=\s+is\b)", text)):
            names.add(m[0])
    return names


def writer_notes(c: Candidates) -> None:
    """Notes on the writers a byline names, wherever the page prints them: the name alone over its note
    (HANNA KOVAL over "Koval is …") and the role alone under it (Reporter), and a sentence opening with
    the name, or the surname when the page names no one else by it (Lee Jae-myung, Viktoriia Roshchyna),
    that says who the writer is at an outlet, what they cover, where they reported from or that they
    contributed (Koval is an Associated Press journalist …, Duval covers the United Nations …, Jane Roe
    reported from Moscow, and John Doe from Kyiv). A sentence reporting words, or saying what the writer
    did or what befell them, stays: it is news of them."""
    names = _byline_names(c)
    if not names:
        return
    keys = {n.casefold() for n in names}
    page = " ".join(_MARKUP.sub("", b.text) for b in c.blocks)
    surnames = set()
    for name in names:
        surname = name.split()[-1]
        given = {m.group(1).casefold() for m in re.finditer(rf"\b([A-Z][\w'’-]+)\s+(?i:{re.escape(surname)})\b", page)}
        # the surname alone only when every full name the page gives it is the writer's own
        if len(surname) >= 3 and given <= {name.split()[-2].casefold()}:
            surnames.add(surname.casefold())
    openers = sorted(keys | surnames, key=len, reverse=True)
    for i in c.kept():
        if len(c.blocks[i].text) <= BIO_LENGTH and _note(_MARKUP.sub("", c.blocks[i].text).strip(), openers):
            c.mark(i, "author-bio")
    # the name alone right over a note (author_bio's or this rule's), or over the role alone over one
    for i in c.kept():
        if _MARKUP.sub("", c.blocks[i].text).strip().casefold() not in keys:
            continue
        role = i + 1 < len(c.blocks) and c.reasons[i + 1] is None and bool(_ROLE_ALONE.match(c.blocks[i + 1].text.strip()))
        note = i + 1 + role
        if note < len(c.blocks) and c.reasons[note] == "author-bio":
            c.mark(i, "author-bio")
            if role:
                c.mark(i + 1, "author-bio")


def _note(text: str, openers: list[str]) -> bool:
    folded = text.casefold()
    opener = next((o for o in openers if folded.startswith(o)), None)
    return bool(opener) and bool(_NOTE.match(folded[len(opener):])) and not REPORTED_NOTE.search(folded)


# A verb of saying in a writer's note makes it news of them; "reported from" is the note's own formula.
REPORTED_NOTE = re.compile(r"[“”\"]|\b(said|says|told|wrote|posted|warned|added|replied|according to)\b")
