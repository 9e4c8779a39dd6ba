"""Normalisation, entity and topic matching, dates and speakers."""

import datetime as dt
from pathlib import Path

import pytest

from generator.annotate import DATE_PATTERN, Annotator, resolve_date, split_sentences
from generator.config import load_config
from generator.model import Paragraph
from generator.normalize import Matcher, fold, fold_map

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "briefing.yml")
ANNOTATOR = Annotator(CONFIG)


def annotate(text: str, published: str = "2025-12-15"):
    return ANNOTATOR.paragraph(Paragraph("p1", text, 1), dt.date.fromisoformat(published))


@pytest.mark.parametrize("text, expected", [
    # Someone else of the family: Jr. or Sr. after the name.
    ("Donald Trump Jr. said the talks were a sham.", []),
    ("Trump Jr, the president's son, called the plan a sham.", []),
    # Near misses: the person himself, with a title, in a headline, or his wife named before him.
    ("President Trump said the talks were going well.", ["donald-trump"]),
    ("Zelensky Rejects Trump Peace Plan", ["volodymyr-zelensky", "donald-trump"]),
    ("Donald and Melania Trump greeted Zelensky at the White House.", ["donald-trump", "volodymyr-zelensky", "white-house"]),
])
def test_a_name_with_jr_after_it_is_another_person(text, expected):
    assert [m.entity for m in annotate(text).mentions] == expected


@pytest.mark.parametrize(
    "entity, renderings",
    [
        ("donald-trump", ["川普", "特朗普", "Trump"]),
        ("vladimir-putin", ["普丁", "普京", "普亭", "普廷", "蒲亭", "Putin"]),
        ("volodymyr-zelensky", ["澤倫斯基", "澤連斯基", "泽连斯基", "Zelenskyy"]),
        ("steve-witkoff", ["威特科夫", "魏科夫", "維特科夫", "惠特科夫", "Witkoff", "维特科夫"]),
        ("donetsk", ["頓內茨克", "頓涅茨克", "頓內次克", "顿涅茨克"]),
        ("nato", ["北約", "北大西洋公約組織", "NATO", "ＮＡＴＯ", "北约"]),
        ("dmitry-peskov", ["佩斯科夫", "Dmitry Peskov", "Sergey Peskov"]),
        ("yuri-ushakov", ["烏沙科夫", "鄂夏柯夫"]),
        ("kirill-dmitriev", ["德米特里耶夫", "德米崔耶夫"]),
    ],
)
def test_every_rendering_resolves_to_one_entity(entity, renderings):
    for surface in renderings:
        mentions = annotate(f"據報導，{surface}昨天發表談話。").mentions
        assert [(m.entity, m.surface) for m in mentions] == [(entity, surface)], surface


def test_fold_keeps_offsets_into_the_original_text():
    text = "澤連斯基與ＮＡＴＯ"
    folded = fold_map(text)
    assert folded.text == "泽连斯基与nato"
    start, end = folded.span(5, 9)
    assert text[start:end] == "ＮＡＴＯ"
    assert fold("裏") == fold("裡") == fold("里")


def test_latin_aliases_match_whole_words_only():
    matcher = Matcher([("Vance", "jd-vance")])
    assert matcher.find(fold_map("to advance talks")) == []
    assert [v for _, _, v in matcher.find(fold_map("JD Vance said"))] == [["jd-vance"]]


def test_topics_carry_the_terms_that_matched_as_evidence():
    ap = annotate("川普方案要求將整個頓巴斯地區讓給俄國，並以北約第5條為基礎提供安全保障。")
    topics = {t.id: t.terms for t in ap.topics}
    assert set(topics) == {"territory", "security-guarantees"}
    assert "頓巴斯地區" in topics["territory"]
    assert {"安全保障", "第5條"} <= set(topics["security-guarantees"])


def test_simplified_and_english_text_finds_the_same_topics():
    hant = {t.id for t in annotate("烏克蘭拒絕割讓領土，歐盟支持安全保障。").topics}
    hans = {t.id for t in annotate("乌克兰拒绝割让领土，欧盟支持安全保障。").topics}
    en = {t.id for t in annotate("Ukraine refuses to cede territory; the EU backs security guarantees.").topics}
    assert hant == hans == en == {"territory", "security-guarantees", "european-stance"}


