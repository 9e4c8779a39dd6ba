"""Load and validate the editorial config (briefing.yml) and the per-file metadata (sources.yml).

Both are data an editor writes by hand, so every mistake is reported with file, line and a fix,
all at once, never as a traceback.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .model import Problem
from .normalize import fold

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
SOURCES_META = "sources.yml"  # per-file metadata in the seeds folder


class ConfigError(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Terms(StrictModel):
    zh_Hant: tuple[str, ...] = Field(default=(), alias="zh-Hant")
    zh_Hans: tuple[str, ...] = Field(default=(), alias="zh-Hans")
    en: tuple[str, ...] = ()

    @property
    def all(self) -> tuple[str, ...]:
        return self.zh_Hant + self.zh_Hans + self.en


class Pair(StrictModel):
    """Two words that decide a topic together though neither does alone: a word of `first`, then one
    of `then` a few words on in its clause (部隊 … 部署到烏克蘭, troops … to Ukraine), in a sentence
    holding one of `with` when given (would, 準備: what is to come) and none of `not_with` before it, nor
    after it in its clause (Russia, prisoners: a belligerent's troops, soldiers coming home; not
    以防俄羅斯再次進攻 after a comma); no `not_after` word a few characters before `first` (its troops,
    這些士兵: whose, the sentence before says), no `not_between` word between the two (returned,
    crossing into) and no `not_before` word right after `then` (to Ukraine's front, 烏克蘭東部). With
    no `then`, a word of `first` in a sentence holding one of `with` decides (a backstop beside troops)."""
    first: Terms
    then: Terms = Terms()
    with_: Terms = Field(default=Terms(), alias="with")
    not_with: Terms = Terms()
    not_after: Terms = Terms()
    not_between: Terms = Terms()
    not_before: Terms = Terms()
    # How many Chinese letters or digits may stand between `first` and `then` (English: three
    # words): a meeting's day and place (美俄官員18日在利雅德會晤) are longer than a troop word's verb.
    reach: int = Field(default=6, ge=0, le=20)
    # No verb of saying or stance between the two: `first` is then a source, not who acts
    # (美國官員表示，會談…). Not for troops: "troops, as promised, to Ukraine" are still sent.
    not_across_saying: bool = False


class Topic(StrictModel):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    description: str = ""
    terms: Terms = Terms()
    # Words that also have another sense (歐洲 the continent, 談判代表 of any side) count only in a
    # paragraph that a term or a group member already puts on the topic.
    hints: Terms = Terms()
    # ... or, with `stance_hints`, when a verb of stance or speech shares their clause (歐洲不會接受).
    stance_hints: bool = False
    # A term right after one of these words (same clause, a few words or characters before it) is
    # someone else's: 普丁特使, Beijing's special envoy, the Kremlin's investment envoy.
    not_after: Terms = Terms()
    # A term (the key, as listed in `terms`) right before one of its words is something else:
    # territorial gains (the battle's), 非軍事化 (an army's demilitarisation, not a zone).
    not_before: dict[str, Terms] = {}
    groups: tuple[str, ...] = ()  # mentions of these entity groups count as evidence
    hint_groups: tuple[str, ...] = ()  # ... and of these only as hints (頓內茨克 is also a battlefield)
    pairs: tuple[Pair, ...] = ()
    roster: str | None = None  # entity group listed first, member by member (e.g. us-envoy)
    # People of the groups named alone (no term, hint or speaker of the group, no other topic, no one
    # else the gazetteer knows) put a paragraph on the topic only beside one of `site.subject_words`:
    # Merz elected at home, Orbán in the polls are no European stance.
    names_need_subject: bool = False
    # A paragraph whose only evidence is one of `vague` (EU, Europe: who, not what about), on no
    # other topic, with a word of `elsewhere` (aid, loan, sanctions) and none of `about` (peace talks,
    # ceasefire) is news of the same people on another matter: the topic is not decided.
    vague: Terms = Terms()
    elsewhere: Terms = Terms()
    about: Terms = Terms()


class Entity(StrictModel):
    id: str = Field(pattern=ID_PATTERN)
    name_zh: str = Field(min_length=1)
    name_en: str = ""
    kind: Literal["person", "place", "organisation", "plan", "event"]
    group: str | None = None
    role: str = ""
    aliases: tuple[str, ...] = ()
    pronoun: Literal["he", "she"] | None = None  # who 她 / "she" may stand for: a woman only

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name_zh, self.name_en, *self.aliases) if n)


class Party(StrictModel):
    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1)
    groups: tuple[str, ...] = Field(min_length=1)
    # Words that say an official is of this party when an outlet writes them before the role
    # (烏克蘭外交部長, Hungarian Prime Minister, European Commission spokesman): a person the
    # gazetteer lacks, learned from the corpus, speaks for the party every such role gives them.
    words: Terms = Terms()


class Site(StrictModel):
    title: str = "簡報"
    subject: str = ""
    description: str = ""
    # Words that say a paragraph is about the briefing's subject (烏克蘭, 停火, Kremlin, talks), for
    # topics with `names_need_subject`.
    subject_words: Terms = Terms()


class BriefingConfig(StrictModel):
    site: Site = Site()
    parties: tuple[Party, ...] = ()
    topics: tuple[Topic, ...] = Field(min_length=1)
    entities: tuple[Entity, ...] = ()

    def topic(self, topic_id: str) -> Topic:
        return next(t for t in self.topics if t.id == topic_id)

    def entity(self, entity_id: str) -> Entity:
        return self._entities_by_id[entity_id]

    @cached_property  # asked for every mention in compose and render; the config never changes
    def _entities_by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    def party_of(self, entity_id: str, learned: dict[str, str | None] | None = None) -> str | None:
        """The party of an entity's group; for a provisional person (not in briefing.yml), the group
        `learned` gives it (annotate/learn: the party the roles outlets give them say), else None."""
        entity = self._entities_by_id.get(entity_id)
        group = entity.group if entity else (learned or {}).get(entity_id)
        if group is None:
            return None
        return next((p.id for p in self.parties if group in p.groups), None)

    def plain_group(self, party_id: str) -> str:
        """The group a learned official of `party_id` joins: one no topic counts as its evidence or
        roster (us-official, not us-envoy), else the party's last."""
        party = next(p for p in self.parties if p.id == party_id)
        used = {g for t in self.topics for g in (*t.groups, *t.hint_groups, t.roster)}
        return next((g for g in party.groups if g not in used), party.groups[-1])


class SourceMeta(StrictModel):
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    language: Literal["zh-Hant", "zh-Hans", "en"] | None = None
    encoding: str | None = None  # when detection guesses wrong: big5, gb18030, utf-16, …

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                text_encoding = codecs.lookup(value)._is_text_encoding  # not hex, base64, zip …
            except LookupError:
                text_encoding = False
            if not text_encoding:
                raise ValueError("unknown text encoding; use e.g. utf-8, utf-16, big5, gb18030")
        return value

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/]+\.[^\s/]+", value):
            raise ValueError("must be an http(s) URL such as https://example.com/article")
        return value


