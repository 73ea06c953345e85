"""Round 52 (rolesF): a job's qualifiers before a name stop at a preposition ("the Wiborg Beach
house of investor Thomas H. Lee" → "investor"), and a body's name with "of" may go on over
"and" ("Society of Motor Manufacturers and Traders chief Mike Hawes" → the whole, was "Traders
chief"); an office with "of" does not ("Secretary of State John Kerry and Defense Secretary");
a kind of show before a job is part of it ("late night talk show host Seth Meyers", was "host")."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "The Clintons decamped to the Wiborg Beach house of investor Thomas H. Lee.",
            "Thomas H. Lee",
            "investor",
        ),
        (
            "It was a parody by English comedian and actor Peter Serafinowicz on Friday.",
            "Peter Serafinowicz",
            "English comedian and actor",
        ),
        (
            "Bureau of Land Management ranger John Smith said the creek was dry.",
            "John Smith",
            "Bureau of Land Management ranger",
        ),
    ],
)
def test_a_jobs_qualifiers_stop_at_a_preposition(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "Society of Motor Manufacturers and Traders chief Mike Hawes said sales rose.",
            "Mike Hawes",
            "Society of Motor Manufacturers and Traders chief",
        ),
        (
            "Secretary of State John Kerry and Defense Secretary Ash Carter met.",
            "Ash Carter",
            "Defense Secretary",
        ),
    ],
)
def test_a_bodys_name_with_of_goes_on_over_and(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "She spoke during an interview with late night talk show host Seth Meyers.",
            "Seth Meyers",
            "late night talk show host",
        ),
        ("He met game show host Bob Barker.", "Bob Barker", "game show host"),
        # the lead: a verb before the show's kind is no part of the job
        ("He once hosted game show host Bob Barker.", "Bob Barker", "game show host"),
        ("The photos show actress Jane Smith at home.", "Jane Smith", "actress"),
    ],
)
def test_a_shows_kind_before_a_job_is_part_of_it(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role
