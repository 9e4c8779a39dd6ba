"""Speakers: verbs of stance, the clause that names the speaker, and the paragraph before.

Fixture texts are written for these tests; each shows a pattern of news writing, not an outlet's sentence."""

import datetime as dt
from pathlib import Path

import pytest

from generator.annotate import Annotator, split_sentences
from generator.annotate.speakers import Speakers
from generator.config import load_config
from generator.model import Mention, Paragraph, Source
from generator.normalize import fold_map

ROOT = Path(__file__).resolve().parent.parent
ANNOTATOR = Annotator(load_config(ROOT / "briefing.yml"))


def speakers(text: str) -> list[str]:
    return [a.entity for a in ANNOTATOR.paragraph(Paragraph("p1", text, 1), dt.date(2026, 1, 15)).attributions]


def by_paragraph(*texts: str) -> list[list[str]]:
    paragraphs = tuple(Paragraph(f"p{i}", t, i) for i, t in enumerate(texts, 1))
    source = Source("s", "s.txt", "text", "t", None, "2026-01-15", None, "en", paragraphs, ())
    return [[a.entity for a in ap.attributions] for ap in ANNOTATOR.source(source).paragraphs]


@pytest.mark.parametrize(
    "text, expected",
    [
        # English verbs that state a position.
        ("Zelensky rejected the plan on Monday.", ["volodymyr-zelensky"]),
        ("Trump urged Kyiv to hurry and accused Europe of dragging its feet.", ["donald-trump"]),
        ("Peskov dismissed the report as fiction.", ["dmitry-peskov"]),
        ("Witkoff referred to talks on Donetsk.", ["steve-witkoff"]),
        ("Bloomberg reported that Witkoff advised Ushakov, suggesting that they copy the Gaza deal.", ["steve-witkoff"]),
        ("The envoys met in Geneva when Trump declined to condemn the strikes.", ["donald-trump"]),
        ("Zelensky called for a ceasefire along the front.", ["volodymyr-zelensky"]),
        ("Macron vowed to keep up sanctions and blamed Moscow for the delay.", ["emmanuel-macron"]),
        ("European allies pledged more air defence.", ["european-officials"]),
        # A determiner makes the verb an adjective or a noun: the proposed deal, a warning.
        ("The proposed deal and a warning from Moscow dominated the day.", []),
        # Chinese verbs the older list lacked.
        ("克里姆林宮確認，會談將於週五舉行。", ["kremlin"]),
        # 克宮, the Kremlin as Taiwanese and mainland outlets shorten it, after a call two leaders held
        ("川普與普丁週二通話，克宮表示雙方同意停止攻擊能源設施。", ["kremlin"]),
        ("澤倫斯基形容這是一次很好的會議。", ["volodymyr-zelensky"]),
        ("美方提議烏軍撤出頓內茨克。", ["us-officials"]),
        ("威特科夫指，峰會取得勝利。", ["steve-witkoff"]),
        ("川普痛批澤倫斯基不知感恩。", ["donald-trump"]),
        # Taiwanese and Hong Kong outlets' sharper verbs; near misses: the one challenged, a bombing
        ("澤倫斯基嗆普丁，烏克蘭絕不投降。", ["volodymyr-zelensky"]),
        ("澤倫斯基回嗆，俄方根本不想要和平。", ["volodymyr-zelensky"]),
        ("川普怒轟歐洲國家只會出一張嘴。", ["donald-trump"]),
        ("普丁鬆口，願與澤倫斯基會面。", ["vladimir-putin"]),
        ("普丁下令轟炸基輔。", []),
        ("佩斯科夫澄清，普丁沒有改變立場。", ["dmitry-peskov"]),
        ("白宮聲明，美方將繼續斡旋。", ["white-house"]),
        ("川普與澤倫斯基發表聯合聲明，雙方同意停火。", []),
        ("據佩斯科夫表示，會談將繼續。", ["dmitry-peskov"]),
        # A name after an opening 他 may be its object or the subject of a clause of its own: the
        # sentence's subject rule stands (ACCURACY.md, round 18: every narrower rule a reviewer broke).
        ("普丁感謝川普主持此次會議，並笑著建議下次會談在莫斯科舉行。", ["vladimir-putin"]),
        ("而他的發言人佩斯科夫隨後在記者會上，表示雙方同意繼續接觸。", ["dmitry-peskov"]),
        ("他話音剛落，克宮發言人佩斯科夫就駁斥了這番言論，並表示俄方立場沒有改變。", ["dmitry-peskov"]),
        ("He had barely finished speaking when Kremlin spokesman Dmitry Peskov dismissed the remarks, "
         "and said Russia's position had not changed.", ["dmitry-peskov"]),
        # Unnamed European officials as outlets write them speak for Europe; named as a topic, they do not.
        ("歐洲外交官表示，普丁的戰爭目標沒有改變。", ["european-officials"]),
        ("European partners said they would back Kyiv.", ["european-officials"]),
        ("European representatives were not at the table, Zelensky said.", ["volodymyr-zelensky"]),
        # 提出 a plan or a place is a proposal; what was proposed (所提出, 提出的) and filings are not.
        ("普丁提出在阿聯酋舉行會晤。", ["vladimir-putin"]),
        ("威特科夫提出了一項停火計畫，承認俄方控制四州。", ["steve-witkoff"]),
        ("川普政府的承諾，是在美方官員與烏克蘭會談時所提出。", []),
        ("川普提出的方案仍待討論。", []),
        ("澤倫斯基提出辭呈的傳言遭到否認。", []),
        # Nouns, negations and modals state nothing.
        ("Moscow kept pressing its demands, and Putin did not budge from his claims.", []),
        ("Trump did not condemn the strikes.", []),
        ("普丁應該承諾與澤倫斯基會面。", []),
        ("川普會表示支持嗎？", []),
        # 會 closing a noun (記者會, 峰會) is a place, not "will".
        ("川普在記者會表示，談判順利。", ["donald-trump"]),
        ("澤倫斯基在峰會表示願意談判。", ["volodymyr-zelensky"]),
        # "declared" what was said, not a state of affairs.
        ("Putin declared the talks were at a dead end.", ["vladimir-putin"]),
        ("Putin declared martial law in the regions.", []),
        ("這是響應川普的敦促。", []),
        ("川普政府這項承諾是在柏林提出的。", []),
        # 對……來說 is "for", not a verb of speech, and takes no speaker from the verb after it.
        ("對烏克蘭來說，這是打擊，澤倫斯基隨即表示會繼續談判。", ["volodymyr-zelensky"]),
        # 說辭 (a pretext) is a noun.
        ("這是官員在拉攏川普時的常用說辭。", []),
        ("川普舉行說明會。", []),
        # "responded that", "replied.", not "responded with a strike".
        ("Putin responded with a massive strike.", []),
        ("“No,” Zelensky replied.", ["volodymyr-zelensky"]),
        # An answer says something (answered that, shot back that, 答道, 回答：), answering questions does not.
        ("Asked if he trusted Putin, Trump answered: “I don't trust anybody.”", ["donald-trump"]),
        ("Putin shot back that the West had started the war.", ["vladimir-putin"]),
        ("Zelensky answered questions from reporters for two hours.", []),
        ("Ukrainian forces fired back with drones.", []),
        ("Trump wants answers, not promises.", []),
        ("The Kremlin fired back, launching a barrage of drones at Kyiv.", []),
        ("澤倫斯基答道：「烏克蘭不會讓步。」", ["volodymyr-zelensky"]),
        ("澤倫斯基回答，烏克蘭不會讓步。", ["volodymyr-zelensky"]),
        ("澤倫斯基的回答讓川普不滿。", []),
        # Verbs that are also plain actions count only as speech: added that, dismissed … as.
        ("Trump added new tariffs on India.", []),
        ("Trump dismissed his national security adviser.", []),
        ("Peskov added that no date was set, but Lavrov dismissed the idea.", ["dmitry-peskov", "sergei-lavrov"]),
        # Nouns after a verb that takes a thing (提供安全承諾, 遭到批評).
        ("川普向烏克蘭提供安全承諾。", []),
        ("凱洛格遭到批評。", []),
        # Remarks show, they do not speak; a spokesperson speaks for the one whose spokesperson they are.
        ("川普的言論表明談判陷入僵局。", []),
        # Stance verbs of English reports: reaffirmed, revealed that, made clear that, offered to; not
        # "revealed a plan", "offered a deal" (acts) or "indicated that" (what remarks or polls show).
        ("Zelensky also reaffirmed his refusal to cede territory.", ["volodymyr-zelensky"]),
        ("Witkoff revealed that a draft was ready.", ["steve-witkoff"]),
        ("Zelensky made clear that Kyiv wants guarantees.", ["volodymyr-zelensky"]),
        ("Zelensky has offered to withdraw troops from the line.", ["volodymyr-zelensky"]),
        ("Witkoff revealed a draft on Monday.", []),
        ("Trump offered a deal to Kyiv.", []),
        ("Peskov's remarks indicated that Moscow was in no hurry.", []),
        # A schedule states nothing yet (預計 or 預定 with a day or a place); an expectation is one's own.
        ("澤倫斯基預計週四在歐洲議會發表演說。", []),
        ("川普預定下週宣布新方案。", []),
        ("川普預計表示，協議很快就會達成。", ["donald-trump"]),
        # A transliterated name the gazetteer lacks, as a clause's subject, speaks for itself: not the
        # person before. Near miss: a known name in the same place.
        ("拉夫罗夫指出，欧洲试图破坏对话。费丹则表示，土耳其愿意提供场地。他呼吁各方停火。", ["sergei-lavrov"]),
        ("拉夫罗夫指出，欧洲试图破坏对话。普京则表示，俄方愿意谈判。他呼吁各方停火。",
         ["sergei-lavrov", "vladimir-putin", "vladimir-putin"]),
        # a country's name is no stranger, and a sentence naming someone known ends what 他 stood for
        ("澤倫斯基週二表示，會談有進展。波蘭則表示，支持基輔。他還說，歐洲必須參與。", ["volodymyr-zelensky"] * 2),
        ("拉夫罗夫指出，欧洲试图破坏对话。费丹则表示，土耳其愿意提供场地。普丁週五抵達安卡拉。他表示，俄方願意談判。",
         ["sergei-lavrov", "vladimir-putin"]),
        # 據X介紹 is according to X; 介紹 alone introduces something.
        ("据乌沙科夫介绍，普京2日会见了维特科夫。", ["yuri-ushakov"]),
        ("乌沙科夫介绍了会谈情况。", []),
        # 自由時報 writes Rubio 魯比歐.
        ("魯比歐會後告訴記者，雙方同意恢復使館運作。", ["marco-rubio"]),
        # a refusal to comment, or a response not given, states nothing, and neither does what it refuses
        ("白宮對報道未有回應。", []),
        ("克里姆林宮拒絕對此發表評論。", []),
        ("克宮拒絕就有關報道置評。", []),
        ("白宮婉拒置評。", []),
        ("普丁拒絕回應停火提議。", []),
        ("美國國務院則拒絕評論相關行程。", []),
        ("即將會見普丁（Vladimir Putin）的魏科夫拒絕回應。", []),
        # near misses a reviewer found: a statement joined by 但 or 並 after the refusal, a concession refused
        ("克宮拒絕置評但表示談判仍在進行。", ["kremlin"]),
        ("佩斯科夫拒絕對此發表評論並說會談將在下週舉行。", ["dmitry-peskov"]),
        ("澤倫斯基拒絕就媒體披露的和平方案作出讓步。", ["volodymyr-zelensky"]),
        # near misses: a refusal of a proposal is a position; so is what the same speaker then says
        ("澤倫斯基拒絕了美方提出的方案。", ["volodymyr-zelensky"]),
        ("普丁拒絕對烏克蘭讓步，強調俄方不會撤軍。", ["vladimir-putin"]),
        ("普丁拒絕回應停火提議，但表示俄方願意繼續談判。", ["vladimir-putin"]),
        ("川普表示雙方非常接近達成協議，但他拒絕透露具體細節。川普並說，特使下週將前往莫斯科。", ["donald-trump", "donald-trump"]),
    ],
)
def test_verbs_of_stance(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # What follows a speech verb is what was said: a name there is no new speaker ...
        ("川普表示，普丁曾承諾一週不襲擊基輔。", ["donald-trump"]),
        ("普京還指出，特朗普曾多次表示戰爭不會發生。", ["vladimir-putin"]),
        ("Zelensky said Trump had rejected the plan.", ["volodymyr-zelensky"]),
        # ... unless a new clause opens, with a conjunction or after the content clause.
        ("佩斯科夫證實兩人通話，且普丁表態願意接待代表團。", ["dmitry-peskov", "vladimir-putin"]),
        ("克里姆林宮表示，這個說法不可能接受，佩斯科夫說領土不會交換。", ["kremlin", "dmitry-peskov"]),
        ("Zelensky said the talks were useful, while Peskov dismissed them as premature.", ["volodymyr-zelensky", "dmitry-peskov"]),
        # A reply (對此, 就此) to what someone proposed is the replier's own word; after a verb of saying
        # it is still part of the report (Rubio reporting Zelensky's refusal).
        ("威特科夫曾建議美方放寬制裁，川普對此表示，他不會接受任何讓步。", ["steve-witkoff", "donald-trump"]),
        ("普丁提議在莫斯科會面，澤倫斯基就此回應稱不會前往。", ["vladimir-putin", "volodymyr-zelensky"]),
        ("魯比奧表示，俄方提出了新要求，澤倫斯基對此表示拒絕，但美方仍會繼續斡旋。", ["marco-rubio"]),
        ("威特科夫建議，川普對此表示支持。", ["steve-witkoff"]),
        # Near misses: after a verb of saying the list lacks (告訴記者), a person asked to respond, a
        # condition, a guess: no reply, the first speaker's sentence.
        ("魯比奧告訴記者，俄方提出了新的領土要求，澤倫斯基對此表示拒絕。", ["marco-rubio"]),
        ("川普呼籲雙方先停火，並要求澤倫斯基對此表態。", ["donald-trump"]),
        ("威特科夫建議雙方先停火，只要普丁對此表示同意，美方就會放寬制裁。", ["steve-witkoff"]),
        ("川普建議停火三十天，普丁對此可能表示拒絕，但克宮尚未證實。", ["donald-trump"]),
        # ... a reply's clause that is a time, a report or a subject of its own (表態之前, 表示同意後, 的消息)
        ("魯比奧呼籲俄方停止轟炸能源設施，普丁對此公開表態之前，美方不會放寬制裁。", ["marco-rubio"]),
        ("川普建議停火三十天，普丁對此表示同意後，美方宣布暫停新制裁。", ["donald-trump"]),
        ("澤倫斯基呼籲歐洲加快援助，川普對此表示不滿的消息傳出後，歐洲股市下跌。", ["volodymyr-zelensky"]),
        ("川普建議停火三十天，普丁對此表示拒絕將付出代價。", ["donald-trump"]),
        ("川普建議雙方停火，普丁對此表示同意的可能性很低。", ["donald-trump"]),  # the writer's judgement
        ("澤倫斯基建議雙方先停火，普丁對此表示同意就能開始談判。", ["volodymyr-zelensky"]),  # a condition
        # After a reply, each named subject speaks for itself: Peskov's word is not Zelensky's.
        ("威特科夫建議雙方交換戰俘，澤倫斯基對此表示支持，佩斯科夫稍後表示，克宮尚未收到正式提案。",
         ["steve-witkoff", "volodymyr-zelensky", "dmitry-peskov"]),
        # A new clause with a subject the gazetteer does not name takes no one's from before it.
        ("魯比奧將方案帶到日內瓦，而莫斯科雖表示未獲修訂版本，卻立刻拒絕。", []),
        ("Rubio took the plan to Geneva, but Moscow has said it was never sent.", []),
        # A side the gazetteer does not name confirms what another did: the confirmation is theirs,
        # not the word of the one it names (證實 is a verb of saying, as 表示 is).
        ("俄方證實，此次通話由美方提議，雙方同意繼續談判。", []),
        ("克宮證實，這次會面是川普提議的。", ["kremlin"]),  # the Kremlin (克宮) confirms; Trump is what it said
        # Near misses: a named speaker confirming keeps the sentence; what tests confirmed is no one's
        # report, and the minister who says so after it speaks.
        ("佩斯科夫證實，此次通話由美方提議。", ["dmitry-peskov"]),
        ("The tests confirmed the missile was a North Korean KN-23, Ukraine's foreign minister Andrii Sybiha said, "
         "urging allies to respond.", ["andrii-sybiha"]),
    ],
)
def test_what_was_said_names_no_new_speaker(text, expected):
    assert speakers(text) == expected


