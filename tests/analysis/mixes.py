"""Random texts of a test's words, as the speed tests draw them to compare new code with old."""

from __future__ import annotations

import random
from collections.abc import Sequence

__all__ = ["paragraphs_of", "punctuated_mixes", "words_of"]


def words_of(rng: random.Random, words: Sequence[str], least: int, most: int) -> str:
    """Between `least` and `most` words drawn from `words`, joined by spaces."""
    return " ".join(rng.choice(words) for _ in range(rng.randint(least, most)))


def paragraphs_of(
    rng: random.Random, words: Sequence[str], per_paragraph: tuple[int, int], paragraphs: int
) -> list[str]:
    """`paragraphs` paragraphs, each of `per_paragraph` (least, most) words drawn from `words`."""
    return [words_of(rng, words, *per_paragraph) for _ in range(paragraphs)]


def punctuated_mixes(
    seed: int, words: Sequence[str], count: int, most: int, after: Sequence[str]
) -> list[str]:
    """`count` texts of up to `most` words drawn from `words`, each followed by one of `after`
    (nothing, a space, a comma, a full stop: the same one listed twice is drawn twice as often)."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        picked = [rng.choice(words) for _ in range(rng.randint(0, most))]
        texts.append("".join(w + rng.choice(after) for w in picked))
    return texts
