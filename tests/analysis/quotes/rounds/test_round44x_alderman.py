"""Round 44x: "Ald." is a title before a name, as "Supt." and "Adm." are ("“…,” Ald. Raymond
Lopez said at a City Council meeting"): the sentence goes on past its full stop and the quote is
the alderman's."""

from __future__ import annotations

from briefings.analysis.common.splitting.sentences import split_sentences
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

OPENING = "A Chicago alderman tore into the city’s mayor on Wednesday over migrant shelters."


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_a_quote_of_an_alderman_is_his() -> None:
    found = quotes(
        OPENING,
        "“Our people come first, and our people are being ignored,” Ald. Raymond Lopez said at a"
        " City Council meeting.",
    )
    assert _speaker(found, "Our people come first") == "Raymond Lopez"


def test_ald_does_not_end_a_sentence() -> None:
    assert len(split_sentences("Ald. Jeanette Taylor disagreed. She spoke next.")) == 2
