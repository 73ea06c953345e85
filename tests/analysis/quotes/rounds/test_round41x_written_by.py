"""Round 41x: "a ruling by a federal judge", "a letter from a senior official" bring in someone
unnamed whose words the article goes on to quote, so "the judge wrote" and "the official wrote"
mean that person, no one named, not the person quoted last."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes, speaker_of

BERANEK = (
    "Its president, Mike Beranek, went further. He told the paper the law was “built on a myth.”"
)


@pytest.mark.parametrize(
    ("introduced", "quoted"),
    [
        (
            "A ruling by a federal judge in Florida last year struck down part of a similar law.",
            "“The State may not silence speech it dislikes,” the judge wrote.",
        ),
        (
            "A letter from a senior Pentagon official reached the committee on Monday.",
            "“We cannot support this bill,” the official wrote.",
        ),
    ],
)
def test_the_description_means_the_one_whose_ruling_or_letter_it_was(
    introduced: str, quoted: str
) -> None:
    found = quotes(BERANEK, f"{introduced} {quoted}")
    assert speaker_of(found, "built on a myth") == "Mike Beranek"
    assert speaker_of(found, quoted[1:12]) is None


def test_a_judge_named_with_the_title_is_still_the_judge() -> None:
    found = quotes(
        "U.S. District Judge Alan Reyna struck down the law in a ruling by the full court.",
        "“The State may not silence speech it dislikes,” the judge wrote.",
    )
    assert speaker_of(found, "The State may not") == "Alan Reyna"
