"""Entity mentions: every alias of the gazetteer, matched on folded text, with its surface as written."""

from __future__ import annotations

from ..config import BriefingConfig
from ..model import Mention
from ..normalize import Folded, Matcher


class Names:
    def __init__(self, config: BriefingConfig):
        self.matcher = Matcher((name, e.id) for e in config.entities for name in e.names)

    def mentions(self, folded: Folded, text: str) -> list[Mention]:
        return [Mention(ids[0], text[s:e], s, e) for s, e, ids in self.matcher.find(folded)]
