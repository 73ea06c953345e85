"""Round 42x: a relative opening a sentence as its subject ("His son went further.", "Trump’s son
went further.") is someone not named here, of the kin noun's gender: a "he" after it is no one,
not the father named before; a "she" passes over him, and a name after him is read again."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = (
    "Former President Donald Trump and his son Donald Trump Jr. both blasted the verdict on"
    " Thursday.",
    "“This is a rigged trial,” Trump wrote on Truth Social.",
)


@pytest.mark.parametrize(
    "line",
    [
        "His son went further. “Welcome to the banana republic,” he posted on X.",
        "Trump’s son went further. “Welcome to the banana republic,” he posted on X.",
        "His son went further, posting on X: “Welcome to the banana republic.”",
    ],
)
def test_he_after_his_son_is_not_the_father(line: str) -> None:
    found = quotes(*OPENING, line)
    assert speaker_of(found, "rigged trial") == "Donald Trump"
    assert speaker_of(found, "banana republic") is None


def test_a_name_after_the_son_is_read_again() -> None:
    found = quotes(
        *OPENING,
        "His son went further. Trump then posted on X. “Welcome to the banana republic,” he wrote.",
    )
    assert speaker_of(found, "banana republic") == "Donald Trump"


def test_she_passes_over_her_husband() -> None:
    found = quotes(
        "Rep. Nancy Mace spoke on Friday.",
        "Her husband stood beside her. “We will not back down,” she said.",
    )
    assert speaker_of(found, "not back down") == "Nancy Mace"
