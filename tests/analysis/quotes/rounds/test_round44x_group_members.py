"""Round 44x: a group whose two members are named beside it ("Two board members — Kevin Tran and
Alicia Moore — voted no, saying the policy “…”") says the words as a group: no one, not the member
named last; one member alone stays hers."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "The Loudoun Valley school board approved a new pronoun policy on Tuesday by a 5-2 vote."


def test_two_members_between_dashes_are_no_one() -> None:
    found = quotes(
        OPENING,
        "Two board members — Kevin Tran and Alicia Moore — voted no, saying the policy “takes"
        " parents out of the equation.”",
    )
    assert speaker_of(found, "takes parents out") is None


def test_two_members_between_commas_are_no_one() -> None:
    found = quotes(
        OPENING,
        "Two board members, Kevin Tran and Alicia Moore, voted no, saying the policy “takes"
        " parents out of the equation.”",
    )
    assert speaker_of(found, "takes parents out") is None


def test_one_member_stays_hers() -> None:
    found = quotes(
        OPENING,
        "Board member Alicia Moore voted no, saying the policy “takes parents out of the"
        " equation.”",
    )
    assert speaker_of(found, "takes parents out") == "Alicia Moore"


def test_two_titled_members_of_a_party_are_no_one() -> None:
    found = quotes(
        OPENING,
        "Two Democrats — Rep. Jared Moskowitz and Rep. Maxwell Frost — mocked the idea, calling"
        " it “a fantasy.”",
    )
    assert speaker_of(found, "a fantasy") is None


def test_two_titled_people_attacked_leave_the_attacker() -> None:
    found = quotes(
        OPENING,
        "Gov. Ned Rusk attacked Rep. Kevin Tran and Rep. Alicia Moore, saying they “took parents"
        " out.”",
    )
    assert speaker_of(found, "took parents out") == "Ned Rusk"
