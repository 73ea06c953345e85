"""Attribution round 41 (recall): "beamed" and "gushed" are speech verbs, so that a quotation
before an inverted "beamed Donald Hartley of Madison, Alabama" is his."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def test_an_inverted_beamed_gives_the_name_after_it() -> None:
    (quote,) = extract_quotes(
        ArticleText(
            None,
            (
                "“This is what we came for!” beamed Wanda Pruitt of Tulsa, Oklahoma, who had"
                " waited since dawn.",
            ),
        )
    )
    assert quote.speaker == "Wanda Pruitt"


def test_gushed_after_a_name() -> None:
    (quote,) = extract_quotes(
        ArticleText(None, ("“Best night of my life,” gushed Carl Ostrander, a delegate.",))
    )
    assert quote.speaker == "Carl Ostrander"
