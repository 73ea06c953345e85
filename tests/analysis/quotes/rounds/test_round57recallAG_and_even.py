"""Round 57: a name after "And even", "But then" … opens its sentence as a subject ("And even
Obama tried to help them"): a "he said" in the next paragraph means him, not a man quoted
before him."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_subject_after_and_even_is_the_pronouns() -> None:
    found = quotes(
        "President Tom Bradley spoke first.",
        "Prime Minister Victor Alvarez urged people not to “choose the road toward isolation.”",
        "Both Justin Moreau and Alvarez gave diplomatic assurances. And even Bradley tried to help"
        " them off the hook, noting that he'd demur too in their position.",
        "“When I visit other countries, it's not my job to comment on candidates,” he said.",
    )
    assert found[-1].speaker == "Tom Bradley"
