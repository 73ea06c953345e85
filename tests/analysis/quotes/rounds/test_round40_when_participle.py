"""Round 40: a quotation after a participle of speech that follows a when-clause naming someone
else ("He tweeted when Mercer closed a debate …, remarking, “…”") goes to no one: the words may be
the tweet's or those of the one the when-clause names."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_a_participle_after_a_when_clause_naming_another_gives_no_one() -> None:
    found = quotes(
        "Glen Oakes, a former aide to the governor, has been a sharp critic online.",
        "“Kind of bewildering,” Oakes wrote last October.",
        "Oakes tweeted again when Gov. Alan Mercer closed a televised debate with a line from a"
        " movie, remarking, “Thank you, and may the odds be ever in your favor.”",
    )
    assert speaker_of(found, "Kind of bewildering") == "Glen Oakes"
    assert speaker_of(found, "may the odds be ever") is None


def test_a_that_clause_after_the_participle_keeps_the_subject() -> None:
    found = quotes(
        "Tara Wexler tweeted when Sen. Roy Castellano closed a town hall with the pledge,"
        " remarking that the senator had “run out of ideas and into the flag.”",
    )
    assert speaker_of(found, "run out of ideas") == "Tara Wexler"
