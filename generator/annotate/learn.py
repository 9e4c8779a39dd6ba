"""Names the gazetteer has never seen, learned from the corpus itself before any paragraph is annotated.

A first pass reads every paragraph (and title) of every source and collects:

- renderings of a known entity written beside one of its known names: `譯名（Latin Name）`,
  `Latin Name（譯名）`, a given name before a known surname and a middle dot (史蒂夫·維特科夫);
- people briefing.yml does not list, each with the Latin name that gives their id: a bracketed Latin
  name after a role word or before a speech verb (高級顧問格林鮑姆（Josh Gruenbaum）), and English
  title or apposition phrases ("Foreign Minister Andriy Sybiga", "Kyrylo Budanov, the former head");
- article-scoped surnames: in an article that names a person in full, the surname alone (Fedorov,
  Fedorov's) is that person there, and nowhere else.

The result is a `Lexicon` (generator/model.py); `names.Names` matches it with the gazetteer.
Candidates are visited in source, paragraph and text order, so the lexicon is deterministic.

Finding the candidates (`Scanner`: mentions, pattern matches, similar spellings) is most of the
cost and depends on one source's text and the config alone, so it runs on the process pool and is
cached per article; deciding what they teach (`Learner`) depends on every source before and runs
in order in one process, replaying the scans. The surname pass likewise matches each source on the
pool with the names learned (its cache key holds them) and decides in order.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..cache import key as cache_key
from ..config import BriefingConfig, Entity
from ..model import TITLE, LearnedName, Lexicon, Mention, Source
from ..normalize import Folded, fold, fold_map
from ..parallel import cached_map
from .names import Names
from .similar import TRANSLIT, Similar, romanize

if TYPE_CHECKING:
    from ..cache import Cache

DOTS = "·・．‧•"
_HAN = r"\u3400-\u9fff"
# A Latin personal name: two to four capitalised words (Radosław, O’Brien, Jean-Noël; not Fedorov’s),
# an optional quoted nickname inside.
_UP, _LO = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e", "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_WORD = rf"[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+|['’][{_UP}][{_LO}]+)?"
_NICK = r"(?:[“\"][A-Z][a-z]+[”\"]\s+)?"
LATIN_NAME = rf"{_WORD}(?:\s+{_NICK}(?:{_WORD}|[A-Z]\.))" r"{1,3}"
_OPEN, _CLOSE = r"[（(]\s*", r"\s*[)）]"
ZH_THEN_LATIN = re.compile(rf"([{_HAN}{DOTS}]+){_OPEN}({LATIN_NAME}|{_WORD}){_CLOSE}")
LATIN_THEN_ZH = re.compile(rf"(?<![A-Za-z])({LATIN_NAME}|{_WORD}){_OPEN}([{_HAN}][{_HAN}{DOTS}]{{1,11}}){_CLOSE}")
GIVEN_DOT = re.compile(rf"([{_HAN}]{{1,6}})[{DOTS}]$")
# A role word, folded, then a transliterated name with no Latin form (德國總理梅爾茨表示): `briefing check` lists it.
ROLE_THEN_NAME = re.compile(
    "(总统|总理|首相|外长|防长|国务卿|特使|发言人|顾问|部长|主席|秘书长)([" + "".join(sorted(TRANSLIT)) + "]{3,6})"
    "(?=[，,。、（(\\s\\d]|表示|说|指出|称|强调|在|于|周|星期|日前|今天|昨天|会见|会面|会谈|与)"
)
# A role word, folded, then a Chinese person's name: a common family name not used in transliterations
# (so never 李威特's 李 or 梅洛尼's 梅), one or two characters that are no function word or verb, and
# the end of the name (外交部發言人毛寧表示, 記者 張奧林)). Its pinyin is the person's English name.
CHINESE_NAME = re.compile(
    "(主席|总书记|总理|副总理|国务委员|外长|部长|发言人|特使|大使|记者|主任)\\s?"
    "(?!周[一二三四五六日末])([严习何侯傅刘吴周姚姜孔孙孟宋尹廖张徐易曹朱李杨梁武段毛江汪沈熊王田石秦程肖董蒋蔡薛袁覃谭贺赵邓邱邵邹郑郝郭钟钱闫陆陈陶韩顾高黄龚]"
    "[^\\s\\d\\W表示说称指强在于是也将已曾和与的了对向就都又还再并会这那其等及]{1,2})"
    "(?=[，,。、；：:（()）」“\"\\s]|表示|说|指出|称|强调|在|于|今天|昨天|日前|周[一二三四五六日]|星期|\\d|与|会见|宣布|回应|透露)"
)
NICKNAME = re.compile(r"[“\"][^”\"]*[”\"]\s+")

# Words, folded, that say the name after them is a person's (德國總理, 發言人, 特使 …).
ROLE_ZH = re.compile(
    "(总统|总理|首相|主席|外交部长|国防部长|部长|外长|防长|国务卿|特使|代表|顾问|发言人|秘书长|秘书|局长|司令|参谋长|总长|大使|议员|"
    "州长|市长|女婿|夫人|主任|负责人|领导人|议长|幕僚长|助理|上校|上将|将军|团长|首席谈判代表|分析师|学者|记者)$"
)
# ... and speech verbs right after the closing bracket (西比哈（Andrii Sybiha）說道).
SPEECH_ZH = re.compile("^(表示|说|指出|强调|称|透露|认为|告诉|证实|宣布|回应|坦言|警告|率领|率团|写道)")
# English roles before a name (Foreign Minister Andriy Sybiga) or in apposition to it.
ROLE_EN = (r"(?P<role>President|Prime Minister|Chancellor|Minister(?: of [A-Z][a-z]+)?|Secretary(?: of State)?|Senator|"
           r"Ambassador|Governor|General|Commander|[Ee]nvoy|[Aa]dviser|[Aa]dvisor|[Aa]ide|[Ss]pokes(?:man|woman|person)|"
           r"[Oo]bserver|[Aa]nalyst|[Nn]egotiator|[Cc]ommander|[Cc]hief|[Hh]ead|[Ll]eader|[Ff]igure|[Pp]resident|"
           r"[Mm]inisters?|[Dd]irector|[Dd]eputy|[Cc]ounterpart|[Cc]orrespondent|[Ee]xpert|[Ll]awmaker)")
EN_TITLE = re.compile(rf"\b{ROLE_EN}\s+(?P<name>{LATIN_NAME})")
EN_APPOSITION_BEFORE = re.compile(
    rf"\b{ROLE_EN}(?: of [A-Z][a-z]+(?: and [A-Z][a-z]+)?)?,\s+(?P<name>{LATIN_NAME})(?:\s+and\s+(?P<name2>{LATIN_NAME}))?[,.;]")
EN_APPOSITION_AFTER = re.compile(rf"(?P<name>{LATIN_NAME}),\s+(?:the|a|an)\s+(?:[a-z]+\s+){{0,3}}?{ROLE_EN}\b(?!['’]s)")
# Capitalised words that open or close a phrase but are not names.
NOT_NAME = frozenset(
    "The A An And Of In On At For With From By To As But Or If This That These Those It Its His Her Their Our "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December President Minister Secretary Senator Chancellor Prime "
    "Ukrainian Russian American European British French German Chinese Kremlin White House State Foreign "
    "Defence Defense Mr Mrs Ms Dr Sir Says Said Tells Told Warns Urges Calls Meets "
    # words of titles and institutions ("Minister of Foreign Affairs Andrii …", "Chief Executive Officer …")
    "Affairs Ministry Council Security National General Staff Office Committee Union Forces Army Navy Air "
    "Service Intelligence Agency Department Party Parliament Republic Federation Kingdom States United "
    "Nations Commission Executive Officer Vice Deputy Special Envoy Senior Chief Head Press Public".split()
)
TITLE_CASE = re.compile(r"\b[A-Z][a-z]+\b")
LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s*$")


@dataclass
class _Person:
    """A provisional person while the corpus is read: every Latin and Chinese name seen."""

    latin: list[str] = field(default_factory=list)
    chinese: list[str] = field(default_factory=list)
    role: str = ""
    seen: list[LearnedName] = field(default_factory=list)


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "ı": "i"})


def slug(latin: str) -> str:
    """`Serhiy “Flash” Beskrestnov` -> `serhiy-beskrestnov`, `Radosław` -> `radoslaw`: the id an editor would give."""
    text = unicodedata.normalize("NFKD", NICKNAME.sub("", latin).translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@lru_cache(maxsize=65536)
def _words(latin: str) -> tuple[str, ...]:
    """The words of a name's id, kept: linking compares every Latin name read with each of the gazetteer's."""
    return tuple(w for w in slug(latin).split("-") if w)


def _latin(name: str) -> bool:
    return not re.search(f"[{_HAN}]", name)


def _same_person(a: str, b: str) -> bool:
    """Two Latin names of one person: the same surname, and the given names agree where both have one
    (Steve/Steven; Igor/Igor Olegovich), so Jerome Powell is not Jonathan Powell."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    if len(wa) == 1 or len(wb) == 1:
        return True
    ga, gb = wa[0], wb[0]
    return ga.startswith(gb) or gb.startswith(ga) or (len(ga) > 3 and ga[:4] == gb[:4])


