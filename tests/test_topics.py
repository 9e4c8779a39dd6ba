"""Topic decisions on patterns real pages show: a weak signal pair in one sentence, wider terms in
every script, negotiators acting as such. Fixtures are written for these tests."""

import datetime as dt
from pathlib import Path

import pytest

from generator.annotate import Annotator
from generator.config import load_config
from generator.model import Paragraph

ROOT = Path(__file__).resolve().parent.parent
ANNOTATOR = Annotator(load_config(ROOT / "briefing.yml"))


def topics(text: str) -> set[str]:
    return {t.id for t in ANNOTATOR.paragraph(Paragraph("p1", text, 1), dt.date(2025, 12, 15)).topics}


@pytest.mark.parametrize("text", [
    "克宮顧問表示，如果烏克蘭不放棄頓巴斯，就不會有和平。",
    "The Kremlin wants Kyiv to give up the rest of Donetsk before any ceasefire.",
    "協議取決於頓巴斯地區的未來歸屬。",
])
def test_a_place_and_a_hint_in_one_sentence_decide_territory(text):
    assert "territory" in topics(text)


@pytest.mark.parametrize("text", [
    "俄軍在頓巴斯的攻勢持續，當地居民撤往西部。",  # the place alone is battlefield news
    "他表示將放棄參選。頓巴斯的戰事仍在持續。",  # hint and place in different sentences
])
def test_a_place_or_a_hint_alone_decides_nothing(text):
    assert "territory" not in topics(text)


@pytest.mark.parametrize("text, topic", [
    ("美國國務卿盧比奧表示，會談富有成果，仍待解決的問題並非無法克服。", "us-envoys"),
    ("Secretary of State Marco Rubio said a peace agreement might take time.", "us-envoys"),
    ("美國代表團抵達莫斯科。", "us-envoys"),
    ("Europe would contribute most of a reassurance force after a ceasefire.", "security-guarantees"),
    ("英法兩國擬派兵組成多國部隊，駐紮在烏克蘭後方。", "security-guarantees"),
    ("The declaration lays out legally binding commitments to support Ukraine.", "security-guarantees"),
    ("至少六位欧洲领导人将一同出席会谈。", "european-stance"),
    ("Russia controls about a fifth of Ukraine, some 19 percent of Ukraine in all.", "territory"),
])
def test_wider_terms_in_every_script(text, topic):
    assert topic in topics(text)


def test_a_negotiator_named_without_the_talks_is_not_on_the_envoys_page():
    assert "us-envoys" not in topics("美國國務卿盧比奧週二訪問牙買加，討論加勒比海安全。")
    assert "us-envoys" not in topics("Vice President JD Vance spoke at a rally in Ohio.")


def test_the_place_in_an_agency_dateline_is_not_what_the_story_is_about():
    assert "european-stance" not in topics("（中央社布魯塞爾17日綜合外電報導）美國特使凱洛格今天說，和平協議已接近達成。")
    assert "european-stance" in topics("美國特使凱洛格今天說，布魯塞爾不會接受這份協議。")


@pytest.mark.parametrize("text", [
    "會議後，普丁特使在社群媒體發文稱，討論內容很重要。",
    "In a surprise, Beijing sent its special envoy to the summit.",
])
def test_another_sides_envoy_is_not_a_us_envoy(text):
    assert "us-envoys" not in topics(text)


def test_a_us_envoy_is_still_one_beside_another_sides_name():
    assert "us-envoys" in topics("普丁22日會晤美國代表團，討論將近4小時。")
    assert "us-envoys" in topics("美國特使與俄羅斯特使在利雅德會面。")


def test_an_english_term_is_listed_once_and_found_in_its_regular_forms():
    from generator.annotate.topics import inflections
    assert inflections("cede") == ("cede", "cedes", "ceded", "ceding")
    assert "land swaps" in inflections("land swap")  # the last word of a phrase
    assert inflections("EU") == ("EU",)  # names and acronyms stay as written
    assert "territory" in topics("Zelenskyy said ceding the rest of Donetsk would not be accepted.")


def test_a_battlefield_report_naming_a_place_is_not_territory():
    assert "territory" not in topics("俄羅斯國防部23日稱，俄軍在札波羅熱方向又控制了一個居民點。")


def test_every_mention_of_a_negotiator_can_pair_with_a_hint():
    # Named first without the talks, then again beside them: the second sentence decides.
    assert "us-envoys" in topics("美國國務卿盧比奧週二抵達日內瓦。盧比奧隨後表示，會談富有成果。")
    # Near miss: the negotiator and the word of the talks never share a sentence.
    assert "us-envoys" not in topics("美國國務卿盧比奧週二抵達牙買加。會談將在下週舉行。")


def test_a_typographic_apostrophe_matches_like_a_straight_one():
    # not_after lists "Kremlin's"; pages set "Kremlin’s" as often.
    assert "us-envoys" not in topics("Talks were attended by the Kremlin’s investment envoy.")
    assert "us-envoys" in topics("Talks were attended by the president’s special envoy.")  # not another side's
    assert "security-guarantees" in topics("The allies would guarantee Ukraine’s security for decades.")


def test_an_english_hint_is_found_with_a_doubled_consonant():
    from generator.annotate.topics import inflections
    assert {"transferred", "transferring", "transfers"} <= set(inflections("transfer"))
    assert "territory" in topics("Most Ukrainians reject transferring the rest of Donetsk to Russian control.")
    # Near miss: the same verb with no contested place in its sentence.
    assert "territory" not in topics("Doctors are transferring the wounded from a hospital in Kharkiv.")


@pytest.mark.parametrize("text", [
    "美國防長上週在布魯塞爾直言，這份計畫不切實際。",
    "The defence secretary told reporters in Brussels that the plan was unrealistic.",
])
def test_a_place_hint_that_says_where_is_no_european_stance(text):
    assert "european-stance" not in topics(text)


@pytest.mark.parametrize("text", [
    "布魯塞爾不會接受這份協議。",  # the place as the actor
    "美方卻又在歐洲反彈下同意修改方案。",  # 在……下: under Europe's backlash
])
def test_a_place_hint_as_the_actor_is_still_a_european_stance(text):
    assert "european-stance" in topics(text)


