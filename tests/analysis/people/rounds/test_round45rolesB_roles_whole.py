"""Round 45 (rolesB): a role is the job written next to the name, never a fragment: a title
written short keeps its full stop ("Iowa Rep."), and a role read over "and" into another person the
article names is cut to the person's own part, or dropped when a place alone is left."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("Oregon Gov. Linda Marsh signed the bill on Friday.", "Linda Marsh", "Oregon Gov."),
        ("The plan was drawn up by Rep. Tom Keller last year.", "Tom Keller", "Rep."),
        (
            "The base is run by Air Force Lt. Gen. Dana Whitfield, who took over in May.",
            "Dana Whitfield",
            "Air Force Lt. Gen.",
        ),
    ],
)
def test_a_title_written_short_keeps_its_full_stop(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role


def test_a_title_read_over_and_to_another_persons_surname_is_the_title_alone() -> None:
    roles = roles_in(
        "Mayor Joan Pruitt opened the new library on Saturday.",
        "The ribbon was cut by Pruitt and Nevada Sen. Carl Haskins, who both grew up in the town.",
    )
    assert roles["Carl Haskins"] == "Nevada Sen."


def test_a_title_after_a_surname_and_and_keeps_its_own_words() -> None:
    roles = roles_in(
        "Governor Alan Brisco spoke first.",
        "The evening ended with speeches by Brisco and Senate Minority Whip Dora Fenwick.",
    )
    assert roles["Dora Fenwick"] == "Senate Minority Whip"


def test_a_place_read_on_over_and_into_another_person_is_no_role() -> None:
    roles = roles_in(
        "The letter was signed by Sens. Ellen Crowe of Montana and Victor Dunn of Ohio on Monday."
    )
    assert roles["Ellen Crowe"] is None


def test_a_bodys_name_with_and_and_no_one_elses_name_stays_whole() -> None:
    roles = roles_in(
        "Peter Marks said he had run a shop for forty years.",
        "Marks and Spencer chief executive Stuart Rose said sales had risen.",
        "Trade and Industry Secretary Patricia Hewitt met the unions on Monday.",
    )
    assert roles["Stuart Rose"] == "Marks and Spencer chief executive"
    assert roles["Patricia Hewitt"] == "Trade and Industry Secretary"


def test_a_role_for_someone_named_with_a_courtesy_title_reads_on_to_the_name() -> None:
    roles = roles_in(
        "Martha Quill has led the county council since 2019.",
        "Owen Pryce, a spokesman for Mrs. Quill, said the budget would be published on Monday.",
        "Gail Hendry, the former press secretary for Mr. Pryce, declined to comment.",
    )
    assert roles["Owen Pryce"] == "spokesman for Mrs. Quill"
    assert roles["Gail Hendry"] == "former press secretary for Mr. Pryce"


def test_an_apposition_opening_with_a_courtesy_title_is_read_whole() -> None:
    roles = roles_in(
        "Mr. Abbott won the seat in 2010.",
        "Lena Strom, Mr. Abbott's former press secretary, said the office was quiet.",
        "Kurt Abel, the former campaign manager for Mr. Abbott and current radio host, left.",
    )
    assert roles["Lena Strom"] == "Mr. Abbott's former press secretary"
    assert roles["Kurt Abel"] == "former campaign manager for Mr. Abbott"


def test_a_courtesy_title_after_another_word_than_for_of_or_at_is_no_role() -> None:
    roles = roles_in(
        "His choice of Ted, a suggestion from Mr. Abbott's older sister, surprised no one."
    )
    assert roles.get("Ted") is None


def test_another_persons_name_in_a_list_is_no_role() -> None:
    roles = roles_in(
        "The county's delegates are Mary Sexton, Paul Bishop, Ian Marsh and Ruth Cole.",
    )
    assert roles["Mary Sexton"] is None
    assert roles["Ian Marsh"] is None
