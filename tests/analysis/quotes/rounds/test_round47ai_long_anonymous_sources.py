"""Round 47ai: "the strategist said" after "A Republican strategist close to the campaign, who
spoke on the condition of anonymity to discuss internal polling, said …" is that unnamed
strategist (no one), however long the relative clause between the source and "said": not the
woman quoted in the paragraph before."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

VOTER = (
    "Janet Kowalski, 64, a retired nurse, came to hear both candidates."
    " “He knows what a golden parachute is,” she said."
)


def test_the_strategist_after_a_long_relative_clause_is_no_one() -> None:
    speaker = speaker_in(
        VOTER,
        "A Republican strategist close to the Dunmore campaign, who spoke on the condition of"
        " anonymity to discuss internal polling, said the race was within two points."
        " “Hatfield is the whole ballgame,” the strategist said.",
        piece="ballgame",
    )
    assert speaker is None


def test_the_nurse_named_in_the_paragraph_is_still_hers() -> None:
    speaker = speaker_in(
        "A Republican strategist close to the Dunmore campaign, who spoke on the condition of"
        " anonymity to discuss internal polling, said the race was within two points.",
        VOTER,
        piece="parachute",
    )
    assert speaker == "Janet Kowalski"
