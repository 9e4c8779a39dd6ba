"""Render the Briefing into Markdown pages from templates/*.md.j2.

Article text is data, never template source: every `{{ value }}` is escaped for Markdown and HTML
by default (Jinja's `finalize`), so text from an article cannot become a heading, a link, a tag,
an admonition or a Jinja expression. Only values the renderer builds itself (relative links,
ids) are marked safe with `Markup`.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote

from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined
from jinja2.bccache import Bucket
from markupsafe import Markup

from ..config import SOURCES_META, BriefingConfig
from ..model import TITLE, AnnotatedSource, Briefing, LearnedName, Page, Problem, TopicSection
from ..parallel import map_forked
from .blocks import SECTIONS, Blocks, evidence, indexed_html
from .brief import brief
from .escape import (finalize, heading_text, html_block, html_id, html_text, html_url, md_escape, pagefind_value,
                     quote_text, safe_url, zh_date)
from .links import RawLinks, page_url, raw_href, relative_uri, relative_url

__all__ = ["Renderer", "render", "BRIEF_URI", "DEFAULT_TEMPLATES", "REASONS", "heading_text", "html_text", "indexed_html",
           "md_escape", "page_url", "relative_url", "safe_url", "zh_date"]

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"

BRIEF_URI = "brief.md"
# What a page shows of a list that grows with the corpus; the rest is one link away.
PEOPLE_SHOWN = 8
OUTLETS_SHOWN = 8
SOURCES_INLINE = 150  # up to this many sources the index lists them all; beyond, one page per month
SOURCES_PER_PAGE = 250
POOL_FROM = 400  # pages to render from which forking workers (and their copy of the heap) pays

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
    "ad-slot": "廣告版位",
    "comments": "讀者留言與討論區規範",
    "trailing-list": "文末清單",
    "tags": "標籤列",
    "back-to-top": "回到頂端連結",
    "copyright": "版權聲明",
    "legal-footer": "網站備案與法定頁尾（ICP 備案號等）",
    "credits": "採編人員署名",
    "follow-us": "社群追蹤邀請",
    "page-chrome": "網頁選單與頁尾",
    "front-matter": "檔頭資訊（標題、日期、網址）",
    "standfirst": "導言摘要（與頁面描述相同）",
    "page-head": "標題以上的網頁選單與提示",
    "site-notice": "網站提示（隱私、年齡分級、更新中）",
    "links": "連結列",
    "promo": "訂閱、下載與通知推廣",
    "source-line": "原文出處",
    "byline": "記者署名",
    "author-bio": "作者簡介",
    "breadcrumb": "網站導覽路徑",
    "outside-main-text": "不在網頁正文區（trafilatura 判定）",
    "after-story": "報導正文結束後的頁面內容（其他報導、留言、頁尾）",
    "menu": "正文之前的選單或標題清單",
    "no-words": "無文字的分隔符號或表情符號",
}
LANGUAGES = {"zh-Hant": "繁體中文", "zh-Hans": "簡體中文", "en": "英文"}
KINDS = {"person": "人物", "place": "地點", "organisation": "機構", "plan": "方案", "event": "事件"}


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
                 problems: tuple[Problem, ...] = (), links: RawLinks = "url"):
        """`links`: the form of links in raw HTML the engine needs (render/links.py)."""
        self.config, self.briefing, self.problems, self.links = config, briefing, problems, links
        # What a source page depends on besides its article and backlinks (see `pages`).
        digest = hashlib.sha256(config.model_dump_json().encode() + links.encode())
        for path in sorted(templates.glob("*.j2")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        self.digest = digest.hexdigest()
        self.env = Environment(
            loader=FileSystemLoader(str(templates)),
            bytecode_cache=_COMPILED,
            undefined=StrictUndefined,
            finalize=finalize,
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
        topics = {t.id: t for t in config.topics}
        entities = {e.id: e for e in (*config.entities, *briefing.lexicon.provisional)}
        parties = {p.id: p for p in config.parties}
        blocks = Blocks(briefing, sources, topics, entities, parties, links)
        self.learned = learned_names(briefing)
        self.learned_groups = {e.id: e.group for e in briefing.lexicon.provisional}
        self.env.filters.update(indexed_html=indexed_html, excerpt_tokens=blocks.excerpt_tokens)
        self.env.globals.update(source_facets=self.source_facets, topic_facets=self.topic_facets, outlet_counts=self.outlet_counts,
                                source_paragraphs=blocks.source_paragraphs,
                                cite=blocks.cite, claim=blocks.claim, evidence=evidence, mention_text=blocks.mention_text)
        self.env.globals.update(learned_party_of=lambda entity: config.party_of(entity, self.learned_groups))
        self.env.globals.update(people_shown=PEOPLE_SHOWN,
                                outlets_shown=OUTLETS_SHOWN)
        self.env.globals.update(
            config=config,
            briefing=briefing,
            sources=sources,
            topics=topics,
            entities=entities,
            learned=self.learned,
            provisional={e.id for e in briefing.lexicon.provisional},
            title_anchor=TITLE,
            parties=parties,
            reasons=REASONS,
            section_names=SECTIONS,
            languages=LANGUAGES,
            kinds=KINDS,
        )

    def source_facets(self, annotated: AnnotatedSource) -> dict:
        topic_ids = {t.id for ap in annotated.paragraphs for t in ap.topics}
        party_ids = {self.config.party_of(m.entity, self.learned_groups) for ap in annotated.paragraphs for m in ap.mentions} - {None}
        return {"topics": [t.title for t in self.config.topics if t.id in topic_ids],
                "parties": [p.name for p in self.config.parties if p.id in party_ids]}

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

    def page(self, uri: str, template: str, **context) -> Page:
        def link(target: str, anchor: str | None = None) -> Markup:
            return Markup(relative_uri(target, uri) + (f"#{anchor}" if anchor else ""))

        def href(target: str, anchor: str | None = None) -> Markup:
            return raw_href(target, anchor, uri, self.links)

        markdown = self.env.get_template(template).render(uri=uri, link=link, href=href, **context)
        return Page(uri, markdown)

    def brief(self) -> dict:
        return brief(self.briefing)

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
        `kept`, carried from build to build (mkdocs serve): a page whose inputs (`inputs`) are equal to
        last time's, with the same config, templates and lexicon and none of the sources it cites
        changed, is not rendered again."""
        plan = self.plan()
        found: list[Page | None] = [None] * len(plan)
        keys: dict[int, tuple] = {}
        if kept is not None:
            now = {s.source.id: s for s in self.briefing.sources}
            last_sources, last_pages = kept.get("sources", {}), kept.get("pages", {})
            same = kept.get("settings") == (self.digest, self.briefing.lexicon)
            changed = {sid for sid, annotated in now.items() if last_sources.get(sid) is not annotated} | (last_sources.keys() - now.keys())
            for i, (uri, template, context) in enumerate(plan):
                inputs = self.inputs(template, context)
                if inputs is None:
                    continue
                keys[i] = inputs
                last = last_pages.get(uri)
                if same and last and last[0][0] == inputs[0] and not (inputs[1] & changed) and last[0][1] == inputs[1]:
                    found[i] = last[1]
        missing = [i for i, page in enumerate(found) if page is None]
        for template in {plan[i][1] for i in missing}:  # compiled here, where the next build finds them (not in a worker)
            self.env.get_template(template)
        for i, page in zip(missing, map_forked(lambda n: self.page(plan[missing[n]][0], plan[missing[n]][1], **plan[missing[n]][2]),
                                               len(missing), jobs, minimum=POOL_FROM)):
            found[i] = page
        if kept is not None:
            kept["sources"], kept["settings"] = now, (self.digest, self.briefing.lexicon)
            kept["pages"] = {plan[i][0]: (inputs, found[i]) for i, inputs in keys.items()}
        return found

    def inputs(self, template: str, context: dict) -> tuple[tuple, frozenset[str]] | None:
        """What a page of a kind that stays the same across most rebuilds shows, besides the config,
        templates and lexicon: (values, ids of the sources whose outlet, date, title or text it
        shows). None for pages that summarise the whole corpus (home, topics, the two indexes, brief): they
        are always rendered. Compose keeps unchanged claims the same objects, so comparing these
        is cheap."""
        if template == "source.md.j2":
            annotated = context["annotated"]
            sid = annotated.source.id
            return (annotated, tuple(self.briefing.cited_in.get((sid, ap.paragraph.anchor), ()) for ap in annotated.paragraphs)), frozenset((sid,))
        if template in ("archive.md.j2", "positions.md.j2"):
            page = context["claim_page"]
            around = tuple((p.uri, p.title, p.part) for p in (*context["siblings"], context.get("previous"), context.get("next")) if p)
            return (page, around), frozenset(e.source for c in page.claims for e in c.excerpts)
        if template == "sources_month.md.j2":  # its sources' dates, titles, outlets, paragraph counts, URLs
            chunk = context["chunk"]
            return (context["month"], context["part"], tuple(context["uris"]), tuple(chunk)), frozenset(s.id for s in chunk)
        if template == "entity.md.j2":
            entity, profile = context["entity"], context["profile"]
            taught = self.learned.get(entity.id, {})
            cited = {e.source for c in profile.statements for e in c.excerpts} | {a.source for a in profile.latest}
            return (entity, profile), frozenset(cited | {n.source for n in taught.values()})
        return None

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
           problems: tuple[Problem, ...] = (), jobs: int = 1, kept: dict | None = None, links: RawLinks = "url") -> list[Page]:
    return Renderer(config, briefing, templates, problems, links).pages(jobs, kept)