def test_armed_forces_alone_are_battlefield_news_a_cap_on_them_is_a_guarantee():
    assert "security-guarantees" not in topics("俄羅斯武裝部隊本週在東部戰線持續推進。")
    assert "security-guarantees" in topics("協議草案為烏克蘭武裝部隊設下80萬人的規模上限。")


@pytest.mark.parametrize("text, paired", [
    ("美國國務卿盧比奧週二抵達牙買加。他表示，和平協議需要時間。", True),
    ("Secretary of State Marco Rubio, who was in Anchorage too, was more cautious. He warned that a peace agreement might be elusive.", True),
    ("美國國務卿盧比奧週二抵達牙買加。川普表示，和平協議需要時間。", False),  # someone else speaks of the deal
    ("Secretary of State Marco Rubio was in Kingston on Tuesday. Trump warned that a peace agreement might be elusive.", False),
])
def test_a_negotiator_speaking_through_a_pronoun_pairs_with_the_talks_another_speaker_does_not(text, paired):
    assert ("us-envoys" in topics(text)) is paired


def story(*texts: str) -> list[set[str]]:
    """The topics of each paragraph of a story, annotated in order as the build does."""
    from generator.model import Source
    paragraphs = tuple(Paragraph(f"p{i}", t, i) for i, t in enumerate(texts, 1))
    source = Source("s", "s.txt", "text", "T", None, "2025-12-15", None, "en", paragraphs, ())
    return [{t.id for t in ap.topics} for ap in ANNOTATOR.source(source).paragraphs]


def test_a_hint_after_a_demonstrative_continues_the_territory_of_the_paragraph_before():
    before = "Moscow demands that Ukraine withdraw from the rest of Donetsk."
    assert "territory" in story(before, "Kyiv has rejected those demands as a surrender.")[1]
    assert "territory" in story("俄方要求烏克蘭撤出頓內茨克其餘地區。", "基輔拒絕了這些要求。")[1]
    # Near misses: the same words after a paragraph on another topic, or with no demonstrative.
    assert "territory" not in story("Moscow wants sanctions lifted first.", "Kyiv has rejected those demands.")[1]
    assert "territory" not in story(before, "Kyiv has rejected new demands on its energy exports.")[1]


def test_a_demonstrative_does_not_carry_a_topic_about_people():
    # 這次會談 refers to the talks, not to who held them: the envoys page needs an envoy.
    assert "us-envoys" not in story("美國特使威特科夫週二抵達莫斯科。", "克宮表示，這次會談富有建設性。")[1]


def test_an_english_phrase_is_found_with_its_first_word_inflected_and_any_article():
    from generator.annotate.topics import determiners, inflections
    assert {"handing over", "handed over", "hands over"} <= set(inflections("hand over"))
    assert "monitor any ceasefire" in determiners("monitor the ceasefire")
    assert "security-guarantees" in topics("He added that the US would play a leading role in monitoring any ceasefire.")
    assert "territory" in topics("Kyiv says it is not handing over the rest of Donetsk.")
    # Near miss: the verb with another object is no term.
    assert "security-guarantees" not in topics("Drones are monitoring the front line around the clock.")


def test_army_size_is_a_guarantee_term_also_with_a_possessive():
    assert "security-guarantees" in topics("新協議將烏克蘭軍隊的規模限制在80萬人。")
    assert "security-guarantees" not in topics("前線指揮官擔憂軍隊的士氣。")


def test_an_english_term_ending_in_y_is_found_in_its_plural():
    from generator.annotate.topics import inflections
    assert {"territories", "occupied"} <= {*inflections("territory"), *inflections("occupy")}
    assert "territory" in topics("He added that Ukraine and Russia should each give up the territories they now hold.")
    # Near miss: after a vowel, y stays (destroys, not destroies).
    assert "destroys" in inflections("destroy") and "destroies" not in inflections("destroy")


def test_the_coalition_of_the_willing_is_about_guarantees():
    assert {"security-guarantees", "european-stance"} <= topics("據悉，願加入「志願者聯盟」的國家已超過30個。")
    assert "security-guarantees" in topics("Leaders of the coalition of the willing met in Paris on Tuesday.")
    # Near miss: another coalition is none.
    assert "security-guarantees" not in topics("A coalition of aid groups delivered food to Kharkiv.")


@pytest.mark.parametrize("text", [
    "匈牙利總理奧班表示，布達佩斯是歐洲唯一能舉行這場會晤的地方。",
    "Polish Prime Minister Donald Tusk said he had many concerns but also great hope.",
    "波兰外长西科尔斯基说，欧洲才是乌克兰的生命线。",
])
def test_a_european_head_of_government_speaks_for_europe(text):
    assert "european-stance" in topics(text)


def test_a_european_city_alone_is_no_european_leader():
    assert "european-stance" not in topics("A summit planned for Budapest was called off on Tuesday.")


def test_a_speaker_resolved_to_an_envoy_puts_the_paragraph_on_the_envoys_page():
    assert "us-envoys" in story("美國特使威特科夫週二抵達莫斯科。", "他補充說，雙方仍有分歧。")[1]
    assert "us-envoys" in story("US envoy Steve Witkoff arrived in Moscow on Tuesday.", "He added that differences remain.")[1]
    # Near miss: the same words after someone who is not an envoy.
    assert "us-envoys" not in story("烏克蘭總統澤倫斯基週二抵達柏林。", "他補充說，雙方仍有分歧。")[1]
    assert "us-envoys" not in story("Ukraine's President Volodymyr Zelensky arrived in Berlin.", "He added that differences remain.")[1]


def test_the_evidence_of_a_resolved_envoy_is_the_word_that_stands_for_them():
    from generator.compose.excerpts import sentence_evidence
    from generator.model import Source
    config = ANNOTATOR.config
    paragraphs = (Paragraph("p1", "美國特使威特科夫週二抵達莫斯科。", 1), Paragraph("p2", "他補充說，雙方仍有分歧。", 2))
    source = Source("s", "s.txt", "text", "T", None, "2025-12-15", None, "zh-Hant", paragraphs, ())
    second = ANNOTATOR.source(source).paragraphs[1]
    groups = {e.id: e.group for e in config.entities}
    assert sentence_evidence(second, "us-envoys", groups, ("us-envoy", "us-negotiator")) == {0: ("他",)}
    assert next(t for t in second.topics if t.id == "us-envoys").terms == ("他",)


