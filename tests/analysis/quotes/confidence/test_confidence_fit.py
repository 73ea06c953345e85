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
