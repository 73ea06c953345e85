"""Round 59 (personsAN): a name in full after "Sir" or "Dame" is a person's, though the article
names a label or a firm after them ("Rival label Paul Smith said it would ... Sir Paul Smith")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_knighted_founder_is_someone_beside_his_label() -> None:
    people = people_in(
        "Rival label Paul Smith said it would open 10 shops in Japan.",
        "Sir Paul Smith, who started the business in Nottingham in 1970, said shoppers were loyal.",
    )
    assert people == {"Paul Smith"}


def test_a_label_never_knighted_stays_no_one() -> None:
    people = people_in(
        "Rival label Paul Smith said it would open 10 shops in Japan.",
        "Its chief executive, Ann Green, said shoppers were loyal.",
    )
    assert people == {"Ann Green"}