@pytest.mark.parametrize("text, guarantee", [
    ("烏克蘭仍希望有朝一日加入北大西洋公約組織。", True),
    ("Moscow wants a written promise that Ukraine's membership of NATO is off the table.", True),
    ("Rutte said allies were ready to send troops once the fighting stops.", True),
    ("北約秘書長呂特週二訪問基輔，參觀一座電廠。", False),  # NATO named, nothing of a guarantee
    ("NATO foreign ministers met in Brussels on Tuesday.", False),
])
def test_nato_beside_a_word_of_membership_or_troops_is_a_guarantee(text, guarantee):
    assert ("security-guarantees" in topics(text)) is guarantee


@pytest.mark.parametrize("text, guarantee", [
    # Troops a deal would send, with Ukraine as where they would go or stand: the guarantee question,
    # though troops alone are battlefield news (a topic's `pairs` in briefing.yml).
    ("Britain and France are ready to send troops to Ukraine once a ceasefire holds.", True),
    ("Poland has said it will not send soldiers into Ukraine but could serve as a logistics hub.", True),
    ("Germany has not ruled out sending soldiers to Ukraine to help secure a ceasefire, Merz said.", True),
    ("英國準備在必要時把部隊部署到烏克蘭。", True),
    ("基辅希望停火后有盟国部队驻扎在乌克兰，以防俄罗斯再次进攻。", True),
    # ... and a backstop in a sentence of troops, security or the US.
    ("Trump said the US would provide a backstop to a European force in Ukraine.", True),
    # Near misses: a belligerent's troops, named before them in the sentence; troops told of as a fact,
    # sent to the front or going back; whose troops a demonstrative leaves to the sentence before;
    # money's backstop.
    ("Russia has sent 700,000 troops to Ukraine since 2022, Zelensky said.", False),
    ("Russia, which has sent more than 600,000 troops to Ukraine, says its offensive is gaining pace.", False),
    ("俄羅斯軍隊將部署到烏克蘭東部，準備發動攻勢。", False),
    ("Fresh troops will be sent to Ukraine's eastern front.", False),
    ("大批士兵被派往烏克蘭前線作戰。", False),
    ("In the latest exchange, 84 soldiers returned to Ukraine after three years in captivity.", False),
    ("North Korea has sent soldiers to Kursk. Those troops could be deployed to Ukraine, Seoul warned.", False),
    ("The United States sent more troops to Poland.", False),
    ("G7 finance ministers discussed a backstop to keep Ukraine's budget afloat if US aid does not resume.", False),
    ("The EU budget would backstop the reparations loan.", False),
    # ... and what a second reviewer found: soldiers coming home, passing through, or equipped; a
    # belligerent or a loan named after the words; Ukraine's own soldiers; 後盾, any backing in Chinese.
    ("The freed soldiers will be transferred to Ukraine via Belarus after the exchange.", False),
    ("Germany will send winter equipment for 100,000 soldiers to Ukraine.", False),
    ("Hungary will not allow weapons or troops to cross into Ukraine.", False),
    ("More soldiers could be sent to Ukraine by Pyongyang, Seoul warned.", False),
    ("受訓完畢的烏克蘭士兵將派往烏克蘭各地。", False),
    ("Member states would backstop the €90 billion loan, giving Belgium the security it demanded.", False),
    ("美國一直是烏克蘭抗俄的最大後盾。", False),
    # One pair's longer word does not hide another's shorter one (不會 of the next pair over 會).
    ("德國士兵不會前往烏克蘭。", True),
])
def test_troops_sent_into_ukraine_are_a_guarantee_a_belligerents_are_not(text, guarantee):
    assert ("security-guarantees" in topics(text)) is guarantee


@pytest.mark.parametrize("text, guarantee", [
    # What a guarantee is for, in other words: Russia attacking again, beside preventing it or after
    # the war; a cap on Ukraine's army; staying out of the alliance; coming to Ukraine's defence; a
    # deterrence force; Ukraine's own security pact.
    ("Zelensky said Ukraine needed protection against a future Russian invasion.", True),
    ("澤倫斯基說，烏克蘭需要防止俄羅斯再次入侵的保護。", True),
    ("The plan would cap Ukraine's armed forces at 600,000 troops.", True),
    ("該計畫將把烏克蘭武裝部隊的人數上限定為60萬人。", True),
    ("Moscow demands that Kyiv accept a neutral, non-aligned status.", True),
    ("Western allies would come to Ukraine's defence if Russia attacked again after a ceasefire.", True),
    ("西方盟國將在停火後協防烏克蘭。", True),
    ("Europe is preparing a deterrence force to be stationed in western Ukraine.", True),
    ("The US Senate would have to ratify the security pact with Ukraine for it to be binding.", True),
    # Near misses: the war's next assault; a price cap, a budget's; another country's pact; air defence
    # in the war; Ukraine's own mobilisation rules.
    ("Russian forces attacked Kharkiv again overnight, killing three people.", False),
    ("俄軍昨晚再次進攻哈爾科夫，造成三人死亡。", False),
    ("Russian troops launched another invasion attempt near Sumy, the general staff said.", False),
    ("The G7 price cap on Russian oil was lowered to $47.60 a barrel.", False),
    ("七國集團將俄羅斯石油價格上限下調至每桶47.6美元。", False),
    ("The AUKUS security pact between Australia, Britain and the US was reviewed by the Pentagon.", False),
    ("Germany will deliver four more Patriot systems to help Ukraine defend itself against missile strikes.", False),
    ("Ukraine lowered the mobilisation age and capped the number of men who may leave the country.", False),
    # ... and what a reviewer found: nuclear or Baltic deterrence forces, an alliance someone else
    # joined, the Non-Aligned Movement, air cover in a battle, Russia's own army cap, the war's start.
    ("Putin ordered Russia's nuclear deterrence forces on high alert.", False),
    ("Finland, which joined the alliance in 2023, doubled its border guard.", False),
    ("India, a founder of the Non-Aligned Movement, abstained in the vote.", False),
    ("Russian infantry advanced under air cover toward Pokrovsk.", False),
    ("普丁下令提高俄羅斯武裝部隊的人數上限。", False),
    ("Russia launched another invasion in February 2022 and never hid its aims.", False),
    ("Russian forces attacked again near Pokrovsk overnight, the general staff said.", False),
    ("The AUKUS security treaty will not cover the Russia–Ukraine war.", False),
])
def test_a_guarantee_in_other_words_is_one_the_war_is_not(text, guarantee):
    assert ("security-guarantees" in topics(text)) is guarantee


