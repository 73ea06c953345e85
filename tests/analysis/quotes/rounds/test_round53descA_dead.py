"""Round 53: a "he said" right after the sentence that tells someone's death ("… four years later,
Tommy was dead.") is not the dead man's: he says nothing now. No one is named rather than a guess;
"he once said" of the dead stays his."""

from __future__ import annotations

from briefings.analysis.results import FoundQuote
from tests.analysis.quotes.passages import quotes


def speaker_of(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


BROTHERS = (
    "Gerald Ashby talks often about his older brother, Tommy Ashby, a pilot who drank.",
    "“He was the fun one,” Gerald said. Tommy flew for an airline for a decade.",
    "In 1975, Tommy was the best man at his wedding. But the drinking went on, and four years"
    " later, Tommy was dead.",
)


def test_he_said_after_his_death_is_not_the_dead_man() -> None:
    found = quotes(*BROTHERS, "“Everybody loved him,” he said. “He was the opposite of me.”")
    assert speaker_of(found, "Everybody loved him") is None
    assert speaker_of(found, "opposite of me") is None


def test_he_once_said_stays_the_dead_mans() -> None:
    found = quotes(*BROTHERS, "“Flying is the only time I am sober,” he once said.")
    assert speaker_of(found, "only time I am sober") == "Tommy Ashby"
