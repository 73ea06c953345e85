"""Round 59 (personsAN): a name closing the sentence after "as", a description and a comma, "as"
right after an actor's full name as a cast is billed and an actor's verb earlier, is the part
("Doctor Who returns ... with Billie Piper as his companion, Rose Tyler.")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_companion_billed_after_her_actress_is_a_part() -> None:
    people = people_in(
        "Doctor Who returns to BBC One on Saturday after 16 years, with Christopher Eccleston as"
        " the Time Lord and Billie Piper as his companion, Rose Tyler.",
    )
    assert people == {"Christopher Eccleston", "Billie Piper"}


def test_ministers_kept_in_their_posts_stay_people() -> None:
    people = people_in(
        "The prime minister kept John Prescott as his deputy, Gordon Brown as chancellor and"
        " Jack Straw at the Foreign Office.",
    )
    assert people == {"John Prescott", "Gordon Brown", "Jack Straw"}