def _translit_tail(run: str) -> str:
    """The end of a run of Han characters that can be a transliterated name (特使威特科夫 -> 威特科夫)."""
    start = len(run)
    while start > 0 and (fold(run[start - 1]) in TRANSLIT or (run[start - 1] in DOTS and start < len(run))):
        start -= 1
    return run[start:].lstrip(DOTS)


# --- the scan: what each text says, a pure function of the text and the config ---------------------


@dataclass(frozen=True)
class Bracket:
    """譯名（Latin Name）: the Latin name and what the Chinese before and the words after it say."""

    latin: str
    known: str  # the gazetteer person whose known name the bracket follows, for a full Latin name; else ""
    tail: str  # the end of the Chinese that can be a transliterated name
    person: bool  # a role word before it, a speech verb after it or a dot in it says a person
    role: str  # that role word as written, or ""


@dataclass(frozen=True)
class TextScan:
    """The candidates of one title or paragraph, each kind in text order."""

    anchor: str
    brackets: tuple[Bracket, ...]
    renderings: tuple[tuple[str, str], ...]  # (Latin Name, 譯名) with only transliteration characters inside
    dotted: tuple[tuple[str, str], ...]  # (名·姓 as written, the person 姓 is)
    unnamed: tuple[str, ...]  # a transliterated name after a role word, outside any mention
    chinese: tuple[tuple[str, str, str], ...]  # (pinyin, Chinese name, role word) after a role word
    heard: tuple[tuple[str, str, bool], ...]  # Scanner._sounds_like
    english: tuple[tuple[str, str], ...]  # (Latin name, role to show) of English title and apposition phrases


