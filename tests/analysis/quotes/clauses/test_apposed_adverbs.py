""" "The governor’s wife, Casey DeSantis, also weighed in. “…,” she posted on X." (round 28,
conservative web style): an adverb between the appositive and its verb does not stop the name from
being the sentence's subject, whom the "she" after it means."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def test_also_between_an_apposed_name_and_its_verb() -> None:
    quotes = extract_quotes(
        ArticleText(
            None,
            (
                "Florida Gov. Ron DeSantis is not backing down in his feud with Disney.",
                "“They picked this fight, and they are going to lose it,” DeSantis told reporters.",
                "Disney CEO Bob Iger called the governor’s actions “anti-business and"
                " anti-Florida, frankly.”",
                "The governor’s wife, Casey DeSantis, also weighed in. “Ron is standing up for"
                " parents,” she posted on X.",
            ),
        )
    )
    assert [q.speaker for q in quotes] == ["Ron DeSantis", "Bob Iger", "Casey DeSantis"]
