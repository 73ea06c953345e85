"""The Zipf frequencies of English words, read from wordfreq's small list without wordfreq."""

from __future__ import annotations

import random
import string
import subprocess
import sys

import wordfreq

from briefings.analysis.common.library_lists.zipf import english_zipf


def _wordfreq(word: str) -> float:
    return float(wordfreq.zipf_frequency(word, "en", wordlist="small"))


def test_every_listed_word_and_many_unlisted_ones_score_as_wordfreq_scores_them() -> None:
    listed = [w for bucket in wordfreq.get_frequency_list("en", "small") for w in bucket]
    rng = random.Random(19)
    made_up = [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 12)))
        for _ in range(20_000)
    ]
    plurals = [w + "s" for w in listed[:5_000]]
    # words of several tokens, split by `latin_tokens`: joined by marks, some of them capitalised
    joined = []
    for _ in range(10_000):
        parts = [rng.choice(listed[:3_000]) for _ in range(rng.randint(2, 3))]
        marks = [rng.choice(["-", "'", "’", ".", "..", "-'"]) for _ in parts[1:]]
        word = parts[0] + "".join(m + p for m, p in zip(marks, parts[1:], strict=True))
        joined.append(word.title() if rng.random() < 0.3 else word)
    # not lower-case ASCII letters: split by `latin_tokens`, or handed to wordfreq
    others = ["Report", "café", "naïve", "o'neil", "x1", "ﬁne", "straße", "Ǆ", "", "a-b", "u.n."]
    for word in [*listed, *made_up, *plurals, *joined, *others]:
        assert english_zipf(word) == _wordfreq(word), word
    assert english_zipf("theatre") > 4.4 and english_zipf("whampoa") < 3.0


def test_words_of_latin_letters_are_scored_without_importing_wordfreq() -> None:
    """wordfreq's import (langcodes and its tables, about 0.17 s) and its tokenizer (about 80 µs
    a new word) are left for words of other characters: joined, accented words are not."""
    code = (
        "import sys\n"
        "from briefings.analysis.people.own_words.nature import is_thing_word, is_common_word\n"
        "assert is_thing_word('Report') and not is_thing_word('Mkrtychev')\n"
        "assert is_common_word('winner')\n"
        "assert not is_common_word('Müllerß')\n"
        "from briefings.analysis.common.library_lists.zipf import english_zipf\n"
        "assert english_zipf('indiana-born') > 4 and english_zipf('what’s') > 5\n"
        "assert 'wordfreq' not in sys.modules, 'wordfreq imported'\n"
        "assert english_zipf('r2d2') < 3 and 'wordfreq' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
