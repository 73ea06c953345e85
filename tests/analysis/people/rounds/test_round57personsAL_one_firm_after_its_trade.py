"""Round 57 (personsAL): one name right after a body's noun in the plural opening the sentence
is a firm named by its trade, British style ("Bookmakers Daniel Thwaites said it"), which one
more speech of the name's does not outweigh; a role or "he" keeps a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_one_brewer_named_after_the_plural_is_a_firm() -> None:
    people = people_in(
        "Brewers Daniel Thwaites said it would sell 50 of its pubs.",
        "Daniel Thwaites said the sale would cut its debt.",
        "Analyst Tom Hale said the price was fair.",
    )
    assert people == {"Tom Hale"}


def test_one_retailer_named_after_the_plural_is_a_firm() -> None:
    people = people_in(
        "Retailers Ted Baker said it had sold more suits than ever.",
        "Ted Baker said sales rose 12%.",
    )
    assert people == set()


def test_a_presenter_named_after_the_plural_of_his_job_is_a_person() -> None:
    people = people_in("Presenters Ant McPartlin said he was delighted.")
    assert people == {"Ant McPartlin"}
