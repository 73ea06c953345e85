"""The whole analysis of one article: what one analyser lends another."""

from __future__ import annotations

from briefings.analysis.pipeline import analyse
from briefings.analysis.results import ArticleText


def test_a_speaker_takes_the_role_written_beside_their_name_elsewhere() -> None:
    found = analyse(
        ArticleText(
            "Tesco profits beat forecasts",
            (
                "Chief executive Sir Terry Leahy said: “These are strong results.”",
                "Shares rose 3p.",
            ),
        )
    )
    assert [(q.speaker, q.speaker_role) for q in found.quotes] == [
        ("Terry Leahy", "Chief executive")
    ]


def test_a_speakers_role_cut_short_in_the_quotes_clause_is_written_whole() -> None:
    found = analyse(
        ArticleText(
            "Schools bill",
            (
                "Liberal Democrat education spokesman Ed Davey said the government had “lost the"
                " argument”.",
            ),
        )
    )
    assert [(q.speaker, q.speaker_role) for q in found.quotes] == [
        ("Ed Davey", "Liberal Democrat education spokesman")
    ]
