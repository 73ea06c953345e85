"""Content fingerprints stay what stored databases hold: a faster signature must not turn
articles stored by an older version into strangers (no longer unchanged, no longer duplicates)."""

from __future__ import annotations

import pytest

from briefings.ingest.fingerprint import _MARKS, _WORD, _words, band_keys, signature, similarity

TEXT = (
    "Senator Jane Doe said the bill would pass. The bill would pass, she said, "
    "and the bill would pass again."
)
# What the code before its speed-ups (53b5270) computed for TEXT.
STORED = (
    "ecb2d60315655002c307530080820904371417280abf670d3f6bee201149cd0df69b360f17cb130e68d69d0b"
    "c7cf0505a164c2160f08be2027bf540f742de4073f81a0073c534b06e708c100b3420a2f5a487d088706ca0d"
    "f277fe001b57250e160e1704243e8d028d716e04e48e17027124b203cd5c820d6b0c8b0874fc9609"
)
STORED_BANDS = [
    47007364589911821,
    5213564208839473,
    47778308568397454,
    32533189160760589,
    6199726015831231,
    5490063545938430,
    9759362799207475,
    41731981188370336,
]


def test_signature_matches_the_stored_one() -> None:
    assert signature(TEXT).hex() == STORED
    assert band_keys(bytes.fromhex(STORED)) == STORED_BANDS


# Beyond ASCII: quotation marks, dashes, letters and numbers of other scripts (what the code
# before its words were found in bytes, e2b3668, computed).
WIDE = (
    "Doe\u2019s \u201cbill\u201d \u2014 passed\u2026 the caf\u00e9\u2019s \u00bd rate_cut, "
    "na\u00efve Zo\u00eb\u2013said \u2018yes\u2019 \u00b2 ou \u00aa 2,5 \u00a0\u0130stanbul "
    "\u01c5emal \u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3 \u0445"
)
WIDE_STORED = (
    "02bb6a02ca2eed00a4e3800cc4ee7610276d0f008b1a7304aa721e1f7011fc22cb4809030ff1a5045ab84c01"
    "55686700b4ccb004a9661a13addc0411659e471532598a0c26103701e3be4605a26653238c276c106abf3900"
    "3adec006f8f5f806138b7a1d28974c0236195d0a2190fb0042f78612542b7506f65f19000f8b8a06"
)


def test_a_text_beyond_ascii_keeps_its_stored_signature() -> None:
    assert signature(WIDE).hex() == WIDE_STORED


@pytest.mark.parametrize(
    "text",
    [
        WIDE.lower(),
        "plain ascii, with_underscores and 3.5 digits -- (brackets) [x]\ttab\nnew",
        "\u2014leading and trailing\u2019",
        "a\u00e9b\u2019c d\u00bde \u0000nul \x7fdel \x85next \u00a0nbsp \u3000ideographic",
        "lone \ud800 surrogate",
        "",
        "\u2026",
    ],
)
def test_words_are_the_patterns_matches(text: str) -> None:
    """Words found in the bytes are exactly the pattern's, whatever the characters."""
    assert _words(text) == [word.encode() for word in _WORD.findall(text)]


def test_the_marks_made_spaces_are_no_word_characters() -> None:
    assert not any(_WORD.search(mark.decode()) for mark in _MARKS)


def test_repeated_passages_and_case_do_not_change_the_signature() -> None:
    """A shingle seen twice counts once: a text with a passage repeated is the same text."""
    once = "the bill would pass the bill would"  # its shingles, each at least once
    assert signature(f"{once} pass the bill would pass the bill would") == signature(once)
    assert signature(f"{once} pass the Senate") != signature(once)
    assert signature(TEXT.upper()) == signature(TEXT)
    assert similarity(signature(TEXT), signature("Another text entirely, about the weather.")) < 0.2


def test_band_keys_are_a_fresh_list_each_time() -> None:
    """The keys are cached: a caller changing its list must not change another's."""
    keys = band_keys(signature(TEXT))
    keys.clear()
    assert band_keys(signature(TEXT)) == STORED_BANDS