def test_a_proposer_taking_up_again_after_a_reply_ends_the_reply():
    """川普提議…，普丁對此表示歡迎，川普週五說…: Trump's later words are not Putin's reply (nor shown as
    Trump's proposal: his first clause stays the one attributed)."""
    text = "川普提議在布達佩斯舉行峰會，普丁對此表示歡迎，川普週五在白宮說，峰會可能在兩週內舉行。"
    found = ANNOTATOR.paragraph(Paragraph("p1", text, 1), dt.date(2026, 1, 15)).attributions
    spans = {a.entity: text[a.start:a.end] for a in found}
    assert spans == {"donald-trump": "川普提議在布達佩斯舉行峰會，", "vladimir-putin": "普丁對此表示歡迎，"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name that qualifies the speaker is not the speaker.
        ("普丁特使德米崔耶夫在X發文稱，會談很重要。", ["kirill-dmitriev"]),
        ("川普任命的特使凱洛格今天說，沒有人會被強迫。", ["keith-kellogg"]),
        ("即將會見普丁（Vladimir Putin）的魏科夫表示樂觀。", ["steve-witkoff"]),  # 拒絕回應 until round 28: no position
        ("Trump envoy Steve Witkoff said the talks went well.", ["steve-witkoff"]),
        # A name after an English preposition is spoken to or about, like one after 向 or 對.
        ("Sources close to Zelensky said he was angry.", []),
        ("After the call with Witkoff the Ukrainian team said a deal was close.", []),
        # Officials of an administration are not the president they serve.
        ("特朗普政府官員表示，談判順利。", []),
        # A plan proposes nothing for its author.
        ("川普方案提議設立自由經濟區。", []),
        # A person the gazetteer lacks, named before the verb, is the speaker: no one else is.
        ("澤倫斯基的顧問利特溫（Dmytro Lytvyn）表示，會談晚間開始。", []),
        ("特朗普特使史蒂夫·科夫曼表示，會談順利。", []),
        ("Europe's allies pledged more drones – “a great result,” Fedorov said.", []),
        # ... but a capitalised place or platform after a known subject is no person.
        ("Zelensky in Kyiv said the talks were useful.", ["volodymyr-zelensky"]),
        ("President Trump on Truth Social said the deal was close.", ["donald-trump"]),
        # A known name after its given name (安德烈·葉爾馬克) is no unknown person; a gloss naming a body is none.
        ("烏克蘭總統辦公室主任安德烈·葉爾馬克說會談富有成效。", ["andriy-yermak"]),
        ("魏科夫在世界經濟論壇（World Economic Forum）場邊指出，只剩一個問題。", ["steve-witkoff"]),
        # A media report before the speaker is no speaker that what follows belongs to.
        ("路透社報道指，澤連斯基還表示正與美方討論駐軍。", ["volodymyr-zelensky"]),
        # A scene-setting clause names no subject, and a passive verb's subject is not its speaker.
        ("針對川普與普丁的會談，一名助理表示，進展順利。", []),
        ("凱洛格被莫斯科批評過度親烏。", []),
    ],
)
def test_the_speaker_is_the_one_named_as_subject(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Russia answers talks with missiles,” said Zelensky in his evening address.", ["volodymyr-zelensky"]),
        ("Talks resume on Monday, according to a US official.", ["us-officials"]),
        # A name after the verb's complement is what was said, not who said it.
        ("Witkoff, who attended the summit, said on Sunday that Putin had moved.", ["steve-witkoff"]),
        ("Speaking in Kyiv, Rutte said European allies would send troops.", ["mark-rutte"]),
        ("India curbed its oil purchases, which the west says help finance Putin’s war.", []),
        ("Axios reported, citing a US official, that guarantees were ready.", ["us-officials"]),
        ("根據克里姆林宮的說法，提案分為四個部分。", ["kremlin"]),
        ("根據烏克蘭首席談判代表葉爾馬克（Andriy Yermak）的說法，新草案具有約束力。", ["andriy-yermak"]),
        ("川普此前的說法是，可能在未來幾天會見澤倫斯基。", ["donald-trump"]),
        ("川普的說法是錯誤的。", []),
        # The one after 被 is the speaker, if the gazetteer knows them.
        ("這點始終被澤倫斯基視為紅線。", ["volodymyr-zelensky"]),
        ("凱洛格被視為親烏。", []),
        # A source is who is cited, not whom what is cited is about.
        ("Talks stalled, according to people familiar with Trump’s thinking.", []),
        ("Trump, citing Putin’s remarks, said the war must end.", ["donald-trump"]),
        # A verb inside a quotation is the quoted person's; the one outside names the speaker.
        ("Witkoff spoke on Tuesday. “I’m saying we will get a deal,” he said.", ["steve-witkoff"]),
        # A lone straight quote (a 6" shell) opens no quotation.
        ('Kyiv asked for 6" shells and Zelensky said more were needed.', ["volodymyr-zelensky"]),
        # A sentence opening with a pronoun continues the person named before, whatever its verb.
        ("Peskov spoke on Monday. He reported no breakthrough, however, and added that work lay ahead.", ["dmitry-peskov"]),
        ("特朗普在社交平台發文，說取得進展。他又轉發支持者的帖文，指烏克蘭必須讓步。", ["donald-trump", "donald-trump"]),
        # A sentence with no subject at all continues the last speaker: 「……」並強調.
        ("澤倫斯基指出：「他們不知道。」並強調，烏克蘭不會接受。", ["volodymyr-zelensky", "volodymyr-zelensky"]),
        # A statement speaks for whoever issued it in the sentence before.
        ("白宮23日公布一份聯合聲明。聲明稱，雙方起草了新框架。", ["white-house"]),
        ("The White House issued a statement on Sunday. The statement said the talks were useful.", ["white-house"]),
        ("白宮23日舉行記者會。聲明稱，雙方起草了新框架。", []),
        # 他 after a conjunction still continues the person named before.
        ("澤倫斯基未接受這一點。然而，他似乎保持開放，因為他表示可能舉行公投。", ["volodymyr-zelensky"]),
    ],
)
def test_the_speaker_named_after_the_verb_or_before_the_sentence(text, expected):
    assert speakers(text) == expected


def test_a_paragraph_opening_with_a_pronoun_continues_the_previous_speaker():
    assert by_paragraph("Zelensky said the talks were useful.", "He added that a prisoner swap was near.") == \
        [["volodymyr-zelensky"], ["volodymyr-zelensky"]]
    assert by_paragraph("澤倫斯基表示會談有用。", "他補充，換俘即將進行。") == [["volodymyr-zelensky"], ["volodymyr-zelensky"]]


def test_a_role_noun_after_a_quotation_or_qualified_by_a_partys_adjective_stands_for_the_person_named_before():
    # "the American vice president": "American" is one of the US party's words (briefing.yml), so the
    # vice president named before is meant, whether the role follows the quotation's verb or opens
    # the sentence with "further stated". Near misses: no vice president named before; a Russian
    # vice president is not the American one; a name that is no role after the verb.
    assert by_paragraph("Vice President JD Vance spoke in Delhi.",
                        '"The front lines are where the borders will be," said the American vice president, after a tour.',
                        '"We are committed to diplomacy," the American vice president further stated.') == \
        [[], ["jd-vance"], ["jd-vance"]]
    assert by_paragraph("Trump spoke in Delhi.", '"The front lines will be the borders," said the American vice president.') == \
        [[], []]
    assert by_paragraph("Vice President JD Vance spoke in Delhi.", '"No," said the Russian vice president.') == [[], []]
    assert by_paragraph("Vance spoke.", '"No deal," said the delegation leader in Geneva.') == [[], []]
    # The same after a phrase of where or how, with an auxiliary, for a body's spokesman, and for a
    # chancellor (no president); near misses: another country's chancellor, a bloc's adjective.
    assert by_paragraph("President Volodymyr Zelensky visited the front.",
                        '"Peace must last," said the Ukrainian president in his nightly address. '
                        "The Ukrainian president has insisted on guarantees.") == [[], ["volodymyr-zelensky"] * 2]
    assert by_paragraph("Kremlin spokesman Dmitry Peskov spoke on Monday.", '"Work goes on," said the Kremlin spokesman.') == \
        [[], ["dmitry-peskov"]]
    assert by_paragraph("German Chancellor Friedrich Merz spoke in Berlin.", "The German chancellor also warned Moscow.",
                        '"Be ready," said the Austrian chancellor in Vienna.') == [[], ["friedrich-merz"], []]
    assert by_paragraph("President Emmanuel Macron spoke in Paris.", '"Not over our heads," said the German president.') == \
        [[], []]


