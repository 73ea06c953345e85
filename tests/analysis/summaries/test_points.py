"""Candidate points: reported facts and developments, without opinion, questions or bare quotes."""

from __future__ import annotations

import pytest

from briefings.analysis.results import ArticleText
from briefings.analysis.summaries import points
from briefings.analysis.summaries.points import is_headline, is_opinion, key_points, needs_context
from tests.analysis.seed_articles import cleaned

FACTS = [
    "The Treasury announced sanctions against a Slovakian national on Thursday, officials said.",
    "Foreign Minister Anna Berg told reporters that the embassy would reopen in June.",
    "Meta said quarterly profits rose 8% to $1.1bn on stronger advertising sales.",
]
NOT_POINTS = [
    "What more can we really do about the port?",  # rhetorical question
    "“We will not accept this, and nobody in the region should either,”",  # bare quote
    "We’re already imposing massive sanctions and there’s only so much more we can do.",  # opinion
    "It’s not as if they could keep such an in-person meeting a secret.",  # writer's aside
    "So if they do go ahead with the meeting, it will be a show of force.",  # commentary
    "Join the conversation as a VIP Member",  # boilerplate
]


def test_points_are_the_facts_and_nothing_else() -> None:
    article = ArticleText("Sanctions", tuple(FACTS[:1] + NOT_POINTS + FACTS[1:]))
    points = key_points(article)
    assert [p.text for p in points] == FACTS
    assert all(0.0 < p.score <= 1.0 for p in points)


@pytest.mark.parametrize(
    ("sentence", "opinion"), [(s, False) for s in FACTS] + [(s, True) for s in NOT_POINTS[2:5]]
)
def test_opinion(sentence: str, opinion: bool) -> None:
    assert is_opinion(sentence) is opinion


def test_attributed_quote_is_a_point_but_a_bare_one_is_not() -> None:
    article = ArticleText(
        None,
        (
            "“[This] is not going to reflect well on North Korea,” Sullivan said on Tuesday.",
            "“Schemes like the arms deal show that Putin is turning to suppliers of last resort.”",
        ),
    )
    assert [p.paragraph for p in key_points(article)] == [0]


def test_seed_points_rank_the_news_above_the_commentary() -> None:
    points = sorted(key_points(cleaned()["003_48fb225f04140536.txt"]), key=lambda p: -p.score)
    assert "pay a price" in points[0].text
    assert not any(
        p.text.startswith(("It’s not as if", "How much", "We’re already")) for p in points
    )


@pytest.mark.parametrize(
    ("sentence", "unplaced"),
    [
        ("He also threatened retaliation against Seoul.", True),
        ("They also stated that Russia would supply the rockets.", True),
        ("On Tuesday, she said the talks had failed.", True),
        ("In a statement, the party said it would vote against the bill.", True),
        ("The company said quarterly profits rose 8% to $1.1bn.", True),
        ("That comment was posted from the 335th Twitter account of the group.", True),
        ("The Party of Regions said it would vote against the bill.", False),
        ("Sen. Ted Cruz said he would vote against the bill.", False),
        ("Hezbollah said it would respond.", False),
    ],
)
def test_a_point_names_its_subject(sentence: str, unplaced: bool) -> None:
    assert needs_context(sentence) is unplaced


def test_who_is_meant_is_named_in_the_point() -> None:
    article = ArticleText(
        None,
        (
            "Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome on Wednesday, officials said.",
            "He also threatened retaliation against Seoul if the drills went ahead next month.",
        ),
    )
    assert [p.text[:6] for p in key_points(article)] == ["Kim Jo"]


def test_a_headline_line_or_the_writers_we_is_no_reported_fact() -> None:
    assert is_headline("Bernie Sanders: ‘Of Course’ Hillary Clinton Is Qualified To Be President.")
    assert not is_headline(FACTS[1])
    assert is_opinion(
        "We asked the campaigns of the remaining candidates why they did not respond."
    )


def test_an_opinion_column_gives_no_reported_facts() -> None:
    column = ArticleText(
        None,
        (
            FACTS[0],
            "I have covered the Treasury for a decade, and my sources there are worried.",
            "In my years in Berlin I never saw Foreign Minister Anna Berg this nervous.",
            FACTS[1],
            "I expect the sanctions to fail within a year.",
        ),
    )
    assert key_points(column) == []
    labelled = ArticleText("Opinion: The sanctions will fail", tuple(FACTS))
    assert key_points(labelled) == []
    assert key_points(ArticleText("Sanctions on a Slovakian national", tuple(FACTS)))


def test_a_sentence_whose_subject_needs_its_context_is_not_read_for_the_writers_voice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not str(points.__file__).endswith(".py"):
        pytest.skip("compiled (mypyc): calls inside the module are bound and cannot be recorded")
    read: list[str] = []

    def recorded(sentence: str) -> bool:
        read.append(sentence)
        return is_opinion(sentence)

    monkeypatch.setattr(points, "is_opinion", recorded)
    unplaced = "He also threatened to close the embassy in the capital before the summit in June."
    article = ArticleText("Embassy talks", (*FACTS, unplaced))
    found = [p.text for p in key_points(article)]
    assert unplaced not in found and unplaced not in read
    assert FACTS[0] in found and FACTS[0] in read
