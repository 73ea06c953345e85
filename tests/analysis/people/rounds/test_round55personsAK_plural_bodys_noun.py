"""Round 55 (personsAK): names listed right after a body's noun in the plural opening the
sentence ("Housebuilders Taylor Woodrow and George Wimpey") are bodies of that kind, which one
speech of theirs does not outweigh; "banker Tom Hale" named after them is a person."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_housebuilders_opening_the_sentence_are_firms() -> None:
    people = _people(
        "Housebuilders Taylor Woodrow and George Wimpey have confirmed they are in talks about a"
        " merger.",
        "George Wimpey said the combined group would build 22,000 homes a year.",
        "Analyst Mark Pidgeon said the deal made sense.",
    )
    assert people == {"Mark Pidgeon"}


def test_retailers_who_speak_once_are_still_retailers() -> None:
    people = _people(
        "Retailers Ted Baker and Jack Wills have agreed to share a warehouse in Leicester.",
        "Jack Wills said the deal would save it £2m a year.",
    )
    assert people == set()


def test_a_banker_named_after_the_list_is_a_person() -> None:
    people = _people(
        "Housebuilders Taylor Woodrow and George Wimpey have hired banker Tom Hale to advise them.",
        "Tom Hale said the talks were going well.",
    )
    assert people == {"Tom Hale"}
