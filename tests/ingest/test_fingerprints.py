"""Content fingerprints stay what stored databases hold: a faster signature must not turn
articles stored by an older version into strangers (no longer unchanged, no longer duplicates).
A new signature scheme comes with a migration that signs the stored articles again (0025)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

import briefings.ingest.fingerprint as fingerprint
from briefings.ingest.fingerprint import _MARKS, _WORD, _words, band_keys, signature, similarity

TEXT = (
    "Senator Jane Doe said the bill would pass. The bill would pass, she said, "
    "and the bill would pass again."
)
# What scheme 1 (the code before its speed-ups, 53b5270) computed for TEXT: what migration 0025's
# downgrade computes again.
STORED_1 = (
    "ecb2d60315655002c307530080820904371417280abf670d3f6bee201149cd0df69b360f17cb130e68d69d0b"
    "c7cf0505a164c2160f08be2027bf540f742de4073f81a0073c534b06e708c100b3420a2f5a487d088706ca0d"
    "f277fe001b57250e160e1704243e8d028d716e04e48e17027124b203cd5c820d6b0c8b0874fc9609"
)
STORED_1_BANDS = [
    47007364589911821,
    5213564208839473,
    47778308568397454,
    32533189160760589,
    6199726015831231,
    5490063545938430,
    9759362799207475,
    41731981188370336,
]
# What scheme 2 (each word hashed once, 0025) computes for TEXT.
STORED = (
    "55656c1a7581df2217b6d502e51bda12b5a9f100fe9d5116c29a63064f872e0506eb5e0f57bd44008abb2703"
    "36e4071a999c262b5751290f2270da34eb15881a56540102b6a0fc164045c51dee1c12134492dd066c9ba208"
    "9909d02251cd5c0f14167b19f5c3fb1677a1f304fdf5d103b5ad3b0a8404090f284cae1ed435db15"
)
STORED_BANDS = [
    40771884924743787,
    34549990476681731,
    37874447765464387,
    12398979183494412,
    690470859909487,
    66795791338726722,
    6070478595663115,
    57293631517939926,
]


def _migration() -> ModuleType:
    path = Path(fingerprint.__file__).parents[1] / "migrations/versions/0025_signature_scheme_2.py"
    spec = importlib.util.spec_from_file_location("signature_scheme_2", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_signature_matches_the_stored_one() -> None:
    assert fingerprint.SCHEME == 2
    assert signature(TEXT).hex() == STORED
    assert band_keys(bytes.fromhex(STORED)) == STORED_BANDS


def test_the_downgrade_signs_as_scheme_1_did() -> None:
    scheme_1 = _migration()._scheme_1
    assert scheme_1(TEXT).hex() == STORED_1
    assert band_keys(bytes.fromhex(STORED_1)) == STORED_1_BANDS
    assert scheme_1(WIDE).hex() == WIDE_STORED_1


# Beyond ASCII: quotation marks, dashes, letters and numbers of other scripts (what scheme 1's
# code before its words were found in bytes, e2b3668, computed; and scheme 2's).
WIDE = (
    "Doe\u2019s \u201cbill\u201d \u2014 passed\u2026 the caf\u00e9\u2019s \u00bd rate_cut, "
    "na\u00efve Zo\u00eb\u2013said \u2018yes\u2019 \u00b2 ou \u00aa 2,5 \u00a0\u0130stanbul "
    "\u01c5emal \u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3 \u0445"
)
WIDE_STORED_1 = (
    "02bb6a02ca2eed00a4e3800cc4ee7610276d0f008b1a7304aa721e1f7011fc22cb4809030ff1a5045ab84c01"
    "55686700b4ccb004a9661a13addc0411659e471532598a0c26103701e3be4605a26653238c276c106abf3900"
    "3adec006f8f5f806138b7a1d28974c0236195d0a2190fb0042f78612542b7506f65f19000f8b8a06"
)


WIDE_STORED = (
    "015bb324e1667f12dbdbac06dd7bf20ffc1de1059cf2f906b5c5490fc6cfbb0ce4369105b4200f23bb955d02"
    "d1ee02066c501d010ea7f809dc1c0718157d0e13e1fa4a140d60ac10b4071e10662aff0c15b707319a85b019"
    "0ed00415d07a90018c0d0b1ebebd540c68928c0b4639a725b6130601e41dbd0283259a0014a6fa04"
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
        "caf\u00e9 na\u00efve Z\u00fcrich \u6771\u4eac \u00bd \u0661\u0662",  # all word characters
        "caf\u00e9 \u00a1hola! na\u00efve\u00a9x \ufeffbom soft\u00adhyphen",  # some not
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


def test_the_remembered_word_hashes_change_no_signature(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words' hashes are kept across texts, up to a bound: a signature is the same whether its
    words were remembered, new, or forgotten when the memory filled up."""
    remembered = signature(TEXT)
    monkeypatch.setattr(fingerprint, "_WORD_HASHES", {})
    monkeypatch.setattr(fingerprint, "_KEPT_WORDS", 5)
    assert signature(TEXT) == remembered  # 11 distinct words: more than are kept
    assert len(fingerprint._WORD_HASHES) <= 5
    assert signature(TEXT) == remembered
    monkeypatch.setattr(fingerprint, "_KEPT_WORDS", 12)
    signature("seven other words fill the memory first")
    assert signature(TEXT) == remembered  # the seven forgotten, then its own eleven kept
    assert set(fingerprint._WORD_HASHES) == set(_words(TEXT.lower()))


@pytest.mark.parametrize(
    ("text", "same"), [("", False), ("one", False), ("two words", True), ("Two  WORDS!", True)]
)
def test_a_text_of_fewer_than_three_words_is_one_shingle(text: str, same: bool) -> None:
    assert len(signature(text)) == 4 * 32
    assert similarity(signature(text), signature("two words")) == float(same)


def test_the_order_of_a_shingles_words_counts() -> None:
    """A shingle's words are combined each rotated its own way: reordered words are another
    shingle, and a word repeated within one does not cancel out."""
    assert signature("alpha beta gamma") != signature("beta alpha gamma")
    assert signature("alpha alpha beta") != signature("beta beta beta")
    assert signature("alpha alpha alpha") != signature("beta beta beta")


def test_a_text_longer_than_a_chunk_signs_as_if_hashed_whole() -> None:
    """Shingles are hashed a chunk at a time: the minimums are those of all of them at once."""
    text = " ".join(f"w{i}" for i in range(3 * fingerprint._CHUNK + 5))
    values = fingerprint._shingle_hashes(_words(text))
    with np.errstate(over="ignore"):
        whole = (fingerprint._A * values + fingerprint._B).min(axis=1)
    assert signature(text) == (whole >> np.uint64(32)).astype(np.uint32).tobytes()
