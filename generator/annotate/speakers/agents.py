"""Who acts where the subject is not the speaker: a passive's agent after "by" ("was rejected by
Sybiha"), a role's holder named in apposition ("according to the Kremlin spokesman, Dmitry Peskov"),
a Chinese passive's agent (被莫斯科批評, 被俄羅斯外長拉夫羅夫斥為, 遭到西科爾斯基的駁斥), the head noun a Chinese
passive modifier qualifies (遭川普斥責的澤倫斯基週五表示), a free relative's
subject ("… to discuss what Zelensky said was a dangerous plan"); and whether a
sentence only reads out a call or a meeting (no one's position). The speakers module (its __init__)
asks these for one verb at a time."""

from __future__ import annotations

import bisect
import re

from ...model import Mention
from ...normalize import Folded, fold
from .naming import APPOSITION_CLOSED, Naming, Verb
from .patterns import (AGENT_END, CAPITAL_TITLE, CLAUSE_BREAK, NOT_SAID, NOUN_OF_SAYING, NOUN_SPEAKER, PASSIVE_MARK, PASSIVE_TITLED, READOUT,
                       READOUT_REPORT, READOUT_REPORTER, RELATIVE, ROLE_BETWEEN, SAID_THAT, SAYING, SERVES, SUBORDINATE)
from .roles import role_of, title_roles

__all__ = ["Agents", "readout"]

# Right before the one who acts in a passive clause (被莫斯科批評); 被迫 (forced to) is none
PASSIVE_AGENT = re.compile(r"(?:被(?!迫)|遭到?|受到)$")
# What may stand between a passive's agent named after a title and its verb: nothing, 的 (遭到西科爾斯基的駁斥), a manner
AGENT_TO_VERB = re.compile(r"的?(?:公开|强烈|严厉|直接|当面|再次|多次|一再|点名|亲自)?")
# What lies between a passive's agent and a later verb when the passive closes a frame of time
# (被川普批評後表示, 遭普京點名之後隨即回應), folded: not where the agent acted (被川普在會後批評).
AFTER_PASSIVE = re.compile(r"(?![在于的])[^，,。；;]{1,8}?(?:之后|以后|过后|后|时|之际)[^，,。；;]{0,10}")
PASSIVE_OPENS = re.compile(r"[被遭]|受到")  # where a Chinese passive opens, 受到 included (澤倫斯基受到川普施壓後表示)

# A characterising verb in a relative clause ("what Zelensky dubbed a “dangerous” plan", "reporters who
# branded it “historic”", "the proposal that Trump termed “fantastic”"): whose words they are, the
# sentence's subject or the relative's, is not told apart; left to credit no one (folded).
CHARACTERISING = re.compile(r"branded|dubbed|termed")
RELATIVE_BEFORE = re.compile(r"\b(?:what|whom|which|who|that)\s+(?:[\w’'.-]+\s+){0,4}$")
# A verb inside a free relative that only names a thing said ("asked about what Putin said, Zelensky said",
# "Peskov, commenting on what Trump said, told reporters"): no statement of this sentence (folded)
WHAT_NAMED = re.compile(r"\bwhat\s+(?:[\w’'.-]+\s+){1,5}$")
# "what" opening a free relative whose subject is named after it, and what may stand between that name
# and its verb (what Zelensky had once said; what US President Donald Trump described as …), as written.
WHAT = re.compile(r"\b[Ww]hat\s+")
FREE_GAP = re.compile(r"(?:\s+(?:had|has|have|once|previously|later|repeatedly|then|also|himself|herself))*\s+")
# ... not after words that make it a question or an unknown, up to three words before "what" (unclear what,
# asked reporters what, declined to say what, would not reveal what)
UNKNOWN_WHAT = re.compile(r"\b(?:unclear|uncertain|unknown|clear|known|sure|certain|seen|asked|asks|ask|asking|wonder\w*|knows?|knew"
                          r"|decide[sd]?|question|explain\w*|say|tell|told|reveal\w*|disclos\w*|specif\w*|detail\w*|elaborat\w*"
                          r"|comment\w*)\s+(?:[\w’'-]+\s+){0,3}$", re.I)
