"""Attribution round 38 (recall): a sentence's subject described with "the" and a person's noun,
before a participle of speech ("The billionaire businessman began …, saying “…”"), is its
speaker."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_described_subject_before_saying_is_the_speaker() -> None:
    (quote,) = quotes(
        "Maria Vance, who built a chain of 40 bakeries, is running for governor.",
        "The businesswoman spent the morning with volunteers, saying the response had"
        " been “nothing short of heroic.”",
    )
    assert quote.speaker == "Maria Vance"


def test_a_description_with_a_participle_before_its_noun() -> None:
    (quote,) = quotes(
        "Walter Briggs ran the county’s schools for 20 years.",
        "The retired superintendent has stayed out of the race so far, saying only that the"
        " board needs “a steady hand.”",
    )
    assert quote.speaker == "Walter Briggs"


def test_a_sentence_opening_on_a_thing_names_no_speaker() -> None:
    (quote,) = quotes(
        "Walter Briggs ran the county’s schools for 20 years.",
        "The district’s new budget landed on Monday, saying in its summary that costs were"
        " “under control.”",
    )
    assert quote.speaker is None
