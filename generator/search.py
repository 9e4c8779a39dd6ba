"""Search: every rendering of a known name or term finds every page that mentions it.

Pagefind (extended) segments Chinese by its own dictionary, which splits names it does not know
(威特科夫 → 威特 + 科夫, also found in 李威特) and cannot know that 普京 is 普丁. So each
entity and each topic term gets one opaque ASCII token (`xe…`, `xt…`). The source pages carry the
token, hidden from readers, right after every mention; `search-gazetteer.json` maps every
rendering (Traditional, Simplified, Taiwan, Hong Kong, English; as configured and as folded) to
its token, and the browser rewrites a query's known names into tokens before asking Pagefind.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import opencc

from .config import BriefingConfig
from .model import Briefing, Lexicon
from .normalize import fold

GAZETTEER_URI = "assets/search-gazetteer.json"
@lru_cache(maxsize=1)
def _variants() -> list[opencc.OpenCC]:
    """The converters for every rendering, made when the gazetteer is (only the site build needs them)."""
    return [opencc.OpenCC(c) for c in ("s2t.json", "s2tw.json", "s2hk.json", "t2s.json", "tw2s.json", "hk2s.json", "s2twp.json")]


def entity_token(entity_id: str) -> str:
    return "xe" + hashlib.sha1(f"entity:{entity_id}".encode()).hexdigest()[:10]


@lru_cache(maxsize=None)
def term_token(term: str) -> str:
    return "xt" + hashlib.sha1(f"term:{fold(term)}".encode()).hexdigest()[:10]


def renderings(text: str) -> set[str]:
    """The forms a reader may type: as configured, in each script and region, folded, lower case."""
    forms = {text, fold(text)} | {converter.convert(text) for converter in _variants()}
    return {f.strip().lower() for f in forms if f.strip()}


def gazetteer(config: BriefingConfig, present: set[str] | None = None, lexicon: Lexicon = Lexicon()) -> dict:
    """{"forms": {rendering: [tokens]}, "absent": [renderings]}.

    Names the corpus taught (learned spellings, provisional people) are renderings like the
    configured ones, so a search for 斯維里登科 finds the pages of a person briefing.yml lacks.

    A rendering shared by an entity and a term maps to both. Only tokens `present` on some page
    are listed: Pagefind answers a word it does not know with its longest known prefix (a missing
    `xe…` token would match the letter "x"), so a known name that no page mentions goes to
    `absent` and the browser answers it with no result instead of noise."""
    forms: dict[str, set[str]] = {}
    names = [(name, e.id) for e in (*config.entities, *lexicon.provisional) for name in e.names]
    for name, entity_id in names + [(n.surface, n.entity) for n in lexicon.names]:
        for form in renderings(name):
            forms.setdefault(form, set()).add(entity_token(entity_id))
    for topic in config.topics:
        for term in (*topic.terms.all, *topic.hints.all):
            for form in renderings(term):
                forms.setdefault(form, set()).add(term_token(term))
    absent: list[str] = []
    if present is not None:
        # A name no page mentions has no answer; a term no page holds is searched as plain text
        # (入北約 is inside 加入北約, which took the match).
        absent = sorted(form for form, tokens in forms.items() if not tokens & present and all(t.startswith("xe") for t in tokens))
        forms = {form: tokens & present for form, tokens in forms.items()}
    return {
        "schema": "briefing-search/1",
        "forms": {form: sorted(tokens) for form, tokens in sorted(forms.items()) if tokens},
        "absent": absent,
    }


def present_tokens(briefing: Briefing) -> set[str]:
    """Tokens the pages carry: every mentioned entity and every matched term."""
    tokens = set()
    for source in briefing.sources:
        for ap in source.paragraphs:
            tokens.update(entity_token(m.entity) for m in ap.mentions)
            tokens.update(term_token(t.surface) for t in ap.terms)
    return tokens


def gazetteer_json(config: BriefingConfig, briefing: Briefing | None = None) -> str:
    present = present_tokens(briefing) if briefing is not None else None
    lexicon = briefing.lexicon if briefing is not None else Lexicon()
    return json.dumps(gazetteer(config, present, lexicon), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


class SearchIndexError(Exception):
    pass


def pagefind_command(site_dir: Path) -> list[str]:
    """The Pagefind run on a built site (the extended binary shipped in the `pagefind[extended]` wheel)."""
    # Not article content: removed boilerplate, the tag/backlink lines under paragraphs, ¶ links.
    excluded = [".removed-lines", ".para-meta", ".para-link", ".headerlink"]
    return [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent",
            *(arg for selector in excluded for arg in ("--exclude-selectors", selector))]


def index_site(site_dir: Path) -> None:
    """Run Pagefind on a built site."""
    result = subprocess.run(pagefind_command(site_dir), capture_output=True, text=True)
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind failed on {site_dir}:\n{result.stdout}{result.stderr}")
