"""Story level: one point per fact however many outlets report it, one timeline entry per event."""

from __future__ import annotations

import datetime as dt

from briefings.analysis.grouping import (
    SAME_FACT,
    EventInput,
    PointInput,
    compress,
    group_events,
    group_points,
    headline,
)
from briefings.analysis.similarity import cosine, tfidf_vectors
from briefings.analysis.summaries.points import key_points
from tests.analysis.seed_articles import cleaned

SEPT = dt.date(2023, 9, 6)
WARNING = [
    "The White House stated that North Korea will “pay a price” if it follows through on an arms deal to supply Russia amid the ongoing war in Ukraine.",
    "The White House warned North Korea on Tuesday that it would “pay a price” if it supplies Russia with weapons for its war in Ukraine.",
    "North Korea will “pay a price” if it moves forward with a deal to provide arms to Russia amid the ongoing invasion of Ukraine, President Biden’s administration warned.",
]
DISTINCT = [
    "The White House on Thursday said it has new evidence that Russia is looking again to North Korea for weapons to fuel the war in Ukraine.",
    "The Treasury announced sanctions against a Slovakian national, Ashot Mkrtychev, alleging he tried to broker arms deals.",
    "Iran has also allegedly supplied Russia with a number of drones for the war in Ukraine.",
]


def _points() -> list[PointInput]:
    texts = WARNING + DISTINCT
    return [
        PointInput(id=10 + i, article_id=i, text=t, score=0.5, published=SEPT if i < 3 else None)
        for i, t in enumerate(texts)
    ]


def test_one_warning_from_three_outlets_is_one_point_and_other_facts_stay_apart() -> None:
    groups = group_points(_points())
    warning = [g for g in groups if "pay a price" in g.text]
    assert len(warning) == 1
    assert warning[0].article_ids == (0, 1, 2)
    assert warning[0].member_ids == (10, 11, 12)
    assert warning[0].text in WARNING
    assert len(groups) == 1 + len(DISTINCT)
    assert groups[0] is warning[0]  # reported three times, it ranks first


def test_the_same_words_months_apart_are_a_new_development() -> None:
    text = "Russia is seeking artillery shells and rockets from North Korea, officials said."
    points = [
        PointInput(1, 1, text, 0.5, dt.date(2023, 3, 30), "day"),
        PointInput(2, 2, text, 0.5, dt.date(2023, 9, 6), "day"),
        PointInput(3, 3, text, 0.5, dt.date(2023, 9, 7), "day"),
    ]
    assert sorted(g.article_ids for g in group_points(points)) == [(1,), (2, 3)]


def test_seed_briefing_merges_the_warning_across_outlets() -> None:
    articles = cleaned()
    points: list[PointInput] = []
    for article_id, name in enumerate(sorted(articles)):
        article = articles[name]
        for point in key_points(article):
            points.append(
                PointInput(
                    len(points),
                    article_id,
                    point.text,
                    point.score,
                    article.published,
                    article.date_precision,
                )
            )
    groups = group_points(points)
    warning = next(g for g in groups if "“pay a price” if it" in g.text)
    assert set(warning.article_ids) == {0, 1, 3}
    march = next(g for g in groups if "new evidence" in g.text)
    assert march.article_ids == (4,)
    line = headline(groups)
    assert "pay a price" in line and len(line.split()) <= 20


def test_headline_is_compressed_from_the_text() -> None:
    assert (
        compress(WARNING[0])
        == "White House: North Korea will “pay a price” if it follows through on an arms deal to supply Russia"
    )
    assert headline([]) == ""


def test_events_same_day_merge_and_different_dates_do_not() -> None:
    events = [
        EventInput(
            1,
            1,
            "On Tuesday, Jake Sullivan told reporters North Korea would pay a price.",
            dt.date(2023, 9, 5),
            "day",
        ),
        EventInput(
            2,
            2,
            "Jake Sullivan warned on Tuesday that North Korea would pay a price for arms.",
            dt.date(2023, 9, 5),
            "day",
        ),
        EventInput(
            3,
            3,
            "Sergei Shoigu visited Pyongyang in July to ask for artillery shells.",
            dt.date(2023, 7, 1),
            "month",
        ),
        EventInput(
            4,
            4,
            "Shoigu visited Pyongyang in July, asking Kim for artillery shells.",
            dt.date(2023, 7, 1),
            "month",
        ),
        EventInput(
            5, 5, "Sergei Shoigu visited Pyongyang to ask for artillery shells.", None, "unknown"
        ),
        EventInput(
            6,
            6,
            "Sergei Shoigu visited Pyongyang to ask for artillery shells in 2021.",
            dt.date(2021, 1, 1),
            "year",
        ),
    ]
    groups = group_events(events)
    by_articles = {g.article_ids: (g.date, g.date_precision) for g in groups}
    assert by_articles[(1, 2)] == (dt.date(2023, 9, 5), "day")
    july = [ids for ids, date in by_articles.items() if date == (dt.date(2023, 7, 1), "month")]
    assert len(july) == 1 and {3, 4} <= set(july[0]) and 6 not in july[0]  # 2021 never joins July
    assert [g.date for g in groups] == sorted(g.date for g in groups if g.date)  # in date order


def test_a_sentence_groups_alike_whatever_else_is_grouped_beside_it() -> None:
    """The three reports of the warning and an unrelated sentence of the same day: grouped alone,
    or among many other sentences of the story (a rebuild) that share none of its facts, they
    pair the same with the same scores: the words' weights do not come from the sentences."""

    def points(texts: list[str], start: int) -> list[PointInput]:
        return [PointInput(start + i, start + i, t, 0.5, SEPT) for i, t in enumerate(texts)]

    alone = group_points(points([*WARNING, DISTINCT[0]], 0))
    crowd = [
        f"Officials in {city} said on {day} that the {thing} talks ended without a deal."
        for city in ("Seoul", "Tokyo", "Kyiv", "Moscow", "Beijing")
        for day in ("Monday", "Friday")
        for thing in ("grain", "arms", "sanctions", "shipping")
    ]
    beside = group_points(points([*WARNING, DISTINCT[0]], 0) + points(crowd, 100))
    assert [g for g in beside if g.representative_id < 100] == alone
    assert len(alone) == 2 and len(alone[0].member_ids) == 3
    pair = tfidf_vectors(WARNING[:2])
    among = tfidf_vectors([*WARNING[:2], *crowd])
    assert cosine(*pair) == cosine(among[0], among[1]) >= SAME_FACT
