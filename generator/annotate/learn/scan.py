"""Reading one source for the learner: every candidate its text offers, with what the decisions
need to know about it. A pure function of the source and the config, so it runs on the process
pool and is cached per article (learn/__init__.py replays the scans in order)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...config import BriefingConfig
from ...model import TITLE, Mention, Source, failure
from ...normalize import Folded, fold, fold_map
from ..names import Names
from ..similar import TRANSLIT, Similar, romanize
from .patterns import (CHINESE_NAME, DOTS, EN_APPOSITION_AFTER, EN_APPOSITION_BEFORE, EN_PROFESSION, EN_SAID, EN_SAYS, EN_TITLE,
                       GIVEN_DOT, LATIN_THEN_ZH, LOWER_WORD, NOT_NAME, OBJECT_BEFORE, RANKS, ROLE_THEN_NAME, ROLE_ZH, SENTENCE_END,
                       SPEECH_ZH, TITLE_CASE, TITLE_WORDS, ZH_THEN_LATIN, is_latin, not_a_person, translit_tail)


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
    failed: str = ""  # the error a bug raised while scanning it: then nothing is learned from it


class Scanner:
    """Reads a source for the learner. Whatever the reading depends on is the text and the config,
    never what earlier sources taught, so sources are scanned on the process pool and cached per
    article, and only the cheap decisions (Learner) run in order over the whole corpus."""

    def __init__(self, config: BriefingConfig):
        self.names = Names(config)
        self.persons = {e.id: e for e in config.entities if e.kind == "person"}
        self.similar = Similar([(n, e.id) for e in config.entities if e.kind == "person" for n in e.names if not is_latin(n)])

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
            tail = translit_tail(run)
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
                name = translit_tail(given.group(1))
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
            (match.start(group), match.group(group), _title_before(text, match) + (match.groupdict().get("role") or ""))
            for pattern in (EN_TITLE, EN_APPOSITION_BEFORE, EN_APPOSITION_AFTER) for match in pattern.finditer(text)
            for group in ("name", "name2") if group in pattern.groupindex and match.group(group)
            and not any(s < match.end(group) and match.start(group) < e for s, e in taken))
        # a body's name in apposition to a profession ("Novaya Gazeta, the newspaper whose editor …") is none
        found = [f for f in found if not not_a_person(_bare(f[1]))]
        if not headline:  # a profession or a verb of saying beside a name: no role to show
            spans = [(start, start + len(name)) for start, name, _ in found]
            found = sorted({*found, *(
                (match.start("name"), match.group("name"), "") for pattern in (EN_PROFESSION, EN_SAYS, EN_SAID)
                for match in pattern.finditer(text) if not not_a_person(match.group("name"))
                and match.group("name").split()[0].lower() not in TITLE_WORDS  # "Governor Vitaliy Kim said": the title's
                and not (pattern is EN_SAYS and OBJECT_BEFORE.search(text, max(0, match.start("name") - 12), match.start("name")))
                and not any(s < match.end("name") and match.start("name") < e for s, e in taken + spans))})
        # in text order; a bare noun ("the former head of …") is no role to show
        english = tuple((name, role if role[:1].isupper() else "") for _, name, role in found)
        return TextScan(anchor, tuple(brackets), renderings, tuple(dotted), tuple(unnamed), tuple(chinese),
                        tuple(self._sounds_like(folded, text, mentions)), english)


_scanner: Scanner | None = None  # one per worker process, made once (its automata cost to build)
_matcher: Names | None = None  # the same for the surname pass, with the names learned


def start_scan(config: BriefingConfig) -> None:
    global _scanner
    _scanner = Scanner(config)


def scan_source(source: Source) -> SourceScan:
    """The scan of one source; a bug met in it leaves the source out of learning, and says so
    (pipeline.unlearned reports it as a problem naming the file), rather than ending the build."""
    try:
        return _scanner.source(source)
    except Exception as exc:  # noqa: BLE001 - reported as a Problem naming the file, never a traceback
        return SourceScan(source.id, frozenset(), (), failure(exc))


def _bare(name: str) -> str:
    """The name without the title words a match may open with ("Foreign Minister Mikhail Galuzin")."""
    words = name.split()
    while words and (words[0] in NOT_NAME or words[0] in RANKS):
        words.pop(0)
    return " ".join(words)


_TITLE_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+\s+){1,3}$")


def _title_before(text: str, match: re.Match) -> str:
    """The capitalised words of a title right before its role word, "Foreign " of "Saudi Foreign
    Minister Prince Faisal": the title as the text has it. Title words only (NOT_NAME), before a
    role that is a title itself (a lower-case "spokesperson" is no role to show)."""
    role = match.groupdict().get("role") or ""
    if not role[:1].isupper():
        return ""
    start = match.start("role")
    found = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    if not found:
        return ""
    words = found.group().split()
    while words and words[0] not in NOT_NAME:
        words.pop(0)
    return " ".join(words) + " " if words and all(w in NOT_NAME for w in words) else ""
