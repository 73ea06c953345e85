"""Round 57: a short phrase of time before an opening clause ("Last month, when I asked …,")
is read past like the clause itself: the main clause's subject speaks, and a speech verb inside
the opening clause reports nothing of the main clause's words."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_subject_after_a_time_phrase_and_a_when_clause_speaks() -> None:
    found = quotes(
        "Last month, when I asked Walter Dorsey if he would ever endorse Lisa Crane, he looked"
        " straight into my camera, furrowed his brow and said, “I'm going to endorse you!”",
    )
    assert [(q.text, q.speaker) for q in found] == [("I'm going to endorse you!", "Walter Dorsey")]


def test_a_speech_verb_of_the_opening_clause_gives_no_speaker() -> None:
    found = quotes(
        "Last month, after Crane asked about it, the council voted the plan “a disgrace.”",
    )
    assert [q.speaker for q in found] in ([], [None])


def test_a_name_before_a_when_aside_is_no_time() -> None:
    found = quotes("Dorsey, when asked, said “never.”")
    assert [(q.text, q.speaker) for q in found] == [("never", "Dorsey")]
