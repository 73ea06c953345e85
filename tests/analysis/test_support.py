"""A citation's sentence states its point: the same names, the same numbers, the claim's words."""

from __future__ import annotations

import pytest

from briefings.analysis.grouping import PointInput, group_points
from briefings.analysis.support import states, support

POINT = "Donald Trump named Sen. Ted Cruz, R-Texas, when asked to pick a possible running mate."


@pytest.mark.parametrize(
    ("evidence", "point", "stated"),
    [
        (
            "Asked to pick a running mate, Trump named Texas Sen. Ted Cruz (R-Texas) as a possibility.",
            POINT,
            True,
        ),
        ("Sen. Ted Cruz, R-Texas, spoke at the debate on Tuesday night.", POINT, False),
        (
            "Nearly two-thirds of Democratic primary voters in New York said Wall Street hurts the economy.",
            "More than 6 in 10 New York Democratic voters said Wall Street does more to hurt the economy.",
            False,
        ),
        (
            "Weaver said the campaign expected to do well in Nevada on Saturday.",
            "Jeff Weaver said on Saturday that the campaign had suspended two staffers over the breach.",
            False,
        ),
    ],
)
def test_the_sentence_states_the_point_or_not(evidence: str, point: str, stated: bool) -> None:
    assert states(evidence, point) is stated


def test_what_is_missing_is_said() -> None:
    found = support("Cruz spoke on Tuesday.", "Trump named Cruz on 3 May.")
    assert found.missing_names == ("trump",)
    assert found.missing_numbers == ("3",)


def test_an_article_that_only_shares_the_topic_is_not_cited() -> None:
    texts = [
        POINT,
        "Asked to pick a running mate, Trump named Texas Sen. Ted Cruz (R-Texas) as a possibility.",
        "Sen. Ted Cruz, R-Texas, said a running mate would be picked after the July convention.",
    ]
    points = [PointInput(i, 100 + i, t, 0.5) for i, t in enumerate(texts)]
    groups = group_points(points)
    assert {g.article_ids for g in groups} == {(100, 101), (102,)}
    for group in groups:
        for member in group.member_ids:
            assert states(texts[member], group.text)
    merged = next(g for g in group_points(points) if len(g.article_ids) == 2)
    assert set(merged.support) == set(merged.member_ids)
    assert merged.support[merged.representative_id] == 1.0


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("cruz", "sen. ted cruz, r-texas"),
        ("cruz", "cruzado and cruzes"),
        ("cruz", "the cruz_family"),
        ("u.s", "the u.s. said"),
        ("u.s", "aus.s"),
        ("o'neill", "o'neill’s aide"),
        ("white house", "the white house said"),
        ("white house", "the white housekeeper, then the white house"),
        ("é", "café é"),
        ("٣", "x٣ ٣"),
        ("-", "a - b"),
        ("-", "a-b"),
        ("'s", "trump's"),
        ("", "a b"),
        ("", ""),
        ("aa", "aaa aa"),
    ],
)
def test_whole_word_is_the_patterns_answer(word: str, text: str) -> None:
    """The whole-word check finds a word where `\\bword\\b` does, without a pattern per word:
    every occurrence tried, `re`'s Unicode word characters on either side."""
    import re

    from briefings.analysis.support import _whole

    expected = re.search(rf"\b{re.escape(word)}\b", text) is not None
    assert _whole(word, text) is expected
