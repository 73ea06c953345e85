"""Round 57: a person's own document as the subject of a speech verb ("Ruiz’s statement said",
"Sanders’ fundraising email to his supporters notes that") gives the words to that person; a
body's ("The utility’s statement said") to no one."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_persons_statement_said() -> None:
    found = quotes(
        "Senator Ann Ruiz spoke on Monday.",
        "Ruiz’s statement said the plan “is a disaster for the valley.”",
    )
    assert [(q.text, q.speaker) for q in found] == [("is a disaster for the valley", "Ann Ruiz")]


def test_a_persons_email_to_supporters_notes_that() -> None:
    found = quotes(
        "Sen. Walter Dorsey is raising money for allies.",
        "Dorsey’s fundraising email to his supporters notes that Mayor Lisa Crane, who is running"
        " for the state Senate, “is a civil rights attorney who fought for fair wages.”",
    )
    assert [q.speaker for q in found] == ["Walter Dorsey"]


def test_a_bodys_statement_gives_no_one() -> None:
    found = quotes("The utility’s statement said the plan “is a disaster.”")
    assert [q.speaker for q in found] in ([], [None])
