"""Hand labels (`briefing-gold/1`, tests/gold/LABELLING.md): the models, loading with file and line
in every problem, and the split of the real-world set into a tuning and a checking half."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator

from ..annotate.learn.patterns import slug
from ..config import (
    ID_PATTERN,
    BriefingConfig,
    ConfigError,
    StrictModel,
    load_yaml,
    validation_problems,
)
from ..model import Problem

Kind = Literal["person", "place", "organisation", "plan", "event"]


def _text(value: object) -> object:
    return str(value) if isinstance(value, (int, float)) else value  # YAML reads 2014 and 28 as numbers


class GoldDate(StrictModel):
    surface: str = Field(min_length=1)
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD; checked with the other labels, so all errors come at once

    _as_text = field_validator("surface", "date", mode="before")(_text)


class GoldSpeaker(StrictModel):
    sentence: str = Field(min_length=1)
    entity: str = Field(pattern=ID_PATTERN)
    party: str = Field(pattern=ID_PATTERN)


class GoldParagraph(StrictModel):
    text: str = Field(min_length=1)
    kind: Literal["body", "heading", "title", "boilerplate"] = "body"
    topics: tuple[str, ...] = ()
    entities: dict[str, tuple[str, ...]] = {}
    dates: tuple[GoldDate, ...] = ()
    speakers: tuple[GoldSpeaker, ...] = ()
    line: int = 0  # filled in from the YAML, for messages

    _as_text = field_validator("text", mode="before")(_text)

    @field_validator("entities", mode="before")
    @classmethod
    def _surfaces_as_text(cls, value: object) -> object:
        if isinstance(value, dict):
            return {k: [_text(s) for s in v] if isinstance(v, list) else v for k, v in value.items()}
        return value


class GoldArticle(StrictModel):
    file: str = Field(min_length=1)
    paragraphs: tuple[GoldParagraph, ...]
    path: str = ""  # the gold file it came from


class Gold(StrictModel):
    articles: tuple[GoldArticle, ...] = ()
    kinds: dict[str, Kind] = {}  # entities briefing.yml does not list


def _valid_date(value: str) -> bool:
    parts = value.split("-")
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    try:
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _gold_files(path: Path) -> list[Path]:
    return sorted(path.glob("*.yml")) if path.is_dir() else [path]


def load_gold(path: Path, config: BriefingConfig) -> Gold:
    """All gold files under `path` (a file, or a folder of *.yml), checked against the config.
    Raises ConfigError with every problem found, each with file and line."""
    articles, kinds, problems = [], {}, []
    files = _gold_files(path)
    if not files:
        raise ConfigError([Problem(str(path), None, "no gold files (*.yml) found", "pass --gold FILE or a folder of gold files")])
    for file in files:
        try:
            data, lines = load_yaml(file)
            gold = Gold.model_validate(data or {})
        except ConfigError as exc:
            problems.extend(exc.problems)
            continue
        except ValidationError as exc:
            problems.extend(validation_problems(file, exc, lines))
            continue
        kinds.update(gold.kinds)
        for i, article in enumerate(gold.articles):
            paragraphs = tuple(p.model_copy(update={"line": lines.get(("articles", i, "paragraphs", j), 0)})
                               for j, p in enumerate(article.paragraphs))
            articles.append(article.model_copy(update={"paragraphs": paragraphs, "path": str(file)}))
    ids = {e.id for e in config.entities}
    renamed = {slug(name): e.id for e in config.entities for name in e.names if name.isascii() and slug(name) not in ids}
    articles = [_as_configured(article, renamed) for article in articles]
    topics, parties = {t.id for t in config.topics}, {p.id for p in config.parties}
    known = {e.id for e in config.entities} | set(kinds)
    for article in articles:
        for p in article.paragraphs:
            where = (article.path, p.line)
            for topic in set(p.topics) - topics:
                problems.append(Problem(*where, f"unknown topic '{topic}'", f"use one of: {', '.join(sorted(topics))}"))
            for entity in (set(p.entities) | {s.entity for s in p.speakers}) - known:
                problems.append(Problem(*where, f"entity '{entity}' is neither in the config nor under kinds:",
                                        f"add '{entity}: person' (or its kind) under kinds: at the top of the gold file"))
            for date in p.dates:
                if not _valid_date(date.date):
                    problems.append(Problem(*where, f"date '{date.date}' of '{date.surface}' is not a calendar date",
                                            "write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-02-12"))
            for speaker in p.speakers:
                if speaker.party not in parties:
                    problems.append(Problem(*where, f"unknown party '{speaker.party}'", f"use one of: {', '.join(sorted(parties))}"))
    if problems:
        raise ConfigError(problems)
    return Gold(articles=tuple(articles), kinds=kinds)


def _as_configured(article: GoldArticle, renamed: dict[str, str]) -> GoldArticle:
    """The labels with a person's own id (`andriy-sybiga`, given when briefing.yml lacked them) read
    as the briefing.yml entry that now lists that Latin name (`renamed`: the slug of each configured
    Latin name to its entry's id): one person, one id, however the labels were first written."""
    if not any(entity in renamed for p in article.paragraphs for entity in (*p.entities, *(s.entity for s in p.speakers))):
        return article
    paragraphs = []
    for p in article.paragraphs:
        entities: dict[str, tuple[str, ...]] = {}
        for entity, surfaces in p.entities.items():
            entity = renamed.get(entity, entity)
            entities[entity] = tuple(dict.fromkeys((*entities.get(entity, ()), *surfaces)))
        speakers = tuple(s.model_copy(update={"entity": renamed.get(s.entity, s.entity)}) for s in p.speakers)
        paragraphs.append(p.model_copy(update={"entities": entities, "speakers": speakers}))
    return article.model_copy(update={"paragraphs": tuple(paragraphs)})


def load_split(path: Path) -> tuple[Path, dict[str, tuple[str, ...]]]:
    """The real-world set's folder and its article files per half ("tune", "check"), from the split
    by outlet (tests/realworld-split.yml). Raises ConfigError naming the file and line."""
    data, lines = load_yaml(path)
    halves: dict[str, tuple[str, ...]] = {}
    problems = []
    outlets = (data or {}).get("outlets") if isinstance(data, dict) else None
    if not isinstance(outlets, dict) or set(outlets) != {"tune", "check"}:
        raise ConfigError([Problem(str(path), None, "expected `outlets:` with the halves `tune:` and `check:`",
                                   "see tests/realworld-split.yml")])
    for half, groups in outlets.items():
        if not isinstance(groups, dict) or not all(isinstance(v, list) for v in groups.values()):
            problems.append(Problem(str(path), lines.get(("outlets", half)), f"`{half}:` must map outlets to lists of files", ""))
            continue
        halves[half] = tuple(sorted(str(f) for files in groups.values() for f in files))
    if not problems and (both := set(halves["tune"]) & set(halves["check"])):
        problems.append(Problem(str(path), None, f"in both halves: {', '.join(sorted(both))}", "an article belongs to one half"))
    if problems:
        raise ConfigError(problems)
    return Path(str(data.get("folder", "../shared/realworld"))), halves
