"""Round 59: Commonwealth outlets' English (issue 15): "the Taoiseach" and "the Tánaiste" are
offices, never a surname."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_the_taoiseach_is_an_office_not_a_surname() -> None:
    assert speakers_in(
        "The Tánaiste, Siobhán Kearney, said the motion was “a stunt”.",
        "Speaking in Cork, Tánaiste Siobhán Kearney said it was “cynical”.",
    ) == ["Siobhán Kearney", "Siobhán Kearney"]

