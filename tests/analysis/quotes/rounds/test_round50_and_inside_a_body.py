"""Round 50 (a senator's grilling): an "and" inside a body's name ("Securities and Exchange
Commission") does not make the official after it the subject of a participle of speech: "Sen. Bill
Hargrove of Tennessee tore into Securities and Exchange Commission Chair Dana Whitmore on Tuesday,
accusing the agency of waging a “regulation by enforcement” campaign" is Hargrove's words."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "body",
    ["Securities and Exchange Commission", "Centers for Medicare and Medicaid Services"],
)
def test_the_object_after_a_body_named_with_and_is_not_the_participles_subject(body: str) -> None:
    (q,) = quotes(
        f"Sen. Bill Hargrove of Tennessee tore into {body} Chair Dana Whitmore on Tuesday,"
        " accusing the agency of waging a “regulation by enforcement” campaign."
    )
    assert q.speaker == "Bill Hargrove"


def test_two_people_joined_by_and_are_still_both() -> None:
    (q,) = quotes(
        "Two board members — Kevin Tran and Alicia Moore — voted no, saying the plan was “rushed.”"
    )
    assert q.speaker is None
