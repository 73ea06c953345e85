"""Round 48 (rolesD): a description set before a name's comma is read when it opens the sentence
("Nebraska’s solicitor general, Lorna Baptiste," → the whole job, not "general"), and an aim
gives the name no job ("Backing Jeb Bush for president, Mike Murphy,"). Round 50 (rolesE): a job
joined by "for", "of" or "to" to an office the article names here first gives the name the office
the apposition renames ("A spokeswoman for the governor, Nicole Ambrose," alone → "governor"; after
"Gov. Alan Brenner" she is the spokeswoman: tests/…/test_round50rolesE_served_office.py)."""

from __future__ import annotations

import pytest

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _roles(*paragraphs: str) -> dict[str, str | None]:
    found = extract_entities(ArticleText(None, paragraphs))
    return {e.name: e.role for e in found if e.kind == "person"}


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "Nebraska’s solicitor general, Lorna Baptiste, told the justices the farmers had lost.",
            "Lorna Baptiste",
            "Nebraska’s solicitor general",
        ),
        (
            "A spokeswoman for the governor, Nicole Ambrose, said the remarks were out of context.",
            "Nicole Ambrose",
            "governor",
        ),
        (
            "An adviser to the president, John Haskell, said the talks went well.",
            "John Haskell",
            "president",
        ),
        ("Backing Jeb Bush for president, Mike Murphy, raised millions.", "Mike Murphy", None),
        # "to" or "of" after a word that is no job: the name is the description's
        (
            "Kittredge walked out, according to the pastor, the Rev. James Olander, who was there.",
            "James Olander",
            "pastor",
        ),
        (
            "Pryce has spoken to the company’s chief executive, Ron Delacorte, several times.",
            "Ron Delacorte",
            "company’s chief executive",
        ),
        (
            "Her husband, Ed Kowalski, said he was leaning toward the mayor.",
            "Ed Kowalski",
            "husband",
        ),
    ],
)
def test_a_description_before_a_names_comma(paragraph: str, name: str, role: str | None) -> None:
    assert _roles(paragraph)[name] == role
