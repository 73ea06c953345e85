"""PolNeAR gold, round 36: an outlet's Source gives the person its sentence reports as speaking."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.quotes import quotes_polnear
from tests.evaluation.quotes.polnear_gold import gold_speakers


def _gold(tmp_path: Path, text: str, source: str, reading: str) -> list[str | None]:
    """The gold speakers of `text` (title line first) whose one quotation is the Content of
    `source`."""
    return gold_speakers(tmp_path, text, text.index(source), source, reading)


@pytest.mark.parametrize(
    ("text", "source", "new", "old"),
    [
        (  # the outlet reports a person's words: the person
            "Title\nDonald Trump spoke first.\nOn Monday, Trump said he was “happy to see” the"
            " result, according to The New York Times.\n",
            "The New York Times",
            "Trump",
            "Times",
        ),
        (  # a name naming an organisation as the Source: the person its sentence reports
            "Title\nPastor Kevin Swanson spoke on Monday.\nSwanson slammed the scouts for"
            " promoting “lesbianism and abortion” on his show, Right Wing Watch first reported.\n",
            "Right Wing Watch",
            "Swanson",
            "Watch",
        ),
        (  # the reporting clause's name, not the first name of the sentence
            "Title\nAs for the primary, “Trump will lose badly,” Senator Ann Ray said, CNN"
            " reported.\n",
            "CNN",
            "Ray",
            "CNN",
        ),
        (  # no person in its sentence: the outlet stays the speaker
            "Title\nThe Daily Herald called the plan “a disgrace to the city.”\n",
            "The Daily Herald",
            "Herald",
            "Herald",
        ),
        (  # a person of the outlet is that person
            "Title\nThe New Republic’s Jeet Heer sees the piece as “aristocratic conservatism.”\n",
            "The New Republic’s Jeet Heer",
            "Heer",
            "Heer",
        ),
        (  # a possessive or a name after a preposition is not who speaks
            "Title\nTrump’s aides said Mr. Obama had been wrong; Maria Lopez was “very upset”"
            " about it, NBC reported.\n",
            "NBC",
            "Lopez",
            "NBC",
        ),
    ],
)
def test_an_outlets_source_gives_the_person_it_reports(
    tmp_path: Path, text: str, source: str, new: str, old: str
) -> None:
    assert _gold(tmp_path, text, source, "round36") == [new]
    assert _gold(tmp_path, text, source, "round35") == [old]


def test_the_old_readings_stay_available() -> None:
    assert quotes_polnear.READINGS[1:3] == ("round36", "round35")
    assert {"round12", "round11"} <= set(quotes_polnear.READINGS)
