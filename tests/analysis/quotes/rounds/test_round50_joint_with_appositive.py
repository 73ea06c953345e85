"""Round 50 (a delegation's letter): two people joined by "and" after a comma closing the first or
an appositive of it ("Sen. Eric Schramm’s successor, Sen. Roy Blunt-Harmon, and Rep. Jason
Smith-Ellis wrote that …", "Sen. Roy Blunt-Harmon, a Republican, and Rep. Jason Smith-Ellis
wrote") are both the subject: the words are both's, so no one's alone, not the second's."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "subject",
    [
        "Sen. Eric Schramm’s successor, Sen. Roy Blunt-Harmon, and Rep. Jason Smith-Ellis",
        "Sen. Roy Blunt-Harmon, a Republican, and Rep. Jason Smith-Ellis",
    ],
)
def test_two_joined_past_a_comma_are_both(subject: str) -> None:
    (q,) = quotes(
        "Missouri’s delegation weighed in by letter.",
        f"{subject} wrote that the commission should consider “the downstream workers who pay.”",
    )
    assert q.speaker is None  # not Jason Smith-Ellis


def test_and_opening_a_new_clause_is_no_pair() -> None:
    (q,) = quotes("Pelosi praised Biden, and Sen. Tim Kaine said the bill was “a start.”")
    assert q.speaker == "Tim Kaine"
