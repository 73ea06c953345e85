"""Round 52 attrAO: campaign coverage in Washington long-form and conservative web style (a
supporter's aside after a name, a pronoun after a surname of no known gender, "the candidate")."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speaker(*paragraphs: str, piece: str) -> str | None:
    found = extract_quotes(ArticleText(None, paragraphs))
    return next(q.speaker for q in found if piece in q.text)


def test_a_full_name_past_its_short_appositive_is_the_subject_after_an_opener() -> None:
    # "a Whitcomb supporter" sets the name off; "former senator Dick Halvorsen" is the one who
    # "was blunter", whom the "he" after it means, not the candidate named before
    speaker = _speaker(
        "Sen. Harlan Whitcomb was second in the poll, and his pollster, Andrea Voss, disputed it.",
        "On MSNBC, former senator Dick Halvorsen, a Whitcomb supporter, was blunter. “Polls don’t"
        " vote,” he said. “People do.”",
        piece="Polls don’t vote",
    )
    assert speaker == "Dick Halvorsen"
