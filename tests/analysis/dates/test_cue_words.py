"""A text's date cues read from its words (ASCII text) are the ones the two scans find."""

from __future__ import annotations

import random

import pytest

from briefings.analysis.common.ascii_words import ascii_words
from briefings.analysis.dates.cues import _cues_of_words, cues_in, searched_cues

# Words and marks at the edges of the cues' tests: whole months and longer words, abbreviations
# with and without their full stop, weekdays and years opening longer words, years inside words,
# word cues in any case and inside other words, marks outside ASCII that stand between words.
_ATOMS = (
    *("May", "May.", "Mays", "Sept.", "Sep", "Sept", "Septs", "Jan.", "Jan", "January", "Dec."),
    *("Decembers", "Monday", "Mondays", "monday", "1990s", "20123", "_2012", "x2012", "2012"),
    *("1899", "19", "20", "2", "1", "weekend", "TODAY", "Yearly", "rainfall", "fall", "FALL"),
    *("Tonight", "tomorrow's", "Summer", "winter", "spring", "autumn", "year", "Month", "to"),
    *("ye", "mo", "su", "x", "a", "“", "”", "’", "—", "\xa0", "(", ")", "'s", "é", "ſ", "İ"),
)
_SEPARATORS = (" ", "", "-", ".", "’", "_", "\xa0", "'", ",")


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended in May. They resume on Monday.",
        "Mays Landing voted in the 1990s; turnout rose 20123 votes.",
        "The Sept. 11 attacks, the Sep report and the Septs.",
        "TODAY’s rainfall beat last YEAR’s weekend record, she said tomorrow’s.",
        "The x2012 model and the _2012 file, not the year.",
        "“Summer” — \xa0the spring and autumn of its fall — ended.",
    ],
)
def test_a_texts_cues_from_its_words_are_the_scans(text: str) -> None:
    words = ascii_words(text)
    assert words is not None
    assert _cues_of_words(words) == searched_cues(text)
    assert cues_in(text) == searched_cues(text)


def test_random_texts_of_edge_words_have_the_scans_cues() -> None:
    rng = random.Random(19)
    read = 0
    for _ in range(20000):
        text = "".join(
            rng.choice(_ATOMS) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 8))
        )
        words = ascii_words(text)
        if words is None:
            assert cues_in(text) == searched_cues(text)  # searched: not ASCII
            continue
        read += 1
        assert _cues_of_words(words) == searched_cues(text), text
    assert read > 5000


def test_a_text_outside_ascii_is_searched() -> None:
    assert cues_in("ſpring came in Ménil in 2019.") == frozenset({"season", "digits"})
    assert ascii_words("ſpring came in Ménil in 2019.") is None
