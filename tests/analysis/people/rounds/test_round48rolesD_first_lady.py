"""Round 48 (rolesD): "first" before a title's noun is part of the title ("First lady Melania
Trump", "First Minister Nicola Sturgeon"), and a style is capitalised: the "lady" of "First lady"
is no style "Lady" to be dropped."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "First lady Melania Trump fired back on Thursday at a comedian.",
            "Melania Trump",
            "First lady",
        ),
        ("The first lady, Melania Trump, fired back on Thursday.", "Melania Trump", "first lady"),
        (
            "First Minister Nicola Sturgeon said the vote was clear.",
            "Nicola Sturgeon",
            "First Minister",
        ),
        ("Chief executive Sir Terry Leahy said sales rose.", "Terry Leahy", "Chief executive"),
    ],
)
def test_first_and_its_title(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role


def test_the_first_ladys_title_outweighs_a_title_before_the_surname_alone() -> None:
    roles = roles_in(
        "First lady Melania Trump fired back on Thursday at a comedian who mocked her son.",
        "President Trump also weighed in, calling the post disgraceful.",
    )
    assert roles["Melania Trump"] == "First lady"
