"""Transliteration similarity: 魯比歐 is 魯比奧, 顎夏柯夫 is 鄂夏柯夫, though no character is shared.

Each Han character is read as its pinyin syllable (pypinyin) and reduced to a skeleton: a consonant
class (initials a foreign sound is rendered with interchangeably: zh/z/j, sh/s/x, ch/c/q, l/r,
f/w) and a vowel class. A whole run of characters names are transliterated with is a candidate
for a known name when it has the name's length (three characters or more: a two-character name is
never matched by similarity), the same consonant skeleton and at most one differing vowel class.
Similarity alone links nothing: learn/ accepts a candidate only with agreeing context.

`romanize` gives a Chinese person's name in pinyin, family name first (習近平 -> Xi Jinping): the
English name an editor would write, so the id a provisional Chinese person gets.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

from ..normalize import fold

# Characters Chinese transliterations of foreign names are written with (folded to Simplified),
# from the Xinhua name tables and the renderings in briefing.yml. A role word before a name
# (特使, 國務卿, 局長) holds at least one character outside it, which is where the name starts.
TRANSLIT = frozenset(
    "阿埃艾安昂奥澳巴拜班邦保鲍贝本比彼毕宾波博布查达戴丹道德登迪蒂丁东杜多厄恩尔法凡范方菲费芬丰佛弗福夫"
    "盖甘冈戈格根古哈海汉豪赫亨洪胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸拉莱赖兰朗劳勒雷黎里丽利连列林琳"
    "卢鲁伦罗洛吕马迈麦曼芒梅门蒙米明莫默姆穆纳奈南内尼涅宁纽努诺欧帕派潘庞佩培彭皮平珀普蒲齐奇恰乔切钦"
    "琼丘萨塞桑瑟森沙莎舍申施什史斯松苏索塔泰坦汤唐特滕提图托瓦旺威韦维温文翁沃乌伍西希锡夏谢辛休雅亚"
    "扬耶伊因尤约泽扎詹兹卓茨策崔颚鄂许魏叶蕾秋亭廷冯宏纪贤万京华可思惠裘龙乔顿敦罕卜"
)
RUN = re.compile("[" + "".join(sorted(TRANSLIT)) + "]+")  # on folded text

_CONSONANTS = {"zh": "z", "j": "z", "sh": "s", "x": "s", "ch": "c", "q": "c", "r": "l", "w": "f"}
_VOWELS = (("a", "a"), ("o", "o"), ("e", "o"), ("i", "i"), ("u", "u"), ("v", "u"))  # by the first main vowel
MIN_LENGTH = 3


def _readings(text: str, style: str) -> list[list[str]]:
    """pypinyin's readings. The library is imported on first use (or by `load_pinyin`): it takes 0.15 s (most
    of it a phrase table), and a build whose learning scans all come from the cache never needs it."""
    from pypinyin import Style, pinyin

    return pinyin(text, style=Style[style], strict=False)


def load_pinyin() -> None:
    importlib.import_module("pypinyin")


@lru_cache(maxsize=65536)
def skeleton(ch: str) -> tuple[str, str] | None:
    """(consonant class, vowel class) of a Han character, None for anything else."""
    if not "\u3400" <= ch <= "\u9fff":
        return None
    initial = _readings(ch, "INITIALS")[0][0]
    final = _readings(ch, "FINALS")[0][0]
    vowel = next((v for letter, v in _VOWELS if letter in final.lstrip("iu") or letter == final), final[:1])
    return _CONSONANTS.get(initial, initial or "-"), vowel


def romanize(name: str) -> str:
    """`張奧林` -> `Zhang Aolin` (the family name is the first character)."""
    syllables = [s[0] for s in _readings(fold(name), "NORMAL")]
    return f"{syllables[0].capitalize()} {''.join(syllables[1:]).capitalize()}"


@dataclass(frozen=True)
class Candidate:
    start: int  # offsets into the folded text
    end: int
    entity: str
    name: str  # the known name it resembles


class Similar:
    """Finds runs of transliteration characters that sound like a known Chinese name of a person."""

    def __init__(self, names: list[tuple[str, str]]):
        self.names: dict[str, list[tuple[str, str, tuple]]] = {}  # consonant skeleton -> (entity, name, skeletons)
        for name, entity in names:
            folded = fold(name)
            marks = tuple(skeleton(c) for c in folded)
            if len(folded) >= MIN_LENGTH and all(marks):
                self.names.setdefault("".join(m[0] for m in marks), []).append((entity, folded, marks))

    def find(self, folded: str) -> list[Candidate]:
        """Candidates in `folded` (one folded character per original one, offsets shared)."""
        found = []
        for run in RUN.finditer(folded):
            marks = tuple(skeleton(c) for c in run.group())
            if len(marks) < MIN_LENGTH or not all(marks):
                continue
            for entity, name, known in self.names.get("".join(m[0] for m in marks), ()):
                if run.group() != name and sum(a[1] != b[1] for a, b in zip(marks, known)) <= 1:
                    found.append(Candidate(run.start(), run.end(), entity, name))
        return found
