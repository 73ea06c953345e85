"""Round 53: a "he" or "she" after a sentence that opens on a surname alone and "who" ("Fenwick, who
had mocked the senator for months, was gracious. “…,” she said") may mean that person, whose
gender the article never gives (a surname alone has none, whatever given names it matches): not
someone of an earlier paragraph, so no one."""

from __future__ import annotations

from briefings.analysis.results import FoundQuote
from tests.analysis.quotes.passages import quotes


def speaker_of(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


BEFORE = (
    "Sen. Luis Ocampo left the race on Tuesday night, after a call with his pollster.",
    "“I told him there was no path,” the pollster, Ray Dominguez, recalled in an interview.",
    "Ocampo announced his decision the next day in Miami. “I will not make it worse,” he said.",
)


def test_a_surname_opening_on_who_is_not_passed_over() -> None:
    found = quotes(
        *BEFORE,
        "Fenwick, who had mocked the senator for months, was gracious. “He ran a tough campaign,”"
        " she said in a statement.",
    )
    assert speaker_of(found, "tough campaign") is None


def test_a_man_opening_on_who_leaves_she_to_the_woman_before() -> None:
    found = quotes(
        "Gov. Helen Marsh met the senator on Tuesday.",
        "“We talked about the port,” Marsh said afterwards.",
        "Tom Fenwick, who had mocked the senator for months, was gracious. “He ran a tough"
        " campaign,” she said in a statement.",
    )
    assert speaker_of(found, "tough campaign") == "Helen Marsh"