@pytest.mark.parametrize("text, envoys", [
    # The US side at the table with no envoy named: US officials, alone or with the other side's, then
    # meeting or talks in their clause (a topic's `pairs`, with a `reach` for a day and a place).
    ("US and Russian officials met in Riyadh on Tuesday for their first talks since the invasion.", True),
    ("U.S. officials will meet a Ukrainian delegation in Jeddah next week to discuss a ceasefire.", True),
    ("美國與俄羅斯官員週二在利雅德會晤，這是入侵以來雙方首次會談。", True),
    ("美國與烏克蘭官員昨日於沙特阿拉伯吉達會晤，會後達成聯合聲明。", True),
    ("美烏官員週日在日內瓦舉行了4小時的會談。", True),
    # Near misses: officials as a source (a verb of saying or stance between: they report, judge or
    # promise others' talks); Congress; another matter; officials of the two other sides.
    ("A senior U.S. official said the talks with the Ukrainians had been constructive.", False),
    ("美國官員證實烏俄雙方將在伊斯坦堡舉行換俘談判。", False),
    ("美國官員已承諾在峰會之前與歐洲領導人磋商。", False),
    ("美國官員批評俄羅斯拒絕與烏克蘭會談。", False),
    ("US officials said Russia had launched more than 500 drones overnight.", False),
    ("US lawmakers met Ukrainian officials in Kyiv to discuss military aid.", False),
    ("美國國會議員在基輔會見烏克蘭官員，討論軍援。", False),
    ("US officials met Chinese counterparts in Geneva for trade talks.", False),
    ("Russian and Ukrainian officials met in Istanbul for a prisoner exchange.", False),
    # ... and what a reviewer found: officials familiar with or briefed on the talks (a source);
    # meetings with others or on another matter; US officials holding or gathering alone.
    ("U.S. officials familiar with the talks said Russia had moved 20,000 troops toward Zaporizhzhia.", False),
    ("Two U.S. officials briefed on the meeting said Moscow was preparing a new offensive.", False),
    ("US officials met Israeli counterparts in Washington on Tuesday to discuss the Gaza ceasefire.", False),
    ("美國官員與伊朗官員在阿曼舉行間接會談，討論核計畫。", False),
    ("US officials held a news conference on the hurricane response.", False),
    ("美國官員週二舉行記者會。", False),
    ("US officials met Ukrainian counterparts to finalise a $500 million weapons package.", False),
    ("US officials will meet the Russian delegation in Riyadh on Tuesday.", True),
    ("美俄官員18日在利雅德會晤。", True),  # a day in digits is within reach
    # A verb of saying between: the officials report the talks, whoever holds them.
    ("美俄官員表示將會晤。", False),
    ("US and Russian officials said talks would resume.", False),
])
def test_us_officials_at_the_table_are_the_envoys_topic_a_source_is_not(text, envoys):
    assert ("us-envoys" in topics(text)) is envoys


@pytest.mark.parametrize("text, on", [
    # The land question in other words: the front line frozen or the current lines where the war
    # stops; Russia's control of regions recognised; referendums on joining Russia.
    ("President Vladimir Putin is reportedly willing to freeze the current front line in the south.", True),
    ("Kyiv could accept a ceasefire along the current front lines, Zelensky said.", True),
    ("美方方案提議以現有戰線為界停火。", True),
    ("路透社報導稱，威特科夫提出一項停火計畫，承認俄羅斯對東部四個地區的控制權。", True),
    ("那裡的居民參加了公投，大多數人都表達了加入俄羅斯的願望。", True),
    # Near misses: the battle's territorial gains; an army's demilitarisation; frozen assets; control
    # of something else; a referendum on something else.
    ("While Russian forces have made incremental territorial gains along the front, Ukraine holds.", False),
    ("俄羅斯要求烏克蘭非軍事化。", False),
    ("Russia froze the assets of Western companies as the front line barely moved.", False),
    ("Ukraine recognised the IAEA's control of the plant in Zaporizhzhia.", False),
    ("Russia made a territorial gain near Pokrovsk.", False),
    ("雙方同意設立非軍事化地區。", True),
    ("The referendum in Moldova rejected joining the EU.", False),
    # ... and what a reviewer found: aid frozen, cold weather at the front; fighting along the current
    # line; losing control of a town; a referendum elsewhere; and territory that gains ground.
    ("Trump froze military aid to Ukraine in March, leaving front-line units short of artillery shells.", False),
    ("Freezing temperatures along the front line have slowed Russian assaults.", False),
    ("Heavy fighting raged along the current front line, where Russian troops have been advancing.", False),
    ("烏軍承認已失去對頓內茨克州波克羅夫斯克的控制。", False),
    ("Transnistria held a referendum on joining Russia in 2006.", False),
    ("The idea of a land swap gains ground in Washington.", True),
    ("雙方同意在扎波羅熱核電廠周圍設立非軍事化區。", True),
])
def test_the_land_question_in_other_words_is_territory_the_battle_is_not(text, on):
    assert ("territory" in topics(text)) is on


@pytest.mark.parametrize("text, on", [
    ("雙方討論沿現有停火線設立緩衝區。", True),
    ("Both sides discussed a demilitarised zone along the demarcation line.", True),
    ("The shelling hit a buffer stock of grain near the river.", False),  # near miss: buffer, no zone
])
def test_lines_and_zones_of_a_settlement_are_territory(text, on):
    assert ("territory" in topics(text)) is on


def test_a_paragraph_announcing_a_list_is_on_the_topics_of_the_list():
    item = "A multinational force would deploy once a ceasefire holds."
    assert "security-guarantees" in story("Key elements of the declaration include:", item)[0]
    assert "security-guarantees" in story("聲明的主要內容包括：", "停火後部署多國部隊。")[0]
    # Near misses: a colon that introduces a quotation, not a list; a list announced mid-paragraph.
    assert "security-guarantees" not in story("He told reporters:", item)[0]
    assert "security-guarantees" not in story("The key elements include: a new fund. Talks resume in May.", item)[0]


