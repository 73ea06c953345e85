"""Round 51 (personsAG): a title before the last two words of a full name of three ("Andrew
Lloyd Webber … Lord Lloyd Webber said", "Helena Bonham Carter … Ms Bonham Carter") names that
person, not a second one; "Jessica Parker" with no title beside "Sarah Jessica Parker" stays
apart."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_lord_of_a_two_word_surname_is_the_one_named_in_full() -> None:
    people = people_in(
        "Andrew Lloyd Webber's new musical will open in Manchester in October.",
        'Lord Lloyd Webber said the city had "the best audiences in Britain".',
    )
    assert people == {"Andrew Lloyd Webber"}


def test_a_courtesy_title_before_a_two_word_surname_is_the_one_named_in_full() -> None:
    people = people_in(
        "Helena Bonham Carter will narrate the prologue.",
        "Ms Bonham Carter said she had loved the show as a child.",
    )
    assert people == {"Helena Bonham Carter"}


def test_two_words_with_no_title_stay_apart() -> None:
    people = people_in(
        "Sarah Jessica Parker has a new film out.",
        "Jessica Parker said the city was great.",
    )
    assert "Jessica Parker" in people
