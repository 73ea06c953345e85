"""Round 44 (wire copy): "the first official", "the second official" or "the other official",
of two officials of one agency named before, tells them apart by an order the salience of names
does not know: no one, rather than the official named last; and a "he" after a sentence whose
subject is "the first official" goes to no one too. "The first lady" is a title, read as before."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

TWO_OFFICIALS = (
    "Tim Arel-Simms, the FAA’s chief operating officer, told the committee that controllers had"
    " followed procedures. “The system worked as designed,” Arel-Simms said.",
    "Minutes later, David Boulter-Ross, the agency’s associate administrator for safety, said the"
    " episode showed the limits of staffing. “We got lucky,” Boulter-Ross said.",
)


def test_the_first_official_said_is_no_one() -> None:
    found = quotes(
        *TWO_OFFICIALS, "“Procedures held, and margins were thin,” the first official said."
    )
    assert speaker_of(found, "We got lucky") == "David Boulter-Ross"
    assert speaker_of(found, "margins were thin") is None  # not Boulter-Ross, named last


def test_the_other_official_said_is_no_one() -> None:
    found = quotes(
        *TWO_OFFICIALS, "“Procedures held, and margins were thin,” the other official said."
    )
    assert speaker_of(found, "margins were thin") is None


def test_a_he_after_the_first_official_as_subject_is_no_one() -> None:
    found = quotes(
        *TWO_OFFICIALS,
        "The first official said both could be true. “Procedures held, and margins were thin,”"
        " he said.",
    )
    assert speaker_of(found, "margins were thin") is None


def test_the_first_lady_is_still_a_title() -> None:
    found = quotes(
        "First lady Jill Biden visited the school on Monday. “Teachers are the heart of it,” the"
        " first lady said.",
    )
    assert speaker_of(found, "heart of it") == "Jill Biden"
