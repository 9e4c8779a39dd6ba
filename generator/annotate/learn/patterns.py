"""What the learner looks for: bracketed Latin names beside Chinese renderings, role words before a
name, English titles and appositions; and the helpers that compare Latin names (slugs, words)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ...normalize import fold
from ..countries import territories
from ..similar import TRANSLIT

DOTS = "·・．‧•"
_HAN = r"\u3400-\u9fff"
# A Latin personal name: two to four capitalised words (Radosław, O’Brien, Jean-Noël; not Fedorov’s),
# an optional quoted nickname inside.
_UP, _LO = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e", "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_WORD = rf"[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+|['’][{_UP}][{_LO}]+)?"
_NICK = r"(?:[“\"][A-Z][a-z]+[”\"]\s+)?"
# Lower-case particles inside Arabic, Dutch, German and Romance names (Mohammed bin Salman, Faisal bin
# Farhan al-Saud, Ursula von der Leyen); never the first word.
_PARTICLE = r"(?:(?:bin|bint|ibn|al|el|van|von|der|den|de|da|di|du|del|della|dos|la|le)\s+)*"
LATIN_NAME = rf"{_WORD}(?:\s+{_PARTICLE}{_NICK}(?:{_WORD}|(?:al|el)-{_WORD}|[A-Z]\.))" r"{1,3}"
_OPEN, _CLOSE = r" ?[（(]\s*", r"\s*[)）]"  # 馬尼斯 (Richard Marles): some outlets space the bracket
ZH_THEN_LATIN = re.compile(rf"([{_HAN}{DOTS}]+){_OPEN}({LATIN_NAME}|{_WORD}){_CLOSE}")
LATIN_THEN_ZH = re.compile(rf"(?<![A-Za-z])({LATIN_NAME}|{_WORD}){_OPEN}([{_HAN}][{_HAN}{DOTS}]{{1,11}}){_CLOSE}")
GIVEN_DOT = re.compile(rf"([{_HAN}]{{1,6}})[{DOTS}]$")
# A role word, folded, then a transliterated name with no Latin form (德國總理梅爾茨表示): `briefing check` lists it.
ROLE_THEN_NAME = re.compile(
    "(总统|总理|首相|外长|防长|国务卿|特使|发言人|顾问|部长|主席|秘书长)([" + "".join(sorted(TRANSLIT)) + "]{3,6})"
    "(?=[，,。、（(\\s\\d]|表示|说|指出|称|强调|在|于|周|星期|日前|今天|昨天|会见|会面|会谈|与)"
)
# A role word, folded, then a Chinese person's name: a common family name not used in transliterations
# (so never 李威特's 李 or 梅洛尼's 梅), one or two characters that are no function word or verb, and
# the end of the name (外交部發言人毛寧表示, 記者 張奧林)). Its pinyin is the person's English name.
CHINESE_NAME = re.compile(
    "(主席|总书记|总理|副总理|国务委员|外长|部长|发言人|特使|大使|记者|主任|教授|研究员)\\s?"
    "(?!周[一二三四五六日末])([严习何侯傅刘吴周姚姜孔孙孟宋尹廖张徐易曹朱李杨梁武段毛江汪沈熊王田石秦程肖董蒋蔡薛袁覃谭贺赵邓邱邵邹郑郝郭钟钱闫陆陈陶韩顾高黄龚]"
    "[^\\s\\d\\W表示说称指强在于是也将已曾和与的了对向就都又还再并会这那其等及]{1,2})"
    "(?=[，,。、；：:（()）」“\"\\s]|表示|说|指出|称|强调|认为|分析|在|于|今天|昨天|日前|周[一二三四五六日]|星期|\\d|与|会见|宣布|回应|透露)"
)
NICKNAME = re.compile(r"[“\"][^”\"]*[”\"]\s+")

# Words, folded, that say the name after them is a person's (德國總理, 發言人, 特使 …).
ROLE_ZH = re.compile(
    "(总统|总理|首相|主席|外交部长|国防部长|部长|外长|防长|国务卿|特使|代表|顾问|发言人|秘书长|秘书|局长|司令|参谋长|总长|大使|议员|"
    "州长|市长|女婿|夫人|主任|负责人|领导人|议长|幕僚长|助理|上校|上将|将军|团长|首席谈判代表|分析师|学者|记者)$"
)
# ... and speech verbs right after the closing bracket (斯維里登科（Yulia Svyrydenko）說道).
SPEECH_ZH = re.compile("^(表示|说|指出|强调|称|透露|认为|告诉|证实|宣布|回应|坦言|警告|率领|率团|写道)")
# English roles before a name (Foreign Minister Andriy Sybiga) or in apposition to it.
ROLE_EN = (r"(?P<role>President|Prime Minister|Chancellor|Minister(?: of [A-Z][a-z]+)?|Secretary(?: of State)?|Senator|"
           r"Ambassador|Governor|General|Commander|[Ee]nvoy|[Aa]dviser|[Aa]dvisor|[Aa]ide|[Ss]pokes(?:man|woman|person)|"
           r"[Oo]bserver|[Aa]nalyst|[Nn]egotiator|[Cc]ommander|[Cc]hief|[Hh]ead|[Ll]eader|[Ff]igure|[Pp]resident|"
           r"[Mm]inisters?|[Dd]irector|[Dd]eputy|[Cc]ounterpart|[Cc]orrespondent|[Ee]xpert|[Ll]awmaker)")
PROFESSION = (r"(?:professor|researcher|scholar|economist|historian|designer|journalist|reporter|editor|columnist|writer"
              r"|author|lawyer|activist|commentator|diplomat|politician|lecturer|specialist|scientist|strategist"
              r"|fellow|ambassador|senator|congressman|congresswoman)")
EN_TITLE = re.compile(rf"\b{ROLE_EN}\s+(?P<name>{LATIN_NAME})")
EN_APPOSITION_BEFORE = re.compile(
    rf"\b{ROLE_EN}(?: of [A-Z][a-z]+(?: and [A-Z][a-z]+)?)?,\s+(?P<name>{LATIN_NAME})(?:\s+and\s+(?P<name2>{LATIN_NAME}))?[,.;]")
EN_APPOSITION_AFTER = re.compile(
    rf"(?P<name>{LATIN_NAME}),\s+(?:the|a|an)\s+(?:(?!whose\b|which\b|that\b|where\b|who\b)(?:[a-z]+|[A-Z][A-Za-z.-]*)\s+){{0,3}}?"
    # a party's member only where the apposition ends ("a Pennsylvania Republican,", not "a Republican
    # advocacy group"); a fellow only of a body ("a senior fellow at …", not "a fellow drone maker")
    rf"(?:{ROLE_EN}|{PROFESSION}|(?:Republican|Democrat)(?=[,.;]))\b(?!['’]s)(?<!fellow(?!\s*[,.;]| (?:at|with|in|of|and|for)\b))")
# A profession, lower case, right before a name: "researcher Christoph Trebesch", "Costume designer Ruth E. Carter".
EN_PROFESSION = re.compile(rf"\b{PROFESSION}\s+(?P<name>{LATIN_NAME})")
# A name as the one who speaks or writes, right after a quotation or set off by commas ("…," Jeff Doe
# said; "Among them, Oksana Kykhtenko, told Reuters"), or after the verb ("wrote Kristof Titeca in
# Foreign Policy"). Not at a sentence's start nor after a possessive, where firms, outlets and fleets
# say things too (Goldman Sachs said, Russia's Black Sea Fleet said); outlets report (not a verb here)
# and are told things, so "told X" and "reported" are left out; `not_a_person` refuses places,
# bodies and function words.
EN_SAYS = re.compile(rf"(?:[”\"],?|,)\s+(?P<name>{LATIN_NAME}),?\s+(?:said|says|told|tells|wrote|writes|added|argued|noted|warned"
                     r"|explained|stressed|insisted|recalled|acknowledged|cautioned|urged)\b")
EN_SAID = re.compile(rf"\b(?:said|says|wrote|writes|added|argued)\s+(?P<name>{LATIN_NAME})(?=\s*[,.;]|\s+(?:in|on|at|of)\b)")
# Capitalised words that open or close a phrase but are not names.
NOT_NAME = frozenset(
    "The A An And Of In On At For With From By To As But Or If This That These Those It Its His Her Their Our "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December President Minister Secretary Senator Chancellor Prime "
    "Ukrainian Russian American European British French German Chinese Kremlin White House State Foreign "
    "Defence Defense Mr Mrs Ms Dr Sir Says Said Tells Told Warns Urges Calls Meets "
    # words of titles and institutions ("Minister of Foreign Affairs Andrii …", "Chief Executive Officer …")
    "Affairs Ministry Council Security National General Staff Office Committee Union Forces Army Navy Air "
    "Service Intelligence Agency Department Party Parliament Republic Federation Kingdom States United "
    "Nations Commission Executive Officer Vice Deputy Special Envoy Senior Chief Head Press Public "
    # ... and of titles before a name ("Representative Alan Brooks", "Retired Lieutenant General …")
    "Representative Rep Congressman Congresswoman Governor Ambassador Former Retired Lieutenant Colonel Admiral Prof Maj Lt Gen Brig".split()
)
# Titles of royalty before a name (Crown Prince Mohammed bin Salman): taken off its front, no part of a
# role, but a name may hold the word elsewhere (Angus King).
RANKS = frozenset("Prince Princess King Queen Crown Sheikh Emir Sultan".split())
# Capitalised words that make a phrase a body, an outlet or a place rather than a person ("Kyiv
# Independent", "Ukrainska Pravda", "Kiel Institute"), or open a sentence ("Later Kozytskyi said").
_NOT_PERSON_WORDS = frozenset(
    "Times Post Journal News Network Agency Institute University College School Centre Center Foundation Group Bank "
    "Fund Company Corporation Association Organization Organisation Conference Summit Forum Review Magazine Daily "
    "Weekly Herald Tribune Telegraph Guardian Independent Gazette Radio Television Media Pravda Monde Zeitung "
    "Street Square City Island Islands Palace Airport Base Church Court Senate House Congress Assembly Duma Rada "
    "Government Administration Alliance Coalition Movement Front Brigade Battalion Regiment Division Corps Force "
    "Guard Police Channel Region Oblast Province District Ministry Embassy Club Team League Cup "
    "International Services Rights Motors Robotics Equities Directorate Industries Systems Technologies Holdings "
    "Partners Capital Securities Labs Inc Ltd Co Corp LLC Associates Airways Energy Pharmaceuticals Mission "
    "Administrator Mayor Employee Professor Judge Justice Rep Sen Gov Coach Director Captain Colonel Lieutenant "
    "Sergeant Major Pastor Rabbi Father Bishop Pope Lord Lady Dame Saint St "
    "Then Later Earlier Meanwhile However After Before When While Although Though Since Also Still Yet Now Today "
    "Tonight Yesterday Tomorrow Here There Both Each All Some Many Most Few Other Another Such What Which Who Why "
    "How Where Last Next First Second Third One Two Three Several Every No Not Only Even Just Despite During Under "
    "Over Among Against Between Through Without Within Across Upon Into Like Unlike Instead Perhaps Indeed Thus "
    "Moreover Furthermore Nevertheless Nonetheless Speaking According Ahead Following Amid Asked Dear "
    "Polish Hungarian Italian Spanish Turkish Saudi Israeli Iranian Japanese Korean Indian Canadian Australian Dutch "
    "Belgian Swedish Finnish Norwegian Danish Czech Slovak Romanian Bulgarian Greek Swiss Austrian Georgian "
    "Belarusian Moldovan Baltic Estonian Latvian Lithuanian Western Eastern Northern Southern Arab Emirati Qatari "
    "Egyptian Syrian Palestinian Irish Scottish Mexican Brazilian African Asian Republican Democrat Democratic "
    "Republicans Democrats Conservative Labour Liberal Christian Muslim Catholic Orthodox".split())


# Words of a title or profession, lower-cased: a phrase opening with one is a title and a name
# ("Governor Vitaliy Kim", "Former Ambassador John Herbst"), learned by the title patterns, not as a name.
TITLE_WORDS = frozenset(
    "president prime minister chancellor secretary senator ambassador governor general commander envoy adviser "
    "advisor aide spokesman spokeswoman spokesperson observer analyst negotiator chief head leader director deputy "
    "correspondent expert lawmaker professor researcher scholar economist historian designer journalist reporter "
    "editor columnist writer author lawyer activist commentator diplomat politician lecturer specialist scientist "
    "strategist former mayor colonel judge representative rep sen gov dr prof".split())
# Right before a name that says something, a preposition or article makes it a body's or a place's
# name ("of the Science Mission Directorate, said", "at Miller Tabak, says", "the Red Cross said").
OBJECT_BEFORE = re.compile(r"\b(?:the|of|at|from|by|for|in|with|on|to|into|under)\s+$", re.IGNORECASE)


def not_a_person(name: str) -> bool:
    """Whether a capitalised phrase found where a person's name would stand is no person's: a word of
    a body, an outlet, a place or a sentence opening in it, or a country's name inside it."""
    words = name.split()
    if any(w in _NOT_PERSON_WORDS or w in NOT_NAME for w in words):
        return True
    places = territories()
    return any(" ".join(words[i:j]) in places for i in range(len(words)) for j in range(i + 1, len(words) + 1))


