"""Round 42: a US state's demonym ("the Iowan", "The Minnesotan") means the one person the article
ties to that state ("Sen. Dwight Hallam (R-Iowa)", "Gov. Tom Rydell of Wisconsin"), as a speaker
and as a sentence's subject a pronoun later means; never a person called "Iowan"; no one when the
article ties no one to it."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

SENATORS = (
    "Sen. Ingrid Halvorsen (D-Minn.) and Sen. Roy Kettering (R-Iowa) spent Tuesday on opposite"
    " sides of the ethanol mandate.",
    "Kettering called the mandate “a lifeline for rural Iowa.” “Take it away and towns die,” he"
    " said.",
)


def test_the_iowan_said_is_the_senator_from_iowa() -> None:
    found = quotes(
        *SENATORS,
        "“It is a subsidy with a flag on it,” Halvorsen said.",
        "The Iowan, for his part, said the mandate would survive “because it has to.”",
    )
    assert speaker_of(found, "because it has to") == "Roy Kettering"  # not "Iowan"


def test_the_minnesotan_opening_a_sentence_is_the_pronouns_antecedent() -> None:
    found = quotes(
        "Sen. Ingrid Halvorsen (D-Minn.) and Sen. Joan Kettering (R-Iowa) spent Tuesday on"
        " opposite sides of the ethanol mandate.",
        "Kettering called the mandate “a lifeline for rural Iowa.” “Take it away and towns die,”"
        " she said.",
        "The Minnesotan was less diplomatic. Asked about the mandate, she said: “It is a"
        " subsidy with a flag on it.”",
    )
    assert speaker_of(found, "towns die") == "Joan Kettering"
    assert speaker_of(found, "subsidy with a flag") == "Ingrid Halvorsen"  # not Kettering


def test_a_demonym_tied_to_no_one_is_no_one() -> None:
    found = quotes(
        "Gov. Alma Ruiz and Mayor Peter Quist met in Santa Fe on Friday.",
        "“We agreed on nothing,” Quist said. The Texan, for his part, said the talks were"
        " “a start.”",
    )
    assert speaker_of(found, "We agreed on nothing") == "Peter Quist"
    assert speaker_of(found, "a start") is None
