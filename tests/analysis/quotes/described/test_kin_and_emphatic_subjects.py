"""A man whose given name tells no gender beside a woman of his surname, and "the governor
himself" opening a sentence (round 26: a conservative web outlet's story of a governor's trip)."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

PHOTOS = "The photos show New Mexico Gov. Ray Calloway at a hotel in Cabo San Lucas."
CRITIC = "In a post on X, Rep. Carl Ybarra wrote: “Rules for thee, not for me.”"


def last_speaker(*paragraphs: str) -> str | None:
    return extract_quotes(ArticleText(None, paragraphs))[-1].speaker


def test_a_surname_a_woman_shares_does_not_make_the_man_of_that_surname_a_woman() -> None:
    assert (
        last_speaker(
            PHOTOS,
            CRITIC,
            "Denise Calloway, a former schoolteacher, wrote on Facebook that the trip was long"
            " planned.",
            "Ray Calloway has not commented. Asked about the trip on Wednesday, he said only, “I’ve"
            " got nothing to add.”",
        )
        == "Ray Calloway"
    )


def test_the_governor_himself_opening_a_sentence_is_whom_the_next_he_may_mean() -> None:
    assert (
        last_speaker(
            PHOTOS,
            CRITIC,
            "The governor himself has yet to comment publicly. Asked about the trip on Wednesday,"
            " he said only, “I’ve got nothing to add.”",
        )
        != "Carl Ybarra"
    )
