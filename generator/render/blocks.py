"""The HTML blocks a page holds hundreds of: source paragraphs with their tags and backlinks, claims,
citations, and the hidden search tokens after each name and term. Built here in Python rather than
by a Jinja macro call each (that was most of the render's time); values escaped as `{{ value }}`
would be, links in the engine's form for raw HTML (`links.raw_href`)."""

from __future__ import annotations

import re
from markupsafe import Markup

from ..compose.pages import CITED_FULL
from ..model import AnnotatedParagraph, AnnotatedSource, Appearance, Briefing, Claim, Excerpt, Source
from ..search import entity_token, term_token
from .escape import html_id, html_text, html_url, md_escape, safe_url, text_of, word_end, word_start, zh_date
from .links import RawLinks, raw_href

CITED_SHOWN = 3  # citations of a claim outside its archive page
SECTIONS = {"now": "現況", "key-points": "重點", "developments": "發展", "positions": "各方立場", "roster": "成員與作為", "statements": "發言"}


def evidence(e: Excerpt) -> Markup:
    """Why the excerpt is on the page (the terms and names that matched), on demand: a small focusable
    「依據」 whose list shows on hover or focus (docs/assets/extra.css), not a line under every quote."""
    if not e.evidence:
        return Markup("")
    return Markup(f'<span class="evidence-sep"> · </span><span class="evidence" tabindex="0">依據<span class="evidence-terms">：{md_escape("、".join(e.evidence))}</span></span>')


def _sentence_label(anchor: str, k: int) -> str:
    """「第 n 句」 from an anchor that ends with its sentence (pos-…-s3, st-…-s2), else 「第 k 則」."""
    match = _SENTENCE.search(anchor)
    return f"第 {match.group(1)} 句" if match else f"第 {k} 則"


_SENTENCE = re.compile(r"-s(\d+)$")


def _token_span(tokens: list[str]) -> str:
    # Hidden from readers (CSS and aria-hidden); Pagefind indexes it. See generator/search.py.
    return f'<span class="pf-token" aria-hidden="true"> {" ".join(tokens)} </span>'



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


