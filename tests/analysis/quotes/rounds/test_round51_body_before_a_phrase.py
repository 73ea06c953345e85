"""Round 51 (a hospital's letters; round 50 left it): a body named with "of"/"for" and "and" before
a comma-bounded phrase naming no one is still one body, never the words after its "and": "The
Centers for Medicare and Medicaid Services, in a letter, said …" is not "Medicaid Services"."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


@pytest.mark.parametrize(
    "subject",
    [
        "The Centers for Medicare and Medicaid Services, which inspected the ward in January,",
        "The Department of Health and Human Services, in a letter,",
    ],
)
def test_the_body_is_not_the_words_after_its_and(subject: str) -> None:
    (q,) = extract_quotes(
        ArticleText(
            None,
            (f"{subject} said that the hospital had “failed to ensure adequate staffing.”",),
        )
    )
    assert q.speaker not in {"Medicaid Services", "Human Services"}
    assert q.speaker in {None, subject.split(",")[0].removeprefix("The ")}
