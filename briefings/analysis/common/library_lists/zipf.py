"""wordfreq's Zipf frequency of an English word from its small list, read without wordfreq.

Importing wordfreq costs about 0.17 s of CPU (langcodes and its tables), and each new word goes
through its tokenizer (about 80 µs): a one-process ingest of 1,000 files paid about 0.4 s for
some 4,500 words. A word of lower-case ASCII letters is its own and only token in wordfreq's
English tokenizer, so its Zipf frequency is that of its bucket in the list: read here from the
same file, and computed exactly as `wordfreq.zipf_frequency` computes it. A word of Latin letters,
hyphens, apostrophes and full stops ("indiana-born", "what’s", "calderón") is split into
wordfreq's tokens by `zipf_tokens.latin_tokens`, and their frequencies combined as wordfreq
combines them (`tests/analysis/common/library_lists/test_zipf.py` compares both over the whole
list and words it lacks). Any other word is handed to wordfreq itself.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
from functools import cache
from pathlib import Path
from typing import Final

from briefings.analysis.common.library_lists.zipf_tokens import latin_tokens

__all__ = ["english_zipf"]

_MINIMUM: Final = 10**0.0 / 1e9  # wordfreq's zipf_to_freq(0.0): the default minimum, Zipf 0


def english_zipf(word: str) -> float:
    """`wordfreq.zipf_frequency(word, "en", wordlist="small")`, as a float."""
    if word.isascii() and word.isalpha() and word.islower():  # one token, itself
        listed = _small_english().get(word)
        return _ABSENT if listed is None else _one_token_zipf(listed)
    tokens = latin_tokens(word)
    if tokens is not None:
        return _tokens_zipf(tokens)
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en", wordlist="small"))


def _tokens_zipf(tokens: list[str]) -> float:
    """The Zipf frequency of a word of these tokens: the minimum when it has none or the list
    lacks one of them (wordfreq's `_word_frequency`)."""
    listed = _small_english()
    frequencies = [listed.get(token, 0.0) for token in tokens]
    if not frequencies or 0.0 in frequencies:
        return _ABSENT
    return _zipf_of(frequencies)


@cache
def _one_token_zipf(listed: float) -> float:
    """The Zipf frequency of a word of one token, one for each of the list's buckets."""
    return _zipf_of([listed])


def _zipf_of(frequencies: list[float]) -> float:
    """wordfreq's combination of its tokens' listed frequencies (1 / f = 1 / f1 + 1 / f2 + ...),
    its rounding, then its Zipf value, step by step as `_word_frequency` and `zipf_frequency` in
    wordfreq/__init__.py make them."""
    one_over_result = 0.0
    for listed in frequencies:
        one_over_result += 1.0 / listed
    unrounded = max(1.0 / one_over_result, _MINIMUM)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    rounded = round(unrounded, leading_zeroes + 3)
    return float(round(math.log(rounded, 10) + 9, 2))


# A word the list lacks: wordfreq returns the minimum itself, unrounded.
_ABSENT: Final = float(round(math.log(_MINIMUM, 10) + 9, 2))


@cache
def _small_english() -> dict[str, float]:
    """Each word of wordfreq's small English list (its "cBpack": a header, then lists of words,
    the n-th list at -n centibels) with its listed frequency (`get_frequency_dict`); read once
    per process."""
    import msgpack

    with gzip.open(_data_path() / "small_en.msgpack.gz", "rb") as packed:
        data = msgpack.load(packed, raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"unexpected wordfreq header: {header!r}")
    frequencies: dict[str, float] = {}
    for index, bucket in enumerate(data[1:]):
        if bucket:
            listed = 10 ** (-index / 100)  # wordfreq's cB_to_freq(-index)
            for word in bucket:
                frequencies[word] = listed  # a word listed twice: the last, as wordfreq's
    return frequencies


def _data_path() -> Path:
    """wordfreq's data folder, found without importing wordfreq."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("wordfreq is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"
