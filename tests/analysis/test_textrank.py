"""The content words a summary and the story's groups compare on: the same whether each token's
stem is worked out afresh or remembered from earlier texts."""

from __future__ import annotations

import pytest

from briefings.analysis import textrank
from briefings.analysis.textrank import content_terms

TEXT = "The ministers’ talks on sanctions resumed in 2024; Russia's envoy said the U.S.-led bloc agreed."


def test_content_terms_are_stemmed_without_stopwords_or_lone_numbers() -> None:
    assert content_terms(TEXT) == [
        "minister",
        "talk",
        "sanction",
        "resumed",
        "russia",
        "envoy",
        "u",
        "s",
        "led",
        "bloc",
        "agreed",
    ]


def test_remembered_terms_equal_terms_worked_out_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = [textrank._term(token) for token in textrank._TOKEN.findall(TEXT.lower())]
    assert content_terms(TEXT) == [term for term in fresh if term]
    assert content_terms(TEXT) == content_terms(TEXT)  # the second time from what it remembers
    monkeypatch.setattr(textrank._Terms, "MAX_TERMS", 3)  # full: emptied, still the same terms
    textrank._TERMS.clear()
    assert content_terms(TEXT) == [term for term in fresh if term]
    assert len(textrank._TERMS) <= 3
