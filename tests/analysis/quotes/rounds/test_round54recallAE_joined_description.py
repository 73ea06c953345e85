"""Round 54: a description opening the sentence is the subject of a speech verb joined to its
verb by "and" ("The actor held a fake audition and said, “…”": the actor's, not no one's); not
when someone else is named between ("The actor thanked Castro and said")."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_description_says_what_follows_and() -> None:
    found = quotes(
        "Comedian Dana Whitfield turned the tables on casting directors this spring.",
        "The comedian held a mock audition in Brooklyn and said, “Nobody ever asks me to play"
        " the lawyer.”",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("Nobody ever asks me to play the lawyer.", "Dana Whitfield")
    ]


def test_a_partial_quotation_likewise() -> None:
    found = quotes(
        "Rep. Linda Marsh toured the Akron plant on Monday.",
        "The congresswoman met with workers on the night shift and called the layoffs “a"
        " betrayal.”",
    )
    assert [(q.text, q.speaker) for q in found] == [("a betrayal", "Linda Marsh")]
