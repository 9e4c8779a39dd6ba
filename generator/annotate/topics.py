"""Topic terms and hints in a paragraph, and the topics they decide. Every term, hint and group
member that fired is kept as the topic's evidence (shown under each excerpt as 依據)."""

from __future__ import annotations

import bisect
import re

from ..config import BriefingConfig
from ..model import Attribution, Mention, TermHit, TopicHit, speaker_word
from ..normalize import Folded, Matcher, fold
from .dates.dateline import dateline_end
from .speakers import CUES, SPEECH

# Verbs of stance (folded), for topics whose hints count beside one: 歐洲主要國家不會同意.
STANCE = re.compile(r"同意|接受|反对|支持|要求|担忧|担心|不满|视为|坚持|不同调|\b(oppose[sd]?|support(s|ed)?|reject(s|ed)?|accept(s|ed)?|insist(s|ed)?|want(s|ed)?)\b")
CLAUSE = re.compile(r"[^，,；;：:。！？!?]+")
# After a meeting word, the press met (會見記者), and after the other side's name, its critics (克宮批評者):
# no meeting of the two sides.
_PRESS = re.compile(r"\s*(?:了)?(?:記者|记者|媒體|媒体|傳媒|传媒|(?:the\s+)?(?:reporters|press|journalists)\b)")
_TITLE_RUN = re.compile(r"(?:\s+(?:[A-Z][\w’'.-]*|of|the|for))+\s*$")
_CRITIC = re.compile(r"\s*(?:的)?(?:批評者|批评者|批評人士|批评人士|反對者|反对者|critics?\b|opponents?\b)")


