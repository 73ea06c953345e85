"""Round 40: "boss" is a person, not a verb in -s: "Their former boss, District Attorney Mark
Tilden, has endorsed neither. “…,” he said" is Tilden's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_a_name_apposed_to_their_boss_is_whom_he_means() -> None:
    found = quotes(
        "Elena Vasquez and Karen Holloway once worked in the same office.",
        "Their former boss, District Attorney Mark Tilden, has endorsed neither. “They were both"
        " good lawyers,” he said.",
    )
    assert speaker_of(found, "both good lawyers") == "Mark Tilden"
