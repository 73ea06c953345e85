"""Names the news made common are no English words: the shipped list is the script's, and a
person named with one is a person."""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.people.own_words.nature import in_dictionary, is_thing_word
from briefings.analysis.results import ArticleText

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "list_undictionaried_words.py"


def test_the_shipped_list_is_the_one_the_script_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location("list_undictionaried_words", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    shipped = resources.files("briefings.analysis").joinpath("data/undictionaried_words.json")
    monkeypatch.setattr(script, "OUT", tmp_path / "made.json")
    script.main()
    assert json.loads((tmp_path / "made.json").read_text()) == json.loads(shipped.read_text())


def test_common_words_of_the_news_that_no_dictionary_holds_are_no_things() -> None:
    for name in ("Mourinho", "Obama", "Putin", "Facebook"):
        assert not in_dictionary(name) and not is_thing_word(name)
    for word in ("Report", "Business", "Theatre", "Favourite", "Radio"):
        assert in_dictionary(word) and is_thing_word(word)


def test_a_full_name_whose_surname_the_news_made_common_is_a_person() -> None:
    text = ArticleText(
        title="Chelsea",
        paragraphs=(
            "Chelsea's Jose Mourinho said: “We are not thinking about Arsenal.”",
            "Mourinho added that John Terry would be fit.",
        ),
    )
    found = {e.name: e for e in extract_entities(text)}
    assert found["Jose Mourinho"].kind == "person"
    assert found["Jose Mourinho"].mentions == 2
