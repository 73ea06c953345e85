"""Round 51 (a congressman's letter): "The letter goes on: “…”" is a speech clause as "went on"
is, its words the letter's writer's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_letter_goes_on_is_its_writers() -> None:
    *_, q = quotes(
        "Rep. Joe Marchetti was not satisfied. In a letter to Defense Secretary Alan Prewitt,"
        " Marchetti wrote that residents were “owed an answer, not a shrug.”",
        "The letter goes on: “If the Department cannot identify what is flying over its own"
        " installation, that is itself the story.”",
    )
    assert q.speaker == "Joe Marchetti"
