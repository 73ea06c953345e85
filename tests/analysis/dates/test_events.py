"""Dated events: absolute dates, relative dates resolved against publication, never invented."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.analysis.dates import relative
from briefings.analysis.dates.events import extract_events
from briefings.analysis.dates.relative import find_dates, has_date
from briefings.analysis.results import ArticleText, DatePrecision

WED = dt.date(2023, 9, 6)  # a Wednesday
THU = dt.date(2023, 3, 30)  # a Thursday

CASES: list[tuple[str, dt.date | None, DatePrecision, str, dt.date | None, DatePrecision]] = [
    # sentence, published, its precision, expression found, date, precision
    (
        "On Tuesday, Sullivan told reporters the talks advance.",
        WED,
        "day",
        "Tuesday",
        dt.date(2023, 9, 5),
        "day",
    ),
    ("Earlier on Thursday, the Treasury announced sanctions.", THU, "day", "Thursday", THU, "day"),
    ("Shoigu visited North Korea back in July.", WED, "day", "July", dt.date(2023, 7, 1), "month"),
    (
        "Shoigu asked for help during his July trip.",
        WED,
        "day",
        "July",
        dt.date(2023, 7, 1),
        "month",
    ),
    (
        "The ministry said in November that output fell.",
        WED,
        "day",
        "November",
        dt.date(2022, 11, 1),
        "month",
    ),
    (
        "Kim will meet Putin on Friday, officials said.",
        WED,
        "day",
        "Friday",
        dt.date(2023, 9, 8),
        "day",
    ),
    (
        "Blinken said last month that China was weighing arms.",
        THU,
        "day",
        "last month",
        dt.date(2023, 2, 1),
        "month",
    ),
    (
        "State media reported earlier this month.",
        THU,
        "day",
        "earlier this month",
        dt.date(2023, 3, 1),
        "month",
    ),
    (
        "An explainer was published yesterday by the paper.",
        WED,
        "day",
        "yesterday",
        dt.date(2023, 9, 5),
        "day",
    ),
    (
        "The deal was first reported on March 30, 2023.",
        None,
        "unknown",
        "March 30, 2023",
        THU,
        "day",
    ),
    (
        "The war is going on in September of 2023.",
        None,
        "unknown",
        "September of 2023",
        dt.date(2023, 9, 1),
        "month",
    ),
    (
        "Between the end of 2022 and early 2023, he brokered deals.",
        None,
        "unknown",
        "the end of 2022",
        dt.date(2022, 1, 1),
        "year",
    ),
    # No publication date: relative dates stay undated.
    (
        "On Tuesday, Sullivan told reporters the talks advance.",
        None,
        "unknown",
        "Tuesday",
        None,
        "unknown",
    ),
    ("Shoigu visited North Korea back in July.", None, "unknown", "July", None, "unknown"),
    (
        "An explainer was published yesterday by the paper.",
        None,
        "unknown",
        "yesterday",
        None,
        "unknown",
    ),
    # A publication date known to the month only cannot place a weekday.
    (
        "On Tuesday, Sullivan told reporters the talks advance.",
        dt.date(2023, 9, 1),
        "month",
        "Tuesday",
        None,
        "unknown",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "published", "precision", "found", "date", "date_precision"), CASES
)
def test_date_expressions(
    sentence: str,
    published: dt.date | None,
    precision: DatePrecision,
    found: str,
    date: dt.date | None,
    date_precision: DatePrecision,
) -> None:
    first = find_dates(sentence, published, precision)[0]
    assert sentence[first.start : first.end].endswith(found)
    assert (first.date, first.precision) == (date, date_precision)


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May met the press in Downing Street.",
        "Profits rose 2% to $11.1bn from $10.9bn in the quarter.",
        "The famine killed 2000 people, officials said.",
        "Russia may march on the city, analysts warned.",
    ],
)
def test_no_date_where_there_is_none(sentence: str) -> None:
    assert find_dates(sentence, WED, "day") == []


ARTICLE = ArticleText(
    title="Envoy warns over arms deal",
    paragraphs=(
        "The envoy warned on Monday that the arms deal would be punished.",
        "Photo of the envoy (AP Photo/Jane Doe)",
        "“We know what happened in June,” she said. The minister had visited in June.",
        "Analysts expect more talks.",
    ),
    published=dt.date(2024, 2, 14),  # a Wednesday
    date_precision="day",
)


def test_events_of_an_article_are_dated_from_the_reporters_words() -> None:
    events = extract_events(ARTICLE)
    assert [(e.date, e.date_precision, e.paragraph) for e in events] == [
        (dt.date(2024, 2, 12), "day", 0),
        (dt.date(2023, 6, 1), "month", 2),  # the date inside the quotation is not the event's
    ]
    assert events[1].text == "The minister had visited in June."


def test_events_without_publication_date_stay_undated() -> None:
    undated = ArticleText(ARTICLE.title, ARTICLE.paragraphs)
    assert [(e.date, e.date_precision) for e in extract_events(undated)] == [
        (None, "unknown"),
        (None, "unknown"),
    ]


@pytest.mark.parametrize("sentence", ["Talks began in the ſpring.", "The visit was on 5 Auguſt."])
def test_letters_that_fold_to_a_season_or_month_do_not_break_the_article(sentence: str) -> None:
    # "ſ" (long s) matches "s" case-insensitively; the lookup must fold it the same way
    for mention in find_dates(sentence, WED):
        assert mention.date is not None and mention.date.year == 2023


@pytest.mark.parametrize(
    ("sentence", "found", "date"),
    [
        (
            "The deal was signed on Sept. 11, 2001, in New York.",
            "Sept. 11, 2001",
            dt.date(2001, 9, 11),
        ),
        ("The deal was signed on Sep 11 in New York.", "Sep 11", dt.date(2022, 9, 11)),
        ("Talks resumed in Mar. after a pause.", "Mar", dt.date(2023, 3, 1)),
        ("Talks resumed in mid-March at the Market hall.", "March", dt.date(2023, 3, 1)),
        ("Talks resumed last Tuesday, officials said.", "last Tuesday", dt.date(2023, 9, 5)),
        ("It was agreed at the end of 2019 in Geneva.", "2019", dt.date(2019, 1, 1)),
    ],
)
def test_abbreviated_and_spelt_out_months_are_dates(
    sentence: str, found: str, date: dt.date
) -> None:
    first = find_dates(sentence, WED, "day")[0]
    assert sentence[first.start : first.end].endswith(found)
    assert first.date == date


@pytest.mark.parametrize(
    "sentence",
    [
        "The Market in Marseille opened.",  # "Mar" begins words that are no month
        "Decision makers met the Novelist in Janesville.",
        "Theresa May met the press.",
        "The ministry said in November that output fell.",
        "On Tuesday, Sullivan told reporters the talks advance.",
        "Profits doubled last year.",
        "Talks resumed in Mar. after a pause.",
    ],
)
def test_a_key_point_counts_as_dated_exactly_when_a_date_is_found(sentence: str) -> None:
    assert has_date(sentence) == bool(find_dates(sentence, None, "unknown"))


def test_events_read_the_usable_sentences_without_making_one_object_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefings.analysis import candidates
    from evaluation.gold.seeds import load_seeds

    for article in load_seeds().values():
        sentences = candidates.usable_sentences(article, min_words=5)
        texts = list(candidates.prose_texts(article, min_words=5))
        assert texts == [(s.paragraph, s.text) for s in sentences]
    expected = {name: extract_events(a) for name, a in load_seeds().items()}

    def unmade(*args: object) -> None:
        raise AssertionError("the events need no Sentence")

    monkeypatch.setattr(candidates, "Sentence", unmade)
    assert {name: extract_events(a) for name, a in load_seeds().items()} == expected


DATED_OR_NOT = [
    "On Tuesday, Sullivan told reporters the talks advance.",
    "The vote was held on March 3, 2016, in Ohio.",
    "Sales rose last year, the company said.",
    "The 2019-05-01 filing was late.",
    "He said “next week” would tell.",
    "Nothing here tells when.",
    "May he rest in peace.",
]


@pytest.mark.parametrize("sentence", DATED_OR_NOT)
def test_a_sentence_the_events_read_is_dated_for_the_key_points_without_a_second_search(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    relative._DATED.clear()
    searched = has_date(sentence)
    assert bool(find_dates(sentence, WED)) == searched
    monkeypatch.setattr(relative, "RULES", ())  # no rule left to search with: the answer kept
    assert has_date(sentence) == searched
