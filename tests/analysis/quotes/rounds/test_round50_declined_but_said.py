"""Round 50 (a spokeswoman's email): a speech verb joined by "but" or "and" to the verb of a
sentence whose subject is a named person ("An ATF spokeswoman, Kristina Mastro, declined to discuss
the case but said in an email that the agency “does not revoke licenses for minor errors.”") is
that person's, not no one's."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "An ATF spokeswoman, Kristina Mastro, declined to discuss the case but said in an email"
        " that the agency “does not revoke licenses for minor errors.”",
        "The spokeswoman, Kristina Mastro, declined to comment and said the agency “does not"
        " revoke licenses for minor errors.”",
    ],
)
def test_a_joined_speech_verb_is_the_named_subjects(sentence: str) -> None:
    (q,) = quotes("The store lost its license.", sentence)
    assert q.speaker == "Kristina Mastro"


def test_a_joined_speech_verb_after_a_body_is_no_ones() -> None:
    (q,) = quotes(
        "Jim Pike spoke first.",
        "The agency, which Pike leads, declined to discuss the case but said it “does not revoke"
        " licenses.”",
    )
    assert q.speaker is None
