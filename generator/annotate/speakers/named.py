"""Who a stretch of a paragraph names, and how: subjects and possessors of a clause (never an object:
向川普), the entity a role noun stands for (the Kremlin spokesman, 該官員), a person the gazetteer
lacks, a name right after a verb. The decisions per verb are `Speakers`' (__init__.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Mention
from ...normalize import Folded, fold
from .patterns import (
    BODY,
    CLAUSE_BREAK,
    GENERIC,
    NAMELESS,
    OBJECT_MARK,
    OWN_VOICE,
    QUALIFIER,
    ROLE_EN,
    ROLE_FAMILY,
    ROLE_WORD,
    ROLE_ZH,
    SCENE,
    SPEECH,
    UNKNOWN_EN,
    UNKNOWN_ZH,
    UNNAMED_AFTER_ROLE,
)


@dataclass(frozen=True)
class Role:
    """An entity named with a role (Kremlin spokesman Dmitry Peskov), None for someone the
    gazetteer does not know ("a Ukrainian official"); `words`, the text around it."""
    entity: str | None
    family: str
    words: str



class Naming:
    """What a stretch of text names: the gazetteer's kind and group of each entity it may credit."""

    def __init__(self, kind: dict[str, str], group: dict[str, str | None]):
        self.kind = kind  # entity id -> kind
        self.group = group  # entity id -> group ("Ukraine's president" is someone of group ukraine)

    def _roles(self, named: list[Mention], folded: Folded, text: str) -> list[tuple[int, Role]]:
        """(end offset, Role) of every name given a role in the text: before it (Kremlin spokesman
        Dmitry Peskov, 美國總統川普), in it (a US official) or in an apposition (Umerov, Ukraine's
        chief negotiator, …); a role given to no known name ("a Ukrainian official") is kept too."""
        roles, previous = [], 0
        verb_ends = [folded.span(v.start(), v.end())[1] for v in SPEECH.finditer(folded.text)]
        for nameless in NAMELESS.finditer(folded.text):
            start, end = folded.span(*nameless.span())
            if not any(m.start < end and start < m.end for m in named):
                role = [w.group() for w in ROLE_WORD.finditer(nameless.group())][-1]
                roles.append((end, Role(None, ROLE_FAMILY[role], nameless.group())))
        for m in named:
            start = max(previous, m.start - 30, *[b.end() for b in CLAUSE_BREAK.finditer(text, 0, m.start)])
            # a role before a verb is its subject's, not the name after it ("US officials said Trump …")
            start = max([start] + [end for end in verb_ends if start <= end <= m.start])
            after = re.match(r"[,，]\s*([^,，.。;；]{0,40})", text[m.end:])
            words = fold(text[start:m.end] + " " + (after.group(1) if after else ""))
            for family in dict.fromkeys(ROLE_FAMILY[w.group()] for w in ROLE_WORD.finditer(words)):
                roles.append((m.end, Role(m.entity, family, words)))
            if self.kind[m.entity] == "person":  # an organisation may qualify the next name (Kremlin spokesman X)
                previous = m.end
        return sorted(roles, key=lambda r: r[0])

    def _role(self, clause: str, roles: list[Role]) -> tuple[bool, str | None]:
        """(whether the clause ends in a role noun, the entity it stands for): the latest one named
        with a role of its family whose words hold the qualifier (the Kremlin spokesman)."""
        match = ROLE_EN.search(clause) or ROLE_ZH.search(clause.strip())
        if not match:
            return False, None
        family = ROLE_FAMILY[match.group("role")]
        if match.re is ROLE_EN:
            qualifier = [w for w in ((match.group("owner") or "") + " " + match.group("mod")).split() if w not in GENERIC]
        else:
            qualifier = [match.group("mod")] if match.group("mod") else []
        for role in reversed(roles):
            known = role.words + " " + (self.group.get(role.entity) or "")
            if role.family == family and all(w[:5] in known for w in qualifier):
                return True, role.entity
        return True, None

    def _named_in(self, named: list[Mention], start: int, end: int, text: str) -> tuple[list[Mention], list[Mention]]:
        """(possible subjects, possessors) named in text[start:end]; never an object (向川普).
        A possessor qualifies another noun: 德里斯科的發言人, Putin's envoy, 普丁特使德米崔耶夫."""
        inside = [m for m in named if start <= m.start and m.end <= end
                  and not OBJECT_MARK.search(fold(text[max(0, m.start - 16):m.start]))]
        owned = [m for m in inside if text[m.end:m.end + 2] in ("'s", "’s") or QUALIFIER.match(fold(text[m.end:m.end + 48]))]
        return [m for m in inside if m not in owned], owned

    def _people(self, named: list[Mention], start: int, end: int, text: str) -> list[str]:
        """Persons named in text[start:end] as subjects, in order."""
        return [m.entity for m in self._named_in(named, start, end, text)[0] if self.kind[m.entity] == "person"]

    def _subject(self, named: list[Mention], start: int, end: int, text: str, owner: bool = False) -> str | None:
        """The speaker named in text[start:end]: its first person, else its last organisation.
        With `owner`, its first possessor instead (德里斯科的發言人表示)."""
        subjects, owned = self._named_in(named, start, end, text)
        if owner:  # a spokesperson or office speaks for its owner, remarks or a plan do not (川普的言論表明)
            # ... unless the spokesperson or adviser is named, by a name the gazetteer lacks
            # (澤倫斯基的顧問波多利亞克表示: the adviser speaks, not Zelensky)
            owned = [m for m in owned if (voice := OWN_VOICE.match(fold(text[m.end:m.end + 60])))
                     and not UNNAMED_AFTER_ROLE.match(fold(text[m.end + voice.end():end]))]
            return owned[0].entity if owned else None
        people = [m for m in subjects if self.kind[m.entity] == "person"]
        found = people[0] if people else (subjects[-1] if subjects else None)
        return found.entity if found else None

    def _sentence_subject(self, named: list[Mention], start: int, end: int, text: str, scenes: bool) -> str | None:
        """The speaker named in text[start:end] as `_subject` finds it, leaving out scene-setting
        clauses (針對……, "During …") unless `scenes` (a pronoun may refer into them)."""
        bounds = [start] + [start + m.end() for m in CLAUSE_BREAK.finditer(text[start:end])] + [end]
        clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if scenes or not SCENE.match(fold(text[a:b]))]
        return self._subject([m for m in named if any(a <= m.start and m.end <= b for a, b in clauses)], start, end, text)

    def _unknown(self, named: list[Mention], start: int, end: int, text: str) -> bool:
        """Whether text[start:end] (a clause before its verb) names a person the gazetteer lacks."""
        clause = text[start:end]
        found = [u.span() for u in UNKNOWN_ZH.finditer(clause) if not BODY.search(u.group())]
        found += [u.span() for u in UNKNOWN_EN.finditer(clause)]
        return any(not any(m.start < start + b and start + a < m.end for m in named) for a, b in found)

    def _after(self, named: list[Mention], start: int, text: str, s_end: int, words: re.Pattern) -> str | None:
        """The name right after a verb, only `words` away ("according to a US official", "said
        Ukraine's defence minister X"), never one in what follows ("said on Sunday that Putin")."""
        end = min([s_end] + [start + m.start() for m in CLAUSE_BREAK.finditer(text[start:s_end])])
        found = next((m for m in named if start <= m.start and m.end <= end), None)
        return found.entity if found and words.fullmatch(text[start:found.start]) else None

