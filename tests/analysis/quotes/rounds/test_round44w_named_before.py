"""Round 44 (wire and local copy): a surname two people share means, where only one of them has
been named in full before it, that one ("said Ellison" of the student named, not of her mother
introduced in the next paragraph)."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_the_surname_means_the_one_named_before_it() -> None:
    found = quotes(
        "Senior Maya Ellison, 17, spoke during public comment. “I fall asleep in first period"
        " every single day,” said Ellison, who is president of the student council.",
        "Her mother, Karen Ellison, 46, said afterward that she was proud of her. “She did the"
        " research herself,” Karen Ellison said.",
    )
    assert speaker_of(found, "first period") == "Maya Ellison"  # not her mother, named later
    assert speaker_of(found, "research herself") == "Karen Ellison"


def test_two_named_before_still_settle_as_before() -> None:
    found = quotes(
        "Maya Ellison, 17, and Karen Ellison, 16, both spoke. “I fall asleep in first period"
        " every single day,” said Ellison.",
    )
    assert speaker_of(found, "first period") is None  # either of them


def test_the_role_of_another_of_the_surname_is_not_given() -> None:
    found = quotes(
        "Last Monday, Jeb Bush told an Iowa audience that Libya was in chaos. “Libya today is"
        " completely chaotic,” Bush said.",
        "The line was written by a former aide to President George W. Bush.",
    )
    (q,) = found
    assert q.speaker == "Jeb Bush"
    assert q.speaker_role is None  # not "President George W.", his brother's
