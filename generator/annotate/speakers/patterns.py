"""What the speakers module looks for: speech and stance verbs, clause shapes that give or take a
subject, role words, and which characters of a paragraph are inside a quotation. All patterns
match folded text (Simplified, lower case), as normalize.fold gives it."""

from __future__ import annotations

import re

from ...prefilter import compile_with_start
from ..similar import TRANSLIT

# Nouns of saying, read as a verb only with their speaker after "from" or "by" (agents.of_noun): "amid
# accusations from President Trump that Zelensky is refusing …" (not "the remarks by Putin drew …").
_NOUNS = r"accusations?|claims?|warnings?|remarks|comments|assurances?|threats?|insistence|demands?"
# Speech and stance verbs, folded (Simplified, lower case) as the text they are matched against is.
CUES = re.compile(
    r"(表示|表态|表达|(?<!据)(?<!听)说(?![法服辞谎]|明[会书])|指出|强调|认为|认同|拒绝|宣称|声称|(?<![堪俗简通统昵])称(?!霸|号)|透露|写道|写下|证实|主张|警告|质疑|回应|宣布|提到|补充|坦言|重申|直言|呼吁|承认|否认"
    r"|希望|建议|告诉|怀疑|解读"
    r"|\bsaid\b|\bsays\b|\bwrote\b|\btold\b|\bstated\b|\bwarned\b|\bargued\b)"
)
# A news outlet as a clause's subject (folded): 《華爾街日報》指出, 路透社報導稱, "The Washington Post reported".
OUTLET = re.compile(r"《[^》]+》|路透|彭博|美联社|法新社|塔斯社|新华社|中央社|通讯社|报道|报导|媒体|外媒"
                    r"|\b(?:reuters|bloomberg|associated press|afp|tass|times|post|journal|news|media|reported|reports)\b")