class Blocks:
    def __init__(self, briefing: Briefing, sources: dict[str, Source], topics: dict, entities: dict, parties: dict,
                 links: RawLinks = "url"):
        self.briefing, self.sources, self.topics, self.entities, self.parties = briefing, sources, topics, entities, parties
        self.links = links
        self.paragraphs = {(s.source.id, ap.paragraph.anchor): ap for s in briefing.sources for ap in s.paragraphs}
        # a paragraph of an embedded post -> the sign-off under it: a citation says whose post it quotes
        self.signed = {(s.source.id, post): self.paragraphs[(s.source.id, sign_off)].paragraph.text.strip()
                       for s in briefing.sources for post, sign_off in s.posts}

    def source_paragraphs(self, annotated: AnnotatedSource, uri: str) -> Markup:
        """A source page's paragraphs, each with its topic tags and where it is quoted, as HTML. Built
        here, not in the template: a Jinja loop per paragraph was most of the render's time."""
        topics, entities, parties, sections = self.topics, self.entities, self.parties, SECTIONS
        cited_in, source_id = self.briefing.cited_in, annotated.source.id
        out = []
        for ap in annotated.paragraphs:
            p = ap.paragraph
            anchor, number, text = html_id(p.anchor), md_escape(p.anchor[1:]), indexed_html(ap)
            if p.kind == "heading":
                text = f"<strong>{text}</strong>"
            kind = " attribution" if p.kind == "attribution" else ""
            out.append(f'<p id="{anchor}" class="para{kind}">{text} <a class="para-link" href="#{anchor}" title="第 {number} 段" '
                       f'aria-label="第 {number} 段連結">¶</a></p>')
            citations = cited_in.get((source_id, p.anchor), ())
            if not (ap.topics or citations):
                continue
            meta = []
            if ap.topics:
                meta.append("主題：" + " ".join(
                    f'<a class="tag" href="{raw_href(f"topics/{t.id}.md", None, uri, self.links)}" title="依據：{md_escape("、".join(t.terms))}">'
                    f'{md_escape(topics[t.id].title)}</a>' for t in ap.topics))
            if ap.topics and citations:
                meta.append("　·　")
            if citations:
                by_label: dict[str, list] = {}
                for b in citations:
                    where = md_escape(topics[b.topic].title if b.topic else entities[b.entity].name_zh)
                    label = f"{where} › {md_escape(sections[b.section])}"
                    if b.party:
                        label += f"（{md_escape(parties[b.party].name)}）"
                    if b.section in ("developments", "positions") and b.date:
                        label += f"，{md_escape(zh_date(b.date[:7]))}"
                    if b.outlets > 1:
                        label += f"，{b.outlets} 家媒體"
                    by_label.setdefault(label, []).append(b)
                links = []
                for label, group in by_label.items():
                    if len(group) == 1:
                        links.append(f'<a href="{raw_href(group[0].page, group[0].anchor, uri, self.links)}">{label}</a>')
                    else:  # two sentences of the paragraph in one place: the place once, each sentence linked
                        links.append(label + "：" + "、".join(
                            f'<a href="{raw_href(b.page, b.anchor, uri, self.links)}">{_sentence_label(b.anchor, k)}</a>'
                            for k, b in enumerate(group, start=1)))
                meta.append("被引用於：" + "；".join(links))
            out.append(f'<p class="para-meta">{"".join(meta)}</p>')
        return Markup("\n\n".join(out))

    def claim(self, c: Claim, uri: str, full: bool = False, speaker: bool = False, anchor: bool = True,
              lead: str = "", lead_topic: str | None = None) -> Markup:
        """A claim as an HTML block: its text once, how many outlets report it, its citations. `full`
        (its archive page): every citation, the members' anchors and the differing wordings; elsewhere
        the first few and a link there. `speaker`: who said it first; `lead`: bold text before it (a
        date), `lead_topic`: a topic linked there. Built here, not in a template: a page holds hundreds."""
        e = c.first
        shown = c.excerpts[:CITED_FULL] if full else c.excerpts[:CITED_SHOWN]
        everything = c.archived or (c.page, c.anchor)
        more = not full and (len(c.excerpts) > len(shown) or bool(c.variants))
        head = self._lead(lead, lead_topic, uri)
        if speaker and e.entity:
            entity = self.entities[e.entity]
            role = f"（{text_of(entity.role)}）" if entity.role else ""  # a learned person may have none
            head += f"<strong>{text_of(entity.name_zh)}</strong>{role}｜來源原文："
        id_attr = f' id="{html_id(c.anchor)}"' if anchor else ""
        # Citations are not the claim's text: search indexes them nowhere (its excerpts quote sentences).
        html = [f'<p{id_attr} class="excerpt">{head}「{md_escape(e.text)}」'
                f'{self.excerpt_tokens(e)}<br>\n<span class="cites" data-pagefind-ignore>{self.badge(c)}'
                + "；".join(self.cite(x, uri, i == 0) for i, x in enumerate(shown))]
        if more or not anchor:
            label = (f"全部 {len(c.excerpts)} 則出處" + (f"與 {len(c.variants)} 種不同寫法" if c.variants else "")) if more else "本則彙整"
            html.append(f'{"；" if more else " · "}<a class="claim-link" href="{raw_href(everything[0], everything[1], uri, self.links)}">{label}</a>')
        if full and len(c.excerpts) > len(shown):
            html.append(f"；另有 {len(c.excerpts) - len(shown)} 篇報導刊出相同內容，各篇來源頁的「被引用於」連回本則")
        html.append(f"{evidence(e)}</span></p>\n")
        if full and len(c.excerpts) > 1:
            # Each member's own anchor too: a link made when another excerpt was shown first still lands here.
            html.append("<p hidden>" + "".join(f'<span id="{html_id(x.anchor)}"></span>' for x in c.excerpts[1:] if x.anchor != c.anchor)
                        + "</p>\n")
        if full and c.variants:
            html.append(f'\n<details class="note"><summary>其他 {len(c.variants)} 種寫法</summary>\n')
            html += [f"<p>「{md_escape(v.text)}」<br>\n{self.cite(v, uri, False)}</p>\n" for v in c.variants[:CITED_FULL]]
            html.append("</details>\n")
        return Markup("".join(html).rstrip())

    @staticmethod
    def badge(c: Claim) -> str:
        """「N 家媒體」 when more than one outlet reports the claim (one says nothing a citation does not);
        the count of reports when one outlet ran it more than once."""
        reports = len(dict.fromkeys(x.source for x in c.excerpts))
        if c.outlets > 1:
            text = f"{c.outlets} 家媒體" + (f"，{reports} 篇報導" if reports > c.outlets else "")
        elif reports > 1:
            text = f"{reports} 篇報導"
        else:
            return ""
        return f'<span class="corroboration">{text}</span> '

    def _lead(self, lead: str, lead_topic: str | None, uri: str) -> str:
        if not (lead or lead_topic):
            return ""
        topic = (f'｜<a href="{raw_href(f"topics/{lead_topic}.md", None, uri, self.links)}">{md_escape(self.topics[lead_topic].title)}</a>'
                 if lead_topic else "")
        return f"<strong>{text_of(lead)}{topic}</strong>："

    def cite(self, excerpt: Excerpt, uri: str, external: bool = True) -> Markup:
        """An excerpt's citation, linked to its paragraph: outlet, date, paragraph (a claim has many)."""
        source = self.sources[excerpt.source]
        html = (f'<a class="cite" href="{raw_href(source.page, excerpt.paragraph, uri, self.links)}">{md_escape(source.outlet or "未知媒體")}，'
                f'{md_escape(zh_date(source.published))}，第 {md_escape(excerpt.paragraph[1:])} 段</a>')
        if signed := self.signed.get((excerpt.source, excerpt.paragraph)):
            html += f'（引述的貼文，署名 {md_escape(signed)}）'
        if external and safe_url(source.url):
            html += f' · <a class="external" href="{html_url(source.url)}">原文網址</a>'
        return Markup(html)

    def mention_text(self, appearance: Appearance, limit: int = 90) -> str:
        """The sentence in which an entity is named (the headline for a mention in it), cut to `limit`
        characters around the name: what an entity page's 最新提及 quotes."""
        ap = self.paragraphs.get((appearance.source, appearance.paragraph))
        if ap is None:
            return self.sources[appearance.source].title
        at = ap.paragraph.text.find(appearance.surface)
        text = ap.sentence_text(ap.sentence_of(max(at, 0))).strip()
        if len(text) <= limit:
            return text
        at = max(text.find(appearance.surface), 0)
        start = word_start(text, max(0, min(at - limit // 3, len(text) - limit)), at)
        end = start + word_end(text[start:], limit)
        return ("……" if start else "") + text[start:end].rstrip() + ("……" if end < len(text) else "")

    def excerpt_tokens(self, excerpt: Excerpt) -> Markup:
        """Search tokens of the names and terms inside an excerpt (a part of its paragraph)."""
        ap = self.paragraphs[(excerpt.source, excerpt.paragraph)]
        tokens = {entity_token(m.entity) for m in ap.mentions if m.surface in excerpt.text}
        tokens |= {term_token(t.surface) for t in ap.terms if t.surface in excerpt.text}
        return Markup(_token_span(sorted(tokens))) if tokens else Markup("")
