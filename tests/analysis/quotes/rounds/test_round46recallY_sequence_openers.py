"""Round 46: a sentence opened by a word of order and its comma ("First, Ellen Kullman, the
chemical maker's chief executive, was shown the door.") has the name after it for subject, the
one a "she" after it means; the word itself is no person."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.resolution.mentions import subject_mentions
from tests.analysis.quotes.passages import quotes

RATES = "Marta Quill raised rates in December, and she did it smoothly."


@pytest.mark.parametrize("opener", ["First", "Later", "Instead", "Next"])
def test_the_name_after_a_word_of_order_opens_the_sentence(opener: str) -> None:
    toks = [opener, ",", "Dana", "Whitcomb", "was", "shown", "the", "door", "."]
    assert (2, "Dana Whitcomb", "opening") in subject_mentions(toks)
    assert all(name != opener for _, name, _ in subject_mentions(toks))


def test_a_she_after_it_means_that_name_not_the_woman_before() -> None:
    found = quotes(
        RATES,
        "The activists won. First, Greta Lindqvist, the chemical maker's longtime chief "
        "executive, was shown the door. (She claimed to “retire.”) Then the board sold it.",
    )
    assert next(q.speaker for q in found if q.text.startswith("retire")) == "Greta Lindqvist"
