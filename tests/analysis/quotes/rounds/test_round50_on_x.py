"""Round 50 (reactions stacked in one paragraph): "on X." closes its sentence ("… called the rule
“a war on rural America” in a post on X. Sen. Ron Jessup said in a statement that …"), so the next
sentence's speaker is its own subject, not the one who posted."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize("where", ["in a post on X", "on X", "in a message to X", "via X"])
def test_the_platform_x_closes_its_sentence(where: str) -> None:
    found = quotes(
        "Rep. Derrick Van Oosten, whose district includes much of western Wisconsin, called the"
        f" rule “a war on rural America” {where}. Sen. Ron Jessup said in a statement that the EPA"
        " was “regulating a way of life out of existence.”"
    )
    assert [q.speaker for q in found] == ["Derrick Van Oosten", "Ron Jessup"]


def test_an_initial_x_still_runs_on() -> None:
    (q,) = quotes("“We will win,” said Malcolm X. Johnson, a pastor in Selma.")
    assert q.speaker == "Malcolm X. Johnson"
