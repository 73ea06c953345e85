"""Round 59 (personsAN): a given name alone that only a part's or a brand's full name in the
article opens with is the part's or the brand's ("Rose Tyler ... Piper said Rose was")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in

_BILLED = (
    "Doctor Who returns to BBC One on Saturday after 16 years, with Christopher Eccleston as"
    " the Time Lord and Billie Piper as his companion, Rose Tyler."
)


def test_a_parts_given_name_alone_is_no_one() -> None:
    people = people_in(_BILLED, 'Piper said Rose was "a shop girl who gets swept off her feet".')
    assert people == {"Christopher Eccleston", "Billie Piper"}


def test_a_given_name_a_person_is_named_by_in_full_stays_theirs() -> None:
    people = people_in(
        _BILLED,
        "Costume designer Rose Smith made the coat.",
        'Rose said it had taken "a month of nights".',
    )
    assert people == {"Christopher Eccleston", "Billie Piper", "Rose Smith"}
