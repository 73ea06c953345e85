"""Round 61 (personsAP): the job an apposition gives a styled name is its role, not the bare
style ("Dr Jane Hollis, a GP," → "GP"), and a job written as capitals ("GP", "MP") is no body."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText
from tests.analysis.people.passages import roles_in


def test_the_apposition_after_a_style_is_the_role() -> None:
    roles = roles_in("Dame Rosa Kettering, director of the Royal Ballet, said the tour was off.")
    assert roles == {"Rosa Kettering": "director of the Royal Ballet"}


def test_a_gp_is_a_role_and_no_organisation() -> None:
    found = extract_entities(ArticleText(None, ("Dr Jane Hollis, a GP, said she was worried.",)))
    assert [(e.kind, e.name, e.role) for e in found] == [("person", "Jane Hollis", "GP")]


def test_an_mp_in_capitals_is_no_organisation() -> None:
    found = extract_entities(ArticleText(None, ("Jane Hollis, an MP, said she was worried.",)))
    assert [(e.kind, e.name) for e in found] == [("person", "Jane Hollis")]
