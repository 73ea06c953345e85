"""Round 55 (personsAK): "artist", "sculptor", "potter" and other arts jobs that nameparser's
titles leave out are occupations before a name: "Video artist Kutlug Ataman" is a person."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_video_artist_is_a_person() -> None:
    people = _people(
        "Video artist Kutlug Ataman and painter Yinka Quayle are among four artists on this"
        " year's Turner Prize shortlist."
    )
    assert people == {"Kutlug Ataman", "Yinka Quayle"}


def test_the_artist_before_a_name_no_list_holds_is_a_person() -> None:
    assert _people("The sculptor Oyelaran Bekele is among four artists shortlisted.") == {
        "Oyelaran Bekele"
    }