def test_a_quotation_continuing_the_speaker_before_is_on_what_they_spoke_of():
    said = "Kremlin aide Yuri Ushakov said Russia still demands that Ukraine withdraw from Donetsk."
    assert "territory" in story(said, "“Until this is achieved, we will go on,” Ushakov said.")[1]
    assert "territory" in story("克宮助理烏沙科夫表示，烏克蘭必須從頓內茨克撤軍。", "「在此之前，我們會繼續。」烏沙科夫說。")[1]
    # Near misses: another speaker's quotation; the term in the writer's words, not the speaker's.
    assert "territory" not in story(said, "“We will not give in,” Zelensky said.")[1]
    writer = "Ukraine has refused to withdraw from Donetsk. Ushakov said the talks would go on."
    assert "territory" not in story(writer, "“We will see,” Ushakov said.")[1]


def test_a_quotation_over_several_sentences_is_all_the_speakers_for_the_one_continuing_it():
    """The speaker named after a quotation of two sentences said both: a paragraph going on quoting them
    is on a topic of the first sentence too (round 28, from the real-world tuning half)."""
    said = ('"We want to give the Ukrainians a security guarantee that is strong enough. We are willing to send it to '
            'Congress," the U.S. official told reporters.')  # straight quotes, as a page copied as text has them
    assert "security-guarantees" in story(said, '"When people see what they will get, they move forward," the official added.')[1]
    zh = "「我們希望給烏克蘭一份夠強的安全保證。我們願意把它送交國會表決。」這名美國官員說。"
    assert "security-guarantees" in story(zh, "「人們看到能得到什麼，就更願意往前走。」這名官員補充說。")[1]
    # Near misses: the topic word in the writer's sentence before the quotation; a second speaker's quotation.
    writer = ('Washington is weighing a security guarantee for Kyiv. "We are willing to send it to Congress," the U.S. official '
              'told reporters.')
    assert "security-guarantees" not in story(writer, '"When people see what they will get, they move forward," the official added.')[1]
    assert "security-guarantees" not in story(said, '"We will not be rushed," Zelensky said.')[1]


def test_a_paragraph_saying_its_speaker_goes_on_and_a_chain_of_quotations_keep_the_matter():
    """他接著說：「……」 and 佩斯科夫續指，「……」 open by saying the speaker goes on, then quote them: the same
    continuation as a paragraph opening with the quotation; a continuation passes on what it took; a name
    inside the quotation that put the paragraph on a topic counts as its evidence (round 28, quotes_tune)."""
    said = "烏沙科夫表示，俄方堅持烏軍必須撤出頓內茨克州。"
    assert "territory" in story(said, "他接著說：「沒有這一條，就不會有協議。」")[1]
    assert "territory" in story(said, "烏沙科夫續指，「我們不會讓步。」")[1]
    chain = story(said, "「這是原則問題。」他說。", "「我們不會讓步。」他補充說。")
    assert "territory" in chain[1] and "territory" in chain[2]
    envoy = "「我們與美方的接觸會繼續，」烏沙科夫說，「但威特科夫下次來莫斯科的時間還沒有確定。」"
    assert "us-envoys" in story(envoy, "他接著說：「我們不著急，雙方都需要時間研究文件。」")[1]
    # Near misses: the speaker's own name is no evidence of what they said; another speaker going on; a
    # writer's paragraph between; reported speech after 還表示 (it may have moved on).
    vance = 'Vice President JD Vance said the US had made a very explicit proposal to both sides.'
    assert "us-envoys" not in story(vance, '"The monuments here are beautiful," said the vice president.')[1]
    assert "territory" not in story(said, "澤倫斯基接著說：「我們不會放棄。」")[1]
    assert "territory" not in story(said, "俄軍昨夜再以無人機攻擊奧德薩。", "他接著說：「我們不會讓步。」")[2]
    assert "territory" not in story(said, "烏沙科夫還表示，俄美企業在北極有巨大合作潛力。")[1]
    # a reviewer's: 又說 and 還說 say "also" (another point), 持續 is no going on; a continuation by another
    # speaker than the one who took the topic passes nothing on
    assert "territory" not in story(said, "他又說：「今年冬天的能源價格會繼續上漲。」")[1]
    assert "territory" not in story(said, "普丁持續強調：「俄羅斯經濟不受制裁影響。」")[1]
    mixed = story(said, "「這是原則問題。」他說。澤倫斯基則表示，烏克蘭不會放棄。", "他接著說：「我們會堅持到底。」")
    assert "territory" in mixed[1] and "territory" not in mixed[2]


@pytest.mark.parametrize("text, on_it", [
    # guarantees worded without the word (round 28, guarantees_tune): Russia coming back after a deal, a pact Kyiv
    # signs, Ukraine's demilitarisation demanded, Europe sending troops after a ceasefire, the size of its forces
    ("若俄羅斯在停火後再度進犯，締約各方將立即磋商，並採取共同回應。", True),
    ("歐洲將為烏克蘭提供空中掩護，以防俄羅斯再次發動進攻。", True),
    ("澤倫斯基表示，烏方希望與美國簽署的雙邊安保協議須經國會批准。", True),
    ("俄總統助理烏沙科夫表示，烏克蘭「非軍事化」是俄方的核心訴求之一。", True),
    ("法國總統馬克宏表示，歐洲已準備好在停火後出兵。", True),
    ("Zelensky said Ukraine would reject any clause limiting the size of Ukraine's armed forces.", True),
    # near misses: the war's own offensives and 2022's invasion, another country's pact or commitment, a zone
    ("俄軍昨夜再次發動進攻，烏軍擊退了在波克羅夫斯克的攻勢。", False),
    ("俄羅斯在2022年出兵烏克蘭，全面入侵至今已近四年。", False),
    ("日本與美國的安保協議將在下月續簽，烏克蘭問題並未列入議程。", False),
    ("美國對台灣的防衛承諾不會因烏克蘭談判而改變。", False),
    ("美方提議烏軍撤出頓內茨克，設立非軍事化的「自由經濟區」。", False),
    # a reviewer's (round 28): the first version took each of these
    ("烏軍加固防線，以防俄軍再次發動進攻。", False),
    ("停火協議簽署後，以色列再度發動進攻，加沙局勢再度惡化。", False),
    ("平壤出兵協助俄軍收復庫爾斯克，烏克蘭情報部門表示。", False),
    ("德國宣布出兵立陶宛，組建常駐旅。", False),
    ("烏方提議在札波羅熱核電廠周邊設立非軍事化緩衝區。", False),
    ("The size of Ukraine's military budget for 2026 was approved by parliament.", False),
])
def test_security_guarantees_worded_without_the_word(text, on_it):
    assert ("security-guarantees" in story(text)[0]) is on_it


