"""Attribution round 44 (recall): "according to" a document filed by, written by or from a named
person after a quotation ("“…,” according to a motion filed by District Attorney Rhonda Pike")
gives the quotation to that person; a body's document or one someone only obtained gives it to no
one."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_a_document_filed_by_a_named_person_is_theirs() -> None:
    assert speakers_in(
        "Prosecutors dropped the case on Friday.",
        "“The evidence does not establish that he accepted anything of value,” according to a"
        " court filing signed by District Attorney Nora Whitfield.",
    ) == ["Nora Whitfield"]
    assert speakers_in(
        "The board met on Monday.",
        "“This was never about the law,” according to a letter from state Sen. Owen Marsh to"
        " the board.",
    ) == ["Owen Marsh"]


def test_a_bodys_or_an_obtained_document_is_no_ones() -> None:
    assert speakers_in(
        "The audit began in March.",
        "The payments “lacked any documentation,” according to a report released by the county's"
        " audit office.",
        "The contracts were “routed around the bidding process,” according to a memo obtained by"
        " The Atlanta Journal-Constitution.",
    ) == [None, None]
