"""Round 60 (personsAO): two words in no dictionary after a country's possessive, joined by "and"
to another country's athlete with a known given name, name an athlete ("Kenya's Catherine Ndereba
and Ethiopia's Gete Wami")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_nations_name_after_a_nations_person_is_someone() -> None:
    people = people_in(
        "She is expected to face Kenya's Catherine Ndereba and Ethiopia's Tovaro Quelmidas.",
    )
    assert people == {"Catherine Ndereba", "Tovaro Quelmidas"}


def test_a_nations_name_before_a_nations_person_is_someone() -> None:
    people = people_in("Ethiopia's Tovaro Quelmidas and Kenya's Catherine Ndereba will also run.")
    assert people == {"Catherine Ndereba", "Tovaro Quelmidas"}


def test_two_nations_firms_stay_no_one() -> None:
    people = people_in("France's Pernod Ricard and Britain's Allied Domecq agreed a deal.")
    assert people == set()
