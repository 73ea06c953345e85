"""A drawn picture: its PNG bytes with a record of what was drawn (labels, cited articles, alt text)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ALT_LIMIT = 1024  # Discord's limit on an attachment's description (its alt text)


@dataclass(frozen=True)
class Chart:
    """PNG bytes, and the words and article numbers drawn in them (for alt text and tests)."""

    kind: str  # timeline | network | coverage
    png: bytes
    width: int  # pixels
    height: int
    title: str
    alt: str  # the picture's facts in words, at most ALT_LIMIT characters
    labels: list[str] = field(default_factory=list)  # every text drawn, in drawing order
    articles: list[int] = field(default_factory=list)  # article numbers cited, as in /sources
    shown: int = 0  # items drawn (events, people, articles)
    total: int = 0  # items in the answer
    marks: list[tuple[str, dt.date, dt.date]] = field(
        default_factory=list
    )  # precision, [start, end)

    @property
    def filename(self) -> str:
        return f"{self.kind}.png"


def numbers(ids: list[int], most: int = 8) -> str:
    """Article numbers as the text gives them: [1][4][7], the first `most` and how many more."""
    shown = "".join(f"[{i}]" for i in ids[:most])
    return shown + (f" +{len(ids) - most}" if len(ids) > most else "")


def alt_text(*parts: str) -> str:
    """Sentences joined and kept within Discord's alt-text limit."""
    text = " ".join(p for p in parts if p)
    return text if len(text) <= ALT_LIMIT else text[: ALT_LIMIT - 1].rstrip() + "…"
