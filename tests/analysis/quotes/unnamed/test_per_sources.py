""" "Per CNN," opening a sentence (round 27, conservative web style) names where the report came
from, as "According to CNN," does: it is no speaker's name."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def test_per_and_an_outlet_opening_a_sentence_is_not_its_subject() -> None:
    quotes = extract_quotes(
        ArticleText(
            None,
            (
                "Hillary Clinton campaigned in Ohio on Monday.",
                "Per CNN, Clinton’s doctor, Lisa Bardack, released a letter last year saying the"
                " Democratic nominee was “in excellent physical condition and fit to serve.”",
            ),
        )
    )
    assert quotes[-1].speaker == "Lisa Bardack"
