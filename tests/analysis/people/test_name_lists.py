"""The name lists read from the libraries' files hold what the libraries' own readers give."""

from __future__ import annotations

import names
import pycountry

from briefings.analysis.people.own_words.nature import _census_ranks, _place_names


def test_census_ranks_are_the_files_lines() -> None:
    with open(names.FILES["last"], encoding="ascii") as lines:
        rows = [line.split() for line in lines if line.strip()]
    expected = {row[0].lower(): int(row[3]) for row in rows}
    assert list(_census_ranks().items()) == list(expected.items())


def test_place_names_are_pycountrys() -> None:
    countries = [(c.name, getattr(c, "common_name", c.name)) for c in pycountry.countries]
    expected = [n for pair in countries for n in pair] + [s.name for s in pycountry.subdivisions]
    assert _place_names() == frozenset(n.lower() for n in expected)
