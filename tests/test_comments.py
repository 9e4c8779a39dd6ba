"""Readers' comments under a story in a text dump: never quoted as the story (clean/comments.py)."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.model import Block
from generator.readers.main_text import MAIN

STORY = [
    "Talks resume in Geneva",
    "Ukrainian and Russian negotiators met in Geneva on Tuesday for a new round of talks brokered by Washington.",
    "The talks lasted several hours, and both delegations said they would report back to their leaders.",
]
# Each reader's remark is a closed sentence, longer in all than the story: the densest run of prose.
REMARKS = [
    "I have followed these talks from the start and I do not believe either side is ready to give up anything at all.",
    "The same thing was promised last spring, and the front line has not moved since then, so why would this round be different?",
    "Whatever the envoys agree, the parliament in Kyiv would still have to vote on it, and that vote would be very hard to win.",
    "Nobody in this thread seems to remember that the last ceasefire lasted less than a week before the shelling started again.",
]
TAIL = ["Recent posts", "Envoys to meet again next month"]


def reasons_of(texts: list[str], attrs: tuple = ()) -> dict[str, str | None]:
    body, removed = clean([Block(text=t, line=n, attrs=attrs) for n, t in enumerate(texts, start=1)])
    reasons: dict[str, str | None] = {b.text: None for b in body}
    reasons.update({r.text: r.reason for r in removed})
    return reasons


def test_a_comment_section_goes_whole_even_when_it_outweighs_the_story():
    page = STORY + ["3 responses to “Talks resume in Geneva”",
                    "kyivwatcher says:", REMARKS[0], REMARKS[1],
                    "Jane Roe on March 3, 2026 at 4:47 pm said:", REMARKS[2],
                    "Old Hand on March 4, 2026 at 9:02 am said:", REMARKS[3]] + TAIL
    reasons = reasons_of(page)
    assert [reasons[t] for t in STORY[1:]] == [None, None]
    assert reasons["3 responses to “Talks resume in Geneva”"] == "comments"
    assert reasons["kyivwatcher says:"] == reasons["Jane Roe on March 3, 2026 at 4:47 pm said:"] == "comments"
    assert {reasons[t] for t in REMARKS + TAIL} == {"after-story"}


ANSWERS = [
    "We will not sign anything that hands our land to the aggressor, and every Ukrainian understands why.",
    "Elections will be held once there is a real ceasefire and our soldiers can come home to vote.",
]


@pytest.mark.parametrize("intros", [
    ("The minister says:",),  # one such line
    ("Asked about territory, Zelensky says:", "On elections, the president says:"),  # an interview's quotes
    ("In a post on Truth Social, Trump wrote:", "Hours later, Medvedev wrote:"),  # posts quoted
    ("Comments", "Peskov said:", "Kallas said:"),  # officials' comments under a subheading
    ("Anna Smith on March 3, 2026 at 2:05 pm", "Oleh Petrenko on March 3, 2026 at 3:40 pm"),  # a live blog's entries
    ("kyivwatcher says:", "Jane Roe says:"),  # a comment system's lines, but under no comments heading
])
def test_a_storys_own_quotes_and_entries_are_no_comment_section(intros):
    """Near misses, each written the way a story introduces what someone says: every line stays."""
    lead = [intros[0]] if intros[0] == "Comments" else []
    rest = intros[len(lead):]
    page = STORY + lead + [x for n, intro in enumerate(rest) for x in (intro, ANSWERS[n % 2])] + [
        "The talks are expected to continue in Miami later this week, officials said."]
    reasons = reasons_of(page)
    assert [t for t in page[1:] if reasons[t] is not None] == []


def test_an_html_pages_main_text_is_left_to_trafilatura():
    page = STORY + ["3 responses to “Talks resume in Geneva”", "kyivwatcher says:", REMARKS[0], "Jane Roe says:", REMARKS[1]]
    reasons = reasons_of(page, attrs=((MAIN, "1"),))
    assert "comments" not in reasons.values() and "after-story" not in reasons.values()


def test_comments_with_no_story_above_them_are_left_to_the_other_rules():
    # A page of remarks alone (a forum thread) has no story for the comments to sit under.
    page = ["Readers on the Geneva talks", "kyivwatcher says:", REMARKS[0], "Jane Roe says:", REMARKS[1], REMARKS[2]]
    reasons = reasons_of(page)
    assert reasons[REMARKS[0]] is None and reasons[REMARKS[1]] is None


# A comment system that prints no "says:" line: a commenter's name, the comment's time, the comment, its controls.
HEADED = [
    ("[ 14 comments ]", "Top Rated Comments", "kyivwatcher", "2 days ago at 07:52 am", REMARKS[0], "Reply",
     "Jane Roe", "2 days ago at 08:10 am", REMARKS[1], "Rating: 12 Votes"),
    ("共2條評論", "基輔觀察者", "2026年3月3日 18:14", "這次談判又是雷聲大雨點小，前線的情況根本沒有改變，我不相信雙方真的準備好讓步了。",
     "回覆", "舉報", "老讀者", "2026年3月3日 19:02", "去年春天也是這樣說的，結果停火不到一週就破局，這次會有什麼不同呢？", "回覆", "舉報"),
    ("Leave a Reply", "Your email address will not be published. Required fields are marked *", "Comment", "Name *",
     "Email *", "Website"),
    ("2 thoughts on “Talks resume in Geneva”", "kyivwatcher", REMARKS[0], "Jane Roe", REMARKS[1]),
    # a Chinese portal's box: its count glued to the slogan in a copy, a call to log in, each comment's
    # name, likes, place, date and 回复, and a button for the rest
    ("评论 66文明上网理性发言，请遵守《新闻评论服务协议》", "请先登录后发表评论~", "基辅观察者", "4",
     "这次谈判又是雷声大雨点小，前线的情况根本没有改变，我不相信双方真的准备好让步了。", "吉林网友", "5月19日", "回复",
     "老读者", "11", "去年春天也是这样说的，结果停火不到一周就破局，这次会有什么不同呢？", "上海网友", "5月19日 ", "回复 ",
     "查看全部66条评论"),
]


@pytest.mark.parametrize("section", HEADED)
def test_a_comment_section_known_by_its_heading_and_apparatus_goes_to_the_pages_end(section):
    """A comment section's own heading (a count of comments, Top Rated Comments, 網友評論, Leave a Reply,
    WordPress's `N thoughts on "title"`) over the times, controls or form fields a comment system
    prints: the section and what follows it go; the story stays whole."""
    page = STORY + STORY_MORE + list(section) + TAIL
    reasons = reasons_of(page)
    assert [reasons[t] for t in STORY[1:] + STORY_MORE] == [None] * (len(STORY) - 1 + len(STORY_MORE))
    assert [t for t in list(section) + TAIL if reasons[t] is None] == []


STORY_MORE = [
    "Officials from both sides described the atmosphere as businesslike, though no joint statement was issued afterwards.",
    "A second round is planned for next week, when the envoys are expected to discuss the exchange of prisoners.",
]


@pytest.mark.parametrize("head", [
    # a count of comments over the story's byline and date, under a standfirst: the story follows
    ["The envoys met for the first time since the summer, with prisoners and energy on the agenda.",
     "14 comments", "By Jane Roe", "March 3, 2026", "4:47 pm"],
    # the same mid-story (a share bar's count), over a byline and a date
    [*STORY[1:], *STORY_MORE, "14 comments", "By Jane Roe", "March 3, 2026", "4:47 pm"],
    # a count of comments over a timeline's dates, and one of none
    [*STORY[1:], *STORY_MORE, "2 Comments", "March 3, 2026", "The ministry opened the draft to public comment.",
     "March 10, 2026", "The consultation closed with more than two thousand responses."],
    [*STORY[1:], *STORY_MORE, "0 Comments", "March 3, 2026", "The ministry opened the draft to public comment.",
     "March 10, 2026", "The consultation closed with more than two thousand responses."],
    # a live blog under its count of comments: each entry's time, and Like under it
    [*STORY[1:], *STORY_MORE, "1,204 comments", "18:31", "Peskov said Moscow had not yet received the revised text.",
     "Like", "17:58", "Merz said Europe was ready to help secure a ceasefire.", "Like"],
    # a story on online reaction: 網友評論 over an embedded post, its date, 讚 and 留言
    [*STORY[1:], *STORY_MORE, "網友評論", "Volodymyr Zelensky", "2026年3月3日",
     "「感謝美國朋友的支持，我們準備好談和平，但不會放棄我們的土地。」", "讚", "留言", "2026年3月4日"],
    # a consultation's points, each a Comment and a Response
    [*STORY[1:], *STORY_MORE, "Comments", "Comment", "The draft gives the regions too little say over the budget.",
     "Response", "The ministry agreed to add a review clause.", "Comment"],
    # a live page's comments tab over an entry quoting an embedded post, with its one Reply
    [*STORY[1:], *STORY_MORE, "Comments (128)", "18:31", "Sybiha: no decisions about Ukraine without Ukraine",
     "Andrii Sybiha @andrii_sybiha", "Ukraine is ready for a just peace, but we will not reward aggression with our land.",
     "6:25 PM · Dec 2, 2025", "Reply", "Copy link", "17:58", "Merz said Europe was ready to help secure a ceasefire."],
    # a share bar's Comments button mid-story, over two embedded posts, each with its Reply
    [*STORY[1:], *STORY_MORE, "Comments", "Sybiha wrote on X as the meeting began.", "Andrii Sybiha @andrii_sybiha",
     "No decisions about Ukraine can be made without Ukraine.", "Reply", "Copy link",
     "European officials welcomed the statement.", "Kaja Kallas @kajakallas", "Europe stands with Ukraine.", "Reply",
     "Copy link"],
    # a story's own subhead over the readers it quotes, each with the site's Reply button
    [*STORY[1:], *STORY_MORE, "網友評論", "不少網友在社群平台上留言，認為這次會談只是作秀。", "回覆",
     "也有網友表示，只要能停火，任何進展都值得肯定。", "回覆"],
    # a story quoting the slogan a comment box prints, and one that counts comments in its own words
    [*STORY[1:], *STORY_MORE, "官方再次呼籲網民文明上網、理性發言，並稱將處理違規帳號。", "评论 66条，多数认为这次会谈只是作秀。",
     "另有分析指出，雙方仍在戰俘交換問題上存在分歧。"],
    # a letters page's subhead quoting a question, not the page's headline
    [*STORY[1:], *STORY_MORE, "3 responses to “Should Ukraine trade land for peace?”", "Anna K., Lviv",
     "No government in Kyiv could sign such a deal and survive the next election."],
    # a story's own section on comments, over a timeline's dates
    [*STORY[1:], *STORY_MORE, "Comments", "March 3, 2026", "The ministry opened the draft to public comment.",
     "March 10, 2026", "The consultation closed with more than two thousand responses."],
])
def test_a_count_of_comments_over_the_storys_own_lines_is_no_comment_section(head):
    """Near misses: a count of comments under a standfirst or mid-story over the byline and date, or
    over a timeline; a live blog's entries, an embedded post's Like and 讚, a consultation's Comment
    and Response; a subhead quoting a question that is not the page's headline. No comment system's
    control recurs under a first comment, so nothing goes."""
    rest = ["Ukrainian and Russian negotiators met again on Wednesday to discuss the exchange of prisoners.",
            "Neither delegation spoke to reporters afterwards, and the venue was closed to the press all day.",
            "The next round is expected in Miami later this month, officials said."]
    page = STORY[:1] + head + rest
    reasons = reasons_of(page)
    assert "comments" not in reasons.values()
    assert all(reasons[t] is None for t in page[1:] if t[0].isupper() and t.endswith("."))


# What a paywalled site prints under its stories: a comment notice, then other stories' headlines and
# their images' descriptions, closed sentences that would otherwise read as more of the story.
BELOW_NOTICE = ["Envoys to meet again next month", "Why the front line has barely moved",
                "A crowd of people carrying flags walks past the parliament building.",
                "An illustration shows two negotiators at a long table covered with maps."]


@pytest.mark.parametrize("notice", ["You are commenting as kyivwatcher. Change your username | Log out",
                                    "Your email address will not be published. Required fields are marked *",
                                    "Comments are closed."])
def test_a_comment_notice_under_the_story_ends_it(notice):
    page = STORY + STORY_MORE + [notice] + BELOW_NOTICE
    reasons = reasons_of(page)
    assert all(reasons[t] is None for t in STORY[1:] + STORY_MORE)
    assert reasons[notice] == "comments"
    assert {reasons[t] for t in BELOW_NOTICE} == {"after-story"}


def test_a_comments_button_under_the_lede_ends_nothing():
    """Near miss: a share bar's "Show comments" under the story's first paragraphs, with more of the
    story below it than above: no comment section opens there."""
    later = ["The delegations will meet again in Abu Dhabi next week to discuss a monitoring mission for the front line.",
             "Diplomats said the hardest questions, the future of Donetsk and of the nuclear plant, were left to the leaders.",
             "No comments yet from the Kremlin on the proposal, officials in Kyiv said on Wednesday evening."]
    page = STORY + STORY_MORE[:1] + ["Show comments"] + STORY_MORE[1:] + later
    reasons = reasons_of(page)
    assert reasons["Show comments"] == "comments"
    assert all(reasons[t] is None for t in STORY[1:] + STORY_MORE + later)


SECOND_POST = ["Envoys to meet again in Abu Dhabi",
               "The delegations agreed to meet again next week, this time with military experts on both sides of the table.",
               "A monitoring mission for the front line is expected to be the main subject, diplomats said on Thursday.",
               "Neither side commented on the exchange of prisoners, which had been announced for the weekend."]


@pytest.mark.parametrize("notice", ["Join the conversation on our Telegram channel", "Read our comment guidelines before posting."])
def test_an_invitation_or_the_rules_mid_story_end_nothing(notice):
    """Near misses: a promo inviting readers in, and the site's rules, may stand anywhere: they are
    removed, and the story below them stays."""
    page = STORY + [notice] + STORY_MORE + SECOND_POST[1:]
    reasons = reasons_of(page)
    assert reasons[notice] == "comments"
    assert all(reasons[t] is None for t in STORY[1:] + STORY_MORE + SECOND_POST[1:])


def test_a_second_post_under_the_first_ones_closed_comments_stays():
    """Near miss: a blog's page holding two posts, the first closed for comments: the second post,
    as long as the first, is no comment section."""
    page = STORY + STORY_MORE + ["Comments are closed."] + SECOND_POST
    reasons = reasons_of(page)
    assert all(reasons[t] is None for t in STORY[1:] + STORY_MORE + SECOND_POST[1:])


@pytest.mark.parametrize("news", [
    "China has signalled it wants to join the conversation on Ukraine's postwar security, a move Washington has resisted.",
    "Kremlin spokesman Dmitry Peskov declined to give details, saying commenting is premature while the talks continue.",
])
def test_news_that_uses_a_comment_notices_words_stays(news):
    page = STORY + [news] + STORY_MORE + SECOND_POST[1:]
    reasons = reasons_of(page)
    assert all(reasons[t] is None for t in STORY[1:] + [news] + STORY_MORE + SECOND_POST[1:])


@pytest.mark.parametrize("below", [
    # a correction or an update printed under the button
    ["Correction: An earlier version of this article misstated where the talks were held. They were held in Abu Dhabi."],
    # a live blog's first entries under the comment count
    ["10:15 GMT", "Kremlin: Putin has been briefed on the talks by his envoy.", "09:50 GMT",
     "Zelensky: Ukraine will not sign away any part of Donbas."],
    # a Q&A's last answer under a button between the answers
    ["Q: What happens next?", "A: A further round of talks is expected next month in Geneva."],
])
def test_a_comments_button_over_more_of_the_story_ends_nothing(below):
    """Near misses (a reviewer's): the button stands anywhere; under it, the story's prose goes on.
    The button itself goes."""
    page = STORY + STORY_MORE + ["View 14 comments"] + below
    reasons = reasons_of(page)
    assert reasons["View 14 comments"] == "comments"
    assert all(reasons[t] is None for t in STORY[1:] + STORY_MORE + [t for t in below if t.endswith(".")])


@pytest.mark.parametrize("notice", ["Commenting is a benefit of a subscription.", "Commenting is closed.",
                                    "What do you think? Join the conversation below."])
def test_a_notice_that_commenting_is_closed_or_an_invitation_goes_alone(notice):
    """Furniture, but a news line may say it of a channel, and an invitation stands mid-story: the
    line goes, the story under it stays."""
    page = STORY + STORY_MORE[:1] + [notice] + STORY_MORE[1:]
    reasons = reasons_of(page)
    assert reasons[notice] == "comments"
    assert all(reasons[t] is None for t in STORY[1:] + STORY_MORE)


def test_a_news_line_opening_like_a_comment_notice_ends_nothing():
    news = ("Commenting is disabled on the Kremlin's official channel for the duration of the talks, a change first "
            "noticed by Russian bloggers on Tuesday.")
    page = STORY + STORY_MORE + [news, "Peskov declined to explain the decision."]
    reasons = reasons_of(page)
    assert reasons["Peskov declined to explain the decision."] is None


def test_a_comment_notice_over_the_story_ends_nothing():
    """Near miss: the notice under the headline, with no story above it yet (a comment count's link
    in the page's head): the story below it stays."""
    page = STORY[:1] + ["Comments are closed."] + STORY[1:] + STORY_MORE
    reasons = reasons_of(page)
    assert all(reasons[t] is None for t in STORY[1:] + STORY_MORE)
