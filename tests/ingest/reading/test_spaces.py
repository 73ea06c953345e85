"""`single_spaced` gives what splitting and joining again gives, whatever the whitespace."""

from __future__ import annotations

import random
import sys

import pytest

from briefings.ingest.reading.spaces import single_spaced

# every character `str.split` splits on, and a few that look like spaces but are not whitespace
WHITESPACE = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
NOT_WHITESPACE = "\u200b\xad\u2060"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "One paragraph as cleaning gives it.",
        " leading",
        "trailing ",
        "two  spaces",
        "a\tb",
        "no-break\u00a0space",
        "em\u2003space",
        "zero\u200bwidth",
        "line\nbreak",
        "ideographic\u3000space",
    ],
)
def test_as_splitting_and_joining(text: str) -> None:
    assert single_spaced(text) == " ".join(text.split())


def test_any_mix_of_whitespace() -> None:
    pieces = [*WHITESPACE, *NOT_WHITESPACE, "a", "é", "字"]
    rnd = random.Random(19)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert single_spaced(text) == " ".join(text.split())


def test_a_single_spaced_text_comes_back_itself() -> None:
    text = "Already single spaced, as most paragraphs are."
    assert single_spaced(text) is text
