"""Round 46ah: a title of two titles joined by a hyphen ("Judge-Executive", "Secretary-Treasurer")
is a role before the name, not a part of it, so the name's first name gives its gender."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText
from briefings.analysis.speech.speaker import parse_speaker


def test_a_hyphenated_title_is_a_role() -> None:
    sp = parse_speaker("Boone County Judge-Executive Marla Tipton")
    assert sp is not None and sp.name == "Marla Tipton"


def test_she_after_a_hyphenated_title_is_the_woman() -> None:
    found = extract_quotes(
        ArticleText(
            None,
            (
                "Gov. Dale Ruggles spoke in Frankfort on Thursday.",
                "Boone County Judge-Executive Marla Tipton told reporters the bridge was gone."
                " “We are using boats,” she said.",
            ),
        )
    )
    assert next(q.speaker for q in found if "using boats" in q.text) == "Marla Tipton"
