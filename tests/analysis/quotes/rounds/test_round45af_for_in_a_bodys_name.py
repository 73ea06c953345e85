"""Round 45: a "for" inside a body's name after the body's word ("the Ohio Alliance for the
Mentally Ill", "Center for Rural Affairs") does not cut the subject: "Dana Pruett of the Ohio
Alliance for the Mentally Ill said" is Pruett's; a surname alone before such a body's name, or
a person's noun before "for", stays as it was."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_a_person_of_a_body_with_for_in_its_name_speaks() -> None:
    found = quotes(
        "Dana Pruett of the Ohio Alliance for the Mentally Ill said the cuts would leave families "
        "“with nowhere to turn.”"
    )
    assert speaker_of(found, "with nowhere to turn") == "Dana Pruett"


def test_the_body_with_for_in_its_name_speaks_whole() -> None:
    found = quotes(
        "The Center for Rural Affairs said the cuts would leave families “with nowhere to turn.”"
    )
    assert speaker_of(found, "with nowhere to turn") == "Center for Rural Affairs"


def test_a_surname_of_such_a_body_is_not_the_body() -> None:
    found = quotes(
        "Pruett of the Center for Rural Affairs said the cuts would leave families “with nowhere "
        "to turn.”"
    )
    assert speaker_of(found, "with nowhere to turn") != "Center for Rural Affairs"
