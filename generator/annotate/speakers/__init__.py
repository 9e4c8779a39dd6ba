"""Who speaks in each sentence: a speaker per speech verb, from the verb's clause, the sentence's
subject, a possessor (德里斯科的發言人), a name after the verb ("said Zelensky", "according to"),
or, for a pronoun, the last speaker (also the previous paragraph's, for a paragraph opening
"He added")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...model import Attribution, Mention
from ...normalize import Folded, fold
from ..clauses import speaker_start, with_spans
from ..countries import nationality
from .patterns import (
    ACCORDING,
    AFTER,
    AFTER_QUOTED,
    AFTER_QUOTED_ONLY,
    BOTH,
    BY_AGENT,
    CAPITAL_TITLE,
    CITED_SOURCES,
    CLAUSE_BREAK,
    CLEFT,
    CLEFT_SUBJECT,
    COMMENTATOR,
    CONTRAST_PRONOUN,
    CUES,
    HEARSAY,
    ISSUED,
    ISSUING,
    NEGATED,
    NEGATED_OBJECT,
    NEW_CLAUSE,
    NO_COMMENT,
    NOT_STATED,
    NOT_YET,
    NOUN_OF_SAYING,
    NOUN_SPEAKER,
    OUTLET,
    OWN_SUBJECT,
    PASSIVE,
    PASSIVE_NOUN,
    PRONOUN,
    PROPOSAL_NOUNS,
    PROPOSING,
    REFUSAL,
    REFUSED_END,
    QUOTATION,
    SAYING,
    SOURCE_WORDS,
    SHE,
    SPEECH,
    THIS_PERSON,
    UNNAMED_SOURCE,
    quote_mask,
)
from .agents import Agents, in_relative, readout
from .naming import Naming, Verb
from .roles import Role, find_roles, in_office, office_words, role_of
from .scope import illustration, scope
from .sentence import SentenceSpeakers

__all__ = ["CUES", "SPEECH", "Context", "Speakers"]

UNKNOWN_PERSON = "unknown"  # how a verb's speaker was not found: its subject is a person the gazetteer lacks


@dataclass(frozen=True)
class Context:
    """What the paragraphs before tell the next one: its speaker (a paragraph opening 'He added'),
    who was named with which role (a paragraph opening 'The president said') and who issued the
    statement it names last (a paragraph opening 聲明中說, "The statement said")."""
    speaker: str | None = None
    roles: tuple[Role, ...] = ()
    issuer: str | None = None  # who issued the statement the paragraph's last sentence naming one names
    women: frozenset[str] = frozenset()  # persons the corpus taught, named so far with a role only a woman holds


class Speakers(SentenceSpeakers):
    def __init__(self, kind: dict[str, str], group: dict[str, str | None], pronoun: dict[str, str] | None = None,
                 party_words: dict[str, str] | None = None, titles: dict[str, str] | None = None):
        self.kind = kind  # entity id -> kind
        self.titles = titles or {}  # person id -> the role briefing.yml gives them, folded (乌克兰总统)
        self.group = group  # entity id -> group ("Ukraine's president" is someone of group ukraine)
        # entity id -> its group and its party's words, folded: "the American vice president" is
        # someone of a group whose party's words hold "american" (briefing.yml, parties)
        self.known_as = {e: f"{g} {(party_words or {}).get(g, '')}" for e, g in group.items() if g}
        # and the nationality and office its title names: "the German chancellor" is the one titled
        # 德國總理, "the Russian foreign minister" the one titled 俄羅斯外交部長
        # (none for a former holder: 德國前總理 Scholz is not "the German chancellor")
        for e, title in self.titles.items():
            if not in_office(title):
                continue
            if words := f"{nationality(title)} {office_words(title)}".strip():
                self.known_as[e] = f"{self.known_as.get(e, '')} {words}"
        self.pronoun = pronoun or {}  # entity id -> "she" for the women the gazetteer knows
        self.naming = Naming(kind, group, self.pronoun)
        self.agents = Agents(self.naming, kind, self.titles, self.known_as)

    def attributions(self, folded: Folded, text: str, sentences, mentions: list[Mention],
                     before: Context = Context()) -> tuple[list[Attribution], Context]:
        """Who speaks in each sentence, for every speech verb, and the context for the next paragraph.

        A verb's speaker is the subject named in its clause, or the one a role noun there stands for
        ("the official added"); after an earlier verb of the sentence, that verb's speaker (the rest is
        what was said: 宣布……，並稱……; 普京指出，特朗普曾表示……); for the sentence's first verb, a
        possessor in the clause (德里斯科的發言人), a name after the verb (“…,” said Zelensky), or the
        sentence's subject ("Trump, meeting Zelensky, said"; 普丁支持……，認為……); for 他/she, the
        paragraph's last speaker, the person the nearest sentence before names or, in the paragraph's
        first sentence, the speaker `before` carries. "According to X" and 根據X的說法 name X. A person
        the gazetteer lacks, named as the subject, is the speaker: then no one is credited."""
        named = [m for m in mentions if self.kind.get(m.entity) in ("person", "organisation")]  # gazetteer ids only
        roles = find_roles(named, folded, text, self.kind, self.titles, sentences)
        quoted = quote_mask(text)
        verbs = [c for c in SPEECH.finditer(folded.text) if not quoted[folded.span(c.start(), c.end())[0]]]  # not the quoted's
        # A refusal to comment, and what it refuses to the clause's end (拒絕回應停火提議), is no one's statement.
        refused = [(c.start(), m.start() if (m := REFUSED_END.search(folded.text, c.end())) else len(folded.text))
                   for c in verbs if c.group() in REFUSAL and NO_COMMENT.match(folded.text, c.end())]
        cues = [c for c in verbs
                if not any(start <= c.start() < end for start, end in refused)
                and (not AFTER_QUOTED_ONLY.match(c.group()) or AFTER_QUOTED.search(folded.text, max(0, c.start() - 45), c.start()))
                and not in_relative(folded.text, c.start(), c.end())  # "Asked about what Putin said, Zelensky said"
                and not (c.group() in PROPOSAL_NOUNS and NEGATED_OBJECT.search(folded.text, max(0, c.start() - 24), c.start()))
                and (ACCORDING.search(folded.text, 0, c.start()) or folded.text.startswith("是,", c.end())
                     if c.group() in ("说法", "介绍") else  # 根據X的說法, X的說法是，……, 據X介紹
                     (not NOT_STATED.search(folded.text, 0, c.start()) or PASSIVE_NOUN.search(folded.text, max(0, c.start() - 20), c.start()))
                     and (folded.text[c.end():c.end() + 1] not in ("的", "被")  # 川普聲稱的百萬人, 美方提議被拒
                          or bool(CLEFT.match(folded.text, c.end()) and CLEFT_SUBJECT.search(folded.text, 0, c.start()))))]
        negated = [folded.span(c.start(), c.end()) for c in verbs if NEGATED.search(folded.text, max(0, c.start() - 24), c.start())]
        result: list[Attribution] = []
        last: str | None = None  # the paragraph's most recent speaker, for pronouns
        spoken = None  # the last verb's speaker, None when unknown: what the next paragraph continues
        stranger = False  # the last to speak was a person the gazetteer lacks
        woman = None  # the last known speaker, if the gazetteer knows her as a woman
        for index, (s_start, s_end) in enumerate(sentences):
            # a sentence naming someone the gazetteer knows before its first verb ends what a stranger's 他 stood
            # for (not one named in what 他 says: 學者陳志明認為…。他指出，特朗普政府…)
            first = next((folded.span(c.start(), c.end())[0] for c in cues if s_start <= folded.span(c.start(), c.end())[0] < s_end), s_end)
            stranger = stranger and not any(s_start <= m.start < first and self.kind.get(m.entity) == "person" and not quoted[m.start]
                                            for m in named)
            seen: list[str] = []
            unknown = False  # a verb of this sentence whose speaker is a commentator (分析人士認為)
            bound = s_start  # end of the previous speech verb in this sentence
            proposed = False  # that verb proposes (建議, 呼籲), see _second
            after_noun = False  # that verb is an act named as a noun (遭到克宮的駁斥) or a passive: nothing after it is what was said
            replied = False  # a reply to it opened a second speaker: each later named subject speaks too
            ends: list[int] = []  # spans that only end the one before them (a speaker taking up again)
            spans: list[tuple[Attribution, int]] = []  # this sentence's attributions, where each one's text starts
            earlier: list[Attribution] = []  # the quotation before, credited to this sentence's speaker
            sentence = scope(text, s_start, s_end, quoted, named)  # what of it can hold a position
            # An opening frame (在川普宣布制裁後，…; "After Putin rejected the ceasefire, …") is a clause of
            # its own: its subject is credited with the frame alone, and the main clause starts afresh.
            framed, frame_speakers = sentence.start > s_start, []
            for cue in cues:
                cue_start, cue_end = folded.span(cue.start(), cue.end())
                if not s_start <= cue_start < s_end or sentence.excludes(cue_start, cue.group()):
                    continue
                if framed and cue_start >= sentence.start:
                    framed, frame_speakers, seen, unknown, bound = False, list(seen), [], False, sentence.start
                if cue.group() in ("citing", "quoting") and (any(s_start <= m.start < cue_start for m in named)
                                                              or self.naming.speaks_after(named, text, cue_end, s_end)):
                    continue  # "Trump, citing Putin's remarks, said", "Quoting Putin, Trump said": the sentence's own subject speaks
                if not seen and any(bound <= b and not CLAUSE_BREAK.search(text, e, cue_start) for b, e in negated if b < cue_start):
                    unknown = True  # what a negated verb would have said, in its clause, is no one's
                breaks = [bound + m.end() for m in CLAUSE_BREAK.finditer(text[bound:cue_start])]
                clause_start = max([bound] + breaks)
                clause = fold(text[clause_start:cue_start])
                # An outlet citing unnamed sources (路透社引述三名知情人士報導，普丁……): what follows is
                # the sources' report, as what follows their verb would be.
                unknown = unknown or (not seen and bool(CITED_SOURCES.search(fold(text[bound:clause_start]))))
                # What follows a speech verb is what was said, not who says it.
                # After an unknown speaker (分析人士指出，川普……，普丁則認為……), the rest of the sentence
                # is theirs however many clauses follow, unless a clause opens anew (但, 而, "but").
                # A closing report's own verb (…, Zelensky said.) is never what the speaker before said.
                second = bool(seen) and self._second(named, text, bound, clause_start, (cue_start, cue_end), s_end, proposed, replied)
                said = ((bool(seen) and len(breaks) <= 1 and not second
                         or unknown and not seen)
                        and not after_noun and not NEW_CLAUSE.match(clause) and ";" not in fold(text[bound:clause_start])
                        and not sentence.reported_by_tail(cue_start))
                known = [*before.roles, *(role for end, role in roles if end <= cue_start)]
                verb = Verb(index, clause_start, cue_start, cue_end, bound == s_start, sentence.start)
                if said and not seen:  # 分析人士認為，普丁希望……: what an analyst says of Putin is not his word
                    bound, proposed = cue_end, bool(PROPOSING.fullmatch(cue.group()))
                    continue
                # "she" after a stranger, with a woman the gazetteer knows the last known speaker, is hers
                # ("…," said Kallas. "…," said Ivan Petrov. She added …)
                hers = bool(stranger and woman and SHE.search(clause))
                speaker, how = (seen[-1], "said") if said else self._speaker(named, text, sentences, verb, seen, woman if hers else last,
                                                                               before, known, stranger and not hers)
                if speaker is None and not how and (name := self.naming.stranger(named, text, cue_end, s_end, opening=False) or verb.first and self.naming.stranger(
                        named, text, s_start, next((s_start + b.start() for b in CLAUSE_BREAK.finditer(text[s_start:cue_start])), cue_start), opening=True)):
                    # "…, said Michael Carter, a senior fellow …", "Representative Tom Harwood, a Texas Republican, said
                    # …": a person the gazetteer lacks speaks, after the verb or opening the sentence; one the
                    # corpus taught is credited by name after a verb that closes what was said ("…, said X" or
                    # "“…” said X", not "People said X, the ambassador, had left"), so their "He added" is theirs too
                    learned = next((m.entity for m in named if name[0] <= m.start < name[1] and self.kind.get(m.entity) == "person"), None)
                    closing = name[0] < cue_start or text[:cue_start].rstrip()[-1:] in (",", "”", '"')
                    speaker, how = (learned, "after") if learned and closing else (None, UNKNOWN_PERSON)
                # "Zelensky was criticised by Trump and said …", "Asked by Zelensky …, Trump said": the one
                # who acts on the sentence's subject, or is named after a noun of saying, speaks only when no
                # verb of the sentence follows; a noun naming no speaker is no verb ("Zelensky, facing threats
                # from Trump to cut off weapons, said …")
                noun = bool(NOUN_OF_SAYING.fullmatch(cue.group()) and NOUN_SPEAKER.match(text, cue_end, s_end))  # not "warning that"
                if (how == "passive" and self.agents.framed(named, text, clause_start, cue_start, cue_end, s_end)
                        or how == "after" and noun) and any(cue_end <= folded.span(c.start(), c.end())[0] < s_end for c in cues):
                    continue
                if noun and how != "after":
                    continue
                # Someone unnamed, unknown to the gazetteer or not resolved (a role, a pronoun) says
                # something: what follows in the sentence is theirs, whoever it names (札哈羅娃表示，
                # "the ministry said"); an outlet's report of a named speaker's words stays theirs.
                act = folded.text[cue.start() - 1:cue.start()] == "的"  # 受到外界的批評: an act named, no words follow
                unknown = unknown or (speaker is None and not seen and not act and (
                    bool(COMMENTATOR.search(clause) or UNNAMED_SOURCE.search(clause))
                    or bool(SAYING.fullmatch(cue.group()) and clause.strip() and not OUTLET.search(clause))))
                # 川普與普丁都說: every person named there speaks; 馬克宏與梅爾茨表示, "Macron and Merz said": each of the joint subject
                joint = [] if said else self.naming.joint(named, clause_start, cue_start, text)
                if how == "pronoun-pair":  # "Witkoff and Kushner met Putin. They said …": each of them
                    joint = self.pair_before(named, speaker, text, sentences, verb)
                if not said and (BOTH.search(clause) or joint):
                    for entity in joint or self.naming.people(named, clause_start, cue_start, text):
                        if entity not in seen:
                            seen.append(entity)
                            spans.append((Attribution(index, entity, text[cue_start:cue_end], how="both"), clause_start))
                if speaker is not None and speaker in frame_speakers:
                    seen.append(speaker)  # 在普丁拒絕停火後，普丁表示…: one attribution, the whole sentence
                elif speaker is not None and speaker in seen and second and speaker != seen[-1]:
                    # The proposer speaks again after the reply (川普提議…，普丁對此表示歡迎，川普週五說…): the
                    # reply ends where they take up, and their first attribution stays the one.
                    ends.append(len(spans))
                    spans.append((Attribution(index, speaker, text[cue_start:cue_end], how=how),
                                  speaker_start(text, named, speaker, s_start, clause_start, cue_start, s_end, quoted)))
                    seen.append(speaker)
                elif speaker is not None and speaker not in seen:
                    seen.append(speaker)
                    spans.append((Attribution(index, speaker, text[cue_start:cue_end], how=how),
                                  s_start if sentence.reported_by_tail(cue_start) else
                                  speaker_start(text, named, speaker, s_start, clause_start, cue_start, s_end, quoted)))
                    # 「我們不會讓步。」澤倫斯基說。: the quotation before a sentence that only names its speaker
                    if (index and verb.first and not CLAUSE_BREAK.search(text[s_start:cue_start])
                            and not text[cue_end:s_end].strip(" 。.!！道") and QUOTATION.match(text[slice(*sentences[index - 1])])
                            and Attribution(index - 1, speaker, text[cue_start:cue_end], how=how) not in result + earlier):
                        earlier.append(Attribution(index - 1, speaker, text[cue_start:cue_end], how=how))
                # 他 after someone the gazetteer lacks spoke (費丹則表示……。他呼籲……) is that person, not the one before
                last = speaker or (None if how == UNKNOWN_PERSON else last)
                woman = (speaker if self.pronoun.get(speaker) == "she" else None) if speaker else woman
                # ... and so after a commentator or an unnamed source spoke (一位俄方官員透露……。他說)
                stranger = (how == UNKNOWN_PERSON or (stranger and speaker is None)
                            or speaker is None and not seen and bool(COMMENTATOR.search(clause) or UNNAMED_SOURCE.search(clause)))
                spoken = speaker
                # what a verb inside what was said proposes is still what was said (表示，俄方提出……，)
                replied = replied or (second and proposed)
                bound, proposed = cue_end, proposed if said else bool(PROPOSING.fullmatch(cue.group()))
                # a Chinese passive's verb takes no words after it either (遭到澤倫斯基拒絕，佩斯科夫對此表示歡迎)
                after_noun = (act or how == "passive" and not cue.group().isascii()) and not said
            found = with_spans(text, spans, s_end, [m for m in named if s_start <= m.start < s_end], quoted)
            found = [a for k, a in enumerate(found) if k not in ends]
            if found and readout(folded, text, cues, s_start, s_end, quoted):
                found = []  # "Putin spoke with Orbán, the Kremlin said": a readout of a call, no one's position
            main = set() if framed else set(seen)  # who speaks in the main clause, once it was reached
            result.extend(replace(a, end=min(a.end, sentence.start)) if a.start < sentence.start and a.entity not in main else a
                          for a in found)
            result.extend(earlier)
        known = (*before.roles, *(role for _, role in roles))[-40:]  # the last few dozen are enough
        # A statement issued (signed, released) in the last sentence naming one speaks, in the next
        # paragraph, for the one who issued it; one only criticised there is not theirs.
        issuer = next((self.naming.sentence_subject(named, start, end, text, scenes=False) if ISSUING.search(fold(text[start:end]))
                       else None for start, end in reversed(sentences) if ISSUED.search(fold(text[start:end]))), None)
        women = before.women | self.naming.women(named, text)
        if cues:
            return result, Context(spoken, known, issuer, women)
        # Whom the last sentence naming someone names; a quotation alone passes the speaker before on.
        subject = next((found for start, end in reversed(sentences)
                        if (found := self.naming.subject(named, start, end, text))), None)
        return result, Context(subject if subject or named else before.speaker, known, issuer, women)

    def _speaker(self, named: list[Mention], text: str, sentences, verb: Verb, seen: list[str], last: str | None,
                 before: Context, roles: list[Role], stranger: bool = False) -> tuple[str | None, str]:
        """The speaker of one speech verb not inside what an earlier one says (see `attributions`)
        and how it was found (Attribution.how); `roles`: who was named with a role so far."""
        s_start, s_end = sentences[verb.sentence]
        cue = fold(text[verb.start:verb.end])
        if illustration(text, s_start, verb.start, [m.start for m in named if self.kind[m.entity] == "person"]):
            return None, ""
        clause = fold(text[verb.clause:verb.start])
        # 若普丁拒絕, 傳普丁拒絕, 澤倫斯基預計將拒絕: nothing stated yet (after a dash, a clause anew:
        # 烏克蘭是否需要割讓領土——這點始終被澤倫斯基視為紅線)
        if NOT_YET.search(re.split(r"—|--", clause)[-1]):
            return None, ""
        if HEARSAY.search(clause) and not BY_AGENT.match(text, verb.end, s_end):
            return None, ""
        if cue in AFTER:
            return (self.agents.apposed(named, verb.end, text, s_end)  # "according to Trump's envoy, Steve Witkoff"
                    or self.naming.after(named, verb.end, text, s_end, SOURCE_WORDS)  # "according to a US official"
                    or self.naming.after(named, verb.end, text, s_end, CAPITAL_TITLE)), "after"  # "according to Secretary of State X"
        if (found := self.agents.of_noun(named, text, verb, s_end)) is not None:
            return found  # "accusations from President Trump that …"
        if (found := self.agents.of_relative(named, text, verb, clause)) is not None:
            return found  # "… concessions from President Zelensky, who had previously ruled out …"
        if (found := self.agents.of_what(named, text, verb)) is not None:
            return found  # "… to discuss what Zelensky said was a dangerous plan"
        # "was rejected on Monday by Sybiha", "A point stressed by Kallas …": the one after "by", if
        # known (not "Trump, praised by Putin, said": a participle inside the sentence's subject)
        by = BY_AGENT.match(text, verb.end, s_end) if cue.isascii() else None
        participle = by and not by.group(1) and verb.first and not CLAUSE_BREAK.search(text, s_start, verb.start)
        if by and (PASSIVE.search(clause) or participle and not self.naming.subject(named, verb.clause, verb.start, text)) \
                and (agent := self.agents.after_by(named, by.end(), text, s_end)):
            return agent, "passive"
        if (head := self.agents.modified(named, text, verb)) is not None:
            return head, "clause"  # 遭川普斥責的澤倫斯基週五表示: the passive only qualifies the subject
        if PASSIVE.search(clause):  # 被莫斯科批評: the one after 被, if known, is the speaker
            return self.agents.passive(named, text, verb, cue)
        # A clause opening with 他/she is about someone named before ("He praised Witkoff and said").
        pronoun = bool(PRONOUN.search(clause.strip()))
        if not pronoun:
            if found := self.naming.subject(named, verb.clause, verb.start, text):
                return (None, "") if self.naming.embedded(named, found, text, verb) else (found, "clause")
            if self.naming.unknown(named, verb.clause, verb.start, text):  # no known subject, an unknown one
                return None, UNKNOWN_PERSON
            if text[verb.start:verb.end].isascii() and self.naming.unknown_after_quote(named, text, s_start, verb.start):
                return None, UNKNOWN_PERSON
            role, found = role_of(clause, roles, self.known_as)  # "the official added"
            if THIS_PERSON.match(clause.strip()) and not role:
                pronoun = True  # 這位資深外交官又指: the one just spoken of, as 他 (a role noun, 這位總統, says whom)
            elif role:
                return found, "role"
            elif UNNAMED_SOURCE.search(clause):  # "…, a source close to the Kremlin said": not the sentence's subject
                return None, ""
            elif OWN_SUBJECT.match(clause.strip()):  # 而莫斯科雖表示: a new clause with a subject of its own
                return None, ""
        if seen:
            return seen[-1], "carried"
        if pronoun and stranger:  # the last to speak was someone the gazetteer lacks (`stranger`): 他 is them
            return None, ""
        opening = fold(text[s_start:verb.clause]).strip() if verb.clause > s_start else clause.strip()
        fits = self.naming.fits(clause if pronoun else opening, before.women | self.naming.women(named, text))  # 他/he is no woman known as one
        if pronoun and CONTRAST_PRONOUN.search(clause):  # 他則回應: the other one, not the speaker before
            other = last or next((found for start, end in reversed(sentences[:verb.sentence])
                                  if (found := self.naming.subject(named, start, end, text))), None)
            fits = (lambda base: lambda entity: base(entity) and entity != other)(fits)
        return self._pronoun(named, text, sentences, verb, clause, opening, pronoun, last, before, roles, fits)
