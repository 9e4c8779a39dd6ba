"""Country and region names, from Babel's CLDR data: in English, a capitalised phrase that is one
names no person, and a party whose words name several countries (Europe) says no one's nationality;
in Chinese, a country's name made of transliteration characters (波蘭, 伊朗) is no unknown person;
and the country a person's Chinese title names (德國總理) gives the English words for their
nationality ("the German chancellor")."""

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


# What English writes for a nationality when it is no prefix of the country's name (the speakers
# module takes "german" for Germany by its first five letters): CLDR has names, not adjectives.
ADJECTIVES = {"GB": "british", "US": "american", "FR": "french", "NL": "dutch", "PL": "polish", "DK": "danish",
              "FI": "finnish", "SE": "swedish", "NO": "norwegian", "ES": "spanish", "TR": "turkish", "CH": "swiss",
              "GR": "greek", "IE": "irish", "CN": "chinese", "AE": "emirati", "IR": "iranian", "IT": "italian"}


@lru_cache(maxsize=1)
def _countries_in_chinese() -> tuple[tuple[str, str], ...]:
    """(folded Chinese name, country code) for every country, longest name first (沙乌地阿拉伯 before 阿拉伯)."""
    from babel import Locale

    from ..normalize import fold

    names = {(fold(n).strip(), code) for loc in ("zh_Hant", "zh_Hans", "zh_Hant_HK")
             for code, n in Locale.parse(loc).territories.items() if code.isalpha()}
    return tuple(sorted(names, key=lambda x: (-len(x[0]), x)))


def nationality(title: str) -> str:
    """The English words for the nationality a folded Chinese title names (德国总理 -> "germany"): the
    country's English name and, where it is no prefix of that, its adjective ("united kingdom
    british"); the first country the title names (美國烏俄問題特使 is American), empty when it names none."""
    from babel import Locale

    found = [(title.find(name), code) for name, code in _countries_in_chinese() if name in title]
    if not found:
        return ""
    code = min(found)[1]
    return " ".join(w for w in (Locale("en").territories[code].lower(), ADJECTIVES.get(code, "")) if w)
