"""Round 54 (personsAJ): a name of two words that opens its clause with a plural verb right after
it ("Aston Villa have signed") is a team, a band or a firm as British style writes them, no
person, though it speaks elsewhere ("Aston Villa said Hughes had"); "Should Tony Blair have" and
"Tim Henman and Greg Rusedski have" keep their people."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_club_with_a_plural_verb_that_speaks_is_no_person() -> None:
    people = people_in(
        "Aston Villa have signed defender Aaron Hughes from Newcastle for £1m.",
        "Aston Villa said Hughes had signed a three-year contract.",
    )
    assert people == {"Aaron Hughes"}


def test_a_band_with_a_plural_verb_that_speaks_is_no_person() -> None:
    people = people_in(
        "But Maximo Park were the surprise of the night at the Carling Academy.",
        "Maximo Park said the tour would end in Newcastle.",
    )
    assert people == set()


def test_a_question_with_the_verb_first_keeps_the_person() -> None:
    people = people_in(
        "Should Tony Blair have gone to war in Iraq?",
        "Tony Blair said he had no regrets.",
    )
    assert people == {"Tony Blair"}


def test_two_players_named_together_are_people() -> None:
    people = people_in(
        "Tim Henman and Greg Rusedski have been named in Britain's Davis Cup team.",
        "Greg Rusedski said he was delighted.",
    )
    assert people == {"Tim Henman", "Greg Rusedski"}
