"""Round 50 (pronouns across paragraph breaks): a "she" after a sentence whose subject is someone
described by a possessive and a noun of her gender ("Her mother said the family was doing “better
than we were.” She continued, “…”") means that person, so not a woman named a paragraph before."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_she_after_her_mother_said_is_not_the_woman_named_before() -> None:
    found = quotes(
        "The district said it would appeal. Superintendent Ann Bonner-Clay did not respond to a"
        " request for comment.",
        "The Ostranders’ daughter, now 14, has since changed schools. Her mother said the family"
        " was doing “better than we were.” She continued, “We just want our kid back.”",
    )
    assert found[-1].speaker is None  # not Ann Bonner-Clay


def test_a_she_after_her_husband_said_is_still_the_woman_named_before() -> None:
    found = quotes(
        "Superintendent Ann Bonner-Clay defended the policy at the meeting on Monday.",
        "Her husband said the family had stayed out of it. “We just want this to end,” she said.",
    )
    assert found[-1].speaker == "Ann Bonner-Clay"
