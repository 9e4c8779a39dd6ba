"""What of a sentence is attributed to its speaker: the clause that names the speaker (or, with no
name before the verb, the verb's own clause) up to where another speaker's clause opens. A page
then quotes that clause, never the analysis around it (但不論是……，所以才有……：特朗普……) nor the
next speaker's words (魏科夫還建議……；鄂夏柯夫回應……)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Attribution, Mention
from ..normalize import fold
from .speakers.patterns import SPEECH

CLAUSE_BREAK = re.compile(r"[，；;：]|——|,(?!\d)|(?<!\d),|(?<!\d):(?!//)")  # not in 1,000, 12:30 or a URL
# A clause where the writer draws a conclusion (……，因此也不難理解……): the speaker's words end before it.
# So is the writer's comment on what was said (", a position that has frustrated Trump", 這一立場……).
INFERENCE = re.compile(r"[，,；;]\s*(?:因此|因而|所以|由此|可見|可见|不難|不难|換言之|换言之|顯見|显见"
                       r"|這一立場|这一立场|此一立場|此一立场|這番言論|这番言论"
                       r"|(?:a|an|the)\s+(?:position|stance|view|line|claim|remark|comment|demand|move)s?\s+(?:that|which)\b)")
# A sentence that opens conceding what someone said (儘管澤連斯基表示……，但我們不知道……): the main
# clause after 但 is the writer's, not the speaker's, unless it reports words itself.
CONCEDING = re.compile(r"\W{0,2}(?:儘管|尽管|雖然|虽然|雖說|虽说)")
CONCEDED_MAIN = re.compile(r"[，,]\s*(?:但是?|卻|却|可是)")
LEAD_IN = 12  # characters
# An English verb of saying that ends its sentence but for a few words ("…, Shmyhal said on Monday."):
# a reporting clause after what was said, like “…,” said Zelensky.
# Only a verb of reporting, then only when, where or to whom ("said on Monday", "told reporters"),
# never what ("rejected the plan outright", "warned of sanctions": a clause of its own).
REPORTING_VERB = (r"(?:said|says|told|added|reported|wrote|noted|stated|confirmed|warned|insisted|argued|claimed|explained"
                  r"|replied|responded|declared|cautioned|acknowledged|conceded)")
REPORTED_WHEN = (r"(?:\s+(?:on|in|at|to|during|after|before|late|earlier|later|this|last|yesterday|today|tonight"
                 r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|afterwards?"
                 r"|reporters|journalists|a|an|the)\b(?:\s+[\w’'.-]+){0,2})?")
REPORTING_END = re.compile(rf"(?i){REPORTING_VERB}{REPORTED_WHEN}"
                           r"\s*(?:[.!?]?[”\"’]?\s*$|(?P<aside>,)\s*(?=(?:as|while|after|before|when|amid|with|since|ahead)\b))")


def clause_start(text: str, at: int, floor: int, quoted: list[bool]) -> int:
    """The start of the clause holding `at` (after the last clause break before it, not before
    `floor`), moved back to the opening of a quotation it would cut."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, floor, at) if not quoted[m.start()]]
    start = max([floor, *breaks])
    while start > floor and quoted[start] and quoted[start - 1]:
        start -= 1
    return start


def speaker_start(text: str, named: list[Mention], speaker: str, s_start: int, verb_clause: int, cue_start: int,
                  s_end: int, quoted: list[bool]) -> int:
    """Where the attributed text of `speaker`'s verb at `cue_start` begins: the clause naming the
    speaker nearest before the verb; with the name only after the verb (“…,” said Zelensky), the
    sentence's start; with no name in the sentence (他表示, "the official said"), the verb's clause."""
    before = [m for m in named if m.entity == speaker and s_start <= m.start < cue_start]
    if before:
        start = clause_start(text, before[-1].start, s_start, quoted)
        if start > s_start and text[s_start:start].rstrip().endswith(",") and REPORTING_END.match(text, cue_start, s_end):
            return s_start  # "Power plants were hit, Shmyhal said.": what was said comes before its speaker
    elif any(m.entity == speaker and cue_start <= m.start < s_end for m in named):
        return s_start
    else:  # 他表示, "the official said", “…,” he said: the verb's clause, and a quotation it closes
        start = verb_clause
        while start > s_start and quoted[start - 1]:
            start -= 1
    # A short lead-in (週二，"On Tuesday,") is the speaker's own sentence, not someone else's text;
    # one naming another speaker is theirs (普丁表示會談有成果，澤倫斯基則表示……).
    other = any(s_start <= m.start < start and m.entity != speaker for m in named)
    return s_start if len(text[s_start:start].strip()) <= LEAD_IN and not other else start


# A clause of its own after a semicolon, opening with someone else's name (…; Zelensky called it a
# capitulation): no longer the speaker's. After a comma and "but" or 但 it may still be what the
# speaker said (Zelensky said Ukraine was ready, but Putin had to stop the strikes first).
OTHER_CLAUSE = re.compile(r"[；;]\s*(?:the\s+)?$")


def with_spans(text: str, found: list[tuple[Attribution, int]], s_end: int,
               names: list[Mention] = (), quoted: list[bool] | None = None) -> list[Attribution]:
    """Each (attribution, start) of one sentence with its span: it ends where the clause of the
    next attribution of another speaker starts, where a clause opens with someone else's name
    (`names`: who is named), or where the writer draws a conclusion, else at the sentence's end."""
    out = []
    quoted = quoted or [False] * (len(text) + 1)
    for k, (attribution, start) in enumerate(found):
        end = min((s for a, s in found[k + 1:] if a.entity != attribution.entity and s > start), default=s_end)
        verb = text.find(attribution.cue, start, end) if attribution.cue else -1
        for m in names:
            if max(start, verb) < m.start < end and m.entity != attribution.entity and not quoted[m.start] and (
                    opens := OTHER_CLAUSE.search(text, max(start, m.start - 12), m.start)):
                end = opens.start() + 1
                break
        if conclusion := INFERENCE.search(text, start, end):
            end = conclusion.start() + 1
        # ... the verb inside the concession (儘管X表示，…), not after it (儘管談判破裂，X表示…，但…: X's)
        if ((conceded := CONCEDING.match(text, start)) and verb >= 0 and not CLAUSE_BREAK.search(text, conceded.end(), verb)
                and (main := CONCEDED_MAIN.search(text, verb, end))
                and not SPEECH.search(fold(text[main.end():end]))):  # 但他也承認…: still someone's words
            end = main.start() + 1
        cue = text.find(attribution.cue, start, end) if attribution.cue.isascii() else -1
        if cue >= 0 and (aside := REPORTING_END.match(text, cue, end)) and aside.group("aside"):
            end = aside.end("aside")  # "…, the Kremlin said, as officials began …": the writer's scene after it
        out.append(replace(attribution, start=start, end=end))
    return out
