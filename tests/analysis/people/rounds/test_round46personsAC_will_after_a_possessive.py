"""Round 46 (personsAC): a given name that is a modal and a surname that is a common word, after
a body's possessive and before a verb of saying, speak for the body ("Kroll's Will Wright said
the chain had"); a possessive before a will or a song's title names no one."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_will_and_a_common_surname_after_a_bodys_possessive_speak() -> None:
    assert "Will Mason" in _people(
        "Begbies Traynor's Will Mason said the chain had run out of cash.",
    )


def test_a_possessive_before_a_will_names_no_one() -> None:
    assert not _people("Shakespeare's Will was read aloud at the exhibition.")
