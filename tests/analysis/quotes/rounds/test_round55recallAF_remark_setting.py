"""Round 55: a named person's remark, dictum or catch phrase quoted after "is"/"was" with a short
phrase of setting or audience between the noun and the verb ("Barrett’s dictum to his interns
was, “…”", "Rubio’s catch phrase in that election against Crist was that Crist “…”"): the
owner's words."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_a_dictum_to_an_audience_is_its_owners() -> None:
    found = quotes(
        "Ivo Marchetti taught reporting at the state university for thirty years.",
        "Marchetti’s dictum to his students (repeated to me often) was, “If nobody is angry, you"
        " have not found the story.”",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("If nobody is angry, you have not found the story", "Ivo Marchetti")
    ]


def test_a_catch_phrase_in_a_race_is_its_owners() -> None:
    found = quotes(
        "Dana Pruitt beat Carl Ostrander for the county seat in 2018.",
        "Pruitt’s catch phrase in that race against Ostrander was that Ostrander “never met a tax"
        " he did not like.”",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("never met a tax he did not like", "Dana Pruitt")
    ]


def test_a_phrase_about_a_quotation_is_no_remark() -> None:
    found = quotes(
        "Ivo Marchetti taught reporting at the state university for thirty years.",
        "Marchetti’s answer to the question about “death panels” was long and careful.",
    )
    assert [(q.text, q.speaker) for q in found] == []
