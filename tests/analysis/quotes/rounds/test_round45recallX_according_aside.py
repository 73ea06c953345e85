"""Round 45: an "according to" phrase set off by commas between a subject and its speech verb
("Delgado, who has taken $40,000 from the firm, according to state records, said …“…”") sources
the aside's facts, not the quoted words: the subject speaks. An "according to" that reports the
words still gives them to its source."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "State Sen. Ray Delgado met reporters in Austin on Monday."


def test_the_subject_before_an_according_aside_speaks() -> None:
    found = quotes(
        OPENING,
        "Delgado, who has taken more than $40,000 from the firm’s executives since 2020, "
        "according to state records, said the charges were “a political hit job from day one.”",
    )
    assert speaker_of(found, "a political hit job") == "Ray Delgado"


def test_an_according_source_of_the_words_keeps_them() -> None:
    found = quotes(
        OPENING,
        "The firm’s payments, according to Comptroller Lena Ortiz, were “lawful in every respect.”",
    )
    assert speaker_of(found, "lawful in every respect") == "Lena Ortiz"
