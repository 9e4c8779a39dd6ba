"""What of a sentence can hold a position at all, before anyone is credited: not an opening frame
(在普丁拒絕停火後，……; "After Putin rejected the ceasefire, …"), not a question (為什麼普丁拒絕停火？),
and, before a reporting clause that closes the sentence (…, Zelensky said. · …, according to two
people familiar with the call.), not the acts it reports."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Mention
from ...normalize import fold
from ..clauses import REPORTED_WHEN, REPORTING_VERB
from .patterns import (
    CLAUSE_BREAK,
    COMMENTATOR,
    ROLE_WORD,
    SAYING,
    SPEECH,
    UNNAMED_SOURCE,
    quote_mask,
)

# A sentence opening with a frame of time or contrast (在普丁拒絕停火後，……; 川普表示……之際，澤倫斯基說;
# "After Putin rejected the ceasefire, Zelensky said …"): what the frame's subject does or says is the
# background of the sentence, not its position; the main clause has a subject of its own.
FRAME_OPEN = re.compile(r"^\s*[“\"「『]?(?:(?:在|当|于|自从|趁|每当)|(?P<en>after|when|whenever|while|before|once|since|until"
                        r"|following|although|though|even though|even as|despite|because|now that)\b)")
FRAME_END = re.compile(r"(?:后|之后|以后|时|之时|同时|之际|前|之前|以前|期间|过程中)\s*$")
# Without 在 or 當 only an unambiguous close (not 最後, 落後, 隨後; not 時 or 前: 當時, 目前).
FRAME_END_BARE = re.compile(r"(?:(?<![落最背随其然此稍午事延往])后|之后|以后|之际|的同时)\s*$")


# A sentence opening with the matter it answers, a clause of its own before a named speaker's
# (對於外界質疑，佩斯科夫回應稱…; 針對川普批評，普丁表示…; "Asked about criticism from experts who say …,
# Peskov said …"): the frame names what is answered, so a verb in it is nobody's statement, nor a
# commentator's that would take the sentence. Matched on the text as written, in both scripts: every
# sentence of every article passes here.
TOPIC_FRAME = re.compile(r"\s*[“\"「『]?(?:[對对][於于]|[針针][對对]|[關关][於于]|面[對对]|面[臨临]"
                         r"|(?i:(?:(?:when |after being )?asked\s+(?:about|whether|if|why|how|what|when|on|to)|responding to"
                         r"|in response to|reacting to|in reaction to|commenting on|regarding)\b))")


SPEAKER_WORD = re.compile(f"{COMMENTATOR.pattern}|{UNNAMED_SOURCE.pattern}|{ROLE_WORD.pattern}")


# 他/她/he/she in a frame's clause before a verb of its own: the clause is the statement (關於領土問題他表示).
FRAME_PRONOUN = re.compile(r"(?<![其吉])[他她]|\b(?:he|she)\b")


def topic_frame_end(text: str, start: int, end: int, named: list[Mention], quoted: list[bool]) -> int:
    """Where the sentence text[start:end] ends an opening frame of the matter it answers
    (TOPIC_FRAME), `start` when it has none: its first clause, up to a comma, when the next clause
    names a speaker with a verb of saying (outside quotation marks), or someone unnamed, a
    commentator or a role (分析人士認為, the spokesman said) does; and not when the first clause
    names its own speaker before a verb of saying after other words (對於美方的新方案普丁表示歡迎，…;
    面對壓力的澤倫斯基表示，…; "Regarding the plan Zelensky said, …"), only when the one named opens
    the matter, a title at most before them (對於川普批評，…; 對於美國總統川普稱…，…)."""
    if not (frame := TOPIC_FRAME.match(text, start, end)) or not (first := CLAUSE_BREAK.search(text, start, end)):
        return start
    if text[first.start()] not in "，,":  # after a colon comes what was said
        return start
    heads = [(m.start, m.end) for m in named if frame.end() <= m.start < first.start()]
    heads += [(p.start(), p.end()) for p in FRAME_PRONOUN.finditer(text, frame.end(), first.start())]
    for at, after in heads:
        if (cue := SPEECH.search(fold(text[after:min(after + 16, first.start())]))) and not quoted[after + cue.start()]:
            gap = fold(text[frame.end():at]).strip()
            if gap and not (len(gap) <= 8 and "的" not in gap and ROLE_WORD.search(gap)):
                return start
    after = CLAUSE_BREAK.search(text, first.end(), end)
    clause_end = after.start() if after else end
    clause = fold(text[first.end():clause_end])
    cue = next((c for c in SPEECH.finditer(clause) if not quoted[first.end() + c.start()]), None)
    speaks = cue and (any(first.end() <= m.start < first.end() + cue.start() and not quoted[m.start] for m in named)
                      or SPEAKER_WORD.search(clause, 0, cue.start()))
    return first.end() if speaks else start


def opening_frame_end(text: str, start: int, end: int, name_starts: set[int]) -> int:
    """Where the sentence text[start:end] ends its opening frame (FRAME_OPEN), `start` when it has
    none: a first clause opening with an English conjunction of time or contrast, or with 在/當 and
    closing with 後/時/之際; without 在, one closing so right before a clause that opens with a
    name (`name_starts`: where known names start; 普丁拒絕停火後，澤倫斯基表示)."""
    first = CLAUSE_BREAK.search(text, start, end)
    if not first:
        return start
    head = fold(text[start:first.start()])
    opener = FRAME_OPEN.match(head)
    if opener and (opener.group("en") or FRAME_END.search(head)):
        return first.end()
    rest = text[first.end():end]
    if FRAME_END_BARE.search(head) and first.end() + len(rest) - len(rest.lstrip()) in name_starts:
        return first.end()
    return start


# A reporting clause closing the sentence (…, Zelensky said. · …, according to two people familiar
# with the call. · …，澤倫斯基週一表示。): what stands before it is what was reported, so a verb there is
# the reported person's act, not their own statement. Not a clause of its own (", and Zelensky said no").
TRAILING_REPORT = re.compile(
    rf"^\s*(?!(?:and|but|or|while|whereas|yet|so)\b)(?:[\w’'.&-]+\s+){{1,8}}?(?:has\s+|had\s+)?{REPORTING_VERB}\b"
    rf"{REPORTED_WHEN}\s*[.!?]?[”\"’]?\s*$"  # then only when, where or to whom, never what (clauses.py)
    r"|^\s*(?:said|says|told|added)\s+(?:[\w’'.-]+\s*){1,6}[.!?]?[”\"’]?\s*$"
    r"|^\s*(?:according to|citing|quoting)\b[^,;:]{0,80}[.!?]?[”\"’]?\s*$"
    # (not 但克宫尚未证实: a contrast, a verb negated, is no report of the words before)
    r"|^(?!但|而|却|不过|可是)[^，,；;：:。\s]{1,20}?(?<!未|不|没|无)(?<!没有|拒绝|不愿|尚待|无法|未能|无从)(?:表示|说|指出|透露|称|报道|报导|强调|证实)道?[。！!]?\s*$")


def trailing_report(text: str, start: int, end: int, quoted: list[bool]) -> int | None:
    """Where the sentence text[start:end] opens a reporting clause that closes it, after its last
    clause break outside a quotation; None when it has none."""
    breaks = [m for m in CLAUSE_BREAK.finditer(text, start, end) if not quoted[m.start()]]
    if not breaks or not TRAILING_REPORT.match(fold(text[breaks[-1].end():end])):
        return None
    return breaks[-1].end()



ASKED_OR_SAID = re.compile(SAYING.pattern + r"|质疑|反问|问道|\basked\b")


@dataclass(frozen=True)
class Scope:
    start: int  # where the main clause begins: after the opening frame
    tail: int | None  # where a closing reporting clause begins
    reporter: str | None  # who it names: "named" (a known speaker, a role), "unnamed" (sources, commentators)
    silent: bool  # a question, or a line of someone's words after their name and a colon
    answered: int  # where an opening frame of the matter answered ends (TOPIC_FRAME); `start` if none

    def excludes(self, cue_start: int, cue: str) -> bool:
        """Whether the verb `cue` at `cue_start` states no position: in a question, in
        a line of someone's words after their name and a colon (佩斯科夫：川普承諾…), or
        before the closing report: a named speaker's report of someone's act is the reporter's
        account ("Putin rejected …, Zelensky said"), someone's words stay theirs ("Umerov added that
        …, the council said"), and what unnamed sources report is no one's."""
        if self.silent or cue_start < self.answered:
            return True
        return bool(self.reporter and self.tail is not None and cue_start < self.tail
                    and (self.reporter == "unnamed" or not SAYING.fullmatch(cue)))

    def reported_by_tail(self, cue_start: int) -> bool:
        """Whether the verb is the closing reporting clause's (……，澤倫斯基週一表示。 "…, the official
        said."), so its words are the whole sentence."""
        return bool(self.reporter and self.tail is not None and cue_start >= self.tail)