def test_an_envoy_mention_puts_a_paragraph_on_the_envoys_topic():
    ap = annotate("魏科夫週二抵達莫斯科。")
    assert [(t.id, t.terms) for t in ap.topics] == [("us-envoys", ("魏科夫",))]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("川普2月12日與普丁通話", "2025-02-13", [("2月12日", "2025-02-12")]),
        ("川普25日展現樂觀態度", "2025-11-25", [("25日", "2025-11-25")]),
        ("12月2日晚，普京會見威特科夫", "2025-12-06", [("12月2日晚", "2025-12-02")]),
        ("8月時川普和普京在阿拉斯加的峰會", "2025-11-25", [("8月", "2025-08")]),
        ("放棄烏軍在去年8月佔領的領土", "2025-02-13", [("去年8月", "2024-08")]),
        ("他在2024年競選總統", "2025-02-13", [("2024年", "2024")]),
        ("澤倫斯基在2025年1月24日表示", "2025-02-13", [("2025年1月24日", "2025-01-24")]),
        ("美國上個月12月30日宣布", "2026-01-03", [("12月30日", "2025-12-30")]),
        ("經14、15日兩天", "2025-12-15", [("14", "2025-12-14"), ("15日", "2025-12-15")]),
        ("官員今天表示，昨天的會談順利", "2025-12-15", [("今天", "2025-12-15"), ("昨天", "2025-12-14")]),
        ("Witkoff advised Ushakov in an October phone call", "2025-11-25", [("October", "2025-10")]),
        ("the offensive it began there in 2014.", "2025-11-25", [("2014", "2014")]),
        ("Europe may march on; 2000 soldiers in 2,000 places", "2025-11-25", []),
        ("This may take weeks; a force of 2000 soldiers", "2025-12-03", []),
        ("威特科夫與烏梅洛夫10月3、4日在伊斯坦堡會談", "2025-12-10", [("10月3", "2025-10-03"), ("4日", "2025-10-04")]),
        ("去年12月3、4日", "2025-02-10", [("去年12月3", "2024-12-03"), ("4日", "2024-12-04")]),
        ("為了烏克蘭的明天，今天的俄羅斯必須讓步", "2025-12-10", []),
        ("talks resume next March, after last August's summit", "2025-12-03", [("March", "2026-03"), ("August", "2025-08")]),
        ("— Rustem Umerov (@rustem_umerov)November 25, 2025", "2025-11-25", [("November 25, 2025", "2025-11-25")]),
        ("最初版本的停火方案共有28點", "2025-11-25", []),
        ("川普2月12日與普丁通話後", "2025-12-15", [("2月12日", "2025-02-12")]),
        ("凱洛格將於1月20日抵達基輔", "2025-12-20", [("1月20日", "2026-01-20")]),
        ("12月的會談", "2025-02-13", [("12月", "2024-12")]),
    ],
)
def test_dates_resolve_against_the_publication_date(text, published, expected):
    assert [(d.surface, d.date) for d in annotate(text, published).dates] == expected


def test_relative_dates_are_not_guessed_without_a_publication_date():
    match = DATE_PATTERN.search("25日")
    assert resolve_date(match, None) is None


def test_sentences_never_split_inside_quoted_speech():
    text = "川普說：「我想要回報。他們已經同意了。」白宮隨後證實。"
    assert [text[s:e] for s, e in split_sentences(text)] == ["川普說：「我想要回報。他們已經同意了。」", "白宮隨後證實。"]


