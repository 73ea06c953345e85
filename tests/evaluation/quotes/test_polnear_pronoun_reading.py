"""PolNeAR gold, round 37: a titled name reported about after a speech verb is no he / she's."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.quotes import quotes_polnear
from evaluation.quotes.polnear.pronouns import reported_about
from tests.evaluation.quotes.polnear_gold import gold_speakers


def _gold(tmp_path: Path, text: str, reading: str) -> list[str | None]:
    """The gold speakers of `text` (title line first) whose one quotation is the Content of the
    pronoun right after it (“…,” he said)."""
    at = text.index("”") + 2  # “…,” he said: the pronoun after the closing mark and a space
    return gold_speakers(tmp_path, text, at, text[at:].split()[0], reading)


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        (  # the subject of the clause he reports is spoken about, not speaking
            "Title\nDonald Trump spoke on Sunday. Mr. Coffman, a Republican, spoke on Monday. Mr. Coffman said Mr. Trump had"
            " disrespected the troops.\n“I am deeply offended,” he said.\n",
            "Coffman",
            "Trump",
        ),
        (  # "said that" and a woman's title: the same
            "Title\nAnn Lane wrote the budget. Ms. Ray, the mayor, met voters. Ms. Ray said that Mrs. Lane was wrong about"
            " the budget. “We will balance it,” she said.\n",
            "Ray",
            "Lane",
        ),
        (  # "that" after a noun, not a speech verb: the titled name stays a candidate
            "Title\nHillary Clinton spoke. Ms. Ray spoke first. There is also the possibility that Mrs. Clinton, if"
            " elected, might nominate him. “What a great idea,” she said.\n",
            "Clinton",
            "Clinton",
        ),
        (  # the titled name opens its own sentence: a subject as before
            "Title\nMr. Coffman said the vote was close. Mr. Trump disagreed.\n“It was not close"
            " at all,” he said.\n",
            "Trump",
            "Trump",
        ),
    ],
)
def test_a_titled_name_reported_about_is_no_pronouns(
    tmp_path: Path, text: str, new: str, old: str
) -> None:
    assert _gold(tmp_path, text, "round37") == [new]
    assert _gold(tmp_path, text, "round36") == [old]


def test_reported_about_needs_a_speech_verb_and_a_title() -> None:
    text = "He said Mr. Trump had won; the chance that Mr. Lew had won; said Trump had won."
    assert reported_about(text, text.index("Trump"))
    assert not reported_about(text, text.index("Lew"))
    assert not reported_about(text, text.rindex("Trump"))


def test_the_old_readings_stay_available() -> None:
    assert quotes_polnear.READINGS[:3] == ("round37", "round36", "round35")
