"""Round 59 (recallAI): a party's unnamed office holder ("Labour’s deputy leader said") is whom
"the deputy leader" then means, no one, not the person quoted last; an ad's words after "with"
are no one's; "Ms Lee said" of two sisters, "Mr Wang said" of two men, is no one."""

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


def _two_lees(other: str, intro: str) -> str | None:
    return speaker_in(
        f"The bakery belongs to Susan Lee and {intro}{other} Lee.",
        "“Dad would have hated flats here,” Susan Lee said. Susan Lee has run the ovens since"
        " she was 17.",
        f"{other} Lee lives in Leeds and works as a solicitor.",
        "“Whatever we decide, we decide together,” Ms Lee said.",
        piece="Whatever we decide",
    )


def test_ms_lee_of_two_sisters_is_no_one() -> None:
    assert _two_lees("Caroline", "") is None


def test_ms_lee_beside_a_man_of_the_surname_is_the_woman() -> None:
    assert _two_lees("Carl", "") == "Susan Lee"


def test_ms_lee_beside_a_sister_named_as_her_relative_is_as_before() -> None:
    assert (
        speaker_in(
            "Susan Lee runs the bakery.",
            "“Dad would have hated flats here,” Susan Lee said.",
            "Her sister, Caroline Lee, lives in Leeds and works as a solicitor.",
            "“Whatever we decide, we decide together,” Ms Lee said.",
            piece="Whatever we decide",
        )
        == "Susan Lee"
    )


def test_mr_wang_of_two_men_is_no_one() -> None:
    assert (
        speaker_in(
            "Peter Wang and David Wang are running for the council. “We need homes,” Peter Wang"
            " said.",
            "David Wang is an accountant.",
            "“We will balance the budget,” Mr Wang said.",
            piece="balance the budget",
        )
        is None
    )
