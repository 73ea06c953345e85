"""Round 42: an interview's or a transcript's line whose label names no one ("The Post: “…”",
"Q: “…”") is no one's: not the answer before it continued, and no one called "Q"; the answer
labelled with its speaker's name stays theirs."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_the_outlets_questions_are_no_ones() -> None:
    found = quotes(
        "Mayor Denise Archuleta of Albuquerque spoke with The Post on Monday. Her answers are"
        " below, lightly edited.",
        "The Post: “Will you run for governor?”",
        "Archuleta: “Not this year. I have a city to run.”",
        "The Post: “And in four years?”",
        "Archuleta: “Ask me in four years.”",
    )
    assert speaker_of(found, "Not this year") == "Denise Archuleta"
    assert speaker_of(found, "And in four years?") is None  # not Archuleta continued
    assert speaker_of(found, "Ask me in four years") == "Denise Archuleta"


def test_q_is_no_one() -> None:
    found = quotes(
        "“We ran short of trailers,” said Paul Strand, the FEMA administrator.",
        "Q: “Do you regret the delay?”",
    )
    assert speaker_of(found, "We ran short") == "Paul Strand"
    assert speaker_of(found, "regret the delay") is None  # not "Q"
