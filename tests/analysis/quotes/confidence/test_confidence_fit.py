"""The shipped attribution-confidence table is the one its fitting script makes from the shared data."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[4] / "scripts" / "fit_attribution_confidence.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fit_attribution_confidence", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


def test_the_shipped_confidence_model_is_what_the_script_fits_from_the_tuned_halves() -> None:
    # A change of the quote rules changes what the model is fitted on: refit it
    # (scripts/fit_attribution_confidence.py) so that users who run the script get what ships.
    fit = _script()
    model = fit.fitted()[0]
    assert fit.OUT.read_text(encoding="utf-8") == fit.encoded(model)


def _observations(fit: ModuleType, rows: list[tuple[str, bool]]) -> list[object]:
    return [
        fit.Observation(how, fit.Context(), ok, "polnear", n, source="nyt")
        for n, (how, ok) in enumerate(rows)
    ]


def test_the_report_says_how_well_the_least_sure_speakers_are_the_wrong_ones() -> None:
    fit = _script()
    obs = _observations(fit, [("name", True), ("pronoun", False), ("name", True), ("rival", True)])
    # the wrong speaker the least sure: found first; the least sure of all a right one: found second
    assert fit.wrong_found(obs, [0.9, 0.4, 0.95, 0.8]) == 1.0
    assert fit.wrong_found(obs, [0.9, 0.5, 0.95, 0.3]) == 0.5
    assert fit.kept_share(obs, [0.9, 0.5, 0.95, 0.3], 0.75) == 0.5


def test_the_report_lists_by_way_the_wrong_speakers_kept_and_the_right_ones_left_out() -> None:
    fit = _script()
    obs = _observations(
        fit, [("pronoun", False), ("pronoun", True), ("pronoun", False), ("name", True)]
    )
    rows = fit.by_way_at(obs, [0.9, 0.6, 0.5, 0.99], 0.75)
    assert rows == [("pronoun", 3, 2, 1, 1), ("name", 1, 0, 0, 0)]
