"""Entity mentions: every alias of the gazetteer and every name the corpus taught (learn/),
matched on folded text, with its surface as written. A name learned as article-only (a surname
after the full name, a two-character rendering) matches only in its own source. A learned Chinese
rendering must not follow another transliteration character: 科斯塔 learned for one Costa is not
the end of 阿科斯塔 (Acosta). (After it, common words begin with such characters: 魯比歐明確指出.)

A person's name with Jr. or Sr. after it, or 小 before it (小川普, 小布希), is someone else of the
family: "Donald Trump Jr. said…" and 小川普表示 are not Donald Trump's word. (A given name before the
surname, "Melania Trump", was tried and taken back: a stoplist of titles and opening words could not tell a headline's or a title's capitalised word from
a given name; ACCURACY.md, round 13.)"""

from __future__ import annotations

import re

from ..config import BriefingConfig
from ..model import Lexicon, Mention
from ..normalize import Folded, Matcher, fold
from .similar import TRANSLIT

JUNIOR_AFTER = re.compile(r",?\s+(?:Jr|Sr)\b\.?")  # (Donald Trump) Jr.
JUNIOR_BEFORE = re.compile(r"(?<![缩大最很较极微小])小$")  # 小(川普), not 縮小 or 最小 before a name (folded)


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
        self.people = {e.id for e in (*config.entities, *lexicon.provisional) if e.kind == "person"}

    def _apart(self, text: str, start: int, end: int) -> bool:
        if fold(text[start:end]) not in self.learned:
            return True
        return start == 0 or fold(text[start - 1]) not in TRANSLIT

    def _relative(self, text: str, start: int, end: int, entity: str) -> bool:
        """Someone else of the family: Jr. or Sr. right after the person's name, 小 right before it."""
        return entity in self.people and bool(JUNIOR_AFTER.match(text, end) or JUNIOR_BEFORE.search(fold(text[max(0, start - 2):start])))

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
