"""Round 46 (rolesC): a role is the job written next to the name. A headline written in capitals
that runs into a title is no part of it; an irregular past verb after a name's comma ("shook her
head", "said the senator") is the sentence's verb, no apposition; a verb of a clause inside what
follows a name's comma ("his views are in plainer sight") makes it no job."""

from __future__ import annotations

from tests.analysis.people.passages import roles_in


def test_a_headline_in_capitals_is_no_part_of_the_title_after_it() -> None:
    roles = roles_in(
        "AT LEAST 12 HURT IN HUGE LISBON BLAST Portuguese Prime Minister Antonio Vasquez said "
        "the attack was cowardly."
    )
    assert roles["Antonio Vasquez"] == "Portuguese Prime Minister"


def test_acronyms_before_a_title_stay_in_it() -> None:
    roles = roles_in("The US NATO commander Jim Bork said the drills would go ahead.")
    assert roles["Jim Bork"] == "US NATO commander"


def test_an_irregular_past_verb_after_a_names_comma_is_no_role() -> None:
    roles = roles_in("His wife, Marta Pinsky, shook her head. “I can’t do it,” she said.")
    assert roles["Marta Pinsky"] == "wife"


def test_said_after_a_spokesmans_name_gives_the_spokesmans_job_not_the_bosss() -> None:
    roles = roles_in(
        "Governor Ray Whitcombe did not attend. Whitcombe’s spokesman, Toby Arden, said the "
        "governor “is focused on the budget.”"
    )
    assert roles["Toby Arden"] == "Whitcombe’s spokesman"


def test_a_clause_after_a_names_comma_is_no_role() -> None:
    roles = roles_in("As for Hamish Crowther, his views are in plainer sight than his sister's.")
    assert "views are in plainer sight than his sister's" not in roles.values()
