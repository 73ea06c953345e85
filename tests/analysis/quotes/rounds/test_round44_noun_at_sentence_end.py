"""Round 44: a description by one noun ("the donor") means the one person the article writes it
beside, also when the name ends its sentence ("his longtime donor and friend, the developer
Richard Amato."), not the widow named before him; a title's period ("A third freshman, Rep. Ben
Osei of Ohio,") ends no name."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

LEAD = (
    "When Sen. Arthur Pell died last year, he left two people who each believe they know what he "
    "wanted: his widow, Catherine Pell, and his longtime donor and friend, the developer Richard "
    "Amato."
)


def test_the_donor_is_the_one_written_so() -> None:
    found = quotes(LEAD, "“It is sad,” the donor said.")
    assert speaker_of(found, "It is sad") == "Richard Amato"


def test_the_developer_is_the_one_written_so() -> None:
    found = quotes(LEAD, "“It is sad,” the developer said.")
    assert speaker_of(found, "It is sad") == "Richard Amato"


def test_a_titles_period_ends_no_name() -> None:
    found = quotes(
        "The fight pits two Texans against each other: Rep. Carl Whitmore of Tyler, a three-term "
        "member, and Rep. Dale Prentiss of Amarillo, a freshman.",
        "Another freshman, Rep. Nina Calloway of Georgia, has backed Prentiss.",
        "A third freshman, Rep. Ben Osei of Ohio, backs Whitmore. “Experience matters in a job like "
        "this,” Osei said.",
        "The freshman was more guarded. “I am not counting anything until January,” the freshman "
        "said.",
    )
    assert speaker_of(found, "I am not counting") is None  # not "Rep", Ben Osei's title
