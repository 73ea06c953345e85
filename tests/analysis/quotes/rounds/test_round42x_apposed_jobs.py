"""Round 42x: a description with a name in apposition whose job holds a body's initials ("“I did,”
the witness, former FBI agent Kyle Moss, responded.") is the named person, not the questioner
quoted before."""

from __future__ import annotations

import pytest

from briefings.analysis.speech.name_shapes import appositive_name
from tests.analysis.quotes.passages import quotes, speaker_of


@pytest.mark.parametrize("job", ["former FBI agent", "FBI agent", "former agent"])
def test_the_witness_named_in_apposition_answers(job: str) -> None:
    found = quotes(
        "Rep. Jim Jordan asked the question. “Did you sign the order?” Jordan asked.",
        f"“I did,” the witness, {job} Kyle Moss, responded.",
    )
    assert speaker_of(found, "Did you sign") == "Jim Jordan"
    assert speaker_of(found, "I did") == "Kyle Moss"


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
