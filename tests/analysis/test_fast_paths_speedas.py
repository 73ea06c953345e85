"""Round 44's speed step (branch speedAS) answers as the search it stands in for did, on edge
texts and on random mixes of the characters it decides on."""

from __future__ import annotations

import random

from briefings.analysis.common.splitting import syntok_spans


def _random_texts(seed: int, alphabet: str, count: int = 6000, longest: int = 40) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


# Letters, the four marks `_END_MARK` opens with, the closing quotes it reads after one, spaces
# (a tab is none of its spaces), an opening quote and the quote finder's mask.
_END_ALPHABET = "aZT" + ".!?;" + "”\"’'“" + "  \t\ue000"

_END_EDGE = [
    "",
    "The talks ended. The envoy left.",
    "He said.” Then she left! Why? Because; Under Secretary",
    "U.S. officials met at 5 p.m. Tuesday.  Two spaces. ''Quoted''",
    "a.\tTab. \ue000 masked. “Opened",
    "...  . . .",  # marks in a row: the search goes on after each match
]


def test_end_marks_are_what_the_search_found() -> None:
    for text in [*_END_EDGE, *_random_texts(3, _END_ALPHABET)]:
        expected = [(*m.span(), m.group(1)) for m in syntok_spans._END_MARK.finditer(text)]
        found = [(*m.span(), m.group(1)) for m in syntok_spans._end_marks(text)]
        assert found == expected, text
