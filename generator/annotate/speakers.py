"""Who speaks in each sentence: a speaker per speech verb, from the verb's clause, the sentence's
subject, a possessor (德里斯科的發言人) or, for a pronoun, the last speaker."""

from __future__ import annotations

import re

from ..model import Attribution, Mention
from ..normalize import Folded, fold

# Speech and stance verbs, folded (Simplified, lower case) as the text they are matched against is.
CUES = re.compile(
    r"(表示|表态|表达|说(?![法服])|指出|强调|认为|认同|拒绝|宣称|声称|称|透露|写道|写下|证实|主张|警告|质疑|回应|宣布|提到|补充|坦言|重申|直言|呼吁|承认|否认"
    r"|希望|建议|告诉|怀疑|解读"
    r"|\bsaid\b|\bsays\b|\bwrote\b|\btold\b|\bstated\b|\bwarned\b|\bargued\b)"
)
CLAUSE_BREAK = re.compile(r"[，,；;：:]")
OBJECT_MARK = re.compile(r"[向对给跟]$")
BOTH = re.compile(r"(?<![首成京国])[都均皆]\S{0,2}$|\bboth\b")  # 都說, 均表示, 會後均表示, "both said"; not 首都
NEGATION = re.compile(r"(没有|没|未|并未|从未|不曾)$")  # right before a speech verb, in folded text
# A clause that opens with a pronoun before its speech verb continues the last speaker.
PRONOUN = re.compile(r"^(但|而|并|且|同时|则|也)?(他|她)(们)?(?!国|人)|^(he|she)\b|(^|\s)(he|she)$")


class Speakers:
    def __init__(self, kind: dict[str, str]):
        self.kind = kind  # entity id -> kind

    def _named_in(self, named: list[Mention], start: int, end: int, text: str) -> tuple[list[Mention], list[Mention]]:
        """(possible subjects, possessors) named in text[start:end]; never an object (向川普).
        A possessor is a name before 的 or 's (德里斯科的發言人, Putin's envoy)."""
        inside = [m for m in named if start <= m.start and m.end <= end
                  and not OBJECT_MARK.search(fold(text[max(0, m.start - 1):m.start]))]
        owned = [m for m in inside if text[m.end:m.end + 1] == "的" or text[m.end:m.end + 2] in ("'s", "’s")]
        return [m for m in inside if m not in owned], owned

    def _people(self, named: list[Mention], start: int, end: int, text: str) -> list[str]:
        """Persons named in text[start:end] as subjects, in order."""
        return [m.entity for m in self._named_in(named, start, end, text)[0] if self.kind[m.entity] == "person"]

    def _subject(self, named: list[Mention], start: int, end: int, text: str, owner: bool = False) -> str | None:
        """The speaker named in text[start:end]: its first person, else its last organisation.
        With `owner`, its first possessor instead (德里斯科的發言人表示)."""
        subjects, owned = self._named_in(named, start, end, text)
        if owner:
            return owned[0].entity if owned else None
        people = [m for m in subjects if self.kind[m.entity] == "person"]
        found = people[0] if people else (subjects[-1] if subjects else None)
        return found.entity if found else None

    def attributions(self, folded: Folded, text: str, sentences, mentions: list[Mention]) -> list[Attribution]:
        """Who speaks in each sentence, for every speech verb: the subject named in the verb's
        clause; else the speaker of the sentence's previous speech verb (宣布……，並稱……); else, for
        the sentence's first verb, a possessor in the clause (德里斯科的發言人) or the sentence's
        subject ("Trump, meeting Zelensky, said"; 普丁支持……，認為……); else, for 他/she, the
        paragraph's last speaker or the person the nearest sentence before names."""
        named = [m for m in mentions if self.kind[m.entity] in ("person", "organisation")]
        # A negated verb says nothing (沒有否認); one before 的 qualifies a noun (川普聲稱的百萬人).
        cues = [c for c in CUES.finditer(folded.text)
                if not NEGATION.search(folded.text, 0, c.start()) and folded.text[c.end():c.end() + 1] != "的"]
        result: list[Attribution] = []
        last: str | None = None  # the paragraph's most recent speaker, for pronouns
        for index, (s_start, s_end) in enumerate(sentences):
            seen: list[str] = []
            bound = s_start  # end of the previous speech verb in this sentence
            for cue in cues:
                cue_start, cue_end = folded.span(cue.start(), cue.end())
                if not s_start <= cue_start < s_end:
                    continue
                clause_start = max([bound] + [bound + m.end() for m in CLAUSE_BREAK.finditer(text[bound:cue_start])])
                if BOTH.search(fold(text[clause_start:cue_start])):  # 川普與普丁都說: every person named there speaks
                    for entity in self._people(named, clause_start, cue_start, text):
                        if entity not in seen:
                            seen.append(entity)
                            result.append(Attribution(index, entity, text[cue_start:cue_end]))
                # A clause opening with 他/she is about someone named before ("He praised Witkoff and said").
                pronoun = bool(PRONOUN.search(fold(text[clause_start:cue_start]).strip()))
                speaker = None if pronoun else self._subject(named, clause_start, cue_start, text)
                if speaker is None and seen:  # what follows a speech verb is what was said, not who says it
                    speaker = seen[-1]
                if speaker is None and bound == s_start:
                    speaker = ((None if pronoun else self._subject(named, clause_start, cue_start, text, owner=True))
                               or self._subject(named, s_start, clause_start, text))
                if speaker is None and pronoun:  # the last speaker, else whom the nearest sentence before names
                    speaker = last or next((found for start, end in reversed(sentences[:index])
                                            if (found := self._subject(named, start, end, text))), None)
                if speaker is not None and speaker not in seen:
                    seen.append(speaker)
                    result.append(Attribution(index, speaker, text[cue_start:cue_end]))
                last = speaker or last
                bound = cue_end
        return result
