"""Content fingerprints: an exact hash, and MinHash signatures that find syndicated near-copies."""

from __future__ import annotations

import functools
import hashlib
import itertools
import re

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
    return _minimums(_shingle_hashes(_words(text.lower())))


def _minimums(values: np.ndarray) -> bytes:
    """The signature of a text whose shingles hash to `values`: under each of the PERMUTATIONS
    hash functions, the least (its high 32 bits). A repeated shingle changes no minimum."""
    lowest = np.full(PERMUTATIONS, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(values), _CHUNK):  # memory bounded whatever the text's length
        chunk = values[start : start + _CHUNK]
        with np.errstate(over="ignore"):  # multiply-shift: a universal hash family
            hashed = _A_WIDE[:, : len(chunk)] * chunk
            hashed += _B_WIDE[:, : len(chunk)]
        np.minimum(lowest, hashed.min(axis=1), out=lowest)
    # shifted once, after the minimum: the shift keeps the order, so the least stays the least
    return (lowest >> np.uint64(32)).astype(np.uint32).tobytes()


_CHUNK = 1 << 10  # shingles hashed at once: 32 permutations x 1,024 x 8 bytes = 256 KB
# Each permutation's multiplier and addend repeated along a chunk (256 KB each, made once): numpy
# reads them as it reads the shingles. Broadcast from a column, they were copied out for every
# row of every text first (a third of the arithmetic's instructions; with chunks of 4,096
# shingles, copies elsewhere took that back).
_A_WIDE = np.broadcast_to(_A, (PERMUTATIONS, _CHUNK)).copy()
_B_WIDE = np.broadcast_to(_B, (PERMUTATIONS, _CHUNK)).copy()

# Scheme 2 (scheme 1, until migration 0025, hashed every shingle's bytes with BLAKE2b): each
# distinct word is hashed once with BLAKE2b (8 bytes), and a shingle's hash is built from its
# three words' hashes with numpy, for all of a text's shingles at once. The personalisation is
# the first of the draws tried whose decisions on the 905 real files equal scheme 1's (a
# near-duplicate or not, at NEAR_DUPLICATE: estimates near it fall either way by chance);
# the estimates' error against the exact Jaccard similarity is scheme 1's (docs/benchmarks-log.md).
SCHEME = 2
_BLAKE2B_8 = hashlib.blake2b(digest_size=8, person=b"words 2")  # copied: no keyword dict per call
_WORD_HASHES: dict[bytes, bytes] = {}  # kept across texts: news vocabulary repeats
_KEPT_WORDS = 1 << 16  # at most (about 8 MB); 905 real articles hold 25,000 distinct words


def _shingle_hashes(words: list[bytes]) -> np.ndarray:
    """The 64-bit hash of each word 3-shingle of `words`, in order (a text of fewer than
    three words is one shingle: its words joined by spaces)."""
    if len(words) < 3:
        return np.frombuffer(_blake2b_8(b" ".join(words)), dtype=np.uint64)
    hashes = _word_hashes(words)
    mixed = hashes[:-2] ^ _rotated(hashes[1:-1], 21)
    mixed ^= _rotated(hashes[2:], 42)  # a rotation each: (a, b, c) and (b, a, c) differ
    return _mix(mixed)


def _word_hashes(words: list[bytes]) -> np.ndarray:
    """The 8-byte BLAKE2b digest of each word, as unsigned 64-bit integers, remembered: the
    words not remembered yet (found among the text's distinct words, not word by word) hashed
    once each, then every word's digest looked up."""
    known = _remembering(set(words).difference(_WORD_HASHES), words)
    return np.frombuffer(b"".join(map(known.__getitem__, words)), dtype=np.uint64)


def _remembering(new: set[bytes], words: list[bytes]) -> dict[bytes, bytes]:
    """The remembered hashes with those of `new`, the words of `words` not among them, added;
    all forgotten first when they would not fit, and a table of the text's own for a text with
    more distinct words than are kept."""
    if len(_WORD_HASHES) + len(new) > _KEPT_WORDS:
        _WORD_HASHES.clear()
        new = set(words)
        if len(new) > _KEPT_WORDS:
            return {word: _blake2b_8(word) for word in new}
    for word in new:
        _WORD_HASHES[word] = _blake2b_8(word)
    return _WORD_HASHES


def _blake2b_8(data: bytes) -> bytes:
    hashed = _BLAKE2B_8.copy()
    hashed.update(data)
    return hashed.digest()


def _rotated(values: np.ndarray, bits: int) -> np.ndarray:
    """Each 64-bit value rotated left by `bits` (0 < bits < 64)."""
    return (values << np.uint64(bits)) | (values >> np.uint64(64 - bits))


_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, in place: every bit of a result depends on every bit of its
    value, so the shingles' hashes are as good as independent for the permutations."""
    with np.errstate(over="ignore"):
        values ^= values >> np.uint64(30)
        values *= _MIX_1
        values ^= values >> np.uint64(27)
        values *= _MIX_2
        values ^= values >> np.uint64(31)
    return values


def _words(lower: str) -> list[bytes]:
    """The first SIGNATURE_WORDS of `_WORD`'s matches in `lower`, UTF-8 encoded, found about
    three times faster in the text's bytes: ASCII characters that are not word characters
    become spaces (`_SPACED`), as do the commonest others (`_MARKS`), and `split` cuts there.
    Where another character beyond ASCII is no word character, the pieces holding it are cut
    by the pattern itself (where `\\w` is not just ASCII), so the words are the pattern's
    exactly."""
    if len(lower) > SIGNATURE_WORDS:  # maybe more words than kept: the first ones only
        found = itertools.islice(_WORD.finditer(lower), SIGNATURE_WORDS)
        return [match.group().encode() for match in found]
    data = lower.encode("utf-8", "surrogatepass")  # a lone surrogate is no word character
    if data.isascii():
        return data.translate(_SPACED).split()
    for mark in _MARKS:
        data = data.replace(mark, b" ")
    spaced = data.translate(_SPACED)
    if _only_word_characters_beyond_ascii(spaced):
        return spaced.split()  # each piece is one word (most texts: no piece looked at)
    words: list[bytes] = []
    for piece in spaced.split():
        if piece.isascii():
            words.append(piece)
        else:
            text = piece.decode("utf-8", "surrogatepass")
            words += [word.encode() for word in _WORD.findall(text)]
    return words


_ASCII = bytes(range(128))


def _only_word_characters_beyond_ascii(spaced: bytes) -> bool:
    """Whether every character beyond ASCII in `spaced` (`_SPACED`'s bytes) is a word character:
    then every piece between its spaces is a whole match of `_WORD` (its ASCII bytes are). The
    bytes from 128 up, taken together, are whole characters (no byte of a UTF-8 sequence is
    ASCII), and `\\w` is a character `isalnum` accepts or the underscore (ASCII); a lone
    surrogate is not."""
    beyond = spaced.translate(None, _ASCII)
    return not beyond or beyond.decode("utf-8", "surrogatepass").isalnum()


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
