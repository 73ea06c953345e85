"""Round 54 (personsAJ): a name that wins an order or a contract worth money or to build, supply
or run something ("Alexander Dennis has won a contract to build 80 buses") is a firm, and that
outweighs one plain speech ("Alexander Dennis said the work would"); "Tom Hale has won a new
contract" (a player's) and "Ann Lee won an order banning the newspaper" (a court's) keep them."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_firm_that_wins_a_contract_to_build_and_speaks_is_no_person() -> None:
    people = people_in(
        "Alexander Dennis has won a contract to build 80 buses for Stagecoach.",
        "Alexander Dennis said the work would be done at Falkirk.",
        "Managing director Jim Hastie said 60 jobs would be created.",
    )
    assert people == {"Jim Hastie"}


def test_a_firm_that_wins_a_priced_contract_is_no_person() -> None:
    people = people_in(
        "John Laing has won a £12m contract to refit the hospital.",
        "John Laing said the work would start in May.",
    )
    assert people == set()


def test_a_player_who_wins_a_new_contract_is_a_person() -> None:
    people = people_in(
        "Tom Hale has won a new contract at Chelsea.",
        "Tom Hale said the club had shown faith in him.",
    )
    assert people == {"Tom Hale"}


def test_a_woman_who_wins_a_court_order_is_a_person() -> None:
    people = people_in(
        "Ann Lee won an order banning the newspaper from naming the children.",
        "Ann Lee said the ruling was a relief.",
    )
    assert people == {"Ann Lee"}


def test_two_firms_that_win_contracts_together_are_no_persons() -> None:
    people = people_in(
        "Willmott Dixon and Morgan Sindall have won contracts worth £2bn to build eight new "
        "hospitals.",
        "Health minister Karin Smyth said the first would open in 2030.",
    )
    assert people == {"Karin Smyth"}


def test_two_players_who_win_new_contracts_are_people() -> None:
    people = people_in("Tom Hale and Ann Lee have won new contracts at Chelsea.")
    assert people == {"Tom Hale", "Ann Lee"}
