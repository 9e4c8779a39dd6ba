"""Property-based tests (Hypothesis) of ingest and escaping on arbitrary Unicode.

Run with more examples: HYPOTHESIS_PROFILE=thorough pytest tests/test_properties.py (2,000 each).
"""

import os
import re
from html import unescape

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.clean import clean
from generator.extract import display_text, to_source
from generator.model import Block, RawArticle
from generator.render import md_escape

settings.register_profile("default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "pymdownx.details", "pymdownx.superfences", "toc"]
# Text biased towards what breaks Markdown, HTML and Jinja, mixed with CJK and anything else.
SYNTAX = st.sampled_from(list("#*_`[]()<>!|{}%&\\~^=:-+.'\"") + ["{{", "}}", "{%", "%}", "<!--", "-->", "!!!", "???",
                         "--8<--", "<script>", "</p>", "javascript:", "&amp;", "&#60;", "\u200b", "\u3000", "\t", "普京", "頓巴斯"])
TEXT = st.lists(st.one_of(SYNTAX, st.text(max_size=8)), max_size=30).map("".join)


@given(TEXT)
def test_escaped_text_renders_as_exactly_that_text(text):
    line = display_text(text.replace("\x00", ""))
    html = markdown.markdown(f"x{md_escape(line)}", extensions=EXTENSIONS)
    if not line:
        return
    assert html.startswith("<p>") and html.endswith("</p>") and html.count("<") == 2, html
    assert unescape(html[3:-4]) == "x" + line


@given(st.lists(TEXT, max_size=40))
def test_cleaning_never_loses_a_line(lines):
    blocks = [Block(text=t, line=n) for n, t in enumerate(lines, start=1) if t.strip()]
    body, removed = clean(blocks)
    # Every block is kept or removed with a reason; a date prefix may be split off the first one.
    assert len(body) + len([r for r in removed if r.line in {b.line for b in blocks}]) >= len(blocks)
    assert all(r.reason for r in removed)


@given(st.lists(TEXT, max_size=30), st.sampled_from(["text", "markdown", "html"]))
def test_to_source_never_crashes_and_ids_stay_safe(lines, fmt):
    blocks = tuple(Block(text=t, line=n) for n, t in enumerate(lines, start=1) if t.strip())
    source = to_source(RawArticle(path="x.txt", file="../x y.txt", format=fmt, blocks=blocks), None)
    assert [p.anchor for p in source.paragraphs] == [f"p{n}" for n in range(1, len(source.paragraphs) + 1)]
    assert source.id and "/" not in source.id and ".." not in source.id


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "big5", "gb18030"])


@given(st.one_of(st.binary(max_size=600), st.tuples(TEXT, ENCODINGS).map(lambda t: t[0].encode(t[1], errors="ignore"))),
       st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_are_read_or_refused_with_a_problem_never_a_crash(tmp_path_factory, data, suffix):
    from generator.readers import ReadError, read

    path = tmp_path_factory.mktemp("bytes") / f"a{suffix}"
    path.write_bytes(data)
    try:
        article = read(path)
    except ReadError as exc:
        assert exc.problem.path == str(path) and exc.problem.hint
        return
    assert all(b.text for b in article.blocks)
    source = to_source(article, None)
    assert all("\x00" not in p.text and "\x02" not in p.text for p in source.paragraphs)


@given(TEXT, TEXT, st.sampled_from(["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<iframe src=x>框架</iframe>",
                                    '<a href="javascript:alert(3)">x</a>', '<svg onload=alert(4)>', "<style>p{}</style>",
                                    '<form action="https://x.example">表單</form>', '<img src="data:image/png;base64,AA">']))
def test_the_sanitiser_lets_no_script_handler_frame_or_unsafe_url_through(before, after, payload):
    from selectolax.lexbor import LexborHTMLParser

    from generator.readers.html import SANITISER

    tree = LexborHTMLParser(SANITISER.clean(f"<p>{before}{payload}{after}</p>"))
    assert not tree.css("script, style, iframe, svg, object, embed")
    assert all(not form.attributes for form in tree.css("form"))  # a form is read as text, never sent anywhere
    for node in tree.css("*"):
        for name, value in node.attributes.items():
            assert not name.startswith("on") and name not in ("style",)
            if name in ("href", "src") and re.match(r"\s*[a-zA-Z][a-zA-Z0-9+.-]*:", value or ""):
                assert value.strip().lower().startswith(("http://", "https://")), value  # relative URLs have no scheme
