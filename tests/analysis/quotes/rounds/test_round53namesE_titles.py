"""Issue 15: a surname alone keeps the courtesy title the article writes before it, which tells
the speaker's gender ("Mrs Dalton said" is "Mrs Dalton", not "Dalton")."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    found = extract_quotes(ArticleText("Teachers plan another rally", paragraphs))
    return {q.text: q.speaker for q in found}


def test_a_titled_surname_keeps_its_title() -> None:
    got = _speakers(
        "Teachers will march on the capitol again next month.",
        "“We will be back, and there will be more of us,” Mrs. Dalton said.",
        "“Nobody is tired,” Dalton added.",
    )
    assert got == {
        "We will be back, and there will be more of us": "Mrs. Dalton",
        "Nobody is tired": "Mrs. Dalton",
    }


def test_a_mr_and_a_mrs_of_one_surname_each_keep_their_own() -> None:
    got = _speakers(
        "Teachers will march on the capitol again next month.",
        "“We will be back, and there will be more of us,” Mrs Dalton said.",
        "“We are not going away,” Mr Dalton said at a separate event.",
    )
    assert got == {
        "We will be back, and there will be more of us": "Mrs Dalton",
        "We are not going away": "Mr Dalton",
    }


def test_a_full_name_and_an_untitled_surname_stay_as_they_were() -> None:
    assert _speakers(
        "Ruth Dalton, a teacher, spoke at the rally.",
        "“We will be back,” Mrs Dalton said.",
    ) == {"We will be back": "Ruth Dalton"}
    assert _speakers("“We will be back,” Dalton said.") == {"We will be back": "Dalton"}
