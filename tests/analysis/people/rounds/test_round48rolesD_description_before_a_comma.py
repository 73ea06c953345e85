"""Round 48 (rolesD): a description set before a name's comma is read when it opens the sentence
("Nebraska’s solicitor general, Lorna Baptiste," → the whole job, not "general"), and a job joined
by "for", "of" or "to" to another's office gives the name neither ("A spokeswoman for the
governor, Nicole Ambrose," is no governor: no role), nor does an aim ("Backing Jeb Bush for
president, Mike Murphy,")."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


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
            None,
        ),
        (
            "An adviser to the president, John Haskell, said the talks went well.",
            "John Haskell",
            None,
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
    assert roles_in(paragraph)[name] == role
