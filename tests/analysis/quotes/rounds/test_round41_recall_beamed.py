"""Attribution round 41 (recall): "beamed" and "gushed" are speech verbs, so that a quotation
before an inverted "beamed Donald Hartley of Madison, Alabama" is his; so are the participles of
shouting and replying ("with Trump reportedly yelling: “…”", "protesters interrupted her speech,
shouting “…”"), but not "remarking", which reads a show's title before it as a quotation."""

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


def test_a_participle_of_yelling_after_its_subject() -> None:
    (quote,) = extract_quotes(
        ArticleText(
            None,
            (
                "At a rally in Mobile on Saturday, some of his supporters shoved a protester, with"
                " Dale Kimbrough reportedly yelling: “Get him out of here!”",
            ),
        )
    )
    assert quote.speaker == "Dale Kimbrough"


def test_shouting_crowds_quote_no_one() -> None:
    (quote,) = extract_quotes(
        ArticleText(
            None,
            ("Protesters interrupted the speech, shouting “you lose, we win!” from the back.",),
        )
    )
    assert quote.text.startswith("you lose") and quote.speaker is None
