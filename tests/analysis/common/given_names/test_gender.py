"""One table of gendered person-nouns serves descriptions, kin and roles."""

from __future__ import annotations

import pytest

from briefings.analysis.common.given_names.gender import KIN, PERSON_NOUNS, WOMAN_JOBS, gender_of
from briefings.analysis.quotes.resolution.descriptions.described import gender_of_head


def test_kin_is_part_of_the_person_nouns() -> None:
    assert KIN.items() <= PERSON_NOUNS.items()


def test_woman_jobs_are_person_nouns() -> None:
    assert all(PERSON_NOUNS[job] == "f" for job in WOMAN_JOBS)


@pytest.mark.parametrize(
    ("description", "gender"),
    [
        ("the widow", "f"),
        ("the widower", "m"),
        ("the congresswoman", "f"),
        ("the chairman", None),  # said of women too
        ("the senator", None),
        ("the grandmother", "f"),
        ("the earl", "m"),  # nobility: "Tony Blair and the Earl of Wessex" is no work's title
        ("the marchioness", "f"),
    ],
)
def test_described_gender_reads_the_table(description: str, gender: str | None) -> None:
    assert gender_of_head(description) == gender


@pytest.mark.parametrize(
    ("role", "gender"),
    [("NSC spokeswoman", "f"), ("party chairman", "m"), ("chairperson", None)],
)
def test_role_gender(role: str, gender: str | None) -> None:
    assert gender_of("Smith", role) == gender
