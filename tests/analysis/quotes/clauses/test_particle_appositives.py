"""A name with a lower-case particle in an appositive (round 48, Washington long-form style):
"The union’s local president, Art del Castillo, said agents “…”" is del Castillo's words, not no
one's."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_del_inside_an_appositives_name() -> None:
    assert speakers_in(
        "The union’s local president, Art del Castillo, said agents “make split-second decisions"
        " in the dark.”"
    ) == ["Art del Castillo"]


def test_van_der_inside_an_appositives_name() -> None:
    assert speakers_in(
        "A spokesman, Pieter Van der Berg, said the deal was “off the table for now.”"
    ) == ["Pieter Van der Berg"]
