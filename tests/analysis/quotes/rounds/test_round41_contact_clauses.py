"""Round 41: a description opening the sentence with a clause of its own ("The candidate Wexler
works for, Dennis Mabry, said …") is the person apposed after it, not the name inside the
clause; and the "he" after it goes on meaning that person."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_the_candidate_wexler_works_for_is_the_candidate() -> None:
    found = quotes(
        "Jordan Wexler has run six congressional campaigns in 10 years and lost five of them.",
        "“I’m drawn to the long shots,” Wexler said in an interview.",
        "The candidate Wexler works for, Dennis Mabry, said hiring him was “the easiest call I"
        " made all year.” “Jordan doesn’t scare,” he said.",
    )
    assert speaker_of(found, "long shots") == "Jordan Wexler"
    assert speaker_of(found, "the easiest call") == "Dennis Mabry"
    assert speaker_of(found, "doesn’t scare") == "Dennis Mabry"


def test_the_senator_she_replaced_is_the_one_apposed() -> None:
    found = quotes(
        "Sen. Ruth Alcott won the seat in 2020.",
        "The senator Alcott replaced, Tom Greer, said the race had been “a lesson in humility.”",
    )
    assert speaker_of(found, "a lesson in humility") == "Tom Greer"
