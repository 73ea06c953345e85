"""Round 58 (personsAM): an apposition opening with a work's noun and "about" or "of" describes a
work, whatever job it tells of ("Kinsey, the biopic of the sex researcher,")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_biopic_described_by_its_subjects_job_is_no_one() -> None:
    people = people_in(
        "Kinsey, the biopic of the sex researcher, was nominated in two categories.",
        "Imelda Staunton won best actress.",
    )
    assert people == {"Imelda Staunton"}


def test_people_described_by_their_jobs_stay_people() -> None:
    people = people_in(
        "Tom Smith, the editor of the film magazine, said it was a good year.",
        "Jane Brown, a single mother of two, said she had waited a year.",
    )
    assert people == {"Tom Smith", "Jane Brown"}