def test_a_statement_named_in_the_paragraph_before_speaks_for_whoever_issued_it():
    assert by_paragraph("歐洲領導人週一簽署一份聯合聲明。", "聲明中說：「援助可能包括情報與後勤支援。」") == \
        [[], ["european-officials"]]
    assert by_paragraph("European leaders issued a joint statement on Monday.", "The statement said Kyiv's army would be rebuilt.") == \
        [[], ["european-officials"]]
    # Near misses: the paragraph before names no statement, or no one who issued it.
    assert by_paragraph("歐洲領導人週一在巴黎舉行記者會。", "聲明中說：「援助可能包括情報與後勤支援。」") == [[], []]
    assert by_paragraph("一份聯合聲明週一在巴黎公布。", "聲明中說：「援助可能包括情報與後勤支援。」") == [[], []]
    assert by_paragraph("佩斯科夫批評歐洲領導人的聲明。", "聲明中說：「援助可能包括情報與後勤支援。」") == [["dmitry-peskov"], []]


def test_a_quotation_alone_passes_the_speaker_on_but_an_unknown_speaker_ends_it():
    assert by_paragraph("Peskov said the talks had begun.", "“There is serious work ahead.”", "He added that no date was set.") == \
        [["dmitry-peskov"], [], ["dmitry-peskov"]]
    # The mayor is nobody the gazetteer knows: "He" is the mayor, not Peskov.
    assert by_paragraph("Peskov said the talks had begun.", "“We are ready,” said the mayor.", "He added that no date was set.") == \
        [["dmitry-peskov"], [], []]


def test_english_sentences_end_at_a_closing_quote_but_not_after_an_abbreviation():
    text = "He spoke of “practical issues.” He said the sides agreed. They meet on Feb. 1 in Abu Dhabi."
    assert [text[s:e].strip() for s, e in split_sentences(text)] == [
        "He spoke of “practical issues.”", "He said the sides agreed.", "They meet on Feb. 1 in Abu Dhabi."]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A role noun stands for the last one named with a role of its family ...
        ("President Trump spoke on Sunday. It was a departure from the deal that the president said he wanted.",
         ["donald-trump"]),
        ("俄羅斯總統普丁與川普會面。這位總統表示會談很好。", ["vladimir-putin"]),
        ("President Zelensky met Witkoff. Ukraine's president said the talks were useful.", ["volodymyr-zelensky"]),
        # ... whose words hold the role's qualifier: Trump is no Ukrainian president, Zelensky no Russian leader.
        ("U.S. President Donald Trump met Putin. Ukraine's president said the talks were useful.", []),
        # ... or the role briefing.yml gives a person the text names bare (烏克蘭總統 Zelensky), second to
        # any role the text gives: "this president" after 俄羅斯總統普丁 and a bare 川普 is Putin.
        ("U.S. President Donald Trump met Zelensky. Ukraine's president said the talks were useful.", ["volodymyr-zelensky"]),
        ("Zelensky vowed to keep fighting. The Ukrainian leader pledged to hold elections.", ["volodymyr-zelensky"] * 2),
        ('Trump hosted Starmer after meeting Putin. "We will find a way," said the US president.', ["donald-trump"]),
        # ... only its head noun (美國總統特使 is an envoy, 總統府幕僚長 no president), no one out of office,
        # a bare role only when one person named holds it, and a qualifier as a word ("us" is not "usually")
        ("Putin received Witkoff and Kushner in the Kremlin. The president said the talks were useful.", ["vladimir-putin"]),
        ("Yermak met Witkoff in Miami on Saturday. The Ukrainian president later said the talks were hard.", []),
        ("Trump again blamed Biden for the war. The US president said Europe should pay more.", ["donald-trump"] * 2),
        ("Trump hosted Zelensky at the White House on Friday. The president told reporters that talks went well.", []),
        ('Trump spoke by phone on Monday. Putin, usually cautious, met him. "We are close," said the US president.',
         ["donald-trump"]),
        # a role noun opening a clause is its subject, no apposition of the body named before it
        ('Prime Minister Keir Starmer spoke. After a call with the coalition of the willing, the prime minister said: "No."',
         ["keir-starmer"]),
        ("烏克蘭總統澤倫斯基抵達。俄羅斯領導人說道，會談很好。", []),
        # A vice president is no president: "the president" is never one, "the vice president" is.
        ("President Trump and Vice President JD Vance met Modi. The president said the proposal was final.",
         ["donald-trump"]),
        ("Vice President JD Vance met Modi. The president said the proposal was final.", []),
        ("Vice President JD Vance met Modi. The vice president said the proposal was final.", ["jd-vance"]),
        ("美國副總統范斯會見莫迪。這位總統表示，方案已經很明確。", []),
        ("美國副總統范斯會見莫迪。這位副總統表示，方案已經很明確。", ["jd-vance"]),
        ("Vice President JD Vance met Modi. The vice-president said the talks were useful.", ["jd-vance"]),
        ("美國正副總統川普與范斯週一會見莫迪。這位總統表示，方案已經很明確。", ["donald-trump"]),  # 正副: both
        # a deputy is no minister; a title is its name's, not that of a name after another person's
        ("Russian Deputy Foreign Minister Sergei Ryabkov met Witkoff. The minister said the talks were useful.", []),
        ("Minister of Foreign Affairs Andrii Sybiha met Witkoff. The minister said the talks were useful.", ["andrii-sybiha"]),
        ("Trump's special envoy and longtime friend Steve Witkoff arrived in Moscow. The envoy told reporters the talks were useful.",
         ["steve-witkoff"]),
        ("Defence Minister Belousov hosted Witkoff at the Kremlin on Tuesday. The minister said the talks had been useful.", []),
    ],
)
def test_a_role_noun_stands_for_the_one_named_with_that_role(text, expected):
    assert speakers(text) == expected


def test_a_role_noun_after_someone_nameless_given_that_role_stands_for_no_one():
    assert by_paragraph("Talks resume on Monday, according to a U.S. official.", "A Ukrainian official said Kyiv was ready.",
                        "“We are close,” the official added.") == [["us-officials"], [], []]


def test_a_role_noun_reaches_into_the_paragraphs_before():
    assert by_paragraph("Talks resume on Monday, according to a U.S. official.", "“We are close,” the official added.") == \
        [["us-officials"], ["us-officials"]]
    assert by_paragraph("The talks were useful, Kremlin spokesman Dmitry Peskov told reporters.", "Zelensky arrived in Paris.",
                        "“Serious work lies ahead,” the Kremlin spokesman added.") == [["dmitry-peskov"], [], ["dmitry-peskov"]]


def test_a_quotation_closed_by_a_sentence_naming_its_speaker_is_the_speakers():
    text = "「我們不會讓步。」澤倫斯基說。"
    paragraph = ANNOTATOR.paragraph(Paragraph("p1", text, 1), None)
    assert [(a.sentence, a.entity) for a in paragraph.attributions] == [(1, "volodymyr-zelensky"), (0, "volodymyr-zelensky")]
    # A sentence that says more than who spoke is no closing of the quotation before it.
    text = "「我們不會讓步。」澤倫斯基說，談判仍將繼續。"
    paragraph = ANNOTATOR.paragraph(Paragraph("p1", text, 1), None)
    assert [(a.sentence, a.entity) for a in paragraph.attributions] == [(1, "volodymyr-zelensky")]


def test_a_mention_the_gazetteer_does_not_list_speaks_for_no_one():
    text = "Kovalenko said the talks were useful."
    speakers_ = Speakers({"donald-trump": "person"}, {"donald-trump": "us-official"})
    mentions = [Mention("provisional-kovalenko", "Kovalenko", 0, 9)]
    found, _ = speakers_.attributions(fold_map(text), text, split_sentences(text), mentions)
    assert found == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A commentator's reading of a leader (LABELLING.md: "an analyst's sentence") is not the leader's word.
        ("分析師認為，澤倫斯基希望在年底前達成停火。", []),
        ("觀察人士指出，川普拒絕對俄加徵制裁。", []),
        ("Analysts said Putin rejected the offer.", []),
        # Near misses: a named speaker's report of another stays the named speaker's; a news agency
        # reporting a leader's words is a news sentence whose subject is the leader; a new clause
        # opening with its own subject is that subject's.
        ("普丁認為，川普希望盡快結束戰爭。", ["vladimir-putin"]),
        ("路透社報導稱，澤倫斯基表示願意與普丁會晤。", ["volodymyr-zelensky"]),
        ("Analysts said Putin rejected the offer, but Zelensky insisted the talks would go on.", ["volodymyr-zelensky"]),
        # A name after "of" is whom the subject belongs to or is about, as after "for" (critics of Trump).
        ("Critics of Trump said the plan rewards Putin.", []),
        ("Trump told critics of the plan that it was fair.", ["donald-trump"]),
        # A quotation about a leader closed by someone the gazetteer lacks is that person's.
        ("Putin is “not ready for peace,” Jeff Kingsley, a professor at Temple University, told Time magazine.", []),
        ("Putin is “not ready for peace,” a European diplomat told Reuters.", []),
        # near misses: closed by a known speaker, named before or after the verb
        ("Putin is “ready for a deal,” Trump told Fox News.", ["donald-trump"]),
        ("Putin is “not ready for peace,” said Kaja Kallas, the EU foreign policy chief.", ["kaja-kallas"]),
        ("“We will not cede territory,” Ukrainian President Volodymyr Zelensky told reporters.", ["volodymyr-zelensky"]),
        ("“We are close,” Witkoff, Trump's envoy to the Middle East, said on Sunday.", ["steve-witkoff"]),
        ("“We are ready,” Zelensky, speaking at the Munich Security Conference, said.", ["volodymyr-zelensky"]),
    ],
)
def test_a_commentators_reading_of_a_leader_is_not_the_leaders_word(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The talks' negotiators as the outlets of Taiwan, Hong Kong and the mainland write them.
        ("乌克兰外长瑟比加27日说，泽连斯基已准备好同普京会晤。", ["andrii-sybiha"]),
        ("烏克蘭外交部長瑟比哈表示，基輔不會承認任何佔領。", ["andrii-sybiha"]),
        ("俄方代表团团长梅金斯基在会谈中提议短暂停火。", ["vladimir-medinsky"]),
        ("Medinsky said Russia would hand over the bodies of 6,000 soldiers.", ["vladimir-medinsky"]),
        ("布達諾夫表示，阿布達比會談將繼續。", ["kyrylo-budanov"]),
        ("Kostyukov told the Ukrainian delegation that Moscow wanted all of Donetsk.", ["igor-kostyukov"]),
        # Near miss: a rendering's characters inside another word name no one.
        ("這份比加拿大更早提出的方案仍未獲回應。", []),
    ],
)
def test_the_negotiators_of_each_side_are_known_by_their_renderings(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, quoted",
    [
        # conceding what was said, the writer's main clause after 但 is not the speaker's
        ("儘管澤倫斯基表示，安全保障已與美國「百分之百」達成一致，但我們不知道具體內容。",
         "儘管澤倫斯基表示，安全保障已與美國「百分之百」達成一致…"),
        # near misses: a main clause that reports words is still someone's; a concession inside what
        # was said is the speaker's own
        ("雖然普丁表示願意談判，但他也承認，領土問題沒有讓步空間。", "雖然普丁表示願意談判，但他也承認，領土問題沒有讓步空間。"),
        ("澤倫斯基表示，雖然壓力很大，但烏克蘭不會割讓領土。", "澤倫斯基表示，雖然壓力很大，但烏克蘭不會割讓領土。"),
        # ... nor the writer's concession before the speaker's own clause, whose 但 is the speaker's
        ("儘管談判破裂，澤倫斯基表示烏克蘭仍願意對話，但前提是俄方必須先停火。", "儘管談判破裂，澤倫斯基表示烏克蘭仍願意對話，但前提是俄方必須先停火。"),
    ],
)
def test_a_concession_of_what_was_said_ends_the_speakers_clause_before_the_writers(text, quoted):
    from generator.compose.excerpts import attributed

    ap = ANNOTATOR.paragraph(Paragraph("p1", text, 1), None)
    assert [attributed(ap, a) for a in ap.attributions] == [quoted]