# Verbs of saying alone, not of stance or act: what a person says stays theirs inside a report of it.
SAYING = re.compile(r"表示|说|称|指称|指出|透露|强调|补充|写道|证实|said|says|told|added|wrote|stated|noted")
# Up to seven words of what a verb acts on, no preposition but "of" ("welcomed the US offer of guarantees
# as “…”", not "welcomed Zelensky in Berlin as"), and the platforms a post is made on (folded).
_OBJECT = r"(?:(?!(?:to|after|before|for|about|over|into|in|off|up|out|on|at|with|during|following|ahead|by)\b)[\w’'-]+\s+){0,7}"
_PLATFORM = r"(?:x|twitter|telegram|truth social|facebook|instagram|social media|(?:his|her|its|their) (?:\w+ )?(?:account|channel|page))\b"
# Speakers only (topics.py reads CUES for its stance clauses): more verbs by which a subject states
# a position, never a plain action (met, travelled, phoned). -s forms that are also nouns (claims,
# demands, calls) are left out. 确认 only before what is confirmed (确认，……), not 确认框架.
SPEECH = compile_with_start(  # searched at every character of every paragraph: generator/prefilter.py
    CUES.pattern[:-1]
    + r"|确认(?=[，,：:「“])|(?<!联合)(?<!发表)(?<!份)声明(?=[，,：:])|视为|形容|阐述|提议|承诺|批评|谴责|敦促|暗示|坚称|表明|坦承|谈到|提及|指责|指控|抨击|驳斥|反驳|威胁"
    r"|痛批|炮轰|砲轰|喊话|放话|扬言|矢言|誓言|比作|比喻[为成]|(?<!比)喻为|定调为|(?<!转)发文(?=[：:「“])"  # 將提議比作「投降」
    # Taiwanese and Hong Kong outlets' sharper verbs of saying: 嗆 (回嗆, 開嗆, 嗆聲), 怒轟, 狠批, 狠酸, 鬆口;
    # not 被嗆 (the one challenged), 轟炸 (a bombing), 一批 (a batch)
    r"|(?<![被遭])(?:回|开)?呛(?:声)?(?![到鼻])|怒轰|狠批|怒批|狠酸|松口|直指|解释|澄清|提醒|力挺|明言|声言|断言|指称|(?<!经)转述(?=[，,：:]|说|道|称)|嘲讽|斥责|(?<=[痛怒直])斥|斥(?=为)|答道|(?:回答|答复)(?=[，,：:「“])"
    r"|(?<!所)提出(?![了过]?(?:申请|诉讼|辞职|辞呈))"  # 提出停火方案 = proposed; 所提出 is a noun phrase
    r"|(?<=[，,又还并也亦更则却])指(?=[^出责控挥示导定望向称数标南的派引甲])|指(?=[，,：:])|说法|介绍"  # 指 = said (HK usage)
    # "continued" and "went on" as speech only right after a quotation and its speaker, the sentence's end
    # next (“…,” Peskov continued.; speakers.AFTER_QUOTED checks the quotation): not "fighting continued"
    r"|\b(?:continued|went on)(?=\s*[.;]?\s*$|\s*[.;]\s)"
    # "added" as speech only: added that / added: / “…,” he added / added Sunday that, not "added tariffs"
    r"|\badd(?:s|ed)(?=\s*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:that\b|[:,.;”\"]|$))"
    # "dismissed … as" or an idea, not an adviser
    r"|\bdismiss(?:es|ed)(?=[^,.;]{0,50}\bas\b|\s+(?:the\s+)?(?:idea|notion|report|claim|suggestion|concern|criticism"
    r"|speculation|allegation)s?\b)"
    r"|\b(?:noted|insist(?:s|ed|ing)|urg(?:es|ed|ing)|reject(?:s|ed|ing)|den(?:ies|ied|ying)|acknowledg(?:es|ed)|stressed"
    r"|emphasi[sz](?:es|ed)|call(?:ed|ing) (?:for|on)|accus(?:es|ed|ing)|describ(?:es|ed)|hail(?:s|ed|ing)|claimed"
    r"|declar(?:es|ed)(?=\s+(?:that|the|it|this|they|he|she)\b|\s*[:,“\"])"  # declared that …, not martial law
    r"|demanded|confirm(?:s|ed)|announc(?:es|ed)|signal(?:ed|led)|condemn(?:s|ed)?|threaten(?:s|ed)"
    r"|ask(?:s|ed)|express(?:es|ed)|reiterat(?:es|ed)|arguing|warning|telling|saying|cautioning"
    r"|suggest(?:s|ed|ing)(?=\s+that\b)|refer(?:s|red) to(?!\s+\w+\s+as\b)|tells|writes|pledg(?:es|ed)|vow(?:s|ed)"
    r"|promis(?:es|ed)|predict(?:s|ed)|conced(?:es|ed)|admit(?:s|ted)|complain(?:s|ed)|critici[sz](?:es|ed)|prais(?:es|ed)"
    r"|blam(?:es|ed)|questioned|propos(?:es|ed)|explain(?:s|ed)|assur(?:es|ed)"
    r"|(?:respond(?:s|ed)|repli(?:es|ed)|answered)(?=\s*(?:that\b|[:,.;“\"]|$))"  # responded that, not with missiles
    r"|answers(?=\s*(?:that\b|[:“\"]))|(?:shot|fire[sd]) back(?=\s*(?:that\b|[:.;“\"]|,\s*[“\"]|$))"  # not "wants answers", "fired back, launching drones"
    r"|(?<!to )hit back(?=(?:\s+at\s+[^,.;:“\"]{1,40}?)?\s*(?:that\b|[:“\"]|,\s*[“\"]))"  # hit back at X: “…”; not "ordered … to hit back"
    r"|contend(?:s|ed)|alleg(?:es|ed)|reaffirm(?:s|ed)|(?:reveal(?:s|ed)|ma(?:de|kes?) (?:it )?clear)(?=\s+that\b)"
    r"|offer(?:s|ed)(?=\s+to\s+[a-z]+)"
    # less common verbs of saying; those with other senses only before what is said ("maintained
    # that", not "maintained sanctions"; "indicated that" is left out: ACCURACY.md, round 23)
    rf"|(?:{_NOUNS})(?=\s+(?:from|by)\s)"
    r"|remark(?:s|ed)|rul(?:es|ed) out|retorted|quipped|mused|cautioned|lament(?:s|ed)"
    r"|(?:maintain(?:s|ed)|observed|hint(?:s|ed)|point(?:s|ed) out)(?=\s+that\b)|hint(?:s|ed)(?=\s+at\b)"
    r"|(?:counter(?:s|ed)|asserts|asserted)(?=\s*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:that\b|[:“\"]|$))"
    # present say, warn, believe; not "declined to say", "have the final say", "wants Trump to believe"
    r"|(?<!to )(?<!the )(?<!a )(?<!no )(?<!final )(?<!little )(?<!any )(?<!some )(?<!more )(?<!have )(?<!has )(?<!had )say"
    r"|(?<!to )warn|(?<!to )believes?"
    # characterising in quoted words a few words on (branded it “a capitulation”, dubbed the strike “a war
    # crime”); not "Witkoff, dubbed the “envoy” by …", "a drone factory dubbed the “Silicon Valley”". ("called
    # the plan “…”" was left out: a call, a name, a summons; ACCURACY.md, round 31)
    rf"|(?<!, )(?<!ly )(?:branded|dubbed|termed)(?!\s+the\s+[“\"])(?=\s+{_OBJECT}[“\"][^”\"]{{1,60}}[”\"](?!,?\s+by\b))"
    rf"|characteri[sz](?:es|ed)(?!\s+by\b)(?=[^,.;]{{0,50}}\bas\b)|(?<=, )describing(?=[^,.;]{{0,50}}\bas\b)|welcomed(?=\s+{_OBJECT}as\s+[“\"])"
    r"|voic(?:es|ed)(?=\s+(?:hope|concern|support|optimism|confidence|frustration|doubts?|skepticism|scepticism|opposition"
    r"|disappointment|regret|alarm|fears?)\b)"
    rf"|briefed(?=\s+{_OBJECT}that\b)"
    # stance verbs of a rebuttal or a dismissal; not "slammed into", "slammed his fist", "pushed back the front line"
    r"|slamm(?:ed|s)(?!\s+(?:into|onto|through|against|down|shut)\b|\s+(?:his|her|their|a|the)\s+(?:fists?|hands?|brakes?)\b)"
    r"|lash(?:ed|es) out(?!\s+with\b)|mock(?:ed|s)(?!-)|(?:downplay(?:ed|s)|play(?:ed|s) down)(?!\s+the\s+(?:left|right|middle|wing)\b)"
    r"|push(?:ed|es) back(?=\s+(?:on|against|at)\b)|doubl(?:ed|es) down(?=\s+on\b)|str(?:uck|ikes) an? (?:\w+ ){0,2}tone\b"
    # disputing, contradicting or echoing what another said: what the subject holds (Kushner disputed what
    # Peskov said; Merz echoed Macron's warning); never before a bare noun ("the disputed territories", "a
    # widely disputed claim"), nor "disputes that" (a noun), nor "sirens echoed across Kyiv"
    r"|(?:disputed|contradict(?:s|ed))(?=\s+(?:what|that|the|his|her|its|their|this|these|those|[\w.-]+[’']s)\b)"
    r"|disputes(?=\s+(?:what|the|his|her|its|their|[\w.-]+[’']s)\b)"
    r"|echo(?:es|ed)(?=\s+what\s|\s+(?:[\w.-]+[’']s|the|his|her|their|its|this|that)\s+(?:\w+\s+)?(?:call|warning|view|sentiment"
    r"|concern|position|stance|demand|remark|comment|argument|message|appeal|criticism|assessment|claim|point)s?\b)"
    # a post: posted that …, posted on X: “…”; “…,” Rubio posted on X. (after a quotation only: AFTER_QUOTED_ONLY)
    rf"|posted(?=[^,.;:]{{0,60}}\bthat\b|\s+(?:on|to)\s+{_PLATFORM}\s*[:“\"])|posted\s+(?:on|to)\s+{_PLATFORM}(?=\s*(?:[.;]|$))"
    r"|according to|citing|(?<![a-z] )quoting)\b)"  # "Quoting Peskov, TASS …", "…, quoting"; not "without quoting"
)
# Who comments on the talks without a party's voice (folded): what they say of a leader
# (分析人士認為，普丁希望……; "Analysts said Trump warned …") is their reading, not the leader's words.
COMMENTATOR = re.compile(r"分析|专家|学者|观察人士|观察家|评论|外界|舆论|智库|研究员"
                         r"|\b(?:analysts?|experts?|observers?|critics?|commentators?|pundits?|scholars?|researchers?)\b")
