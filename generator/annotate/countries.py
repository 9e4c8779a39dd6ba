"""Country and region names in English, from Babel's CLDR data (installed with Material for
MkDocs): a capitalised phrase that is one names no person, and a party whose words name several
countries (Europe) says no one's nationality."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def territories() -> frozenset[str]:
    from babel import Locale

    return frozenset(re.sub(r"\s+", " ", n).strip() for n in Locale("en").territories.values())


def countries_named(words) -> int:
    """How many country or region names are among `words`."""
    names = territories()
    return sum(1 for w in words if w in names)
