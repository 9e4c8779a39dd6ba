"""Plain data passed between pipeline stages, one module per stage. No logic beyond small properties.

ingest:   RawArticle (reader output) -> Source (clean/ + extract.py)          model/ingest.py
annotate: Source -> AnnotatedSource (paragraph-level topics, mentions, dates)  model/annotate.py
compose:  [AnnotatedSource] -> Briefing (topic sections, citations both ways)  model/compose.py
render:   Briefing -> [Page], with the Problems met on the way                model/render.py, model/problems.py
"""

from .annotate import (TITLE, WEAK_LINKS, AnnotatedParagraph, AnnotatedSource, Attribution, DateRef, LearnedName, Lexicon,
                       Mention, TermHit, TopicHit, speaker_word)
from .compose import Appearance, Backlink, Briefing, Claim, ClaimPage, EntityProfile, Excerpt, TopicSection
from .ingest import Block, Paragraph, RawArticle, Removed, Source
from .problems import Problem, failure
from .render import BuildResult, Page

__all__ = ["TITLE", "WEAK_LINKS", "AnnotatedParagraph", "AnnotatedSource", "Appearance", "Attribution", "Backlink", "Block",
           "Briefing", "BuildResult", "Claim", "ClaimPage", "DateRef", "EntityProfile", "Excerpt", "LearnedName", "Lexicon",
           "Mention", "Page", "Paragraph", "Problem", "RawArticle", "Removed", "Source", "TermHit", "TopicHit", "TopicSection",
           "failure", "speaker_word"]