def test_a_paragraph_pointing_back_goes_on_with_the_matter_of_the_one_before():
    guarantees = "英法主導的志願者聯盟計畫在停火後向烏克蘭派駐維和部隊，提供安全保證。"
    assert "security-guarantees" in story(guarantees, "這項事宜由馬克宏與施凱爾主導，並在3月提出。")[1]
    assert "security-guarantees" in story(guarantees, "该计划将在巴黎会议上讨论。")[1]
    assert "territory" in story("Moscow demands that Kyiv withdraw from Donetsk.", "These demands were rejected in Kyiv.")[1]
    # Near misses: a paragraph placed in time or adding to the one before, and a topic about people.
    assert "security-guarantees" not in story(guarantees, "此外，基輔也要求恢復電力供應。")[1]
    assert "security-guarantees" not in story(guarantees, "這次會議在巴黎舉行。")[1]
    assert "territory" not in story("Moscow demands that Kyiv withdraw from Donetsk.", "This week the front was quiet.")[1]
    assert "us-envoys" not in story("特使威特科夫抵達莫斯科。", "這項安排讓外界意外。")[1]
    # nor a time, a place or someone after the demonstrative, nor 這 as a pronoun
    for after in ("This evening, Russian drones struck Odesa.", "This Friday the ruble fell.", "該市市長說，空襲造成三人死亡。",
                  "該名官員補充說明。", "這引發了一個問題：俄方會怎麼做？"):
        assert "security-guarantees" not in story(guarantees, after)[1], after


def test_evidence_from_the_paragraph_before_or_after_says_so():
    said = "Kremlin aide Yuri Ushakov said Russia still demands that Ukraine withdraw from Donetsk."
    from generator.model import Source
    paragraphs = (Paragraph("p1", said, 1), Paragraph("p2", "“Until this is achieved, we will go on,” Ushakov said.", 2))
    source = Source("s", "s.txt", "text", "T", None, "2025-12-15", None, "en", paragraphs, ())
    second = ANNOTATOR.source(source).paragraphs[1]
    assert next(t for t in second.topics if t.id == "territory").terms == ("上段：withdraw",)


def test_a_continued_quotation_is_quoted_on_the_topic_page_with_the_evidence_it_continues(tmp_path):
    from generator import build
    (tmp_path / "a.txt").write_text(
        "烏沙科夫：撤軍仍是前提\n\n克宮助理烏沙科夫週四對記者表示，烏克蘭必須從頓內茨克其餘地區撤軍，這是和平的前提。\n\n"
        "「在此之前，俄羅斯會繼續推進特別軍事行動的目標。」烏沙科夫說。\n\n「我們會再談。」澤倫斯基說。\n", encoding="utf-8")
    result = build(tmp_path, ROOT / "briefing.yml")
    territory = next(t for t in result.briefing.topics if t.topic == "territory")
    excerpts = {e.paragraph: e for page in territory.months for c in page.claims for e in c.excerpts}
    # The quotation, not its tag 烏沙科夫說, and the evidence says where it comes from.
    assert "在此之前" in excerpts["p2"].text and excerpts["p2"].evidence == ("上段：撤軍",)
    assert "p3" not in excerpts  # near miss: another speaker's quotation


@pytest.mark.parametrize("text, expected", [
    # A two-word term hyphenated before a noun is the same term.
    ("The US would lead a ceasefire-monitoring mission.", True),
    # Foreign troops in Ukraine as outlets word them: on the ground, deployed, stationed, a backstop.
    ("There will be no U.S. boots on the ground, Vance said.", True),
    ("任何北約國家的軍隊進入烏克蘭，俄方都無法接受。", True),  # NATO beside soldiers, a hint each
    ("Europeans would put troops on the ground once a ceasefire holds.", True),
    ("备忘录还要求乌克兰保持中立，并限制乌武装部队规模。", True),
    # the guarantee's other names: assurances, an Article 5-style pledge, air policing, 安全擔保, 出兵
    ("Washington offered security assurances short of an Article 5-style pledge.", True),
    ("英法表示願意提供安全擔保，但不會立即出兵。", True),
    # the Chinese forms of terms the English list has: collective defence, a reassurance force,
    # monitoring the ceasefire (集體防衛, 安心部隊, 停火監測)
    ("他說，烏克蘭需要的是有牙齒的集體防衛機制。", True),
    ("马克龙表示，这支“安心部队”不会部署在前线。", True),
    ("停火監測將主要依靠無人機與衛星。", True),
    # Near misses: troops at the front, deployed by the other side; a Kremlin statement on sanctions.
    ("Russia deployed fresh troops near Pokrovsk overnight.", False),
    ("Peskov said new sanctions would not change Moscow's course.", False),
    ("The EU agreed a backstop for the reparations loan.", False),
    ("美國駐烏克蘭大使館發表聲明。", False),
    ("北韓去年出兵俄羅斯。", False),
    ("NATO deployed fighter jets to Poland.", False),
    ("峰會的安全安排由瑞士警方負責。", False),  # 安全安排 is also a venue's security: not a term
])
def test_guarantees_as_outlets_word_foreign_troops_and_neutrality(text, expected):
    assert ("security-guarantees" in topics(text)) is expected


@pytest.mark.parametrize("text, expected", [
    ("俄方要求烏克蘭領土讓步。", True),
    ("Kyiv refused concessions on territory.", True),
    ("Macron said only Ukraine's president could decide on its territory.", True),
    ("Only Kyiv can decide on Ukrainian territory, Macron said.", True),
    ("There can be no decisions on Ukrainian territory without Ukraine.", True),
    ("在烏克蘭領土問題上，美俄雙方仍存在分歧。", True),
    # where something stands or strikes, not the land in question
    ("俄方警告，任何西方軍隊出現在烏克蘭領土，都會被視為攻擊目標。", False),
    ("The drone can strike deep into Russian territory.", False),
    ("這些國家的士兵一旦踏上烏克蘭土地，俄方不會坐視不管。", False),
])
def test_land_after_a_place_preposition_says_where_not_the_land_question(text, expected):
    assert ("territory" in topics(text)) is expected


