"""An embedded social-media post: its sign-off ("— Name (@handle) date") credits the post's
sentences to the one it names. Fixture texts are written for these tests."""

from pathlib import Path

from generator import ingest
from generator.annotate import Annotator
from generator.config import load_config
from generator.model import Paragraph, Source
from articles import write_articles

ROOT = Path(__file__).resolve().parent.parent
ANNOTATOR = Annotator(load_config(ROOT / "briefing.yml"))


def credited(*paragraphs: tuple[str, str], language: str = "zh-Hant") -> list[list[tuple[str, str]]]:
    """(speaker, how) per sentence attribution of each paragraph; `paragraphs` are (kind, text)."""
    made = tuple(Paragraph(f"p{i}", text, i, kind) for i, (kind, text) in enumerate(paragraphs, 1))
    source = Source("s", "s.txt", "text", "t", None, "2026-01-15", None, language, made, ())
    return [[(a.entity, a.how) for a in ap.attributions] for ap in ANNOTATOR.source(source).paragraphs]


SIGN_OFF = ("attribution", "— Karoline Leavitt (@PressSec) January 14, 2026")


def test_a_post_in_another_script_is_its_authors_back_to_where_the_script_changes():
    found = credited(
        ("text", "白宮週三就日內瓦會談發文，全文如下。"),
        ("text", "Our team made real progress in Geneva this week. The remaining details can be settled."),
        ("text", "Both sides will meet again soon."),
        SIGN_OFF,
        ("text", "烏克蘭方面尚未回應。"),
    )
    assert found[1] == [("karoline-leavitt", "post")] * 2  # each sentence of the post
    assert found[2] == [("karoline-leavitt", "post")]
    assert found[0] == [] and found[4] == []  # the story around the post is the writer's


def test_a_post_in_the_articles_own_script_is_only_the_paragraph_before_its_sign_off():
    found = credited(
        ("text", "The talks in Geneva ended late on Wednesday."),
        ("text", "Our team made real progress in Geneva this week."),
        SIGN_OFF,
        ("text", "Kyiv has not yet responded to the post."),
        language="en",
    )
    assert found[1] == [("karoline-leavitt", "post")]
    assert found[0] == []  # the writer's scene before the post, not the post: nothing marks where it began


def test_a_sign_off_naming_no_party_member_or_a_speaker_before_credits_no_one():
    # A media account signs the post: no one of a party speaks (near miss of the first test).
    found = credited(
        ("text", "俄媒在社群平台上發布了畫面。"),
        ("text", "The envoys arrived at the Kremlin an hour before the meeting."),
        ("attribution", "— Sputnik (@SputnikInt) January 14, 2026"),
    )
    assert found[1] == []
    # A paragraph with its own speaker is the story's, not the post's: the post stops there.
    found = credited(
        ("text", "Zelensky said the meeting went well."),
        ("text", "Our team made real progress in Geneva this week."),
        SIGN_OFF,
        language="en",
    )
    assert found[0] == [("volodymyr-zelensky", "clause")]
    # Without the sign-off's line kind (a plain paragraph that happens to hold a handle), nothing is credited.
    found = credited(
        ("text", "Our team made real progress in Geneva this week."),
        ("text", "Karoline Leavitt (@PressSec) posted a video of the talks."),
        language="en",
    )
    assert found[0] == []


def test_an_account_named_after_someone_is_not_that_someone():
    # A fan or watch account's display name holds a party member's name: the post is not theirs.
    for sign_off in ("— Trump War Room (@TrumpWarRoom) January 14, 2026", "— Kremlin Watch (@KremlinWatch) January 14, 2026"):
        found = credited(
            ("text", "普丁的發言人週三說，會談將繼續。"),
            ("text", "The talks are a trap for Ukraine and everyone knows it."),
            ("attribution", sign_off),
        )
        assert found[1] == []
    # Near miss: the display name is the name alone, written twice in two scripts.
    found = credited(
        ("text", "澤倫斯基週三在社群平台發文。"),
        ("text", "We are ready for a just peace."),
        ("attribution", "— Volodymyr Zelensky / Володимир Зеленський (@ZelenskyyUa) January 14, 2026"),
    )
    assert found[1] == [("volodymyr-zelensky", "post")]


