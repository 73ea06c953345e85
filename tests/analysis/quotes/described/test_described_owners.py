"""An office in the possessive opening a sentence ("The judge's order noted …", round 25): the
"she" after it means the one who holds that office, not another woman quoted before."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes

RULING = (
    "U.S. District Judge Helen Marsh wrote in her order that the mailings were “so confusing that"
    " a reasonable voter could not have understood them.”",
    "Ruth Kaminski, 81, said she learned she was no longer registered in May. “I have voted in"
    " every election since Eisenhower,” she said.",
    "Her lawyer, Jonathan Pike, said the order would protect “tens of thousands of voters.”",
)


def test_the_owner_of_the_subject_is_whom_she_means() -> None:
    *_, q = quotes(
        *RULING,
        "The judge's order noted that the office had sent the notices by bulk mail. “The state"
        " chose the cheapest option available,” she wrote.",
    )
    assert q.speaker == "Helen Marsh"  # without the rule: Kaminski, quoted last


def test_someone_of_the_office_holder_is_not_the_holder() -> None:
    *_, q = quotes(
        *RULING,
        "The judge's clerk disagreed. “The state chose the cheapest option available,” she said.",
    )
    assert q.speaker != "Helen Marsh"
