"""Round 51 (a FEMA official's testimony): a bare question after an answer to a question the
writer told is the asker's past the asker's appositive too ("Rep. Owen Hatcher, the subcommittee’s
chairman, asked her who …")."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_bare_question_is_the_asker_named_with_an_appositive() -> None:
    answer, ask, again = quotes(
        "Rep. Owen Hatcher, the subcommittee’s chairman, asked her who had received the memo.",
        "“The deputy administrator and his chief of staff,” Christine Abara said.",
        "“Did either of them respond?”",
        "“Not in writing.”",
    )
    assert (answer.speaker, ask.speaker, again.speaker) == (
        "Christine Abara",
        "Owen Hatcher",
        "Christine Abara",
    )
