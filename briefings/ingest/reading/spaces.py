"""Whitespace made single spaces, without splitting a text that already has them."""

from __future__ import annotations


def single_spaced(text: str) -> str:
    """`" ".join(text.split())`: each run of whitespace one space, none at either end. A text
    that already is so comes back as it is (most paragraphs: checking costs about half what
    splitting and joining again did). Exact: every whitespace character `split` splits on but
    the space is unprintable, so a printable text holds no whitespace other than spaces."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())
