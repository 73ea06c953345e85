"""Sentence splitting shared by every analyser (pysbd: rule-based, no model to download)."""

from __future__ import annotations

from functools import lru_cache

import pysbd

_SEGMENTER = pysbd.Segmenter(language="en", clean=False)


@lru_cache(maxsize=4096)
def split_sentences(paragraph: str) -> tuple[str, ...]:
    """The sentences of one paragraph, stripped, in order."""
    return tuple(s.strip() for s in _SEGMENTER.segment(paragraph) if s.strip())
