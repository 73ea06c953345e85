"""Round 44x: a body reporting that someone said words ("Fox News reported that the candidate,
Maureen Atwell, said … that the wall was “…”") reports that person's words: theirs, not the
outlet's, as PolNeAR's gold reads an outlet's Source; a body's own words stay the body's. A
person's report of another's words was the reporter's here; since round 47 (issue 15) they are
the other's, told by the reporter (test_round47nestedA_nested_reports.py)."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "A Democratic Senate candidate in Arizona appears to have changed her tune on the wall."


def test_an_outlet_reporting_a_named_candidate_is_the_candidate() -> None:
    found = quotes(
        OPENING,
        "Fox News reported that the candidate, Maureen Atwell, said at a closed-door fundraiser"
        " that the wall was “not going anywhere, and frankly it works.”",
    )
    assert speaker_of(found, "not going anywhere") == "Maureen Atwell"


def test_an_outlet_reporting_what_she_had_told_donors_is_hers() -> None:
    found = quotes(
        OPENING,
        "CNN reported that Maureen Atwell had told donors the wall was “not going anywhere.”",
    )
    assert speaker_of(found, "not going anywhere") == "Maureen Atwell"


def test_a_person_reporting_another_gives_her_words_told_by_him() -> None:
    found = quotes(
        OPENING,
        "Gov. Ned Rusk said Maureen Atwell had told him the wall was “not going anywhere.”",
    )
    q = next(q for q in found if "not going anywhere" in q.text)
    assert (q.speaker, q.told_by) == ("Maureen Atwell", "Ned Rusk")


def test_an_outlet_with_no_one_speaking_after_it_stays_the_outlet() -> None:
    found = quotes(OPENING, "Fox News reported that the wall was “not going anywhere.”")
    assert speaker_of(found, "not going anywhere") != "Maureen Atwell"
