"""The people found in a short passage, as the people tests read them."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText

__all__ = ["people_in", "roles_in"]


def people_in(*paragraphs: str) -> set[str]:
    """The names of the people found in an article of these paragraphs (no title)."""
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def roles_in(*paragraphs: str) -> dict[str, str | None]:
    """The role given to each person found in an article of these paragraphs (no title)."""
    found = extract_entities(ArticleText(None, paragraphs))
    return {e.name: e.role for e in found if e.kind == "person"}
