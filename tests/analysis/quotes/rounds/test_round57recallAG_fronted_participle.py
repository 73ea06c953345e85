"""Round 57: a speech verb in "-ing" opening the sentence after "after", "while", "when" …
("After calling the plan “a disgrace,” Mayor Ann Ruiz walked out") has the main clause's subject
for its own: the words are that subject's, not left to no one."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_name_after_the_fronted_participle_speaks() -> None:
    found = quotes("After calling the plan “a disgrace,” Mayor Ann Ruiz walked out.")
    assert [(q.text, q.speaker) for q in found] == [("a disgrace", "Ann Ruiz")]


def test_a_full_quotation_after_a_fronted_participle() -> None:
    found = quotes("After saying “we will win,” Gov. Walter Dorsey left the stage.")
    assert [(q.text, q.speaker) for q in found] == [("we will win", "Walter Dorsey")]


def test_a_main_clause_with_no_person_leaves_no_one() -> None:
    found = quotes("After calling the plan “a disgrace,” the council voted it down.")
    assert [(q.text, q.speaker) for q in found] == [("a disgrace", None)]
