"""Round 48 (rolesD): one list of kin nouns (`speech.words.KIN_NOUNS`) for roles and for the
relatives the name index marks, so "whose uncle, Kyle Sorensen," is a relative as "whose son, …"
was, and "Sorensen said" after it is the man named in his own right."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def test_an_uncle_is_a_relative_as_a_son_is() -> None:
    article = ArticleText(
        None,
        (
            "Mark Sorensen, whose uncle, Kyle Sorensen, was killed in Iraq, spoke at the hearing"
            " on Tuesday.",
            "“I want to know who is going to be held accountable,” Sorensen said.",
        ),
    )
    assert [q.speaker for q in extract_quotes(article)] == ["Mark Sorensen"]
