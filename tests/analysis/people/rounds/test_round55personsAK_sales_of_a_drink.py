"""Round 55 (personsAK): the sales "of" a name's possessive before a drink's noun are a brand's
("Sales of John Smith's bitter rose 3%"), no person's; "Sales of Ed Sheeran's album rose" keep
him."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_sales_of_a_bitter_sold_under_a_name_are_a_brands() -> None:
    people = _people(
        "Sales of John Smith's bitter rose 3% last year, Scottish & Newcastle said.",
        "Chief executive Tony Froggatt said the brand remained the UK's favourite.",
    )
    assert people == {"Tony Froggatt"}


def test_sales_of_a_singers_album_keep_the_singer() -> None:
    assert _people("Sales of Ed Sheeran's album rose 30% after the concert, HMV said.") == {
        "Ed Sheeran"
    }
