"""Round 59 (recallAI): a party's unnamed office holder ("Labour’s deputy leader said") is whom
"the deputy leader" then means, no one, not the person quoted last."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_a_partys_unnamed_office_holder_is_no_one() -> None:
    assert (
        speaker_in(
            "The shadow chancellor, Nina Okafor, told the BBC the party would not write a budget"
            " two years before an election.",
            "Plaid’s deputy leader said the party had to be honest about costs. “If we pretend it"
            " is free, nobody will believe us,” the deputy leader said.",
            piece="If we pretend",
        )
        is None
    )


def test_the_office_holder_named_beside_it_is_still_meant() -> None:
    assert (
        speaker_in(
            "Plaid’s deputy leader, Dawn Pritchard, broke with the leadership on Tuesday.",
            "The leader, Martin Hale, has said he will wait.",
            "On Wednesday Plaid’s deputy leader said she would stay. “I said what I believe,”"
            " the deputy leader said.",
            piece="I said what I believe",
        )
        == "Dawn Pritchard"
    )


def test_a_partys_office_holder_named_by_a_persons_possessive_is_as_before() -> None:
    # "Cameron’s spokesman said" opens on a person's possessive: left to the older rules
    assert (
        speaker_in(
            "Prime Minister David Cameron said the remarks were divisive.",
            "Cameron’s spokesman said the prime minister stood by his comments.",
            "“He stands by his comments,” the spokesman said.",
            piece="He stands by",
        )
        == "David Cameron"
    )


def test_an_ads_words_after_with_are_no_ones() -> None:
    assert (
        speaker_in(
            "Kloppenburg and her backers tried to tie Bradley to Walker, with one of her ads"
            " asking, “Is Rebecca Bradley independent enough to serve on the court?”",
            piece="independent enough",
        )
        is None
    )


def test_a_person_after_with_still_speaks() -> None:
    assert (
        speaker_in(
            "Kloppenburg and her backers attacked Bradley, with Kloppenburg saying, “She is not"
            " independent.”",
            piece="not independent",
        )
        == "Kloppenburg"
    )