def scope(text: str, start: int, end: int, quoted: list[bool], named: list[Mention]) -> Scope:
    """The Scope of the sentence text[start:end]; `named`: the known speakers named in the text."""
    tail = trailing_report(text, start, end, quoted)
    ask = max(text.rfind("?", start, end), text.rfind("？", start, end))
    question = ask >= 0 and not quoted[ask] and not text[ask + 1:end].strip(" \n\"”’」』)")
    # ... unless someone says it ("Trump said Putin wanted peace, otherwise why would he meet him?";
    # 澤倫斯基質疑，為什麼…？; "Zelensky: “…,” he said")
    silent = question or _after_name_and_colon(text, start, end, named)
    if silent:  # folded only then: every sentence of every article passes here
        silent = not any(not quoted[start + m.start()] for m in ASKED_OR_SAID.finditer(fold(text[start:end])))
    return Scope(opening_frame_end(text, start, end, {m.start for m in named}), tail,
                 _reporter(named, text, tail, end) if tail is not None else None, silent, topic_frame_end(text, start, end, named, quoted))


# A name and a colon opening a line (佩斯科夫：…, "Zelensky: …"; a headline's or a live blog's way of
# quoting): what follows is that person's words, not a statement of anyone it names. Crediting the
# person would need more than the colon (川普：從商人到總統 is a headline about him), so no one is.
NAME_COLON = re.compile(r"(?:\s*[（(][^（）()]{1,40}[）)])?\s*[：:]\s*\S")


