"""Round 48 (rolesD): a speaker's role is the job written next to the name: a name's "el" is part
of it ("his nephew Michery el Soheil" is Michery el Soheil, the nephew; was "Soheil", role
"nephew Michery el"), and a second job joined by "and the" that loses its work's title goes with
it ("a historian at Tulane University and the author of “The River Parishes”" → "historian at
Tulane University")."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText
from briefings.analysis.speech.roles import whole_role


def test_a_names_particle_el() -> None:
    article = ArticleText(
        None,
        (
            "Ahmed Helmy was on the flight, the Guardian reported.",
            "“We had called him just before he boarded and everything was fine,” his nephew"
            " Michery el Soheil added.",
        ),
    )
    assert [(q.speaker, q.speaker_role) for q in extract_quotes(article)] == [
        ("Michery el Soheil", "nephew")
    ]
    people = {e.name: e.role for e in extract_entities(article) if e.kind == "person"}
    assert people["Michery el Soheil"] == "nephew"


def test_a_second_job_that_lost_its_work_is_cut() -> None:
    article = ArticleText(
        None,
        (
            "The levee board’s vote on Monday was the latest fight over flood protection.",
            "As Linda Carrow, a historian at Tulane University and the author of “The River"
            " Parishes,” put it, “Every flood here is a fight over money.”",
        ),
    )
    found = extract_quotes(article)
    assert [(q.speaker, q.speaker_role) for q in found] == [
        ("Linda Carrow", "historian at Tulane University")
    ]
    assert whole_role("host of the podcast work and a former banker") == (
        "host of the podcast and a former banker"
    )
