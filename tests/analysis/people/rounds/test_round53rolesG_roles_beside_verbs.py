"""Round 53 (rolesG): the job written next to a name, not a verb, an adverb, a party, another's
office or a caption's words read into it: "most recently entertainer Spike Lee" → "entertainer",
"after they cast actor Michael B. Jordan" → "actor", "Democrat Elaine Marchetti, a former federal
prosecutor," → the prosecutor, "chatted with the former Treasury secretary, Mr. Effron held" → no
role; "county" and "retired" qualify a title; "developer Crystal Dynamics said" is a firm; a
relation yields to a job written after the name ("His daughter, Megan Lester, a nurse,")."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "He has won endorsements, most recently entertainer Spike Lee.",
            "Spike Lee",
            "entertainer",
        ),
        (
            "The vote ends with delegates formally nominating billionaire Donald Trump for president.",
            "Donald Trump",
            "billionaire",
        ),
        (
            "Jack Dorsey, recently named the company's chief executive, is out to prove it.",
            "Jack Dorsey",
            None,
        ),
    ],
)
def test_an_adverb_and_its_verb_are_no_part_of_a_job(
    paragraph: str, name: str, role: str | None
) -> None:
    assert roles_in(paragraph)[name] == role


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "Fans complained after they cast actor Michael B. Jordan as the Human Torch.",
            "Michael B. Jordan",
            "actor",
        ),
        (
            "They watched as host Tracee Ellis Ross led an evening of songs.",
            "Tracee Ellis Ross",
            "host",
        ),
    ],
)
def test_a_word_after_a_subject_pronoun_is_its_verb(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role


def test_a_party_before_a_name_yields_to_the_job_written_after_it() -> None:
    roles = roles_in(
        "Democrat Elaine Marchetti, a former federal prosecutor, and Republican Robert Dunmore"
        " have traded blame."
    )
    assert roles["Elaine Marchetti"] == "former federal prosecutor"
    assert roles["Robert Dunmore"] == "Republican"


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "After analysts chatted with the former Treasury secretary, Mr. Effron held a"
            " fund-raiser for Clinton.",
            "Mr. Effron",
            None,
        ),
        (
            "Mr. Ryan said the criticism of the judge, Gonzalo P. Curiel of United States District"
            " Court, was racist.",
            "Gonzalo P. Curiel",
            "judge",
        ),
        (
            "As a New York senator, Hillary Clinton voted in 2001 for the law.",
            "Hillary Clinton",
            "New York senator",
        ),
    ],
)
def test_a_prepositions_object_before_a_clauses_subject_is_another(
    paragraph: str, name: str, role: str | None
) -> None:
    assert roles_in(paragraph)[name] == role


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "Meanwhile, the county Republican Chairwoman Dana Prell has called every captain.",
            "Dana Prell",
            "county Republican Chairwoman",
        ),
        (
            "Carson hired a new campaign manager, retired Army general Bob Dees, last month.",
            "Bob Dees",
            "retired Army general",
        ),
    ],
)
def test_county_and_retired_qualify_a_title(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role


def test_a_developer_named_dynamics_is_a_firm() -> None:
    roles = roles_in(
        "Lara Croft is to star in a new Tomb Raider game, developer Crystal Dynamics said."
    )
    assert "Crystal Dynamics" not in roles


def test_words_run_together_in_a_caption_are_no_part_of_a_title() -> None:
    roles = roles_in(
        "Kasich And BushASSOCIATED PRESSOhio Gov. John Kasich answers a question at the debate."
    )
    assert roles["John Kasich"] == "Gov."


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("His daughter, Megan Lester, a nurse, has other worries.", "Megan Lester", "nurse"),
        ("His daughter, Megan Lester, a teacher, has other worries.", "Megan Lester", "teacher"),
        ("Her son, Ruben Saenz, said the family had been offered money.", "Ruben Saenz", "son"),
    ],
)
def test_a_relation_yields_to_a_job_written_after_the_name(
    paragraph: str, name: str, role: str
) -> None:
    assert roles_in(paragraph)[name] == role


def test_an_age_is_no_part_of_a_job() -> None:
    roles = roles_in(
        "In Macomb County, 23-year-old electrician Tyler Novak said neither party had won."
    )
    assert roles["Tyler Novak"] == "electrician"
