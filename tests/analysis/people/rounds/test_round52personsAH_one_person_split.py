"""Round 52 (personsAH): one person not listed twice. A bare two-word surname whose first word is
no given name ("Wasserman Schultz said" after "Debbie Wasserman Schultz") is the one named in
full; a surname never named in full, written bare and after one courtesy title ("President Obama
… Obama said … Mr. Obama added"), is one person; with a Mr and a Mrs of it, the bare one joins
neither. "Kellyanne" is a woman's name ("Ms. Conway" is Kellyanne Conway). A surname past a job
in commas that "said she" ("Karimi, executive director of …, said she") is a person's, so "Haleh
Karimi", of a first name no list holds, is listed."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> list[str]:
    return [e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"]


def test_a_bare_two_word_surname_is_the_one_named_in_full() -> None:
    people = _people(
        "Debbie Wasserman Schultz won her primary on Tuesday.",
        "“It was a long night,” Wasserman Schultz said.",
    )
    assert people == ["Debbie Wasserman Schultz"]


def test_a_given_name_and_a_surname_stay_a_full_name() -> None:
    people = _people(
        "Sarah Jessica Parker has a new film out.",
        "Jessica Parker said the city was great.",
    )
    assert "Jessica Parker" in people


def test_a_bare_surname_and_the_same_after_mr_are_one_person() -> None:
    people = _people(
        "President Obama met the leaders on Tuesday. “We will act,” Obama said.",
        "Mr. Obama added that he would return.",
    )
    assert len(people) == 1 and people[0] in ("Obama", "Mr. Obama")


def test_a_titled_surname_first_then_bare_is_one_person() -> None:
    people = _people(
        "Mrs Hale said the library would close in March.",
        "Hale said she had written to the council.",
    )
    assert len(people) == 1


def test_a_bare_surname_beside_a_mr_and_a_mrs_joins_neither() -> None:
    people = _people(
        "Mr Dalton said the farm was lost. Mrs Dalton said she agreed.",
        "Dalton said he would sell.",
    )
    assert {"Mr Dalton", "Mrs Dalton"} <= set(people) and len(people) == 3


def test_a_surname_past_a_job_in_commas_who_said_she_makes_the_full_name_a_person() -> None:
    people = _people(
        "Haleh Karimi can barely believe she gets to live in the city.",
        "Karimi, executive director of Interfaith Paths to Peace, said she hopes the world"
        " remembers his call for unity.",
    )
    assert people == ["Haleh Karimi"]


def test_a_body_past_a_job_in_commas_that_said_it_is_no_person() -> None:
    people = _people(
        "Haleh Karimi can barely believe the news.",
        "Karimi, parent company of the chain, said it would close the stores.",
    )
    assert people == []


def test_ms_after_kellyanne_is_the_one_named_in_full() -> None:
    people = _people(
        "Donald Trump hired Kellyanne Conway as his campaign manager.",
        "Ms. Conway said the campaign would focus on the economy.",
    )
    assert people == ["Donald Trump", "Kellyanne Conway"]
