"""Round 50 (a group's reaction after a family's): a body's "chapter" or "center" is no person's
description ("The Sierra Club’s New York chapter said in a post on X that the council had “put
public health first.”" is not the pizzeria owner's son's, named a paragraph before)."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "sayer",
    ["The Sierra Club’s New York chapter", "The chapter", "The group’s legal center"],
)
def test_a_chapter_is_no_one_named_before(sayer: str) -> None:
    (q,) = quotes(
        "Vinnie Scalzo runs a pizzeria in Queens. His son, Anthony, manages the front of the house.",
        f"{sayer} said in a post on X that the council had “put public health first.”",
    )
    assert q.speaker is None


def test_a_description_by_a_persons_noun_still_means_the_man_named() -> None:
    (q,) = quotes(
        "Vinnie Scalzo runs a pizzeria in Queens.",
        "The owner said the council had “put small business last.”",
    )
    assert q.speaker == "Vinnie Scalzo"
