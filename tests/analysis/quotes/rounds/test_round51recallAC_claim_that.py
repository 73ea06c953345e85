"""Round 51: words after a quotation that open with a noun for what was said and its own clause
("“…,” a claim that drew a sharp response from Kowalski, who said …") describe the quotation;
the verb after them is another's, so the quotation stays with the clause before it."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_claim_that_drew_a_response_keeps_the_claimant() -> None:
    found = quotes(
        "Its chief executive, Martin Hollis, told regulators last month that the dam was “the "
        "safest structure in the state,” a claim that drew a sharp reply from Dana Ruiz, an "
        "engineer with the Rivers Trust, who said the spillway had “never been tested.”"
    )
    assert [q.speaker for q in found] == ["Martin Hollis", "Dana Ruiz"]


def test_a_remark_that_another_answered_is_not_the_answerers() -> None:
    found = quotes(
        "Mayor Ted Brannock called the vote “a victory for every family,” a remark that angered "
        "Councilwoman Ruth Okafor, who said later that she would appeal."
    )
    assert found[0].speaker == "Ted Brannock"