def test_a_paragraph_over_a_removed_line_and_a_sign_off_stays_the_writers(tmp_path):
    # the post is only its link (removed); the paragraph above it is the journalist's
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("\n".join([
        "Zelensky posts from Berlin",
        "The meeting comes as Russian forces continue to advance in the Donbas region, officials in Kyiv said on Friday.",
        "https://t.co/Xy7AbCdEfG",
        "— Volodymyr Zelensky (@ZelenskyyUa) December 26, 2025",
        "Talks are expected to resume in the new year, diplomats in Brussels said on Friday evening."]) + "\n", encoding="utf-8")
    sources, _ = ingest(seeds)
    annotated = ANNOTATOR.source(sources[0])
    assert [a.how for p in annotated.paragraphs for a in p.attributions if a.how == "post"] == []


def test_a_topic_page_says_whose_post_an_excerpt_quotes_also_an_outlets_account(tmp_path):
    # The reader's case: RT's posts in a story quoted as the paper's own reporting. The near miss:
    # the story's own paragraph after the post cites no post.
    import html

    from generator import build

    seeds = write_articles(tmp_path, {
        "a.txt": "Envoys in Moscow\n\nThe envoys arrived in Moscow for talks on territory.\n\n"
                "Witkoff and Kushner had dinner with Dmitriev before the talks on territory and security guarantees.\n\n"
                "— RT (@RT_com) December 2, 2025\n\n"
                "The Kremlin said the talks on territory would continue.\n",
    }, {"a.txt": "2025-12-03"})
    result = build(seeds, ROOT / "briefing.yml")
    source = result.briefing.sources[0]
    post = next(ap.paragraph.anchor for ap in source.paragraphs if ap.paragraph.text.startswith("Witkoff and Kushner"))
    page = next(p.markdown for p in result.pages if p.uri == "topics/us-envoys/2025-12.md")
    cited = [html.unescape(line) for line in page.splitlines() if f"#{post}" in line]
    assert cited and "（引述的貼文，署名 — RT (@RT_com) December 2, 2025）" in cited[0]
    territory = next(p.markdown for p in result.pages if p.uri == "topics/territory/2025-12.md")
    last = [line for line in territory.splitlines() if "would continue" in line or "#p4" in line]
    assert last and not any("引述的貼文" in line for line in last)


def test_two_posts_one_account_signed_the_same_day_each_keep_their_sign_off(tmp_path):
    # The reader's case: RT posted twice on 2 December; the second, identical sign-off was removed as
    # a repeated line, and its post read as the paper's own. The near miss: a repeated line that is no
    # sign-off is still a repeat.
    import html

    from generator import build

    signed = "— RT (@RT_com) December 2, 2025"
    seeds = write_articles(tmp_path, {
        "a.txt": "Envoys in Moscow\n\nThe envoys arrived in Moscow for talks on territory.\n\n"
                 f"Witkoff and Kushner had dinner with Dmitriev before the talks on territory.\n\n{signed}\n\n"
                 f"The tour continues as Dmitriev guides Witkoff and Kushner before the talks on territory.\n\n{signed}\n\n"
                 "Read more\n\nThe Kremlin said the talks on territory would continue.\n\nRead more\n",
    }, {"a.txt": "2025-12-03"})
    result = build(seeds, ROOT / "briefing.yml")
    source = result.briefing.sources[0]
    assert [ap.paragraph.text for ap in source.paragraphs].count(signed) == 2
    assert len(source.posts) == 2
    page = html.unescape(next(p.markdown for p in result.pages if p.uri == "topics/us-envoys/2025-12.md"))
    assert page.count(f"（引述的貼文，署名 {signed}）") == 2
    assert [r.text for r in source.source.removed].count("Read more") >= 1
