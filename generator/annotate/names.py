"""Entity mentions: every alias of the gazetteer and every name the corpus taught (learn.py),
matched on folded text, with its surface as written. A name learned as article-only (a surname
after the full name, a two-character rendering) matches only in its own source."""

from __future__ import annotations

from ..config import BriefingConfig
from ..model import Lexicon, Mention
from ..normalize import Folded, Matcher


class Names:
    def __init__(self, config: BriefingConfig, lexicon: Lexicon = Lexicon()):
        known = [(name, e.id) for e in config.entities for name in e.names]
        self.matcher = Matcher(known + [(n.surface, n.entity) for n in lexicon.names if not n.local])
        local: dict[str, list[tuple[str, str]]] = {}
        for n in lexicon.names:
            if n.local:
                local.setdefault(n.source, []).append((n.surface, n.entity))
        self.local = {source: Matcher(entries) for source, entries in local.items()}

    def mentions(self, folded: Folded, text: str, source: str | None = None) -> list[Mention]:
        found = [Mention(ids[0], text[s:e], s, e) for s, e, ids in self.matcher.find(folded)]
        if source in self.local:  # the article's own names fill the gaps the corpus-wide ones leave
            taken = [(m.start, m.end) for m in found]
            found += [Mention(ids[0], text[s:e], s, e) for s, e, ids in self.local[source].find(folded)
                      if not any(a < e and s < b for a, b in taken)]
            found.sort(key=lambda m: m.start)
        return found
