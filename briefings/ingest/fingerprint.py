"""Content fingerprints: an exact hash, and MinHash signatures that find syndicated near-copies."""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from collections.abc import Iterable

import numpy as np

PERMUTATIONS = 32
BANDS = 8  # 8 bands of 4 rows: texts sharing 70% of their shingles almost always share a band
ROWS = PERMUTATIONS // BANDS
NEAR_DUPLICATE = 0.7
SIGNATURE_WORDS = 100_000  # far above any news article (PolNeAR's longest: about 6,000 words)
_WORD = re.compile(
    r"\w+"
)  # estimated Jaccard similarity of word 3-shingles from which a text is a copy

_rng = np.random.default_rng(20230906)
_A = _rng.integers(1, 2**63, size=(PERMUTATIONS, 1), dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, size=(PERMUTATIONS, 1), dtype=np.uint64)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def signature(text: str) -> bytes:
    """A MinHash signature over word 3-shingles (lower-cased, punctuation ignored) of the first
    SIGNATURE_WORDS words: a copy shows in its beginning, and the cost stays bounded."""
    words = _words(text.lower())
    if len(words) < 3:
        shingles: Iterable[bytes] = [b" ".join(words)]
    else:  # a repeated shingle is hashed again, which costs less than a set (a minimum is kept)
        shingles = map(b" ".join, zip(words, words[1:], words[2:], strict=False))
    values = np.frombuffer(_digests(shingles), dtype=np.uint64)
    lowest = np.full(PERMUTATIONS, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(values), _CHUNK):  # memory bounded whatever the text's length
        with np.errstate(over="ignore"):  # multiply-shift: a universal hash family
            hashed = _A * values[start : start + _CHUNK]
            hashed += _B
        np.minimum(lowest, hashed.min(axis=1), out=lowest)
    # shifted once, after the minimum: the shift keeps the order, so the least stays the least
    return (lowest >> np.uint64(32)).astype(np.uint32).tobytes()


_CHUNK = 1 << 15  # shingles hashed at once: 32 permutations x 32,768 x 8 bytes = 8 MB
# BLAKE2b with an 8-byte digest, set up once: each shingle's hash starts from a copy of it (a
# quarter less CPU than `blake2b(data, digest_size=8)`, whose keyword argument costs a dict).
_BLAKE2B_8 = hashlib.blake2b(digest_size=8)


def _digests(shingles: Iterable[bytes]) -> bytes:
    """The 8-byte BLAKE2b digest of each shingle, one after another."""
    fresh = _BLAKE2B_8.copy
    out: list[bytes] = []
    append = out.append
    for shingle in shingles:
        hashed = fresh()
        hashed.update(shingle)
        append(hashed.digest())
    return b"".join(out)


def _words(lower: str) -> list[bytes]:
    """The first SIGNATURE_WORDS of `_WORD`'s matches in `lower`, UTF-8 encoded, found about
    three times faster in the text's bytes: ASCII characters that are not word characters
    become spaces (`_SPACED`), as do the commonest others (`_MARKS`), and `split` cuts there.
    A piece holding another non-ASCII character is cut by the pattern itself (where `\\w` is
    not just ASCII), so the words are the pattern's exactly."""
    if len(lower) > SIGNATURE_WORDS:  # maybe more words than kept: the first ones only
        found = itertools.islice(_WORD.finditer(lower), SIGNATURE_WORDS)
        return [match.group().encode() for match in found]
    data = lower.encode("utf-8", "surrogatepass")  # a lone surrogate is no word character
    if data.isascii():
        return data.translate(_SPACED).split()
    for mark in _MARKS:
        data = data.replace(mark, b" ")
    words: list[bytes] = []
    for piece in data.translate(_SPACED).split():
        if piece.isascii():
            words.append(piece)
        else:
            text = piece.decode("utf-8", "surrogatepass")
            words += [word.encode() for word in _WORD.findall(text)]
    return words


# Each byte as itself, but for ASCII characters other than word characters: a space (bytes
# from 128 up stay, parts of characters `_words` leaves to the pattern).
_SPACED = bytes(
    byte if byte >= 128 or _WORD.fullmatch(chr(byte)) else ord(" ") for byte in range(256)
)
# The commonest characters beside ASCII in news text that are not word characters (quotation
# marks, dashes, the ellipsis), UTF-8 encoded: spaces too, so fewer pieces go to the pattern.
_MARKS = [mark.encode() for mark in "\u2019\u201c\u201d\u2014\u2018\u2026\u2013\u2015"]


def band_keys(sig: bytes) -> list[int]:
    """One key per band; two texts that share any key are candidates for a near-duplicate."""
    return list(_band_keys(sig))


@functools.lru_cache(maxsize=256)  # ingest asks for an article's keys three times (look-ups, rows)
def _band_keys(sig: bytes) -> tuple[int, ...]:
    rows = np.frombuffer(sig, dtype=np.uint32).reshape(BANDS, ROWS)
    keys = []
    for band, row in enumerate(rows):
        digest = hashlib.blake2b(row.tobytes(), digest_size=7, person=bytes([band]) * 16)
        keys.append(int.from_bytes(digest.digest(), "big"))
    return tuple(keys)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return float(np.mean(np.frombuffer(a, dtype=np.uint32) == np.frombuffer(b, dtype=np.uint32)))
