"""A person named beside a body or a place (round 48, Washington long-form style): "A spokesman for
Customs and Border Protection, Jared Moss, said …" is Moss's words, not the body's; "Ernie Tedeschi
of Yale, who called …" is Tedeschi's, not Yale's."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_a_spokesman_for_a_body_whose_name_has_and() -> None:
    assert speakers_in(
        "A spokesman for Customs and Border Protection, Jared Moss, said the agency “stands behind"
        " its agents and its report.”"
    ) == ["Jared Moss"]


def test_who_after_a_name_and_its_place() -> None:
    assert speakers_in(
        "Others agreed: Claudia Sahm, a former Fed economist, who said the dissent was “overdue”;"
        " and Ernie Tedeschi of Yale, who called the reasoning “hard to argue with.”"
    ) == ["Claudia Sahm", "Ernie Tedeschi"]


def test_who_after_a_senator_and_his_state() -> None:
    assert speakers_in(
        "Critics mocked Sen. Joe Manchin of West Virginia, who called the bill “dead on arrival.”"
    ) == ["Joe Manchin"]


def test_who_has_long_called_after_a_name_and_its_place() -> None:
    assert speakers_in(
        "Ernie Tedeschi of Yale, who has long called the plan “fine,” spoke at the forum."
    ) == ["Ernie Tedeschi"]
