"""Whose clause a name stands in, for the speakers module: an English name inside someone else's
clause is not its verb's subject ("…after a pause US President Donald Trump had asked Putin to
observe"), and a pronoun's antecedent named in a subordinate clause, with another person answering
in the main one, may not be whom the pronoun means ("After Trump remarked …, Canada's prime
minister fired back. “…,” he declared"); what a sentence's opening frame holds is the background,
not a position (在普丁拒絕停火後，澤倫斯基表示……)."""

from __future__ import annotations

import re

from ..normalize import fold

# Before a name in an English clause: a title run ("US President", "Ukraine's chief negotiator") and,
# before it, a word that may open a clause ("and", "but", "on Monday"), not a noun the name's clause
# qualifies ("a pause US President Donald Trump had asked").
TITLE_RUN = re.compile(r"(?:\s*(?:[A-Z][\w’'.-]*|(?:[A-Za-z]+(?:'s|’s))|of|the|for|and|senior|top|chief|deputy|former|foreign"
                       r"|defen[cs]e|special|presidential|national|security|minister|secretary|spokes(?:man|woman|person)|envoy"
                       r"|advis[eo]r|aide|president|leader|negotiator|official|head)\b[\s,]*)*$")
FUNCTION = frozenset("the a an and but or nor while as when after before since because if though although that which who whom "
                     "where then also meanwhile however so yet now later earlier today yesterday tonight on in at by with for "
                     "from of to during following amid until unlike than about over under said says told there here its his "
                     "her their our this these those".split())
FINITE = re.compile(r"\b(?:[a-z]+ed|is|are|was|were|has|have|had|will|would)\b")
# A subordinate clause opening before a name ("Just one day after Trump remarked …, Carney …").
SUBORDINATE = re.compile(r"\b(?:after|before|when|since|while|as|because|although|though|once|until)\s+(?:[\w’'.-]+\s+){0,4}$")
# Another person, unknown to the gazetteer, named with a title ("Canadian Prime Minister Mark Carney").
TITLED = re.compile(r"\b(?:President|Prime Minister|Premier|Chancellor|Minister|Secretary|Spokes(?:man|woman|person)|Ambassador"
                    r"|Envoy|Senator|General|King|Pope|Mayor|Governor)\s+(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+")

# A sentence opening with a frame of time or contrast (在普丁拒絕停火後，……; 川普表示……之際，澤倫斯基說;
# "After Putin rejected the ceasefire, Zelensky said …"): what the frame's subject does or says is the
# background of the sentence, not its position; the main clause has a subject of its own.
FRAME_OPEN = re.compile(r"^\s*[“\"「『]?(?:(?:在|当|于|自从|趁|每当)|(?P<en>after|when|whenever|while|before|once|since|until"
                        r"|following|although|though|even though|even as|despite|because|now that)\b)")
FRAME_END = re.compile(r"(?:后|之后|以后|时|之时|同时|之际|前|之前|以前|期间|过程中)\s*$")
# Without 在 or 當 only an unambiguous close (not 最後, 落後, 隨後; not 時 or 前: 當時, 目前).
FRAME_END_BARE = re.compile(r"(?:(?<![落最背随其然此稍午事延往])后|之后|以后|之际|的同时)\s*$")
CLAUSE_END = re.compile(r"[，,；;：]|:(?!//)")  # speakers' CLAUSE_BREAK (speakers imports this module)


def opening_frame_end(text: str, start: int, end: int, name_starts: set[int]) -> int:
    """Where the sentence text[start:end] ends its opening frame (FRAME_OPEN), `start` when it has
    none: a first clause opening with an English conjunction of time or contrast, or with 在/當 and
    closing with 後/時/之際; without 在, one closing so right before a clause that opens with a
    name (`name_starts`: where known names start; 普丁拒絕停火後，澤倫斯基表示)."""
    first = CLAUSE_END.search(text, start, end)
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
    r"^\s*(?!(?:and|but|or|while|whereas|yet|so)\b)(?:[\w’'.&-]+\s+){1,8}?(?:has\s+|had\s+)?"
    r"(?:said|says|told|added|reported|wrote|noted|stated|confirmed)\b"
    # then only when, where or to whom (on Monday, in a statement, told reporters), never what
    r"(?:\s+(?:on|in|at|to|during|after|before|late|earlier|later|this|last|yesterday|today|tonight|reporters|journalists"
    r"|a|an|the)\b(?:\s+[\w’'.-]+){0,3})?\s*[.!?]?[”\"’]?\s*$"
    r"|^\s*(?:said|says|told|added)\s+(?:[\w’'.-]+\s*){1,6}[.!?]?[”\"’]?\s*$"
    r"|^\s*(?:according to|citing)\b[^,;:]{0,80}[.!?]?[”\"’]?\s*$"
    r"|^[^，,；;：:。\s]{1,20}?(?:表示|说|指出|透露|称|报道|报导|强调|证实)道?[。！!]?\s*$")


def trailing_report(text: str, start: int, end: int, quoted: list[bool]) -> int | None:
    """Where the sentence text[start:end] opens a reporting clause that closes it, after its last
    clause break outside a quotation; None when it has none."""
    breaks = [m for m in CLAUSE_END.finditer(text, start, end) if not quoted[m.start()]]
    if not breaks or not TRAILING_REPORT.match(fold(text[breaks[-1].end():end])):
        return None
    return breaks[-1].end()


def inside_other_clause(before: str) -> bool:
    """Whether a name whose clause opens with `before` stands inside someone else's clause: the
    word before its title is a common noun (a relative clause without "that": "a pause Trump had
    asked"), in a clause that already has a verb of its own ("Moscow renewed its attacks …"), not
    only a phrase setting the scene ("In a statement Peskov said")."""
    before = TITLE_RUN.sub("", before)
    word = re.search(r"([A-Za-z’'-]+)\W*$", before)
    if not word or not word.group(1).islower() or fold(word.group(1)) in FUNCTION or word.group(1).endswith("ly"):
        return False
    return bool(FINITE.search(before, 0, word.start()))


def antecedent_crossed(text: str, start: int, first: int, end: int, other_person_after: bool,
                       named: list[tuple[int, int]], quoted: list[bool]) -> bool:
    """Whether the antecedent named at `first` in the sentence text[start:end] stands in a
    subordinate clause (after, when, while …) and another person is named after them: a known one
    (`other_person_after`) or one the gazetteer lacks, given a title ("Canadian Prime Minister
    Mark Carney"; `named`: the spans of known names, `quoted`: per character, inside a quotation)."""
    if not SUBORDINATE.search(text, max(start, first - 40), first):
        return False  # they open the sentence's own clause: its subject, whom "he" continues
    unknown = [u for u in TITLED.finditer(text, first, end) if not quoted[u.start()]
               and not any(a < u.end() and u.start() < b for a, b in named)]
    return other_person_after or bool(unknown)
