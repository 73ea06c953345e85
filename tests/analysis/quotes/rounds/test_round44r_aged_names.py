"""Attribution round 44 (recall): an age before a name ("71-year-old Gloria Benninghoff") neither
hides the name from a reporting clause after a quotation nor from the subject of a sentence whose
participle of speech introduces one."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_an_aged_name_closing_a_quotation_is_its_speaker() -> None:
    assert speakers_in(
        "Residents packed the commission meeting on Tuesday.",
        "“We were told the sand would last a decade,” 71-year-old Ruth Ellery said.",
    ) == ["Ruth Ellery"]


def test_an_aged_name_opening_the_sentence_is_the_subject_after_a_long_apposition() -> None:
    assert speakers_in(
        "68-year-old Walter Pruszynski, founder of the Harbor Institute, PTA member in the 1990s"
        " and longtime Democratic committeeman from Pinellas, endorsed Tom Whitlow on Tuesday,"
        " saying he “has fought for this shoreline longer than anyone.”",
    ) == ["Walter Pruszynski"]


def test_an_age_of_no_one_named_gives_no_speaker() -> None:
    assert speakers_in(
        "The board heard from residents on Tuesday.",
        "“Nobody wanted to say that word tonight,” a 19-year-old student said.",
    ) == [None]
