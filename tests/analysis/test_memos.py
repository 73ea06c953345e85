"""The word-level memos (plain dictionaries filled on a miss, in place of `lru_cache`): the same
answers as working them out afresh, and bounded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from briefings.analysis.common import kinds, names
from briefings.analysis.common.memo import Memo
from briefings.analysis.people.own_words import nature
from briefings.analysis.quotes.confidence import context
from briefings.analysis.speech import name_shapes, tokens

WORDS = ("Anna", "the", "The", "Mrs.", "J.", "Report", "Kim’s", "Obama's", "U.S.", "", "BBC")

MEMOS: list[tuple[Callable[[str], Any], Callable[[str], Any], dict[Any, Any]]] = [
    (tokens.is_cap, tokens._is_cap, tokens._CAPS),
    (names.name_key, names._name_key, names._KEYS),
    (context.last_word, context._last_word, context._LAST_WORDS),
    (name_shapes.first_name_like, name_shapes._first_name_like, name_shapes._FIRST_NAMES),
    (nature.is_thing_word, nature._is_thing_word, nature._THING_WORDS),
]


@pytest.mark.parametrize(("remembered", "fresh", "memo"), MEMOS)
def test_remembered_answers_equal_fresh_ones(
    remembered: Callable[[str], Any], fresh: Callable[[str], Any], memo: dict[Any, Any]
) -> None:
    expected = [fresh(word) for word in WORDS]
    memo.clear()
    assert [remembered(word) for word in WORDS] == expected
    assert set(WORDS) <= set(memo)  # each answer kept
    assert [remembered(word) for word in WORDS] == expected  # now from the memo


def test_a_runs_kind_is_remembered_by_its_text_and_words() -> None:
    runs = [("Bank of England", ["bank", "of", "england"]), ("Tom Smith", ["tom", "smith"])]
    expected = [kinds._kind(text, tuple(words)) for text, words in runs]
    kinds._KINDS.clear()
    assert [kinds.kind_by_lists(text, words) for text, words in runs] == expected
    assert expected[0] == "organisation"
    assert ("Tom Smith", ("tom", "smith")) in kinds._KINDS


def test_a_full_memo_is_emptied_before_it_grows_past_its_bound() -> None:
    bound = Memo.MAX_KEPT
    tokens._CAPS.clear()
    for n in range(bound + 10):
        tokens.is_cap(f"Word{n}")
    assert 0 < len(tokens._CAPS) <= bound
    tokens._CAPS.clear()


# (No final sigma: compiled, `str.lower` is mypyc's, which lowers a word-final "Σ" to "σ", not
# "ς" as Python does; the memo lowers as the analysers did before it, compiled or not.)
LOWER_TEXTS = ("The Other Toys", "İSTANBUL’S ſTREETS", "KELVIN \u212a", "", "ΑΒΓ", "ﬁne Ǆ")


def test_a_lowered_text_is_the_text_in_lower_case_made_once() -> None:
    from briefings.analysis.common.memo import LOWERED

    LOWERED.clear()
    assert [LOWERED[text] for text in LOWER_TEXTS] == [text.lower() for text in LOWER_TEXTS]
    kept = LOWERED[LOWER_TEXTS[0]]
    assert LOWERED[LOWER_TEXTS[0]] is kept  # from the memo
    assert set(LOWER_TEXTS) <= set(LOWERED)


def test_the_lowered_texts_are_bounded() -> None:
    from briefings.analysis.common.memo import LOWERED, Lowered

    LOWERED.clear()
    for n in range(Lowered.MAX_TEXTS + 10):
        _ = LOWERED[f"Sentence {n}."]
    assert 0 < len(LOWERED) <= Lowered.MAX_TEXTS
    LOWERED.clear()


def test_the_analysers_read_a_sentence_lowered_as_it_was() -> None:
    from briefings.analysis.candidates import is_boilerplate
    from briefings.analysis.people.finding.candidates.sentences import _other_things_may_close
    from briefings.analysis.textrank import content_terms

    sentence = "SUBSCRIBE to the Newsletter, Woody and the OTHER toys said."
    assert is_boilerplate(sentence)
    assert _other_things_may_close(sentence)
    assert content_terms(sentence) == ["subscribe", "newsletter", "woody", "toy"]
    assert not _other_things_may_close("Woody and the toys")
