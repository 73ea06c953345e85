"""Round 46 (personsAC): a given name that is a modal and a surname that is a common word, after
a body's possessive and before a verb of saying, speak for the body ("Kroll's Will Wright said
the chain had"); a possessive before a will or a song's title names no one."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_will_and_a_common_surname_after_a_bodys_possessive_speak() -> None:
    assert "Will Mason" in people_in(
        "Begbies Traynor's Will Mason said the chain had run out of cash.",
    )


def test_a_possessive_before_a_will_names_no_one() -> None:
    assert not people_in("Shakespeare's Will was read aloud at the exhibition.")
