"""Round 46ah: a site with "the" opening a sentence ("At the bakery, …") names no one, as a named
place does; and a nephew, a niece or a grandson set beside their name after a comma ("Ruiz's
nephew, Tomas, …") is the sentence's subject, whom a "he" after it means."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

BEFORE = (
    "Mark Ellison, the company's chief executive, said it would appeal. “We will win,” he said."
)


def test_a_nephew_after_a_site_is_the_subject() -> None:
    speaker = speaker_in(
        BEFORE,
        "At the depot, Ruiz's nephew, Tomas, had parked his truck across the gate. He said he"
        " would stay. “Nobody moves,” he said.",
        piece="Nobody moves",
    )
    assert speaker is not None and "Tomas" in speaker


def test_a_grandson_opening_the_sentence_is_the_subject() -> None:
    speaker = speaker_in(
        BEFORE,
        "Ruiz's grandson, Tomas, had parked his truck across the gate. “Nobody moves,” he said.",
        piece="Nobody moves",
    )
    assert speaker is not None and "Tomas" in speaker


def test_at_the_time_still_reads_the_subject_after_it() -> None:
    speaker = speaker_in(
        "Gov. Ray Dunn signed the bill in March.",
        "At the time, Mayor Lena Ortiz opposed it. “It was rushed,” she said.",
        piece="It was rushed",
    )
    assert speaker == "Lena Ortiz"


def test_his_mother_after_a_site_and_her_son_is_the_mother() -> None:
    speaker = speaker_in(
        "Rosa Delgado has run the bakery on Main Street for 30 years.",
        "Dr. Ellen Park, an economist, said the town would shrink. “The jobs are gone,” Park said.",
        "At the bakery, Delgado's son Luis, who bakes the bread, is more blunt. “I'm looking at"
        " jobs in Austin,” he said.",
        "His mother laughed. “He says that every year,” she said.",
        piece="every year",
    )
    assert speaker == "Rosa Delgado"
