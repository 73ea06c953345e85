"""Round 49's speed steps (branch speedAW) answer as the searches they stand in for did, on edge
texts and on random mixes of the words of each pattern (drawn from what builds the pattern, so a
word added to it later is in the mixes)."""

from __future__ import annotations

import random

from briefings.analysis.quotes.resolution.names import written_forms

_NAMES = [
    "Donald J Trump",
    "Lamar T. Greene",
    "Walter H Hollis",
    "George W Bush",
    "L. Brent Bozell",
]
_OTHER_WORDS = ["said", "Donald", "Trumps", "J.", "Jr.", ",", ".", "-", "\n", "  ", "’", "Mr"]


def _mixes(seed: int, words: list[str], count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        picked = [rng.choice(words) for _ in range(rng.randint(0, 12))]
        texts.append("".join(w + rng.choice(["", " ", " ", ", ", "."]) for w in picked))
    return texts


def test_a_names_places_are_the_search_s() -> None:
    suffixes = sorted(written_forms._SUFFIXES)
    for n, name in enumerate(_NAMES):
        words = name.split() + written_forms._literal_words(name) + suffixes + _OTHER_WORDS
        edge = ["", name, f"{name} Jr.", f"{name}, III said", name.replace(".", ""), "Trump"]
        for text in [*edge, *_mixes(n, words)]:
            expected = tuple(
                (m.start(), m.group(1)) for m in written_forms._pattern(name).finditer(text)
            )
            assert written_forms._places(name, text) == expected, (name, text)
            assert written_forms._places(name, text) == expected  # (asked again: cached)
