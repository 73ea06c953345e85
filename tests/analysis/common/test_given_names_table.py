"""The shipped given names are gender-guesser's: what its detector answers for each name."""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

from gender_guesser.detector import Detector

from briefings.analysis.common.first_names import _answer, given_name_gender, is_given_name

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "list_given_names.py"


def test_the_shipped_table_is_the_one_the_script_makes_from_gender_guesser() -> None:
    spec = importlib.util.spec_from_file_location("list_given_names", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    shipped = resources.files("briefings.analysis").joinpath("data/given_names.json")
    assert json.loads(shipped.read_text(encoding="utf-8")) == script.given_names()


def test_each_name_gets_the_answer_gender_guessers_detector_gives() -> None:
    detector = Detector(case_sensitive=False)
    absent = ["Zzyzx", "Sven-Goran", "Obama", "", "İlker"]
    for name in [*detector.names, *(n.title() for n in list(detector.names)[::50]), *absent]:
        assert _answer(name) == detector.get_gender(name), name


def test_given_names_and_their_gender() -> None:
    assert given_name_gender("Tom") == "m" and given_name_gender("Andrea") == "f"
    assert given_name_gender("Margaret") == "f" and given_name_gender("Kim") is None
    assert is_given_name("Kim") and is_given_name("Sven-Goran") and not is_given_name("Jean Pierre")
    assert not is_given_name("Zzyzx") and not is_given_name("tom")
