"""Round 58 (personsAM): a name that speaks of a firm's figures is the firm's even where the
time it spoke comes between ("Laura Ashley warned last week that furniture sales had slowed")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_chain_that_warned_last_week_of_its_sales_is_no_one() -> None:
    people = people_in(
        "Marks & Spencer is expected to report another fall in clothing sales, while Laura "
        "Ashley warned last week that furniture sales had slowed.",
        "Morgan Stanley analyst Fiona Carew said the chains would struggle.",
    )
    assert people == {"Fiona Carew"}


def test_a_person_who_spoke_last_week_of_their_own_sales_stays_a_person() -> None:
    people = people_in(
        "John Smith said last week that his sales had slowed.",
        "Tony Blair said on Monday that the economy was strong.",
    )
    assert people == {"John Smith", "Tony Blair"}
