"""Sentences ending or opening on a colon (round 28, conservative web style): a block quotation
after "Its president, Catherine Reheis-Boyd, posted a statement on X:" is hers, not the body's
named in the sentence before; after "Schumer’s own words … are worth quoting at length:" it is
Schumer's; and "Let’s be clear: Hillary Clinton … called half the country a “…”" is Clinton's."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_a_block_quote_is_the_last_sentences_speakers() -> None:
    assert speakers_in(
        "The Western States Petroleum Association also pushed back. Its president, Catherine"
        " Reheis-Boyd, posted a statement on X:",
        "“The governor knows exactly why prices are high. It’s his policies.”",
    ) == ["Catherine Reheis-Boyd"]


def test_someones_own_words_before_a_colon() -> None:
    assert speakers_in(
        "Senate Majority Leader Chuck Schumer is suddenly very worried about the filibuster.",
        "The majority leader’s own words, from a 2021 floor speech, are worth quoting at length:",
        "“We will not let the filibuster stand in the way of protecting the right to vote.”",
    ) == ["Chuck Schumer"]


def test_a_possessive_pronouns_statement_before_a_colon() -> None:
    assert speakers_in(
        "Senate Majority Leader Chuck Schumer is suddenly very worried about the filibuster.",
        "His statement read, in part:",
        "“We will not let the filibuster stand in the way of protecting the right to vote.”",
    ) == ["Chuck Schumer"]


def test_his_email_after_he_replied() -> None:
    assert speakers_in(
        "Lindsey Marsh wrote to the health commissioner that the section was unhelpful.",
        "The commissioner, Colin Greene, replied the next morning. His email read, in part:",
        "“I understand the concern, but the data are the data.”",
    ) == ["Colin Greene"]


def test_the_memo_continued_is_its_writers() -> None:
    assert speakers_in(
        "CNN’s chief executive, Mark Thompson, told staff in a memo that the network was"
        " “building for the future.” The memo continued:",
        "“We will not chase ratings at the expense of journalism.”",
    ) == ["Mark Thompson", "Mark Thompson"]


def test_a_things_words_before_a_colon_name_no_one() -> None:
    assert speakers_in(
        "Senate Majority Leader Chuck Schumer is suddenly very worried about the filibuster.",
        "The bill’s words are clear:",
        "“No senator may delay a vote on the right to vote for more than a week.”",
    ) == [None]


def test_a_lead_in_before_a_colon_is_not_the_subject() -> None:
    assert speakers_in(
        "Bill Clinton, for his part, has blamed the media.",
        "Let’s be clear: Hillary Clinton lost because she ignored Wisconsin and called half the"
        " country a “basket of deplorables.”",
    ) == ["Hillary Clinton"]
