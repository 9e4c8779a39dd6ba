"""Country and region names, from Babel's CLDR data: in English, a capitalised phrase that is one
names no person, and a party whose words name several countries (Europe) says no one's nationality;
in Chinese, a country's name made of transliteration characters (波蘭, 伊朗) is no unknown person."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def territories() -> frozenset[str]:
    from babel import Locale

    names = set()
    for name in Locale("en").territories.values():
        # "Hong Kong SAR China", "St. Kitts & Nevis", "Congo - Kinshasa": also the forms outlets write
        name = re.sub(r"\s+", " ", name).strip()
        names.add(name)
        short = re.sub(r"\s*\(.*?\)|\s+SAR China$|\s+-\s+.*$", "", name).strip()
        names.update(part.strip() for part in [short, *short.split("&")] if part.strip())
    return frozenset(names)


@lru_cache(maxsize=1)
def chinese_territories() -> frozenset[str]:
    """Country and region names in Chinese, folded (Simplified): 波兰, 伊朗, 沙乌地阿拉伯."""
    from babel import Locale

    from ..normalize import fold

    return frozenset(fold(n).strip() for loc in ("zh_Hant", "zh_Hans", "zh_Hant_HK") for n in Locale.parse(loc).territories.values())


def countries_named(words) -> int:
    """How many country or region names are among `words`."""
    names = territories()
    return sum(1 for w in words if w in names)
