"""Round 47ai: at a briefing, "Another asked whether …. “We do,” he said" is the spokesman's answer:
"Another" who asks is no subject for the "he" after, as "A reporter asked" is not; "Another said"
still is someone not named."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

BRIEFING = (
    "At the briefing, spokesman Matthew J. Okafor was more guarded. A reporter asked whether"
    " sanctions were imminent. “I'm not going to preview any decisions,” Okafor said."
)


def test_the_answer_after_another_asked_is_the_spokesmans() -> None:
    speaker = speaker_in(
        BRIEFING + " Another asked whether the United States still recognized the negotiators."
        " “We do,” he said.",
        piece="We do",
    )
    assert speaker is not None and "Okafor" in speaker.split()


def test_another_who_says_is_still_someone_not_named() -> None:
    speaker = speaker_in(
        "Two deputies described the raid. Another said the door was open. “It was wide open,” he"
        " said.",
        piece="wide open",
    )
    assert speaker is None