def test_speaker_sentences_written_by_someone_who_saw_neither_code_nor_corpus_stay_found():
    """tests/fixtures/speakers_heldout (its README): the figures of round 21 are the floors, so a
    change that loses any of them fails here (scripts/speakers_heldout.py prints the misses)."""
    import sys
    sys.path.insert(0, str(ROOT / "scripts"))
    from speakers_heldout import FOLDER, score
    # chinese.json's writer was given people only: two sentences the Kremlin speaks (克宮隨即表示…) and
    # one an unnamed US official speaks (一名不愿透露姓名的美国官员说), which LABELLING.md credits, count as
    # wrong there since 克宮 is known and 不願透露 is no verb of saying (round 26)
    floors = {"chinese.json": (0.934, 1.0), "roles_en.json": (0.983, 1.0), "english_tune.json": (0.949, 0.889),
              "english_check.json": (0.887, 0.94), "chinese_long_tune.json": (0.938, 0.952),
              "chinese_long_check.json": (0.883, 0.946), "roles2_tune.json": (0.966, 0.933), "roles2_check.json": (0.914, 0.898),
              "readouts_tune.json": (1.0, 0.818), "readouts_check.json": (0.8, 1.0), "aides_check.json": (0.761, 0.972),
              "forms_tune.json": (0.889, 0.96), "forms_check.json": (0.943, 0.962), "frames_check.json": (0.918, 0.907),
              "relayed_check.json": (0.947, 0.857), "joint_check.json": (0.896, 0.801), "sharp_check.json": (0.941, 0.914),
              "titled_tune.json": (0.957, 0.917), "titled_check.json": (0.885, 0.793),
              "broad_tune.json": (0.904, 0.908), "broad_check.json": (0.921, 0.958), "stance_check.json": (0.939, 0.836),
              "what_check.json": (0.985, 0.759), "rebuttals_check.json": (0.98, 0.924),
              "sequence_check.json": (0.905, 0.792), "strangers_check.json": (0.822, 0.957), "pronouns_tune.json": (0.907, 0.918),
              "strangers_tune.json": (0.795, 1.0), "inverted_check.json": (0.918, 0.989), "voices_check.json": (0.821, 0.813)}
    for name, (precision, recall) in floors.items():
        tp, fp, fn = score(FOLDER / name, ANNOTATOR)
        assert round(tp / (tp + fp), 3) >= precision and round(tp / (tp + fn), 3) >= recall, (name, tp, fp, fn)


def test_speaker_sets_read_as_a_build_reads_them_learning_their_names_first_stay_found():
    """The same sets with the names a build would learn from their own stories first (annotate/learn:
    "…, said X, a senior fellow …. He added" is X's), credits to learned people not scored: round 33's
    figures are the floors."""
    import sys
    sys.path.insert(0, str(ROOT / "scripts"))
    from speakers_heldout import FOLDER, score
    floors = {"aides_check.json": (0.761, 0.972), "asked_check.json": (0.894, 0.869), "broad_check.json": (0.921, 0.967),
              "broad_tune.json": (0.923, 0.928), "chinese.json": (0.934, 1.0), "chinese_long_check.json": (0.9, 0.964),
              "chinese_long_tune.json": (0.954, 0.984), "english_check.json": (0.887, 0.94), "english_tune.json": (0.949, 0.889),
              "forms_check.json": (0.943, 0.962), "forms_tune.json": (0.889, 0.96), "frames2_check.json": (0.917, 0.835),
              "frames_check.json": (0.918, 0.907), "inverted_check.json": (0.928, 0.989), "joint_check.json": (0.896, 0.801),
              "pronouns_check.json": (0.881, 0.831), "pronouns_tune.json": (0.907, 0.918), "readouts_check.json": (0.857, 1.0),
              "readouts_tune.json": (1.0, 0.818), "rebuttals_check.json": (0.98, 0.924), "relayed_check.json": (0.947, 0.857),
              "roles2_check.json": (0.914, 0.898), "roles2_tune.json": (0.966, 0.933), "roles_en.json": (0.983, 1.0),
              "sequence_check.json": (0.905, 0.792), "sharp_check.json": (0.941, 0.914), "stance_check.json": (0.939, 0.836),
              "strangers_check.json": (0.838, 0.957), "strangers_tune.json": (0.843, 1.0), "titled_check.json": (0.885, 0.793),
              "titled_tune.json": (0.957, 0.917), "what_check.json": (0.985, 0.759), "voices_check.json": (0.853, 0.813)}
    for name, (precision, recall) in floors.items():
        tp, fp, fn = score(FOLDER / name, None)
        assert round(tp / (tp + fp), 3) >= precision and round(tp / (tp + fn), 3) >= recall, (name, tp, fp, fn)


@pytest.mark.parametrize("texts, expected", [
    # the nationality and office a person's title in briefing.yml names (德國總理, 英國首相, 俄羅斯外交部長)
    (("Chancellor Friedrich Merz hosted Zelensky in Berlin.", '"There is a real chance," said the German chancellor.'),
     [[], ["friedrich-merz"]]),
    (("Starmer convened a call on Saturday.", '"We will stand with Ukraine," said the British prime minister.'),
     [[], ["keir-starmer"]]),
    (("Lavrov met Rubio in Riyadh.", "The Russian foreign minister said the talks were useful."), [[], ["sergei-lavrov"]]),
    # near misses: a nationality no one named has, a former holder, an office nobody was named with
    (("Chancellor Friedrich Merz hosted Zelensky in Berlin.", '"There is a real chance," said the Spanish prime minister.'),
     [[], []]),
    (("Chancellor Friedrich Merz hosted Zelensky in Berlin.", '"There is a real chance," said the French chancellor.'),
     [[], []]),
    (("Lavrov met Rubio in Riyadh.", "The Russian defence minister said the talks were useful."), [[], []]),
    # (reviewer 66) a prime minister is no foreign minister, 總理 is a chancellor only in Germany and
    # Austria, a former holder is no holder, a title's first country is its holder's
    (("Lavrov met Rubio in Riyadh on Tuesday.", "The Russian prime minister said the economy would withstand new sanctions."),
     [[], []]),
    (("Tusk and Sikorski met Zelensky in Warsaw.", '"We stand with Kyiv," said the Polish prime minister.'), [[], ["donald-tusk"]]),
    (("Orbán met Putin in Moscow on Friday.", "In Berlin, the chancellor said the visit undermined European unity."), [[], []]),
    (("Trump hosted Zelensky at the White House on Monday. Former President Joe Biden attended a memorial in Delaware.",
      '"We will get a deal," said the American president.'), [[], ["donald-trump"]]),
])
def test_a_role_noun_with_a_nationality_stands_for_the_one_whose_title_names_both(texts, expected):
    """"The German chancellor" is the person briefing.yml titles 德國總理: the title's country gives
    the nationality (Babel's English name, or the adjective where it is no prefix of it: British)
    and its office words (外交: foreign). Before, a nationality the text had not written beside the
    name made the role noun stand for no one."""
    assert by_paragraph(*texts) == expected


@pytest.mark.parametrize("texts, expected", [
    # two people named last with the role: the bare role noun is neither of them
    (("Foreign Minister Andrii Sybiha met Foreign Minister Sergei Lavrov in Istanbul.",
      "The foreign minister told reporters the talks had been frank."), [[], []]),
    (("President Donald Trump spoke with President Vladimir Putin by phone on Monday.",
      'The president said afterwards that the call had gone "very well".'), [[], []]),
    # near misses: a qualifier that tells them apart, one of them a former holder, one named long before
    (("Foreign Minister Andrii Sybiha met Foreign Minister Sergei Lavrov in Istanbul.",
      "The Russian foreign minister told reporters the talks had been frank."), [[], ["sergei-lavrov"]]),
    (("Former Chancellor Olaf Scholz said Berlin should keep talking to Moscow. Chancellor Friedrich Merz said that was naive.",
      "The German chancellor said Russia wanted no peace."), [["olaf-scholz", "friedrich-merz"], ["friedrich-merz"]]),
])
def test_a_role_noun_two_people_named_last_hold_stands_for_neither(texts, expected):
    """A helper's role stories (roles2): "the foreign minister" after Sybiha and Lavrov were both
    named so, "the president" after Trump called Putin, is no one; a former holder holds no role."""
    assert by_paragraph(*texts) == expected


@pytest.mark.parametrize("texts, expected", [
    # someone nameless who serves the one named: no one speaks (as "Zelensky's spokesman said")
    (("Zelensky met Macron in Paris.", "The talks were useful, a spokesman for the Ukrainian president said."), [[], []]),
    # a reporting clause after a name is no apposition giving that name a role
    (("Zelensky met Macron, a spokesman for the Ukrainian president said.", "The president said the talks were useful."), [[], []]),
    # near misses: the role holder himself, a true apposition
    (("Zelensky met Macron in Paris.", "The talks were useful, the Ukrainian president said."), [[], ["volodymyr-zelensky"]]),
    (("Umerov, Ukraine's chief negotiator, said the talks were useful.",), [["rustem-umerov"]]),
])
def test_a_nameless_aide_of_someone_named_speaks_for_no_one(texts, expected):
    """A helper's readout story: "…for a meeting with Macron, a spokesman for the Ukrainian
    president said" made Macron a spokesman (an apposition) and the sentence Zelensky's."""
    assert by_paragraph(*texts) == expected


@pytest.mark.parametrize("texts, expected", [
    # 這位 and a description: the one just spoken of, as 他 is
    (("俄羅斯外長拉夫羅夫週一在莫斯科批評，部分歐洲國家破壞對話。這位資深外交官又指，歐盟的方案只是為了拖延時間。",),
     [["sergei-lavrov", "sergei-lavrov"]]),
    (("澤倫斯基週二在基輔表示，烏克蘭不會放棄東部。這位前喜劇演員出身的總統並說，和平必須公正。",),
     [["volodymyr-zelensky", "volodymyr-zelensky"]]),
    # near misses: a role noun whose holder the text names (這位俄羅斯總統 after Trump spoke is Putin),
    # a nameless official (這名官員), and no one spoken of before
    (("普丁週一會見威特科夫。川普表示會談順利。這位俄羅斯總統則說，俄方願意繼續對話。",),
     [["donald-trump", "vladimir-putin"]]),
    (("一名美國官員透露，會談順利。這名官員表示，雙方將再談。",), [["us-officials", "us-officials"]]),
    (("這位資深外交官表示，談判仍在進行。",), [[]]),
])
def test_this_person_described_is_the_one_just_spoken_of(texts, expected):
    """Chinese writers name a speaker again by 這位 and a description (a helper's long paragraphs:
    這位資深外交官又指 after Lavrov): the one just spoken of, unless a role names someone else."""
    assert by_paragraph(*texts) == expected


@pytest.mark.parametrize("texts, expected, language", [
    # (reviewer 73) 此前, 日前 and 前往 name no former holder
    (("普丁此前與美國總統川普通話兩小時。這位美國總統表示，通話非常成功。",), [["donald-trump"]], "zh-Hant"),
    (("澤倫斯基日前前往華府會見美國總統川普。美國總統表示，會談順利。",), [["donald-trump"]], "zh-Hant"),
    # 這位 and someone else than a figure of public life: an analyst, a soldier
    (("分析師李明表示，普丁不會在領土問題上讓步。這位分析師又指，戰爭仍將持續。",), [[]], "zh-Hant"),
    (("川普週二在白宮會見一名士兵。這位士兵表示，前線很艱苦。",), [[]], "zh-Hant"),
    # others' movements are news; a title after a name is that name's
    (("North Korean troops arrived in Kursk last week, Zelensky said.",), [["volodymyr-zelensky"]], "en"),
    (("A Russian drone landed in Poland on Wednesday, Tusk said.",), [["donald-tusk"]], "en"),
    (("呂特秘書長週二表示，北約將繼續支持烏克蘭。",), [["mark-rutte"]], "zh-Hant"),
    # two holders in different sentences: the one named last; "the former president" the former one
    (("French President Emmanuel Macron urged more sanctions on Monday. U.S. President Donald Trump, speaking at the "
      "White House, said he would decide within two weeks. The president also said he would speak to Putin.",),
     [["emmanuel-macron", "donald-trump", "donald-trump"]], "en"),
    (("President Donald Trump met former President Joe Biden at a funeral.", "The former president said the war must end."),
     [[], ["joe-biden"]], "en"),
    # a single quote closing a quotation inside a quotation ends no sentence
    (('"Zelensky told me \'we will fight to the end.\' Then he left the room," Witkoff said.',), [["steve-witkoff"]], "en"),
])
def test_what_reviewer_73_found_the_role_and_journey_rules_got_wrong(texts, expected, language):
    paragraphs = tuple(Paragraph(f"p{i}", t, i) for i, t in enumerate(texts, 1))
    source = Source("s", "s.txt", "text", "t", None, "2026-01-15", None, language, paragraphs, ())
    assert [[a.entity for a in ap.attributions] for ap in ANNOTATOR.source(source).paragraphs] == expected


