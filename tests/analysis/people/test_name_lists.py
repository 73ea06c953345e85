"""The name lists read from the libraries' files hold what the libraries' own readers give."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import names
import pycountry
from gender_guesser.detector import Detector

from briefings.analysis.common.given_names.first_names import _Dictionary
from briefings.analysis.people.own_words.nature import (
    RARE_SURNAME_RANK,
    _a_rare_surname,
    _census_by_rank,
    _place_names,
    read_place_names,
)

CENSUS_SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "list_census_surnames.py"


def _census_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("list_census_surnames", CENSUS_SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def test_the_shipped_census_surnames_are_the_files_lines_in_rank_order() -> None:
    with open(names.FILES["last"], encoding="ascii") as lines:
        rows = [line.split() for line in lines if line.strip()]
    expected = {row[0].lower(): int(row[3]) for row in rows}
    made = _census_script().census_surnames()
    assert {surname: rank for rank, surname in enumerate(made, 1)} == expected
    assert _census_by_rank() == made  # the shipped file is the script's


def test_rare_surnames_are_those_ranked_after_the_threshold() -> None:
    by_rank = _census_by_rank()
    last_common, first_rare = by_rank[RARE_SURNAME_RANK - 1], by_rank[RARE_SURNAME_RANK]
    assert not _a_rare_surname(last_common.title()) and _a_rare_surname(first_rare.title())
    assert not _a_rare_surname("Smith") and not _a_rare_surname("Report")
    assert _a_rare_surname("Market")  # "a few hundred people"


def test_place_names_are_pycountrys() -> None:
    countries = [(c.name, getattr(c, "common_name", c.name)) for c in pycountry.countries]
    expected = [n for pair in countries for n in pair] + [s.name for s in pycountry.subdivisions]
    assert _place_names() == frozenset(n.lower() for n in expected)
    assert read_place_names() == {"names": sorted({n.lower() for n in expected})}


def test_place_names_are_kept_in_the_users_cache(tmp_path: Path) -> None:
    # kept in the user's cache by the first process, read back from it by the second
    code = (
        "import sys\n"
        "from briefings.analysis.people.own_words.nature import _place_names, is_place_name\n"
        "print(is_place_name('Nova Scotia'), len(_place_names()) > 5000)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for _ in range(2):
        run = subprocess.run(
            [sys.executable, "-W", "ignore", "-c", code], env=env, capture_output=True, text=True
        )
        assert run.stdout.split() == ["True", "True"]
    (kept,) = (tmp_path / "cache" / "briefbot").glob("pycountry-lists-*.json")
    assert "nova scotia" in kept.read_text(encoding="utf-8")


def test_given_names_are_gender_guessers_table() -> None:
    ours = _Dictionary(case_sensitive=False).names
    theirs = Detector(case_sensitive=False).names
    # the genders in the same order too: the first of equally popular ones wins
    assert [(k, list(v.items())) for k, v in ours.items()] == [
        (k, list(v.items())) for k, v in theirs.items()
    ]
