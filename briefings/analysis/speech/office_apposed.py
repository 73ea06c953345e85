"""An office written in a phrase before a comma and a full name: "health secretary, Dr. Anita Kapoor"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.speech.words import TITLES

__all__ = ["office_apposed"]

# a lower-case phrase of one to three words right before a comma, a style ("Dr.") between it and
# the name: "health secretary" of "and the state's health secretary, Dr. Anita Kapoor"
_COMMA_AND_STYLE: Final = r",\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.\s+)?"  # ", Dr. " before the name
_PHRASE_BEFORE: Final = re.compile(
    r"(?<![\w’'-])([a-z][\w-]*(?: [a-z][\w-]*){0,2})" + _COMMA_AND_STYLE + r"\Z"
)
# round 56: an office written capitalised after "The" opening the sentence: "The
# Secretary-General, António Guterres,", "The Foreign Minister, Penny Wong,"
_CAPITALISED_BEFORE: Final = re.compile(
    r"(?:\A|[.!?][”’\"]?\s+)The ((?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*)" + _COMMA_AND_STYLE + r"\Z"
)
# What stands from the last comma before the name to the name when `_PHRASE_BEFORE` finds a
# phrase (no comma stands after the phrase's): most names have none, and are not searched
_AFTER_THE_COMMA: Final = re.compile(_COMMA_AND_STYLE)
_OPENERS: Final = frozenset({"the", "a", "an", "and", "or", "his", "her", "their", "its", "our"})
_CLOSES: Final = (",", ".", ";", ")")  # an apposition closes after the name, no verb follows it


def office_apposed(written: str, paragraphs: Sequence[str]) -> str | None:
    """The office a phrase before a comma gives the full name `written` (two words at least, as the
    text writes it) when a comma or the sentence's end closes the name: "health secretary" of "the
    state's health secretary, Dr. Anita Kapoor, joined her" (round 48), "Secretary-General" of "The
    Secretary-General, António Guterres, arrived" (round 56); not "the governor, Anita Kapoor
    said", which is no apposition. None when the article writes none so."""
    if " " not in written:
        return None
    for par in paragraphs:
        at = par.find(written)
        while at >= 0:
            end = at + len(written)
            if par[end - 1] in _CLOSES or par[end : end + 1] in _CLOSES:
                m = _phrase_before(par, max(0, at - 60), at)
                if m is None and _AFTER_THE_COMMA.search(par, max(0, at - 60), at):
                    m = _CAPITALISED_BEFORE.search(par, max(0, at - 60), at)
                words = m.group(1).split() if m else []
                while words and words[0] in _OPENERS:
                    words = words[1:]
                if words and words[-1].lower() in TITLES and all(w not in _OPENERS for w in words):
                    return " ".join(words)
            at = par.find(written, at + 1)
    return None


def _phrase_before(par: str, start: int, at: int) -> re.Match[str] | None:
    """`_PHRASE_BEFORE`'s search from `start` to `at`, made only where the last comma before `at`
    and what follows it to `at` are as the pattern ends (a few tests, where the search tries
    every place of the window)."""
    comma = par.rfind(",", start, at)
    if comma < 0 or _AFTER_THE_COMMA.fullmatch(par, comma, at) is None:
        return None
    return _PHRASE_BEFORE.search(par, start, at)