@pytest.mark.parametrize("text, expected", [
    # Western or European troops, as outlets word the force that would guarantee a ceasefire without
    # a word of guarantees.
    ("Moscow warned that any Western troops would be a legitimate target.", True),
    ("Paris and London are ready to send British and French troops once the fighting stops.", True),
    ("俄方警告，任何西方軍隊出現在烏克蘭，都會被視為攻擊目標。", True),
    ("歐洲士兵不會部署在前線。", True),
    # Near misses (reviewer 69): the belligerents' own troops and deployments, one country's troops
    # elsewhere or in history, prisoners and bodies returned, a diplomat posted, "us" as a pronoun.
    ("Russian troops advanced near Pokrovsk as Ukrainian soldiers fell back.", False),
    ("俄羅斯國防部說，俄軍在庫皮揚斯克方向部署部隊，準備發動攻勢。", False),
    ("北韓向俄羅斯派遣軍隊，協助俄軍奪回庫斯克州。", False),
    ("North Korean troops were deployed to the Kursk region.", False),
    ("Russia moved 100,000 troops to Ukraine's border before the invasion.", False),
    ("Russia returned the bodies of 1,000 soldiers to Ukraine after the Istanbul talks.", False),
    ("American troops left Afghanistan in August 2021.", False),
    ("Trump has deployed US troops to the Caribbean as pressure on Venezuela mounts.", False),
    ("Zelensky told us troops on the Pokrovsk front were exhausted.", False),
    ("Julie Davis, the US ambassador stationed in Ukraine, met the mayor.", False),
    ("美國派往烏克蘭的愛國者飛彈系統已經到位。", False),
])
def test_western_or_european_troops_are_a_guarantee(text, expected):
    assert ("security-guarantees" in topics(text)) is expected


@pytest.mark.parametrize("text, stance", [
    # The EU or Europe on the talks, or on another topic too, is a stance on them ...
    ("The EU said it would not accept any peace deal imposed on Ukraine.", True),
    ("歐盟表示，任何和平協議都必須有烏克蘭和歐洲參與。", True),
    ("Europe must have a seat at the table, Kallas said.", True),
    ("歐洲不會接受被迫割讓領土。", True),
    ("The EU insists it must be involved in any decision affecting Ukraine's future.", True),
    ("The EU said frozen Russian assets would not be handed over as part of any US-Russian bargain.", True),
    ("The EU demanded a seat at the talks and pledged more aid.", True),
    # ... the EU's aid, loans, sanctions or gas alone, with no word of the talks, are not (`vague`,
    # `elsewhere` and `about` in briefing.yml).
    ("Without EU financial assistance, the Ukrainian economy would have collapsed long ago.", False),
    ("The EU and its member states have provided €170 billion in support since 2022.", False),
    ("歐盟領導人同意動用凍結的俄羅斯資產，為烏克蘭提供900億歐元貸款。", False),
    ("The EU adopted its 19th sanctions package against Russia on Thursday.", False),
    ("歐盟計劃明年起全面禁止進口俄羅斯天然氣。", False),
    ("The EU plans to phase out Russian LNG imports by 2027.", False),
    ("EU-US trade talks resumed in Brussels as the EU prepared new tariffs.", False),
])
def test_the_eu_or_europe_alone_on_another_matter_is_no_stance_on_the_talks(text, stance):
    assert ("european-stance" in topics(text)) is stance


@pytest.mark.parametrize("text, expected", [
    # a European leader named in news of their own country, with no word of the war or the talks
    ("In Germany, where voters go to the polls next week, Friedrich Merz is expected to become chancellor.", False),
    ("匈牙利明年4月將舉行國會大選，民調顯示反對黨領先奧班領導的青民盟。", False),
    ("馬克宏上月訪問烏茲別克與哈薩克。", False),  # 烏 of Uzbekistan is no word of Ukraine
    # near misses: a word of the subject, a European speaker, another topic, a term, someone or
    # somewhere else the gazetteer knows, Europeans named as a group (reviewer 74)
    ("Friedrich Merz is expected to become chancellor and to keep arming Ukraine.", True),
    ("Merz said Europe would not be sidelined.", True),
    ("Merz backed a reassurance force once the fighting stops.", True),
    ("EU leaders met in Brussels and said they would not be left out.", True),
    ("Trump spoke by phone with Merz, Macron and Starmer on Wednesday evening.", True),
    ("梅爾茨週日在柏林接待葉爾馬克。", True),
    ("Merz ruled out recognising Crimea.", True),
    ("歐洲盟友未獲邀前往阿拉斯加。", True),
])
def test_a_european_leader_named_alone_outside_the_subject_is_no_european_stance(text, expected):
    """A helper's topic stories: Nawrocki's quarrel with Tusk, Orbán in the polls, Merz's election
    were on the European stance page for the name alone (`names_need_subject`, `site.subject_words`)."""
    assert ("european-stance" in topics(text)) is expected


def test_topic_stories_written_by_someone_who_saw_neither_code_nor_corpus_stay_found():
    """tests/fixtures/topics_heldout (its README), every set and half: today's macro-F1 are the floors."""
    import sys
    sys.path.insert(0, str(ROOT / "scripts"))
    from topics_heldout import macro_f1, scores
    assert round(macro_f1(scores(ANNOTATOR, "tune")), 3) >= 0.845
    assert round(macro_f1(scores(ANNOTATOR, "check")), 3) >= 0.869
    assert round(macro_f1(scores(ANNOTATOR, "tune", stories="stories2.json")), 3) >= 0.859
    assert round(macro_f1(scores(ANNOTATOR, "check", stories="stories2.json")), 3) >= 0.824
    assert round(macro_f1(scores(ANNOTATOR, "check", stories="topics3_check.json")), 3) >= 0.834
    assert round(macro_f1(scores(ANNOTATOR, "check", stories="europe_check.json")), 3) >= 0.865
    assert round(macro_f1(scores(ANNOTATOR, "check", stories="envoys_check.json")), 3) >= 0.837
    assert round(macro_f1(scores(ANNOTATOR, "check", stories="guarantees_check.json")), 3) >= 0.763
    assert round(macro_f1(scores(ANNOTATOR, "check", stories="territory_check.json")), 3) >= 0.877
    assert round(macro_f1(scores(ANNOTATOR, "check", stories="titles_check.json")), 3) >= 0.911
    assert round(macro_f1(scores(ANNOTATOR, "check", stories="postwar_check.json")), 3) >= 0.740
    assert round(macro_f1(scores(ANNOTATOR, "check", stories="meetings_check.json")), 3) >= 0.784
    assert round(macro_f1(scores(ANNOTATOR, "check", stories="acting_check.json")), 3) >= 0.809
    assert round(macro_f1(scores(ANNOTATOR, "check", stories="quotes_check.json")), 3) >= 0.829  # 0.791 before round 28's quotations
    assert round(macro_f1(scores(ANNOTATOR, "tune", stories="quotes_tune.json")), 3) >= 0.867  # 0.777 before them
    assert round(macro_f1(scores(ANNOTATOR, "tune", stories="guarantees_tune.json")), 3) >= 0.737  # 0.716 before round 28's words


