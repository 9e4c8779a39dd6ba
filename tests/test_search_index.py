"""What the search index is fed: one token per entity and term after every mention, and a
gazetteer that maps every rendering a reader may type to that token."""

import re
from html import unescape
from pathlib import Path

from generator import build
from generator.config import load_config
from generator.render import indexed_html
from generator.search import entity_token, gazetteer, renderings, term_token

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "briefing.yml")


def test_every_rendering_maps_to_the_entity_token():
    forms = gazetteer(CONFIG)["forms"]
    putin = entity_token("vladimir-putin")
    for typed in ["普丁", "普京", "蒲亭", "putin", "普亭"]:
        assert putin in forms[typed], typed
    for typed in ["澤連斯基", "泽连斯基", "澤倫斯基", "泽伦斯基", "zelenskyy"]:
        assert entity_token("volodymyr-zelensky") in forms[typed], typed
    assert term_token("安全保障") in forms["安全保障"]
    assert {"頓巴斯", "顿巴斯"} <= renderings("頓巴斯")


def test_tokens_follow_each_mention_and_the_text_is_unchanged_for_readers():
    result = build(ROOT / "seeds", CONFIG)
    ap = next(s for s in result.briefing.sources if s.source.id.startswith("003")).paragraphs[2]
    html = str(indexed_html(ap))
    assert f"普京<span class=\"pf-token\" aria-hidden=\"true\"> {entity_token('vladimir-putin')} </span>" in html
    without_tokens = re.sub(r'<span class="pf-token"[^>]*>[^<]*</span>', "", html)
    assert unescape(without_tokens) == ap.paragraph.text


def test_pages_carry_filters_and_a_date_for_sorting():
    result = build(ROOT / "seeds", CONFIG)
    page = next(p.markdown for p in result.pages if p.uri == "sources/004_eca4416b74988871.md")
    assert '<div hidden data-pagefind-sort="date:2025-12-15"' in page
    assert '<div hidden data-pagefind-filter="outlet:聯合新聞網（中央社）"></div>' in page
    assert '<div hidden data-pagefind-filter="topic:安全保障"></div>' in page
    assert '<div hidden data-pagefind-filter="party:歐洲"></div>' in page
