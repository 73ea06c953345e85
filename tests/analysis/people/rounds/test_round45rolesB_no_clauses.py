"""Round 45 (rolesB): a role holds no clause. A description set before a name's comma is what
follows the last word no description holds (a preposition, a verb, a pronoun); a past verb with
its object or preposition after a name's comma is the sentence's verb, no apposition, and so is
a phrase opened by "through"; a job read back before a name stops at its subject's past verb."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "The motion was seconded by Labour's treasurer, Maria Ostrander, and passed.",
            "Maria Ostrander",
            "Labour's treasurer",
        ),
        (
            "A petition urges their former mayor, Glen Atwater, to run again.",
            "Glen Atwater",
            "former mayor",
        ),
        (
            "An appeal was made through his local councillor, Joe Brandt, on Monday.",
            "Joe Brandt",
            "local councillor",
        ),
    ],
)
def test_a_description_before_a_comma_starts_after_a_clause(
    paragraph: str, name: str, role: str
) -> None:
    assert roles_in(paragraph)[name] == role


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rob Kellerman, praised the work of a former club treasurer at the dinner.",
        "Nadia Fenn, declined to comment through a union spokesman.",
        "Piet Arendse, through a lawyer, denied any wrongdoing.",
    ],
)
def test_a_verb_or_through_after_a_names_comma_is_no_role(paragraph: str) -> None:
    assert list(roles_in(paragraph).values()) == [None]


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "Challenger Dana Whitlock narrowly defeated incumbent Roy Ashcombe in the county vote.",
            "Roy Ashcombe",
            "incumbent",
        ),
        (
            "Radio host Jim Corliss interviewed celebrity chef Marta Lind on Tuesday morning.",
            "Marta Lind",
            "celebrity chef",
        ),
        (
            "Governor Ray Tolliver edged out former treasurer Ann Biggs in the primary.",
            "Ann Biggs",
            "former treasurer",
        ),
    ],
)
def test_a_job_before_a_name_stops_at_its_subjects_past_verb(
    paragraph: str, name: str, role: str
) -> None:
    assert roles_in(paragraph)[name] == role


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "The activists who helped elect the union's current president, Rosa Delgado, met.",
            "Rosa Delgado",
            "union's current president",
        ),
        (
            "The activists helped elect NUT's current president, Rosa Delgado, last year.",
            "Rosa Delgado",
            "NUT's current president",
        ),
        (
            "That decision angered Hartley's neighbour, Simon Pryor, a retired builder.",
            "Simon Pryor",
            "Hartley's neighbour",
        ),
        (
            "She kept on her husband's Treasury secretary, Paul Vance, for a year.",
            "Paul Vance",
            "Treasury secretary",
        ),
    ],
)
def test_a_description_before_a_comma_drops_the_verbs_and_kin_before_it(
    paragraph: str, name: str, role: str
) -> None:
    assert roles_in(paragraph)[name] == role


def test_an_office_run_for_before_a_comma_is_no_role_of_the_name_after() -> None:
    roles = roles_in(
        "The head of the group backing former Ohio Gov. Ann Ruiz for president, Tom Kell, spoke first."
    )
    assert roles["Tom Kell"] is None
