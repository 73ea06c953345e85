"""Attribution round 38: after "For X, Y is …", a "he mocks" is X's, not Y's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_for_a_columnist_the_subject_is_exposing_then_he_mocks() -> None:
    quoted = quotes(
        "“The town has failed itself,” writes Peter Raskin in a new essay. Raskin assails what he"
        " calls “the lie” of the moment.",
        "Critics are reveling in Raskin’s scorn. For Martin Delaney, Raskin is exposing the cruel"
        " logic of his camp. “The market hasn’t failed the town,” he mocks. “The town has"
        " failed the market.”",
    )
    mocked = [q for q in quoted if q.text.startswith("The market")]
    assert mocked and mocked[0].speaker == "Martin Delaney"


def test_a_for_sentence_two_sentences_before_is_not_read() -> None:
    quoted = quotes(
        "For Samuel Ortiz, the killings are a moral failure. District Attorney Leonard Fisk sees"
        " it differently. “We can’t arrest our way out of this,” he said."
    )
    assert quoted[0].speaker == "Leonard Fisk"
