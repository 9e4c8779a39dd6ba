"""What of a sentence is attributed to its speaker: the clause that names the speaker (or, with no
name before the verb, the verb's own clause) up to where another speaker's clause opens. A page
then quotes that clause, never the analysis around it (但不論是……，所以才有……：特朗普……) nor the
next speaker's words (魏科夫還建議……；鄂夏柯夫回應……)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Attribution, Mention

CLAUSE_BREAK = re.compile(r"[，；;：]|——|,(?!\d)|(?<!\d),|(?<!\d):(?!//)")  # not in 1,000, 12:30 or a URL
# A clause where the writer draws a conclusion (……，因此也不難理解……): the speaker's words end before it.
INFERENCE = re.compile(r"[，,；;]\s*(?:因此|因而|所以|由此|可見|可见|不難|不难|換言之|换言之|顯見|显见)")
LEAD_IN = 12  # characters
# An English verb of saying that ends its sentence but for a few words ("…, Shmyhal said on Monday."):
# a reporting clause after what was said, like “…,” said Zelensky.
REPORTING_END = re.compile(r"[a-z]+(?:\s+[\w’'.-]+){0,3}\s*(?:[.!?]?[”\"’]?\s*$|(?P<aside>,)\s*" + r"(?=(?:as|while|after|before|when|amid|with|since|ahead)\b))")


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


def with_spans(text: str, found: list[tuple[Attribution, int]], s_end: int) -> list[Attribution]:
    """Each (attribution, start) of one sentence with its span: it ends where the clause of the
    next attribution of another speaker starts, or where the writer draws a conclusion, else at
    the sentence's end."""
    out = []
    for k, (attribution, start) in enumerate(found):
        end = min((s for a, s in found[k + 1:] if a.entity != attribution.entity and s > start), default=s_end)
        if conclusion := INFERENCE.search(text, start, end):
            end = conclusion.start() + 1
        cue = text.find(attribution.cue, start, end) if attribution.cue.isascii() else -1
        if cue >= 0 and (aside := REPORTING_END.match(text, cue, end)) and aside.group("aside"):
            end = aside.end("aside")  # "…, the Kremlin said, as officials began …": the writer's scene after it
        out.append(replace(attribution, start=start, end=end))
    return out