@pytest.mark.parametrize("text, expected", [
    ("Russian President Vladimir Putin spoke with Hungary's prime minister, the Kremlin said, as officials began "
     "laying the groundwork for a summit.", []),
    ("Rubio met Lavrov in Riyadh on Tuesday, according to the White House.", []),
    ("The Kremlin said Putin had spoken with Orbán by phone on Friday.", []),
    ("Zelensky said he had met Witkoff in Berlin.", []),
    # near misses: what the readout says of the call, a matter discussed, an agreement, a quotation,
    # a second verb of saying
    ("Putin held a useful call with Orbán, the Kremlin said.", ["kremlin"]),
    ("Putin and Orbán discussed the summit by phone, the Kremlin said.", ["kremlin"]),
    ("Zelensky said he met Trump and that they agreed on a new round.", ["volodymyr-zelensky"]),
    ("Putin told Orbán that Russia was ready, the Kremlin said.", ["vladimir-putin", "kremlin"]),
    ('Putin spoke with Orbán, the Kremlin said: "a good conversation."', ["kremlin"]),
    # a meeting inside what was said, not the report itself (the third held-out set's d_en.md)
    ("Ushakov said the proposals built on understandings Putin and Trump reached when they met in Alaska.", ["yuri-ushakov"]),
    # more than whom, where and when (reviewer 66): met as fulfilled, a judgement, a second act
    ("Ukraine has fully met its obligations, Sybiha said.", ["andrii-sybiha"]),
    ("Moscow has met none of the conditions for a truce, Macron said.", ["emmanuel-macron"]),
    ("The US and Russia met behind Ukraine's back, Zelensky said.", ["volodymyr-zelensky"]),
    ("Witkoff met Putin without any mandate from Europe, Merz said.", ["friedrich-merz"]),
    ("Putin met Witkoff and ruled out any territorial concession, the Kremlin said.", ["kremlin"]),
    ("Zelensky said he met Trump but would never surrender Donbas.", ["volodymyr-zelensky"]),
    ("Russia held talks with North Korea on sending more troops, Zelensky said.", ["volodymyr-zelensky"]),
    ("Europe has spoken with one voice against the plan, Macron said.", ["emmanuel-macron"]),
    ("Witkoff met Putin in Moscow on Thursday, the Kremlin said, adding that the meeting had been constructive.", ["kremlin"]),
    # a journey is a plain action too (a helper's readout stories); with what it is for, it says more
    ("Witkoff arrived in St Petersburg on Friday, the Kremlin said.", []),
    ("Zelensky flew to Paris on Tuesday for a meeting with Macron, the Ukrainian presidency said.", []),
    ("Witkoff arrived in Moscow with a new proposal on territory, the Kremlin said.", ["kremlin"]),
])
def test_a_readout_of_a_call_or_a_meeting_is_no_ones_position(text, expected):
    """LABELLING.md: a plain action (meeting, phoning) is not a position, and a sentence whose only
    verb of saying reports one is not either ("…, the Kremlin said" of a call: real-world e016, the
    one position the tuning half's pages showed wrongly)."""
    assert speakers(text) == expected


def test_the_nationality_of_a_title_is_its_first_countrys_and_none_for_a_former_holder():
    from generator.annotate.countries import nationality
    from generator.annotate.speakers.roles import in_office, office_words
    assert nationality("美国乌克兰与俄罗斯问题特使") == "united states american"  # not Russian
    assert nationality("英国首相") == "united kingdom british" and nationality("俄罗斯外交部长") == "russia"
    assert not in_office("德国前总理") and in_office("美国总统特使（中东、俄乌）") and not in_office("美国前总统（2021–2025）")
    assert office_words("英国首相") == "prime" and office_words("匈牙利总理") == "prime" and office_words("德国总理") == ""


@pytest.mark.parametrize("text, expected", [
    # the speaker in a passive clause, after "by", a few words or a quotation away
    ("The offer was rejected on Friday by the Ukrainian foreign minister, Andrii Sybiha.", ["andrii-sybiha"]),
    ('The proposal was described as "a trap, not a plan" by Sybiha at a briefing in Kyiv.', ["andrii-sybiha"]),
    ("A point stressed by Kallas in Brussels was that Europe must sit at the table.", ["kaja-kallas"]),
    ("Zelensky was told by Trump that the deal was off.", ["donald-trump"]),
    # near misses: no one named after "by", an action, "by" in the speaker's own clause, a participle
    # inside the subject
    ("Kyiv's proposal was rejected by Moscow's negotiators on Friday.", []),
    ("The draft was written by Witkoff and Dmitriev in Miami.", []),
    ("Zelensky said by video link that the plan was dead.", ["volodymyr-zelensky"]),
    ("Trump, praised by Putin, said the talks went well.", ["donald-trump"]),
    # "according to" a role and the name in apposition to it, or a title before the name
    ("Russia is ready to talk, according to the Kremlin spokesman, Dmitry Peskov.", ["dmitry-peskov"]),
    ("According to Ukraine's foreign minister, Andrii Sybiha, the talks were useful.", ["andrii-sybiha"]),
    ("No guarantee will come before a truce, according to Secretary of State Marco Rubio.", ["marco-rubio"]),
    ('"We will not give up land," said the Ukrainian president, Volodymyr Zelensky, on Tuesday.', ["volodymyr-zelensky"]),
    ("The point was emphasised at the Munich conference by the Polish minister of foreign affairs, Radoslaw Sikorski.",
     ["radoslaw-sikorski"]),
    # a relative clause's verb is the name's it follows
    ("A deal needs concessions from President Volodymyr Zelensky, who has repeatedly ruled out ceding land.",
     ["volodymyr-zelensky"]),
    ("The court ruled out an appeal.", []),
    # a noun of saying, its speaker after "from", what was said after "that"
    ("Kyiv is under pressure amid accusations from President Donald Trump that Zelensky is stalling.", ["donald-trump"]),
    ("The remarks by Putin drew criticism in Kyiv.", []),
    ("Lavrov echoed Rubio's remarks and told reporters that the talks were useful.", ["sergei-lavrov"]),
    # near misses: the name opens what was said; a plan, not a person
    ("According to the official, Putin's aides are divided.", []),
    ("According to Trump's plan, Ukraine would cede Donbas.", []),
    # less common verbs of saying
    ("Lavrov remarked that the talks had been useful.", ["sergei-lavrov"]),
    ("Peskov countered on Monday that Europe had no place at the table.", ["dmitry-peskov"]),
    ("Rubio pointed out that Washington had not changed its position.", ["marco-rubio"]),
    # near misses: the same words in other senses
    ("Zelensky maintained sanctions on Russian banks.", []),
    ("The markets countered the slide on Monday.", []),
])
def test_a_passive_agent_an_apposed_name_and_rarer_verbs_of_saying_name_the_speaker(text, expected):
    """Forms a fourth writer's stories (tests/fixtures/speakers_heldout/forms_*.json) cover: the one
    who speaks is named after "by", after a role in apposition, or with a rarer verb."""
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("消息是烏克蘭外交部長瑟比哈透露的。", ["andrii-sybiha"]),
    ("這番話是佩斯科夫在記者會上說的。", ["dmitry-peskov"]),
    ("白宮國家安全顧問沃爾茨明言，會包括長期安全保證。", ["michael-waltz"]),
    ("英法的維和構想，周四被拉夫羅夫斥為「完全不可接受」。", ["sergei-lavrov"]),
    # a title between 被 and the name (round 32; reviewer 81 had shown the agent then taking the next clause's
    # words, so a passive's verb now takes none after it)
    ("英法的維和構想，周四被俄羅斯外長拉夫羅夫斥為「完全不可接受」。", ["sergei-lavrov"]),
    ("美方方案遭到烏克蘭總統澤倫斯基拒絕，克宮發言人佩斯科夫對此表示歡迎。", ["volodymyr-zelensky", "dmitry-peskov"]),
    ("遭到美國總統川普斥責的澤倫斯基週五表示，烏克蘭不會讓步。", ["volodymyr-zelensky"]),
    # near misses: a cleft of an action, a denial, a question
    ("這份方案是威特科夫起草的。", []),
    ("這不是澤倫斯基說的。", []),
    ("這真的是普丁說的嗎？", []),
    # asked by reporters (被記者問及) is a time frame: the one asked speaks, not whom the question names
    ("白宮新聞秘書李威特在記者會上被記者問及威特科夫訪俄的目的時表示，此行是為了和平。", ["karoline-leavitt"]),
])
def test_a_cleft_a_passive_and_rarer_chinese_verbs_name_the_speaker(text, expected):
    assert speakers(text) == expected


def test_a_pronoun_after_someone_titled_but_unknown_is_not_taken_as_the_last_speakers_for_sure():
    """“…,” he declared after "After Trump remarked …, Canadian Prime Minister Mark Carney fired back":
    he may be Carney, so Trump's credit is marked crossed, and pages do not show it (real-world e002)."""
    text = ("Trump said the trade talks were over. A day after Trump remarked that Canada depends on the "
            "United States, Canadian Prime Minister Mark Carney fired back on Thursday. “Canada thrives on "
            "its own,” he declared, appearing to respond.")
    found = ANNOTATOR.paragraph(Paragraph("p1", text, 1), dt.date(2026, 1, 15)).attributions
    assert [(a.entity, a.how) for a in found if a.sentence == 2] == [("donald-trump", "pronoun-crossed")]


