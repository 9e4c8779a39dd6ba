"""Topics a paragraph takes from its neighbours, the way a reader takes them (LABELLING.md, "topics"): a
quotation going on with what its speaker said in the paragraph before, a paragraph pointing back at the
matter before it (這項事宜, "These demands"), a lead-in announcing the list after it. Each added topic's
evidence is the neighbour's, marked as such (依據：上段：安全保證)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import AnnotatedParagraph, TopicHit
from ..normalize import fold, fold_map
from .speakers.patterns import quote_mask


# A paragraph announcing a list (Key elements of the declaration include:, 主要內容包括：): what
# follows is what it is about.
LIST_LEAD = re.compile(r"(?:\binclud(?:e|es|ing)|\bfollow(?:s|ing)|\bare|包括|包含|如下|以下|有)\s*[:：]\s*$")


OPENS_QUOTE = re.compile(r"^\s*[「“\"『]")
# Evidence from the paragraph before or after is shown as such (依據：上段：安全保證).
BEFORE, AFTER = "上段：", "下段："


# A paragraph that opens by saying its speaker goes on, then quotes them (他接著說：「……」, 佩斯科夫續指，
# 「……」, 她補充說：“……”), folded: the same continuation as one opening with the quotation. Not 又說, 還說
# ("also said": another point, often another matter), not 持續.
GOES_ON = re.compile(r"^\s*[^，,：:「“\"『。]{1,12}?(?:接着|(?<!持)续|补充|继续)[^，,：:「“\"『。]{0,4}[，,：:]\s*[「“\"『]")


def _quoted_in(text: str, quoted: list[bool], term: str, a: int, b: int) -> bool:
    """Whether `term` stands inside a quotation between a and b."""
    at = text.find(term, a, b)
    while at >= 0:
        if quoted[at]:
            return True
        at = text.find(term, at + 1, b)
    return False


def quotes_continued(paragraphs: tuple[AnnotatedParagraph, ...]) -> tuple[AnnotatedParagraph, ...]:
    """`paragraphs` with each one that goes on quoting the last speaker of the paragraph before
    (“…,” Ushakov said, after a paragraph where Ushakov spoke; 他接著說：「……」) also on the topics whose
    evidence lies in that speaker's clause there, or that the paragraph before itself took so: the
    quotation continues what they said (LABELLING.md, "topics"). Only a paragraph opening with a
    quotation, or saying its speaker goes on before one: one that names the speaker again in its own
    words may have moved on."""
    out = list(paragraphs)
    for i in range(1, len(paragraphs)):
        ap, before = paragraphs[i], out[i - 1]  # out: a continuation passes on what it took itself
        text = ap.paragraph.text
        if (ap.paragraph.kind != "text" or not (OPENS_QUOTE.match(text) or GOES_ON.match(fold(text)))
                or not ap.attributions or not before.attributions):
            continue
        last = before.attributions[-1]
        if ap.attributions[0].entity != last.entity:
            continue
        a, b = (last.start, last.end) if last.start >= 0 else before.sentences[last.sentence]
        # A clause inside a quotation the paragraph opened earlier ("We want … guarantee. We are willing …,"
        # the official said) speaks the whole of it.
        quoted = quote_mask(before.paragraph.text)
        while 0 < a < len(quoted) and quoted[a] and quoted[a - 1]:
            a -= 1
        have = {t.id for t in ap.topics}
        added = []
        for t in before.topics:
            if t.id in have:
                continue
            inside = [h.surface for h in before.terms if h.topic == t.id and a <= h.start < b and not h.hint]
            # a name that put the paragraph on the topic (威特科夫 for the envoys) inside the quotation, not
            # the speaker's own name before it
            inside += [term for term in t.terms if not term.startswith((BEFORE, AFTER)) and term not in inside
                       and _quoted_in(before.paragraph.text, quoted, term, a, b)
                       and not any(h.surface == term and h.hint for h in before.terms)]
            # what the paragraph before took so, when all of it is the same speaker's continuation
            carried = [term for term in t.terms if term.startswith(BEFORE)] if before.attributions[0].entity == last.entity else []
            if inside or carried:
                added.append(TopicHit(t.id, tuple(dict.fromkeys([*(BEFORE + term for term in inside), *carried]))))
        if added:
            out[i] = replace(ap, topics=(*ap.topics, *added))
    return tuple(out)


# A paragraph opening on a demonstrative and a noun, folded (這項事宜, 該計畫, 此舉, "This plan", "These
# demands"): it goes on with the matter of the paragraph before. Not 此外, 這次, 該市市長, 該名官員 or
# "This evening", "This Friday", which add to it, place it in time or name a place or someone.
_MATTER_ZH = "计划|计画|方案|协议|提议|安排|要求|条件|建议|构想|框架|承诺|保证|事宜|措施|做法|决定|草案|文件|倡议|声明"
_MATTER_EN = ("plan|plans|proposal|proposals|deal|agreement|arrangement|arrangements|demand|demands|condition|conditions|idea"
              "|framework|offer|guarantee|guarantees|commitment|commitments|move|step|approach|measure|measures|document"
              "|draft|initiative|provision|provisions|clause|terms")
_NOT_MATTER_ZH = "时次天周年月日晚早市国名位地区城州省军方人"  # 這時, 該市, 該國, 該名官員: a time, a place, someone
_NOT_MATTER_EN = ("week|year|month|morning|afternoon|evening|night|time|weekend|day|spring|summer|autumn|fall|winter"
                  "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|season|city|country|region|official|man|woman")
OPENS_POINTING = re.compile(rf"^\W*(?:但|而|并|且|不过|然而)?[，,]?\s*(?:[这该此][项个份些种类一](?![{_NOT_MATTER_ZH}])[\u3400-\u9fff]{{1,4}}|此举"
                            rf"|该(?![{_NOT_MATTER_ZH}])[\u3400-\u9fff]{{2}}"
                            rf"|(?:but\s+|and\s+)?(?:this|these|such)\s+(?!(?:{_NOT_MATTER_EN})\b)[a-z]+\b)")


# A paragraph opening on "The" and the head noun of a term of the paragraph before ("… a reassurance force
# after a ceasefire." then "The force would not sit on the front line"): the same matter, named again.
OPENS_THE = re.compile(r"^\W*(?:but\s+|and\s+)?the\s+([a-z]+)\b(?!\s+of\b)")


def _head(term: str) -> str:
    """An English term's last word, singular (guarantees: guarantee); "" for a Chinese one."""
    word = term.lower().split()[-1] if term.isascii() and term.strip() else ""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def demonstratives_continued(paragraphs: tuple[AnnotatedParagraph, ...], matters: set[str] | frozenset[str]) -> tuple[AnnotatedParagraph, ...]:
    """`paragraphs` with each one that opens by pointing back (OPENS_POINTING) also on the matter
    topics (`matters`: about what, not about whom) whose terms the paragraph before holds
    (LABELLING.md: "goes on with the matter of the one before in its own words")."""
    out = list(paragraphs)
    for i in range(1, len(paragraphs)):
        ap, before = paragraphs[i], paragraphs[i - 1]
        if ap.paragraph.kind != "text":
            continue
        folded = fold_map(ap.paragraph.text).text
        the = OPENS_THE.match(folded)
        if not OPENS_POINTING.match(folded) and not the:
            continue
        have = {t.id for t in ap.topics}
        added = []
        for t in before.topics:
            terms = [h.surface for h in before.terms if h.topic == t.id and not h.hint]
            if the and not OPENS_POINTING.match(folded):  # "The force …": the head noun of a term before ("a reassurance force")
                terms = [term for term in terms if _head(term) == _head(the.group(1))]
            if t.id in matters and t.id not in have and terms:
                added.append(TopicHit(t.id, tuple(dict.fromkeys(BEFORE + term for term in terms))))
        if added:
            out[i] = replace(ap, topics=(*ap.topics, *added))
    return tuple(out)


def lead_ins(paragraphs: tuple[AnnotatedParagraph, ...]) -> tuple[AnnotatedParagraph, ...]:
    """`paragraphs` with each one that announces a list also on the topics of the paragraph after
    it (the list's first item), with that paragraph's evidence (LABELLING.md, "topics"). Run after
    `quotes_continued`, on the topics the paragraph's own words and its quotation decide."""
    out = list(paragraphs)
    for i, ap in enumerate(paragraphs[:-1]):
        if ap.paragraph.kind != "text" or not LIST_LEAD.search(fold_map(ap.paragraph.text).text):
            continue
        have = {t.id for t in ap.topics}
        added = tuple(TopicHit(t.id, tuple(AFTER + term for term in t.terms))
                      for t in paragraphs[i + 1].topics if t.id not in have)
        if added:
            out[i] = replace(ap, topics=(*ap.topics, *added))
    return tuple(out)
