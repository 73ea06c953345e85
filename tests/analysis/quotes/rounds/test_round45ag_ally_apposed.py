"""Round 45ag: a sentence opened by "His ally, Sen. Joan Mercado of Texas," and a verb has
Mercado as its subject, so a "she" after it is hers, not a woman quoted in the paragraph before;
"His rival" and "Her critic" likewise."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


@pytest.mark.parametrize("head", ["His ally", "His rival", "His fiercest critic"])
def test_she_after_the_apposed_name_is_hers(head: str) -> None:
    found = extract_quotes(
        ArticleText(
            None,
            (
                "Sen. Wade Corliss (R-Tenn.) placed a hold on the nominee on Tuesday.",
                "Sen. Paula Redd (D-Mich.) was furious. “This is obstruction,” she said.",
                f"{head}, Sen. Joan Mercado of Texas, weighed in on Fox News. She said the"
                " nominee had “a thin record.”",
            ),
        )
    )
    assert next(q.speaker for q in found if "a thin record" in q.text) == "Joan Mercado"
