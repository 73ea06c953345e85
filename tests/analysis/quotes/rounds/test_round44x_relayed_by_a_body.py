"""Round 44x: a body reporting that someone said words ("Fox News reported that the candidate,
Maureen Atwell, said … that the wall was “…”") reports that person's words: theirs, not the
outlet's, as PolNeAR's gold reads an outlet's Source; a body's own words stay the body's. A
person's report of another's words was the reporter's here; since round 47 (issue 15) they are
the other's, told by the reporter (test_round47nestedA_nested_reports.py)."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

OPENING = "A Democratic Senate candidate in Arizona appears to have changed her tune on the wall."


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_an_outlet_reporting_a_named_candidate_is_the_candidate() -> None:
    found = quotes(
        OPENING,
        "Fox News reported that the candidate, Maureen Atwell, said at a closed-door fundraiser"
        " that the wall was “not going anywhere, and frankly it works.”",
    )
    assert _speaker(found, "not going anywhere") == "Maureen Atwell"


def test_an_outlet_reporting_what_she_had_told_donors_is_hers() -> None:
    found = quotes(
        OPENING,
        "CNN reported that Maureen Atwell had told donors the wall was “not going anywhere.”",
    )
    assert _speaker(found, "not going anywhere") == "Maureen Atwell"


def test_a_person_reporting_another_gives_her_words_told_by_him() -> None:
    found = quotes(
        OPENING,
        "Gov. Ned Rusk said Maureen Atwell had told him the wall was “not going anywhere.”",
    )
    q = next(q for q in found if "not going anywhere" in q.text)
    assert (q.speaker, q.told_by) == ("Maureen Atwell", "Ned Rusk")


def test_an_outlet_with_no_one_speaking_after_it_stays_the_outlet() -> None:
    found = quotes(OPENING, "Fox News reported that the wall was “not going anywhere.”")
    assert _speaker(found, "not going anywhere") != "Maureen Atwell"
