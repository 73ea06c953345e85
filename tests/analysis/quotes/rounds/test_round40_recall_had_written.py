"""Attribution round 40 (recall): "written" after "has", "have" or "had" is a speech verb ("As
the columnist Louella Parsons had written a few years earlier, “…”"); a document "written by"
someone still credits no one's words to the person before it."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_had_written_frames_the_quotation() -> None:
    (quote,) = quotes(
        "As the critic Harriet Vane had written a decade earlier, “No studio in town can make a"
        " picture without him.”"
    )
    assert quote.speaker == "Harriet Vane"


def test_a_document_written_by_someone_is_not_the_named_persons_words() -> None:
    (quote,) = quotes(
        "Rep. Gerald Finch opened the hearing by reading from an internal memo, written by a"
        " regional manager in Ohio, that described mail processing as “in a state of collapse.”"
    )
    assert quote.speaker is None
