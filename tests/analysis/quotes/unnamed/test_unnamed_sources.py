"""Sources the article does not name (round 27, Washington long-form style): "the operative said"
after "a Democratic operative who has worked in the county … said" is that operative, not the
person quoted last."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

ORTIZ = (
    "At the next table, Raymond Ortiz, a 34-year-old nurse, said he planned to vote for Clinton."
    " “She’s the adult in the room,” he said."
)


def speaker(*paragraphs: str) -> str | None:
    return extract_quotes(ArticleText(None, paragraphs))[-1].speaker


def test_the_description_of_a_source_introduced_without_a_name_is_no_one() -> None:
    assert (
        speaker(
            ORTIZ,
            "Democrats hold a registration edge, but a Democratic operative who has worked in the"
            " county for two decades said the campaign had been slow to open offices.",
            "“We’re playing catch-up, and everybody knows it,” the operative said.",
        )
        is None
    )


def test_a_source_quoted_first_then_described_is_no_one() -> None:
    assert (
        speaker(
            ORTIZ,
            "“We’re playing catch-up,” said a Democratic operative in the county, who spoke on"
            " the condition of anonymity.",
            "“It is a problem,” the operative said.",
        )
        is None
    )


def test_the_description_still_means_the_named_person_it_is_the_role_of() -> None:
    assert (
        speaker(
            "Raymond Ortiz, a nurse at the county hospital, said the wards were full.",
            "“We are stretched thin,” the nurse said.",
        )
        == "Raymond Ortiz"
    )