class Topics:
    def __init__(self, config: BriefingConfig):
        self.config = config
        self.terms = Matcher([*((form, (t.id, False)) for t in config.topics for term in t.terms.all for form in _forms(term)),
                              *((form, (t.id, True)) for t in config.topics for term in t.hints.all for form in _forms(term))])
        self.stance_topics = {t.id for t in config.topics if t.stance_hints}
        self.matter_topics = {t.id for t in config.topics if not t.groups}  # about what, not about whom
        self.owners = Matcher((form, t.id) for t in config.topics for word in t.not_after.all for form in apostrophes(word))
        self.followers = Matcher((form, (t.id, frozenset(fold(f).lower() for f in _forms(term)))) for t in config.topics
                                 for term, words in t.not_before.items() for word in words.all for form in _forms(word))
        self.group = {e.id: e.group for e in config.entities}
        self.person = {e.id for e in config.entities if e.kind == "person"}
        self.subject = Matcher((form, True) for word in config.site.subject_words.all for form in _forms(word))
        self.needs_subject = {t.id: t.groups for t in config.topics if t.names_need_subject}
        # topic -> (its vague words, folded; a matcher of its elsewhere words; one of its about words)
        self.vague = {t.id: ({fold(word).lower() for word in t.vague.all},
                             Matcher((form, True) for word in t.elsewhere.all for form in _forms(word)),
                             Matcher((form, True) for word in t.about.all for form in _forms(word)))
                      for t in config.topics if t.vague.all}
        self.meetings = {t.id: (frozenset(t.meets), Matcher((form, True) for word in t.meeting_words.all for form in _forms(word)))
                         for t in config.topics if t.meets}
        self.pairs = {(t.id, n): pair for t in config.topics for n, pair in enumerate(t.pairs)}
        self.pair_gap = {key: _pair_gap(pair.reach) for key, pair in self.pairs.items()}
        self.pair_first = Matcher((form, key) for key, pair in self.pairs.items() for word in pair.first.all for form in _forms(word))
        # A matcher per pair and role, so that one pair's longer word does not hide another's (不會
        # of one pair over 會 of another's)
        self.pair_words = {key: {role: Matcher((form, True) for word in getattr(pair, role).all
                                               for form in (_forms(word) if role in ("then", "not_between") else apostrophes(word)))
                                 for role in ("then", "with_", "not_with", "not_after", "not_between", "not_before")}
                           for key, pair in self.pairs.items()}

    def terms_in(self, folded: Folded, text: str) -> list[TermHit]:
        terms = []
        # A dateline opening the paragraph, (中央社布魯塞爾17日綜合外電報導), is where the story was
        # filed: its place names decide no topic.
        skip = folded.span(0, end)[1] if (end := dateline_end(folded.text, text)) else 0
        owners = self.owners.find(folded)
        followers = self.followers.find(folded)
        outlets = [m.span() for m in OUTLET_TITLE.finditer(folded.text)]
        for s, e, values in self.terms.find(folded):
            if s < skip:
                continue
            at = _folded_index(folded, s)
            if any(a <= at < b for a, b in outlets):
                continue  # 告訴《歐洲真理報》: the outlet's name, not Europe
            land = fold(text[s:e])
            if LAND.fullmatch(land) and not LAND_QUESTION.match(folded.text, _folded_index(folded, e)) and (
                    WHERE_LAND.search(folded.text, max(0, at - 16), at) or land == "soil" and SOIL.search(folded.text, max(0, at - 16), at)):
                continue  # 出現在烏克蘭領土上, "deep into Russian territory": where something is, not the land in question
            for topic in dict.fromkeys(t for t, _ in values):
                if any(topic in ids and _owns(text, o_end, s) for _, o_end, ids in owners):
                    continue
                if any(topic == owner and land.lower() in forms and f_start >= e and not text[e:f_start].strip()
                       for f_start, _, keys in followers for owner, forms in keys):
                    continue
                terms.append(TermHit(topic, text[s:e], s, e, hint=(topic, False) not in values))  # a term beats a hint
        return terms

    def decide(self, folded: Folded, terms: list[TermHit], mentions: list[Mention],
               sentences: tuple[tuple[int, int], ...], attributions: tuple[Attribution, ...] = (),
               previous: frozenset[str] = frozenset(), text: str = "") -> tuple[TopicHit, ...]:
        """The topics a term or a group member puts the paragraph on, each with all its evidence.
        A hint or a hint-group member decides nothing alone; two of them in one sentence do (放棄頓巴斯:
        a place and a verb of giving up), and so does a hint beside a verb of stance for a
        `stance_hints` topic, unless the hint is only where it happened (在布魯塞爾表示). A sentence
        whose speaker is a hint-group member the paragraph names counts as naming them (盧比奧抵達。
        他表示，協議需要時間: the speakers module resolved 他). For a topic about a matter rather than
        about people (no `groups`), a hint after a demonstrative refers back: it decides when
        `previous`, the topics of the paragraph before, hold the topic (those demands, 這些要求).
        A topic's `pairs` decide as Pair says. A paragraph whose only evidence is a `vague` word
        (the EU), on no other topic, beside an `elsewhere` word (a loan) and no `about` word (peace
        talks), is not on the topic: news of the same people on another matter."""
        evidence: dict[str, list[tuple[int, str]]] = {}
        decided: set[str] = set()  # topics with a term or a group member, not only hints
        worded: set[str] = set()  # ... decided by a term, a hint or a speaker, not by a name alone
        stance_clauses = []  # original (start, end) of clauses holding a verb of stance or speech
        if any(h.hint and h.topic in self.stance_topics for h in terms):
            stance_clauses = [folded.span(*c.span()) for c in CLAUSE.finditer(folded.text)
                              if STANCE.search(c.group()) or CUES.search(c.group())]
        for hit in terms:
            evidence.setdefault(hit.topic, []).append((hit.start, hit.surface))
            if not hit.hint or (hit.topic in self.stance_topics and any(a <= hit.start < b for a, b in stance_clauses)
                                and not _where(folded, hit.start)):
                decided.add(hit.topic)
                worded.add(hit.topic)
            elif hit.topic in previous and hit.topic in self.matter_topics and _pointing(folded, hit.start):
                decided.add(hit.topic)
        paired = self.paired(folded, text, sentences) if text else {}
        for topic in self.config.topics:
            weak: list[int] = []  # offsets of every hint-group mention, for the pair rule
            inside = [(h.start, h.end) for h in terms if h.topic == topic.id]
            for mention in mentions:
                group = self.group.get(mention.entity)
                if group in topic.groups or group in topic.hint_groups:
                    if not any(a <= mention.start and mention.end <= b for a, b in inside):  # 北約 in 加入北約
                        evidence.setdefault(topic.id, []).append((mention.start, mention.surface))
                    if group in topic.groups:
                        decided.add(topic.id)
                    else:
                        weak.append(mention.start)  # every mention: the pair may be in a later sentence
            # A speaker the speakers module resolved to a group member (他補充, the envoy added, also
            # from the paragraph before) names them: the evidence is the word that stands for them.
            named = {m.entity for m in mentions}
            for a in attributions:
                if self.group.get(a.entity) in topic.groups:
                    decided.add(topic.id)
                    worded.add(topic.id)
                    if a.entity not in named:
                        evidence.setdefault(topic.id, []).append(speaker_word(text, sentences[a.sentence], a))
            if topic.id in decided:
                continue
            if pair := paired.get(topic.id):
                decided.add(topic.id)
                worded.add(topic.id)
                evidence.setdefault(topic.id, []).append(pair)
                continue
            weak += [sentences[a.sentence][0] for a in attributions
                     if self.group.get(a.entity) in topic.hint_groups]
            hints = [h.start for h in terms if h.topic == topic.id and h.hint]
            if any(_same_sentence(sentences, a, b) for a in weak for b in hints):
                decided.add(topic.id)
                worded.add(topic.id)
            elif weak and (meeting := self.meetings.get(topic.id)):
                met = self._met(folded, text, mentions, topic.hint_groups, *meeting)
                if met:
                    decided.add(topic.id)
                    worded.add(topic.id)
                    evidence.setdefault(topic.id, []).append(met)
        # people of the topic's groups named alone, with no other topic, no word of the subject and no
        # one else the gazetteer knows (Trump, Umerov, Crimea): news of them elsewhere (Merz elected)
        for topic in (decided - worded) & self.needs_subject.keys():
            groups = self.needs_subject[topic]
            own = [m for m in mentions if self.group.get(m.entity) in groups]
            if (own and all(m.entity in self.person for m in own) and not (decided - {topic})
                    and all(self.group.get(m.entity) in groups or self.group.get(m.entity) is None for m in mentions)
                    and not self.subject.find(folded)):
                decided.discard(topic)
        for topic, (vague, elsewhere, about) in self.vague.items():
            if (topic in decided and not (decided - {topic}) and elsewhere.find(folded) and not about.find(folded)
                    and all(fold(surface).lower() in vague for _, surface in evidence.get(topic, ()))):
                decided.discard(topic)
        return tuple(TopicHit(t.id, tuple(dict.fromkeys(surface for _, surface in sorted(evidence[t.id]))))
                     for t in self.config.topics if t.id in decided)

    def _met(self, folded: Folded, text: str, mentions: list[Mention], ours: tuple[str, ...], sides: frozenset[str],
             words: Matcher) -> tuple[int, str] | None:
        """A meeting word joining one of `ours` (a hint-group member) and one of `sides` named next to
        each other (盧比奧與拉夫羅夫會晤, 普丁會見了到訪的盧比奧, "Rubio spoke with Lavrov", "Rubio's meeting
        with Lavrov"): the word between the two names or right after the second, in one clause, the
        names at most a few words apart. Not a critic of the other side (克宮批評者, "Kremlin critic")."""
        found = [(s, e) for s, e, _ in words.find(folded)]
        for a in (m for m in mentions if self.group.get(m.entity) in ours):
            for b in (m for m in mentions if self.group.get(m.entity) in sides):
                first, second = (a, b) if a.start < b.start else (b, a)
                between = text[first.end:second.start]
                # (the second one's English title not counted: "met Russian Foreign Minister Sergei Lavrov")
                if len(_TITLE_RUN.sub("", between)) > 24 or CLAUSE_END.search(between) or _CRITIC.match(text, b.end):
                    continue
                stop = CLAUSE_END.search(text, second.end)
                after = min(stop.start() if stop else len(text), second.end + 16)
                for s, e in found:
                    if first.end <= s and e <= after and not _PRESS.match(text, e):  # 會見記者: the press, not the other side
                        return s, text[s:e]
        return None

    def paired(self, folded: Folded, text: str, sentences: tuple[tuple[int, int], ...]) -> dict[str, tuple[int, str]]:
        """Topic -> (offset, words) of the first of its `pairs` the paragraph holds (Pair)."""
        firsts = self.pair_first.find(folded, overlapping=True)  # one pair's first word inside another's counts for both
        if not firsts:
            return {}
        words: dict[tuple[str, int], dict[str, list[tuple[int, int]]]] = {}
        found: dict[str, tuple[int, str]] = {}
        for s, e, keys in firsts:
            start, end = next(((a, b) for a, b in sentences if a <= s < b), (0, len(text)))
            for key in keys:
                topic, pair = key[0], self.pairs[key]
                if key not in words:
                    words[key] = {role: [(a, b) for a, b, _ in matcher.find(folded)] for role, matcher in self.pair_words[key].items()}
                inside = {role: [(a, b) for a, b in hits if start <= a < end] for role, hits in words[key].items()}
                if (topic in found or pair.with_.all and not inside["with_"]
                        or any(a < s or not CLAUSE_END.search(text, s, a) for a, _ in inside["not_with"])
                        or any(b <= s and OWNED.fullmatch(text, b, s) for _, b in inside["not_after"])):
                    continue
                then = e if not pair.then.all else next(
                    (b for a, b in inside["then"] if a >= e and self.pair_gap[key].fullmatch(text[e:a])
                     and not (pair.not_across_saying and SPEECH.search(fold(text[e:a])))
                     and not any(e <= c < a for c, _ in inside["not_between"]) and not any(c == b for c, _ in inside["not_before"])), None)
                if then is not None:
                    found[topic] = (s, text[s:then])
        return found