@dataclass(frozen=True)
class SourceScan:
    """What the learner needs of one source (plain values: it crosses processes and is cached)."""

    id: str
    named: frozenset[str]  # the entities the source mentions by a known name
    texts: tuple[TextScan, ...]  # the title first


class Scanner:
    """Reads a source for the learner. Whatever the reading depends on is the text and the config,
    never what earlier sources taught, so sources are scanned on the process pool and cached per
    article, and only the cheap decisions (Learner) run in order over the whole corpus."""

    def __init__(self, config: BriefingConfig):
        self.names = Names(config)
        self.persons = {e.id: e for e in config.entities if e.kind == "person"}
        self.similar = Similar([(n, e.id) for e in config.entities if e.kind == "person" for n in e.names if not _latin(n)])

    def source(self, source: Source) -> SourceScan:
        texts = [(TITLE, source.title)] if source.title else []
        scans, named = [], set()
        for anchor, text in texts + [(p.anchor, p.text) for p in source.paragraphs]:
            folded = fold_map(text)
            mentions = self.names.mentions(folded, text)
            named.update(m.entity for m in mentions)
            scans.append(self._text(anchor, text, folded, mentions))
        return SourceScan(source.id, frozenset(named), tuple(scans))

    def _sounds_like(self, folded: Folded, text: str, mentions: list[Mention]) -> list[tuple[str, str, bool]]:
        """(surface, entity, whether a role word before it agrees with the entity's role) for each
        spelling that sounds like a known name of a person (similar.py)."""
        found = []
        for c in self.similar.find(folded.text):
            start, end = folded.span(c.start, c.end)
            if any(m.start < end and start < m.end for m in mentions):
                continue
            role = ROLE_ZH.search(folded.text, 0, c.start)
            agrees = bool(role) and role.group(1) in fold(self.persons[c.entity].role)
            found.append((text[start:end], c.entity, agrees))
        return found

    def _text(self, anchor: str, text: str, folded: Folded, mentions: list[Mention]) -> TextScan:
        brackets = []
        for match in ZH_THEN_LATIN.finditer(text):
            run, latin = match.group(1), match.group(2)
            known = next((m for m in mentions if m.end == match.end(1)), None)
            tail = _translit_tail(run)
            before = run[: len(run) - len(tail)]
            role = ROLE_ZH.search(fold(before))
            brackets.append(Bracket(
                latin=latin,
                known=known.entity if known and known.entity in self.persons and len(latin.split()) > 1 else "",
                tail=tail,
                person=bool(role or SPEECH_ZH.match(fold(text[match.end():match.end() + 2])) or any(d in tail for d in DOTS)),
                role=before[len(before) - len(role.group(1)):] if role else ""))
        renderings = tuple((match.group(1), match.group(2)) for match in LATIN_THEN_ZH.finditer(text)
                           if all(fold(c) in TRANSLIT or c in DOTS for c in match.group(2)))
        dotted = []
        for m in mentions:  # 史蒂夫·維特科夫: a given name and a dot before a known surname
            given = GIVEN_DOT.search(text, 0, m.start)
            if given and m.entity in self.persons:
                name = _translit_tail(given.group(1))
                if name:
                    dotted.append((text[m.start - len(name) - 1:m.end], m.entity))
        taken = [(m.start, m.end) for m in mentions]
        unnamed = []
        for match in ROLE_THEN_NAME.finditer(folded.text):
            start, end = folded.span(*match.span(2))
            if not any(s < end and start < e for s, e in taken):
                unnamed.append(text[start:end])
        chinese = []
        for match in CHINESE_NAME.finditer(folded.text):
            start, end = folded.span(*match.span(2))
            if not any(s < end and start < e for s, e in taken):
                chinese.append((romanize(text[start:end]), text[start:end], text[slice(*folded.span(*match.span(1)))]))
        headline = len(TITLE_CASE.findall(text)) > 2 * len(LOWER_WORD.findall(text)) and not SENTENCE_END.search(text)
        found = [] if headline else sorted(  # a Title Case headline capitalises every word, names or not
            (match.start(group), match.group(group), match.group("role"))
            for pattern in (EN_TITLE, EN_APPOSITION_BEFORE, EN_APPOSITION_AFTER) for match in pattern.finditer(text)
            for group in ("name", "name2") if group in pattern.groupindex and match.group(group)
            and not any(s < match.end(group) and match.start(group) < e for s, e in taken))
        # in text order; a bare noun ("the former head of …") is no role to show
        english = tuple((name, role if role[:1].isupper() else "") for _, name, role in found)
        return TextScan(anchor, tuple(brackets), renderings, tuple(dotted), tuple(unnamed), tuple(chinese),
                        tuple(self._sounds_like(folded, text, mentions)), english)


