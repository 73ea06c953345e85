"""Round 50 (a campus speaker cancelled): a student's year before her name in an appositive is a
description like a job ("A leader of one of the groups that had organized against the event,
sophomore Lena Ortega-Price, said the protest was “free speech too.”"), so the name speaks."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize("year", ["sophomore", "junior", "senior"])
def test_a_students_year_before_the_name(year: str) -> None:
    (q,) = quotes(
        "Not all students agreed.",
        f"A leader of one of the groups that had organized against the event, {year} Lena"
        " Ortega-Price, said the protest was “free speech too.”",
    )
    assert q.speaker == "Lena Ortega-Price"
