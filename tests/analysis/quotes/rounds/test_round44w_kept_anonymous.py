"""Round 44 (wire copy): "said the deputy, who … spoke on condition of anonymity" (or "who asked
not to be identified", "who was not authorized to …") is someone the article keeps unnamed: no
one, not the sheriff named before, whom "the deputy" would otherwise go to as the salient man."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes, speaker_of

SHERIFF = "Sheriff Dale Pruitt said the lockdown was justified."


@pytest.mark.parametrize(
    "clause",
    [
        "who, like others interviewed for this article, spoke on condition of anonymity",
        "who asked not to be identified because he was not authorized to speak",
        "who was not authorized to discuss the case",
    ],
)
def test_the_deputy_kept_anonymous_is_no_one(clause: str) -> None:
    found = quotes(SHERIFF, f"“He wasn’t bluffing,” said the deputy, {clause}.")
    assert speaker_of(found, "bluffing") is None  # not Pruitt


def test_the_sheriff_with_no_such_clause_is_read_as_before() -> None:
    found = quotes(SHERIFF, "“He wasn’t bluffing,” said the sheriff, who was at the scene.")
    assert speaker_of(found, "bluffing") == "Dale Pruitt"
