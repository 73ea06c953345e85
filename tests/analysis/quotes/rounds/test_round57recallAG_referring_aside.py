"""Round 57: an aside between dashes whose speech verb takes "it" or "so" as object refers back to
the quotation and introduces none ("Mr. Dorsey — he said it twice — told the crowd"), so the
clause around it is read past it; an aside that may introduce the words ("— he said —") stays."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_an_aside_saying_it_again_is_read_past() -> None:
    found = quotes("“We will win,” Gov. Walter Dorsey — he said it twice — told the crowd.")
    assert [(q.text, q.speaker) for q in found] == [("We will win", "Walter Dorsey")]


def test_an_aside_saying_so_is_read_past() -> None:
    found = quotes("“We will win,” Gov. Walter Dorsey — she said so twice — told the crowd.")
    assert [(q.text, q.speaker) for q in found] == [("We will win", "Walter Dorsey")]


def test_an_aside_that_may_introduce_the_words_stays() -> None:
    found = quotes("Gov. Walter Dorsey spoke. The economy — he said — is “in trouble.”")
    assert [(q.text, q.speaker) for q in found] == [("in trouble", "Walter Dorsey")]
