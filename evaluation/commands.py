"""Every evaluation by the name users type, and the module in its group that runs it."""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

# `python -m evaluation NAME` runs MODULES[NAME]; each NAME was the module's own path
# (evaluation/NAME.py) before the modules were grouped by concern, and is still its file name
# and its results' (evaluation/results/NAME.json).
MODULES: dict[str, str] = {
    "seed_quotes": "evaluation.seeds.seed_quotes",
    "seed_people": "evaluation.seeds.seed_people",
    "seed_events": "evaluation.seeds.seed_events",
    "quotes_polnear": "evaluation.quotes.quotes_polnear",
    "quotes_bbc": "evaluation.quotes.quotes_bbc",
    "people_bbc": "evaluation.people.people_bbc",
    "threshold_sweep": "evaluation.quotes.threshold_sweep",
    "confidence_transfer": "evaluation.quotes.confidence_transfer",
    "outlet_proxy": "evaluation.quotes.outlet_proxy",
    "citations_polnear": "evaluation.articles.citations_polnear",
    "summaries_bbc": "evaluation.articles.summaries_bbc",
    "dates_polnear": "evaluation.articles.dates_polnear",
    "people_evidence": "evaluation.people.people_evidence",
    "people_written": "evaluation.people.people_written",
    "quotes_written": "evaluation.quotes.quotes_written",
    "role_fragments": "evaluation.people.role_fragments",
    "roles_sample": "evaluation.people.roles_sample",
}


class _OldPaths(importlib.abc.MetaPathFinder):
    """Finds `evaluation.NAME` for `python -m` alone: the old command runs the moved module."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != "evaluation" or name not in MODULES or sys.argv[:1] != ["-m"]:
            return None  # an import in code finds only the new path (mypy checks those)
        moved = importlib.util.find_spec(MODULES[name])
        if moved is None or moved.origin is None:
            return None
        return importlib.util.spec_from_file_location(fullname, moved.origin)


def keep_old_paths() -> None:
    """Let `python -m evaluation.NAME` (the commands before the groups) run MODULES[NAME]."""
    if not any(isinstance(finder, _OldPaths) for finder in sys.meta_path):
        sys.meta_path.append(_OldPaths())
