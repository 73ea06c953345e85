"""Round 52: words "chanting" gives a crowd ("where about 50 protesters had gathered, chanting
“…”") are the crowd's, no one named, though the sentence opens with a person; a person chanting
with no crowd nearer keeps them."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_protesters_chanting_are_no_one_named() -> None:
    found = quotes(
        "Governor Lena Ortiz spoke down the street from the casino, where about 50 protesters"
        " had gathered on Wednesday morning, chanting “no contract, no peace” after the talks"
        " failed."
    )
    assert [(q.text, q.speaker) for q in found] == [("no contract, no peace", None)]


def test_a_person_chanting_keeps_the_words() -> None:
    found = quotes(
        "Senator Ann Hale marched at the front, chanting “no justice, no peace” as she went."
    )
    assert [(q.text, q.speaker) for q in found] == [("no justice, no peace", "Ann Hale")]
