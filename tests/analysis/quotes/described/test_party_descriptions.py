"""A person described by party and place ("The Indiana Republican was not satisfied.", round 24):
a "he" or "she" after it means the one the article writes so, or no one; sentences written for it."""

from __future__ import annotations

from briefings.analysis.quotes.resolution.descriptions.origins.parties import party_description
from tests.analysis.quotes.passages import quotes

HEARING = [
    "Rep. Gerald Finch (R-Ind.) opened the hearing with a memo from Ohio.",
    "Postmaster General Alicia Romero defended the agency. Her deputy, Kevin Osei, sat beside her.",
]


def test_a_state_and_party_mean_the_one_whose_label_gives_them() -> None:
    *_, q = quotes(
        *HEARING, "The Indiana Republican was not satisfied. “Not good enough,” he said."
    )
    assert q.speaker == "Gerald Finch"  # not Osei, named since


def test_a_british_party_and_office_mean_the_one_the_article_gives_them() -> None:
    *_, q = quotes(
        "Lucy Brennan, the Labour MP for Manchester Central, called the vote a disgrace.",
        "Councillor Anne Heywood said the scheme would bring “homes the city needs”.",
        "The Labour MP was unimpressed. “They listened to nobody,” she said.",
    )
    assert q.speaker == "Lucy Brennan"  # not Heywood, quoted since


def test_a_party_the_article_gives_no_one_keeps_no_speaker() -> None:
    *_, q = quotes(*HEARING, "The Ohio Democrat was not satisfied. “Not good enough,” he said.")
    assert q.speaker is None


def test_a_party_or_its_members_are_no_description_of_one_person() -> None:
    assert party_description(["The", "Kansas", "Republican"])
    assert party_description(["the", "Conservative", "backbencher"])
    assert not party_description(["The", "Republican", "Party"])
    assert not party_description(["The", "Democrats"])
