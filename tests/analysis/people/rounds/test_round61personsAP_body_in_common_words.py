"""Round 61 (personsAP): a job "of the council", the body named in lower case, is the role an
apposition gives ("Alan Birtles, the leader of the council,")."""

from __future__ import annotations

from tests.analysis.people.passages import roles_in


def test_a_leader_of_the_council() -> None:
    roles = roles_in("Alan Birtles, the leader of the council, defended the plan on Tuesday.")
    assert roles == {"Alan Birtles": "leader of the council"}
    # a tail that ends in no body's noun is none: "the leader of the pack"
    assert roles_in("Alan Birtles, the leader of the pack, said so.") == {"Alan Birtles": None}


def test_a_chairman_of_a_described_committee() -> None:
    roles = roles_in("Keith Albright, chairman of the planning committee, said the site was small.")
    assert roles == {"Keith Albright": "chairman of the planning committee"}
