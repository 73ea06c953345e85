"""Round 48 namesB: across a story, two people whose names end in the same suffix ("Lamar T.
Greene Jr.", "Lamar Smith Jr.") are not joined for sharing a given name and "Jr."."""

from __future__ import annotations

from briefings.analysis.linking.link import link_entities
from briefings.analysis.linking.records import MentionInput


def _names(*names: str) -> list[set[str]]:
    mentions = [MentionInput(i, 10 + i, n, "person") for i, n in enumerate(names)]
    return [{e.name, *e.aliases} for e in link_entities(mentions)]


def test_two_juniors_of_one_given_name_stay_apart() -> None:
    assert len(_names("Lamar T. Greene Jr.", "Lamar Smith Jr.")) == 2


def test_father_and_son_stay_apart() -> None:
    assert len(_names("Lamar T. Greene Jr.", "Lamar T. Greene Sr.")) == 2


def test_one_junior_with_and_without_his_initial_is_one_person() -> None:
    assert len(_names("Lamar T. Greene Jr.", "Lamar Greene Jr.")) == 1
