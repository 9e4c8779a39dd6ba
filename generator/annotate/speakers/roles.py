"""Who is named with a role (Kremlin spokesman Dmitry Peskov, 美國總統川普, "a Ukrainian official"), and
whom a role noun before a verb stands for ("the official added", 該發言人表示)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...model import Mention
from ...normalize import Folded, fold
from ..sentences import split_sentences
from .patterns import CHANCELLERIES, CLAUSE_BREAK, EN_ROLES, GENERIC, NAMELESS, OFFICE_WORDS, ROLE_EN, ROLE_FAMILY, ROLE_WORD, ROLE_ZH, SPEECH

__all__ = ["Role", "find_roles", "in_office", "office_words", "role_of", "title_roles"]


@dataclass(frozen=True)
class Role:
    """An entity named with a role (Kremlin spokesman Dmitry Peskov), None for someone the
    gazetteer does not know ("a Ukrainian official"); `words`, the text around it."""
    entity: str | None
    family: str
    words: str
    assumed: bool = False  # the role briefing.yml gives a person the text names bare: second to any the text gives
    shared: bool = False  # someone else is named with a role of this family in the same sentence


def find_roles(named: list[Mention], folded: Folded, text: str, kind: dict[str, str],
               titles: dict[str, str] | None = None, sentences: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, Role]]:
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
        # an apposition names a person's role ("Umerov, Ukraine's chief negotiator, said"), never a
        # body's, and a role noun opening a clause of its own is its subject ("…, the prime minister said")
        after = re.match(r"[,，]\s*([^,，.。;；]{0,40})", text[m.end:]) if kind[m.entity] == "person" else None
        # ... not a reporting clause of its own, however long ("…with Macron, a spokesman for the
        # Ukrainian president said" gives Macron no role)
        if after and SPEECH.search(fold(re.match(r"[,，]\s*([^,，.。;；]*)", text[m.end:]).group(1))):
            after = None
        words = fold(text[start:m.end] + " " + (after.group(1) if after else ""))
        before = len(fold(text[start:m.start]))  # role words in words[:before] stand before the name
        families = list(dict.fromkeys(_family(words, w) for w in ROLE_WORD.finditer(words)
                                      if w.start() >= before or _titles(text[start:m.start], w.end())))
        for family in families:
            roles.append((m.end, Role(m.entity, family, words)))
        # A person named with no title in the text holds the one briefing.yml gives (烏克蘭總統): "the
        # Ukrainian leader" after a bare "Zelensky" is him.
        title = _TITLE_NOTE.sub("", (titles or {}).get(m.entity, "")).strip()
        if not families:
            roles.extend((m.end, replace(role, words=f"{title} {words}")) for role in title_roles(m.entity, title))
        if kind[m.entity] == "person":  # an organisation may qualify the next name (Kremlin spokesman X)
            previous = m.end
    return _shared(sorted(roles, key=lambda r: r[0]), sentences or split_sentences(text))


def title_roles(entity: str, title: str) -> list[Role]:
    """The roles a title briefing.yml gives holds, folded: each part's (俄羅斯直接投資基金負責人、普丁特使)
    by its head noun, the role word ending it (美國總統特使 is an envoy, 總統府幕僚長 no president), none
    out of office (美國前總統)."""
    title = _TITLE_NOTE.sub("", title).strip()
    roles = []
    for part in re.split(r"[、，,;；]", title):
        head = next((w for w in ROLE_WORD.finditer(part) if w.end() == len(part.strip())), None)
        if head and not _FORMER.search(part):
            roles.append(Role(entity, _family(part, head), title, assumed=True))
    return roles


def _shared(roles: list[tuple[int, Role]], sentences: tuple[tuple[int, int], ...]) -> list[tuple[int, Role]]:
    """`roles` with each one the text gives marked `shared` when someone else is given a role of its
    family in its sentence (Foreign Minister Sybiha met Foreign Minister Lavrov)."""
    where = [next((n for n, (a, b) in enumerate(sentences) if a < end <= b), -1) for end, _ in roles]
    return [(end, replace(role, shared=True) if not role.assumed and any(
                w == where[i] and other.family == role.family and other.entity != role.entity and not other.assumed
                for w, (_, other) in zip(where, roles)) else role)
            for i, (end, role) in enumerate(roles)]


# Someone nameless who serves the role holder named after them: "a spokesman for", "an aide to"
_NAMELESS_FOR = re.compile(rf"\b(?:a|an|one|another)\s+(?:[\w.’'-]+\s+){{0,2}}?(?:{EN_ROLES}|aide|adviser|advisor)\s+(?:for|of|to)\s*$")
_TITLE_NOTE = re.compile(r"[（(][^（）()]*[）)]")  # 美國總統特使（中東、俄烏）: the note says where, not what
_FORMER = re.compile(r"前(?!线)|卸任|\bformer\b")
# ... in the words around a name, only a former holder's title: not 此前, 日前, 目前, 前往 (folded)
_HELD_BEFORE = re.compile(r"(?<![此日目之以提先事眼当从])前任?[\u3400-\u9fff]{0,3}?(?:总统|总理|首相|部长|外长|国务卿|特使|顾问|领导人|主席|秘书长)"
                          r"|卸任|\b(?:former|ex-|then-)")
# vice president, deputy foreign minister, 副總統, 副外長; not 正副總統, "the president and vice president"
_VICE = re.compile(r"(?:\b(?:vice|deputy)(?:[\s-]+(?!and\b|or\b|president\b|minister\b)[a-z]+){0,2}?|(?<!正)副)[\s-]*$")
_HYPHENED = re.compile(r"\b(vice|deputy)-")  # the vice-president
# Another person's name and a lower-case word after it that links no title: a clause of its own
# ("… Sergei Ryabkov met", "… Belousov hosted"; not "Envoy to the Middle East Steve")
_OTHER_NAME = re.compile(r"\b[A-Z][\w’'.-]+\s+(?!(?:of|the|to|for|on|and)\b)[a-z]")


def in_office(title: str) -> bool:
    """Whether a title briefing.yml gives says its holder holds it now (not 美國前總統, 德國前總理)."""
    return not _FORMER.search(_TITLE_NOTE.sub("", title))


def _titles(before: str, end: int) -> bool:
    """Whether what stands between a role word ending at `end` and the name after `before` leaves the
    title to that name ("Minister of Foreign Affairs Andrii", "special envoy and longtime friend"),
    not to a person named between: "Deputy Foreign Minister Sergei Ryabkov met Witkoff" makes
    Ryabkov the minister, not Witkoff. Chinese titles run into the name (美國總統川普)."""
    return not before.isascii() or not _OTHER_NAME.search(before, end)


def _family(text: str, match: re.Match, group: int | str = 0) -> str:
    """The family of the role word `match` found in `text`: a vice president (副總統) is not the
    president, so "the president" never stands for one."""
    word = match.group(group)
    family = "chancellor" if word == "总理" and CHANCELLERIES.search(text, 0, match.start(group)) else ROLE_FAMILY[word]
    return "vice-" + family if _VICE.search(text, 0, match.start(group)) else family


def office_words(title: str) -> str:
    """The English words for the office a folded Chinese title names, beside its nationality
    (countries.nationality): 俄罗斯外交部长 "foreign", 英国首相 "prime"; 德国总理 none ("the German
    chancellor" is the role word itself), 匈牙利总理 "prime"."""
    words = [w for zh, w in OFFICE_WORDS.items() if zh in title]
    if "总理" in title and CHANCELLERIES.search(title):
        words.remove("prime")
    return " ".join(words)


def role_of(clause: str, roles: list[Role], group: dict[str, str | None]) -> tuple[bool, str | None]:
    """(whether the clause ends in a role noun, the entity it stands for): the latest one named
    with a role of its family whose words hold the qualifier (the Kremlin spokesman)."""
    clause = _HYPHENED.sub(r"\1 ", clause)
    match = ROLE_EN.search(clause) or ROLE_ZH.search(clause.strip())
    if not match:
        return False, None
    if match.re is ROLE_EN and _NAMELESS_FOR.search(clause, 0, match.start() + 1):
        return True, None  # "a spokesman for the Ukrainian president said": the spokesman speaks, unnamed
    family = _family(match.string, match, "role")
    if match.re is ROLE_EN:
        qualifier = [w for w in ((match.group("owner") or "") + " " + match.group("mod")).split()
                     if w not in GENERIC | {"vice"}]
    else:
        qualifier = [mod] if (mod := match.group("mod").removesuffix("副")) else []  # 副: the family says it
    # A role briefing.yml gives (a person the text names bare) answers a qualified role noun ("the
    # Ukrainian leader" is Zelensky), and a bare one only when one person holds it: "the president"
    # after a bare Trump and a bare Zelensky is neither.
    assumed = [r for r in reversed(roles) if r.assumed]
    holders = {r.entity for r in assumed if r.family == family}
    candidates = [r for r in reversed(roles) if not r.assumed] + (assumed if qualifier or len(holders) == 1 else [])
    # a former holder is "the former chancellor", not "the German chancellor", and the reverse
    former = bool(_HELD_BEFORE.search(clause))
    fitting = [role for role in candidates if role.family == family and _qualified(role, qualifier, group)
               and bool(_HELD_BEFORE.search(role.words)) == former]
    # the one named last shares the role with someone else in that sentence who fits it too: "the
    # foreign minister" after Sybiha met Lavrov, "the president" after Trump called Putin, is neither
    if fitting and fitting[0].shared and any(r.shared and r.entity not in (None, fitting[0].entity) for r in fitting[1:]):
        return True, None
    return True, fitting[0].entity if fitting else None


def _qualified(role: Role, qualifier: list[str], group: dict[str, str | None]) -> bool:
    """Whether each qualifier is a word of the role's words or its holder's group, or the start of
    one for a long word ("us" is neither inside "russia" nor "usually"; "ukrainian" is "ukraine"'s)."""
    known = role.words + " " + (group.get(role.entity) or "")
    return all(re.search(r"(?<![a-z])" + re.escape(w[:5]) + (r"(?![a-z])" if len(w) <= 5 else ""), known) for w in qualifier)
