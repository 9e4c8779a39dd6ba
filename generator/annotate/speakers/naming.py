"""Whom a stretch of a paragraph names as the one who speaks: a clause's subject (never an object,
向川普), a possessor whose spokesperson speaks (德里斯科的發言人), a name right after the verb ("said
Zelensky", "according to"), and whom a pronoun may stand for. The speakers module (its __init__)
decides which of these a speech verb takes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Mention
from ...normalize import fold
from ..countries import chinese_territories
from ..subjects import antecedent_crossed, inside_other_clause
from .patterns import (
    AGENT_MARK,
    BODY,
    CLAUSE_BREAK,
    EN_ROLES,
    HE,
    JOINED,
    JOINT_HEAD,
    JOINT_TAIL,
    OBJECT_MARK,
    ONES_ROLE,
    PAIR_JOINED,
    QUALIFIER,
    QUESTION_END,
    QUESTION_FRAME,
    SCENE,
    SHE,
    SPEECH,
    SUBJECT_PRONOUN,
    UNKNOWN_EN,
    UNKNOWN_TRANSLIT,
    UNKNOWN_ZH,
    UNNAMED_AFTER_ROLE,
    WOMAN_ROLE,
    quote_mask,
)


# A person's full name in English, two capitalised words or more (Jeff Kingston, Jean-Noël Barrot),
# right after a quotation's close.
_FULL_NAME = r"[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+)+"
_NAME_AFTER_QUOTE = re.compile(rf"[\s,]*(?P<name>{_FULL_NAME})\b")
# A role with a definite owner right after a verb ("according to the Kremlin spokesman,", "said
# Ukraine's top negotiator,"), and what may close the name in apposition to it.
_APPOSED_ROLE = re.compile(rf"\s*(?P<role>(?:the|[A-Z][\w.-]*['’]s)\s+(?:(?!the\b|a\b|an\b)[\w’'.-]+\s+){{0,4}}?(?i:{EN_ROLES}|chief|head|commissioner))"
                           r"(?:\s+(?:of|for)(?:\s+[\w’'.-]+){1,3})?,")
_APPOSITION_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
# ... and after a role no family holds (chief, head), what closes the name for certain: the sentence's
# end, or a comma and a clause in lower case (not ", Kushner and Dmitriev met", ", who …", ", not Moscow")
APPOSITION_CLOSED = re.compile(r"\s*(?:[.;:!?)]|$|,\s*(?!(?:who|which|not|and|or|nor|but)\b)[a-z“\"])")


# Whom someone else met, inside what qualifies them (一名曾與盧比歐會面的歐洲外交官形容: the diplomat
# speaks): a name after 與 or 和 with a verb and 的 after it (folded; not a place's or a time's 的: 川普與普丁在
# 阿拉斯加的峰會結束後都表示 names both).
COMPANION = re.compile(r"[与和同跟]$")
MODIFIER_AFTER = re.compile(r"(?![在于当周上今昨明前后])[^，,。；;：:的「」“”\s]{1,6}的(?!话)")


# Who speaks for a person: their spokesperson, office, team, a statement (引述X的話說: X's own words); not
# an adviser, aide or envoy of theirs, someone else (普京的一名外事顧問表示). For a body (白宮, 克宮,
# 美方) its advisers and aides speak for it too.
def _voice(words: str) -> re.Pattern:
    return re.compile(r"(?:[（(][^（）()]{0,40}[）)])?(?:的话(?=(?:说|称|表示|指出)[，,：:「“])|(?:'s|’s|的)?\s?[^\W\d_]{0,4}?(?:" + words + "))")


_VOICE = r"发言人|办公室(?!副?主任)|团(?!长)|说法|声明|office|team|statement|spokes(?:man|woman|person)"
OWN_VOICE = _voice(_VOICE)
BODY_VOICE = _voice(_VOICE + r"|顾问|助理|幕僚|特使|aides?|envoy")

# An auxiliary or a verb right after the name that follows a verb of saying: the name opens what was said
# ("…, said Trump had given the green light"), it is not the speaker
CONTENT_VERB = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|can|may|might|must|did|does|do|wants?|wanted"
                          r"|needs?|needed"
                          # ... or the name qualifies someone else ("according to Trump adviser …", "said Putin ally …")
                          r"|advis[eo]rs?|aides?|all(?:y|ies)|envoys?|spokes(?:man|woman|person)|officials?|administration"
                          r"|government|camp|team|critics|supporters|loyalists?)\b"
                          # ... or any noun of one or two words before another name ("said Putin critic Ivan
                          # Petrov", "Kremlin watcher Tatiana …"), not a time, place or second name ("said Peskov
                          # in Moscow", "on Monday", "and Macron")
                          r"|\s+(?!(?:on|in|at|to|of|for|with|from|by|during|after|before|last|this|next|and|or|but|as"
                          r"|when|while|late|early|earlier|later|told|that|the|a|an)\b)(?:[a-z]+\s+){1,2}[A-Z]"
                          r"|-[a-z]")  # "the Kremlin-connected analyst": the name is part of a word

# ... and one, titles before it, right after an English verb of saying ("…, said Michael Carter, a senior
# fellow") or opening a sentence's first clause ("Representative Alan Brooks, a Pennsylvania Republican,
# said"): if the gazetteer lacks them, a stranger speaks, whose "he" follows. Its last word no title alone
# ("European Commission President"), a country or a weekday.
_STRANGER = re.compile(rf"\s*(?:(?:[A-Z][\w.'’-]*|of|the)\s+){{0,3}}?(?P<name>{_FULL_NAME})\s*")
_NOT_NAME_END = re.compile(r"(?:President|Minister|Secretary|Chancellor|Spokesman|Spokeswoman|Envoy|Adviser|Advisor|Ambassador"
                           r"|Governor|Senator|General|Chief|Director|Commissioner|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                           r"|Sunday|Arabia|Korea|Africa|Kingdom|States|Emirates|Zealand|Republic|Union|Nations|Sea|Coast|Bank)$")
# What may follow the name of one who speaks after the verb: the clause's end, a time, a place, a relative
# clause ("…, said Michael Carter, a senior fellow", "…, said Ushakov on Tuesday.")
_NAME_END = re.compile(r"\s*(?:[,.;!?”\"]|$|(?:on|in|at|during|after|who|told|adding|according)\b)")

# Words before a name that make it part of what a clause reports, not its subject.
REPORTED = re.compile(r"\bthat\b|\breport(?:ed|s|ing)?\b")


# An English clause of its own opens with these: "he appeared to reverse course after the White House
# revealed …" (the White House is that clause's subject, not the pronoun's object).
_SUBORDINATE_OPENS = re.compile(r"\b(?:after|before|when|while|because|as|since|until|although|though|if|once|whereas|that|which|who"
                                r"|and|but|yet)\b")
# 他 or 她 alone opening a clause (not 他們, 他的 of a possessor: 他的顧問波多利亞克代為發言).
_HE = re.compile(r"^(?:但|而|并|且|同时|也)?[他她](?![们的])")
# Between a pronoun and a name: the pronoun qualifies the name (的) or stands in a frame of time closed
# before it (後, 時, 之際, 以來; folded).
_FRAME_CLOSED = re.compile(r"的|后|时|之际|以来|期间")


@dataclass(frozen=True)
class Verb:
    """A speech verb: its sentence (index), the start of its clause, its own span."""
    sentence: int
    clause: int
    start: int
    end: int
    first: bool  # the sentence's first speech verb
    floor: int = 0  # where the sentence's own clauses begin: after an opening frame (在川普宣布制裁後，)


class Naming:
    """The gazetteer's kinds, groups and pronouns, and what they tell of who a stretch of text names."""

    def __init__(self, kind: dict[str, str], group: dict[str, str | None], pronoun: dict[str, str]):
        self.kind = kind  # entity id -> kind
        self.group = group  # entity id -> group
        self.pronoun = pronoun  # entity id -> "she" for the women the gazetteer knows

    def fits(self, words: str, women: frozenset[str] = frozenset()):
        """Who a pronoun in `words` may stand for: 她/she a woman the gazetteer knows as one (its
        entries say `pronoun: she`) or a person it learned from the corpus (whose gender it does not
        know), 他/he anyone but those women and the learned persons in `women`; any other words anyone."""
        if SHE.search(words):
            return lambda entity: self.pronoun.get(entity) == "she" or entity not in self.group
        if HE.search(words):
            return lambda entity: self.pronoun.get(entity) != "she" and entity not in women
        return lambda entity: True

    def women(self, named: list[Mention], text: str) -> frozenset[str]:
        """The persons the corpus taught whom the paragraph names right after a role only a woman holds
        (spokeswoman Olena Kovalenko, 女發言人科瓦連科): "he" is not one of them."""
        return frozenset(m.entity for m in named if m.entity not in self.group
                         and WOMAN_ROLE.search(fold(text[max(0, m.start - 16):m.start])))

    def named_in(self, named: list[Mention], start: int, end: int, text: str) -> tuple[list[Mention], list[Mention]]:
        """(possible subjects, possessors) named in text[start:end]; never an object (向川普).
        A possessor qualifies another noun: 德里斯科的發言人, Putin's envoy, 普丁特使德米崔耶夫."""
        inside = [m for m in named if start <= m.start and m.end <= end
                  and not OBJECT_MARK.search(before := fold(text[max(0, m.start - 16):m.start])) and not AGENT_MARK.search(before)
                  and not (COMPANION.search(before) and MODIFIER_AFTER.match(fold(text[m.end:m.end + 12])))]
        # (not a verb of saying between: 川普表示拜登政府…… is Trump's word on Biden's government)
        owned = [m for m in inside if text[m.end:m.end + 2] in ("'s", "’s")
                 or (q := QUALIFIER.match(fold(text[m.end:m.end + 48])))
                 and not any(q.group()[v.end():v.end() + 1] != "的" for v in SPEECH.finditer(q.group()))]  # 川普力挺的特使
        return [m for m in inside if m not in owned], owned

    def people(self, named: list[Mention], start: int, end: int, text: str) -> list[str]:
        """Persons named in text[start:end] as subjects, in order."""
        return [m.entity for m in self.named_in(named, start, end, text)[0] if self.kind[m.entity] == "person"]

    def joint(self, named: list[Mention], start: int, end: int, text: str) -> list[str]:
        """Persons named together as the subject right before text[end] (馬克宏與梅爾茨發表聯合聲明指出,
        "Macron and Merz said"): the first the clause's first person, a title or a time at most before
        it (not whom someone meets: 川普會見澤倫斯基與梅爾茨時表示), each joined to the next by a
        conjunction and a title, the last to the verb by their joint act's words at most. Empty unless
        two or more."""
        people = [m for m in self.named_in(named, start, end, text)[0] if self.kind[m.entity] == "person"]
        if (len(people) > 1 and JOINT_HEAD.match(fold(text[start:people[0].start]))
                and all(JOINED.match(fold(text[a.end:b.start])) for a, b in zip(people, people[1:]))
                and JOINT_TAIL.match(fold(text[people[-1].end:end]))):
            joint = list(dict.fromkeys(m.entity for m in people))
            return joint if len(joint) > 1 else []
        return []

    def subject(self, named: list[Mention], start: int, end: int, text: str, owner: bool = False) -> str | None:
        """The speaker named in text[start:end]: its first person, else its last organisation.
        With `owner`, its first possessor instead (德里斯科的發言人表示)."""
        subjects, owned = self.named_in(named, start, end, text)
        if owner:  # a spokesperson or office speaks for its owner, remarks or a plan do not (川普的言論表明)
            # ... unless the spokesperson or adviser is named, by a name the gazetteer lacks
            # (澤倫斯基的顧問波多利亞克表示: the adviser speaks, not Zelensky)
            owned = [m for m in owned if (voice := (OWN_VOICE if self.kind.get(m.entity) == "person" else BODY_VOICE).match(fold(text[m.end:m.end + 60])))
                     and not UNNAMED_AFTER_ROLE.match(fold(text[m.end + voice.end():end]))]
            return owned[0].entity if owned else None
        subjects = [m for m in subjects if not self._after_pronoun(m, start, text)]
        people = [m for m in subjects if self.kind[m.entity] == "person"]
        found = people[0] if people else (subjects[-1] if subjects else None)
        return found.entity if found else None

    @staticmethod
    def _after_pronoun(mention: Mention, start: int, text: str) -> bool:
        """Whether a subject pronoun outside any quotation stands before the name in its clause: the
        name is its object (他感謝川普主持會議, "and he thanked Trump"), not who speaks."""
        breaks = [start + b.end() for b in CLAUSE_BREAK.finditer(text[start:mention.start])]
        breaks += [start + b.end() for b in _SUBORDINATE_OPENS.finditer(text[start:mention.start])]
        clause = max([start] + breaks)
        quoted = quote_mask(text)
        # ... not a pronoun inside what qualifies the name (與他會談的威特科夫, 為他辯護的盧比奧) or a frame of
        # time closed before it (在他離開會場後佩斯科夫表示)
        return any(not quoted[p.start()] and not _FRAME_CLOSED.search(fold(text[p.end():mention.start]))
                   for p in SUBJECT_PRONOUN.finditer(text, clause, mention.start))

    def sentence_subject(self, named: list[Mention], start: int, end: int, text: str, scenes: bool) -> str | None:
        """The speaker named in text[start:end] as `subject` finds it, leaving out scene-setting
        clauses (針對……, "During …") unless `scenes` (a pronoun may refer into them)."""
        bounds = [start] + [start + m.end() for m in CLAUSE_BREAK.finditer(text[start:end])] + [end]
        clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if scenes or not SCENE.match(fold(text[a:b]))]
        # ... nor whom a question put to the speaker names: its clause only from where the question
        # ends (被問到停火問題時澤倫斯基停頓片刻: Zelensky), if it ends there
        clauses = [(a + answered.end() if (answered := QUESTION_END.search(fold(text[a:b]))) else b, b)
                   if QUESTION_FRAME.match(fold(text[a:b])) else (a, b) for a, b in clauses]
        return self.subject([m for m in named if any(a <= m.start and m.end <= b for a, b in clauses)], start, end, text)

    def unknown(self, named: list[Mention], start: int, end: int, text: str) -> bool:
        """Whether text[start:end] (a clause before its verb) names a person the gazetteer lacks."""
        clause = text[start:end]
        found = [u.span() for u in UNKNOWN_ZH.finditer(clause) if not BODY.search(u.group())]
        found += [u.span() for u in UNKNOWN_EN.finditer(clause)]
        if (name := UNKNOWN_TRANSLIT.match(fold(clause).strip())) and not any(
                place.startswith(name.group("name")) for place in chinese_territories()):  # 波蘭, 沙特(阿拉伯)
            found.append((0, len(clause)))  # 費丹則表示, not 波蘭則表示
        return any(not any(m.start < start + b and start + a < m.end for m in named) for a, b in found)

    def stranger(self, named: list[Mention], text: str, start: int, end: int, opening: bool) -> tuple[int, int] | None:
        """Where a full name the gazetteer lacks, titles before it, is text[start:end] (`opening`: a
        sentence's first clause, "Representative Alan Brooks, a Pennsylvania Republican, said …") or stands
        right after an English verb of saying ending at `start` ("…, said Michael Carter, a senior fellow").
        A name the corpus taught (learn/) is still one the gazetteer lacks: the caller credits them."""
        found = _STRANGER.fullmatch(text, start, end) if opening else _STRANGER.match(text, start, end)
        if (found and not _NOT_NAME_END.search(found.group("name")) and not BODY.search(found.group())
                and (opening or _NAME_END.match(text, found.end(), end))
                and not any(start <= m.start < found.end() and m.entity in self.group for m in named)):
            return found.start("name"), found.end("name")
        return None

    def unknown_after_quote(self, named: list[Mention], text: str, s_start: int, verb_start: int) -> bool:
        """Whether an English reporting clause after a quotation names someone the gazetteer lacks
        (“…,” Jeff Kingston, a professor at …, told Time): the quotation is theirs, not that of a
        person named before it."""
        close = max(text.rfind("”", s_start, verb_start), text.rfind('"', s_start, verb_start))
        if close < 0:
            return False
        # the name right after the quotation ("…,” Witkoff, Trump's envoy to the Middle East, said is Witkoff's)
        found = _NAME_AFTER_QUOTE.match(text, close + 1, verb_start)
        return bool(found) and not any(m.start < found.end() and found.start("name") < m.end for m in named)

    def after(self, named: list[Mention], start: int, text: str, s_end: int, words: re.Pattern) -> str | None:
        """The name right after a verb, only `words` away ("according to a US official", "said
        Ukraine's defence minister X"), never one in what follows ("said on Sunday that Putin")."""
        end = min([s_end] + [start + m.start() for m in CLAUSE_BREAK.finditer(text[start:s_end])])
        found = next((m for m in named if start <= m.start and m.end <= end), None)
        if found and self.kind.get(found.entity) == "organisation" and (role := ONES_ROLE.match(text, found.end)):
            # the body qualifies a role: its holder, named right after it ("according to Kremlin aide Yuri
            # Ushakov"), else the one the role noun stands for ("said the Kremlin spokesman": roles.role_of)
            holder = next((m for m in named if m.start >= role.end() and m.end <= end), None)
            if not (holder and self.kind.get(holder.entity) == "person" and not text[role.end():holder.start].strip()):
                return None
            return holder.entity if words.fullmatch(text[start:found.start]) else None
        if found and text[found.end:found.end + 2] in ("'s", "’s") and not OWN_VOICE.match(fold(text[found.end:found.end + 40])):
            # "said Trump's envoy Steve Witkoff": the role's holder named right after it; else "according to
            # Trump's 28-point plan", a document, and "Putin's aide", someone unnamed: not the owner's word
            role = ONES_ROLE.match(text, found.end)
            holder = next((m for m in named if role and m.start >= role.end() and m.end <= end), None)
            if holder and self.kind.get(holder.entity) == "person" and not text[role.end():holder.start].strip() \
                    and words.fullmatch(text[start:found.start]):
                return holder.entity
            return None
        # ... not one opening what was said ("said Trump had given …") or qualifying someone ("said Trump adviser …")
        return found.entity if found and words.fullmatch(text[start:found.start]) and not CONTENT_VERB.match(text, found.end) else None

    @staticmethod
    def closes(named: list[Mention], start: int, text: str, s_end: int) -> bool:
        """Whether the names right after `start` (a verb of saying) end its clause, or a time or place follows
        them: "…, said Ushakov on Tuesday." and "…, said Trump's envoy Steve Witkoff." close what was
        said; "…, said Zelensky faces a choice" and "…, told Zelensky that …" do not."""
        end = min([s_end] + [start + m.start() for m in CLAUSE_BREAK.finditer(text[start:s_end])])
        first = next((m for m in named if start <= m.start < s_end), None)  # "said the president, X."
        last = next((m for m in reversed(named) if start <= m.start < end), None)  # "said Trump's envoy X."
        return any(m and _NAME_END.match(text, m.end, s_end) for m in (first, last))

    def apposed(self, named: list[Mention], start: int, text: str, s_end: int) -> tuple[Mention, str] | None:
        """(the person, the role) of a role right after `start` and the name in apposition to it, in a
        clause of the name alone: "according to the Kremlin spokesman, Dmitry Peskov," (whether the
        role is theirs, the speakers module decides)."""
        end = min([s_end] + [start + m.start() for m in CLAUSE_BREAK.finditer(text[start:s_end])])
        if not ((role := _APPOSED_ROLE.match(text, start, end + 1)) and role.end() == end + 1):
            return None
        at = end + 1 + len(text[end + 1:s_end]) - len(text[end + 1:s_end].lstrip())
        holder = next((m for m in named if m.start == at), None)
        if holder and self.kind.get(holder.entity) == "person" and _APPOSITION_END.match(text, holder.end, s_end):
            return holder, role.group("role")
        return None

    def embedded(self, named: list[Mention], speaker: str, text: str, verb: Verb, start: int | None = None) -> bool:
        """Whether an English verb's subject, named in its clause (or from `start` on), is named inside
        someone else's clause (subjects.py): then what the sentence says is not the person's words, and
        no one is credited ("Critics slammed Zelensky's decision to send Budanov, arguing …")."""
        if not text[verb.start:verb.end].isascii():
            return False
        start = verb.clause if start is None else start
        mention = next(m for m in named if m.entity == speaker and start <= m.start < verb.start)
        opening = max([start] + [b.end() for b in CLAUSE_BREAK.finditer(text, start, mention.start)])
        return inside_other_clause(text[opening:mention.start])

    def pair(self, named: list[Mention], entity: str, start: int, end: int, text: str) -> list[str]:
        """The persons text[start:end] names as its subject together with `entity`, joined by a
        conjunction (Steve Witkoff and Kirill Dmitriev spent …, 川普與普丁15日在阿拉斯加舉行峰會), the
        entity first; empty when it names no one with them, or names the entity again after them (After
        Trump and Putin met, Trump flew back). A "he" after it may be either of them, "they" is both."""
        people = [m for m in self.named_in(named, start, end, text)[0] if self.kind[m.entity] == "person"]
        for k, m in enumerate(people):
            if m.entity != entity:
                continue
            joined = [m]
            for a, b in zip(people[k:], people[k + 1:]):
                if b.entity == a.entity or not PAIR_JOINED.match(fold(text[a.end:b.start])):
                    break
                joined.append(b)
            again = any(o.entity == entity and o.start > joined[-1].end for o in named if start <= o.start < end)
            entities = list(dict.fromkeys(j.entity for j in joined))
            return entities if len(entities) > 1 and not again else []
        return []

    def crossed(self, named: list[Mention], entity: str, text: str, sentences, verb: Verb) -> bool:
        """Whether another person may own the pronoun taken for `entity` (subjects.py), named in
        the nearest sentence before that names the entity."""
        # The nearest sentence naming the entity: the one before may name only an organisation
        # ("Leavitt said… The White House said… She added"), and she is then the person before it.
        start, end = next((s, e) for s, e in reversed(sentences[:verb.sentence])
                          if any(m.entity == entity and s <= m.start < e for m in named))
        first = min(m.start for m in named if m.entity == entity and start <= m.start < end)
        others = [m for m in named if first < m.start < end and m.entity != entity and self.kind[m.entity] == "person"]
        return antecedent_crossed(text, start, first, end, bool(others), [(m.start, m.end) for m in named], quote_mask(text))

    def distance(self, named: list[Mention], speaker: str, text: str, s_start: int, verb: Verb) -> str:
        """"sentence" for a subject one clause before the verb's (普丁在會後發言，稱……), and in English,
        where a verb without a subject of its own has the sentence's ("Macron, who hosted Zelensky
        on Monday, December 1, said"); "sentence-far" for a Chinese verb when more clauses lie
        between (特朗普似乎仍相信，……，……，也值得一簽，希望……; 魯比奧……會面，雙方……，烏克蘭稱……):
        the writer's own clauses, or another subject, may have taken over, so no one is credited."""
        last = max((m.end for m in named if m.entity == speaker and s_start <= m.start < verb.clause), default=s_start)
        # ... counted from a clause between that opens with 他 or 她, which takes the subject up again when
        # no one else was named before it (普京……首次获美国接待，他感谢特朗普主持会议，并建议……; not 普京会见了
        # 维特科夫，他转交了……: whose 他 is not told)
        opens = [b.end() for b in CLAUSE_BREAK.finditer(text, last, verb.clause) if _HE.match(fold(text[b.end():verb.clause]).strip())]
        if opens and not any(s_start <= m.start < opens[0] and m.entity != speaker and self.kind.get(m.entity) == "person" for m in named):
            last = opens[-1]
        between = len(CLAUSE_BREAK.findall(text, last, verb.clause))
        return "sentence" if between <= 1 or text[verb.start:verb.end].isascii() else "sentence-far"

    def speaks_after(self, named: list[Mention], text: str, cue_end: int, s_end: int) -> bool:
        """Whether the clause after the one a citing or quoting cue opens names a speaker with a
        verb of saying ("Quoting Putin, Trump said"): that subject speaks, not the one quoted."""
        if not (comma := CLAUSE_BREAK.search(text, cue_end, s_end)):
            return False
        end = after.start() if (after := CLAUSE_BREAK.search(text, comma.end(), s_end)) else s_end
        # ... a name the clause opens with, not one inside what it reports ("Citing Peskov, TASS
        # reported that Putin had told Witkoff": Peskov)
        return any(comma.end() <= m.start < end and SPEECH.search(fold(text[m.end:end]))
                   and not SPEECH.search(fold(text[comma.end():m.start])) and not REPORTED.search(text, comma.end(), m.start)
                   for m in named)
