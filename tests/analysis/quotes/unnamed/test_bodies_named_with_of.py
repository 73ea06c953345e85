"""A body whose name is written with "of" speaks under its whole name (round 25): "the Fraternal
Order of Police", not the fragment "Fraternal Order"; a person "of" a body is still the person."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText
from briefings.analysis.speech.speaker import parse_speaker


def test_a_body_named_with_of_keeps_its_whole_name() -> None:
    (q,) = extract_quotes(
        ArticleText(
            None,
            (
                "The Fraternal Order of Police said in a statement that the vote was “a slap in"
                " the face to every officer.”",
            ),
        )
    )
    assert q.speaker == "Fraternal Order of Police"


def test_a_person_of_a_body_is_the_person() -> None:
    for phrase, name in (
        ("George Zornick of The Nation", "George Zornick"),
        ("Jonathan Pike of the American Civil Liberties Union", "Jonathan Pike"),
    ):
        sp = parse_speaker(phrase)
        assert sp is not None and sp.name == name and not sp.is_org
