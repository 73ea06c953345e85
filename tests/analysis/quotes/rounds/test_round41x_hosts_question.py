"""Round 41x: a bare quotation after a host's or an anchor's question ("“Would you do it again?”
host Maria Bartiromo asked. “In a heartbeat.”") is the guest's answer, not more of the host's
words; a speaker's own question goes on as theirs ("“Why would I do that?” Dunmore asked. “It
makes no sense.”")."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "Gov. Rick Dunmore defended his decision on Fox Business on Monday."


def test_the_answer_after_a_hosts_question_is_not_the_hosts() -> None:
    found = quotes(
        OPENING, "“Would you do it again?” host Maria Bartiromo asked. “In a heartbeat.”"
    )
    assert speaker_of(found, "Would you do it again") == "Maria Bartiromo"
    assert speaker_of(found, "In a heartbeat") is None


def test_a_speakers_own_question_goes_on_as_theirs() -> None:
    found = quotes(OPENING, "“Why would I do that?” Dunmore asked. “It makes no sense.”")
    assert speaker_of(found, "It makes no sense") == "Rick Dunmore"


def test_a_hosts_statement_goes_on_as_the_hosts() -> None:
    found = quotes(OPENING, "“That is a lot,” host Maria Bartiromo said. “Nobody expected it.”")
    assert speaker_of(found, "Nobody expected it") == "Maria Bartiromo"
