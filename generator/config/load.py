"""Read the editorial config (briefing.yml) and the per-file metadata (sources.yml) and report
every mistake with file, line and a fix, all at once, never as a traceback."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..model import Problem
from ..normalize import fold
from .models import BriefingConfig, ConfigError, SourceMeta
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
        if bool(topic.meets) != bool(topic.meeting_words.all) or topic.meets and not topic.hint_groups:
            problems.append(
                Problem(p, lines.get(("topics", i)), f"topic '{topic.id}': meets and meeting_words work together, with hint_groups",
                        "list the groups met under meets, the words of meeting under meeting_words, and who meets them under hint_groups; or drop meets")
            )
        for group in (*topic.groups, *topic.hint_groups, *topic.meets, *([topic.roster] if topic.roster else [])):
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
