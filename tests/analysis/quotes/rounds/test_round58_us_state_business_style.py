"""Round 58 attrAW: US state, local and business news (a family's store, a council's exchange)."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_a_surname_is_the_persons_not_the_store_named_after_them() -> None:
    # "Lindholm" ends Gary Lindholm's name and opens his store's: the "he" after "Lindholm says"
    # is the man, not "Lindholm Hardware"
    speaker = speaker_in(
        "Every morning, Gary Lindholm unlocks the front door of Lindholm Hardware.",
        "“People think a hardware store sells hammers,” Lindholm tells me.",
        "Lindholm says he has thought about retiring. He turned 68 in March.",
        "“She’s got her own life,” he says.",
        piece="her own life",
    )
    assert speaker == "Gary Lindholm"