@pytest.mark.parametrize(
    "text, sentences",
    [
        # a year closes a sentence: the writer's comment after it is no part of the aide's words
        ("Ushakov said there would be no deal unless the framework agreed in August 2025. No agreement emerged.",
         ["Ushakov said there would be no deal unless the framework agreed in August 2025.", " No agreement emerged."]),
        # near misses: U.S. and a decimal close none
        ("The U.S. team met in Geneva. Talks went on.", ["The U.S. team met in Geneva.", " Talks went on."]),
        ("It fell to 2.5. Then it rose.", ["It fell to 2.5. Then it rose."]),
        # a lower-case word of two letters closes one too; a capitalised abbreviation of two does not
        ("Starmer said it. Emmanuel Macron said no.", ["Starmer said it.", " Emmanuel Macron said no."]),
        ("Talks with Mr. Putin went on. Then more.", ["Talks with Mr. Putin went on.", " Then more."]),
        # a straight quote closing after the stop (a helper's wire story: Macron's sentence had been
        # read as part of Starmer's quotation); near miss: after U.S. it closes none
        ('Starmer said: "We will not let Ukraine stand alone." Macron, who co-chaired the call, said no.',
         ['Starmer said: "We will not let Ukraine stand alone."', " Macron, who co-chaired the call, said no."]),
        ('He praised "the U.S." He left.', ['He praised "the U.S." He left.']),
    ],
)
def test_an_english_sentence_ends_after_a_word_or_a_year(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("然而，克里姆林宮表示，澤倫斯基的說法「不可能」接受。", "kremlin"),
        ("川普2月12日與俄羅斯總統普丁電話談話之後，對外表示止戰談判已經開始。", "donald-trump"),
        ("白宮新聞秘書李威特（Karoline Leavitt）在X上表示：「還有一些細節。」", "karoline-leavitt"),
        ("然而，烏克蘭的歐洲盟友強調，美國不應逼基輔接受過多要求。", "european-officials"),
        ("“I know what it’s going to take,” Witkoff said.", "steve-witkoff"),
    ],
)
def test_the_speaker_of_a_sentence_is_found(text, speaker):
    assert [a.entity for a in annotate(text).attributions] == [speaker]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # Each speech verb has its own speaker: two sides in one sentence.
        ("澤倫斯基表示願意談判，但佩斯科夫強調俄方不會讓步。", ["volodymyr-zelensky", "dmitry-peskov"]),
        # A negated verb states nothing.
        ("白宮沒有否認這份紀錄。", []),
        ("死亡人數低於川普聲稱的百萬人。", []),
        # Coordinated subjects that all speak.
        ("盧比奧與葉爾馬克會後均表示，會談取得進展。", ["marco-rubio", "andriy-yermak"]),
        ("川普會見普丁後返回首都表示，會談順利。", ["donald-trump"]),
        # A pronoun continues the sentence's own subject before the paragraph's last speaker.
        ("普丁表示同意停火。川普週二在白宮會見澤倫斯基時，他表示美國將提供安全保障。", ["vladimir-putin", "donald-trump"]),
        # A clause opening with a pronoun is about the last speaker, not a name later in it.
        ("Trump spoke to reporters on Tuesday. He praised Witkoff and Kushner and said talks would go on.",
         ["donald-trump"]),
        ("川普週二受訪。他與普丁通話後表示會談順利。", ["donald-trump"]),
        # An aside between subject and verb names no speaker.
        ("Trump, meeting Zelensky on Tuesday, said he would send more arms.", ["donald-trump"]),
        ("Putin's envoy Kirill Dmitriev, who met Witkoff on his arrival, wrote that the talks were useful.", ["kirill-dmitriev"]),
        # 他 before the verb continues the paragraph's last speaker.
        ("盧比奧表示會談順利。他也證實下週將再見面。", ["marco-rubio", "marco-rubio"]),
        # A name after 向 is the one spoken to; a possessor speaks through a spokesperson.
        ("烏梅洛夫向川普建議先停火。", ["rustem-umerov"]),
        ("德里斯科的發言人表示進展良好。", ["dan-driscoll"]),
        ("澤倫斯基的幕僚長葉爾馬克表示仍有分歧。", ["andriy-yermak"]),
        # A clause without a subject: the previous verb's speaker, else the clause before it.
        ("川普宣布派遣特使，並稱談判已經開始。", ["donald-trump"]),
        ("普丁支持這個想法，認為到了合作的時候。", ["vladimir-putin"]),
        # "說法" is a noun, not a verb of speech.
        ("克里姆林宮表示，澤倫斯基的說法不可能接受。", ["kremlin"]),
        ("佩斯科夫表態拒絕澤倫斯基的提議稱不可能。", ["dmitry-peskov"]),
    ],
)
def test_speakers_follow_the_verb_of_each_clause(text, speakers):
    assert [a.entity for a in annotate(text).attributions] == speakers


def test_a_sentence_reported_by_a_newspaper_has_no_party_speaker():
    assert annotate("《金融時報》指出，普京的底線一直很明確。").attributions == ()


@pytest.mark.parametrize(
    "text, topics",
    [
        # A hint alone (歐洲 the place, 談判代表 of any side) puts nothing on a topic ...
        ("歐洲各國將增加國防開支。", []),
        ("烏克蘭首席談判代表烏梅洛夫抵達日內瓦。", []),
        # ... beside a term or group member it does, and it is shown as evidence.
        ("歐洲與歐盟官員在布魯塞爾會面。", ["european-stance"]),
        ("美方談判代表魏科夫抵達莫斯科。", ["us-envoys"]),
        # A stance hint counts when a verb of stance or speech shares its clause.
        ("歐洲主要國家不會同意這種要求。", ["european-stance"]),
        ("Europeans rejected the draft.", ["european-stance"]),
    ],
)
def test_topic_hints_need_a_term_a_member_or_a_stance(text, topics):
    assert [t.id for t in annotate(text).topics] == topics