# ... and not after a verb that takes what was said as its object (welcomed what, echoed what): a thing
# named, the sentence's own verbs decide; after a preposition (asked about what Putin said) only "as"
# says what the relative's subject holds it to be (for what Zelensky described as a summit without Ukraine)
WHAT_AS_OBJECT = re.compile(r"\b(?:welcom\w*|disput\w*|contradict\w*|echo\w*|cit\w*|quot\w*|recall\w*|recount\w*|repeat\w*"
                            r"|outlin\w*|summari[sz]\w*|agree\w*|reject\w*|dismiss\w*)\s+$", re.I)
WHAT_AFTER_PREPOSITION = re.compile(r"\b(?:about|on|over|at|to|for|by|with|of|from|regarding)\s+$", re.I)
# What the verb says a thing was: "what Zelensky said was a dangerous plan", "what Trump described as"
WHAT_IT_WAS = re.compile(r"\s+(?:was|were|is|are|had been|has been|would be|could be|will be|amounted to|(as))\b")


def in_relative(folded: str, start: int, end: int) -> bool:
    """Whether the speech verb at folded[start:end] says nothing in its sentence because it stands in a
    relative clause: a characterising verb after what/which/who/that ("reporters who branded it
    “historic”"), or an English verb in "what X said" that only names a thing said, nothing after it
    saying what the thing was ("Asked about what Putin said, Zelensky said …")."""
    verb = folded[start:end]
    return bool(CHARACTERISING.fullmatch(verb) and RELATIVE_BEFORE.search(folded, max(0, start - 60), start)
                or verb.isascii() and WHAT_NAMED.search(folded, max(0, start - 60), start) and not WHAT_IT_WAS.match(folded, end))


