"""Run evaluations in turn: `python -m evaluation [NAME ...]`; figures go to evaluation/results/.

With no name, every one of EVALUATIONS. Any name of commands.MODULES also runs alone with its own
options after it: `python -m evaluation quotes_bbc --half tuned --errors`.
"""

from __future__ import annotations

import itertools
import runpy
import sys
import time

from evaluation.commands import MODULES

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
    names = list(itertools.takewhile(lambda arg: not arg.startswith("-"), argv))
    options = argv[len(names) :]
    chosen = names or list(EVALUATIONS)
    unknown = sorted(set(chosen) - set(MODULES))
    if unknown:
        print(f"unknown evaluation(s): {', '.join(unknown)}; choose from {', '.join(MODULES)}")
        return 2
    if options and len(names) != 1:
        print(f"python -m evaluation NAME [OPTIONS]: options go to one of {', '.join(MODULES)}")
        return 2
    for name in chosen:
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        sys.argv = [name, *options]  # with none, its options are its defaults
        try:  # each evaluation is also a script of its own: run it as one
            runpy.run_module(MODULES[name], run_name="__main__", alter_sys=True)
        except SystemExit as exit_:
            if exit_.code not in (None, 0):
                return int(exit_.code) if isinstance(exit_.code, int) else 1
        print(f"({name}: {time.perf_counter() - started:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
