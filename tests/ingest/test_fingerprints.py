"""Content fingerprints stay what stored databases hold: a faster signature must not turn
articles stored by an older version into strangers (no longer unchanged, no longer duplicates)."""

from __future__ import annotations

from briefings.ingest.fingerprint import band_keys, signature, similarity

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
