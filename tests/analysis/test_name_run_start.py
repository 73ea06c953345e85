"""`name_run_start`: where a run of capitalised words before a place starts, no possessive in it."""

from __future__ import annotations

from briefings.analysis.speech.tokens import name_run_start


def test_the_run_starts_at_the_first_capitalised_word_before_the_place() -> None:
    toks = ["said", "Sen.", "Joe", "Manchin", "of", "West", "Virginia"]
    assert name_run_start(toks, 4) == 1  # "Sen. Joe Manchin"


def test_a_possessive_ends_the_run() -> None:
    toks = ["the", "Senate’s", "Joe", "Manchin", "of"]
    assert name_run_start(toks, 4) == 2  # not "Senate’s"


def test_no_capitalised_word_before_the_place_is_an_empty_run() -> None:
    toks = ["they", "said", "of", "it"]
    assert name_run_start(toks, 2) == 2
    assert name_run_start(["Manchin"], 1) == 0  # to the first word
