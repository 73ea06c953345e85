"""Round 32 of attribution: a reporting clause opened by "as" after a quotation ("“…,” as Cruz
said on a radio show") names its speaker; the "as" clause is read alone, so "“…,” as his father
dreamed, Mr. Turry said" stays Turry's, and a passive "as said by …" names no one here."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_an_as_clause_after_a_partial_quote_names_its_speaker() -> None:
    assert speakers_in(
        "Gov. Tom Reddick spoke at a rally in Dubuque on Monday with Sen. Anna Price.",
        "Still, the fact that the race “is a coin toss right now,” as Reddick said on a radio"
        " show on Monday, only helps him.",
    ) == ["Tom Reddick"]


def test_an_as_clause_with_told_names_its_speaker() -> None:
    assert speakers_in(
        "Council member Rita Okonjo has led opposition to the deal.",
        "The deal is “a blank check for a billionaire,” as Okonjo told reporters.",
    ) == ["Rita Okonjo"]


def test_an_as_clause_of_another_subject_before_the_clause_is_read_alone() -> None:
    # "as his father dreamed" names no speaker: the clause after it does
    assert speakers_in(
        "Freddy Trump was eager to make his mark, his friend Sam Turry recalled.",
        "“He was going to make the family name known,” as his father dreamed, Mr. Turry said.",
    ) == ["Sam Turry"]
