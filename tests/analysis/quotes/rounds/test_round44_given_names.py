"""Round 44: "Eli" is a man's given name and "Sofia" a woman's (the names dictionary gives Eli as
a woman's, and Sofia is also a city): "Garza’s colleague, Rep. Eli Stanton, was more measured.
… “…,” he said" is Stanton's, not the woman named before him."""

from __future__ import annotations

from briefings.analysis.common.given_names.gender import gender_of
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def test_eli_is_a_man_and_sofia_a_woman() -> None:
    assert gender_of("Eli Stanton") == "m"
    assert gender_of("Sofia Garza") == "f"


def test_a_he_after_eli_is_his() -> None:
    found = extract_quotes(
        ArticleText(
            None,
            (
                "Rep. Sofia Garza had expected a fight over the border bill, but not from her own "
                "side.",
                "Garza’s colleague, Rep. Eli Stanton, was more measured. He said he would wait for "
                "the committee’s markup. “There are good pieces in here and bad ones,” he said.",
            ),
        )
    )
    assert [q.speaker for q in found] == ["Eli Stanton"]
