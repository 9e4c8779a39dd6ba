"""Briefing-site generator: articles in, Markdown pages of a briefing out (generator/pipeline.py).

The pipeline's names are imported on first use, so that a light module of the package (the Markdown
extension generator.passthrough, which MkDocs loads for every build) does not load the pipeline's
libraries with it.
"""

from __future__ import annotations

from importlib import import_module

__all__ = ["build", "ingest", "preload", "load_config", "ConfigError", "BuildResult", "Problem", "article_files"]


def __getattr__(name: str):
    if name in __all__:
        return getattr(import_module(".pipeline", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
