""" "House Speaker Nancy Pelosi" and "The speaker’s daughter, filmmaker Alexandra Pelosi" (round
28, Washington long-form style): "The speaker, asked later …, shook her head. “…,” she said" is the
speaker's, not her daughter's, who shares her surname and is the person named last."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

_OPENING = (
    "House Speaker Nancy Pelosi spent the final hours before the vote working the phones.",
    "The speaker’s daughter, filmmaker Alexandra Pelosi, posted a photo of her mother with the"
    " caption “She never blinks, not once.”",
)


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(ArticleText(None, _OPENING + paragraphs))]


def test_a_relatives_surname_does_not_give_her_the_office() -> None:
    assert _speakers("The speaker shook her head. “Not one, not ever,” she said.")[-1] == (
        "Nancy Pelosi"
    )


def test_a_description_before_an_aside_opens_the_sentence() -> None:
    assert _speakers(
        "The speaker, asked later whether she had any regrets, shook her head. “Not one, not"
        " ever,” she said."
    )[-1] == ("Nancy Pelosi")