@pytest.mark.parametrize("text, expected", [
    # a passive's agent speaks only when no verb of the sentence follows (reviewer 77)
    ("Zelensky was criticized by Trump on Friday and said he would not resign.", ["volodymyr-zelensky"]),
    ("Asked by Zelensky about security guarantees, Trump said the US would help.", ["donald-trump"]),
    ("Urged by Macron to hold firm, Zelensky said Ukraine would not give up Donbas.", ["volodymyr-zelensky"]),
    ("Demands by Putin that Ukraine withdraw from Donbas were rejected by Zelensky.", ["volodymyr-zelensky"]),
    ("澤倫斯基被川普痛斥後，週五在基輔表示，他願意舉行選舉。", ["volodymyr-zelensky"]),
    ("澤倫斯基在白宮遭川普和范斯斥責，他事後在社群媒體上說，烏克蘭感謝美國。", ["volodymyr-zelensky"]),
    ("普丁的提議遭到澤倫斯基駁斥，他表示俄方毫無誠意。", ["volodymyr-zelensky"]),
    # a name that labels someone else, an action noun's "by", a title before 的 or after 被迫
    ("The plan was described as dead on arrival by former Trump adviser John Bolton.", []),
    ("The deal was praised by Trump allies in Congress.", []),
    ("The ceasefire was confirmed hours after a visit by Witkoff to Moscow.", []),
    ("這份方案被烏克蘭總統澤倫斯基的前顧問阿列斯托維奇批評為「投降書」。", []),
    ("澤倫斯基被迫向俄羅斯總統普丁承諾不加入北約。", []),
    # apposition: the name must hold the role and close its own clause
    ("According to the Kremlin spokesman, Witkoff, Kushner and Dmitriev met for five hours.", []),
    ("According to the Kremlin spokesman, Zelensky, not Moscow, is blocking a deal.", []),
    ("According to the former Ukrainian president, Zelensky, who took office in 2019, has no mandate.", []),
    ("According to the EU's foreign policy chief, Kaja Kallas, the bloc will not recognise it.", ["kaja-kallas"]),
    # a relative clause: not a passive, not "who he said", not someone's aide, not inside another's sentence
    ("Trump spoke warmly of Putin, who he said wants to end the war.", ["donald-trump"]),
    ("Zelensky met Trump, who was criticized by Merz for his stance.", ["friedrich-merz"]),
    ("Umerov met an aide to Witkoff, who told him the plan was final.", []),
    # clefts of what was said only
    ("這不可能是澤倫斯基說的。", []),
    ("很多人都以為這是川普說的。", []),
    ("這句話顯然是衝著澤倫斯基說的。", []),
    ("這是基輔最擔心川普承認的。", []),
    # verbs in their sense of acting
    ("Putin escalated, and Zelensky countered, launching drones at Moscow.", []),
    ("Trump asserted his authority over the talks by firing Waltz.", []),
    ("Zelensky pointed out Russian positions on a map.", []),
])
def test_what_a_reviewer_showed_the_new_speaker_forms_must_not_credit(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # reviewer 81: 被 with 問 inside another word, a participle's own "by", a role of someone else's,
    # whose relative, a noun of what was not said, hedged clefts, an outlet's 指稱
    ("The ceasefire was dismissed as a trap set by Putin.", []),
    ("The 28-point plan was criticized as a wish list drafted by Dmitriev.", []),
    ("According to a spokesman for President Zelensky, the talks were constructive.", []),
    ("The plan was rejected by a spokesman for President Putin.", []),
    ("Kyiv Post spoke to a businessman close to Putin, who said the Kremlin wants a deal.", []),
    ("Sybiha spoke with a representative of Putin, who said Moscow was ready.", []),
    ("Zelensky sought assurances from Trump that Washington would back any deal.", []),
    ("Zelensky, facing threats from Trump to cut off weapons, said Ukraine would keep fighting.", ["volodymyr-zelensky"]),
    ("Peskov brushed aside claims by Zelensky about Russian losses and said the offensive was going to plan.", ["dmitry-peskov"]),
    ("這正是川普期待普丁承諾的。", []),
    ("這應該是普丁說的。", []),
    ("這句話並非是川普說的。", []),
    ("俄媒指稱，川普已承諾不再援助烏克蘭。", []),
    ("Zelensky pressed for comments from Rubio that the plan was not final.", []),
    ("Claims by a spokesman for President Putin that Kyiv had shelled the plant were denied.", []),
    ("Remarks by Trump that angered Kyiv were later walked back by the White House.", []),
    ("Zelensky met Trump at the White House, who praised him, and later told reporters he was hopeful.", ["volodymyr-zelensky"]),
    ("澤倫斯基被普丁顧問烏沙科夫斥為「非法總統」。", ["yuri-ushakov"]),
])
def test_what_a_second_reviewer_showed_the_new_speaker_forms_must_not_credit(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people named together as the subject of one verb of saying speak together
    ("馬克宏與梅爾茨表示，歐洲支持烏克蘭。", ["emmanuel-macron", "friedrich-merz"]),
    ("法國總統馬克宏與德國總理梅爾茨發表聯合聲明指出，歐洲將提供安全保證。", ["emmanuel-macron", "friedrich-merz"]),
    ("英法德三國領袖馬克宏、施凱爾與梅爾茨表示，歐洲支持烏克蘭。", ["emmanuel-macron", "keir-starmer", "friedrich-merz"]),
    ("Rubio and Witkoff told reporters the talks had been productive.", ["marco-rubio", "steve-witkoff"]),
    ("French President Emmanuel Macron and German Chancellor Friedrich Merz said Europe would offer guarantees.",
     ["emmanuel-macron", "friedrich-merz"]),
    # near misses: the second is the first one's partner in an act, or named in another clause
    ("澤倫斯基與川普通話後表示，烏方不會讓步。", ["volodymyr-zelensky"]),
    ("澤倫斯基與川普會面時表示，烏方需要安全保證。", ["volodymyr-zelensky"]),
    ("Zelensky met Trump and said Ukraine would not give up land.", ["volodymyr-zelensky"]),
    ("After Trump and Putin spoke by phone, Putin said the talks were useful.", ["vladimir-putin"]),
    ("Trump and Putin agreed to meet in Budapest, Peskov said.", ["dmitry-peskov"]),
    ("Macron spoke with Zelensky and Merz and said Europe must be at the table.", ["emmanuel-macron"]),
    # ... a reviewer's: whom the speaker receives, thanks or calls
    ("川普會見澤倫斯基與梅爾茨時表示，歐洲必須承擔更多責任。", ["donald-trump"]),
    ("梅爾茨感謝馬克宏與施凱爾時表示，歐洲必須團結。", ["friedrich-merz"]),
])
def test_people_named_together_as_the_subject_each_speak(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text", ["克宮無法證實普丁將出席峰會。", "克宫尚待证实普京将出席峰会。", "克宮未能證實普丁將出席峰會。",
                                  "佩斯科夫未作回應。", "佩斯科夫沒有做出回應。"])
def test_the_kremlin_unable_or_unwilling_to_confirm_states_nothing(text):
    assert speakers(text) == []


@pytest.mark.parametrize("text, expected", [
    # a title naming a leader first (和談特使) qualifies the one named after it, who speaks
    ("普丁和談特使德米特里耶夫表示，協議已接近完成。", ["kirill-dmitriev"]),
    ("普京的和谈特使德米特里耶夫表示，协议已接近完成。", ["kirill-dmitriev"]),
    # ... but a verb of saying before the title makes the first name the speaker of the rest
    ("川普表示拜登政府留下了爛攤子。", ["donald-trump"]),
    ("川普砲轟拜登政府留下爛攤子。", ["donald-trump"]),
    ("特朗普指责拜登政府把数千亿美元丢进无底洞。", ["donald-trump"]),
    # near misses: the aide named only as the leader's guest or the subject of another verb
    ("川普接見普丁和談特使德米特里耶夫。", []),
    ("普丁稱讚和談特使德米特里耶夫的表現。", ["vladimir-putin"]),
    ("拜登政府特使曾表示，援助將持續。", []),
])
def test_a_title_that_names_a_leader_first_qualifies_the_one_named_after_it(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive that closes a frame of time leaves the next verb to the one it happened to
    ("澤倫斯基被川普批評後表示，烏克蘭不會放棄領土。", ["volodymyr-zelensky"]),
    ("泽连斯基遭特朗普点名之后随即回应，乌克兰不会放弃领土。", ["volodymyr-zelensky"]),
    # near misses: the agent's own act, where and when it acted, and a frame with no one's words after it
    ("澤倫斯基被川普在會後批評不知感恩。", ["donald-trump"]),
    ("普丁的提議遭澤倫斯基駁斥。", ["volodymyr-zelensky"]),
    ("澤倫斯基的提議被川普在會談後拒絕。", ["donald-trump"]),
])
def test_a_passive_that_closes_a_frame_of_time_leaves_the_next_verb_to_its_subject(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one a passive modifier qualifies is the subject, not its agent, a comma after it or not
    ("遭川普當眾施壓的澤倫斯基，30日晚間在視訊談話中回應說，烏克蘭需要有尊嚴的和平。", ["volodymyr-zelensky"]),
    ("遭美國總統川普施壓的澤倫斯基，週五表示烏克蘭不會讓步。", ["volodymyr-zelensky"]),
    # a response not made, however it is qualified, states nothing
    ("克宮暫時不會作出正式回應。", []),
    ("克宮未作出正式回應。", []),
    ("美国白宫尚未对普京的讲话作出正式回应，特朗普当天在佛罗里达打高尔夫。", []),  # what it is about between
    ("克宮至今未就美方的新方案作出任何回應。", []),
    ("佩斯科夫表示，克宮不會作出任何回應。", ["dmitry-peskov"]),
    ("白宮週二對普丁的講話作出回應，稱會談仍在進行。", ["white-house"]),  # near miss: a response made
    ("克宮暫未就美方最新建議作出回應。", []),  # the proposal inside what is not answered is a noun
    # near misses (a reviewer's): what is not done inside the object of a stance, and 就任
    ("馬克宏對美方未就和平計畫與歐洲充分合作表示不滿。", ["emmanuel-macron"]),
    ("澤倫斯基對西方夥伴未就戰後重建做好協調工作表示不滿。", ["volodymyr-zelensky"]),
    ("川普還沒就任就作出承諾，要在24小時內結束戰爭。", ["donald-trump"]),
    # an English participle's subject is the sentence's, not a name inside its object
    ("Critics in parliament slammed Zelensky's decision to send Budanov to Abu Dhabi, arguing that he lacked experience.", []),
    # near misses: the agent acting in its own clause, and a sentence whose subject does speak
    ("普丁的提議遭澤倫斯基駁斥。", ["volodymyr-zelensky"]),
    ("Trump slammed the decision to send Budanov, arguing that he lacked experience.", ["donald-trump"]),
    ("In a statement on Monday, Trump criticised the plan, arguing that it rewarded Moscow.", ["donald-trump"]),
])
def test_an_agent_inside_a_modifier_or_an_object_is_not_the_subject(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reporting verb closing what was said without quotation marks names its speaker after it, not the
    # subject of what was said (round 33: before, Trump and Putin were credited)
    ("Trump wants a deal by Christmas, said Peskov.", ["dmitry-peskov"]),
    ("Putin is not in a hurry, said Ushakov on Tuesday.", ["yuri-ushakov"]),
    # near misses: a name that opens what was said or is spoken to, or qualifies someone else
    ("Ivan Petrovsky, a Moscow-based analyst, said Zelensky faces a hard choice.", []),
    ("Ivan Petrovsky, an analyst at the Carnegie Center, told Zelensky that the plan was weak.", []),
    ("The plan rewards Moscow, said Putin critic Ivan Petrovsky.", []),
    ("The plan rewards Moscow, said the Kremlin-connected analyst Sergei Markov.", []),
])
def test_a_closing_reporting_verb_without_quotation_marks_names_its_speaker_after_it(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname as Xinhua and Hong Kong outlets print it, for someone briefing.yml knew by another rendering;
    # not short ones that begin or end longer names (科斯塔 in 阿科斯塔, 巴羅 in 巴羅佐, 拉米 in 拉米雷斯): the corpus
    # teaches those per article (test_names)
    # not 沃爾茲: Xinhua writes Tim Walz so too (明尼蘇達州州長沃爾茲)
    ("明尼蘇達州州長沃爾茲批評川普的和平計畫。", []),
    ("丹麥首相弗雷澤里克森批評，美方的說法令人擔心。", ["mette-frederiksen"]),
])
def test_leaders_named_by_surname_alone_speak(text, expected):
    assert speakers(text) == expected


def test_tongshi_after_a_commentator_is_not_the_named_speaker_before():
    """Round 28 tried 同時 right before a verb as a sentence with no subject, continuing the last speaker; a
    reviewer showed it crossing a commentator or an unnamed official to the named speaker before them, and it
    was taken back (ACCURACY.md, round 28)."""
    said = speakers("澤倫斯基表示，烏克蘭想要和平。分析人士認為，和談前景不明。同時指出，歐洲的角色有限。")
    assert said == ["volodymyr-zelensky"]


def test_continued_and_went_on_after_a_quotation_are_verbs_of_saying():
    """“…,” Peskov continued. and “…,” he went on. report what was said (round 28, quotes_tune); elsewhere
    the words say that something lasted."""
    assert by_paragraph("Peskov said foreign troops were unacceptable.", "“Our position has not changed,” Peskov continued.")[1] \
        == ["dmitry-peskov"]
    assert by_paragraph("Kushner said the guarantees were real.", '"That is more than Ukraine was ever offered," he went on.')[1] \
        == ["jared-kushner"]
    assert speakers("Fighting around Pokrovsk continued.") == []
    assert speakers("The talks in Geneva went on for five hours, the Kremlin said.") == ["kremlin"]
    assert speakers("Russia's attacks on the grid continued overnight.") == []


def test_a_pronoun_after_a_quotation_is_not_a_name_inside_it():
    """「這一點普亭總統也理解。」他又說 goes on with the speaker of the paragraph before, not Putin, whom the
    quotation names (round 28, quotes_tune). Near miss: a name outside the quotation before it still is."""
    assert by_paragraph("魏科夫說，會談很有成效。", "「這一點普亭總統也理解。」他又說。")[1] == ["steve-witkoff", "steve-witkoff"]
    assert by_paragraph("魏科夫說，會談很有成效。", "普丁在會後接見了記者。「我們會繼續談。」他說。")[1][-1] == "vladimir-putin"


