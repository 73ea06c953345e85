"""Round 42x: "Keller shot back in a second post. He added:" names Keller as the subject of his
sentence (an irregular past, "shot", "fled", "drove", is a verb after a name as "fired" is), so the
post after the colon is his, not the official quoted in the paragraph before."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes, speaker_of


@pytest.mark.parametrize(
    "lead", ["Keller shot back in a second post.", "Keller fired back in a second post."]
)
def test_the_post_after_he_added_is_the_subjects(lead: str) -> None:
    found = quotes(
        "Sen. Rand Keller of Kentucky blasted the Pentagon’s spending on Tuesday.",
        "Defense Secretary Lloyd Austin responded at a briefing. He said the department was"
        " “making steady progress.”",
        f"{lead} He added:",
        "“Steady progress toward what? Bankruptcy?”",
    )
    assert speaker_of(found, "making steady progress") == "Lloyd Austin"
    assert speaker_of(found, "Bankruptcy") == "Rand Keller"