# Someone who speaks with no name the gazetteer knows: an unnamed official, a source, people familiar
# with the talks (folded). Their clause has a subject of its own ("…, a source close to the Kremlin
# said"; 一名烏克蘭官員說，澤倫斯基告訴……): what they say of a named person is their report, not that
# person's word. News outlets are not here: 路透社報道指，澤連斯基還表示…… is Zelensky's word.
_SOURCES_ZH = "官员|人士|消息来源|外交官"
UNNAMED_SOURCE = re.compile(rf"{_SOURCES_ZH}|\b(?:officials?|diplomats?|sources?|insiders?|people|person|aides?)\b")
# An outlet's report citing unnamed sources, with no verb of its own (LABELLING: the sources speak).
CITED_SOURCES = re.compile(rf"(?:引述|援引|引用)[^，,。；;]{{0,12}}?(?:{_SOURCES_ZH})[^，,。；;]{{0,8}}[，,]\s*$")
# A clause that states no position: a condition (若普丁拒絕, "If Putin rejects"), a rumour (傳普丁拒絕),
# a future or an intention (澤倫斯基預計將拒絕, 川普將在本週宣布, 普丁打算提出) or a question (普丁是否真的拒絕). 將 only as a future
# (將在, 將於, 將要, or right before the verb), not 將 = 把 (普丁將北約視為威脅). 預計 and 預料 alone are
# left out: 川普預計協議很快達成 is Trump's own expectation.
NOT_YET = re.compile(r"^\s*(?:若|如果|假如|倘若|一旦|万一|要是|即使|即便|(?:据|盛|风)?传(?![达递统播真])|传出|传言|传闻"
                     r"|(?:if|unless|whether|should|neither)\b)"
                     r"|^[^，,]{0,8}?(?:若(?!干)|如果|假如|倘若|一旦|万一|要是)"  # 普丁若拒絕: the subject before the condition
                     r"|为何|为什么|何时|\b(?:why|whether)\b"  # a question (普丁為何拒絕, "asked Trump why Putin …")
                     # not inside a modifier (即將卸任的X表示, 在即將舉行的會談前表示: the outgoing X speaks now)
                     r"|(?:即将|将要|将会|将(?=[在于])|(?<!在)(?:打算|有意|准备))(?![^的]*的)|将\s*$"
                     # a schedule: 預計/預定 and a day or place (澤倫斯基預計週四在歐洲議會發表演說)
                     r"|预定|预计\s*(?:将|于|在|周[一二三四五六日末]|星期|今天|今日|明天|明日|本周|下周|稍后|近日|\d{1,2}日)"
                     # a question the clause asks, not one it is asked about (澤倫斯基被問及是否……時表示, 就是否……表示)
                     # (記者追問普丁是否拒絕: the reporter's question, no answer yet)
                     r"|^(?:(?!被问|被询|就|对|关于|针对|谈到|谈及|提及).)*(?:是否|能否|会否|会不会)")
# Hearsay: what a report or a rumour says someone did ("A report that Zelensky disputed the plan was
# denied", "Rumours that Putin contradicted Lavrov spread"); its verb states nothing, unless passive
# with its agent after it ("Reports that … were confirmed by Peskov").
HEARSAY = re.compile(r"\b(?:reports?|rumou?rs?|speculation|allegations?|suggestions?)\s+that\b")
AFTER = ("according to", "citing", "quoting")  # the speaker follows these: "according to a US official"
QUOTATION = re.compile(r"\s*[「“『\"].*[」”』\"]\s*$", re.S)  # a sentence that is a quotation alone
AFTER_QUOTE = re.compile(r"[”\"’]\s*$")  # “…,” said Zelensky
# “…,” Peskov continued: a quotation closed by a comma, then only its speaker's words before the verb (folded)
AFTER_QUOTED = re.compile(r"[,，][”\"’]\s*[^,，.;:”\"“「」]{1,40}$")
AFTER_QUOTED_ONLY = re.compile(r"continued|went on|posted\s")  # and "posted on X", the sentence's end next
# Between "according to" and its source: a few words, none opening what was said.
SOURCE_WORDS = re.compile(r"(?i)\s*(?:(?:a|an|the|one|two|three|several|senior|top|chief|deputy|former|unnamed|anonymous"
                          r"|statement|readout|spokes(?:man|woman|person)|from|of|by)\s+){0,5}")
# Between "said" and its speaker: a title ("said Ukrainian Minister of Defence X").
TITLE_WORDS = re.compile(r"\s*(?:(?:[A-Z][\w’'.-]*|of|the|for|and|a|an|senior|top|chief|deputy|former|foreign"
                         r"|defen[cs]e|minister|secretary|spokes(?:man|woman|person)|envoy|advis[eo]r|aide|president|leader)\s+){0,6}")