# --- YAML with line numbers -------------------------------------------------


def _line_index(node: yaml.Node, path: tuple = (), index: dict | None = None) -> dict[tuple, int]:
    """Map every path in the document (keys and list indexes) to its 1-based line."""
    index = {} if index is None else index
    index[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = path + (key.value,)
            index[child] = key.start_mark.line + 1
            _line_index(value, child, index)
            index[child] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_index(item, path + (i,), index)
    return index


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader (libyaml's parser where PyYAML has it: a sources.yml of 1,000 entries parses in
    milliseconds, not half a second) that leaves dates as text, so a bad date is a validation
    error with a line."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path: Path, data: bytes | None = None) -> tuple[Any, dict[tuple, int]]:
    """The document and each key path's line; `data`: the file's bytes, already read."""
    try:
        text = (path.read_bytes() if data is None else data).decode("utf-8-sig")
    except FileNotFoundError:
        raise ConfigError([Problem(str(path), None, "file not found", "create it or pass --config FILE")])
    except UnicodeDecodeError as exc:
        raise ConfigError([Problem(str(path), None, f"not UTF-8 ({exc.reason})", "save the file as UTF-8")])
    loader = _Loader(text)
    try:
        node = loader.get_single_node()  # one parse: the nodes give the lines, then the data
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ConfigError(
            [
                Problem(
                    str(path),
                    line,
                    f"invalid YAML: {exc.problem or exc}",
                    "check indentation (spaces, not tabs), colons after keys and quotes around text containing ': ' or '#'",
                )
            ]
        )
    finally:
        loader.dispose()
    return data, (_line_index(node) if node is not None else {})


def _nearest_line(lines: dict[tuple, int], loc: tuple) -> int | None:
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _hint(error: dict) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"remove or rename '{error['loc'][-1]}'; see the config reference in README.md for the allowed keys"
    if kind == "missing":
        return f"add '{error['loc'][-1]}'"
    if kind == "string_pattern_mismatch":
        return "use lower-case ASCII letters, digits and '-', e.g. us-envoys"
    if kind in ("literal_error", "enum"):
        return f"use one of the allowed values ({error.get('ctx', {}).get('expected', '')})"
    if kind.startswith("date"):
        return "write the date as YYYY-MM-DD, e.g. 2025-02-13"
    if kind in ("too_short",):
        return "add at least one entry"
    return "see the config reference in README.md"


def validation_problems(path: Path, exc: ValidationError, lines: dict[tuple, int]) -> list[Problem]:
    problems = []
    errors = exc.errors()
    for error in errors:
        loc = tuple(error["loc"])
        # "at least 1 item after validation" only echoes an error inside one of the items.
        if error["type"] == "too_short" and any(len(e["loc"]) > len(loc) and tuple(e["loc"][: len(loc)]) == loc for e in errors):
            continue
        where = ".".join(str(part) for part in loc) or "(top level)"
        message = error["msg"]
        problems.append(Problem(str(path), _nearest_line(lines, loc), f"{where}: {message}", _hint(error)))
    return problems


def _semantic_problems(path: Path, config: BriefingConfig, lines: dict[tuple, int]) -> list[Problem]:
    problems: list[Problem] = []
    p = str(path)

    def seen_twice(kind: str, items) -> None:
        first: dict[str, int] = {}
        for i, item in enumerate(items):
            if item.id in first:
                problems.append(
                    Problem(p, lines.get((kind, i, "id")), f"{kind}: id '{item.id}' is used twice",
                            f"give each entry its own id (first used at line {lines.get((kind, first[item.id], 'id'))})")
                )
            first.setdefault(item.id, i)

    seen_twice("topics", config.topics)
    seen_twice("entities", config.entities)
    seen_twice("parties", config.parties)
    for i, entity in enumerate(config.entities):
        if entity.id == "index":  # entities/index.md is the index of all entities
            problems.append(Problem(p, lines.get(("entities", i, "id")), "entities: id 'index' is reserved for the entity index page",
                                    "choose another id, e.g. the name in Latin letters"))

    groups = {e.group for e in config.entities if e.group}
    for i, topic in enumerate(config.topics):
        if not topic.terms.all and not topic.groups:
            problems.append(
                Problem(p, lines.get(("topics", i)), f"topic '{topic.id}' has no terms",
                        "add matching terms under terms: zh-Hant / zh-Hans / en, or entity groups under groups:")
            )
        if topic.names_need_subject and not config.site.subject_words.all:
            problems.append(
                Problem(p, lines.get(("topics", i)), f"topic '{topic.id}' has names_need_subject but site.subject_words is empty",
                        "list the words of the briefing's subject under site: subject_words: zh-Hant / zh-Hans / en, or drop names_need_subject")
            )
        for term in topic.not_before:
            if term not in topic.terms.all:
                problems.append(
                    Problem(p, lines.get(("topics", i, "not_before")), f"topic '{topic.id}': not_before names '{term}', which is not one of its terms",
                            "use a term exactly as listed under terms:, or drop it")
                )
        if bool(topic.vague.all) != bool(topic.elsewhere.all and topic.about.all):
            problems.append(
                Problem(p, lines.get(("topics", i)), f"topic '{topic.id}': vague, elsewhere and about work together, and not all three are given",
                        "list words under all three (vague: who; elsewhere: another matter; about: the subject), or none")
            )
        for group in (*topic.groups, *topic.hint_groups, *([topic.roster] if topic.roster else [])):
            if group not in groups:
                problems.append(
                    Problem(p, lines.get(("topics", i)), f"topic '{topic.id}' names entity group '{group}', which no entity has",
                            f"use one of: {', '.join(sorted(groups))}")
                )
    for i, party in enumerate(config.parties):
        for group in party.groups:
            if group not in groups:
                problems.append(
                    Problem(p, lines.get(("parties", i, "groups")), f"party '{party.id}' names entity group '{group}', which no entity has",
                            f"use one of: {', '.join(sorted(groups))}")
                )

    owner: dict[str, tuple[str, int]] = {}
    for i, entity in enumerate(config.entities):
        for name in dict.fromkeys(fold(n).strip() for n in entity.names):
            if not name:
                continue
            if name in owner and owner[name][0] != entity.id:
                other, other_i = owner[name]
                problems.append(
                    Problem(p, lines.get(("entities", i)),
                            f"alias '{name}' of entity '{entity.id}' is also a name of '{other}' (line {lines.get(('entities', other_i))})",
                            "an alias must belong to one entity: remove it from one of them")
                )
            owner.setdefault(name, (entity.id, i))
    return problems


def load_config(path: Path) -> BriefingConfig:
    data, lines = load_yaml(path)
    try:
        config = BriefingConfig.model_validate(data if data is not None else {})
    except ValidationError as exc:
        raise ConfigError(validation_problems(path, exc, lines))
    problems = _semantic_problems(path, config, lines)
    if problems:
        raise ConfigError(problems)
    return config


def load_sources_meta(path: Path) -> tuple[dict[str, SourceMeta], dict[str, int], list[Problem]]:
    """Per-file metadata overrides keyed by file name, their lines, and problems (never raises).
    The same bytes give the same objects (under mkdocs serve, the same entries from build to build)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}, {}, []
    except OSError as exc:
        return {}, {}, [Problem(str(path), None, f"cannot be read ({exc.strerror})", "check the file's permissions")]
    metas, lines, problems = _sources_meta(str(path), data)
    return dict(metas), dict(lines), list(problems)


@lru_cache(maxsize=4)
def _sources_meta(name: str, raw: bytes) -> tuple[dict[str, SourceMeta], dict[str, int], list[Problem]]:
    path = Path(name)
    try:
        data, lines = load_yaml(path, raw)
    except ConfigError as exc:
        return {}, {}, exc.problems
    if data is None:
        return {}, {}, []
    if not isinstance(data, dict):
        return {}, {}, [Problem(str(path), 1, "expected a mapping of file name to metadata",
                                "write one entry per article: '000_abc.txt: {outlet: …, published: 2025-02-13}'")]
    metas: dict[str, SourceMeta] = {}
    problems: list[Problem] = []
    for name, value in data.items():
        try:
            metas[str(name)] = SourceMeta.model_validate(value or {})
        except ValidationError as exc:
            for error in exc.errors():
                loc = (name, *error["loc"])
                problems.append(Problem(str(path), _nearest_line(lines, loc),
                                        f"{'.'.join(str(x) for x in loc)}: {error['msg']}", _hint(error)))
    return metas, {str(k): lines.get((k,), 0) for k in data}, problems