_LOWER_WORD = re.compile(r"[a-z]{4,}")
_CVC = re.compile(r"[^aeiou][aeiou][bdgklmnprtz]$")  # a final consonant English may double


def inflections(term: str) -> tuple[str, ...]:
    """The term and, for an English term ending in a lower-case word, its regular -s/-ed/-ing forms
    (cede: cedes, ceded, ceding; territory: territories; transfer: also transferred, transferring, since whether the
    consonant doubles depends on stress the spelling does not show), so editors list a word once.
    A phrase that opens with a lower-case word is inflected there too (monitor the ceasefire:
    monitoring the ceasefire; hand over: handing over); the odd forms this makes of a noun phrase
    (lands swap) never occur in text. Irregular forms are listed by hand."""
    words = term.split(" ")
    forms = [term, *(" ".join([*words[:-1], f]) for f in _word_forms(words[-1]))]
    if len(words) > 1:
        forms += [" ".join([f, *words[1:]]) for f in _word_forms(words[0])]
    return tuple(forms)


def _word_forms(word: str) -> tuple[str, ...]:
    if not _LOWER_WORD.fullmatch(word):
        return ()
    if word.endswith("e"):
        forms = (word + "s", word + "d", word[:-1] + "ing")
    elif word.endswith("y") and word[-2] not in "aeiou":  # territory: territories; occupy: occupied
        forms = (word[:-1] + "ies", word[:-1] + "ied", word + "ing")
    elif word.endswith(("s", "x", "sh", "ch")):
        forms = (word + "es", word + "ed", word + "ing")
    else:
        forms = (word + "s", word + "ed", word + "ing")
    if _CVC.search(word):  # transfer: transferred, transferring (and the single forms, for offer)
        forms += (word + word[-1] + "ed", word + word[-1] + "ing")
    return forms


