"""Round 45: a named person's conclusion, finding or testimony whose "that" clause holds the
quotation is theirs ("Attorney General Dana Whitcomb’s conclusion that her choices were “…”"),
even when a speech verb of the sentence comes first ("The candidates say they were hurt by …");
a clause that another's words describe "as" it ("… describing Marsh’s statement that she backed
the plan as “…”") is not the statement's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "Governor Linda Marsh spoke in Albany on Monday; Senator Paul Ambrose stayed away."


def test_a_conclusion_is_its_owners() -> None:
    found = quotes(
        OPENING,
        "The governor was stung by Attorney General Dana Whitcomb’s conclusion that her choices "
        "had been “deeply reckless with public money.”",
    )
    assert speaker_of(found, "deeply reckless") == "Dana Whitcomb"


def test_testimony_is_its_owners() -> None:
    found = quotes(
        OPENING,
        "Auditors leaned on Mayor Ruth Calder’s testimony that the contract was “never signed by "
        "anyone in my office.”",
    )
    assert speaker_of(found, "never signed") == "Ruth Calder"


def test_the_owner_not_the_sentences_speakers() -> None:
    found = quotes(
        OPENING,
        "The candidates say they are not avoiding the governor, who has been hurt by Attorney "
        "General Dana Whitcomb’s conclusion that her actions were “careless in the extreme.”",
    )
    assert speaker_of(found, "careless in the extreme") == "Dana Whitcomb"


def test_a_statement_described_as_a_quotation_is_not_its_owners() -> None:
    found = quotes(
        OPENING,
        "Aides recall how the campaign used Ambrose’s remark in 2019 describing Marsh’s statement "
        "that she had backed the plan as “the tallest tale in Albany.”",
    )
    assert speaker_of(found, "the tallest tale") != "Linda Marsh"
