"""Round 41: British copy of our own (a trade "owned by" a group; a song voted the best of its
kind, then said of; a horse taken up as "The six-year-old, … ridden by"; a month's given name
before ", who"; a given name and a place's name after "written by"; a work's maker before the
work's ", which")."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_trade_owned_by_a_group() -> None:
    assert _people(
        "Walter Pryce, the optician owned by Specsavers, is to open 12 branches.",
        "Shop worker Dana Holt said staff were pleased.",
    ) == {"Dana Holt"}
    # a player is owned in part by others: someone
    assert "Carl Tevan" in _people("Carl Tevan, the striker owned by an agency, said he was glad.")


def test_a_song_voted_the_best_of_its_kind_then_said_of() -> None:
    assert _people(
        "Roxanne has been voted the greatest reggae song in a poll of listeners.",
        "Presenter Ben Ellery said Roxanne was still requested every week.",
    ) == {"Ben Ellery"}


def test_a_horse_taken_up_as_ridden_by_someone() -> None:
    assert _people(
        "Molly Dane won the Coral Cup at Cheltenham on Wednesday at odds of 14-1.",
        "The seven-year-old, trained by Dan Skelton and ridden by Harry Skelton, led all the way.",
    ) == {"Dan Skelton", "Harry Skelton"}
    # a rider taken up as one who "has ridden for" a trainer stays someone
    assert "Rachael Blake" in _people(
        "Rachael Blake won the Coral Cup at Cheltenham on Wednesday.",
        "The 30-year-old, who has ridden for Dan Skelton since 2019, said she was thrilled.",
    )


def test_a_months_given_name_before_who() -> None:
    assert "May Cotter" in _people(
        "May Cotter, who ran the shop for 40 years, died in 2019.",
    )
    # "In June" and a surname: a date
    assert "June Cotter" not in _people("In June Cotter, who ran the shop, sold it.")


def test_a_given_name_and_a_places_name_after_written_by() -> None:
    assert "Sam Jordan" in _people("The episode, written by Sam Jordan, will air on Boxing Day.")


def test_a_works_maker_before_the_works_which() -> None:
    assert "Ruth Kellaway" in _people(
        "Tom Dill said the play by Ruth Kellaway, which opened in 1961, would tour again."
    )
