"""Ship the US Census Bureau's 1990 surnames, lower case and by rank, reproducibly.

The `names` package ships the list as a 3 MB text file (each line a surname, two shares of the
people and its rank): reading it cost the analysis about 0.19 G instructions per process. This
script writes its surnames, in the file's order (its rank: the most borne first), to
briefings/analysis/data/census_surnames.json, which `people/own_words/nature.py` reads in a
fraction of that. tests/analysis/people/test_name_lists.py checks that the shipped file is what
this script makes from the installed `names`.

Run: PYTHONPATH=. .venv/bin/python scripts/list_census_surnames.py
"""

from __future__ import annotations

import json
from pathlib import Path

import names

OUT = Path(__file__).resolve().parents[1] / "briefings/analysis/data/census_surnames.json"


def census_surnames() -> list[str]:
    """The census surnames, lower case, in the order of their ranks (1, 2, ...)."""
    with open(names.FILES["last"], encoding="ascii") as file:
        rows = [line.split() for line in file if line.strip()]
    if [int(row[3]) for row in rows] != list(range(1, len(rows) + 1)):
        raise ValueError(f"unexpected census file (not one line a rank): {names.FILES['last']}")
    return [row[0].lower() for row in rows]


def main() -> None:
    surnames = census_surnames()
    OUT.write_text(json.dumps(surnames, indent=0) + "\n", encoding="utf-8")
    print(f"{len(surnames)} surnames -> {OUT}")


if __name__ == "__main__":
    main()
