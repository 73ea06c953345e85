"""Round 49: a given name of either sex ("Jess", "Alex", "Jordan") takes the gender of its own
"X said she …" / "X, a nurse, said he …", so a later "she said" means that person; a phrase with
a possessive or a pronoun between the name and "said" may bring in someone else and says nothing."""

from __future__ import annotations

from briefings.analysis.results import FoundQuote
from tests.analysis.quotes.passages import quotes


def speaker_of(found: list[FoundQuote], words: str) -> str | None:
    return next(q.speaker for q in found if words in q.text)


def test_said_she_after_an_apposition() -> None:
    found = quotes(
        "Alex Moreno, a school bus driver in Tulsa, said she has driven the same route for a "
        "decade. “The kids know me by name,” she said.",
    )
    assert speaker_of(found, "kids know me") == "Alex Moreno"


def test_surname_alone_said_she_settles_the_full_name() -> None:
    found = quotes(
        "Jess Okafor runs a hardware store on Main Street.",
        "State Rep. Paul Hendry, who wrote the bill, defended it. “It is overdue,” he said.",
        "Okafor said she backs the idea but not the timing. “Give us a year,” she said.",
    )
    assert speaker_of(found, "Give us a year") == "Jess Okafor"
    assert speaker_of(found, "It is overdue") == "Paul Hendry"


def test_said_he_of_a_name_read_as_a_woman() -> None:
    found = quotes(
        "Dana Pruitt, a retired firefighter, says he still wakes at five. “Habit,” he said.",
    )
    assert speaker_of(found, "Habit") == "Dana Pruitt"


def test_a_possessive_between_name_and_said_says_nothing() -> None:
    found = quotes(
        "Jordan Keefe, Maria Lund’s lawyer, said she would appeal. “We will win,” she said.",
    )
    assert speaker_of(found, "We will win") != "Jordan Keefe"


def test_a_lawyer_for_someone_said_she_says_nothing() -> None:
    found = quotes(
        "Jordan Keefe, a lawyer for Maria Lund, said she would appeal. “We will win,” she said.",
    )
    assert speaker_of(found, "We will win") != "Jordan Keefe"
