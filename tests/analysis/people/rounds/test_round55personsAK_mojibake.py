"""Round 55 (personsAK): names mis-encoded as UTF-8 read as cp1252 ("FranÃ§ois Delattre") are
listed under the spelling meant, once, as the quotes pipeline reads them."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> dict[str, int]:
    found = extract_entities(ArticleText(None, paragraphs))
    return {e.name: e.mentions for e in found if e.kind == "person"}


def test_a_mis_encoded_name_is_listed_as_meant() -> None:
    assert _people("French ambassador FranÃ§ois Delattre said the talks had gone well.") == {
        "François Delattre": 1
    }


def test_a_name_written_both_ways_is_one_person() -> None:
    people = _people(
        "Actress AmÃ©lie Durand and director Jean-Pierre Jeunet arrived in Cannes on Monday.",
        "Amélie Durand said the festival had been kind to French films.",
    )
    assert people == {"Amélie Durand": 2, "Jean-Pierre Jeunet": 1}


def test_a_title_before_a_mis_encoded_capital_joins_the_name() -> None:
    people = _people(
        "Chef Ã‰milie Roux has opened a restaurant in Leeds.",
        "Ms Roux said the city was ready for French cooking.",
    )
    assert people == {"Émilie Roux": 2}
