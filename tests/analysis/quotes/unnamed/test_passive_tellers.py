"""Passive speech verbs (round 26, long-form newspaper reporting): words someone was told are the
teller's, not the hearer's; a subject something was offered to is not a speaker."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

LUJAN = "Another supervisor, Tom Lujan, was less certain."


def speaker(*paragraphs: str) -> str | None:
    return extract_quotes(ArticleText(None, paragraphs))[-1].speaker


def test_what_the_subject_was_told_by_a_body_goes_to_no_one() -> None:
    assert (
        speaker(
            f"{LUJAN} He said he had raised questions in 2022 and been told by Adair’s office that"
            " the contracts were “standard procurement.”"
        )
        is None
    )


def test_what_the_subject_was_told_by_a_named_person_is_that_persons() -> None:
    assert (
        speaker(
            f"{LUJAN} He said he had been told by Treasurer Glenn Adair that the contracts were"
            " “standard procurement.”"
        )
        == "Glenn Adair"
    )


def test_what_the_subject_told_others_stays_the_subjects() -> None:
    assert speaker("Tom Lujan told reporters the contracts were “standard procurement.”") == (
        "Tom Lujan"
    )


def test_the_hearer_of_words_told_by_someone_not_named_is_whom_the_next_he_means() -> None:
    assert (
        speaker(
            f"{LUJAN} He said he had raised questions in 2022 and been told by Adair’s office that"
            " the contracts were “standard procurement.”",
            "“I asked the right questions,” he added.",
        )
        == "Tom Lujan"
    )


def test_the_subject_of_a_passive_speech_verb_is_not_its_speaker() -> None:
    assert (
        speaker(
            "Ruben Saenz said the family had been offered $8,000 for land worth “many times that.”"
        )
        == "Ruben Saenz"
    )
