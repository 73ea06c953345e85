"""Round 42x: a description with a name in apposition whose job holds a body's initials ("“I did,”
the witness, former FBI agent Kyle Moss, responded.") is the named person, not the questioner
quoted before."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote
from briefings.analysis.speech.name_shapes import appositive_name


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


@pytest.mark.parametrize("job", ["former FBI agent", "FBI agent", "former agent"])
def test_the_witness_named_in_apposition_answers(job: str) -> None:
    found = quotes(
        "Rep. Jim Jordan asked the question. “Did you sign the order?” Jordan asked.",
        f"“I did,” the witness, {job} Kyle Moss, responded.",
    )
    assert _speaker(found, "Did you sign") == "Jim Jordan"
    assert _speaker(found, "I did") == "Kyle Moss"


@pytest.mark.parametrize(
    ("appositive", "name"),
    [
        ("CIA officer Dana Pruitt", "Dana Pruitt"),
        ("former FBI agent Kyle Moss", "Kyle Moss"),
        ("FBI Director James Comey", None),  # a title, read elsewhere
        ("the FBI", None),
        ("former GOP chairman and the FBI", None),
    ],
)
def test_a_job_with_initials_before_a_name(appositive: str, name: str | None) -> None:
    assert appositive_name(appositive) == name
