"""A quotation in a clause opened by "after", "when", "because" … with a subject and a speech verb
of its own (round 27, conservative web style): the words are that subject's, not those of the
sentence's subject."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def speaker(*paragraphs: str) -> str | None:
    return extract_quotes(ArticleText(None, paragraphs))[-1].speaker


def test_a_named_subject_of_the_clause_speaks() -> None:
    assert (
        speaker(
            "Donald Trump Jr. blasted Hillary Clinton on Friday after Clinton described half of"
            " his father’s supporters as a “basket of deplorables.”"
        )
        == "Hillary Clinton"
    )


def test_a_described_subject_of_the_clause_leaves_the_words_to_no_one() -> None:
    assert (
        speaker(
            "Donald Trump Jr. blasted Hillary Clinton on Friday after the Democratic nominee"
            " described half of his father’s supporters as a “basket of deplorables.”"
        )
        is None
    )


def test_a_clause_whose_verb_is_no_speech_verb_leaves_the_words_to_the_subject() -> None:
    assert (
        speaker("Sen. Tom Harlowe attacked the bill because Obama signed a “disastrous” deal.")
        == "Tom Harlowe"
    )
