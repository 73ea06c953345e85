"""Round 50 (personsAF): a name that "said PLACE would" at a sentence's start, which the next
sentence names again as "The company", "The Japanese carmaker" or "the carmaker's", is the firm,
no person; someone given a job stays a person, as does a sayer beside a lone word that may be a
body the noun takes up ("said Tesco would"; a town no list holds, "Sunderland", blocks it too)."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_sayer_named_again_as_the_company_is_the_firm() -> None:
    people = people_in(
        "Hollis Steel said Port Glasgow would get a new rolling mill by 2028.",
        "The company said about 300 jobs would be created.",
        "Union official Roy Tate said workers were relieved.",
    )
    assert "Hollis Steel" not in people
    assert "Roy Tate" in people


def test_a_sayer_named_again_in_the_carmakers_possessive_is_the_firm() -> None:
    people = people_in(
        "Marlow Grant said Port Talbot would build its new electric van.",
        "Ian Pike, the carmaker's director for Europe, said the plant was among its best.",
    )
    assert "Marlow Grant" not in people
    assert "Ian Pike" in people


def test_someone_given_a_job_stays_a_person() -> None:
    people = people_in(
        "Chief executive Marlow Grant said Swindon would build its new electric van.",
        "The company said 200 jobs would be created.",
    )
    assert "Marlow Grant" in people


def test_a_sayer_beside_a_word_the_noun_may_take_up_stays_a_person() -> None:
    people = people_in(
        "Tom Hale said Tesco would close 20 stores in Wales.",
        "The company said 400 jobs would go.",
    )
    assert "Tom Hale" in people
