"""Round 46 (personsAC): a full name right after a verb of dancing and "with", or after
"partnered by", is a dancer's partner, a person, whatever lists hold its given name."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_name_danced_with_is_a_partner() -> None:
    assert "Matjaz Hrovatinec" in _people(
        "Chris Rowe will dance with Matjaz Hrovatinec this year.",
    )


def test_a_name_partnered_by_is_a_partner() -> None:
    assert "Bostjan Skrbinsek" in _people(
        "The former goalkeeper will be partnered by Bostjan Skrbinsek.",
    )
