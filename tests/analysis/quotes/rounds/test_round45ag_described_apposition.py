"""Round 45ag: "The candidate Ortiz works for, former Ohio treasurer Helen Baptiste, said": the
apposed name after a short description holding a capitalised word is the speaker, not the
subject of the clause that describes the sentence's subject (nor no one); the same without a
description still works."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

BEFORE = "Campaign manager Mark Ortiz has run three Senate races in Ohio."


@pytest.mark.parametrize(
    "apposed",
    ["former Ohio treasurer Helen Baptiste", "Cleveland banker Helen Baptiste", "Helen Baptiste"],
)
def test_the_apposed_name_speaks(apposed: str) -> None:
    found = extract_quotes(
        ArticleText(
            None,
            (
                BEFORE,
                f"The candidate Ortiz works for, {apposed}, said in a statement that she was"
                " “confident the voters will see the truth.”",
            ),
        )
    )
    assert next(q.speaker for q in found if "confident the voters" in q.text) == "Helen Baptiste"