# A title of capitalised words before a name, "of" between them (Secretary of State Marco Rubio), no role of
# someone else's ("a spokesman for President Putin", "a former adviser of President Zelensky")
CAPITAL_TITLE = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:of|for)\s+(?:the\s+)?(?=[A-Z]))?){0,6}")
ACCORDING = re.compile(r"(根据|据|依照|按照)[^，,。；;]{0,40}$")  # 根據克里姆林宮的說法: 說法 is speech only here
# 他, 她們, he, she, they as a clause's subject (not 其他, 吉他, 他國, 他人, 別無他法, nor 他的 of a possessor: 他的發言人佩斯科夫
# speaks): a name after it in its clause is its object (naming.subject).
SUBJECT_PRONOUN = re.compile(r"(?<![其吉利])[他她](?:们|們)?(?![国國人方乡鄉的们們法])|\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
CLAUSE_BREAK = re.compile(r"[，,；;：]|:(?!//)")  # not the colon of a link's URL
OBJECT_MARK = re.compile(r"([向对给跟从]|有关|关于|(?<![中少上大准主名爱干老女猛悍战副武宿健小虎闯勇良部骁])[把将]|[把将][^，,。；;：:把将]{1,12}?[与和及、])$|\b(close to|with|about|against|for|of|to|on|at|towards?|than|like|near|between"
                         r"|among|by)\s+(the\s+)?$")  # a name after these is spoken to or about ("sources close to Zelensky");
# after 把 or 將 (not 中將, 老將, a rank), and after 與 in 把X與Y, what the verb acts on: 外界將普丁比作「沙皇」 likens Putin
BOTH = re.compile(r"(?<![首成京国])[都均皆]\S{0,2}$|\bboth\b")  # 都說, 均表示, 會後均表示, "both said"; not 首都
# How a response was (not) made: 未作出正式回應, 未作任何回應
_HOW = "(?:立即|马上|明确|公开|正式|直接|正面|任何)"
# Not done (folded): 未作出回應, 沒有就此表態
_NOT_DONE = "(?:没有|没|未有|未|并未|从未|不曾|未能)"
# What a response not given or refused is about (对此, 就有关报道): this, the report, the news (folded)
_ABOUT_THIS = "(?:[对就](?:此|此事|该报道|有关报道|相关报道|报道|相关消息|有关消息|该消息))"
# Right before a speech verb (folded): a negation, a modal (應該承諾, "should say"), a determiner
# (川普的敦促, 這項承諾, "the proposed deal") or a verb taking a thing (提供安全承諾): nothing is stated.
NOT_STATED = compile_with_start(rf"((?:没有|没|未有|未|并未|从未|不曾|无法|未能|拒绝|不愿|尚待|无从){_HOW}?{_ABOUT_THIS}?"
                        rf"(?:作出|做出|作|做|予|发表)?{_HOW}?"
                        # 尚未對普京的講話作出正式回應 (not 就任, 合作, 工作: 對美方未就此合作表示不滿 is stated)
                        rf"|{_NOT_DONE}{_HOW}?[对就](?![任职])[^，,。；;：:]{{1,16}}?(?:作出|做出|(?<![合工])作|做|予|发表){_HOW}?"
                        rf"|(?:不会|暂不|暂时不会|暂时不|不打算){_HOW}?(?:作出|做出|作|做|予){_HOW}?|应该|应当|必须|需要|可能|将会|(?<![者峰国议社协开大委工学商聚宴晚年例理])会|来|的|这项|该项|此项|一项|这些|那些|相关"
                        r"|的[俄美乌欧双各对]方"  # 更新版的俄方建議: a side's proposal, a noun
                        r"|(提供|给予|获得|得到|履行|兑现|违反|遭到|受到|遭|面临|构成|带来|造成)[^，,。]{0,3})$"  # 提供安全承諾: a noun
                        r"|(\bnot|\bnever|n't|\bshould|\bmust|\bwould|\bcould|\bmight|\bmay|\bwill) (\w+ly )?$"
                        r"|\b(the|a|an|its|his|her|their|this)\s+$")  # "the proposed deal", "a warning"
# A proposal inside what a response not made answers is a noun (克宮暫未就美方最新建議作出回應).
NEGATED_OBJECT = re.compile(rf"{_NOT_DONE}[^，,。；;：:]{{0,4}}?[对就](?![任职])[^，,。；;：:]{{0,12}}$")
PROPOSAL_NOUNS = frozenset({"建议", "提议", "倡议", "要求"})
# A refusal to comment states nothing (克宮拒絕對此發表評論, 拒絕就有關報道置評): right after the refusal
# (folded), what it refuses is a comment, an answer or a confirmation about this or the report, not a
# proposal or a demand (拒絕就媒體披露的方案作出讓步 refuses a concession).
REFUSAL = frozenset({"拒绝"})
NO_COMMENT = re.compile(rf"{_ABOUT_THIS}?(?:发表|作出|做出|进一步|具体|公开|正面)?(?:评论|置评|回应|表态|透露|证实|说明|回答|谈论|披露)")
# What was refused runs to its clause's end or a conjunction (克宮拒絕置評但表示……: the statement after 但 is one).
REFUSED_END = re.compile(r"[，,；;：:。！？!?]|但|并|而|却|不过")
# A negated speech verb states nothing, and what follows it is no one's word ("Trump did not say that
# Putin had rejected …", 白宮並未表示普丁已拒絕……).
NEGATED = re.compile(r"(?:没有|没|未|并未|从未|不曾)(?:立即|马上|明确|公开|正式|直接|正面)?$|(?:\bnot|\bnever|n't) (?:(?!only\b)\w+ly )?$")
# A clause that opens with a pronoun before its speech verb continues the last speaker.
PRONOUN = re.compile(r"^(但|而|并|且|同时|则|也|因为|不过|然而|此外)?(他|她)(们)?(?!国|人)"
                     r"|(?<![其吉])(他|她)(也|还|又|则|就|更|曾|再|并|亦)*$|^(he|she)\b|(^|\s)(he|she)$")
# 這位 and a description of someone in public life opening the clause (這位資深外交官): the one just spoken
# of, as 他 is, when no role tells who (folded); not 這位分析師, 這位記者, 這位士兵: someone else
THIS_PERSON = re.compile(r"^(但|而|并|且|同时|则|也|此外)?这位[^，,]{0,10}?(外交官|政治人物|政治家|谈判代表|负责人|老将|总统|总理|首相"
                         r"|部长|外长|国务卿|特使|领导人|元首|主席|秘书长)")
# Whom a pronoun may stand for (naming.Naming.fits): 她/she a woman, 他/he a man; 他則, the other one.
SHE = re.compile(r"她|\bshe\b")
# A pronoun for more than one (他們, they): it may stand for a pair named together.
PLURAL = re.compile(r"^\s*(?:但|而|并|且|同时|则|也)?\s*(?:[他她][们們]|[Tt]hey\b)")
# A role only a woman holds (folded): a person the corpus taught with it is "she", never "he".
# Right before the name (spokeswoman Maria Zakharova, 女發言人札哈羅娃); not 夫人 or 女士, which follow a
# name and may be someone's wife (澤倫斯基夫人澤倫斯卡).
WOMAN_ROLE = re.compile(r"\b(spokeswoman|congresswoman|chairwoman|businesswoman|stateswoman|first lady)\s?$"
                        r"|(女发言人|女议员|女部长|女总统|女总理|女外长)$")
HE = re.compile(r"(?<![其吉])他(?!国|人)|\bhe\b")
CONTRAST_PRONOUN = re.compile(r"[他她](?:们)?则")  # 他則回應: the other person of the sentence before
# A new clause whose subject is something the gazetteer does not name (而莫斯科雖表示, "but Moscow has said").
OWN_SUBJECT = re.compile(r"^(?:但|而|不过|然而|but|while|whereas)\s*(?!(?:也|还|又|则|就|更|曾|再|并|亦|却|随后|稍后|同样|均|都"
                         r"|also|later|then|has|had|have|\w+ly)\b|(?:也|还|又|则|就|更|曾|再|并|亦|却|随后|稍后|同样|均|都)*$)\S")
# A sentence with no subject at all (「……」並強調) continues the last speaker too. (Not 同時: after a commentator
# or an unnamed official it went to the named speaker before them; ACCURACY.md, round 28.)
NO_SUBJECT = re.compile(r"^(并|且|并且|还|又|亦|随后|接着)")
# A statement as subject speaks for whoever the sentence before says issued it (白宮公布聲明。聲明稱……).
DOCUMENT = re.compile(r"^(该|这份|此|联合)?(声明|公报)[中里内]?$|^(the|this|a|their) (joint )?statement$")
ISSUED = re.compile(r"声明|公报|\bstatement\b")
ISSUING = re.compile(r"发表|公布|签署|发布|发出|\b(?:issued|released|signed|published)\b")
# After a speech verb, its clause and the next are what was said (普京指出，特朗普曾表示……): a name
# there is not a new speaker, unless a clause opens anew (但佩斯科夫強調, "while Peskov said").
# (after a comma inside a closing quotation too: dubbed the meeting “constructive,” but Zelensky said …)
NEW_CLAUSE = re.compile(r"^[\s”\"’」』]*(但|而|且|并且|不过|然而|另外|同时|此外|另一方面|but\b|while\b|whereas\b|meanwhile\b)")
# A second speaker after what the first one said: its own subject, then 則/也/亦/卻 (普丁表示……，澤倫斯基
# 則表示……), or "and" opening the clause ("Putin said …, and Zelensky said …").
AND_SPEAKER = re.compile(r"^[\s”\"’」』]*and\b(?!\s+(?:that|then|also|added)\b)")
ALSO = re.compile(rf"^(?:则|也|亦|却)|{AND_SPEAKER.pattern[1:]}")
# A second subject acting next (澤倫斯基隨即反駁), unless the verb before tells (a verb of saying or 告訴:
# what follows it is what was told)
SEQUENCE = re.compile(r"(?:随即|随后|旋即|其后|接着)")
TOLD = re.compile(r"(?:表示|说|称|指出|透露|强调|补充|写道|证实|告诉|告知|转达|转述)$")
# A reply to what the speaker before proposed (威特科夫曾建議……，川普對此表示……): 對此 points back at the
# proposal, and nothing stands between it and the verb (普丁對此可能表示拒絕 is a guess, not a reply).
# After any other verb (魯比奧表示／告訴記者，……，澤倫斯基對此表示拒絕) the reply is still what was said.
PROPOSING = re.compile(r"建议|提议|提出|呼吁|敦促|主张|倡议")
_ADVERBS = r"(?:也|还|又|则|亦|随即|随后|当即|随之|公开|明确|正式)*"
REPLY = re.compile(rf"{_ADVERBS}(?:对此|就此){_ADVERBS}")
# The reply's own clause after its verb: nothing (川普對此表示，……), a word or two (表示歡迎, 表示拒絕) or
# what it says (回應稱不會前往). More is the writer's clause about it (表示同意的可能性很低,
# 表示同意就能開始談判, 表示拒絕將付出代價), and a time or a condition is no reply (表態之前, 表示同意後).
REPLY_TAIL = re.compile(r"\W*(?:[\u3400-\u9fff]{0,4}|(?:称|说|表示|指出|强调|道)\W?.*)\W*$")
SUBORDINATE = re.compile(r"(?:之前|之后|以前|以后|后|时)\W*$")
# A clause that asks someone about something (被問到普丁與澤倫斯基會面時, "Asked about Putin's offer"): whom
# it names is what was asked about, not who answers, even for a pronoun that may refer into a scene (folded).
QUESTION_FRAME = re.compile(r"^\s*(?:在|当)?(?:被|获)?(?:记者|媒体)?(?:问及|问到|问起|询问|追问)|^\s*(?:(?:when|after|as)\s+)?(?:he\s+was\s+|she\s+was\s+)?asked\b", re.I)
QUESTION_END = re.compile(r"[时后]")  # where a Chinese question's frame closes (被問到……時)
PASSIVE_MARK = re.compile(r"[被遭]")  # where a Chinese passive opens, on the unfolded text
# A clause that sets the scene names no subject for a later verb (針對普丁與美方討論，顎夏柯夫表示).
SCENE = re.compile(r"^\s*(针对|对于|关于|至于|无论|不论|如果|若|随着|由于"
                   r"|(despite|although|though|if|when|while|as|after|before|during|following|regardless|in|amid|with)\b)")
# 被莫斯科批評, 遭到澤倫斯基駁斥, "was described": not the subject; 被(記者)問及 (asked) is no passive of the verb
PASSIVE = re.compile(r"被(?![^，,。；;]{0,6}?(?:问及|问到|问起|询问|追问|质问))|遭到?|受到|\b(is|are|was|were|been|being|be) (\w+ly )?$")
NOUN_OF_SAYING = re.compile(_NOUNS)
NOUN_SPEAKER = re.compile(r"\s+(?:from|by)\s+")
# ... not a noun of what was not said: sought, awaited, wanted or absent ("sought assurances from Trump that …",
# "no comments from Putin that would …")
NOT_SAID = re.compile(r"(?i)\b(?:no|without|any|sought|seek|seeks|seeking|awaiting|await|waiting for|wait for|asked for|want|wants"
                      r"|wanted|need|needs|needed|demand|demands|demanded|demanding|get|got|obtain|secure|secured|lacks?|lacking|for)"
                      r"\s+(?:[\w’'-]+\s+){0,3}$")
# (a "that" opening what was said, not a relative: "Remarks by Trump that angered Kyiv …")
SAID_THAT = re.compile(r"\s*(?:that\b(?!\s+(?:[a-z]+ed|is|was|were|are|has|have|had|would|will|could|can|may|might|drew|made|caused"
                       r"|sparked|prompted|led|left|came|went)\b)|[:“\"])")
# A relative clause whose verb is its own (folded): "Zelensky, who had previously ruled out …"
# (not "who was described by Merz", "who he said wants …")
RELATIVE = re.compile(r"\s*who\s+(?!(?:is|was|were|are|been|being|he|she|they|i|we|you)\b)(?:(?!(?:is|was|were|been|being)\b)[a-z]+\s+){0,3}$")
# A name after "of", "for" or "to" before the relative: "an aide to Witkoff, who told him …", "a source close
# to Putin, who said …", "a friend of Kushner, who said …": whose relative it is, the words do not say
SERVES = re.compile(r"\b(?:to|for|of)\s+(?:[A-Z][\w’'.-]*\s+){0,3}$")  # "close to Putin", "a lawyer for Trump", "President Zelensky"
# A cleft sentence (folded): 消息是烏克蘭外交部長瑟比哈透露的。, 這番話是佩斯科夫在記者會上說的。: the verb
# before 的 and the sentence's end, its subject after 是 in the same clause.
CLEFT = re.compile(r"的\s*(?:[。！!]|$)")
# Only a cleft of what was said (消息是…, 這番話是…): not 這不可能是, 很多人以為這是, 這是…最擔心…, 是衝著X說的.
CLEFT_SUBJECT = re.compile(r"(?:^|[，,。])\s*(?:消息|[这此该那][^，,。；;能可未以不应大也或并非许恐]{0,5})是(?!否)"
                           r"(?:(?!冲着|对|向|给|听|想|担心|最|希望|要求|期待|期盼|等待|盼)[^，,。；;！!？?]){2,30}$")
# After an English verb in the passive, a few words (a day, a place, "as a surrender") and "by" its agent.
# Not across a phrase that may hold an agent of its own ("confirmed hours after a visit by Witkoff").
# Nor across a participle whose "by" is its own ("denounced as a capitulation demanded by Putin", "a trap set by Putin").
BY_AGENT = re.compile(r"((?:\s+(?:“[^”]{0,80}”|\"[^\"]{0,80}\"|(?!(?:after|before|following|during|since|amid|despite|with|for|of|to|from|into"
                      r"|set|made|written|drawn|put|led|held|given|taken|sent|built|laid|been|being)\b)(?![\w’'-]*ed\b)[\w’'-]+)){0,6}?)\s+by\s+")
# What may follow a passive's agent: the clause's end, a time, a place, a manner ("… by Sybiha at a
# news conference"), not a noun the name qualifies ("by Trump allies", "by former Trump adviser John Bolton").
AGENT_END = re.compile(r"\s*(?:[,.;:!?)”\"]|$|(?:that|at|in|on|during|as|for|after|before|while|when|who|last|this|earlier|later|from|via)\b)")
# A name that qualifies the speaker: 普丁特使德米崔耶夫, 普丁和談特使, 川普任命的特使, 普丁（Vladimir Putin）的魏科夫,
# "Trump envoy Steve Witkoff" (a name before 的 or 's is a possessor already).
QUALIFIER = re.compile(r"[)）]?(?:[（(][^（）()]{0,40}[）)])?(?:(?:任命|派遣|指派|提名|委任)?的"
                       r"|(?:和谈|和平)(?:特使|顾问|代表(?!团))|[^\W\da-z_与和及同跟并或向对在、会见接谢晤访致被遭]{0,4}(?:特使|顾问|发言人|助理|幕僚|办公室主任|办公厅主任|秘书(?!长)|部长|外长|代表|政府|方案|计划|提案|草案|盟友)|之[子女妻夫])"  # 川普之子小川普: his son
                       r"|\s(?:envoys?|advis[eo]rs?|aides?|allies|spokes(?:man|woman|person)|administration|plan)\b")
# After X的顧問 (a role noun), a name the gazetteer lacks, right before the verb: 2 to 5 characters
# that open with no time, place or adverb (週二, 在, 也, 隨後 …).
UNNAMED_AFTER_ROLE = re.compile(r"(?!周|今|昨|明|前|本|上|下|在|于|也|还|则|亦|曾|再|随|稍|会|当|对|向|更|又|并|均|都|同|日|月"
                                r"|年|早|晚|近|先|此|已|首|公|私|透|发|说|表|称|指|强|认)[\u3400-\u9fff]{2,5}$")
# A person the gazetteer does not know, named between a known name and the verb (澤連斯基的顧問
# 利特溫(Dmytro Lytwyn)表示, 史蒂夫·維特科夫) or right before an English verb ("” Fedorov said"): the
# speaker is that person, not anyone else in the sentence.
UNKNOWN_ZH = re.compile(r"[\u3400-\u9fff][（(][A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)+[，,)）]"
                        r"|[\u3400-\u9fff]{1,4}·[\u3400-\u9fff]{1,5}")
# A clause that is only a transliterated name the gazetteer lacks, and an adverb (folded): 费丹则表示
# after Lavrov spoke is Fidan's word, not Lavrov's.
UNKNOWN_TRANSLIT = re.compile("^(?P<name>[" + "".join(sorted(TRANSLIT)) + "]{2,6})(?:则|也|还|亦|随即|随后|当天|同日|事后|会后)?\\s*$")
# A gloss that names a body, not a person: 世界經濟論壇（World Economic Forum）.
BODY = re.compile(r"\b(Council|Forum|Committee|Organi[sz]ation|Union|Ministry|Agency|Party|Parliament|Assembly"
                  r"|Conference|Summit|News|Times|Post|Journal|Group|Office|Department|Board|Bank|Fund|Institute"
                  r"|University|Coalition|Alliance|League|Force|Army|Service)\b")
UNKNOWN_EN = re.compile(r"(?<![.!?“\"] )\b(?!(?:He|She|It|They|The|This|That|A|An|But|And|On|In"
                        r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z’'-]+\s+$")


# A role noun standing for someone named before: "the president said", "Ukraine's president",
# "the Kremlin spokesman", 該官員, 俄羅斯領導人說道. Roles of one family stand for each other.
ROLE_FAMILY = {"president": "head", "leader": "head", "总统": "head", "领导人": "head", "领袖": "head", "元首": "head",
               "spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes", "发言人": "spokes",
               "envoy": "envoy", "特使": "envoy", "minister": "minister", "部长": "minister", "外长": "minister",
               "official": "official", "officials": "official", "官员": "official", "negotiator": "negotiator",
               "adviser": "adviser", "advisor": "adviser", "aide": "adviser", "顾问": "adviser", "助理": "adviser",
               # a chancellor is no president ("the German president" is not Merz), nor a secretary a minister
               "chancellor": "chancellor", "secretary of state": "secretary", "secretary": "secretary",
               "国务卿": "secretary",
               # 英國首相 is the British prime minister; 總理 a prime minister too (匈牙利總理 Orbán), but for
               # Germany and Austria a chancellor (roles._family)
               "首相": "minister", "总理": "minister"}
CHANCELLERIES = re.compile(r"德国|奥地利")  # where 總理 is the chancellor
EN_ROLES = "|".join(k for k in ROLE_FAMILY if k.isascii())
_ZH_ROLES = "|".join(k for k in ROLE_FAMILY if not k.isascii())
# Before a passive's agent, its title included (folded): 遭美國總統川普施壓的澤倫斯基 names Zelensky as
# the subject, not Trump (not a modifier's own 的: 受到批評的美國總統川普 is the subject).
AGENT_MARK = re.compile(rf"(?:被(?!迫)|遭到?|受到)(?:[^\W\d的之]{{0,4}}?(?:{_ZH_ROLES}|特使|顾问|发言人))?$")
# Between a name and the person its role names (folded): 普丁顧問烏沙科夫, 川普的特使威特科夫
ROLE_BETWEEN = re.compile(rf"的?[\u3400-\u9fff]{{0,4}}?(?:{_ZH_ROLES}|特使|幕僚|秘书长)")
# A passive's agent before the act as a noun (folded): 遭到西科爾斯基的駁斥 is his rebuttal (a noun after
# 的 states nothing otherwise: NOT_STATED)
PASSIVE_NOUN = re.compile(r"(?<![未没不免心能会])(?:遭到|受到|遭)[^，,。；;的]{2,14}的$")  # not 並未受到, 擔心遭到, 可能遭到
# A passive's agent after their title alone (folded): 被俄羅斯外長拉夫羅夫, 遭到波蘭外長西科爾斯基的
PASSIVE_TITLED = re.compile(rf"(?:被(?!迫)|遭到?|受到)[\u3400-\u9fff]{{0,6}}?(?:{_ZH_ROLES}|特使|幕僚|秘书长)$")
ROLE_WORD = re.compile(rf"\b({EN_ROLES})\b|({_ZH_ROLES})")
ROLE_EN = re.compile(rf"(?:^|\s)(?:the|this|that|(?P<owner>[a-z.]+)(?:'s|’s))\s+"
                     rf"(?P<mod>(?:(?!the\b|this\b|that\b)[a-z.’'-]+\s+){{0,3}})(?P<role>{EN_ROLES})\s*(?:(?:\w+ly|also|further|later|then|again|earlier|too|has|had|have)\s*){{0,2}}$")
ROLE_ZH = re.compile(rf"(?:该|这位|此|这名|该名|那位|^)(?P<mod>[\u3400-\u9fff]{{0,4}}?)(?P<role>{_ZH_ROLES})"
                     r"(?:也|还|又|则|就|曾|再|并|亦|随后|稍后|会后|今天|昨天)*$")
# A role noun right after a verb that follows a quotation, up to the clause's end: “…,” said the
# American vice president, after … ("said the president's spokesman on Monday" is left alone).
ROLE_AFTER = re.compile(rf"\s+(the\s+(?:(?!the\b)[A-Za-z.’'-]+\s+){{0,3}}?(?:{EN_ROLES}))"
                        r"(?=\s*[,.;]|\s*$|\s+(?:in|at|after|on|during|before|from|to|as|while|when|with|via|speaking)\b)")
# A role one person holds, right after a body's name ("the Kremlin spokesman", "a White House aide").
ONES_ROLE = re.compile(r"(?:['’]s)?\s+(?:chief\s+|top\s+|senior\s+)?(?:spokes(?:man|woman|person)|envoy|adviser|advisor|aide"
                       r"|negotiator|press secretary|chief of staff)\b")
# Someone given a role but no name the gazetteer knows ("a Ukrainian official", 一名烏克蘭官員): a later
# "the official" may be that one, so it stands for no one.
NAMELESS = re.compile(rf"\b(?:a|an|one|another)\s+(?:[\w.’'-]+\s+){{0,3}}?(?:{EN_ROLES})\b"
                      rf"|(?:一名|一位|另一名)[\u3400-\u9fff]{{0,4}}?(?:{_ZH_ROLES})")
GENERIC = {"senior", "top", "chief", "former", "deputy", "new", "same", "then"}  # say nothing of whom a role is
# English words for an office a Chinese title names: "the Russian foreign minister" is the one titled 俄羅斯外交部長,
# "the British prime minister" the one titled 英國首相 (not the Russian foreign minister: "prime" is a qualifier)
OFFICE_WORDS = {"外交": "foreign", "外长": "foreign", "国防": "defence defense", "国家安全": "national security", "首相": "prime",
                "总理": "prime"}


def quote_mask(text: str) -> list[bool]:
    """For each character, whether it lies inside a quotation (“…”, 「…」, "…" when they pair up)."""
    inside, depth, straight, pairs = [], 0, False, text.count('"') % 2 == 0
    for ch in text:
        if ch in "“「『":
            depth += 1
        elif ch in "”」』":
            depth = max(0, depth - 1)
        elif ch == '"' and pairs:
            straight = not straight
        inside.append(bool(depth) or straight)
    return inside


# A sentence that only reports a call or a meeting (original text, not folded: names are capitalised):
# "Putin spoke with Hungary's prime minister, the Kremlin said", "Rubio met Lavrov in Riyadh on Tuesday,
# according to the White House", "Zelensky said he had met Witkoff". Its content is a subject, the action,
# whom it was with, and when, where or how: nothing more (not "has met its obligations", "met Putin without
# a mandate", "met Trump but would never", "held talks with North Korea on sending troops").
_ACTION = (r"(?:(?:had|has|have)\s+)?(?:spoke|spoken|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)"
           r"|(?:(?:had|has|have)\s+)?(?:held|had|holds|has)\s+(?:a\s+)?(?:telephone\s+|phone\s+|video\s+)?(?:call|conversation|talks)\s+with"
           r"|(?:(?:had|has|have)\s+)?met(?:\s+with)?"
           # a named person's journey: "Witkoff arrived in St Petersburg on Friday, the Kremlin said" (not
           # "North Korean troops arrived in Kursk, Zelensky said": news of others)
           r"|[A-Z][\w'’.-]*\s+(?:(?:had|has|have)\s+)?(?:arrived\s+in|landed\s+in|flew\s+to|flown\s+to|travell?ed\s+to)")
# "Putin and Trump had spoken by phone": the two named before the action
_TOGETHER = r"(?:(?:had|has|have)\s+)?(?:spoke|spoken|talked)\s+by\s+(?:tele)?phone"
_WITH = (r"(?:[A-Z][\w'’.-]*|his|her|their|the)(?:\s+(?:[A-Z][\w'’.-]*|of|and|prime|foreign|defen[cs]e|minister|president"
         r"|counterpart|envoy|leader|delegation|team|officials?|chancellor|secretary|state|aide|adviser|spokesman))*")
_WHEN = (r"(?:\s+(?:by\s+(?:tele)?phone|in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|on\s+(?:[A-Z]\w*|the\s+sidelines\s+of\s+[^,;]+)"
         r"|at\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|(?:last|this|earlier|later)\s+(?:week|month|year|day)"
         r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
         r"|for\s+the\s+first\s+time|again|(?:earlier|later)(?:\s+(?:in\s+the\s+day|today))?"
         r"|for\s+(?:a\s+)?(?:meeting|talks)\s+with\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
         r"|for\s+(?:about\s+|nearly\s+|more\s+than\s+)?\w+\s+(?:hours?|minutes?)))*")
READOUT = re.compile(rf"(?:(?!\b(?:when|who|which|that|after|before|as|while|where|because|if|since|until|once)\b)[^,;:“”\"]){{0,60}}?"
                     rf"\b(?:(?:{_ACTION})\s+{_WITH}|{_TOGETHER}){_WHEN}\s*\.?")
# ... its reporting clause last, then at most a clause of the writer's scene (", as officials began …"),
# never more of the report (", adding that the meeting had been constructive")
READOUT_REPORT = re.compile(r",\s+(?:(?:(?:the|his|her|their)\s+)?[^,;]{1,40}?\s+(?:said|says|announced|reported|confirmed)\b"
                            r"|according\s+to\b[^,;]*)(?:,?\s+(?:as|while|when|after|before)\b[^;]*)?\s*\.?$")
READOUT_REPORTER = re.compile(r"^[^,;:“”\"]{1,60}?\s+(?:said|says|announced|confirmed)\s+(?:that\s+)?")

# Between two people of one subject (folded): a conjunction and the second one's title (法国总统马克宏与德国总理梅尔茨,
# "Macron and German Chancellor Friedrich Merz", 马克宏、施凯尔与梅尔茨): no verb, no clause break.
_AND = r"与|和(?!谈|平|解|约|议)|及(?!时|早)|同(?!意|盟|胞|样|时)|、|and|&"
_SECOND_TITLE = r"[\u3400-\u9fffa-z .'-]{0,24}$"
JOINED = re.compile(rf"^\s*(?:{_AND}|,|, and)\s*{_SECOND_TITLE}")
# ... two persons named together as one subject, a pronoun after them either (folded): a conjunction and a
# title at most between them, no comma (Witkoff, who met Putin, …), not a possessive (Putin and his aide)
PAIR_JOINED = re.compile(rf"^\s*(?:{_AND})(?!\s*(?:his|her|their|其|他的|她的)){_SECOND_TITLE}")
# Before the first of them in its clause: at most a group's or country's words, a title, a time (英法德三國領袖,
# 法國總統, 週日, "French President"), never a verb (川普會見澤倫斯基與梅爾茨時表示: Trump speaks, not whom he meets).
JOINT_HEAD = re.compile(r"^\s*(?:[\u3400-\u9fff]{0,12}?(?:总统|总理|首相|国务卿|特使|外长|部长|秘书长|主席|顾问|发言人|领袖|领导人|代表|官员)"
                        r"|(?:[a-z.'-]+\s+){0,4}?|(?:今天|昨天|当天|日前|稍早|[周週].|\d{1,2}日)\s*,?)?\s*$")
# Between the last of them and the verb of saying: only their joint act's words and a time
# (都, 共同, 在联合声明中, "both", "jointly", on Monday), not another act (与川普通话后表示: only the first speaks).
JOINT_TAIL = re.compile(r"^\s*(?:(?:都|均|皆|也|亦|共同|一同|一起|联合|同时|均在|今天|昨天|当天|日前|稍早|晚间|[周週].|\d{1,2}日"
                        r"|在|于|发表|联合声明|共同声明|声明|联合记者会|记者会|中|上|时|both|jointly|also|on \w+day)\s*,?\s*)*$")
