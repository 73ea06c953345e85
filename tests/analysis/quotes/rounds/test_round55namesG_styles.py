"""Issue 15, round 55: "Lady" before a given name is a style of the given name, as "Sir" is ("Lady
Diana said" is the article's Diana named in full, else "Lady Diana" as written); one word that
opens the full names of two people (family name first: "Kim" of Kim Jong Un and Kim Yo Jong) is
neither's."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    found = extract_quotes(ArticleText("North Korea tests another missile", paragraphs))
    return {q.text: q.speaker for q in found}


def test_kim_of_two_kims_is_no_one_and_of_one_kim_is_his() -> None:
    assert _speakers(
        "North Korean leader Kim Jong Un and his sister, Kim Yo Jong, watched the launch.",
        "“We will answer any provocation,” Kim said.",
    ) == {"We will answer any provocation": None}
    assert _speakers(
        "North Korean leader Kim Jong Un watched the launch on Friday.",
        "“We will answer any provocation,” Kim said.",
    ) == {"We will answer any provocation": "Kim Jong Un"}


def test_one_name_spelt_two_ways_is_one_person() -> None:
    assert _speakers(
        "North Korean leader Kim Jong Un watched the launch on Friday.",
        "State media said Kim Jong-un was pleased.",
        "“We will answer any provocation,” Kim said.",
    ) == {"We will answer any provocation": "Kim Jong-un"}


def test_lady_diana_is_the_diana_named_in_full_or_as_written() -> None:
    assert _speakers(
        "Diana Spencer married the Prince of Wales in 1981.",
        "“I want to be a queen of people's hearts,” Lady Diana said.",
    ) == {"I want to be a queen of people's hearts": "Diana Spencer"}
    assert _speakers(
        "Hundreds gathered at the palace gates on Tuesday.",
        "“I want to be a queen of people's hearts,” Lady Diana said.",
    ) == {"I want to be a queen of people's hearts": "Lady Diana"}
