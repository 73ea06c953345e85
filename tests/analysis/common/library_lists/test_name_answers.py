"""gender-guesser's answers: the detector's own, kept in the user's cache and made again when
the package or its dictionary changes."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
from gender_guesser.detector import Detector

from briefings.analysis.common.given_names.first_names import _DICTIONARY, dictionary_answers
from briefings.analysis.common.library_lists.name_answers import cache_file, cached_answers

ANSWERS = {"ann": "female", "bob": "male", "kim": "andy"}


def test_each_name_has_the_detectors_own_answer() -> None:
    detector = Detector(case_sensitive=False)  # gender-guesser's own reader
    answers = dictionary_answers()
    assert answers.keys() == detector.names.keys()
    assert all(answers[name] == detector.get_gender(name) for name in detector.names)


def test_the_file_is_the_one_the_detector_reads() -> None:
    class Reader(Detector):
        def _parse(self, filename: str) -> None:
            self.read = filename

    assert Path(Reader().read) == _DICTIONARY


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def dictionary(tmp_path: Path) -> Path:
    copy = tmp_path / "nam_dict.txt"
    copy.write_text("a few names\n")
    return copy


def _built() -> dict[str, str]:
    return dict(ANSWERS)


def _never() -> dict[str, str]:
    raise AssertionError("made again although kept")


def test_answers_are_kept_and_read_back(cache_home: Path, dictionary: Path) -> None:
    assert cached_answers(dictionary, _built) == ANSWERS
    kept = cache_file(dictionary)
    assert kept is not None and kept.parent == cache_home / "briefbot"
    assert cached_answers(dictionary, _never) == ANSWERS


def test_each_installed_dictionary_keeps_its_own(cache_home: Path, tmp_path: Path) -> None:
    # two environments on one machine, each with its copy of the package: neither makes the
    # other's answers again
    first, second = tmp_path / "one" / "nam_dict.txt", tmp_path / "two" / "nam_dict.txt"
    for copy in (first, second):
        copy.parent.mkdir()
        copy.write_text("a few names\n")
    assert cache_file(first) != cache_file(second)
    assert cached_answers(first, _built) == ANSWERS
    assert cached_answers(second, lambda: {"tom": "male"}) == {"tom": "male"}
    assert cached_answers(first, _never) == ANSWERS
    assert cached_answers(second, _never) == {"tom": "male"}


def test_a_changed_dictionary_makes_them_again(cache_home: Path, dictionary: Path) -> None:
    cached_answers(dictionary, _built)
    dictionary.write_text("more names than before\n")
    assert cached_answers(dictionary, lambda: {"tom": "male"}) == {"tom": "male"}
    assert cached_answers(dictionary, _never) == {"tom": "male"}


def test_another_version_of_the_package_makes_them_again(
    cache_home: Path, dictionary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached_answers(dictionary, _built)
    monkeypatch.setattr(importlib.metadata, "version", lambda _name: "99.0")
    assert cached_answers(dictionary, lambda: {"tom": "male"}) == {"tom": "male"}


def test_a_damaged_cache_is_made_again(cache_home: Path, dictionary: Path) -> None:
    cached_answers(dictionary, _built)
    kept = cache_file(dictionary)
    assert kept is not None
    kept.write_text('{"source": "x"')
    assert cached_answers(dictionary, _built) == ANSWERS
    assert cached_answers(dictionary, _never) == ANSWERS


def test_a_cache_folder_that_cannot_be_written_is_left_alone(
    tmp_path: Path, dictionary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert cached_answers(dictionary, _built) == ANSWERS
    assert cached_answers(dictionary, _built) == ANSWERS
