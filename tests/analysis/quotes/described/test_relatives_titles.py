""" "President Trump" where only "First lady Melania Trump" is named in full (round 28,
Washington long-form style): an office written before a bare surname belongs to whoever holds it,
never to a relative named in full with that surname; so neither "President Trump said" nor "the
president told reporters" goes to the first lady."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

_OPENING = (
    "First lady Melania Trump fired back on Thursday at a comedian who mocked her son Barron.",
    "“Barron is a child and should be left alone,” Melania Trump wrote in a statement.",
)


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(ArticleText(None, _OPENING + paragraphs))]


def test_the_president_is_not_the_first_lady() -> None:
    assert _speakers(
        "President Trump also weighed in. As reported by The Hill, the president told reporters"
        " on Air Force One that the comedian’s post was “disgraceful and sick.”",
    ) == ["Melania Trump", None]


def test_president_and_the_surname_is_not_the_first_lady() -> None:
    assert _speakers(
        "“It was a disgrace to the country,” President Trump said on Thursday.",
    ) == ["Melania Trump", None]


def test_the_president_named_in_full_with_no_relative_keeps_his_words() -> None:
    quotes = extract_quotes(
        ArticleText(
            None,
            (
                "Barack Obama spent the weekend in Hawaii with old friends.",
                "President Obama returned on Monday. The president told reporters that the trip"
                " had been “long overdue and restful.”",
            ),
        )
    )
    assert [q.speaker for q in quotes] == ["Barack Obama"]


def test_the_president_is_not_the_resident_quoted_last() -> None:
    quotes = extract_quotes(
        ArticleText(
            None,
            (
                "President Biden traveled to East Palestine, Ohio, on Friday.",
                "Jami Wallace, who leads a local residents’ group, said the visit was “about a"
                " year too late.”",
                "The president, according to a White House official, promised the group that he"
                " would “be back before Christmas.”",
            ),
        )
    )
    assert [q.speaker for q in quotes] == ["Jami Wallace", None]


def test_the_former_president_may_be_another_than_the_titled_one() -> None:
    quotes = extract_quotes(
        ArticleText(
            None,
            (
                "President Obama spoke in Ohio on Monday.",
                "Bill Clinton got in on the game, bashing Sanders during a rally in Brooklyn. “He"
                " is running harder against me than against anyone,” the former president said.",
            ),
        )
    )
    assert [q.speaker for q in quotes] == ["Bill Clinton"]


def test_vice_president_before_a_surname_is_another_office() -> None:
    quotes = extract_quotes(
        ArticleText(
            None,
            (
                "Vice President Harris stayed in Washington this week.",
                "Joe Biden spoke in Scranton on Monday. The president told the crowd that the town"
                " was “where it all started for me.”",
            ),
        )
    )
    assert [q.speaker for q in quotes] == ["Joe Biden"]
