"""Round 45ag: "the Republican" or "the Democrat" as a speaker is never someone the article writes
beside the other party only ("Democratic Rep. Ruth Okoro", "Okoro (D-Ill.)"): no one, rather than
the person quoted last, or the one salient person written beside the party; one written beside
the party is still found."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import speaker_in


@pytest.mark.parametrize(
    "introduced",
    [
        "Democratic Rep. Ruth Okoro",
        "Rep. Ruth Okoro (D-Ill.)",
        "Rep. Ruth Okoro, a Democrat from Chicago,",
    ],
)
def test_the_republican_is_not_the_democrat_quoted_last(introduced: str) -> None:
    speaker = speaker_in(
        f"Rep. Glen Tasker traded posts on Monday with {introduced} over a farm bill.",
        "Okoro said the bill was “a giveaway to agribusiness.”",
        "“She has not read page one,” the Republican replied.",
        piece="She has not read page one",
    )
    assert speaker != "Ruth Okoro"


def test_the_republican_written_so_is_found() -> None:
    speaker = speaker_in(
        "Republican Rep. Glen Tasker traded posts on Monday with Rep. Ruth Okoro over a farm bill.",
        "Tasker said the bill was “long overdue.”",
        "“Farmers have waited five years,” the Republican said.",
        piece="Farmers have waited",
    )
    assert speaker == "Glen Tasker"


def test_the_one_republican_written_so_when_the_democrat_was_quoted_last() -> None:
    speaker = speaker_in(
        "Sen. Glen Tasker (R-Kan.) blocked the farm bill on Monday.",
        "Sen. Ruth Okoro (D-Ill.) called the move “a giveaway to nobody.”",
        "“She has not read page one,” the Republican replied.",
        piece="She has not read page one",
    )
    assert speaker == "Glen Tasker"
