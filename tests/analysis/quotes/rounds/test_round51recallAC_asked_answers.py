"""Round 51: in "A asked B how/whether/about …", B is the one who answers: a "he" or "she" right
after it that only B fits is B's, though others of B's gender were named before."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_one_asked_answers_after_two_men_were_named() -> None:
    found = quotes(
        "The mill’s owner, Walter Brandt, told the board that prices had doubled. Across the "
        "room, the lawyer for the importers, Ray Dunmore, said the mill was “asking for a "
        "handout.”",
        "Chairwoman Ellen Pruitt asked Brandt how many jobs he had cut. “Thirty,” he said.",
    )
    assert found[-1].speaker == "Walter Brandt"


def test_the_asker_of_the_pronouns_gender_is_not_the_one_who_answers() -> None:
    found = quotes(
        "Sen. Dale Hummel asked Ruth Okafor whether the plant would reopen. “Not this year,” "
        "she said."
    )
    assert found[0].speaker == "Ruth Okafor"
