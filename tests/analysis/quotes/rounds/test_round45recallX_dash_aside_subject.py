"""Round 45: the subject of a speech verb after an aside between dashes ("Ald. Marisol Ortega —
who chairs the Rules Committee — said …“…”") speaks; so does a name opening the aside after a
description ("A longtime critic -- Ald. Dennis Kowalczyk, who represents the ward -- told …");
a body or someone unnamed before the aside is no one."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "The city council met on Monday to vote on the new ward map."


def test_a_name_before_a_dash_aside_speaks() -> None:
    found = quotes(
        OPENING,
        "Ald. Marisol Ortega — who chairs the Rules Committee and drew the map — said the new "
        "boundaries were “the fairest this city has seen in decades.”",
    )
    assert speaker_of(found, "the fairest this city") == "Marisol Ortega"


def test_a_name_opening_the_aside_speaks() -> None:
    found = quotes(
        OPENING,
        "A longtime critic of the process -- Ald. Dennis Kowalczyk, who represents the Far "
        "Southwest Side -- told reporters the map “carves up whole neighborhoods.”",
    )
    assert speaker_of(found, "carves up whole") == "Dennis Kowalczyk"


def test_a_body_or_someone_unnamed_before_the_aside_is_no_one() -> None:
    found = quotes(
        OPENING,
        "The union — the largest in the city — said it had pressed for the change for “more "
        "than five long years.” A spokesman for the mayor — who asked not to be named — said "
        "the plan was “dead on arrival.”",
    )
    assert speaker_of(found, "more than five long years") is None
    assert speaker_of(found, "dead on arrival") is None


def test_a_name_before_a_dash_aside_after_the_quotation_speaks() -> None:
    found = quotes(
        OPENING,
        "“It is the fairest map this city has drawn,” Ald. Marisol Ortega — who chairs the Rules "
        "Committee — said on Monday.",
    )
    assert speaker_of(found, "the fairest map") == "Marisol Ortega"


def test_a_dash_aside_after_said_and_a_name_is_theirs() -> None:
    found = quotes(
        OPENING,
        "“It is a map for incumbents,” said Ald. Dennis Kowalczyk — who represents the Far "
        "Southwest Side.",
    )
    assert speaker_of(found, "a map for incumbents") == "Dennis Kowalczyk"


def test_someone_unnamed_before_a_dash_aside_after_the_quotation_is_no_one() -> None:
    found = quotes(
        OPENING,
        "“It is a bad map for the south side,” a spokesman — who asked not to be named — said.",
    )
    assert speaker_of(found, "a bad map") is None
