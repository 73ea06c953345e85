"""Attribution round 40 (recall): an acronym of dotted letters joined by a hyphen keeps its last
full stop, as "U.N." does ("a former political director of the A.F.L.-C.I.O. and progressive
organizer, wrote"): no sentence ends inside the apposition, and the name before it speaks."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText
from briefings.analysis.speech.tokens import tokens


def test_a_hyphenated_dotted_acronym_keeps_its_full_stop() -> None:
    assert tokens("the A.F.L.-C.I.O. and the U.N. said")[1:5] == [
        "A.F.L.-C.I.O.",
        "and",
        "the",
        "U.N.",
    ]
    assert tokens("joined the A.F.L.-C.I.O.")[-1] == "A.F.L.-C.I.O."


def test_the_speaker_before_an_apposition_holding_one() -> None:
    (quote,) = extract_quotes(
        ArticleText(
            None,
            (
                "''The members will not defect this time,'' Lena Ruiz, a former organizer for the"
                " A.F.L.-C.I.O. and a union lawyer, wrote in an email.",
            ),
        )
    )
    assert quote.speaker == "Lena Ruiz"
