"""The date rules searched from the characters they open with: the same dates, spans and cases."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest

from briefings.analysis.dates.relative import either_case, find_dates, has_date

WED = dt.date(2023, 9, 6)  # a Wednesday
EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


@pytest.mark.parametrize("letter", string.ascii_lowercase)
def test_either_case_is_every_character_a_case_blind_match_reads_as_the_letter(letter: str) -> None:
    assert sorted(either_case(letter)) == sorted(re.findall(f"(?i:{letter})", EVERY_CHARACTER))


@pytest.mark.parametrize(
    ("sentence", "found", "date", "precision"),
    [
        ("The plant closed at the end of 2019.", ["the end of 2019"], dt.date(2019, 1, 1), "year"),
        ("ſince 2019 the plant stood idle.", ["ſince 2019"], dt.date(2019, 1, 1), "year"),
        ("İN 2019 the plant closed.", ["İN 2019"], dt.date(2019, 1, 1), "year"),
        ("IN March the talks stalled.", ["March"], dt.date(2023, 3, 1), "month"),
        ("The ministry’s March report was late.", ["March"], dt.date(2023, 3, 1), "month"),
        ("LAST Monday the envoy left.", ["LAST Monday"], dt.date(2023, 9, 4), "day"),
        ("Talks resume NEXT YEAR, she said.", ["NEXT YEAR"], dt.date(2024, 1, 1), "year"),
        ("TODAY the envoy left.", ["TODAY"], WED, "day"),
        ("Prices rose EARLIER THIS MONTH.", ["EARLIER THIS MONTH"], dt.date(2023, 9, 1), "month"),
        (
            "The accord was signed 5 of March, 2019.",
            ["5 of March, 2019"],
            dt.date(2019, 3, 5),
            "day",
        ),
        (
            "The accord was signed \u0665 March 2019.",
            ["\u0665 March 2019"],
            dt.date(2019, 3, 5),
            "day",
        ),
        (
            "It was signed March 5, 2019 and filed 2019-03-06.",
            ["March 5, 2019", "2019-03-06"],
            dt.date(2019, 3, 5),
            "day",
        ),
        (
            "Sales fell over the Summer, it said.",
            ["over the Summer"],
            dt.date(2023, 1, 1),
            "year",
        ),
        (
            "It ended in Sept. 2019 and resumed in mid-2020.",
            ["Sept. 2019", "mid-2020"],
            dt.date(2019, 9, 1),
            "month",
        ),
    ],
)
def test_dates_whatever_the_case_of_the_characters_they_open_with(
    sentence: str, found: list[str], date: dt.date, precision: str
) -> None:
    mentions = find_dates(sentence, WED)
    assert [sentence[m.start : m.end] for m in mentions] == found
    assert (mentions[0].date, mentions[0].precision) == (date, precision)
    assert has_date(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Mondays said ſo.",
        "The 2019ers met in the Marketplace.",
        "Sept was it, 5 of Marchers.",
    ],
)
def test_words_that_open_as_a_date_does_but_are_none(sentence: str) -> None:
    assert find_dates(sentence, WED) == []
