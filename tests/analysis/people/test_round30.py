"""Round 30: British copy of our own (people whose given name no list holds or whose surname ends a
place's name, a French particle, and works, horses and products named like people)."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _roles(*paragraphs: str) -> dict[str, str | None]:
    return {
        e.name: e.role
        for e in extract_entities(ArticleText(None, paragraphs))
        if e.kind == "person"
    }


def test_a_french_particle_des_joins_the_surname() -> None:
    roles = _roles("Louvre director Laurence des Cars had warned of overcrowding.")
    assert set(roles) == {"Laurence des Cars"}


def test_a_job_holders_given_name_no_list_holds() -> None:
    roles = _roles(
        "Manchester City beat Brentford 2-1.",
        "Manager Pep Guardiola said his side had shown character.",
        "City assistant Pep Lijnders said Rodri was close to fitness.",
    )
    assert roles["Pep Guardiola"] == "Manager"
    assert "Pep Lijnders" in roles
    # a verb is no job, a demonym no given name, capitals no name's
    assert not _roles("The force will assist Kurdish Peshmerga in the north.")
    assert not _roles("The Range owner CDS Superstores has bought the brand.")


def test_a_surname_like_a_places_in_an_apposition_that_speaks() -> None:
    roles = _roles("ITV's head of drama, Polly Hill, said the series had been much loved.")
    assert set(roles) == {"Polly Hill"}
    assert not _roles("Its owner, William Hill, said its profits had fallen.")
