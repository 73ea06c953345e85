"""A document credited to an author with "by" (round 24): its words are the author's, or no
one's when the author is not named; sentences written for each rule."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in quotes(*paragraphs)]


def test_a_memos_words_are_its_named_authors() -> None:
    *_, q = quotes(
        "Advisers to Sen. Rebecca Hollis were divided over the debate.",
        "The memo, written by senior strategist Paul Jarecki, urged Hollis to “draw a sharp"
        " contrast” with her rival.",
    )
    assert q.speaker == "Paul Jarecki"


def test_a_memo_by_someone_not_named_is_not_the_words_of_the_one_reading_it() -> None:
    *_, q = quotes(
        "Rep. Gerald Finch opened the hearing by reading from an internal memo, written by a"
        " regional manager in Ohio, that described mail processing as “in a state of collapse.”",
    )
    assert q.speaker is None  # not Finch


def test_a_bodys_statement_signed_by_a_person_is_that_persons() -> None:
    *_, q = quotes(
        "Wales beat England on Saturday.",
        "A statement from the Welsh Rugby Union, signed by chief executive Steve Phillips,"
        " described the occasion as “a day the whole country will remember”.",
    )
    assert q.speaker == "Steve Phillips"


def test_the_email_concluded_after_in_an_email_someone_wrote() -> None:
    # round 48: "In an email to employees …, the company’s chief executive, Linda Okoro, wrote
    # that …. (“…,” the email concluded.)": her email, so her words
    assert _speakers(
        "Inside Harvest, the mood has been grim. In an email to employees on Monday obtained by"
        " The Post, the company’s chief executive, Linda Okoro, wrote that “this is not the"
        " outcome we fought for” and announced 1,200 layoffs. (“We will take care of our"
        " people,” the email concluded.)",
    ) == ["Linda Okoro", "Linda Okoro"]


def test_a_texts_writer() -> None:
    # round 48: "texted" and "emailed" are speech verbs: the writer's words
    assert _speakers(
        "“This study is thin. N of 90,” Rao texted Barstow on Aug. 4, 2021.",
        "“Go on,” Colleen Barstow emailed the panel in reply.",
    ) == ["Rao", "Colleen Barstow"]
