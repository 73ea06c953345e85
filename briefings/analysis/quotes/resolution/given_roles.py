"""A description the article writes as someone's role: "the Republican nominee" after "Republican
nominee Donald Trump" is Trump, whoever was named last."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.roles import role_near

_SAME: Final = {
    "gop": "republican",
    "sen.": "senator",
    "gov.": "governor",
    "rep.": "representative",
}
# words that make a role another office than its head alone: "Vice President" is not "the
# president", "former Secretary of State" not "the secretary"
_OTHER_OFFICE: Final = frozenset({"vice", "deputy", "assistant", "lieutenant", "former", "acting"})


def _words(text: str) -> set[str]:
    return {_SAME.get(w, w) for w in text.lower().replace(",", " ").split()} - {"the", "a", "an"}


def given_the_role(role: str, index: NameIndex, pos: int, paragraphs: Sequence[str]) -> str | None:
    """The one person named in full before `pos` whose role, as the article writes it, holds
    every word of the description and no word making it another office ("the Republican
    nominee": "Republican nominee Donald Trump"; "the president" is not "Vice President Joe
    Biden"); None when no one or several are."""
    words = _words(role)
    if not words:
        return None
    fits = set()
    for _, name in index.runs[: index.runs_before(pos)]:
        if " " not in name or not index.is_person(name):
            continue
        full = index.fullest(name, pos)
        held = _words(role_near(full, paragraphs) or "")
        if words <= held and not (held - words) & _OTHER_OFFICE:
            fits.add(full)
            if len(fits) > 1:
                return None
    return next(iter(fits)) if fits else None
