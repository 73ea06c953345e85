"""Given names from gender-guesser's dictionary, and two of them joined by a hyphen."""

from __future__ import annotations

import pytest

from briefings.analysis.common.given_names.first_names import is_given_name


@pytest.mark.parametrize(("word", "given"), [("Sven-Goran", True), ("Coca-Cola", False)])
def test_two_given_names_joined_by_a_hyphen_are_a_given_name(word: str, given: bool) -> None:
    assert is_given_name(word) is given
