"""Round 48 (personsAE): a region's name before "Police" or "Council" is that region's police or
council when it speaks ("Kent Police said", "Bradford Council said"), no person; a given name and
a surname that ends a body's name too ("Clare Church said she") stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_regions_police_is_no_person() -> None:
    people = people_in(
        "Kent Police said a 34-year-old man had been arrested after the crash.",
        "Inspector Ruth Dale said inquiries were continuing.",
    )
    assert "Kent Police" not in people
    assert "Ruth Dale" in people


def test_a_regions_council_is_no_person() -> None:
    assert "Bradford Council" not in people_in(
        "Bradford Council said the road would reopen next week.",
    )


def test_a_person_named_like_a_body_stays_one() -> None:
    assert "Clare Church" in people_in("Clare Church said she was thrilled with the result.")