_scanner: Scanner | None = None  # one per worker process, made once (its automata cost to build)
_matcher: Names | None = None  # the same for the surname pass, with the names learned


def _start_scan(config: BriefingConfig) -> None:
    global _scanner
    _scanner = Scanner(config)


def _scan_source(source: Source) -> SourceScan:
    return _scanner.source(source)


def _start_surnames(config: BriefingConfig, lexicon: Lexicon) -> None:
    global _matcher
    _matcher = Names(config, lexicon)


def _named_in_full(source: Source) -> tuple[tuple[str, str], ...]:
    """(entity, the paragraph that first names it with more than one word), by entity."""
    first: dict[str, str] = {}
    for p in source.paragraphs:
        for m in _matcher.mentions(fold_map(p.text), p.text, source.id):
            if len(m.surface.split()) > 1:
                first.setdefault(m.entity, p.anchor)
    return tuple(sorted(first.items()))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


# --- the decisions: what the scans teach, in source, paragraph and text order ------------------------


class Learner:
    def __init__(self, config: BriefingConfig):
        self.config = config
        self.owner = {fold(n).strip(): e.id for e in config.entities for n in e.names}
        self.english: dict[str, list[str]] = {  # entity id -> its Latin names
            e.id: [n for n in e.names if _latin(n)] for e in config.entities if e.kind == "person"}
        self.learned: list[LearnedName] = []
        self.people: dict[str, _Person] = {}  # keyed by the first Latin name seen
        self.by_surname: dict[str, list[str]] = {}  # slug of the surname -> keys of self.people
        self.unnamed: list[LearnedName] = []  # names after a role word with no Latin form anywhere
        self.family_first: set[str] = set()  # romanised Chinese names: no surname-alone rule
        self.pending: list[tuple[str, str, str, str]] = []  # 譯名（Latin Name） with nothing saying a person
        self.sounds: list[LearnedName] = []  # spellings linked by transliteration similarity, article-only

    # --- linking to the gazetteer ---------------------------------------------------------------

    def _by_english(self, latin: str) -> str | None:
        """The gazetteer person a Latin name is: one of their English names, or the same person by
        surname and given name (Steven Witkoff -> steve-witkoff). Places and bodies are not learned
        this way: 日內瓦（Geneva） says nothing about where a rendering of the Geneva talks begins."""
        owner = self.owner.get(fold(latin).strip())
        if owner:
            return owner if owner in self.english else None
        found = {e for e, names in self.english.items() if any(_same_person(latin, n) and len(_words(n)) > 1 for n in names)}
        return found.pop() if len(found) == 1 else None

    def _learn(self, surface: str, entity: str, source: str, anchor: str, how: str) -> None:
        key = fold(surface).strip()
        if not key or self.owner.get(key, entity) != entity:
            return  # a name of another entity is never taken over
        if key not in self.owner:
            self.owner[key] = entity
            self.learned.append(LearnedName(surface, entity, source, anchor, how))

    def _known_person(self, latin: str) -> str | None:
        """The provisional person already seen under another form of this Latin name, if any."""
        words = _words(latin)
        return next((k for k in self.by_surname.get(words[-1], ()) if _same_person(k, latin)), None) if words else None

    def _person(self, latin: str, chinese: str, role: str, source: str, anchor: str, how: str) -> None:
        words = latin.split()
        while words and words[0] in NOT_NAME:  # "Affairs" of "Minister of Foreign Affairs Andrii …"
            words = words[1:]
        latin = " ".join(words)
        if len(words) < 2 or any(w in NOT_NAME for w in latin.replace("-", " ").split()) or fold(latin).strip() in self.owner:
            return  # not a name, or one the gazetteer already has (for whatever kind)
        entity = self._by_english(latin)
        if entity:  # a gazetteer person by another spelling of their English name
            self._learn(latin, entity, source, anchor, how)
            return
        key = self._known_person(latin) or latin
        if key not in self.people:
            self.people[key] = _Person()
            self.by_surname.setdefault(_words(key)[-1], []).append(key)
        person = self.people[key]
        for name, names in ((latin, person.latin), (chinese, person.chinese)):
            if name and name not in names:
                names.append(name)
                if not (how == "pinyin" and name == latin):  # a romanisation is no spelling the source wrote
                    person.seen.append(LearnedName(name, "", source, anchor, how))
        if not person.role or (role and not _latin(role) and _latin(person.role)):
            person.role = role  # the first role seen, a Chinese one before an English one (the site is Chinese)

    # --- the scans, replayed ----------------------------------------------------------------------

    def source(self, scan: SourceScan) -> None:
        """Every paragraph, then the spellings that sound like a person the article names elsewhere."""
        heard: list[tuple[str, str, str, bool]] = []  # (surface, entity, anchor, a role word agrees)
        for text in scan.texts:
            self.paragraph(scan.id, text)
            heard += [(surface, entity, text.anchor, role) for surface, entity, role in text.heard]
        ambiguous = {s for s, e, _, _ in heard if any(s == s2 and e != e2 for s2, e2, _, _ in heard)}
        linked: set[str] = set()
        for surface, entity, anchor, role in heard:
            if (role or entity in scan.named) and surface not in ambiguous | linked and self.owner.get(fold(surface), entity) == entity:
                linked.add(surface)
                self.sounds.append(LearnedName(surface, entity, scan.id, anchor, "similar", True))

    def paragraph(self, source: str, scan: TextScan) -> None:
        anchor = scan.anchor
        for b in scan.brackets:
            if b.known:
                self._learn(b.latin, b.known, source, anchor, "bracket")
                continue
            entity = self._by_english(b.latin)
            if entity and len(b.tail) >= 2:
                self._learn(b.tail, entity, source, anchor, "bracket")
            elif not entity and len(b.tail) >= 2 and len(b.latin.split()) > 1:
                if b.person:
                    self._person(b.latin, b.tail, b.role, source, anchor, "bracket")
                else:  # a person only if the corpus says so elsewhere (阿布達比（Abu Dhabi） never does)
                    self.pending.append((b.latin, b.tail, source, anchor))
        for latin, chinese in scan.renderings:
            entity = self._by_english(latin)
            if entity:
                self._learn(chinese, entity, source, anchor, "bracket")
        for surface, entity in scan.dotted:
            self._learn(surface, entity, source, anchor, "dot")
        self.unnamed.extend(LearnedName(surface, "", source, anchor, "role") for surface in scan.unnamed)
        for latin, chinese, role in scan.chinese:
            self.family_first.add(latin)
            self._person(latin, chinese, role, source, anchor, "pinyin")
        for name, role in scan.english:
            self._person(name, "", role, source, anchor, "role")

    # --- the lexicon ------------------------------------------------------------------------------

    def lexicon(self, sources: list[Source], jobs: int = 1, cache: "Cache | None" = None) -> Lexicon:
        for latin, chinese, source, anchor in self.pending:
            if self._known_person(latin):
                self._person(latin, chinese, "", source, anchor, "bracket")
        people: list[Entity] = []
        taken = {e.id for e in self.config.entities} | {"index"}  # entities/index.md is the index
        for person in self.people.values():
            # The shortest full name gives the id (Igor Kostyukov, not Igor Olegovich Kostyukov).
            latin = min(person.latin, key=lambda n: (len(_words(n)), n))
            pid = slug(latin)
            if not pid or pid in taken:
                continue
            seen = [s for s in person.seen if self.owner.setdefault(fold(s.surface).strip(), pid) == pid]
            if not seen:
                continue
            name_zh = person.chinese[0] if person.chinese else latin
            taken.add(pid)
            people.append(Entity(id=pid, name_zh=name_zh, name_en=latin, kind="person", role=person.role,
                                 aliases=tuple(s.surface for s in seen if s.surface not in (name_zh, latin))))
            self.learned.extend(LearnedName(s.surface, pid, s.source, s.paragraph, s.how, _article_only(s.surface)) for s in seen)
        provisional = {p.id for p in people}
        names = [n if n.entity in provisional else
                 LearnedName(n.surface, n.entity, n.source, n.paragraph, n.how, _article_only(n.surface)) for n in self.learned]
        learned = {fold(n.surface) for n in (*names, *self.sounds)}
        unnamed = tuple(n for n in self.unnamed if fold(n.surface) not in learned)
        return Lexicon(names=tuple(names) + tuple(self.sounds) + self._surnames(sources, names, people, jobs, cache),
                       provisional=tuple(people), unnamed=unnamed)

    def _surnames(self, sources: list[Source], names: list[LearnedName], people: list[Entity], jobs: int,
                  cache: "Cache | None") -> tuple[LearnedName, ...]:
        """The surname alone, in an article that names the person in full (Mykhailo Fedorov … Fedorov's).
        Which persons an article names in full depends on the names learned, so they key its cache entry."""
        full = {e.id: [n for n in e.names if _latin(n) and len(_words(n)) > 1]
                for e in (*self.config.entities, *people) if e.kind == "person"}
        matched = Lexicon(tuple(names), tuple(people))
        settings = _digest(self.config.model_dump_json(), repr(matched)) if cache else ""
        firsts = cached_map(cache, list(sources), _named_in_full, jobs, lambda s: cache_key("learn-surnames", settings, repr(s)),
                            _start_surnames, (self.config, matched))
        found: list[LearnedName] = []
        for source, first in zip(sources, firsts):
            here: set[str] = set()  # surnames already taken in this source
            for entity, anchor in first:
                for name in full.get(entity, ()):
                    words = NICKNAME.sub("", name).split()
                    if len(words[0]) <= 3 or name in self.family_first:
                        continue  # Xi Jinping, Li Hui: the family name comes first
                    surname = words[-1]
                    if fold(surname).strip() not in self.owner and surname not in here:
                        here.add(surname)
                        found.append(LearnedName(surname, entity, source.id, anchor, "surname", True))
        return tuple(found)


def _article_only(surface: str) -> bool:
    """A two-character Chinese rendering (凱恩) names too many people to be trusted beyond its article."""
    return not _latin(surface) and len(surface.strip(DOTS)) <= 2


def learn(config: BriefingConfig, sources: list[Source], jobs: int = 1, cache: "Cache | None" = None) -> Lexicon:
    """The lexicon of `sources`: each scanned on `jobs` processes, taken from `cache` when its text and
    the config are as when it was cached, then the scans replayed in source order in this process."""
    settings = _digest(config.model_dump_json()) if cache else ""
    scans = cached_map(cache, list(sources), _scan_source, jobs, lambda s: cache_key("learn-scan", settings, repr(s)),
                       _start_scan, (config,))
    learner = Learner(config)
    for scan in scans:
        learner.source(scan)
    return learner.lexicon(sources, jobs, cache)
