"""Round 42: "the general" is the one person the article titles "Gen." (a colon after "The general
was more careful" gives the quotation to him, not to the official quoted last); no one when it
titles two so; and an attorney general is no general."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

HEARING = (
    "Gen. Walter Ibsen, the commander of U.S. Southern Command, testified on Thursday beside Nora"
    " Castile, the State Department’s envoy for the region.",
    "Castile defended the plan. “We are adding diplomats, not subtracting soldiers,” she said.",
)


def test_the_general_is_the_one_titled_gen() -> None:
    found = quotes(*HEARING, "The general was more careful: “I will follow my orders.”")
    assert speaker_of(found, "adding diplomats") == "Nora Castile"
    assert speaker_of(found, "follow my orders") == "Walter Ibsen"


def test_the_general_said_is_the_one_titled_gen() -> None:
    found = quotes(*HEARING, "“I will follow my orders,” the general said.")
    assert speaker_of(found, "follow my orders") == "Walter Ibsen"  # not Castile


def test_two_generals_and_an_attorney_general() -> None:
    two = quotes(
        "Gen. Walter Ibsen and Gen. Maria Soto disagreed about the base on Thursday.",
        "“It should close,” Soto said.",
        "“I will follow my orders,” the general said.",
    )
    assert speaker_of(two, "It should close") == "Maria Soto"
    assert speaker_of(two, "follow my orders") != "Walter Ibsen"
    lawyer = quotes(
        "Attorney General Ruth Kellner and Nora Castile, the governor’s counsel, met on Monday.",
        "“We have a deal,” Castile said.",
        "“I will follow the law,” the general said.",
    )
    assert speaker_of(lawyer, "follow the law") != "Ruth Kellner"
    named = quotes(
        "Gov. Carl Haskins appointed Attorney General Ruth Kellner two years ago.",
        "Haskins called her lawsuit “a stunt.” The attorney general answered: “The law binds us"
        " all.”",
    )
    assert speaker_of(named, "The law binds us all") == "Ruth Kellner"  # still the attorney general
