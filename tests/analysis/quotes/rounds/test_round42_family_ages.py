"""Round 42: "the elder Voss" and "the younger Voss" of two people who share a surname mean the
parent and the child when the article introduces one of them as the other's son, daughter,
father or mother ("His son, state Sen. Eric Voss,"); no one when it does not say."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

FAMILY = (
    "Mayor Lionel Ostrowski has run Scranton for 12 years. His daughter, county Councilwoman"
    " Renata Ostrowski, wants his job."
)


def test_the_elder_is_the_parent_and_the_pronoun_after_it_too() -> None:
    found = quotes(
        FAMILY,
        "Renata Ostrowski, 38, said the city needed “new energy.”",
        "The elder Ostrowski called the remark “fair enough” on Tuesday. “She was raised to"
        " speak her mind,” he said.",
    )
    assert speaker_of(found, "new energy") == "Renata Ostrowski"
    assert speaker_of(found, "fair enough") == "Lionel Ostrowski"  # not his daughter
    assert speaker_of(found, "raised to speak her mind") == "Lionel Ostrowski"


def test_the_younger_is_the_child() -> None:
    found = quotes(
        FAMILY,
        "“I love my father. I think he has stayed too long,” the younger Ostrowski said.",
    )
    assert speaker_of(found, "stayed too long") == "Renata Ostrowski"


def test_no_one_when_the_article_tells_no_ages() -> None:
    found = quotes(
        "Sen. Carl Whitmer and state Rep. Dale Whitmer are cousins from Traverse City.",
        "“We disagree about most things,” the younger Whitmer said.",
    )
    assert speaker_of(found, "We disagree about most things") is None