def _forms(term: str) -> tuple[str, ...]:
    return tuple(h for form in inflections(term) for d in determiners(form) for a in apostrophes(d) for h in hyphened(a))


def hyphened(term: str) -> tuple[str, ...]:
    """An English phrase of two words also hyphenated, as it stands before a noun (a ceasefire-monitoring
    mission, a peace-plan draft): the hyphen does not change what it means."""
    words = term.split(" ")
    return (term, "-".join(words)) if len(words) == 2 and term.isascii() and all(w.isalpha() for w in words) else (term,)


_THE = re.compile(r"(?<= )the(?= )")


def determiners(term: str) -> tuple[str, ...]:
    """An English phrase with 'the' inside also with a, any, this and that (monitor the ceasefire:
    monitor any ceasefire): the article is not what the term means."""
    if not _THE.search(term):
        return (term,)
    return (term, *(_THE.sub(d, term) for d in ("a", "any", "this", "that")))


def apostrophes(word: str) -> tuple[str, ...]:
    """The word as listed and with a typographic apostrophe (Kremlin's, Kremlin’s): pages set both,
    and folding keeps them apart."""
    return (word, word.replace("'", "’")) if "'" in word else (word,)


OWNER_GAP = re.compile(r"[^\W\d]{0,3}|(?:[ '’]*[A-Za-z]+){0,3}[ '’]*")  # 普丁(的)特使, Beijing sent its envoy


