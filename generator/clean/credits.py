"""Staff and source credits: who made the page, a line of its own (責任編輯：鍾亦然, 撰稿：何安 編輯：歐陽曉,
"Reporting by Jane Doe; Editing by John Roe", "Jane Doe reported from Kyiv."), wherever the page prints it;
never an interview's speaker label (記者：那歐洲呢 answered by 澤倫斯基：……。) nor a line of the story's own
list of roles (主談：威特科夫, 統籌：國務院). `tail.footer_lines` takes the footer's run with these tests."""

from __future__ import annotations

import re

from ..normalize import fold
from .candidates import Candidates
from .shapes import CREDIT_LINE, CREDIT_ROLE, CREDITS, REPORTED, REPORTING_BY, STAFF_CREDIT, STANDALONE_CREDIT, TAG_LINE, is_lead_in

FOOTER_LINE_LENGTH = 200  # a footer's line (a notice, the staff's credits) is a line or two, never a paragraph


def credit_lines(c: Candidates) -> None:
    """Staff credits a story's sentence never reads like (shapes.STANDALONE_CREDIT), wherever they stand:
    under a list of other stories, above the site's promos, between the story and its comments. The
    footer's run (footer_lines) takes the rest."""
    dialogue = dialogue_labels(c)
    for i in c.kept():
        if credit_at(c, i, dialogue):
            c.mark(i, "credits")


def credit_at(c: Candidates, i: int, dialogue: frozenset[str], footer: bool = False) -> bool:
    """Whether block i is a credit line (`credit`), in the footer's run also one opening with an editor's
    role (shapes.CREDITS: 責任編輯：…, "Reporting by"), and neither an interview's line nor the story's list."""
    text = c.blocks[i].text.strip()
    folded = fold(text)
    found = credit(text, dialogue) or (footer and bool(CREDITS.search(folded)) and len(text) < FOOTER_LINE_LENGTH
                                       and opening_label(folded) not in dialogue)
    return found and not listed(c, i) and not answered(c, i)


# The label a line opens with (記者：…, 【編輯:…】, Editor: …), folded
_LABEL = re.compile(r"^[\[【(]?\s*([^\s:/()\[\]【】]{1,12})\s*[:/]")


def opening_label(folded: str) -> str | None:
    return m.group(1) if (m := _LABEL.match(folded)) else None


_ASKS_OR_SAYS = re.compile(r"[?？。!！]")
_INTERVIEWERS = frozenset(fold(w) for w in ("記者", "編輯", "主持人", "問", "答", "作者"))


def dialogue_labels(c: Candidates) -> frozenset[str]:
    """An interview's speaker labels, which are never a credit's role on its page: a label opening a line
    that asks or answers (記者：為什麼？, 澤倫斯基：因為……。); where there is one, the interviewer's labels
    too (記者：那歐洲呢 between answers reads like a reporter's credit)."""
    said = [name for b in c.blocks if (name := opening_label(folded := fold(b.text.strip())))
            and _ASKS_OR_SAYS.search(_LABEL.sub("", folded)) and not credit(b.text.strip())]
    # An interview: its interviewer's or a Q&A's label asks or answers, or one speaker answers twice (a
    # disclaimer's 免責聲明：……。 alone is no interview).
    interview = bool(set(said) & _INTERVIEWERS) or any(said.count(name) > 1 for name in said)
    return frozenset(said) | (_INTERVIEWERS if interview else frozenset())


def answered(c: Candidates, i: int) -> bool:
    """A prompt with its answer under it (記者：您怎麼看 over 澤倫斯基：因為……。): the next line opens with a
    label and says something."""
    following = next((j for j in range(i + 1, len(c.blocks)) if c.reasons[j] is None), None)
    if following is None:
        return False
    folded = fold(c.blocks[following].text.strip())
    return bool(opening_label(folded)) and bool(_ASKS_OR_SAYS.search(_LABEL.sub("", folded))) and not CREDIT_ROLE.match(folded)


def listed(c: Candidates, i: int) -> bool:
    """A line of the story's own list of roles or terms: in a run of "label：value" lines under a lead-in
    (分工如下：), or one with two items or more whose labels are no credit's (主談：威特科夫, 監督：聯合國
    beside 統籌：國務院). One such line beside a credit (原標題：…) makes no list."""
    kept = c.kept()
    n = kept.index(i)
    first = last = n
    while first > 0 and _ITEM.match(fold(c.blocks[kept[first - 1]].text.strip())):
        first -= 1
    while last + 1 < len(kept) and _ITEM.match(fold(c.blocks[kept[last + 1]].text.strip())):
        last += 1
    if first > 0 and is_lead_in(c.blocks[kept[first - 1]].text):
        return True
    items = [c.blocks[j].text.strip() for j in kept[first:last + 1] if j != i]
    return sum(1 for t in items if not CREDIT_ROLE.match(fold(t)) and not TAG_LINE.match(fold(t))
               and not _ASKS_OR_SAYS.search(t)) >= 2


_ITEM = re.compile(r"^[^\s:/()\[\]【】]{1,5}\s*:\s*\S")  # 主談：威特科夫: a short label, a colon and a value


def credit(text: str, dialogue: frozenset[str] = frozenset()) -> bool:
    folded = fold(text)
    if dialogue and opening_label(folded) in dialogue:
        return False
    return len(text) < FOOTER_LINE_LENGTH and (
        (bool(STANDALONE_CREDIT.search(folded)) or bool(CREDIT_LINE.match(folded)) or bool(REPORTING_BY.match(text))
         or bool(STAFF_CREDIT.match(text)))
        and not REPORTED.search(folded)
        or bool(REPORTED_FROM.match(text)))  # "reported from" is its formula, not a report of anyone's words


# Where each writer was (unfolded): "Jane Doe reported from Abu Dhabi. John Roe reported from Washington." — a
# line of such sentences alone, names capitalised
# (a person's name: not "The BBC's Lyse Doucet", "Ukrainska Pravda", "Russian State Television", "Sky News")
_WRITER = (r"(?!(?:The|Al|Deutsche|Novaya|BBC|CNN|NBC|ABC|CBS|Sky|Fox|Radio|Defence|Defense|Foreign|Prime|President|Minister|Secretary"
           r"|General|Governor|Mayor)\b)[A-Z][\w.-]+(?: (?!(?:Pravda|Television|TV|News|Times|Post|Journal|Radio|Agency|Administration"
           r"|Ministry|Service|Independent|Guardian|Telegraph|Herald|Tribune|Press|Daily|Media|Gazeta|Welle|Jazeera|Ukrainian|Russian)\b)[A-Z][\w.-]+){1,2}")
REPORTED_FROM = re.compile(rf"^(?:{_WRITER}(?:,? and {_WRITER})? reported from [A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){{0,3}}\.\s*)+$")
