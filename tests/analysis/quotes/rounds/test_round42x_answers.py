"""Round 42x: a pronoun's quotation right after a host's question "asked" answers it ("“Do you
trust him?” Bolling asked. / “Not as far as I can throw him,” he replied."): the guest's words,
not the host's; a rhetorical question of someone the article calls no host stays theirs."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "Rep. Matt Gaines of Florida appeared on Newsmax with host Eric Bolling on Tuesday."


def test_he_replied_in_the_next_paragraph_is_the_guest() -> None:
    found = quotes(
        OPENING,
        "“Do you trust him?” Bolling asked.",
        "“Not as far as I can throw him,” he replied.",
    )
    assert speaker_of(found, "Do you trust him") == "Eric Bolling"
    assert speaker_of(found, "Not as far as") == "Matt Gaines"


def test_he_said_in_the_same_paragraph_is_the_guest() -> None:
    found = quotes(
        OPENING,
        "“Not as far as I can throw him,” Gaines said.",
        "“Why not?” Bolling asked. “Because he lied to us,” he said.",
    )
    assert speaker_of(found, "Why not") == "Eric Bolling"
    assert speaker_of(found, "Because he lied") == "Matt Gaines"


def test_a_rhetorical_question_of_the_guest_stays_his() -> None:
    found = quotes(OPENING, "“Why would I do that?” Gaines asked. “It makes no sense,” he said.")
    assert speaker_of(found, "It makes no sense") == "Matt Gaines"
