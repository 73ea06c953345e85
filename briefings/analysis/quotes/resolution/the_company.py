""" "The company said" right after a sentence opening on a firm's name: that firm's words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import name_key
from briefings.analysis.quotes.resolution.organisation_opened import organisation_opened
from briefings.analysis.quotes.resolution.sentence_starts import starts_near
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["company_meant"]

_FIRM_NOUNS: Final = frozenset({"company", "firm"})


def company_meant(
    role: str | None, index: NameIndex, paragraphs: Sequence[str], para: int, start: int, pos: int
) -> str | None:
    """The organisation "the company" (or "the firm") means: the one whose name opens the
    sentence before it in its paragraph ("Meridian, based in Grand Rapids, operates six
    hospitals. The company said …"), by the word lists or as the first word of the one body the
    article names opening on it; None otherwise (another firm may be meant)."""
    if (role or "").lower() not in _FIRM_NOUNS:
        return None
    par = paragraphs[para]
    starts = starts_near(par, pos - start)
    if len(starts) < 2:
        return None
    opening = start + starts[-2]
    run = next((name for at, name in index.runs if at == opening), None)
    if run is None:
        return None
    if " " in run and kind_by_lists(run, name_key(run).split()) == "organisation":
        return run
    return organisation_opened(run, index) if " " not in run else None
