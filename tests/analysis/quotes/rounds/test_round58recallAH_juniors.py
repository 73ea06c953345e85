"""Round 58: a son introduced by his father's given name and "Jr." ("His son Walter Jr.
announced …") is whom "the younger Mr. Dorsey" means, and his father "the elder Mr. Dorsey";
with no such son, no one."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def _passage(rank: str, son: str = "His son Walter Jr.") -> str | None:
    found = quotes(
        "Walter Dorsey won the state's votes on Tuesday night.",
        f"{son} announced on the convention floor that the delegates had delivered the votes.",
        f"''It's not a campaign anymore, it's a movement,'' said the {rank} Mr. Dorsey.",
    )
    return found[-1].speaker


def test_the_younger_is_the_junior() -> None:
    assert _passage("younger") == "Walter Dorsey Jr."


def test_the_elder_is_the_father() -> None:
    assert _passage("elder") == "Walter Dorsey"


def test_no_junior_no_one() -> None:
    assert _passage("younger", son="His aide Mark Ruiz") is None
