"""Round 44x: "Ald." is a title before a name, as "Supt." and "Adm." are ("“…,” Ald. Raymond
Lopez said at a City Council meeting"): the sentence goes on past its full stop and the quote is
the alderman's."""

from __future__ import annotations

from briefings.analysis.common.splitting.sentences import split_sentences
from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "A Chicago alderman tore into the city’s mayor on Wednesday over migrant shelters."


def test_a_quote_of_an_alderman_is_his() -> None:
    found = quotes(
        OPENING,
        "“Our people come first, and our people are being ignored,” Ald. Raymond Lopez said at a"
        " City Council meeting.",
    )
    assert speaker_of(found, "Our people come first") == "Raymond Lopez"


def test_ald_does_not_end_a_sentence() -> None:
    assert len(split_sentences("Ald. Jeanette Taylor disagreed. She spoke next.")) == 2
