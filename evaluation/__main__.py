"""Run every evaluation in turn: `python -m evaluation [NAME ...]`; figures go to evaluation/results/."""

from __future__ import annotations

import runpy
import sys
import time

EVALUATIONS = (
    "seed_quotes",
    "seed_people",
    "seed_events",
    "quotes_polnear",
    "quotes_bbc",
    "people_bbc",
    "threshold_sweep",
    "confidence_transfer",
    "outlet_proxy",
    "citations_polnear",
    "summaries_bbc",
    "dates_polnear",
)


def main(argv: list[str]) -> int:
    chosen = argv or list(EVALUATIONS)
    unknown = sorted(set(chosen) - set(EVALUATIONS))
    if unknown:
        print(f"unknown evaluation(s): {', '.join(unknown)}; choose from {', '.join(EVALUATIONS)}")
        return 2
    for name in chosen:
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        sys.argv = [f"evaluation/{name}.py"]  # its own options are its defaults here
        try:  # each evaluation is also a script of its own: run it as one
            runpy.run_module(f"evaluation.{name}", run_name="__main__", alter_sys=True)
        except SystemExit as exit_:
            if exit_.code not in (None, 0):
                return int(exit_.code) if isinstance(exit_.code, int) else 1
        print(f"({name}: {time.perf_counter() - started:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
