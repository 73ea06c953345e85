"""Round 57 (personsAL): a lone word that beats a side, or wins or draws by a score, and that the
article names in no one's full name, is a club, no one where the article says of it ("Jose
Mourinho said Chelsea had deserved to win"); a player named in full first stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_club_that_beat_a_side_is_no_one_where_its_manager_says_of_it() -> None:
    people = people_in(
        "Chelsea beat Blackburn 4-0 at Ewood Park on Saturday.",
        "Jose Mourinho said Chelsea had deserved to win.",
    )
    assert people == {"Jose Mourinho"}


def test_a_club_that_won_or_drew_by_a_score_is_no_one() -> None:
    assert people_in(
        "Chelsea won 2-0 at Bolton on Saturday.",
        "Jose Mourinho said Chelsea had been the better side.",
    ) == {"Jose Mourinho"}
    assert people_in(
        "Arsenal drew 1-1 with Everton at Goodison Park.",
        "Arsene Wenger said Everton had defended well.",
    ) == {"Arsene Wenger"}


def test_a_player_named_in_full_first_stays_a_person() -> None:
    people = people_in(
        "Andy Murray beat Tim Henman 7-5 in the deciding set.",
        "Coach Brad Gilbert said Murray had played well.",
    )
    assert people == {"Andy Murray", "Tim Henman", "Brad Gilbert"}


def test_a_player_of_a_match_told_by_sets_stays_a_person() -> None:
    people = people_in(
        "Murray beat Federer 6-3 6-4 in the final.",
        "Coach Brad Gilbert said Murray had played well.",
    )
    assert people == {"Murray", "Brad Gilbert"}


def test_a_girl_named_with_a_role_who_beat_a_player_stays_a_person() -> None:
    people = people_in(
        "His daughter Chelsea beat Amy Smith 3-1 in the under-12 final.",
        "Tom Hale said Chelsea had worked hard for it.",
    )
    assert people == {"Chelsea", "Amy Smith", "Tom Hale"}
