"""Round 53 (personsAI): a name with a courtesy title after "of" and before a plural noun that
closes the phrase ("Sales of Mr Kipling cakes rose", "the maker of Mr Kipling cakes and Branston
pickle") is a brand, no person; "A friend of Mr Hale says he" keeps Mr Hale."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_the_goods_of_a_titled_brand_are_no_persons() -> None:
    people = people_in(
        "Sales of Mr Kipling cakes rose 6% over Christmas, Premier Foods has said.",
        "The company said Mr Kipling had benefited from a new range of mince pies.",
    )
    assert people == set()


def test_a_titled_brand_listed_with_other_goods_is_no_person() -> None:
    people = people_in(
        "Premier Foods, the maker of Mr Kipling cakes and Branston pickle, has reported a rise "
        "in profits.",
        "Chief executive Robert Schofield said Mr Kipling had enjoyed its best Christmas.",
    )
    assert people == {"Robert Schofield"}


def test_a_friend_of_a_titled_man_leaves_him_a_person() -> None:
    people = people_in(
        "Tom Hale has left the club after ten years.",
        "A friend of Mr Hale says he was tired of the travelling.",
    )
    assert people == {"Tom Hale"}
