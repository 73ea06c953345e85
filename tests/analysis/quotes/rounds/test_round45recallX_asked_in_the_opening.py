"""Round 45: the person asked in a sentence's opening clause ("When a reporter asked state
Treasurer Glen Maddox whether the state could afford it, he paused.") is whom its "he" means, and
so whom a "he said" after it means; a body asked is no one's subject."""

from __future__ import annotations

from briefings.analysis.quotes.resolution.pronouns.asked_openings import asked_in_the_opening
from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "The budget fight dragged on for a third week in the capital."


def test_the_one_asked_in_the_opening_clause_answers() -> None:
    found = quotes(
        OPENING,
        "When a reporter asked state Treasurer Glen Maddox whether the state could afford the "
        "plan, he paused. “Ask me again in a year,” he said.",
    )
    assert speaker_of(found, "Ask me again") == "Glen Maddox"


def test_the_one_asked_is_the_main_clauses_subject() -> None:
    toks = ["After", "an", "aide", "asked", "Dana", "Whitcomb", "about", "the", "vote", ","]
    toks += ["she", "laughed", "."]
    assert asked_in_the_opening(toks) == (4, "Dana Whitcomb")


def test_no_pronoun_after_the_opening_clause_asks_no_one() -> None:
    toks = ["When", "a", "reporter", "asked", "Dana", "Whitcomb", "about", "it", ","]
    toks += ["the", "room", "went", "quiet", "."]
    assert asked_in_the_opening(toks) is None
