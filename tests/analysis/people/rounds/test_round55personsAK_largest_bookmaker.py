"""Round 55 (personsAK): a name that says a deal would make "it the second largest bookmaker"
speaks as the firm (a rank of size before the business's noun), and a place named before is no
body the noun could take up instead ("40 betting shops in Ireland"); "he" keeps a person."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_the_second_largest_bookmaker_is_the_firm_that_speaks() -> None:
    people = _people(
        "Stan Redmond is to buy 40 betting shops for £28m.",
        "Stan Redmond said the deal would make it the second largest bookmaker in the country.",
        "Spokesman Rupert Adams said the shops would keep their staff.",
    )
    assert people == {"Rupert Adams"}


def test_a_place_named_before_does_not_stop_the_firm() -> None:
    people = _people(
        "William Hill is to buy 40 betting shops in Ireland for £28m.",
        "William Hill said the deal would make it the second largest bookmaker in the Republic.",
        "Spokesman Rupert Adams said the shops would keep their staff.",
    )
    assert people == {"Rupert Adams"}


def test_a_man_who_says_he_will_be_the_largest_bookmaker_is_a_person() -> None:
    people = _people(
        "Stan Redmond is to buy 40 betting shops for £28m.",
        "Stan Redmond said he would make it the second largest bookmaker in the country.",
    )
    assert people == {"Stan Redmond"}
