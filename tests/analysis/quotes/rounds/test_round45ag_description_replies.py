"""Round 45ag: a description that replies right after someone's quote ("“…,” the Republican
shot back") is not that someone, whom salience would give it; a description that merely says
goes on meaning the one quoted last."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import speaker_in

BEFORE = (
    "Sen. Roy Tandy of Kansas questioned a Commerce Department official on Wednesday.",
    "“How many grants went out? Any idea?” Tandy asked Undersecretary Maria Coelho at the hearing.",
    "Coelho said the department would “send the full list this week.”",
)


@pytest.mark.parametrize("verb", ["shot back", "retorted", "fired back"])
def test_the_description_replying_is_not_the_one_just_quoted(verb: str) -> None:
    speaker = speaker_in(
        *BEFORE, f"“That is not an answer,” the Republican {verb}.", piece="not an"
    )
    assert "Coelho" not in (speaker or "")


def test_the_description_saying_is_the_one_just_quoted() -> None:
    speaker = speaker_in(
        *BEFORE,
        "“We will get it done,” the undersecretary said.",
        piece="We will get it done",
    )
    assert "Coelho" in (speaker or "")
