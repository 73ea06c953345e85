"""Round 44: a "he" opening a paragraph after one that ends with someone asking a man whether
something is so ("Rep. Lauren Boyce … asked Hendry whether he had visited the border …. He said he
had not.") is the one asked, not the sheriff quoted two paragraphs up; a quote with a sentence of
its paragraph before it is not read so."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

SHERIFF = (
    "Sheriff Dale Keller of Cochise County told the committee that crossings had fallen by half. "
    "“It is quieter, not quiet,” Keller said."
)
ASKED = (
    "Rep. Lauren Boyce, a Democrat from Oregon, asked Hendry whether he had visited the border "
    "since his confirmation as deputy secretary. He said he had not."
)


def test_the_one_asked_in_the_paragraph_before_answers() -> None:
    found = quotes(SHERIFF, ASKED, "“I have been to El Paso twice,” he told the committee.")
    assert speaker_of(found, "It is quieter") == "Dale Keller"
    assert speaker_of(found, "I have been to El Paso") == "Hendry"


def test_a_paragraph_about_the_sheriff_keeps_him() -> None:
    found = quotes(
        SHERIFF,
        "Keller has run the county for a decade and plans to run again.",
        "“I have been to El Paso twice,” he told the committee.",
    )
    assert speaker_of(found, "I have been to El Paso") == "Dale Keller"
