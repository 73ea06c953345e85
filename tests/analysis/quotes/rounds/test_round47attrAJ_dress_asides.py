"""Round 47 (attrAJ): a long aside opened by a participle of dress or bearing ("clad in …",
"wearing …", "flanked by …") sits between a subject and its speech verb: the subject speaks."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


@pytest.mark.parametrize(
    "aside",
    [
        "clad in a red cape with blinking lights that formed the name Trump",
        "wearing a red cap with white letters that spelled out the name Trump",
        "flanked by two aides and a county chairman who had endorsed Trump in May",
    ],
)
def test_the_subject_before_a_long_aside_of_dress_speaks(aside: str) -> None:
    (q,) = extract_quotes(
        ArticleText(
            None,
            (
                f"Minnesota state delegate Mary Walsh, {aside}, said the convention could be a"
                " “failure” if Trump can’t rally the party.",
            ),
        )
    )
    assert q.speaker == "Mary Walsh"
