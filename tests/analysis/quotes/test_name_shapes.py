"""Whether a word may open a person's name: the same answer when remembered as when worked out
afresh (a speaker's name is read through it in every sentence)."""

from __future__ import annotations

from briefings.analysis.speech import name_shapes
from briefings.analysis.speech.name_shapes import first_name_like

WORDS = ("Anna", "Mrs.", "J.", "Boris", "Paris", "Talks", "Kim", "the", "J")


def test_remembered_answers_equal_fresh_ones() -> None:
    fresh = [name_shapes._first_name_like(word) for word in WORDS]
    assert fresh == [True, True, True, True, False, False, True, False, True]
    name_shapes._FIRST_NAMES.clear()
    assert [first_name_like(word) for word in WORDS] == fresh
    assert [first_name_like(word) for word in WORDS] == fresh  # now from what it remembers
