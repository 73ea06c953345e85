"""Attribution round 36: "X is quoted as saying" after a quotation, and "Here’s X in 1992:" before."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_person_quoted_as_saying_after_the_quotation_speaks() -> None:
    (q,) = quotes(
        "“Our panel reaches voters nobody else reaches,” Okonkwo is quoted as saying in the"
        " firm’s release."
    )
    assert q.speaker == "Okonkwo"


def test_here_is_a_name_at_a_time_before_a_colon_speaks() -> None:
    (q,) = quotes(
        "Here’s Whitfield in March 2004: “A tax on work is a tax on hope, and I will not sign one.”"
    )
    assert q.speaker == "Whitfield"


def test_here_is_a_thing_at_a_time_names_no_one() -> None:
    quoted = quotes("Here’s the Pentagon in 2011: “We will not leave anyone behind.”")
    assert all(q.speaker is None for q in quoted)
