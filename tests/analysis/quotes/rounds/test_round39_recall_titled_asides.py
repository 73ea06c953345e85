"""Attribution round 39 (recall): a quoted title inside the clause that frames a quotation (an
apposition's "wearing a “Kasich 2016” button", "author of “The River Parishes,”") no longer
hides the frame's speaker."""

from __future__ import annotations

from briefings.analysis.results import FoundQuote
from tests.analysis.quotes.passages import quotes


def speaker_of(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_a_title_inside_the_apposition_after_the_quotation() -> None:
    found = quotes(
        "Mayor Jane Holt spoke first at the rally on Friday.",
        "“We’ve had better years than this one,” Iowa delegate Walt Sorensen, wearing a"
        " “Grassley 2016” button, said as the music started.",
    )
    assert speaker_of(found, "better years") == "Walt Sorensen"


def test_a_title_inside_an_as_put_it_clause() -> None:
    found = quotes(
        "As Nora Blaine, a professor at Rice and the author of “The Open Range,” put it,"
        " “Every drought here becomes a fight over water rights.”"
    )
    assert speaker_of(found, "Every drought") == "Nora Blaine"


def test_a_title_in_a_clause_naming_no_speaker_gives_no_one() -> None:
    found = quotes(
        "“A town where everyone has something to hide,” reads the poster for “Hollow Creek,”"
        " which stars Jack Wynn as a sheriff."
    )
    assert speaker_of(found, "something to hide") is None
