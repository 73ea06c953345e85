"""Round 47: words one person reports another saying are the other's, told by the first
("Ruane said Marsh had told him “…”" is Marsh's, as told by Ruane); a pronoun for the inner
subject ("Ross said he had told them “…”") leaves them the teller's, and an inner speaker read as
the teller leaves them to no one."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quote(words: str, *paragraphs: str) -> FoundQuote:
    return next(q for q in extract_quotes(ArticleText(None, paragraphs)) if words in q.text)


_OPENING = (
    "Chief of Staff Ellen Marsh and Homeland Security Secretary Victor Ruane were no longer "
    "speaking by Monday, according to four officials."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruane said Marsh had told him “this is on your people” in a call that morning.",
        "Ruane said Marsh told him “this is on your people.”",
        "Ruane said Marsh had called the leak “this is on your people” at a meeting.",
        "Ruane said that Marsh had told him in a call that the leak was “this is on your people.”",
    ],
)
def test_the_inner_person_speaks_told_by_the_teller(sentence: str) -> None:
    q = quote("on your people", _OPENING, sentence)
    assert (q.speaker, q.told_by) == ("Ellen Marsh", "Victor Ruane")


def test_an_unnamed_teller_is_shown_as_written() -> None:
    q = quote(
        "sabotage",
        _OPENING,
        "One senior official said Marsh told him the leak was “an act of sabotage.”",
    )
    assert (q.speaker, q.told_by) == ("Ellen Marsh", "one senior official")


def test_a_document_is_shown_as_no_teller() -> None:
    q = quote(
        "off anything",
        "Glenn Adair, a former county treasurer, was indicted on Tuesday.",
        "The indictment says Adair told a clerk to “keep Ray’s name off anything.”",
    )
    assert (q.speaker, q.told_by) == ("Glenn Adair", None)


def test_a_teller_in_an_appositive() -> None:
    q = quote(
        "losing thing",
        "Gov. Frank Delamater of Wisconsin vetoed the redistricting bill in February.",
        "One former aide, Priya Sandoval, said Delamater had told her in late January that the "
        "veto was “the right thing and the losing thing.”",
    )
    assert (q.speaker, q.told_by) == ("Frank Delamater", "Priya Sandoval")


def test_a_pronoun_for_the_inner_subject_keeps_the_teller() -> None:
    q = quote("on your people", _OPENING, "Ruane said he had told Marsh “this is on your people.”")
    assert (q.speaker, q.told_by) == ("Victor Ruane", None)


def test_a_call_on_someone_is_no_quotation_of_them() -> None:
    q = quote(
        "closely coordinated",
        "Hillary Clinton met House Democrats on Wednesday.",
        "Rep. Steve Israel said Clinton called on members to be “closely coordinated.”",
    )
    assert (q.speaker, q.told_by) == ("Steve Israel", None)


def test_a_name_after_a_preposition_tells_nothing() -> None:
    q = quote(
        "price of a big building",
        _OPENING,
        "A former official who worked under Ruane said the secretary once told a staff meeting "
        "that “leaks are the price of a big building.”",
    )
    assert (q.speaker, q.told_by) == ("Victor Ruane", None)


def test_an_inner_speaker_read_as_the_teller_is_no_one() -> None:
    q = quote(
        "Fargo",
        "Gov. Walter Pryce and Gov. Anders Lindqvist met in Fargo on Friday.",
        "Lindqvist’s environmental adviser, Greta Haugen, said the governor had told her the "
        "night before that he would “not sign anything in Fargo.”",
    )
    assert q.speaker is None


def test_a_plain_report_has_no_teller() -> None:
    q = quote("on your people", _OPENING, "“This is on your people,” Ruane said.")
    assert (q.speaker, q.told_by) == ("Victor Ruane", None)
