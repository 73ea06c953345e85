"""Round 48 (rolesD): "first" before a title's noun is part of the title ("First lady Melania
Trump", "First Minister Nicola Sturgeon"), and a style is capitalised: the "lady" of "First lady"
is no style "Lady" to be dropped."""

from __future__ import annotations

import pytest

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _roles(*paragraphs: str) -> dict[str, str | None]:
    found = extract_entities(ArticleText(None, paragraphs))
    return {e.name: e.role for e in found if e.kind == "person"}


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
    assert _roles(paragraph)[name] == role


def test_the_first_ladys_title_outweighs_a_title_before_the_surname_alone() -> None:
    roles = _roles(
        "First lady Melania Trump fired back on Thursday at a comedian who mocked her son.",
        "President Trump also weighed in, calling the post disgraceful.",
    )
    assert roles["Melania Trump"] == "First lady"