def _pair_gap(reach: int) -> re.Pattern[str]:
    """What may stand between a pair's two words: up to `reach` Chinese letters or digits (no
    punctuation, so within the clause: 部隊一旦踏上烏克蘭) or three English words (troops stationed
    in Ukraine)."""
    return re.compile(rf"(?:[^\W_]|[「」“”]){{0,{reach}}}|(?:[ '’“”\"]*[A-Za-z]+){{0,3}}[ '’“”\"]*")


# not the comma of 700,000, nor one before an English quotation's close; a half-width comma beside a
# Chinese word is one (a copy's 會晤,會後)
CLAUSE_END = re.compile(r"[，；;：。！？!?]|[,:](?:\s|$)|(?<=[\u3400-\u9fff]),|,(?=[\u3400-\u9fff])")
# Between a pair's `not_after` word and its first word: a number, or a word of a few letters (its own
# troops, 這些國家的士兵, equipment for 100,000 soldiers; not "plans for British troops").
OWNED = re.compile(r"[\s\d,]*\S{0,4}\s*")


def _owns(text: str, owner_end: int, term_start: int) -> bool:
    """An owner word ending shortly before the term, in the same clause (普丁特使, Beijing sent its envoy)."""
    return owner_end <= term_start and bool(OWNER_GAP.fullmatch(text[owner_end:term_start]))


# A place hint after 在/於/in/at says where something happened, not who takes a stance
# (赫格塞斯在布魯塞爾直言, told reporters in Brussels); 在……下 is still the actor (在歐洲反彈下同意修改).
LOCATIVE = re.compile(r"(?:在|于|\b(?:in|at))\s*$")
UNDER = re.compile(r"[^，,；;：:。！？!?]*?[^\W\d_]下(?![一个次周月年午])")


def _folded_index(folded: Folded, start: int) -> int:
    return bisect.bisect_left(folded.origin, start) if folded.origin is not None else start


def _where(folded: Folded, start: int) -> bool:
    """The hint at original offset `start` names the place where something happens."""
    i = _folded_index(folded, start)
    return bool(LOCATIVE.search(folded.text[max(0, i - 4):i])) and not UNDER.match(folded.text, i)


DEMONSTRATIVE = re.compile(r"(?:[这此该][次项个份些场轮种]?|\b(?:this|that|these|those|such)\s+)$")


# A word for land (folded) after a place preposition and a country's name: where troops stand or
# drones strike (部署在烏克蘭領土上, 踏上烏克蘭土地, "on Ukrainian soil", "deep into Russian
# territory"), not the question of who holds it: not after a word of deciding ("decide on Ukrainian
# territory") nor with a bare "its" between ("decide on its territory").
# An outlet's name in title marks (folded): 《歐洲真理報》, 《歐洲新聞台》; not a document's (《布達佩斯備忘錄》,
# 《……聯合公報》, 《……情況通報》, 《……評估週報》).
OUTLET_TITLE = re.compile(r"《[^《》]{0,20}(?:[^《》公通简周电情汇年月季捷警预举申呈战]报|新闻台|电视台|电台|通讯社|报社|新闻网|周刊|杂志|频道)》")
LAND = re.compile(r"领土|土地|territory|soil")
WHERE_LAND = re.compile(r"(?:在|于|进入|深入|踏上|出现在|部署在|驻扎在|驻军)(?:乌克兰|俄罗斯|俄|乌|该国|其)$"
                        r"|\b(?:into|onto|inside|within)\s+(?:ukrainian|russian|ukraine's|russia's|nato|european|polish)\s+$")
# ... and not when the land is the question (在烏克蘭領土問題上, 領土完整), nor "on/in Ukrainian territory",
# which outlets write of decisions and concessions too; "on Ukrainian soil" is a place.
LAND_QUESTION = re.compile(r"问题|完整|主权|争议|让步|交换|归属")
SOIL = re.compile(r"\b(?:on|in)\s+(?:ukrainian|russian|european|polish)\s+$")


def _pointing(folded: Folded, start: int) -> bool:
    """The hint at `start` follows a demonstrative (這次會談, those demands): it refers back."""
    i = _folded_index(folded, start)
    return bool(DEMONSTRATIVE.search(folded.text[max(0, i - 8):i]))


def _same_sentence(sentences: tuple[tuple[int, int], ...], a: int, b: int) -> bool:
    return any(start <= a < end and start <= b < end for start, end in sentences)
