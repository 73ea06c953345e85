"""Round 49: "When Sen. Laura Whitcomb asked Defense Secretary Alan Brody about …, he bristled":
an asker named in the opening clause whose gender is not the main clause's pronoun's is no
subject that pronoun means, so it and a later "he said" are the one asked; an asker of the
pronoun's gender leaves the pronoun open (no one)."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_asker_of_the_other_gender() -> None:
    found = quotes(
        "When Rep. Nora Quist asked Transportation Secretary Paul Ferrante about the delays, he "
        "frowned. “The delays are not ours,” he said."
    )
    assert found[0].speaker == "Paul Ferrante"


def test_asker_of_the_same_gender_leaves_no_one() -> None:
    found = quotes(
        "When Rep. Ned Quist asked Transportation Secretary Paul Ferrante about the delays, he "
        "frowned. “The delays are not ours,” he said."
    )
    assert found[0].speaker is None
