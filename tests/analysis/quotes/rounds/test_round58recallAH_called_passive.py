"""Round 58: words a passive naming verb calls its subject are said of that subject, not by it
("After Mayor Ann Ruiz was called “a disgrace,” the council voted"): no one's, unless "by" names
who called her so."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def _speaker(sentence: str) -> str | None:
    return quotes("Walter Dorsey chairs the council.", sentence)[-1].speaker


def test_a_passive_naming_verb_gives_its_subject_no_words() -> None:
    assert _speaker("After Mayor Ann Ruiz was called “a disgrace,” the council voted.") is None
    assert _speaker("Mayor Ann Ruiz has been labeled “a disgrace” on social media.") is None


def test_the_agent_or_an_active_verb_still_speaks() -> None:
    assert _speaker("Mayor Ann Ruiz was called “a disgrace” by Mark Ellison.") == "Mark Ellison"
    assert _speaker("Mayor Ann Ruiz called the plan “a disgrace.”") == "Ann Ruiz"
