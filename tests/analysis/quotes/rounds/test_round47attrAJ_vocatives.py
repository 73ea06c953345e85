"""Round 47 (attrAJ): a bare quotation that calls someone by name or title ("…, Senator.",
"…, Greta.") is not the words of the person so called, whom the quotation before it gives as
its speaker: it goes to no one; a name that is someone else's leaves the speaker as it was."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "Sen. Mark Halvorsen of Wyoming tangled with Energy Secretary Lorna Pike on Tuesday."
ASKED = "“What did a gallon of gas cost the day you took office?” Halvorsen asked."


def test_a_bare_answer_calling_the_asker_by_title_is_not_the_askers() -> None:
    found = quotes(OPENING, ASKED, "“I'd have to check the figure, Senator.”")
    assert speaker_of(found, "check the figure") is None


def test_a_bare_quotation_calling_the_speaker_by_name_is_not_theirs() -> None:
    found = quotes(OPENING, ASKED, "“I'd have to check the figure, Mark.”")
    assert speaker_of(found, "check the figure") is None


def test_a_bare_quotation_calling_someone_else_stays_the_speakers() -> None:
    found = quotes(OPENING, ASKED, "“I'll ask you again, Madam Secretary.”")
    assert speaker_of(found, "ask you again") == "Mark Halvorsen"
