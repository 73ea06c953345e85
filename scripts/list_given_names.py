"""Ship gender-guesser's given names with the gender its detector gives each, reproducibly.

gender-guesser's `Detector(case_sensitive=False)` reads its 4 MB dictionary (nam_dict.txt: each
name with its frequency in some 50 countries) line by line: about 0.35 G instructions per process,
even compiled, for an answer per name the analysis asks without a country. This script asks the
detector that answer for every name of its table ("male", "mostly_male", "female",
"mostly_female", "andy") and writes the names of each answer, sorted, to
briefings/analysis/data/given_names.json, which `common/first_names.py` reads in a tenth of the
time. tests/analysis/common/test_given_names_table.py checks that the shipped file is what this
script makes from the installed gender-guesser.

Run: PYTHONPATH=. .venv/bin/python scripts/list_given_names.py
"""

from __future__ import annotations

import json
from pathlib import Path

from gender_guesser.detector import Detector

OUT = Path(__file__).resolve().parents[1] / "briefings/analysis/data/given_names.json"


def given_names() -> dict[str, list[str]]:
    """Each answer of the detector with the names (lower case) it gives it to, sorted."""
    detector = Detector(case_sensitive=False)
    by_gender: dict[str, list[str]] = {}
    for name in detector.names:
        by_gender.setdefault(str(detector.get_gender(name)), []).append(name)
    return {gender: sorted(names) for gender, names in sorted(by_gender.items())}


def main() -> None:
    table = given_names()
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{sum(map(len, table.values()))} names -> {OUT}")


if __name__ == "__main__":
    main()
