"""Round 50 (a reaction in a sentence about someone else): a "who" after an appositive closing on a
body's name stands for the person described ("… drew a sharp response from Anne Kowalski, a
physicist with the Nuclear Safety Project, who said the reactor vessel had “never been tested …”"
is Kowalski's, not the Project's)."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "The claim drew a sharp response from Anne Kowalski, a physicist with the Nuclear"
            " Safety Project, who said the vessel had “never been tested under those conditions.”",
            "Anne Kowalski",
        ),
        (
            "It was mocked by Tom Reyes, a lawyer for the Sierra Club, who called the rule “a"
            " half-measure at best.”",
            "Tom Reyes",
        ),
    ],
)
def test_who_after_a_body_closing_an_appositive_is_the_person(sentence: str, speaker: str) -> None:
    (q,) = quotes("Paul Hendershot spoke first.", sentence)
    assert q.speaker == speaker


def test_who_after_a_body_with_no_person_before_is_still_the_body() -> None:
    (q,) = quotes("The plan was mocked by the Sierra Club, who called the rule “a joke.”")
    assert q.speaker == "Sierra Club"
