"""What the editorial config (briefing.yml) and the per-file metadata (sources.yml) hold: the
models pydantic validates them against (load.py reads the files and reports their problems)."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..model import Problem

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
    # A hint-group member and someone of these groups named next to each other, joined by one of
    # `meeting_words` between them or right after (盧比奧與拉夫羅夫會晤, "Rubio spoke with Lavrov"):
    # acting for the topic's people (a secretary of state as a negotiator), so the paragraph is on it.
    meets: tuple[str, ...] = ()
    meeting_words: Terms = Terms()
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
