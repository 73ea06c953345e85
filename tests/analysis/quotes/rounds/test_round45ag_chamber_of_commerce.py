"""Round 45ag: "the Ohio Chamber of Commerce said" names one body, the whole of it, not "Ohio
Chamber" cut at its "of"."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def test_a_chamber_of_commerce_is_named_whole() -> None:
    found = extract_quotes(
        ArticleText(
            None,
            (
                "The state adopted new limits on factory emissions on Monday.",
                "Business groups were less pleased. The limits are “impossible to meet by 2027,”"
                " the Ohio Chamber of Commerce said.",
            ),
        )
    )
    speaker = next(q.speaker for q in found if "impossible to meet" in q.text)
    assert speaker == "Ohio Chamber of Commerce"
