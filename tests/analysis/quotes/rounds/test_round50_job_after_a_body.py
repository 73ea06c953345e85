"""Round 50 (a trial's lawyers): an appositive naming someone after a body's name and a job noun
("The government’s lawyer, Justice Department attorney Sarah Lindgren, said it reflected “…”") gives
the speaker, not no one."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "job",
    ["Justice Department attorney", "Commerce Department spokeswoman", "attorney"],
)
def test_a_name_after_a_body_and_a_job_in_an_appositive(job: str) -> None:
    (q,) = quotes(
        "The case turns on a 2021 rule.",
        f"The government’s lawyer, {job} Sarah Lindgren, said it reflected “changing patterns of"
        " use.”",
    )
    assert q.speaker == "Sarah Lindgren"


def test_a_body_alone_in_the_appositive_names_no_one() -> None:
    (q,) = quotes(
        "The case turns on a 2021 rule.",
        "The government’s lawyer, from the Justice Department, said it reflected “changing"
        " patterns of use.”",
    )
    assert q.speaker is None
