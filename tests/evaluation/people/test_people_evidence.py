"""The evidence table of people round 34 reads a person's marks anywhere in the article."""

from __future__ import annotations

from briefings.analysis.results import ArticleText
from evaluation.people.people_evidence import article_table


def _evidence(*paragraphs: str) -> dict[str, frozenset[str]]:
    article = ArticleText("A report", paragraphs)
    return {name: why for name, _, why in article_table(article, None, [])}


def test_an_age_a_pronoun_and_a_verb_of_saying_are_a_persons_evidence() -> None:
    found = _evidence(
        "Miss Selfridge is to return to the High Street.",
        "Sarah Hewitt, 41, runs the shop.",
        "Tom Pryce opened it. He said it was busy.",
        "Lee Westwood won the title. Westwood said he was delighted.",
    )
    assert "age" in found["Sarah Hewitt"]
    assert "pronoun" in found["Tom Pryce"]
    assert "act" in found["Lee Westwood"]  # the surname alone, later


def test_a_name_with_nothing_beside_it_shows_no_person() -> None:
    found = _evidence("Cameron Diaz and Mike Myers are also in talks to join the cast.")
    assert found == {"Cameron Diaz": frozenset(), "Mike Myers": frozenset()}


def test_labelled_people_are_told_from_names_that_are_no_one() -> None:
    article = ArticleText(
        "Shop returns",
        ("Jose Antonio Ramos said young shoppers still liked to try clothes on.",),
    )
    rows = article_table(article, [{"name": "Jose Antonio Ramos"}], [])
    assert [(name, named) for name, named, _ in rows] == [("Jose Antonio Ramos", True)]
    assert rows[0][2]
