"""Entity mentions: every alias of the gazetteer and every name the corpus taught (learn/),
matched on folded text, with its surface as written. A name learned as article-only (a surname
after the full name, a two-character rendering) matches only in its own source. A learned Chinese
rendering must not follow another transliteration character: 科斯塔 learned for one Costa is not
the end of 阿科斯塔 (Acosta). (After it, common words begin with such characters: 魯比歐明確指出.)

A surname alone in English is someone else of that family when a given name the gazetteer does not
give the person stands right before it, or Jr. right after: "Melania Trump said…" and "Donald Trump
Jr. said…" are not Donald Trump's words. A title or a sentence's opening word there is no given name
("President Trump", "Then Trump said")."""

from __future__ import annotations

from ..config import BriefingConfig
from ..model import Lexicon, Mention
import re

from rapidfuzz import fuzz

from ..normalize import Folded, Matcher, fold
from .learn.patterns import NOT_NAME
from .similar import TRANSLIT

GIVEN_BEFORE = re.compile(r"(?:^|[^\w.'’-])((?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s){1,2})$")  # Melania (Trump), Igor Olegovich (Kostyukov)
JUNIOR_AFTER = re.compile(r",?\s+(?:Jr|Sr)\b\.?")  # (Donald Trump) Jr.
BEFORE_REACH = 24
SPELLING = 50  # RapidFuzz ratio at which a given name is a spelling of the person's own (Kirill, Kyrylo; Vlamidir)
# Words that open a sentence or clause before a name and are no given name ("Then Trump said"; and any
# word in -ly: "Separately Zelensky said").
OPENERS = frozenset(
    "Then Now Later Meanwhile Still Yet Also So Earlier Today Yesterday Tonight Here There Instead Indeed "
    "Since Until Although Though Because Where Why How What Who Whom Whose When Whether Once Even Only Both "
    "Neither Nor Not Asked According Speaking Like Unlike Including Without Under Over Between Against "
    "During Despite Last Next Early Late Former Ex Acting Incoming Outgoing Envoy Officials Sources Allies "
    "After Before While Upon Following Amid Amidst Whereas Unless Whatever However Therefore Moreover "
    "Should Would Could Did Does Do Has Have Had Is Was Are Were Will Can May Might Must Let Tell Ask "
    "Thank Thanks Dear Meet Call Hello Hi Congratulations Welcome Via Per Versus Toward Towards Through "
    "Across Behind Beyond Inside Outside Around About Above Below Near Into Onto Within Along Among "
    "Washington Moscow Kyiv Kiev Beijing London Paris Berlin Brussels Geneva Riyadh Istanbul Europe Russia "
    "Ukraine America Britain China".split())


class Names:
    def __init__(self, config: BriefingConfig, lexicon: Lexicon = Lexicon()):
        known = [(name, e.id) for e in config.entities for name in e.names]
        configured = {fold(name) for name, _ in known}
        self.learned = {fold(n.surface) for n in lexicon.names  # learned Chinese renderings
                        if fold(n.surface) not in configured and not n.surface.isascii() and fold(n.surface[0]) in TRANSLIT}
        self.matcher = Matcher(known + [(n.surface, n.entity) for n in lexicon.names if not n.local])
        local: dict[str, list[tuple[str, str]]] = {}
        for n in lexicon.names:
            if n.local:
                local.setdefault(n.source, []).append((n.surface, n.entity))
        self.local = {source: Matcher(entries) for source, entries in local.items()}
        # The words each entity's Latin names hold, lower-cased: a given name before its surname is theirs.
        self.people = {e.id for e in (*config.entities, *lexicon.provisional) if e.kind == "person"}
        self.own_words: dict[str, set[str]] = {}
        for name, entity in known + [(n.surface, n.entity) for n in lexicon.names]:
            if name.isascii():
                self.own_words.setdefault(entity, set()).update(w.lower() for w in re.findall(r"[A-Za-z]+", name))

    def _apart(self, text: str, start: int, end: int) -> bool:
        if fold(text[start:end]) not in self.learned:
            return True
        return start == 0 or fold(text[start - 1]) not in TRANSLIT

    def _relative(self, text: str, start: int, end: int, entity: str) -> bool:
        """Someone else of the family (Melania Trump, Donald Trump Jr.): see the module's note."""
        if entity in self.people and JUNIOR_AFTER.match(text, end):
            return True
        surface = text[start:end]
        if entity not in self.people or not surface.isascii() or " " in surface.strip():
            return False
        given = GIVEN_BEFORE.search(text[max(0, start - BEFORE_REACH):start])
        if not given:
            return False
        names = given.group(1).split()  # the given name, and a first name before a patronymic
        own = self.own_words.get(entity, ())
        # another spelling of the person's own given name is still theirs (Kirill Budanov, Vlamidir Putin)
        return names[-1] not in NOT_NAME | OPENERS and not names[-1].endswith("ly") and not any(
            fuzz.ratio(word.lower(), mine) >= SPELLING for word in names for mine in own)

    def mentions(self, folded: Folded, text: str, source: str | None = None) -> list[Mention]:
        found = [Mention(ids[0], text[s:e], s, e) for s, e, ids in self.matcher.find(folded)
                 if self._apart(text, s, e) and not self._relative(text, s, e, ids[0])]
        if source in self.local:  # the article's own names fill the gaps the corpus-wide ones leave
            taken = [(m.start, m.end) for m in found]
            found += [Mention(ids[0], text[s:e], s, e) for s, e, ids in self.local[source].find(folded)
                      if not any(a < e and s < b for a, b in taken) and self._apart(text, s, e)
                      and not self._relative(text, s, e, ids[0])]
            found.sort(key=lambda m: m.start)
        return found