class Agents:
    def __init__(self, naming: Naming, kind: dict[str, str], titles: dict[str, str], known_as: dict[str, str]):
        self.naming = naming
        self.kind = kind  # entity id -> kind
        self.titles = titles  # person id -> the role briefing.yml gives them, folded
        self.known_as = known_as  # entity id -> its group, party words, nationality and office (Speakers)

    def of_noun(self, named: list[Mention], text: str, verb: Verb, s_end: int) -> tuple[str | None, str] | None:
        """For a noun of saying with "from" or "by" after it, (its speaker, how): the one named there
        when a "that" opens what was said ("accusations from President Trump that …"), else no one
        (not "sought assurances from Trump that …", "Remarks by Trump that angered Kyiv"); None for
        any other verb."""
        if not (NOUN_OF_SAYING.fullmatch(fold(text[verb.start:verb.end])) and (by := NOUN_SPEAKER.match(text, verb.end, s_end))) \
                or NOT_SAID.search(text, max(0, verb.start - 30), verb.start):
            return None
        who = next((m for m in named if m.start >= by.end() and CAPITAL_TITLE.fullmatch(text[by.end():m.start])), None)
        return (who.entity, "after") if who and SAID_THAT.match(text, who.end, s_end) else (None, "")

    def of_relative(self, named: list[Mention], text: str, verb: Verb, clause: str) -> tuple[str | None, str] | None:
        """For a verb opening a relative clause after a name, in a sentence no verb before has made someone
        else's ("… President Zelensky, who had previously ruled out …"), (that person, how), or no one
        after "of/for/to" someone ("an aide to Witkoff, who told him"); None otherwise."""
        lead = text[:verb.clause].rstrip()
        owner = next((m for m in named if m.end == len(lead) - 1 and self.kind[m.entity] == "person"), None)
        if not (owner and verb.first and RELATIVE.fullmatch(clause) and lead.endswith(",")):
            return None
        return (None, "") if SERVES.search(text, max(0, owner.start - 30), owner.start) else (owner.entity, "clause")

    def of_what(self, named: list[Mention], text: str, verb: Verb) -> tuple[str | None, str] | None:
        """For a verb whose subject follows "what" and which says what a thing was ("Witkoff flew to Moscow
        to discuss what Zelensky said was a dangerous plan", "for what Zelensky described as …"), (that
        person, "clause"), the free relative's own subject, not the sentence's; no one when two are named
        right before the verb or a question or an unknown stands before "what" (it is unclear what,
        declined to say what Putin told). None otherwise: after a verb taking it as its object ("welcomed
        what"), or a preposition unless the verb says "as" ("asked about what Putin said": a thing named,
        the sentence's own verbs decide; "for what Zelensky described as …": his words)."""
        what = None
        for what in WHAT.finditer(text, verb.clause, verb.start):
            pass
        people = [m for m in named if what and what.end() <= m.start and m.end <= verb.start and self.kind[m.entity] == "person"]
        if not people or WHAT_AS_OBJECT.search(text, max(0, what.start() - 40), what.start()):
            return None
        right_before = FREE_GAP.fullmatch(text, people[-1].end, verb.start)
        single = len(people) == 1 and right_before and CAPITAL_TITLE.fullmatch(text, what.end(), people[0].start)
        was = WHAT_IT_WAS.match(text, verb.end)
        if WHAT_AFTER_PREPOSITION.search(text, max(0, what.start() - 15), what.start()):
            return (people[0].entity, "clause") if single and was and was.group(1) else None
        if UNKNOWN_WHAT.search(text, max(0, what.start() - 60), what.start()):
            return (None, "") if right_before else None
        if single and was:
            return people[0].entity, "clause"
        return (None, "") if len(people) > 1 and right_before else None

    def framed(self, named: list[Mention], text: str, clause_start: int, cue_start: int, cue_end: int, s_end: int) -> bool:
        """Whether a passive's verb leaves what follows in its sentence to the sentence's subject: always
        in English; in Chinese when it closes a frame of time (被川普斥為獨裁者後，), a person undergoes it
        (澤倫斯基遭川普斥責，他事後說), or it sits inside a modifier (被川普斥為「獨裁者」的澤倫斯基，週五表示);
        not in 普丁的提議遭澤倫斯基駁斥，他表示……, where the agent may speak on."""
        if text[cue_start:cue_end].isascii():
            return True
        stop = CLAUSE_BREAK.search(text, cue_end, s_end)
        rest = fold(text[cue_end:stop.start() if stop else s_end])
        marker = PASSIVE_MARK.search(text, clause_start, cue_start)
        return bool(SUBORDINATE.search(rest) or "的" in rest
                    or marker and self.naming.subject(named, clause_start, marker.start(), text))

    def modified(self, named: list[Mention], text: str, verb: Verb) -> str | None:
        """The person a Chinese passive modifier qualifies, as the clause's subject (遭到美國總統川普斥責的
        澤倫斯基週五表示): the one named right after the modifier's 的."""
        marker = PASSIVE_MARK.search(text, verb.clause, verb.start)
        of = text.rfind("的", marker.end(), verb.start) if marker else -1
        return next((m.entity for m in named if m.start == of + 1 and self.kind.get(m.entity) == "person"), None) if of > 0 else None

    def passive(self, named: list[Mention], text: str, verb: Verb, cue: str) -> tuple[str | None, str]:
        """For a verb in a Chinese passive clause: (the agent, "passive"), the one right after 被/遭/受到
        (被莫斯科批評), else a person named after their title alone with the verb next (被俄羅斯外長拉夫羅夫
        斥為; never for 表示 or 說, no passive), or right before 的 and the act as a noun (遭到西科爾斯基的駁斥);
        the holder of a role right after the agent (被普丁顧問烏沙科夫斥為); or, where the passive closed a
        frame of time (澤倫斯基被川普批評後表示), (the clause's own subject, "clause")."""
        agent = [m for m in named if verb.clause <= m.start and m.end <= verb.start
                 and PASSIVE_AGENT.search(text, max(0, m.start - 2), m.start)]
        if not agent and not SAYING.fullmatch(cue):
            agent = [m for m in named if verb.clause <= m.start and m.end <= verb.start and self.kind.get(m.entity) == "person"
                     and PASSIVE_TITLED.search(fold(text[verb.clause:m.start])) and AGENT_TO_VERB.fullmatch(fold(text[m.end:verb.start]))][:1]
        if text[verb.start - 1:verb.start] == "的":  # X right before 的 (not 遭到川普政府的批評, 遭普丁拒絕的提議)
            agent = [m for m in agent if AGENT_TO_VERB.fullmatch(fold(text[m.end:verb.start]))]
        holder = [m for m in named if agent and agent[0].end < m.start and m.end <= verb.start and self.kind.get(m.entity) == "person"
                  and ROLE_BETWEEN.fullmatch(fold(text[agent[0].end:m.start]))]
        acted = (holder or agent)[-1:]
        if acted and AFTER_PASSIVE.fullmatch(fold(text[acted[0].end:verb.start])) \
                and not any(acted[0].end <= m.start < verb.start for m in named):  # not …後川普又表示
            marker = PASSIVE_OPENS.search(text, verb.clause, acted[0].start)
            return (self.naming.subject(named, verb.clause, marker.start(), text) if marker else None), "clause"
        return (holder[-1].entity if holder else agent[0].entity if agent else None), "passive"

    def after_by(self, named: list[Mention], start: int, text: str, s_end: int) -> str | None:
        """The person after a passive's "by": a name a title may precede and nothing but the clause's
        end, a time or a place may follow ("by Sybiha at a news conference"), not a name that labels
        someone else ("by former Trump adviser John Bolton", "by Trump allies"); or the holder of a
        role named in apposition ("by the Polish foreign minister, Radoslaw Sikorski")."""
        end = min([s_end] + [start + m.start() for m in CLAUSE_BREAK.finditer(text[start:s_end])])
        for m in named:
            if start <= m.start and m.end <= end and CAPITAL_TITLE.fullmatch(text[start:m.start]):
                if text.startswith(("'s", "’s"), m.end):
                    break  # "by the EU's foreign policy chief, Kaja Kallas": the role's owner; its holder only in apposition
                return m.entity if self.kind.get(m.entity) == "person" and AGENT_END.match(text, m.end, s_end) else None
        return self.apposed(named, start, text, s_end)

    def apposed(self, named: list[Mention], start: int, text: str, s_end: int) -> str | None:
        """The holder named in apposition to a role right after `start` ("according to the Kremlin
        spokesman, Dmitry Peskov"), when the role is theirs: by its family, nationality and office
        (not "according to the Kremlin spokesman, Witkoff, Kushner and Dmitriev met …")."""
        found = self.naming.apposed(named, start, text, s_end)
        if not found:
            return None
        holder, role = found
        titled = title_roles(holder.entity, self.titles.get(holder.entity, ""))
        noun, fitting = role_of(fold(role), titled, self.known_as)
        if not noun:  # "the EU's foreign policy chief, Kaja Kallas, the bloc …": no family to check it by
            return holder.entity if APPOSITION_CLOSED.match(text, holder.end, s_end) else None
        return holder.entity if fitting == holder.entity else None


def readout(folded: Folded, text: str, cues: list, s_start: int, s_end: int, quoted: list[bool]) -> bool:
    """Whether an English sentence only reports that a call or a meeting took place, by its one verb of
    saying (Putin spoke with Orbán, the Kremlin said): an action, which LABELLING.md credits to no one.
    Not when what it reports says anything more (patterns.READOUT), or quotes anyone. (Chinese
    readouts, 克宮表示，普丁與奧班通電話, are not read yet.)"""
    a, b = (bisect.bisect_left(folded.origin, i) if folded.origin is not None else i for i in (s_start, s_end))
    if sum(1 for c in cues if a <= c.start() < b) != 1 or any(quoted[s_start:s_end]):
        return False
    sentence = text[s_start:s_end].strip()
    report = READOUT_REPORT.search(sentence)
    reporter = None if report else READOUT_REPORTER.match(sentence)
    content = sentence[:report.start()] if report else sentence[reporter.end():] if reporter else ""
    return bool(READOUT.fullmatch(content.strip()))
