"""The editorial config (briefing.yml) and the per-file metadata (sources.yml): `models.py` what
they hold, `load.py` reading them with every mistake reported by file, line and fix."""

from .load import load_config, load_sources_meta, load_yaml, validation_problems
from .models import (ID_PATTERN, SOURCES_META, BriefingConfig, ConfigError, Entity, Pair, Party, Site, SourceMeta, StrictModel,
                     Terms, Topic)

__all__ = ["ID_PATTERN", "SOURCES_META", "BriefingConfig", "ConfigError", "Entity", "Pair", "Party", "Site", "SourceMeta",
           "StrictModel", "Terms", "Topic", "load_config", "load_sources_meta", "load_yaml", "validation_problems"]
