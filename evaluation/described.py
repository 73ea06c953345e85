"""What an evaluation's --help says of it: its docstring's first paragraph, a whole sentence."""

from __future__ import annotations


def described(doc: str | None) -> str:
    """The first paragraph of `doc` on one line (its lines wrapped in the source rejoined)."""
    return " ".join((doc or "").strip().split("\n\n", 1)[0].split())
