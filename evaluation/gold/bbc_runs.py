"""The BBC evaluations' command: score each half of the labels, print the figures, record a whole run."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluation.gold.bbc_labels import TUNED_ONLY, LabelledArticle, halves, load

Scorer = Callable[[list[LabelledArticle], list[str] | None], dict[str, Any]]


def run_halves(
    description: str, score: Scorer, line: Callable[[dict[str, Any]], str], results: Path
) -> None:
    """Parse `--errors` and `--half`, score the halves chosen and print `{half:9} {line(figures)}`.

    `--errors` (the tuned half only) prints every error `score` lists first; a run of all halves
    writes the figures to `results`, which a run of one half leaves as it is."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--errors", action="store_true", help="print every error")
    parser.add_argument(
        "--half", choices=("all", "tuned", "held_out"), default="all", help="the halves scored"
    )
    args = parser.parse_args()
    if args.errors and args.half != "tuned":
        parser.error(TUNED_ONLY)
    split = halves(load())
    result = {}
    for half, docs in split.items():
        if args.half not in ("all", half):
            continue
        errors: list[str] | None = [] if args.errors else None
        result[half] = score(docs, errors)
        for error in errors or []:
            print(error)
    for half, figures in result.items():
        print(f"{half:9} {line(figures)}")
    if args.half == "all":  # a whole run: what `python -m evaluation` records
        results.parent.mkdir(parents=True, exist_ok=True)
        results.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