def _after_name_and_colon(text: str, start: int, end: int, named: list[Mention]) -> bool:
    opening = len(text[start:end]) - len(text[start:end].lstrip(" 【[「“\"'"))
    first = next((m for m in named if m.start == start + opening), None)
    return bool(first and NAME_COLON.match(text, first.end, end))


def illustration(text: str, s_start: int, cue_start: int, person_starts: list[int]) -> bool:
    """Whether the verb at `cue_start` is the writer's, not a speaker's: its clause follows a colon
    closing a long lead-in of the writer's own, naming no one (`person_starts`: where persons are
    named) (……，……，所以才有種種反覆：特朗普既要……、又威脅要……)."""
    colon = max(text.rfind("：", s_start, cue_start), text.rfind(": ", s_start, cue_start))
    if colon > s_start and not any(s_start <= p < colon for p in person_starts):
        lead = text[s_start:colon]
        if len(CLAUSE_BREAK.findall(lead)) >= 3 and not SPEECH.search(fold(lead)) and not quote_mask(text[:colon + 1])[-1]:
            return True
    return False


CITING = re.compile(r"\s*(?:citing|quoting)\b")


def _reporter(named: list[Mention], text: str, start: int, end: int) -> str | None:
    """Who a closing reporting clause text[start:end] names as reporting: "named" (a known
    speaker, a role: the official), "unnamed" (an unnamed source or a commentator: two people
    familiar with …), else None (an outlet, a document: "according to the Washington Post": an
    outlet's report of a speaker's words leaves them the speaker's)."""
    clause = fold(text[start:end])
    # "…, TASS said, citing Peskov" closes with a report; "Zelensky rejected the plan, quoting Trump" is the subject's
    if CITING.match(clause):
        before = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, start - 1)]
        if not TRAILING_REPORT.match(fold(text[before[-1] if before else 0:start]).rstrip(" ,")):
            return None
    if any(start <= m.start < end for m in named) or ROLE_WORD.search(clause):
        return "named"
    return "unnamed" if UNNAMED_SOURCE.search(clause) or COMMENTATOR.search(clause) else None
