"""Round 44 (local copy): "Councilmember" and "Supervisor" before a name are titles, as
"Councilman" and "Alderman" are: no part of the speaker's name ("said Supervisor Otto Lee-Wong"
is Otto Lee-Wong), and a name after a place and the title is still found ("San Jose
Councilmember David Cohen-Park, whose …, said in a statement that he would “…”")."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "San Jose Councilmember David Cohen-Park, whose council district includes the motel,"
            " said in a statement that he would “hold the county to every promise it made"
            " tonight.”",
            "David Cohen-Park",
        ),
        (
            "“We cannot keep saying ‘not here’ to every site,” said Supervisor Otto Lee-Wong, who"
            " represents the district.",
            "Otto Lee-Wong",
        ),
        (
            "Township Supervisor Greg Hollis said the board would not vote. “Nobody is rushing"
            " this,” Hollis said.",
            "Greg Hollis",
        ),
    ],
)
def test_a_local_title_is_no_part_of_the_name(paragraph: str, speaker: str) -> None:
    q = quotes(paragraph)[0]  # (‘not here’ inside the first is listed after it, no one's)
    assert q.speaker == speaker
