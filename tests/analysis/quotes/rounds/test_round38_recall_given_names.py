"""Attribution round 38 (recall): a "she" or "he" against a gender guessed from a given name
alone (Jordan, Jess, Alex, Dana) goes to that person when no one else can be meant."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_the_subject_of_the_sentence_before_is_the_she() -> None:
    *_, last = quotes(
        "Critics packed the meeting. One parent, Sarah Quinn, called the policy “censorship.”",
        "Board member Jordan Pell, asked whether any books had been removed, said six titles"
        " were under review. “None have been removed,” she said.",
    )
    assert last.speaker == "Jordan Pell"


def test_the_only_person_named_is_the_she() -> None:
    first, second = quotes(
        "PORTLAND, Maine — When the minimum wage rises in January, Jess Tanaka expects to cut"
        " hours at her bakery.",
        "“I don’t have a choice,” she said. “Flour costs twice what it did.”",
    )
    assert first.speaker == second.speaker == "Jess Tanaka"


def test_a_he_after_a_name_read_as_a_womans() -> None:
    (quote,) = quotes(
        "Dana Whitfield coached Little League for 31 years.",
        "Now Whitfield is leading a petition drive for new ballfields. “Kids here play on"
        " gravel,” he said.",
    )
    assert quote.speaker == "Dana Whitfield"


def test_another_man_named_in_the_paragraph_keeps_the_he_from_her() -> None:
    (quote,) = quotes(
        "When Sen. Laura Whitcomb asked Defense Secretary Alan Brody about the overruns, he"
        " bristled. “That is not a fair question,” he said."
    )
    assert quote.speaker != "Laura Whitcomb"


def test_a_him_in_the_sentence_before_keeps_the_he_from_her() -> None:
    quoted = quotes(
        "“This is a radical rule,” Sen. Mark Holloway told Fox News’ Laura Ingraham.",
        "Ingraham pressed him on whether Republicans would try to overturn it. “We will use"
        " every tool we have,” he said.",
    )
    assert quoted[-1].speaker != "Laura Ingraham"
