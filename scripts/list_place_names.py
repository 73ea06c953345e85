"""Ship the names of ISO 3166's countries and subdivisions, lower case, reproducibly.

pycountry ships ISO 3166 as JSON files of records (codes, types, parents, names): reading the
two files cost the analysis about 0.05 G instructions per process for the names alone. This script
writes those names (each country's name and common name, each subdivision's name), lower case
and sorted, to briefings/analysis/data/place_names.json, which `people/own_words/nature.py` reads.
tests/analysis/people/test_name_lists.py checks that the shipped file is what this script makes
from the installed pycountry.

Run: PYTHONPATH=. .venv/bin/python scripts/list_place_names.py
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "briefings/analysis/data/place_names.json"


def place_names() -> list[str]:
    """The countries' names and common names and the subdivisions' names, lower case, sorted."""
    countries = [(c.name, getattr(c, "common_name", c.name)) for c in pycountry.countries]
    names = [n for pair in countries for n in pair] + [s.name for s in pycountry.subdivisions]
    return sorted({name.lower() for name in names})


def main() -> None:
    names = place_names()
    OUT.write_text(json.dumps(names, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
