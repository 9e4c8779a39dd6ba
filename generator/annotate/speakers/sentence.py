"""Who speaks where a verb's own clause names no one (the rest of `Speakers._speaker`): the
sentence's subject, a name after the verb, a possessor, a statement's issuer or a role noun for a
sentence's first verb; the last speaker or the one named before for a pronoun or a clause without a
subject; and whether a clause opens a second speaker after what the first one said."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Mention
from ...normalize import fold
from .naming import Verb
from .patterns import (AFTER_QUOTE, ALSO, AND_SPEAKER, CLAUSE_BREAK, DOCUMENT, ISSUED, NO_SUBJECT, PLURAL, PRONOUN, REPLY, REPLY_TAIL,
                       ROLE_AFTER, SAYING, SEQUENCE, SHE, SUBORDINATE, TITLE_WORDS, TOLD, quote_mask)
from .roles import Role, role_of

if TYPE_CHECKING:
    from . import Context


# An English sentence opening with a frame of time or place, its comma often left out.
FRAMED_OPENING = re.compile(r"\s*(?i:(?:hours|days|weeks|months|minutes|moments|shortly|just|only|soon|even|long)\s+)?"
                            r"(?i:after|before|when|while|as|since|on|in|at|during|amid|despite|following|once|until|although|though"
                            r"|because|if|with|without|by|from|for|over|within|throughout|across|under)\b")

# What may stand between "and" and a second speaker's name (titles, capitalised or not, "the"), and between the
# name and its verb (as written, not folded): "and Ukrainian President Volodymyr Zelensky later said"
TITLED = re.compile(r"\s*(?:(?:the|[A-Z][\w.'’-]*|special|top|senior|deputy|vice|prime|foreign|defen[cs]e|envoy|negotiator|minister"
                    r"|secretary|aide|adviser|advisor|chief|head|leader|president|spokes(?:man|woman|person)|official|ambassador"
                    r"|chancellor|counterpart|diplomat|commander|representative)\s+)*")
AUXILIARIES = re.compile(r"(?:['’]s)?\s*(?:(?:has|had|also|later|then|now|again|separately)\s+)*")


class SentenceSpeakers:
    """Mixed into `Speakers`: uses its naming, agents, kind, group, pronoun and known_as."""

    def _pronoun(self, named, text, sentences, verb: Verb, clause: str, opening: str, pronoun: bool, last: str | None,
                 before: Context, roles: list[Role], fits) -> tuple[str | None, str]:
        """The rest of `_speaker`: the sentence's subject for its first verb, else whom a pronoun or a
        clause without a subject continues, among those `fits` allows."""
        if verb.first and (found := self._first(named, text, sentences, verb, clause, pronoun, roles, before.issuer))[0] \
                and (not pronoun or fits(found[0])):
            return found if found[1] != "sentence-far" else (None, "")  # too far to be its subject
        # A sentence opening with 他/he ("He reported no breakthrough, however, and added: …") or with
        # no subject at all (「……」並強調……) continues the last speaker.
        if pronoun or (verb.first and (PRONOUN.match(opening) or NO_SUBJECT.match(opening))):
            # the last speaker, else whom the nearest sentence before names, else the paragraph before's
            if last and fits(last):
                # 她/she after someone the corpus taught (whose gender it does not know), with a woman
                # the gazetteer knows named before them: either may be meant, so no one is credited.
                if (last not in self.group and SHE.search(clause if pronoun else opening)
                        and any(self.pronoun.get(m.entity) == "she" and m.start < verb.start for m in named)):
                    return None, ""
                how = "pronoun" if pronoun or PRONOUN.match(opening) else "carried"
                # "After Trump remarked …, Canadian Prime Minister Mark Carney fired back. “…,” he
                # declared": someone named after the last speaker may be the one meant
                if how == "pronoun" and any(m.entity == last and m.start < sentences[verb.sentence][0] for m in named) \
                        and self.naming.crossed(named, last, text, sentences, verb):
                    how = "pronoun-crossed"
                return last, how
            # Not a name inside a quotation: 「這一點普亭總統也理解。」他又說 is the speaker before's, not Putin's.
            quoted = quote_mask(text)
            outside = [m for m in named if not quoted[m.start]]
            named_before, (a_start, a_end) = next(((found, (start, end)) for start, end in reversed(sentences[:verb.sentence])
                                                   if (found := self.naming.subject(outside, start, end, text))), (None, (0, 0)))
            if named_before and (pair := self.naming.pair(outside, named_before, a_start, a_end, text)):
                # "They said …" after "Witkoff and Kushner met Putin." is both (the caller credits the
                # other: pair_before); "He said …" after "Macron and Starmer co-hosted the call." either,
                # so no one is credited, unless the pronoun fits only one (Kallas and Rubio …. She said)
                if PLURAL.search(clause if pronoun else opening):
                    return named_before, "pronoun-pair"
                fitting = [entity for entity in pair if fits(entity)]
                return (fitting[0], "pronoun-named") if len(fitting) == 1 else (None, "")
            if named_before and not fits(named_before):  # "Leavitt said Trump was upbeat. He told reporters …"
                named_before = next((m.entity for start, end in reversed(sentences[:verb.sentence])
                                     for m in self.naming.named_in(outside, start, end, text)[0]
                                     if self.kind[m.entity] == "person" and fits(m.entity)), None)
            if named_before:
                return named_before, "pronoun-crossed" if self.naming.crossed(named, named_before, text, sentences, verb) else "pronoun-named"
            return (before.speaker if before.speaker and fits(before.speaker) else None), "pronoun-before"
        return None, ""

    def pair_before(self, named: list[Mention], speaker: str, text: str, sentences, verb: Verb) -> list[str]:
        """The pair a "they" credited to `speaker` stands for ("pronoun-pair"): whom the nearest sentence
        before naming them as its subject names with them."""
        quoted = quote_mask(text)
        outside = [m for m in named if not quoted[m.start]]
        for start, end in reversed(sentences[:verb.sentence]):
            if self.naming.subject(outside, start, end, text) == speaker:
                return self.naming.pair(outside, speaker, start, end, text)
        return []

    def _second(self, named: list[Mention], text: str, bound: int, clause_start: int, cue: tuple[int, int], s_end: int,
                proposed: bool, replied: bool) -> bool:
        """Whether the clause before a verb opens a second speaker after what the first one said:
        its own subject followed by 則/也 (普丁表示……，澤倫斯基則表示……) or "and" ("Putin said …, and
        Zelensky said …"), or by 隨即/隨後 after a verb that tells nothing (川普批評普丁，澤倫斯基隨即反駁), or, after a verb that proposes (`proposed`: 建議, 提議, 呼籲), by 對此 right
        before the verb (威特科夫曾建議……，川普對此表示……) in a clause of its own (not 表態之前); after
        such a reply (`replied`), by any named subject (……，普丁對此表示歡迎，川普週五說……). Right after
        the first verb (普丁表示，澤倫斯基也承認……) it is what was said, but for "and" (“…,” Rubio said, and
        Zelensky said …): what was said never opens with it."""
        cue_start, cue_end = cue
        # An organisation as the second speaker only when it says so (則表示, "and the White House
        # said"): "…, and the EU proposed a loan" is the writer's next fact, not a position.
        saying = bool(SAYING.match(fold(text[cue_start:cue_start + 6])))
        speakers = [m for m in named if self.kind[m.entity] == "person" or saying]
        if not fold(text[bound:clause_start]).strip(" ,，:：;；"):
            # right after the first verb, only "and", a named subject (a title before it) and its verb: not
            # "and if Putin says", "and neither Putin nor …", "and Putin reportedly told", "and Putin ally X said"
            opening = AND_SPEAKER.match(fold(text[clause_start:cue_start]))
            return bool(opening) and any(
                clause_start + opening.end() <= m.start and m.end <= cue_start
                and TITLED.fullmatch(text, clause_start + opening.end(), m.start) and AUXILIARIES.fullmatch(text, m.end, cue_start)
                for m in speakers)
        if ALSO.match(fold(text[clause_start:cue_start])) and any(
                clause_start <= m.start and m.end <= cue_start for m in speakers):
            return True
        subjects = self.naming.named_in(speakers, clause_start, cue_start, text)[0]
        # A reply's subject opens its clause (not 並要求澤倫斯基對此表態, 只要普丁對此表示同意: asked, a condition).
        opening = [m for m in subjects if not fold(text[clause_start:m.start]).strip(" 而但并且")]
        if replied and any(self.kind[m.entity] == "person" for m in opening):
            return True
        if any(ALSO.match(fold(text[m.end:cue_start])) for m in subjects):
            return True
        # 川普批評普丁，澤倫斯基隨即反駁: a named subject acting next, after a verb that is no telling (not
        # 川普告訴記者，普丁隨後表示同意, which is what Trump told)
        if any(SEQUENCE.match(fold(text[m.end:cue_start])) for m in opening) and not TOLD.search(fold(text[max(0, bound - 2):bound])):
            return True
        if not (proposed and any(REPLY.fullmatch(fold(text[m.end:cue_start])) for m in opening)):
            return False
        own = CLAUSE_BREAK.search(text, cue_end, s_end)  # the reply's own clause after its verb
        tail = fold(text[cue_end:own.start() if own else s_end])
        return bool(REPLY_TAIL.fullmatch(tail)) and not SUBORDINATE.search(tail)

    def _first(self, named: list[Mention], text: str, sentences, verb: Verb, clause: str, pronoun: bool,
               roles: list[Role], issuer: str | None = None) -> tuple[str | None, str]:
        """For a sentence's first speech verb whose clause names no one: a name after the verb, a
        possessor, the sentence's subject, a statement's issuer or a role noun opening the sentence
        (and how it was found)."""
        s_start, s_end = sentences[verb.sentence]
        english = text[verb.start:verb.end].isascii()
        if not pronoun:
            # “…,” said Zelensky; and without quotation marks, "Putin is in no hurry, said Ushakov": the
            # name after a verb that closes what was said, not the subject of what was said
            inverted = text[s_start:verb.start].rstrip().endswith(",") and self.naming.closes(named, verb.end, text, s_end)
            if english and (AFTER_QUOTE.search(text, 0, verb.start) or inverted):
                if found := self.agents.apposed(named, verb.end, text, s_end) or self.naming.after(named, verb.end, text, s_end, TITLE_WORDS):
                    return found, "after"  # “…,” said Zelensky, “…,” said the Ukrainian president, Volodymyr Zelensky
                noun = ROLE_AFTER.match(text, verb.end, s_end)  # “…,” said the American vice president, after …
                if noun and (role := role_of(fold(noun.group(1)), roles, self.known_as))[1]:
                    return role[1], "role"
            if found := self.naming.subject(named, verb.clause, verb.start, text, owner=True):
                # 佩斯科夫在記者會上，引述普丁的話說: the one named before relays the words, as "Trump, quoting Putin, said"
                if fold(text[verb.clause:verb.start]).endswith("的话") and verb.clause > s_start:
                    quoted = quote_mask(text)
                    if earlier := self.naming.sentence_subject([m for m in named if not quoted[m.start]],
                                                               max(s_start, verb.floor), verb.clause, text, scenes=False):
                        return earlier, self.naming.distance(named, earlier, text, s_start, verb)
                return found, "owner"
        quoted = quote_mask(text)  # a name inside the quoted words is what is spoken of, not who speaks
        outside = [m for m in named if not quoted[m.start]]
        if found := self.naming.sentence_subject(outside, max(s_start, verb.floor), verb.clause, text, scenes=pronoun):
            # ... not inside another clause's object (not after an opening frame with no comma:
            # "Hours after the drones hit the grid Zelensky flew to Berlin, saying …")
            if not FRAMED_OPENING.match(text, max(s_start, verb.floor)) and self.naming.embedded(outside, found, text, verb, max(s_start, verb.floor)):
                return None, ""
            return found, self.naming.distance(named, found, text, s_start, verb)
        before = sentences[verb.sentence - 1] if verb.sentence else None
        if before and DOCUMENT.match(clause.strip()) and ISSUED.search(fold(text[slice(*before)])):
            return self.naming.sentence_subject(named, *before, text, scenes=False), "document"
        if not before and issuer and DOCUMENT.match(clause.strip()):
            return issuer, "document"  # 聲明中說 after a paragraph whose last statement European leaders signed
        if pronoun:
            return None, ""
        if verb.clause > s_start and (role := role_of(fold(text[s_start:verb.clause]).split(",")[0], roles, self.known_as))[0]:
            return role[1], "role"  # "The president, interviewed by France 2, said"
        return None, ""

