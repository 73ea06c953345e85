"""A title read before a name stops at an "and" that follows another person's name: "both Trump
and Democratic front-runner Hillary Clinton" gives Clinton "Democratic front-runner", not "Trump and
Democratic front-runner"; a body's name joined by "and" stays whole."""

from __future__ import annotations

from tests.analysis.people.passages import roles_in


def test_a_title_after_another_persons_name_and_and_is_the_title_alone() -> None:
    roles = roles_in(
        "Donald Trump won seven states on Tuesday.",
        "Graham called both Trump and Democratic front-runner Hillary Clinton “crazy” and said the "
        "party would lose.",
    )
    assert roles["Hillary Clinton"] == "Democratic front-runner"


def test_a_bodys_name_joined_by_and_stays_in_the_title() -> None:
    roles = roles_in(
        "Trade and Industry Secretary Patricia Hewitt met the unions on Monday.",
        "Marks and Spencer chief executive Stuart Rose said sales had risen.",
    )
    assert roles["Patricia Hewitt"] == "Trade and Industry Secretary"
    assert roles["Stuart Rose"] == "Marks and Spencer chief executive"