@pytest.mark.parametrize("text, expected, language", [
    # what a reviewer showed round 27's first speaker rules got wrong, each right again
    ("普丁和談判代表梅丁斯基都表示，俄方的立場沒有改變。", ["vladimir-putin", "vladimir-medinsky"], "zh-Hant"),
    ("川普力挺的特使威特科夫週三表示，與普丁的會面富有成效。", ["steve-witkoff"], "zh-Hant"),
    ("澤倫斯基遭川普冷落後川普又在社群媒體上表示，烏克蘭應該心懷感激。", ["donald-trump"], "zh-Hant"),
    ("受到批評的美國總統川普，週五在社群媒體上表示，他的和平計畫並非最終版本。", ["donald-trump"], "zh-Hant"),
    ("遭普丁點名的德總理梅爾茨，週六表示歐洲不會退縮。", ["friedrich-merz"], "zh-Hant"),
    ("澤倫斯基遭普丁顧問烏沙科夫點名後表示，俄方根本無意停火。", ["volodymyr-zelensky"], "zh-Hant"),
    ("澤倫斯基受到川普施壓後表示，烏克蘭不會在領土上讓步。", ["volodymyr-zelensky"], "zh-Hant"),
    ("Hours after Russian drones hammered the power grid Zelensky flew to Berlin, saying Ukraine needed more air defence.",
     ["volodymyr-zelensky"], "en"),
])
def test_what_a_reviewer_showed_round_27s_first_speaker_rules_got_wrong(text, expected, language):
    paragraphs = (Paragraph("p1", text, 1),)
    source = Source("s", "s.txt", "text", "t", None, "2026-01-15", None, language, paragraphs, ())
    assert [a.entity for ap in ANNOTATOR.source(source).paragraphs for a in ap.attributions] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a pronoun's object is not who speaks: the one the pronoun stands for is
    (("普京抵达阿拉斯加。他感谢特朗普主持此次会议，并建议下次会谈在莫斯科举行。",), [["vladimir-putin"]]),
    (("Putin arrived in Alaska on Friday, and he thanked Trump for hosting the meeting and suggested that the next talks be held in Moscow.",),
     [["vladimir-putin"]]),
    (("When he met Trump, Putin said the talks had been useful.",), [["vladimir-putin"]]),
    # 他 opening a clause between takes the sentence's subject up again for the verb after it
    (("普京首次获美国接待，他感谢特朗普主持此次会议，并笑着建议下次会谈在莫斯科举行。",), [["vladimir-putin"]]),
    # near misses: a name in a clause of its own after the pronoun speaks; a pronoun inside the quotation is no subject
    (("Zelensky left Geneva on Tuesday, and he was gone before Rubio said the talks had stalled.",), [["marco-rubio"]]),
    (("“He is not serious about peace,” Trump said of Putin.",), [["donald-trump"]]),
    # a reviewer's: a pronoun inside what qualifies the name, or in a frame closed before it; 他法; "and" opens a clause
    (("普丁週四在克里姆林宮接見美國代表團。與他會談的威特科夫事後表示，雙方在領土問題上仍有分歧。",), [["steve-witkoff"]]),
    (("普京周四会见了威特科夫。在他离开会场后佩斯科夫表示，会谈富有建设性。",), [["dmitry-peskov"]]),
    (("泽连斯基周一在基辅会见卡拉斯。别无他法的泽连斯基表示，乌克兰将接受在现有战线停火。",), [["volodymyr-zelensky"]]),
    (("European leaders gathered in Paris on Monday. They want a seat at the table and Macron said Europe must be part of any deal.",),
     [["emmanuel-macron"]]),
    # ... and 他 after someone else named, or 他的 of a possessor, takes no subject up again
    (("普京在克里姆林宫会见了维特科夫，他转交了特朗普的亲笔信，并表示美方希望尽快停火。",), [[]]),
    (("泽连斯基周三没有出席会议，他的顾问波多利亚克代为发言，并表示乌方拒绝割让领土。",), [[]]),
])
def test_a_name_after_a_pronoun_subject_in_its_clause_is_its_object(paragraphs, expected):
    assert by_paragraph(*paragraphs) == expected


@pytest.mark.parametrize("text, expected", [
    # "he" after two persons named together as a sentence's subject may be either: no one is credited
    ("Emmanuel Macron and Keir Starmer co-hosted a call of the coalition on Tuesday. He said twenty countries were ready to help.", []),
    ("川普與普丁15日在阿拉斯加舉行峰會，會談持續近3小時。他在會後的記者會上說，會談「具有建設性」。", []),
    ("乌沙科夫与德米特里耶夫当天一同出席了记者会。他表示，下一轮会谈将在阿布扎比举行。", []),
    # near misses: one subject meeting another person ("he" is the subject), and a pair's 他們, each of them
    ("Vladimir Putin received Steve Witkoff in the Kremlin on Thursday. He said Russia would reach its goals.", ["vladimir-putin"]),
    ("美國國務卿盧比歐18日在利雅德會見俄羅斯外長拉夫羅夫。他會後表示，美方希望恢復使館運作。", ["marco-rubio"]),
    ("美国特使威特科夫和库什纳2日在克里姆林宫与普京会谈。他们在返程前表示，会谈相当不错。", ["steve-witkoff", "jared-kushner"]),
    # ... and a pair that is not the subject (Orban offered to host Trump and Putin)
    ("Viktor Orban offered on Monday to host Donald Trump and Vladimir Putin in Budapest. He told state radio that Hungary was ready.",
     ["viktor-orban"]),
    # "she" that fits only one of the pair is hers; "they" is each of them
    ("Kaja Kallas and Marco Rubio met in Brussels on Tuesday. She said Europe must have a seat at the table.", ["kaja-kallas"]),
    # (an English "they" takes up no one: it may be a delegation, a government, the officials)
    ("Steve Witkoff and Jared Kushner met Vladimir Putin at the Kremlin. They said the meeting had been useful.", []),
])
def test_a_pronoun_after_a_pair_named_together_credits_neither(text, expected):
    assert by_paragraph(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # whom someone met, inside the relative clause or the 的 that qualifies them, is not who speaks
    ("A senior diplomat who met Marco Rubio in Brussels on Thursday described the talks as frank.", []),
    ("一名曾在日內瓦與盧比歐會面的外交官形容，會談氣氛坦率但緊張。", []),
    # near misses: the one who met them, named first, speaks; 與 + a verb without 的 is their own act
    ("Marco Rubio, who met European diplomats in Brussels, described the talks as frank.", ["marco-rubio"]),
    ("曾與普丁會面的川普表示，會談很有成效。", ["donald-trump"]),
    ("盧比歐與拉夫羅夫會面後表示，會談很有成效。", ["marco-rubio"]),
])
def test_whom_someone_met_inside_what_qualifies_them_is_not_who_speaks(text, expected):
    assert by_paragraph(text)[0] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # whom a question asks about is not who answers, even for a pronoun that may refer into a scene
    (("拉夫羅夫接受俄羅斯電視台專訪時批評歐洲國家。", "被問到外界關注的普丁與澤倫斯基會面時，他說，兩人會面必須經過充分準備。"),
     [["sergei-lavrov"], ["sergei-lavrov"]]),
    (("Lavrov spoke to Russian state television on Sunday.", "Asked about a meeting between Putin and Zelensky, he said it needed careful preparation."),
     [[], ["sergei-lavrov"]]),
    # near miss: the one asked, named before the question, answers
    (("澤倫斯基被問及是否會與普丁會面時表示，他願意在任何地點會面。",), [["volodymyr-zelensky"]]),
])
def test_whom_a_question_asks_about_is_not_who_answers(paragraphs, expected):
    assert by_paragraph(*paragraphs) == expected


@pytest.mark.parametrize("text, expected, language", [
    # what a reviewer showed round 30's first pair, relative-clause and question rules got wrong, each right again
    ("Vladimir Putin and his aide Yuri Ushakov received the American delegation. He said Russia had no plans to attack Europe.",
     ["vladimir-putin"], "en"),
    ("After Donald Trump and Vladimir Putin met in Anchorage, Trump flew back to Washington. He told reporters the meeting was a ten.",
     ["donald-trump"], "en"),
    ("川普和普丁在阿拉斯加會面後，川普搭乘空軍一號返回華府。他在機上對記者說，會談可以打十分。", ["donald-trump"], "zh-Hant"),
    ("Steve Witkoff, who met Vladimir Putin for five hours on Tuesday, left Moscow on Wednesday. He said a deal was closer than ever.",
     ["steve-witkoff"], "en"),
    ("烏克蘭總統澤倫斯基，週日在佛州海湖莊園會見川普。他表示，安全保證是最關鍵的問題。", ["volodymyr-zelensky"], "zh-Hant"),
    ("川普與普丁在阿拉斯加的峰會結束後都表示，會談富有成效。", ["donald-trump", "vladimir-putin"], "zh-Hant"),
    ("Washington floated a ceasefire along the front line, which even Vladimir Putin said could serve as a basis for talks.",
     ["vladimir-putin"], "en"),
    ("Nobody knows who will go but Rubio said Washington would send a strong team.", ["marco-rubio"], "en"),
    ("被問到停火問題時澤倫斯基停頓片刻，隨後表示，烏克蘭不會在壓力下讓步。", ["volodymyr-zelensky"], "zh-Hant"),
    ("與川普關係密切的參議員表示，對俄制裁法案將在下週表決。", [], "zh-Hant"),
])
def test_what_a_reviewer_showed_round_30s_first_speaker_rules_got_wrong(text, expected, language):
    paragraphs = (Paragraph("p1", text, 1),)
    source = Source("s", "s.txt", "text", "t", None, "2026-01-15", None, language, paragraphs, ())
    assert [a.entity for ap in ANNOTATOR.source(source).paragraphs for a in ap.attributions] == expected


