"""Round 43: a quotation after a short sentence whose subject is another named person, in the
paragraph of the quote before it ("“…?” she asked. Whitcombe paused. “…”"), is not the earlier
speaker's continued: the short sentence's subject's when that person is the one named last and
the sentence names no one else ("Whitcombe looked at Castellanos."), else no one's; a quote after the same speaker's own short sentence, or after a long clause naming places,
stays with the speaker before."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = (
    "Justice Miriam Castellanos had said little all morning. Then she turned to Solicitor "
    "General Dan Whitcombe."
)


def test_a_short_sentence_of_another_person_gives_them_the_quote() -> None:
    found = quotes(
        OPENING,
        "“Is it your view that the statute allows this?” she asked. Whitcombe paused. “I would "
        "not put it that way, Justice.”",
    )
    assert speaker_of(found, "Is it your view") == "Miriam Castellanos"
    assert speaker_of(found, "I would not put it") == "Dan Whitcombe"


def test_after_a_named_cue_too() -> None:
    found = quotes(
        OPENING,
        "“Is it your view that the statute allows this?” Castellanos asked. Whitcombe smiled. "
        "“Not quite, Justice.”",
    )
    assert speaker_of(found, "Not quite, Justice") == "Dan Whitcombe"


def test_a_short_sentence_naming_another_person_too_is_no_ones() -> None:
    found = quotes(
        OPENING,
        "“Is it your view that the statute allows this?” Castellanos asked. Whitcombe looked at "
        "Castellanos. “Not quite, Justice.”",
    )
    assert speaker_of(found, "Not quite, Justice") is None


def test_the_same_speakers_short_sentence_keeps_the_quote() -> None:
    found = quotes(
        OPENING,
        "“Is it your view that the statute allows this?” Castellanos asked. Castellanos frowned. "
        "“Answer the question, counsel.”",
    )
    assert speaker_of(found, "Answer the question") == "Miriam Castellanos"


def test_a_long_clause_naming_places_keeps_the_quote() -> None:
    found = quotes(
        "Tesfaye Alemu, a rebel commander, shares a bungalow in Asmara with his comrades.",
        "“We are five right now,” Alemu said, introducing his comrades from Dallas; Arlington, "
        "Va.; Calgary, Canada; and Luxembourg. “Another is returning here tomorrow morning.”",
    )
    assert speaker_of(found, "Another is returning") == "Tesfaye Alemu"
