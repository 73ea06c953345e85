"""Round 57 (personsAL): a name read as a place's by its last word, right after a body's noun
("the bookmaker William Hill", "Bookmakers William Hill"), is no person for a "said" alone; "said
he" keeps one ("Brewer Sam Hall said he")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_the_bookmaker_that_said_it_had_taken_bets_is_no_one() -> None:
    people = people_in(
        "The bookmaker William Hill said it had taken record bets on the Grand National.",
        "Spokesman Rupert Adams said the favourite was backed heavily.",
    )
    assert people == {"Rupert Adams"}


def test_bookmakers_in_the_plural_before_the_name_are_the_firm() -> None:
    people = people_in("Bookmakers William Hill said it had taken record bets on the Derby.")
    assert people == set()


def test_a_brewer_who_said_he_was_delighted_is_a_person() -> None:
    assert people_in("Brewer Sam Hall said he was delighted with the new beer.") == {"Sam Hall"}
