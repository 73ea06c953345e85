"""Substring tests that rule a case-blind search out: what its words cannot be found without."""

from __future__ import annotations


def folds(text: str) -> bool:
    """Whether the text has a letter a case-blind search reads as an "i" or an "s" but lower case
    does not ("İ", "ı", "ſ"): never in ASCII text (known at once), else three substring tests,
    which cost less than a search for any of them."""
    return not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text)


def may_hold(text: str, parts: tuple[str, ...], low: str | None = None) -> bool:
    """Whether the text may hold one of the lower-case `parts`, case aside (`low`: the text in
    lower case, when already made): False only when a case-blind search for words holding one
    of them certainly finds none."""
    if low is None:
        low = text.lower()
    for part in parts:
        if part in low:
            return True
    return folds(text)
