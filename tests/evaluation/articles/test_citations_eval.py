"""The citation check of `python -m evaluation`: strict on names, numbers and the claim's words."""

from __future__ import annotations

import pytest

from evaluation.articles import citations_polnear


@pytest.mark.parametrize(
    ("body", "point", "stated"),
    [
        (
            "Nearly two-thirds of Democratic primary voters said Wall Street hurts the economy.",
            "More than 6 in 10 New York Democratic voters said Wall Street hurts the economy.",
            False,
        ),
        (
            "Sen. Ted Cruz spoke on Tuesday. He said nothing about a running mate.",
            "Donald Trump named Sen. Ted Cruz when asked to pick a possible running mate.",
            False,
        ),
        (
            "Asked on Tuesday to pick a possible running mate, Trump named Sen. Ted Cruz. "
            "The crowd cheered.",
            "Donald Trump named Sen. Ted Cruz when asked to pick a possible running mate.",
            True,
        ),
    ],
)
def test_the_article_states_the_point_or_not(body: str, point: str, stated: bool) -> None:
    assert citations_polnear.article_states(body, point) is stated


def test_every_citation_of_a_few_polnear_articles_is_checked() -> None:
    files = sorted(citations_polnear.DATA.glob("*.txt"))[:12]
    if not files:
        pytest.skip("PolNeAR is not in ../shared/data")
    found = citations_polnear.check(files, focused=1)
    assert found.pairs >= found.points > 0 and found.briefings == 2
    assert found.share == 1.0, found.unsupported
