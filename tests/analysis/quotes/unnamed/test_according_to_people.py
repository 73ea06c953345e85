""" "According to X, Y said “…”" (round 28, Washington long-form style): when X names the people
the reporter heard it from and Y has a speech verb of its own, the words are Y's; a document or a
report as X keeps the quotation with no one, as before."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_according_to_an_unnamed_official_opening_the_sentence() -> None:
    assert speakers_in(
        "Senior officials argued for weeks over the withdrawal.",
        "According to one former official, Defense Secretary Mark Esper told the White House"
        " that he needed “at least 90 days to do it.”",
    ) == ["Mark Esper"]


def test_according_to_people_as_an_aside_after_the_subject() -> None:
    assert speakers_in(
        "Jeff Zients, according to a person familiar with the calls, told Murphy that the"
        " president wanted “a deal this month, not next.”",
    ) == ["Jeff Zients"]


def test_according_to_two_people_familiar() -> None:
    assert speakers_in(
        "According to two people familiar with the talks, Sen. Mary Holt said the offer was"
        " “not serious at all.”",
    ) == ["Mary Holt"]


def test_according_to_two_members_of_a_party() -> None:
    assert speakers_in(
        "Kevin McCarthy, according to two Republicans in the room, told his conference that the"
        " vote would be “a badge of honor” in November.",
    ) == ["Kevin McCarthy"]


def test_according_to_a_document_still_names_no_one() -> None:
    assert speakers_in(
        "According to the emails, Gen. Mark Milley said a rapid pullout would be “reckless and"
        " dangerous.”",
    ) == [None]


def test_according_to_people_with_no_speech_verb_after_names_no_one() -> None:
    assert speakers_in(
        "Ray Dunn met the governor twice.",
        "According to two people familiar with the talks, the offer was “not serious at all.”",
    ) == [None]


def test_the_person_after_according_to_a_person_close_to_her() -> None:
    # round 48: "the person" is the source "According to a person close to the senator" opened
    # the sentence with, not the senator named in it
    assert speakers_in(
        "Sen. Laura Delgado of New Mexico has built a national profile.",
        "According to a person close to the senator, Delgado has heard the criticism from home."
        " That person said she has scheduled town halls in four rural counties this fall. “She"
        " knows where she’s from,” the person said.",
    ) == [None]
