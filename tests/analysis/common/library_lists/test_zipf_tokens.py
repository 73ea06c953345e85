"""wordfreq's English tokens of words of Latin letters, hyphens, apostrophes and full stops."""

from __future__ import annotations

import itertools

from wordfreq.tokens import lossy_tokenize

from briefings.analysis.common.library_lists.zipf_tokens import _LATIN, latin_tokens


def test_every_short_word_of_a_sample_alphabet_splits_as_wordfreq_splits_it() -> None:
    """Vowels that make an elision ("o'hara"), letters that do not ("q", "ä"), every mark, and
    case: up to five characters, all 111,111 words."""
    alphabet = "aohqéä'’.-"
    for length in range(6):
        for chars in itertools.product(alphabet, repeat=length):
            word = "".join(chars)
            assert latin_tokens(word) == lossy_tokenize(word, "en"), word


def test_each_letter_accepted_is_a_letter_to_wordfreq() -> None:
    assert len(_LATIN) > 100  # ASCII, Latin-1 and Latin Extended-A
    for c in sorted(_LATIN):
        for word in (c, f"a{c}'b", f"{c}'a", f"{c}'e", f"x.{c}", f"{c}.x", f"{c}-a", c.upper()):
            assert latin_tokens(word) == lossy_tokenize(word, "en"), word


def test_words_of_the_news_split_as_wordfreq_splits_them() -> None:
    words = ["indiana-born", "what’s", "u.n.", "calderón", "i'm", "editor-in-chief", "Straße"]
    for word in words:
        assert latin_tokens(word) == lossy_tokenize(word, "en"), word
    assert latin_tokens("u.n.") == ["u.n"] and latin_tokens("o'hara") == ["o", "hara"]


def test_other_words_are_left_to_wordfreq() -> None:
    for word in ("x1", "İstanbul", "ǆ", "K\u0301a", "東京", "a b", "a@s"):
        assert latin_tokens(word) is None, word
