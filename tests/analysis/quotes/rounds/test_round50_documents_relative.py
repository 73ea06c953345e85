"""Round 50 (a postal memo at a hearing): words in a relative clause on a document ("Vance told the
committee that the memo, which instructed plants in the Southeast to “hold trucks until full,” had
been “misread …”") are the memo's, no speaker's, not the subject's who discussed it."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "Postmaster General Louis Vance told the committee that the memo, which instructed plants"
        " in the Southeast to “hold trucks until full,” had been misread.",
        "Louis Vance said the memo, which told plants to “hold trucks until full,” was a pilot.",
    ],
)
def test_a_documents_words_in_its_relative_clause_are_no_ones(sentence: str) -> None:
    found = quotes(sentence)
    assert found[0].speaker is None  # not Louis Vance


def test_words_someone_called_a_document_in_its_relative_are_theirs() -> None:
    (q,) = quotes("Louis Vance defended the memo, which he called “a pilot, nothing more.”")
    assert q.speaker == "Louis Vance"
