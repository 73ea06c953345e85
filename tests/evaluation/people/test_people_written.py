"""The British reports written for rounds 24 to 59 of people are scored against their labels."""

from __future__ import annotations

from evaluation.people.people_written import score


def test_the_written_reports_are_scored() -> None:
    errors: list[str] = []
    tallies = score(errors)
    assert list(tallies) == [
        "round24-1-2",
        "round24-3",
        "round24-4",
        "round24-fresh1",
        "round24-fresh2",
        "round25-1",
        "round25-2",
        "round25-fresh",
        "round25-fresh2",
        "round26-1",
        "round26-2",
        "round26-fresh",
        "round26-fresh2",
        "round27-1",
        "round27-fresh",
        "round28-1",
        "round28-fresh",
        "round29-1",
        "round29-fresh",
        "round30-1",
        "round30-fresh",
        "round30-2",
        "round33-tune",
        "round33-fresh",
        "round34-fresh",
        "round35-fresh",
        "round36-fresh",
        "round37-fresh",
        "round38-fresh",
        "round39-fresh",
        "round40-fresh",
        "round41-fresh",
        "round42-fresh",
        "round42-1",
        "round44-fresh",
        "round44-1",
        "round45-1",
        "round45-2",
        "round46-1",
        "round46-2",
        "round47-fresh",
        "round47-1",
        "round48-fresh",
        "round48-1",
        "round50-fresh",
        "round50-1",
        "round51-fresh",
        "round51-1",
        "round51-2",
        "round53-fresh-bbc-style",
        "round53-1",
        "round54-fresh-bbc-style",
        "round54-1",
        "round54-2",
        "round55-fresh-uk-style",
        "round55-1",
        "round57-fresh-uk-style",
        "round57-1",
        "round58-fresh-uk-people-style",
        "round58-1",
        "round59-fresh-bbc-people-style",
        "round60-fresh-bbc-recall-style",
        "round61-fresh-uk-council-style",
    ]
    assert sum(t["articles"] for t in tallies.values()) == 1308
    assert sum(t["labelled"] for t in tallies.values()) == 2913
    assert len(errors) == sum(t["not_people"] + t["missed"] for t in tallies.values())
    assert all(t["listed"] >= t["not_people"] for t in tallies.values())
