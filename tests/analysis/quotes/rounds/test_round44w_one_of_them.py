"""Round 44 (wire and local copy): after "Two deputies described …", a sentence whose subject is
"One", "Another", "One of them" or "the other" is someone unnamed: a "he" after it is no one's,
not the sheriff's named a paragraph before; and "“…,” the other said" is no one too."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes

SHERIFF = "Sheriff Dale Pruitt said the lockdown was justified."
TWO = "Two deputies at the scene described a tense afternoon."


@pytest.mark.parametrize("subject", ["One", "One of them", "Another", "The other"])
def test_a_he_after_one_of_several_is_no_one(subject: str) -> None:
    (q,) = quotes(
        SHERIFF,
        f"{TWO} {subject} said the suspect had fired twice. “He wasn’t bluffing,” he said.",
    )
    assert q.speaker is None  # not Pruitt


def test_the_other_said_is_no_one() -> None:
    (q,) = quotes(SHERIFF, f"{TWO} “He wasn’t bluffing,” the other said.")
    assert q.speaker is None


def test_one_as_a_number_inside_a_sentence_is_not_read_so() -> None:
    (q,) = quotes(
        "Sheriff Dale Pruitt said one deputy fired. “He wasn’t bluffing,” Pruitt said.",
    )
    assert q.speaker == "Dale Pruitt"
