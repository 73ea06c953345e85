"""Round 45ag: a "she" in a paragraph opened by "Pell, asked …, said …" is not a woman named in
an earlier paragraph when only Pell’s given name ("Jordan") makes Pell a man: no one; with "Mr.
Pell" written, the "she" is still not his."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speaker(last: str) -> str | None:
    found = extract_quotes(
        ArticleText(
            None,
            (
                "Board member Jordan Pell sponsored the district’s new library policy.",
                "Critics packed the meeting. One parent, Sarah Quinn, called it “a ban by another"
                " name.”",
                last,
            ),
        )
    )
    return next(q.speaker for q in found if "None are gone" in q.text)


def test_she_after_pell_speaking_is_not_quinn() -> None:
    speaker = _speaker(
        "Pell, asked by a reporter whether any books had been removed, said six were under"
        " review. “None are gone,” she said."
    )
    assert speaker != "Sarah Quinn"


def test_an_honorific_settles_it() -> None:
    speaker = _speaker(
        "Mr. Pell, asked by a reporter whether any books had been removed, said six were under"
        " review. “None are gone,” she said."
    )
    assert speaker != "Jordan Pell"
