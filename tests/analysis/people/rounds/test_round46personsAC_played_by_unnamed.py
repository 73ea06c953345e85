"""Round 46 (personsAC): a name "played by" unnamed performers ("by four young actresses", "by a
newcomer") is a part, no one; a name beaten "by a landslide" stays a person."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_name_played_by_counted_actresses_is_a_part() -> None:
    assert _people(
        "The musical returns to Leeds in May.",
        "Posy Threlfall will be played by three young actresses, director Imran Qadir said.",
    ) == {"Imran Qadir"}


def test_a_name_played_by_a_newcomer_is_a_part() -> None:
    assert "Ellie Quint" not in _people("Ellie Quint will be played by a newcomer.")


def test_a_name_beaten_by_a_landslide_stays_a_person() -> None:
    assert "Tom Smith" in _people("Tom Smith was beaten by a landslide in the Hexham vote.")
