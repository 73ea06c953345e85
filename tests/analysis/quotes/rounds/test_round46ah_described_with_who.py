"""Round 46ah: "A retired welder who worked there for 35 years, Walt Kubiak, handed out flyers."
names its subject after the description's relative clause; a "he" after it means him."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_he_after_a_description_with_who_and_a_name_is_the_named() -> None:
    speaker = speaker_in(
        "The plant's owners want a new contract by June.",
        "A retired machinist who spent 30 years on the line, Gus Pilarski, stood by the gate"
        " with a sign. “We gave enough,” he said.",
        piece="We gave enough",
    )
    assert speaker == "Gus Pilarski"


def test_the_same_after_a_place_opening() -> None:
    speaker = speaker_in(
        "The plant's owners want a new contract by June.",
        "Outside the gate, a retired machinist who spent 30 years on the line, Gus Pilarski,"
        " held a sign. “We gave enough,” he said.",
        piece="We gave enough",
    )
    assert speaker == "Gus Pilarski"
