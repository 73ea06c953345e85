"""Round 50 (personsAF): a lone word that is no given name and "said" a side of a match the
article reports with its score, or a player it names in full, is a manager named by surname
("Kowalczyk said Harrogate had"); a word that is itself a side of the match is the club, and with
no match reported a lone word that "said PLACE would" stays no one."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_manager_speaks_of_his_side_after_the_result() -> None:
    people = people_in(
        "Harrogate beat Barrow 3-1 at Wetherby Road to climb out of the bottom four.",
        "Kowalczyk said Harrogate had finally shown what they could do.",
        "Josh Marsh scored twice in the first half.",
    )
    assert "Kowalczyk" in people
    assert "Josh Marsh" in people


def test_a_manager_speaks_of_a_player_named_in_full() -> None:
    people = people_in(
        "Tranmere drew 1-1 with Walsall at Prenton Park.",
        "Ruddiforth said Pryce had been unlucky to miss out on a winner.",
        "Kieran Pryce hit the bar in stoppage time.",
    )
    assert "Ruddiforth" in people


def test_a_side_of_the_match_that_speaks_is_the_club() -> None:
    people = people_in(
        "Tranmere drew 1-1 with Walsall at Prenton Park.",
        "Tranmere said Pryce had suffered a hamstring injury.",
        "Kieran Pryce limped off in stoppage time.",
    )
    assert "Tranmere" not in people
    assert "Kieran Pryce" in people


def test_with_no_match_reported_a_lone_sayer_stays_no_one() -> None:
    people = people_in(
        "Vextrol said Harrogate would be home to its new warehouse, with 200 jobs.",
        "Site manager Ian Dale said staff were delighted.",
    )
    assert "Vextrol" not in people


def test_a_ruling_body_that_speaks_of_a_side_is_no_manager() -> None:
    people = people_in(
        "Harrogate beat Barrow 3-1 at Wetherby Road on Saturday.",
        "Uefa said Harrogate had been fined for crowd trouble.",
        "Fifa said Barrow had broken its rules.",
    )
    assert "Uefa" not in people
    assert "Fifa" not in people
