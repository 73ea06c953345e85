"""Someone not named who works in, at or with a body (round 25): "A former chief of staff in the
Obama administration, who …, said" is that person, unnamed, never the administration."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


@pytest.mark.parametrize(
    "subject",
    [
        "A former aide in the Obama administration",
        "An official at the Justice Department",
        "A lawyer with the firm Baker Botts",
        "A former chief of staff in the Obama administration, who spoke on the condition of"
        " anonymity to discuss private conversations,",
        "A spokesman for Hillary Clinton, who asked not to be named,",
    ],
)
def test_someone_of_a_body_is_no_one_named(subject: str) -> None:
    *_, q = extract_quotes(
        ArticleText(
            None,
            (
                "Greg Novak, the chief of staff, will stay, the White House said.",
                f"{subject} said Novak had confided that the job was “grinding him down.”",
            ),
        )
    )
    assert q.speaker is None


def test_a_named_person_with_a_relative_clause_still_speaks() -> None:
    (q,) = extract_quotes(
        ArticleText(
            None, ("Hillary Clinton, who spoke in Ohio, said the job was “grinding him down.”",)
        )
    )
    assert q.speaker == "Hillary Clinton"