@pytest.mark.parametrize("text, expected", [
    # what is promised Ukraine for the time after the war secures it
    ("已有超过20个国家表示愿意为停火后的乌克兰提供支持，其中部分国家将派遣人员。", True),
    ("英法德三國領導人發表聲明，稱願在停火後為烏克蘭提供「堅實的後盾」。", True),
    ("Once a ceasefire is signed, Britain would station personnel in western Ukraine to train its army.", True),
    # near misses: rebuilding, elections and investors after the war, Russia's troops after a ceasefire
    ("停火後，烏克蘭將重建電網，歐盟承諾提供支持。", False),
    ("After the war, investors will deploy billions in Ukraine's reconstruction.", False),
    ("停火後，俄軍將部署在新的分界線上。", False),
    ("戰後的烏克蘭需要舉行選舉，並派遣觀察員。", False),
    # ... a reviewer's: another war's aftermath, a bank's support, medics
    ("二戰後美軍長期駐紮德國，為西歐提供保護。", False),
    ("世界銀行表示，停火後將為烏克蘭中小企業提供支持。", False),
    ("紅十字會表示，停火後將派遣人員前往烏克蘭東部提供醫療服務。", False),
])
def test_what_is_promised_ukraine_for_after_the_war_is_a_security_guarantee(text, expected):
    assert ("security-guarantees" in topics(text)) is expected


@pytest.mark.parametrize("text, expected", [
    # Rubio or Vance meeting Russia's side act as negotiators
    ("卢比奥与拉夫罗夫的预备会晤也已被搁置。", True),
    ("Rubio spoke with Lavrov by phone on Saturday.", True),
    # near misses: another matter's counterpart, criticism from afar, Ukraine's president at a conference
    ("Rubio met Chinese Foreign Minister Wang Yi in Kuala Lumpur.", False),
    ("Lavrov criticised Rubio's remarks on Tuesday.", False),
    ("澤倫斯基屆時會跟美國副總統萬斯、國務卿盧比奧等人見面。", False),
    # ... a reviewer's: the press met, a critic of the Kremlin, a meeting of someone else's
    ("盧比奧在會見記者時被問及普丁是否會出席北京閱兵，他拒絕評論。", False),
    ("范斯週二在慕尼黑會見了多名克宮批評者。", False),
    ("Lavrov, after a meeting with Wang Yi in Beijing, said Rubio's remarks were unhelpful.", False),
    ("克宮證實，普丁週二在莫斯科會見了到訪的盧比奧，雙方討論了結束戰爭的條件。", True),
    # ... an English title before the second name, a call by phone
    ("Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday.", True),
    ("Secretary of State Marco Rubio spoke by phone with Russian Foreign Minister Sergei Lavrov on Saturday.", True),
])
def test_a_us_negotiator_meeting_russias_side_is_on_the_envoys_page(text, expected):
    assert ("us-envoys" in topics(text)) is expected


@pytest.mark.parametrize("text, topic, found", [
    ("烏克蘭外長西比哈27日告訴《歐洲真理報》，雙方代表上週還舉行了雙邊會談。", "european-stance", False),  # an outlet
    ("乌克兰外长对《欧洲新闻台》表示，下一轮会谈将在日内瓦举行。", "european-stance", False),
    ("七國集團領導人發表《關於烏克蘭安全保障的聯合公報》，重申將長期支持烏克蘭。", "security-guarantees", True),  # a document
    ("白宮發布《特使訪問莫斯科情況通報》，稱會談富有成果。", "us-envoys", True),
])
def test_words_in_title_marks_are_evidence_in_a_document_s_title_not_an_outlet_s(text, topic, found):
    assert (topic in topics(text)) is found


@pytest.mark.parametrize("text", [
    "烏克蘭外長西比哈27日告訴《歐洲真理報》，歐洲不會接受任何強加給烏克蘭的協議。",  # Europe in the words too
    "乌克兰外长表示，欧洲不会接受任何强加给乌克兰的协议。",
])
def test_europe_outside_an_outlet_s_name_still_counts(text):
    assert "european-stance" in topics(text)


@pytest.mark.parametrize("text", [
    "美國與烏克蘭官員昨日於沙特阿拉伯吉達會晤，會後達成聯合聲明，美國會即時恢復與烏克蘭分享情報。",
    "美國與烏克蘭官員昨日於沙特阿拉伯吉達會晤,會後達成聯合聲明,美國會即時恢復與烏克蘭分享情報。",  # a copy's half-width commas
])
def test_a_half_width_comma_between_chinese_words_ends_a_clause_as_a_full_width_one_does(text):
    assert "us-envoys" in topics(text)  # 國會 of 美國會即時恢復 is in another clause: no Congress beside the officials


def test_a_comma_before_an_english_quotation_s_close_ends_no_clause():
    # the speaker after the quotation is still the troops' side (a reviewer's)
    assert "security-guarantees" not in topics('"Thousands of soldiers will be sent to Ukraine soon," the North Korean defense minister said.')


def test_the_head_noun_of_a_term_before_goes_on_with_its_matter():
    before = "Britain and France said they would lead a reassurance force in Ukraine after a ceasefire."
    assert "security-guarantees" in story(before, "The force would not sit on the front line, officials said.")[1]
    # Near misses: "The" and a noun no term before ends with; the same opening after another matter
    assert "security-guarantees" not in story(before, "The talks will resume in Geneva next week.")[1]
    assert "security-guarantees" not in story("Kyiv asked for more air defence systems.", "The force of the blast shattered windows.")[1]
