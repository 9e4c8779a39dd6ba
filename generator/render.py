"""Render the Briefing into Markdown pages from templates/*.md.j2.

Article text is data, never template source: every `{{ value }}` is escaped for Markdown and HTML
by default (Jinja's `finalize`), so text from an article cannot become a heading, a link, a tag,
an admonition or a Jinja expression. Only values the renderer builds itself (relative links,
ids) are marked safe with `Markup`.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined
from jinja2.bccache import Bucket
from markupsafe import Markup

from .config import SOURCES_META, BriefingConfig
from .compose.pages import CITED_FULL
from .model import TITLE, AnnotatedParagraph, AnnotatedSource, Briefing, Claim, Excerpt, LearnedName, Page, Problem, TopicSection
from .parallel import map_forked
from .passthrough import BLOCK_END, BLOCK_START
from .search import entity_token, term_token

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
BRIEF_URI = "brief.md"
BRIEF_KEY_POINTS, BRIEF_PER_PARTY, BRIEF_TIMELINE = 3, 2, 16
# What a page shows of a list that grows with the corpus; the rest is one link away.
CITED_SHOWN = 3  # citations of a claim outside its archive page
POSITIONS_SHOWN = 3  # per party on a topic page
PEOPLE_SHOWN = 12
OUTLETS_SHOWN = 10
SOURCES_INLINE = 150  # up to this many sources the index lists them all; beyond, one page per month
SOURCES_PER_PAGE = 250
POOL_FROM = 400  # pages to render from which forking workers (and their copy of the heap) pays

# Every ASCII character with a meaning in Markdown, its extensions (attr_list, tables, admonitions,
# pymdownx) or HTML becomes a numeric character reference: shown as itself, parsed as nothing.
_SPECIAL = "\\`*_{}[]()#+-.!|<>&~^=:$%\"'@"
_ESCAPES = {ord(ch): f"&#{ord(ch)};" for ch in _SPECIAL}
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")
# Control characters: Python-Markdown's own placeholders are \x02…\x03, so text must not carry them.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

REASONS = {
    "browser-notice": "瀏覽器提示",
    "ticker": "快訊跑馬燈",
    "title": "標題（已列於頁首）",
    "timestamp": "時間戳記",
    "dateline": "電頭",
    "image": "圖片（僅保留連結）",
    "photo-caption": "圖說",
    "duplicate": "重複段落",
    "truncated-copy": "截斷的重複段落",
    "related-articles": "相關／推薦文章清單",
    "advertising": "商品推薦／廣告",
    "comments": "討論區與留言規範",
    "trailing-list": "文末清單",
    "tags": "標籤列",
    "back-to-top": "回到頂端連結",
    "copyright": "版權聲明",
    "credits": "採編人員署名",
    "follow-us": "社群追蹤邀請",
    "page-chrome": "網頁選單與頁尾",
    "front-matter": "檔頭資訊（標題、日期、網址）",
    "standfirst": "導言摘要（與頁面描述相同）",
    "page-head": "標題以上的網頁選單與提示",
    "site-notice": "網站提示（隱私、年齡分級、更新中）",
    "links": "連結列",
    "promo": "訂閱、下載與通知推廣",
    "embed-credit": "嵌入貼文的出處列",
    "source-line": "原文出處",
    "byline": "記者署名",
    "breadcrumb": "網站導覽路徑",
}
SECTIONS = {"key-points": "重點", "developments": "發展", "positions": "各方立場", "roster": "成員與作為", "statements": "發言"}
LANGUAGES = {"zh-Hant": "繁體中文", "zh-Hans": "簡體中文", "en": "英文"}
KINDS = {"person": "人物", "place": "地點", "organisation": "機構", "plan": "方案", "event": "事件"}


def md_escape(value: object) -> str:
    return _CONTROLS.sub("", _LINE_BREAKS.sub(" ", str(value))).translate(_ESCAPES)


def _text(value: object) -> str:
    """What `{{ value }}` writes: nothing for None, a Markup as it is, anything else escaped."""
    return str(_finalize(value))


def _finalize(value: object) -> object:
    if isinstance(value, Markup) or value is None or isinstance(value, (int, float)):
        return value if value is not None else ""
    return md_escape(value)


_HEADING_UNSAFE = str.maketrans({"<": "＜", ">": "＞", "&": "＆"})


def heading_text(value: object) -> str:
    """Text for a heading. Headings become page titles, nav and toc entries, which Material passes
    through `striptags`; that decodes character references, so <, > and & become full-width."""
    return str(value).translate(_HEADING_UNSAFE)


def attr_text(value: object) -> Markup:
    """Text for a quoted attribute value in attr_list syntax: no quotes, braces or markup."""
    return Markup(re.sub(r'[\s"{}<>&\\]+', " ", str(value)).strip())


def pagefind_value(value: object) -> Markup:
    """A Pagefind filter/meta/sort value: attribute-safe, no commas (Pagefind's list separator)."""
    return Markup(str(attr_text(value)).replace(",", " "))


def quote_text(value: object, limit: int = 90) -> str:
    """A quotation shortened for the brief; the cut is marked, as an editor would."""
    text = str(value)
    return text if len(text) <= limit else text[:limit].rstrip("，、,; ") + "……"


def html_id(value: object) -> Markup:
    """An id the pipeline made (p3, dev-000-p3, territory); anything else is a bug, not data."""
    text = str(value)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", text):
        raise ValueError(f"not a safe id: {text!r}")
    return Markup(text)


@lru_cache(maxsize=4096)
def zh_date(value: str | None) -> str:
    if not value:
        return "日期不詳"
    parts = value.split("-")
    suffix = ["年", "月", "日"]
    return "".join(f"{int(p)}{suffix[i]}" for i, p in enumerate(parts))


def safe_url(url: str | None) -> Markup | None:
    """An http(s) URL percent-encoded so that it cannot end a Markdown link early; else None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return Markup(quote(url.strip(), safe=":/?#&=%~+,;@!$'*-._"))


def html_url(url: str | None) -> Markup | None:
    """`safe_url` for an href in raw HTML: its & written as &amp;."""
    safe = safe_url(url)
    return Markup(str(safe).replace("&", "&amp;")) if safe else None


def _token_span(tokens: list[str]) -> str:
    # Hidden from readers (CSS and aria-hidden); Pagefind indexes it. See generator/search.py.
    return f'<span class="pf-token" aria-hidden="true"> {" ".join(tokens)} </span>'


def html_block(value: object) -> Markup:
    """Raw HTML the renderer built (escaped, linked), marked for generator.passthrough to stash whole."""
    return Markup(f"{BLOCK_START}\n\n{str(value).strip()}\n\n{BLOCK_END}")


def html_text(value: object) -> str:
    """Text for raw HTML, where Markdown does not look: only HTML's own characters are escaped."""
    return html.escape(_CONTROLS.sub("", _LINE_BREAKS.sub(" ", str(value))), quote=True)


def indexed_html(ap: AnnotatedParagraph) -> Markup:
    """The paragraph's text for a raw HTML block, escaped, with each mention's and term's search token
    right after it. Source pages hold most of a site's text: as raw HTML, MkDocs passes it through
    instead of running every inline pattern over it (most of the build's time at 1,000 articles)."""
    after: dict[int, list[str]] = {}
    for mention in ap.mentions:
        after.setdefault(mention.end, []).append(entity_token(mention.entity))
    for hit in ap.terms:
        after.setdefault(hit.end, []).append(term_token(hit.surface))
    text, parts, start = ap.paragraph.text, [], 0
    for end in sorted(after):
        parts.append(html_text(text[start:end]))
        parts.append(_token_span(sorted(set(after[end]))))
        start = end
    parts.append(html_text(text[start:]))
    return Markup("".join(parts))


@lru_cache(maxsize=None)
def relative_uri(target: str, current: str) -> str:
    """`target` as a link from the page `current` (both docs-relative, '/'-separated)."""
    here, there = current.split("/")[:-1], target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def page_url(uri: str) -> str:
    """The URL MkDocs gives a page (use_directory_urls, its default): a/b.md -> a/b/, a/index.md -> a/."""
    stem = uri[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return stem + "/"


def relative_url(target: str, current: str) -> str:
    """The URL of page `target` as written on page `current` (both docs-relative .md paths), for raw
    HTML, which MkDocs does not rewrite: the same walk as `relative_uri`, over the pages' URLs."""
    return relative_uri(page_url(target), page_url(current)) or "./"


def raw_href(target: str, anchor: str | None, current: str) -> Markup:
    """A link inside raw HTML on page `current`: the final URL (tests walk every link of the built site)."""
    if target == current:
        return Markup(f"#{anchor}" if anchor else "./")
    return Markup(relative_url(target, current) + (f"#{anchor}" if anchor else ""))


def learned_names(briefing: Briefing) -> dict[str, dict[str, LearnedName]]:
    """Entity id -> {spelling the corpus taught: where it was first learned}, in the lexicon's order."""
    found: dict[str, dict[str, LearnedName]] = {}
    for name in briefing.lexicon.names:
        found.setdefault(name.entity, {}).setdefault(name.surface, name)
    return found


class _CompiledTemplates(BytecodeCache):
    """Compiled templates kept in memory from build to build (mkdocs serve compiled every template
    on every rebuild); Jinja checks each against its source's checksum, so an edit is compiled anew."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()


class Renderer:
    def __init__(self, config: BriefingConfig, briefing: Briefing, templates: Path = DEFAULT_TEMPLATES,
                 problems: tuple[Problem, ...] = ()):
        self.config, self.briefing, self.problems = config, briefing, problems
        # What a source page depends on besides its article and backlinks (see `pages`).
        digest = hashlib.sha256(config.model_dump_json().encode())
        for path in sorted(templates.glob("*.j2")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        self.digest = digest.hexdigest()
        self.env = Environment(
            loader=FileSystemLoader(str(templates)),
            bytecode_cache=_COMPILED,
            undefined=StrictUndefined,
            finalize=_finalize,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            autoescape=False,
            # `{#id}` is Markdown (attr_list) here, so Jinja comments are written {%# … #%}.
            comment_start_string="{%#",
            comment_end_string="#%}",
        )
        self.env.filters.update(zh_date=zh_date, url=safe_url, html_url=html_url, id=html_id, readable=unquote, heading=heading_text, pf=pagefind_value, quote=quote_text,
                                html_block=html_block)
        sources = self.sources = {s.source.id: s.source for s in briefing.sources}
        self.paragraphs = {(s.source.id, ap.paragraph.anchor): ap for s in briefing.sources for ap in s.paragraphs}
        self.env.filters.update(indexed_html=indexed_html, excerpt_tokens=self.excerpt_tokens)
        self.env.globals.update(source_facets=self.source_facets, topic_facets=self.topic_facets, outlet_counts=self.outlet_counts,
                                spellings=self.spellings, source_paragraphs=self.source_paragraphs,
                                cite=self.cite, claim=self.claim)
        self.env.globals.update(cited_shown=CITED_SHOWN, cited_full=CITED_FULL, positions_shown=POSITIONS_SHOWN, people_shown=PEOPLE_SHOWN,
                                outlets_shown=OUTLETS_SHOWN)
        self.env.globals.update(
            config=config,
            briefing=briefing,
            sources=sources,
            topics={t.id: t for t in config.topics},
            entities={e.id: e for e in (*config.entities, *briefing.lexicon.provisional)},
            learned=learned_names(briefing),
            provisional={e.id for e in briefing.lexicon.provisional},
            title_anchor=TITLE,
            parties={p.id: p for p in config.parties},
            reasons=REASONS,
            section_names=SECTIONS,
            languages=LANGUAGES,
            kinds=KINDS,
        )

    def source_facets(self, annotated: AnnotatedSource) -> dict:
        topic_ids = {t.id for ap in annotated.paragraphs for t in ap.topics}
        party_ids = {self.config.party_of(m.entity) for ap in annotated.paragraphs for m in ap.mentions} - {None}
        return {"topics": [t.title for t in self.config.topics if t.id in topic_ids],
                "parties": [p.name for p in self.config.parties if p.id in party_ids]}

    def spellings(self, entity_id: str) -> list[str]:
        return list(dict.fromkeys(a.surface for a in self.briefing.appearances.get(entity_id, ())))

    def outlet_counts(self, source_ids) -> list[tuple[str, int]]:
        """(outlet, sources) most first, for lists that show the top few."""
        counts = Counter(self.sources[s].outlet or "未知媒體" for s in source_ids)
        return sorted(counts.items(), key=lambda x: (-x[1], x[0]))

    def topic_facets(self, section: TopicSection) -> dict:
        sources = self.sources
        dates = [c.first.date for c in section.developments if c.first.date]
        return {"date": max(dates) if dates else None,
                "outlets": sorted({sources[s].outlet for s in section.sources if sources[s].outlet}),
                "parties": [self.config.parties[i].name for i, (_, found) in enumerate(section.positions) if found]}

    def source_paragraphs(self, annotated: AnnotatedSource, uri: str) -> Markup:
        """A source page's paragraphs, each with its topic tags and where it is quoted, as HTML. Built
        here, not in the template: a Jinja loop per paragraph was most of the render's time."""
        g = self.env.globals
        topics, entities, parties, sections = g["topics"], g["entities"], g["parties"], SECTIONS
        cited_in, source_id = self.briefing.cited_in, annotated.source.id
        out = []
        for ap in annotated.paragraphs:
            p = ap.paragraph
            anchor, number, text = html_id(p.anchor), md_escape(p.anchor[1:]), indexed_html(ap)
            if p.kind == "heading":
                text = f"<strong>{text}</strong>"
            out.append(f'<p id="{anchor}" class="para">{text} <a class="para-link" href="#{anchor}" title="第 {number} 段" '
                       f'aria-label="第 {number} 段連結">¶</a></p>')
            citations = cited_in.get((source_id, p.anchor), ())
            if not (ap.topics or citations):
                continue
            meta = []
            if ap.topics:
                meta.append("主題：" + " ".join(
                    f'<a class="tag" href="{raw_href(f"topics/{t.id}.md", None, uri)}" title="依據：{md_escape("、".join(t.terms))}">'
                    f'{md_escape(topics[t.id].title)}</a>' for t in ap.topics))
            if ap.topics and citations:
                meta.append("　·　")
            if citations:
                links = []
                for b in citations:
                    where = md_escape(topics[b.topic].title if b.topic else entities[b.entity].name_zh)
                    label = f"{where} › {md_escape(sections[b.section])}"
                    if b.party:
                        label += f"（{md_escape(parties[b.party].name)}）"
                    if b.section in ("developments", "positions") and b.date:
                        label += f"，{md_escape(zh_date(b.date[:7]))}"
                    if b.outlets > 1:
                        label += f"，{b.outlets} 家媒體"
                    links.append(f'<a href="{raw_href(b.page, b.anchor, uri)}">{label}</a>')
                meta.append("被引用於：" + "、".join(links))
            out.append(f'<p class="para-meta">{"".join(meta)}</p>')
        return Markup("\n\n".join(out))

    def claim(self, c: Claim, uri: str, full: bool = False, speaker: bool = False, anchor: bool = True,
              lead: str = "", lead_topic: str | None = None) -> Markup:
        """A claim as an HTML block: its text once, how many outlets report it, its citations. `full`
        (its archive page): every citation, the members' anchors and the differing wordings; elsewhere
        the first few and a link there. `speaker`: who said it first; `lead`: bold text before it (a
        date), `lead_topic`: a topic linked there. Built here, not in a template: a page holds hundreds."""
        e, g = c.first, self.env.globals
        shown = c.excerpts[:CITED_FULL] if full else c.excerpts[:CITED_SHOWN]
        everything = c.archived or (c.page, c.anchor)
        more = not full and (len(c.excerpts) > len(shown) or bool(c.variants))
        head = self._lead(lead, lead_topic, uri)
        if speaker and e.entity:
            entity = g["entities"][e.entity]
            head += f"<strong>{_text(entity.name_zh)}</strong>（{_text(entity.role)}）｜來源原文："
        reports = len(dict.fromkeys(x.source for x in c.excerpts))
        html = [f'<p{f" id={chr(34)}{html_id(c.anchor)}{chr(34)}" if anchor else ""} class="excerpt">{head}「{md_escape(e.text)}」'
                f'{self.excerpt_tokens(e)}<br>\n<span class="corroboration">{c.outlets} 家媒體'
                f'{f"，{reports} 篇報導" if reports > c.outlets else ""}</span> '
                + "；".join(self.cite(x, uri, i == 0) for i, x in enumerate(shown))]
        if more or not anchor:
            label = (f"全部 {len(c.excerpts)} 則出處" + (f"與 {len(c.variants)} 種不同寫法" if c.variants else "")) if more else "本則彙整"
            html.append(f'{"；" if more else " · "}<a class="claim-link" href="{raw_href(everything[0], everything[1], uri)}">{label}</a>')
        if full and len(c.excerpts) > len(shown):
            html.append(f"；另有 {len(c.excerpts) - len(shown)} 篇報導刊出相同內容，各篇來源頁的「被引用於」連回本則")
        if e.evidence:
            html.append(f' · <span class="evidence">依據：{md_escape("、".join(e.evidence))}</span>')
        html.append("</p>\n")
        if full and len(c.excerpts) > 1:
            # Each member's own anchor too: a link made when another excerpt was shown first still lands here.
            html.append("<p hidden>" + "".join(f'<span id="{html_id(x.anchor)}"></span>' for x in c.excerpts[1:] if x.anchor != c.anchor)
                        + "</p>\n")
        if full and c.variants:
            html.append(f'\n<details class="note"><summary>其他 {len(c.variants)} 種寫法</summary>\n')
            html += [f"<p>「{md_escape(v.text)}」<br>\n{self.cite(v, uri, False)}</p>\n" for v in c.variants[:CITED_FULL]]
            html.append("</details>\n")
        return Markup("".join(html).rstrip())

    def _lead(self, lead: str, lead_topic: str | None, uri: str) -> str:
        if not (lead or lead_topic):
            return ""
        topic = (f'｜<a href="{raw_href(f"topics/{lead_topic}.md", None, uri)}">{md_escape(self.env.globals["topics"][lead_topic].title)}</a>'
                 if lead_topic else "")
        return f"<strong>{_text(lead)}{topic}</strong>："

    def cite(self, excerpt: Excerpt, uri: str, external: bool = True) -> Markup:
        """An excerpt's citation, linked to its paragraph: outlet, date, paragraph (a claim has many)."""
        source = self.sources[excerpt.source]
        html = (f'<a class="cite" href="{raw_href(source.page, excerpt.paragraph, uri)}">{md_escape(source.outlet or "未知媒體")}，'
                f'{md_escape(zh_date(source.published))}，第 {md_escape(excerpt.paragraph[1:])} 段</a>')
        if external and safe_url(source.url):
            html += f' · <a class="external" href="{html_url(source.url)}">原文網址</a>'
        return Markup(html)

    def excerpt_tokens(self, excerpt: Excerpt) -> Markup:
        """Search tokens of the names and terms inside an excerpt (a part of its paragraph)."""
        ap = self.paragraphs[(excerpt.source, excerpt.paragraph)]
        tokens = {entity_token(m.entity) for m in ap.mentions if m.surface in excerpt.text}
        tokens |= {term_token(t.surface) for t in ap.terms if t.surface in excerpt.text}
        return Markup(_token_span(sorted(tokens))) if tokens else Markup("")

    def page(self, uri: str, template: str, **context) -> Page:
        def link(target: str, anchor: str | None = None) -> Markup:
            return Markup(relative_uri(target, uri) + (f"#{anchor}" if anchor else ""))

        def href(target: str, anchor: str | None = None) -> Markup:
            return raw_href(target, anchor, uri)

        markdown = self.env.get_template(template).render(uri=uri, link=link, href=href, **context)
        return Page(uri, markdown)

    def brief(self) -> dict:
        """What the print brief holds: a few key points per topic and quotes per party, a timeline of
        the best-corroborated developments, and the sources those cite, numbered. Bounded at any N."""
        b = self.briefing
        topics = []
        for section in b.topics:
            positions = [(party, [c.first for c in claims[:BRIEF_PER_PARTY]]) for party, claims in section.positions if claims]
            topics.append({"topic": section.topic, "key_points": [c.first for c in section.key_points[:BRIEF_KEY_POINTS]],
                           "positions": positions})
        seen, timeline = set(), []
        for section in b.topics:
            for claim in section.developments:
                key = (claim.first.source, claim.first.paragraph)
                if claim.first.date and len(claim.first.date) == 10 and key not in seen:
                    seen.add(key)
                    timeline.append(claim)
        timeline.sort(key=lambda c: (c.first.date, c.first.source, int(c.first.paragraph[1:])))
        timeline.sort(key=lambda c: (c.outlets, len(c.first.evidence)), reverse=True)
        timeline = [c.first for c in timeline[:BRIEF_TIMELINE]]
        cited = {e.source for t in topics for e in (*t["key_points"], *(x for _, xs in t["positions"] for x in xs))}
        cited |= {e.source for e in timeline}
        ordered = sorted((s.source for s in b.sources if s.source.id in cited), key=lambda s: (s.published_sort, s.id))
        return {
            "sources": ordered,
            "total": len(b.sources),
            "number": {s.id: n for n, s in enumerate(ordered, start=1)},
            "outlets": list(dict.fromkeys(s.outlet for s in ordered if s.outlet)),
            "topics": topics,
            "timeline": sorted(timeline, key=lambda e: (e.date, e.source, int(e.paragraph[1:]))),
        }

    def input_problems(self) -> list[tuple[str, str, int]]:
        """(file name, 錯誤 or 提醒, count) for the sources page: a reader sees which files were
        left out or need a look; `briefing check` has the details."""
        found: dict[tuple[str, str], int] = {}
        for problem in self.problems:
            name = Path(problem.path).name
            if problem.severity != "error":
                kind = "提醒"
            elif name == SOURCES_META:
                kind = "錯誤，該筆資料未採用"
            else:
                kind = "錯誤，未收錄"
            key = (name, kind)
            found[key] = found.get(key, 0) + 1
        return [(name, kind, count) for (name, kind), count in sorted(found.items())]

    def brief_context(self, pdf_href: str | None = None) -> dict:
        return {"brief": self.brief(), "pdf_href": Markup(pdf_href) if pdf_href else None}

    def brief_page(self, pdf_href: str | None = None) -> Page:
        return self.page(BRIEF_URI, "brief.md.j2", **self.brief_context(pdf_href))

    def source_months(self) -> list[tuple[str, list, list[str]]]:
        """(month, its sources grouped by outlet, the uris of its pages), newest month first. Pages
        exist only when the corpus is too long for one index page."""
        by_month: dict[str, list] = defaultdict(list)
        for annotated in self.briefing.sources:
            by_month[(annotated.source.published or "")[:7]].append(annotated.source)
        months = []
        for month in sorted(by_month, key=lambda k: k or "0000", reverse=True):
            ordered = sorted(by_month[month], key=lambda s: (s.outlet_key, s.published_sort, s.id))
            chunks = [ordered[i:i + SOURCES_PER_PAGE] for i in range(0, len(ordered), SOURCES_PER_PAGE)]
            uris = [f"sources/months/{month or 'undated'}{f'-p{n}' if n > 1 else ''}.md" for n in range(1, len(chunks) + 1)]
            months.append((month, chunks, uris))
        return months

    def pages(self, jobs: int = 1, kept: dict | None = None) -> list[Page]:
        """Every page, on `jobs` processes (forked: they inherit the briefing instead of receiving it).
        `kept`, carried from build to build (mkdocs serve): source pages whose article is the same
        object as last time (the cache hands out the same object only when nothing it depends on
        changed), with the same backlinks, config and templates, are not rendered again."""
        plan = self.plan()
        found: list[Page | None] = [None] * len(plan)
        keys: dict[int, tuple] = {}
        if kept is not None:
            for i, (uri, template, context) in enumerate(plan):
                if template == "source.md.j2":
                    annotated = context["annotated"]
                    sid = annotated.source.id
                    inputs = (annotated, self.digest, tuple(self.briefing.cited_in.get((sid, ap.paragraph.anchor), ())
                                                            for ap in annotated.paragraphs))
                    keys[i] = inputs
                    last = kept.get(uri)
                    if last and last[0][0] is inputs[0] and last[0][1:] == inputs[1:]:
                        found[i] = last[1]
        missing = [i for i, page in enumerate(found) if page is None]
        for i, page in zip(missing, map_forked(lambda n: self.page(plan[missing[n]][0], plan[missing[n]][1], **plan[missing[n]][2]),
                                               len(missing), jobs, minimum=POOL_FROM)):
            found[i] = page
        if kept is not None:
            kept.clear()
            kept.update((plan[i][0], (inputs, found[i])) for i, inputs in keys.items())
        return found

    def plan(self) -> list[tuple[str, str, dict]]:
        """(uri, template, context) of every page, in the order they are written."""
        b = self.briefing
        pages = [("index.md", "index.md.j2", {})]
        for section in b.topics:
            topic = self.config.topic(section.topic)
            pages.append((f"topics/{section.topic}.md", "topic.md.j2", dict(section=section, topic=topic)))
            months = {p.title: [x for x in section.months if x.title == p.title] for p in section.months}
            ordered = list(dict.fromkeys(p.title for p in section.months))
            for page in section.months:
                at = ordered.index(page.title)
                pages.append((page.uri, "archive.md.j2", dict(
                    section=section, topic=topic, claim_page=page, siblings=months[page.title],
                    previous=months[ordered[at - 1]][0] if at > 0 else None,
                    next=months[ordered[at + 1]][0] if at + 1 < len(ordered) else None)))
            for page in section.position_pages:
                pages.append((page.uri, "positions.md.j2", dict(
                    section=section, topic=topic, claim_page=page,
                    siblings=[p for p in section.position_pages if p.title == page.title])))
        for source in b.sources:
            pages.append((source.source.page, "source.md.j2", dict(annotated=source, source=source.source)))
        months = self.source_months()
        inline = len(b.sources) <= SOURCES_INLINE
        pages.append(("sources/index.md", "sources.md.j2", dict(problems=self.input_problems(), months=months, inline=inline)))
        if not inline:
            for month, chunks, uris in months:
                for number, (chunk, uri) in enumerate(zip(chunks, uris), start=1):
                    pages.append((uri, "sources_month.md.j2", dict(month=month, chunk=chunk, part=number, uris=uris)))
        pages.append(("entities/index.md", "entities.md.j2", {}))
        everyone = {e.id: e for e in (*self.config.entities, *b.lexicon.provisional)}
        for entity_id, profile in b.profiles.items():
            pages.append((f"entities/{entity_id}.md", "entity.md.j2", dict(entity=everyone[entity_id], profile=profile)))
        pages.append((BRIEF_URI, "brief.md.j2", self.brief_context()))
        return pages


def render(config: BriefingConfig, briefing: Briefing, templates: Path = DEFAULT_TEMPLATES,
           problems: tuple[Problem, ...] = (), jobs: int = 1, kept: dict | None = None) -> list[Page]:
    return Renderer(config, briefing, templates, problems).pages(jobs, kept)
