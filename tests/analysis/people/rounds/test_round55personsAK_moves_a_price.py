"""Round 55 (personsAK): a name that opens its sentence to cut a price in odds is a bookmaker
("Victor Chandler cut Colonel Braxton to 5-2 from 4-1"), and in a racing report the name whose
price it cuts is a runner; "Andy Murray cut the deficit to 5-4" and a tennis player's price keep
their people."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_bookmaker_and_the_runner_it_prices_are_no_people() -> None:
    people = _people(
        "Colonel Braxton is the new favourite for the Arkle Chase after a win at Leopardstown.",
        "Trainer Gerry Cusack said Colonel Braxton had jumped like a seasoned chaser.",
        "Victor Chandler cut Colonel Braxton to 5-2 from 4-1.",
    )
    assert people == {"Gerry Cusack"}


def test_a_bookmaker_that_cuts_the_odds_is_no_person() -> None:
    people = _people(
        "Stan Redmond has cut the odds on a white Christmas in London to 3-1.",
        "Spokesman Rupert Adams said punters had backed snow all week.",
    )
    assert people == {"Rupert Adams"}


def test_a_player_who_cuts_a_deficit_is_a_person() -> None:
    people = _people("Andy Murray cut the deficit to 5-4 before Tim Henman served it out.")
    assert people == {"Andy Murray", "Tim Henman"}


def test_a_tennis_players_price_cut_keeps_the_player() -> None:
    people = _people(
        "Ladbrokes cut Tim Henman to 5-1 from 8-1 to win Wimbledon after his win on Monday.",
        "Henman said he was feeling good.",
    )
    assert people == {"Tim Henman"}
