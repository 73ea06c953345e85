"""Attribution round 42 (recall): a subject with an aside between dashes before its speech verb
is read past the aside, as one between commas is: the name before it ("Hoyt Lindqvist — who ran
the agency for a decade — said the cuts were “…”"), or the name the aside gives after a
description ("A longtime critic of the plan -- Sen. Ruth Abernathy, who sits on the committee --
told reporters …"); an aside naming two people, or joining someone to the subject, names no one."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _quoted(text: str) -> str | None:
    """The only quotation's speaker in a one-paragraph article, None if it is found with none."""
    (quote,) = extract_quotes(ArticleText(None, (text,)))
    return quote.speaker


def test_the_name_before_an_aside_between_dashes() -> None:
    assert (
        _quoted(
            "Hoyt Lindqvist — who ran the agency for a decade and wrote its rules — said the"
            " cuts were “a slow way to close it.”"
        )
        == "Hoyt Lindqvist"
    )
    assert (
        _quoted(
            "Board Chair Nell Osgood -- a former county supervisor named to the board in 2020 --"
            " said the increase was “painful but necessary.”"
        )
        == "Nell Osgood"
    )


def test_the_name_an_aside_gives_after_a_description() -> None:
    assert (
        _quoted(
            "A longtime critic of the plan -- Sen. Ruth Abernathy, who sits on the committee --"
            " told reporters it “buys nothing but time.”"
        )
        == "Ruth Abernathy"
    )
    assert (
        _quoted("A longtime critic of the plan — Ruth Abernathy — told reporters it “buys time.”")
        == "Ruth Abernathy"
    )


def test_an_aside_of_two_people_or_of_company_gives_no_one() -> None:
    assert (
        _quoted(
            "Both sponsors — Abernathy and Sen. Carl Menke — said they expected “a close vote.”"
        )
        is None
    )
    assert (
        _quoted("Carl Menke spoke first. The senator — and his wife — said they were “thrilled.”")
        is None
    )