@pytest.mark.parametrize("text, expected", [
    # characterising in quoted words, "as", a stance of rebuttal or dismissal, a post: the subject's position
    ('Merz termed the US offer of Article 5-style guarantees "remarkable," adding that Europe would do its part.', ["friedrich-merz"]),
    ('Kallas branded the proposal "a capitulation".', ["kaja-kallas"]),
    ('Sybiha dubbed the strike "a war crime".', ["andrii-sybiha"]),
    ('Peskov characterized the talks as "useful but difficult".', ["dmitry-peskov"]),
    ("Meloni voiced support for the plan on Tuesday.", ["giorgia-meloni"]),
    ("Kushner briefed reporters that the framework was nearly complete.", ["jared-kushner"]),
    ("Peskov struck an upbeat tone, describing the talks as constructive.", ["dmitry-peskov"]),
    ('Merz welcomed the plan as "a step forward".', ["friedrich-merz"]),
    ("Zelensky slammed the proposal as a reward for aggression.", ["volodymyr-zelensky"]),
    ("Peskov downplayed the significance of the talks.", ["dmitry-peskov"]),
    ("Zelensky pushed back on the demand to withdraw from Donbas.", ["volodymyr-zelensky"]),
    ('Zelensky hit back at Trump: "Ukraine is not for sale."', ["volodymyr-zelensky"]),
    ('"Putin is playing games," Kallas posted on X.', ["kaja-kallas"]),
    ('Rubio posted on X: "Productive talks in Geneva."', ["marco-rubio"]),
    ("澤倫斯基將這項提議比作「投降」。", ["volodymyr-zelensky"]),
    ("佩斯科夫把會談定調為「有益的」。", ["dmitry-peskov"]),
    ("盧比歐在X上發文：「我們還沒到那一步。」", ["marco-rubio"]),
    # near misses: a call, other senses of the verbs, what someone else called it, appositions, a post of a picture
    ("Trump called Putin on Tuesday to discuss the plan.", []),
    ('Witkoff called Dmitriev before the "peace summit" in Geneva.', []),
    ('Trump called off the planned "Budapest summit" with Putin.', []),
    ('Witkoff flew to Moscow to discuss what Zelensky dubbed a "dangerous" proposal.', []),
    ('Peskov answered questions from reporters who branded the meeting "historic."', []),
    ('Zelensky toured a drone factory dubbed the "Ukrainian Silicon Valley" in Kyiv.', []),
    ('Putin received Witkoff, whom Russian media dubbed "Trump\'s messenger", at the Kremlin.', []),
    ('Kushner and Witkoff, dubbed the "dream team" by the White House, flew to Moscow on Tuesday.', []),
    ("Witkoff, characterized by critics as a novice in diplomacy, met Putin for five hours.", []),
    ("Putin signed a decree describing the four regions as Russian territory.", []),
    ("Merz welcomed Zelensky in Berlin as a friend of Germany.", []),
    ("Witkoff briefed Kushner at a hotel that Trump owns in Miami.", []),
    ("Putin ordered his forces to hit back at targets that supply Ukraine's army.", []),
    ("Rutte visited Canadian soldiers posted to Latvia.", []),
    ("Zelensky posted photos on Telegram.", []),
    ("Trump slammed his fist on the table as Zelensky spoke.", []),
    ("A Russian drone slammed into a building in Kyiv as Zelensky met Witkoff.", []),
    ("Putin lashed out with a barrage of missiles on Kyiv.", []),
    ("澤倫斯基在X發布會談照片。", []),
    # a comma inside the closing quotation still ends the clause: "but" opens the next speaker's
    ('European officials dubbed the meeting "constructive," but Zelensky said little had changed.', ["european-officials", "volodymyr-zelensky"]),
    ('Rubio termed the meeting "constructive," and Zelensky said little had changed.', ["marco-rubio", "volodymyr-zelensky"]),
])
def test_characterising_and_rebutting_verbs_credit_their_subject_only(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after 把 or 將 (not a rank: 中將, 老將) the name is what the verb acts on, and so is one after 與 in 把X與Y
    ("外界將普丁比作「沙皇」。", []),
    ("歐洲把普丁視為最大威脅。", []),
    ("北約把普丁稱為「最大威脅」。", ["nato"]),
    ("俄羅斯媒體把德米特里耶夫與威特科夫比作「雙人組」。", []),
    ("烏克蘭中將烏梅洛夫表示，前線局勢穩定。", ["rustem-umerov"]),
    ("政壇老將奧班表示，歐盟不應再援助烏克蘭。", ["viktor-orban"]),
    # 小 before a name, 之子 or 之妻 after one: someone else of the family
    ("小川普表示，澤倫斯基是乞丐。", []),
    ("川普之子小川普在X發文：「澤倫斯基是乞丐。」", []),
    ("萬斯之妻烏莎表示，感謝所有支持者。", []),
    # near misses: 縮小 before a name is no junior; the leader who likens speaks
    ("普丁表示，俄方不會縮小要求。", ["vladimir-putin"]),
    ("川普把澤倫斯基稱為「獨裁者」。", ["donald-trump"]),
])
def test_whom_a_verb_likens_or_a_family_member_is_not_the_speaker(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a free relative's own subject speaks, not the sentence's: "what Zelensky said was …"
    ("Witkoff flew to Moscow to discuss what Zelensky said was a dangerous proposal.", ["volodymyr-zelensky"]),
    ("Trump met Putin in Alaska for what Zelensky described as a summit about Ukraine without Ukraine.", ["volodymyr-zelensky"]),
    ("Witkoff met Putin to discuss what US President Donald Trump has described as a fair deal.", ["donald-trump"]),
    # near misses: two people after "what" credit no one rather than the sentence's subject; what is unknown
    ("Witkoff flew to Moscow to discuss what Zelensky and Merz said was a dangerous proposal.", []),
    ("It is unclear what Witkoff said to Putin.", []),
    # what a reviewer showed the first version got wrong: a question or a refusal before "what", a thing named
    # after a preposition, the sentence's own speaker after it
    ("Leavitt would not reveal what Trump told Putin in the call.", []),
    ("It is unclear what Witkoff said was agreed in Moscow.", []),
    ("Rubio declined to say what Putin said was the final offer.", []),
    ("Vance wondered aloud what Zelensky had told European leaders.", []),
    ("Rubio was asked about what Putin had said on Thursday and replied that the talks were productive.", ["marco-rubio"]),
    # a verb inside "what X said" that only names a thing said states nothing in this sentence: its
    # speaker is the sentence's own (before, X was credited)
    ("Asked about what Putin said, Zelensky said Ukraine would never surrender.", ["volodymyr-zelensky"]),
    ("Peskov, commenting on what Trump said, told reporters that Moscow was ready for talks.", ["dmitry-peskov"]),
    ("Despite what Trump said on Friday, Merz said Europe would keep sanctions in place.", ["friedrich-merz"]),
    ("What Trump told Putin remains secret, Peskov said.", ["dmitry-peskov"]),
])
def test_the_subject_of_a_free_relative_speaks_not_the_sentences(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and" right after a verb of saying opens a second speaker: what was said never opens with it
    ('"We are closer than ever," Rubio said, and Zelensky said the talks had been useful.', ["marco-rubio", "volodymyr-zelensky"]),
    ("Trump said, and Vance confirmed, that aid would resume.", ["donald-trump", "jd-vance"]),
    ('"We are ready," Witkoff said, and Russian envoy Kirill Dmitriev said Moscow agreed.', ["steve-witkoff", "kirill-dmitriev"]),
    # near misses: a condition, a denial, hearsay, someone unknown or a verb phrase after "and"
    ('"Progress," Trump said, and if Putin says no, sanctions will follow.', ["donald-trump"]),
    ('"Progress," Trump said, and neither Putin nor Zelensky said otherwise.', ["donald-trump"]),
    ('"Progress," Trump said, and Putin allegedly told Witkoff he agreed.', ["donald-trump"]),
    ('"Progress," Trump said, and Putin ally Ramzan Kadyrov said Chechens would fight on.', ["donald-trump"]),
    ('"We will not give up land," Zelensky said, and flew to Berlin.', ["volodymyr-zelensky"]),
    ('"It was a good meeting," Trump said, and repeated on Friday that a deal was near.', ["donald-trump"]),
    # a named subject acting next (隨即, 隨後, 旋即) after a verb that is no telling
    ("川普批評普丁，澤倫斯基隨即反駁。", ["donald-trump", "volodymyr-zelensky"]),
    ("川普譴責俄羅斯的攻擊，澤倫斯基隨後表示感謝。", ["donald-trump", "volodymyr-zelensky"]),
    # near misses: what a verb of telling reports, an analyst, an act, a condition
    ("川普告訴記者，普丁隨後表示同意。", ["donald-trump"]),
    ("普丁表示，澤倫斯基隨即反駁了這個說法。", ["vladimir-putin"]),
    ("川普批評普丁，分析人士隨即指出，這是談判策略。", ["donald-trump"]),
    ("川普批評普丁，如果普丁隨後拒絕，制裁將會加重。", ["donald-trump"]),
])
def test_a_second_speaker_opens_with_and_or_a_word_of_sequence_after_the_first_verb(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # disputing, contradicting or echoing what another said is the subject's position, not the other's
    ("Kushner disputed what Peskov said about the map.", ["jared-kushner"]),
    ("Lavrov contradicted Witkoff's account of the meeting.", ["sergei-lavrov"]),
    ("Sybiha contradicted what Ushakov told reporters on Monday.", ["andrii-sybiha"]),
    ("Merz echoed what Macron said about security guarantees.", ["friedrich-merz"]),
    ("Vance echoed Trump's call for Europe to pay more.", ["jd-vance"]),
    # near misses: the adjective, a noun, a sound, no person, a report or rumour of it, neither of them
    ("The disputed territories remain the main obstacle.", []),
    ("Zelensky's widely disputed claim drew criticism.", []),
    ("Witkoff listed disputes that Zelensky called minor.", []),
    ("Sirens echoed across Kyiv as Zelensky met Witkoff.", []),
    ("The ruling echoed a decision from 2014.", []),
    ("A report that Zelensky rejected the plan was denied by Kyiv.", []),
    ("Rumours that Putin contradicted Lavrov's account spread in Moscow.", []),
    ("Neither Putin nor Lavrov disputed that the meeting took place.", []),
    # hearsay's verb yields to the sentence's speaker, and a passive's agent still speaks
    ("Asked about reports that Putin had rejected the plan Rubio said the talks would go on.", ["marco-rubio"]),
    ("Reports that Witkoff will travel to Moscow were confirmed by Peskov on Monday.", ["dmitry-peskov"]),
])
def test_disputing_contradicting_or_echoing_another_is_the_subjects_position(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive's agent named after a title alone, or before 的 and the act as a noun; the holder of a role
    # whose owner comes first ("by the EU's foreign policy chief, Kaja Kallas")
    ("英法的維和部隊構想，周四被俄羅斯外長拉夫羅夫斥為「完全不可接受」。", ["sergei-lavrov"]),
    ("欧洲方面提出的和平对案，24日被俄罗斯总统助理乌沙科夫批评为“完全没有建设性”。", ["yuri-ushakov"]),
    ("這一說法隨即遭到波蘭外長西科爾斯基的駁斥。", ["radoslaw-sikorski"]),
    ("The need for a seat at the table was stressed by the EU's foreign policy chief, Kaja Kallas.", ["kaja-kallas"]),
    # an act named as a noun takes no words after it: the next clause's speaker keeps theirs
    ("該報導遭到克宮的駁斥，發言人佩斯科夫表示這是假新聞。", ["kremlin", "dmitry-peskov"]),
    ("該計畫受到外界的批評，川普表示不在乎。", ["donald-trump"]),
    # near misses: the titled person is the object or in a modifier, the act negated or feared, an
    # administration's, a relative clause's head noun, a role between, title-case words after an owner
    ("被美國總統川普點名批評的克里姆林宮週一表示，俄方願意談判。", []),
    ("烏克蘭被要求向俄羅斯總統普丁讓步並表示拒絕。", []),
    ("該提議被烏克蘭總統澤倫斯基的幕僚長葉爾馬克形容為「投降」。", []),
    ("這項提議被俄羅斯外長拉夫羅夫的發言人札哈羅娃批評。", []),
    ("普丁並未受到川普的批評。", []),
    ("普丁擔心遭到川普的批評。", []),
    ("烏克蘭的計畫遭到川普政府的批評。", []),
    ("美方遭到普丁拒絕的提議包括立即停火。", []),
    ("Peace Plan Rejected by Trump's Call With Putin", []),
])
def test_a_passives_agent_after_a_title_or_before_its_act_as_a_noun(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # 他/he after a commentator or an unnamed source spoke is them, even when what 他 says names a leader
    (("佩斯科夫表示，會談有進展。", "本港國際關係學者陳志明認為，俄方的樂觀言論是為了拖延制裁。他指出，特朗普政府短期內難以施壓。"),
     [["dmitry-peskov"], []]),
    (("佩斯科夫表示，會談有進展。", "一位曾參與接待威特科夫的俄方官員透露，雙方討論了經濟合作。他說，細節將由德米特里耶夫跟進。"),
     [["dmitry-peskov"], []]),
    (("Peskov said the talks were useful.", "A senior Western diplomat said the gap remained wide. He added that Trump wanted a deal."),
     [["dmitry-peskov"], []]),
    # near misses: a leader named as the subject after them takes 他 again
    (("本港學者陳志明認為，俄方在拖延。佩斯科夫則表示，俄方願意談判。他說，會談將在下週舉行。",),
     [["dmitry-peskov", "dmitry-peskov"]]),
])
def test_a_pronoun_after_a_commentator_or_an_unnamed_source_is_theirs(paragraphs, expected):
    assert by_paragraph(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a name opening what was said right after the verb, or qualifying someone else, is not the speaker
    (("Representative Tom Harwood, a Texas Republican who sponsored a bill, said Trump had given the green light.",), [[]]),
    # an unknown full name after the verb is a stranger whose "He added" follows
    (("Peskov said the talks were useful.",
      "Russia will not compromise soon, said Michael Carter, a senior fellow at Carnegie. He added that Witkoff would fail."),
     [["dmitry-peskov"], []]),
    # ... and so is one opening the sentence, titles before the name
    (("Peskov said the talks were useful.",
      "Representative Alan Brooks, a Pennsylvania Republican, said the recording raised questions. He called for Witkoff to go."),
     [["dmitry-peskov"], []]),
    (("Zelensky said the talks were useful.",
      "Foreign Minister Andrii Sybiha, speaking in Kyiv, said the plan was flawed. He added that Kyiv wanted changes."),
     [["volodymyr-zelensky"], ["andrii-sybiha", "andrii-sybiha"]]),
    # a name inside a relative clause describing another speaker does not speak
    (("A person who attended the Kremlin meeting with Witkoff and Kushner said the atmosphere was cold.",), [[]]),
    # near misses: the listed person named after the verb, or the subject a relative clause describes, speaks
    (("The talks were useful, said Zelensky on Monday.",), [["volodymyr-zelensky"]]),
    (("Witkoff, who met Putin for five hours, said the talks were useful.",), [["steve-witkoff"]]),
    (("The talks were useful, said Ukrainian Foreign Minister Andrii Sybiha. He added that Kyiv was ready.",),
     [["andrii-sybiha", "andrii-sybiha"]]),
    # what a reviewer showed the first version losing: a second subject after the relative clause, "she"
    # after a stranger when the known speaker before is a woman
    (("European leaders who met in Paris on Tuesday and Zelensky said they backed the plan.",), [["volodymyr-zelensky"]]),
    (("Everyone who spoke at the summit including Macron said Europe must act.",), [["emmanuel-macron"]]),
    (('"Europe must step up," said Kallas. "Sanctions will stay," said Ivan Petrov. She added that talks would go on.',),
     [["kaja-kallas", "kaja-kallas"]]),
])
def test_a_name_after_the_verb_or_in_a_relative_clause_speaks_only_as_the_subject(paragraphs, expected):
    assert by_paragraph(*paragraphs) == expected
