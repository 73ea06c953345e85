"""Round 56 attrAS: English-language outlets of India, Australia, Canada, South Africa, Singapore
and the Gulf, a UN noon briefing and a think tank's commentary (offices written capitalised,
names written family name first)."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_the_secretary_general_is_an_office_not_a_name() -> None:
    # "Secretary-General" is one capitalised word, but an office (as "Director-General",
    # "Attorney-General"): "the Secretary-General" means the one named as holding it
    speaker = speaker_in(
        "The Secretary-General, António Guterres, arrived in Bali this morning.",
        "Spokesman: As the Secretary-General has said repeatedly, “there is no military solution"
        " to this conflict.”",
        piece="no military solution",
    )
    assert speaker == "António Guterres"


def test_a_name_set_beside_a_capitalised_office_opening_the_sentence_is_its_subject() -> None:
    # "The Foreign Minister, Penny Wong, arrived": Wong is whom the "she" after it means
    speaker = speaker_in(
        "The Foreign Minister, Penny Wong, arrived in Bali this morning. Speaking to reporters,"
        " she said: “The climate crisis is not waiting for anyone.”",
        piece="climate crisis",
    )
    assert speaker == "Penny Wong"
