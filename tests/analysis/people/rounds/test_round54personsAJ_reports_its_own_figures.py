"""Round 54 (personsAJ): a name read as a place's by its last word ("William Hill") that, as the
subject of its clause, reports a rise or fall in its profits or sales with no "at" another after
them ("William Hill has reported a 12% rise in half-year profits") is a firm, though it speaks
elsewhere ("William Hill said punters had staked"); "Philip Green has reported record profits at
Bhs" keeps him."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_bookmaker_reporting_its_profits_is_no_person() -> None:
    people = people_in(
        "William Hill has reported a 12% rise in half-year profits, helped by heavy betting on "
        "Euro 2004.",
        "William Hill said punters had staked more than £60m on the tournament.",
        "Chief executive David Harding said the firm had done well.",
    )
    assert people == {"David Harding"}


def test_an_owner_reporting_profits_at_his_chain_is_a_person() -> None:
    people = people_in(
        "Philip Green has reported record profits at Bhs.",
        "Philip Green said he was delighted with the chain's performance.",
    )
    assert people == {"Philip Green"}
