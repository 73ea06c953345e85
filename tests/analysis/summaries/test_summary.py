"""Per-article summaries: a few central sentences of the article, never captions or boilerplate."""

from __future__ import annotations

import pytest

from briefings.analysis.candidates import is_boilerplate
from briefings.analysis.results import ArticleText
from briefings.analysis.summaries.summary import summarise
from tests.analysis.seed_articles import cleaned, raw

ARTICLE = ArticleText(
    title="Harbour city approves new bridge over the river",
    paragraphs=(
        "By Jane Doe",
        "10:42 AM – Monday, May 6, 2024",
        "The city council approved a new bridge over the river on Monday after a two-year debate.",
        "The mayor's cat, a ginger tabby called Biscuit, was seen sleeping in the sun all afternoon.",
        "The bridge will cost the city 40 million dollars and open to traffic in 2027.",
        "Council members said the bridge over the river would cut commuting times by half.",
        "The mayor posing at the river (Photo by John Smith/Getty Images)",
        "Opponents of the bridge argued that the river crossing would harm the harbour.",
        "Join the conversation as a VIP Member",
        "Sign up for our newsletter to get the latest news every morning.",
    ),
)
JUNK = {ARTICLE.paragraphs[i] for i in (0, 1, 6, 8, 9)}


def test_summary_is_central_sentences_in_article_order() -> None:
    summary = summarise(ARTICLE)
    assert 2 <= len(summary) <= 4
    assert summary[0].startswith("The city council approved a new bridge")
    positions = [ARTICLE.paragraphs.index(s) for s in summary]
    assert positions == sorted(positions)
    assert not any("Biscuit" in s for s in summary)  # the off-topic aside is not central


def test_summary_never_picks_captions_bylines_or_boilerplate() -> None:
    for count in (2, 3, 4, 6):
        assert not JUNK & set(summarise(ARTICLE, max_sentences=count))


def test_very_short_article_gives_what_it_has() -> None:
    one = ArticleText(None, ("The council approved the new bridge over the river on Monday.",))
    assert summarise(one) == list(one.paragraphs)
    assert summarise(ArticleText(None, ("Join the conversation",))) == []


@pytest.mark.parametrize("name", sorted(cleaned()))
def test_seed_summaries(name: str) -> None:
    article = cleaned()[name]
    summary = summarise(article)
    assert 2 <= len(summary) <= 4
    body = " ".join(article.paragraphs)
    assert all(sentence in body for sentence in summary)


@pytest.mark.parametrize("name", sorted(raw()))
def test_raw_seed_lines_captions_and_credits_never_summarised(name: str) -> None:
    article = raw()[name]
    for sentence in summarise(article, max_sentences=4):
        assert not is_boilerplate(sentence)
        assert "Photo" not in sentence and "Join the" not in sentence and "@AP" not in sentence


@pytest.mark.parametrize(
    "line",
    [
        "John Kirby revealed the details of the alleged deal (AP Photo/Patrick Semansky)",
        "— The Associated Press (@AP) March 30, 2023",
        "2:22 PM – Wednesday, September 6, 2023",
        "By Press Association",
        "OAN’s Abril Elfi",
        "North Korea Koreas Tensions",
        "Join the conversation as a VIP Member",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


def test_tfidf_weights_a_term_by_its_count_however_often_it_comes() -> None:
    """1 + log(count) per term, a count past the looked-up ones (15) computed alike, IDF from the
    documents, rows of unit length; a document with no terms stays a zero row."""
    import math

    import numpy as np

    from briefings.analysis.textrank import tfidf_matrix

    matrix = tfidf_matrix([["sanction"] * 20 + ["oil"], ["oil"], []])
    idf_sanction, idf_oil = math.log(4 / 2) + 1.0, math.log(4 / 3) + 1.0
    first = np.array([(1.0 + math.log(20)) * idf_sanction, idf_oil])
    assert np.allclose(matrix[0], first / np.linalg.norm(first))
    assert np.allclose(matrix[1], [0.0, 1.0])
    assert not matrix[2].any()