TITLE_CASE = re.compile(r"\b[A-Z][a-z]+\b")
LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s*$")


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "ı": "i"})


def slug(latin: str) -> str:
    """`Serhiy “Flash” Beskrestnov` -> `serhiy-beskrestnov`, `Radosław` -> `radoslaw`: the id an editor would give."""
    text = unicodedata.normalize("NFKD", NICKNAME.sub("", latin).translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@lru_cache(maxsize=65536)
def words_of(latin: str) -> tuple[str, ...]:
    """The words of a name's id, kept: linking compares every Latin name read with each of the gazetteer's."""
    return tuple(w for w in slug(latin).split("-") if w)


def is_latin(name: str) -> bool:
    return not re.search(f"[{_HAN}]", name)


# English short forms of given names that do not begin like the full one (Steve/Steven, Dan/Daniel
# already do): outlets write "Mike Waltz" for Michael Waltz, "Bill Burns" for William Burns.
SHORT_FORMS = {"mike": "michael", "bill": "william", "bob": "robert", "jim": "james", "dick": "richard",
               "rick": "richard", "tony": "anthony", "ted": "edward", "andy": "andrew", "dave": "david",
               "jack": "john", "larry": "lawrence", "chuck": "charles", "peggy": "margaret", "liz": "elizabeth"}


def same_person(a: str, b: str) -> bool:
    """Two Latin names of one person: the same surname, and the given names agree where both have one
    (Steve/Steven; Igor/Igor Olegovich; Mike/Michael), so Jerome Powell is not Jonathan Powell."""
    wa, wb = words_of(a), words_of(b)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    if len(wa) == 1 or len(wb) == 1:
        return True
    ga, gb = SHORT_FORMS.get(wa[0], wa[0]), SHORT_FORMS.get(wb[0], wb[0])
    return ga.startswith(gb) or gb.startswith(ga) or (len(ga) > 3 and ga[:4] == gb[:4])


def translit_tail(run: str) -> str:
    """The end of a run of Han characters that can be a transliterated name (特使威特科夫 -> 威特科夫)."""
    start = len(run)
    while start > 0 and (fold(run[start - 1]) in TRANSLIT or (run[start - 1] in DOTS and start < len(run))):
        start -= 1
    return run[start:].lstrip(DOTS)


# --- the scan: what each text says, a pure function of the text and the config ---------------------



# --- the party a learned official speaks for ---------------------------------------------------------

# Roles of a party's officials (folded): government, diplomacy, negotiators, armed forces, regional
# heads. Not analysts, lawmakers, governors of a US state or reporters: LABELLING.md counts none of
# them for a party.
OFFICIAL_ZH = re.compile(
    "(总统|副总统|总理|副总理|首相|外交部长|国防部长|部长|外长|防长|国务卿|特使|发言人|新闻秘书|秘书长|幕僚长|大使|首席谈判代表|谈判代表"
    "|顾问|助理|司令|总司令|参谋长|总长|局长|州长|市长|负责人|领导人|主席)$")
OFFICIAL_EN = re.compile(
    r"\b(president|vice[- ]president|prime minister|chancellor|minister|secretary|press secretary|ambassador|envoy"
    r"|adviser|advisor|aide|spokes(?:man|woman|person)|negotiator|commander|chief|head|leader|general)"
    r"(?:\s+(?:of|for|to)\s+(?:the\s+)?[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2})?\s*$")
# A role out of office or against the government speaks for no party (前總統, former president,
# Russian opposition leader, 流亡).
NOT_IN_OFFICE = re.compile(r"前(?![线往夕天日晚方后])|卸任|反对派|在野|流亡|\b(?:former|ex|opposition|exiled|retired)\b")
_BREAK = re.compile(r"[，,。；;：:、!?！？()（）]|(?<!\.[a-z])\.\s|\b(?:and|with|to|by|from)\s|[与和及同跟向对被]")


def official_context(before: str, after_text: str) -> tuple[str, str]:
    """(before, after): the words an outlet writes right before a name (`before`, folded) when
    they end in an official's role (烏克蘭總理斯維里登科, "Ukraine's energy minister, Denys
    Shmyhal"), and the apposition after it ("Denys Shmyhal, Ukraine's energy minister"); each ""
    when there is none. Only up to the clause break or conjunction nearest the name, so another
    person's title (川普與烏克蘭外長X) says nothing of this one."""
    before = re.sub(r"[,，]\s*$", "", before) if re.search(r"[a-z][,，]\s*$", before) else before
    breaks = list(_BREAK.finditer(before))
    before = before[breaks[-1].end():] if breaks else before
    if not (OFFICIAL_ZH.search(before.strip()) or OFFICIAL_EN.search(before)) or NOT_IN_OFFICE.search(before):
        before = ""
    after = re.match(r"\s*[,，]\s*(?:the\s+|a\s+|an\s+)?([^,，.。;；()（）]{0,40})", after_text)
    after_words = after.group(1) if after else ""
    role = re.search(r"\b(president|prime minister|chancellor|minister|secretary|ambassador|envoy|adviser|advisor|aide|director|deputy"
                     r"|spokes(?:man|woman|person)|negotiator|commander|chief|head|leader)\b", after_words)
    after_words = after_words[:role.end()] if role else ""
    return before, ("" if NOT_IN_OFFICE.search(after_words) else after_words)


class Sides:
    """The party whose words (Party.words, folded) stand nearest a learned official's name."""

    def __init__(self, parties):
        words = []
        for party in parties:
            for w in party.words.all:
                f = fold(w).strip()
                if f:
                    words.append((f, party.id))
        words.sort(key=lambda w: -len(w[0]))
        self.owner = dict(words)
        alternatives = "|".join((rf"(?<![a-z]){re.escape(f)}(?![a-z])" if f.isascii() else re.escape(f)) for f, _ in words)
        self.pattern = re.compile(alternatives) if alternatives else None

    def party(self, before: str, after: str) -> str | None:
        """The party of the side word nearest the name: the last one before it, else the first after."""
        if self.pattern is None:
            return None
        found = list(self.pattern.finditer(before))
        if found:
            return self.owner[found[-1].group()]
        first = self.pattern.search(after)
        return self.owner[first.group()] if first else None
