"""Names the gazetteer has never seen, learned from the corpus itself before any paragraph is annotated.

A first pass reads every paragraph (and title) of every source and collects:

- renderings of a known entity written beside one of its known names: `譯名（Latin Name）`,
  `Latin Name（譯名）`, a given name before a known surname and a middle dot (史蒂夫·維特科夫);
- people briefing.yml does not list, each with the Latin name that gives their id: a bracketed Latin
  name after a role word or before a speech verb (高級顧問格林鮑姆（Josh Gruenbaum）), and English
  title or apposition phrases ("Prime Minister Yulia Svyrydenko", "Denys Shmyhal, the former prime minister");
- article-scoped surnames: in an article that names a person in full, the surname alone (Fedorov,
  Fedorov's) is that person there, and nowhere else.

The result is a `Lexicon` (generator/model/annotate.py); `names.Names` matches it with the gazetteer.
Candidates are visited in source, paragraph and text order, so the lexicon is deterministic.

Finding the candidates (`Scanner`: mentions, pattern matches, similar spellings) is most of the
cost and depends on one source's text and the config alone, so it runs on the process pool and is
cached per article; deciding what they teach (`Learner`) depends on every source before and runs
in order in one process, replaying the scans. The surname pass likewise matches each source on the
pool with the names learned (its cache key holds them) and decides in order.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...config import BriefingConfig, Entity
from ...model import LearnedName, Lexicon, Source, failure
from ...normalize import fold, fold_map
from ...parallel import cached_map
from ..names import Names
from .patterns import DOTS, NICKNAME, NOT_NAME, RANKS, Sides, is_latin, official_context, same_person, slug, words_of
from .scan import SourceScan, TextScan, scan_source, start_scan

if TYPE_CHECKING:
    from ...cache import Cache

__all__ = ["learn", "slug"]


@dataclass
class _Person:
    """A provisional person while the corpus is read: every Latin and Chinese name seen."""

    latin: list[str] = field(default_factory=list)
    chinese: list[str] = field(default_factory=list)
    role: str = ""
    seen: list[LearnedName] = field(default_factory=list)


_sides: Sides | None = None  # per worker process of the surname pass, made in _start_surnames
_provisional: frozenset[str] = frozenset()


def _start_surnames(config: BriefingConfig, lexicon: Lexicon) -> None:
    global _matcher, _sides, _provisional  # noqa: PLW0603
    _matcher = Names(config, lexicon)
    _sides = Sides(config.parties)
    _provisional = frozenset(e.id for e in lexicon.provisional)


def _named_in_full(source: Source) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str | None], ...], str]:
    """(entity, the paragraph that first names it with more than one word), by entity; for each
    provisional person named with an official's role, (entity, the party that role's words say); and
    the error a bug raised in the source, if one did (then nothing of it is used)."""
    try:
        return (*_in_full(source), "")
    except Exception as exc:  # noqa: BLE001 - reported as a Problem naming the file, never a traceback
        return (), (), failure(exc)


def _in_full(source: Source) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str | None], ...]]:
    first: dict[str, str] = {}
    sides: list[tuple[str, str | None]] = []
    for p in source.paragraphs:
        folded = fold_map(p.text)
        for m in _matcher.mentions(folded, p.text, source.id):
            if len(m.surface.split()) > 1:
                first.setdefault(m.entity, p.anchor)
            if m.entity in _provisional:
                before, after = official_context(fold(p.text[max(0, m.start - 40):m.start]), fold(p.text[m.end:m.end + 48]))
                if before or after:
                    sides.append((m.entity, _sides.party(before, after)))
    return tuple(sorted(first.items())), tuple(sides)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


# --- the decisions: what the scans teach, in source, paragraph and text order ------------------------


class Learner:
    def __init__(self, config: BriefingConfig):
        self.config = config
        self.owner = {fold(n).strip(): e.id for e in config.entities for n in e.names}
        self.english: dict[str, list[str]] = {  # entity id -> its Latin names
            e.id: [n for n in e.names if is_latin(n)] for e in config.entities if e.kind == "person"}
        self.learned: list[LearnedName] = []
        self.people: dict[str, _Person] = {}  # keyed by the first Latin name seen
        self.by_surname: dict[str, list[str]] = {}  # slug of the surname -> keys of self.people
        self.unnamed: list[LearnedName] = []  # names after a role word with no Latin form anywhere
        self.failed: list[tuple[str, str]] = []  # (source id, error): a bug met while learning from it
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
        found = {e for e, names in self.english.items() if any(same_person(latin, n) and len(words_of(n)) > 1 for n in names)}
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
        words = words_of(latin)
        return next((k for k in self.by_surname.get(words[-1], ()) if same_person(k, latin)), None) if words else None

    def _person(self, latin: str, chinese: str, role: str, source: str, anchor: str, how: str) -> None:
        words = latin.split()
        title = []
        while words and (words[0] in NOT_NAME or words[0] in RANKS):  # "Affairs" of "Minister of Foreign Affairs Andrii …"
            word = words.pop(0)
            if word not in RANKS:  # "Prince" of "Foreign Minister Prince Faisal" is no part of the role
                title.append(word)
        latin = " ".join(words)
        if role and is_latin(role) and title and role[:1].isupper():
            role = " ".join((role, *title))  # "Deputy" + "Foreign Minister": the title as the text has it
        if len(words) < 2 or any(w in NOT_NAME for w in latin.replace("-", " ").split()) or fold(latin).strip() in self.owner:
            return  # not a name, or one the gazetteer already has (for whatever kind)
        entity = self._by_english(latin)
        if entity:  # a gazetteer person by another spelling of their English name
            self._learn(latin, entity, source, anchor, how)
            return
        key = self._known_person(latin) or latin
        if key not in self.people:
            self.people[key] = _Person()
            self.by_surname.setdefault(words_of(key)[-1], []).append(key)
        person = self.people[key]
        for name, names in ((latin, person.latin), (chinese, person.chinese)):
            if name and name not in names:
                names.append(name)
                if not (how == "pinyin" and name == latin):  # a romanisation is no spelling the source wrote
                    person.seen.append(LearnedName(name, "", source, anchor, how))
        if not person.role or (role and not is_latin(role) and is_latin(person.role)):
            person.role = role  # the first role seen, a Chinese one before an English one (the site is Chinese)

    # --- the scans, replayed ----------------------------------------------------------------------

    def source(self, scan: SourceScan) -> None:
        """Every paragraph, then the spellings that sound like a person the article names elsewhere.
        A bug met in a source (in its scan or here) leaves the rest of it unlearned and is recorded."""
        if scan.failed:
            self.failed.append((scan.id, scan.failed))
            return
        try:
            self._source(scan)
        except Exception as exc:  # noqa: BLE001 - reported as a Problem naming the file, never a traceback
            self.failed.append((scan.id, failure(exc)))

    def _source(self, scan: SourceScan) -> None:
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
            # The shortest full name gives the id (Denys Shmyhal, not Denys Anatoliyovych Shmyhal).
            latin = min(person.latin, key=lambda n: (len(words_of(n)), n))
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
        surnames, sides = self._surnames(sources, names, people, jobs, cache)
        return Lexicon(names=tuple(names) + tuple(self.sounds) + surnames,
                       provisional=tuple(self._party(p, sides) for p in people), unnamed=unnamed, failed=tuple(self.failed))

    def _party(self, person: Entity, sides: dict[str, list[str | None]]) -> Entity:
        """The person with the group of the one party every official role outlets give them says
        (烏克蘭總理斯維里登科, "Hungarian Prime Minister Viktor Orban"); as it was when a role says no
        party or two roles say different ones."""
        said = set(sides.get(person.id, ())) - {None}  # "Foreign Minister X" says no party, nor against one
        if len(said) != 1:
            return person
        return person.model_copy(update={"group": self.config.plain_group(said.pop())})

    def _surnames(self, sources: list[Source], names: list[LearnedName], people: list[Entity], jobs: int,
                  cache: "Cache | None") -> tuple[tuple[LearnedName, ...], dict[str, list[str | None]]]:
        """The surname alone, in an article that names the person in full (Mykhailo Fedorov … Fedorov's),
        and the parties the roles given to each provisional person say (`_named_in_full`).
        Which persons an article names in full depends on the names learned, so they key its cache entry."""
        full = {e.id: [n for n in e.names if is_latin(n) and len(words_of(n)) > 1]
                for e in (*self.config.entities, *people) if e.kind == "person"}
        matched = Lexicon(tuple(names), tuple(people))
        settings = _digest(self.config.model_dump_json(), repr(matched)) if cache else ""
        firsts = cached_map(cache, list(sources), _named_in_full, jobs, lambda s: cache.key_of("learn-surnames", settings, s),
                            _start_surnames, (self.config, matched))
        found: list[LearnedName] = []
        sides: dict[str, list[str | None]] = {}
        for source, (first, said, failed) in zip(sources, firsts):
            if failed:
                self.failed.append((source.id, failed))
            for entity, party in said:
                sides.setdefault(entity, []).append(party)
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
        return tuple(found), sides


def _article_only(surface: str) -> bool:
    """A two-character Chinese rendering (凱恩) names too many people to be trusted beyond its article."""
    return not is_latin(surface) and len(surface.strip(DOTS)) <= 2


def learn(config: BriefingConfig, sources: list[Source], jobs: int = 1, cache: "Cache | None" = None) -> Lexicon:
    """The lexicon of `sources`: each scanned on `jobs` processes, taken from `cache` when its text and
    the config are as when it was cached, then the scans replayed in source order in this process."""
    settings = _digest(config.model_dump_json()) if cache else ""
    scans = cached_map(cache, list(sources), scan_source, jobs, lambda s: cache.key_of("learn-scan", settings, s),
                       start_scan, (config,))
    learner = Learner(config)
    for scan in scans:
        learner.source(scan)
    return learner.lexicon(sources, jobs, cache)

