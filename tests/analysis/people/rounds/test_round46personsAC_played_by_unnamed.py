"""Round 46 (personsAC): a name "played by" unnamed performers ("by four young actresses", "by a
newcomer") is a part, no one; a name beaten "by a landslide" stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_played_by_counted_actresses_is_a_part() -> None:
    assert people_in(
        "The musical returns to Leeds in May.",
        "Posy Threlfall will be played by three young actresses, director Imran Qadir said.",
    ) == {"Imran Qadir"}


def test_a_name_played_by_a_newcomer_is_a_part() -> None:
    assert "Ellie Quint" not in people_in("Ellie Quint will be played by a newcomer.")


def test_a_name_beaten_by_a_landslide_stays_a_person() -> None:
    assert "Tom Smith" in people_in("Tom Smith was beaten by a landslide in the Hexham vote.")
