"""Round 58: a name opening a "that" clause on a noun of what may happen ("the possibility that
Mrs. Clinton, if elected, might nominate …") is that clause's subject: the "she said" after it
is hers; after "the claim that" the name is only reported, and no one is guessed."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_subject_of_a_possibility_is_the_pronouns() -> None:
    found = quotes(
        "Ms. Epstein noted that naming a justice is an important part of a legacy.",
        "There is also the possibility that Mrs. Lisa Crane, if elected, might nominate Mr."
        " Dorsey himself, a prospect sure to horrify many Republicans. ''Wow, what a great"
        " idea,'' she said in Iowa earlier this year.",
    )
    assert found[-1].speaker == "Lisa Crane"


def test_the_subject_of_a_claim_is_not_guessed() -> None:
    found = quotes(
        "Ms. Epstein noted that naming a justice is an important part of a legacy.",
        "There is also the claim that Mrs. Lisa Crane might nominate Mr. Dorsey himself. ''Wow,"
        " what a great idea,'' she said in Iowa earlier this year.",
    )
    assert found[-1].speaker is None
