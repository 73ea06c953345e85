"""How likely a quote's speaker is right, from how it was found: a table fitted on labelled data.

`scripts/fit_attribution_confidence.py` counts, on the data the rules were tuned on (PolNeAR's first
600 articles and the BBC labels' tune half), how often each way of finding a speaker ("name" in the
quote's own clause, "pronoun, earlier paragraph", a quote continuing another, …) gave the right one,
and writes the smoothed shares and the threshold to `data/attribution_confidence.json`. A way the
table does not know backs off to its more general form ("pronoun, earlier paragraph, subject" →
"pronoun, earlier paragraph" → "pronoun").
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

__all__ = ["THRESHOLD", "confidence_of", "continued", "table"]

CONTINUED = "continued"  # a quote with no clause of its own, continuing the quote before it
UNKNOWN = 0.5  # a way of finding the speaker that the fitted table has never seen


@cache
def table() -> dict[str, object]:
    """The fitted table: {"threshold": float, "confidence": {found_by: share right}}."""
    raw = resources.files("briefings.analysis").joinpath("data/attribution_confidence.json")
    return dict(json.loads(raw.read_text(encoding="utf-8")))


def _confidences() -> dict[str, float]:
    found = table()["confidence"]
    assert isinstance(found, dict)
    return found


THRESHOLD: float = float(table()["threshold"])  # type: ignore[arg-type]


def confidence_of(found_by: str) -> float:
    """The share of speakers found this way that were right on the tuning data."""
    known = _confidences()
    if found_by in known:
        return known[found_by]
    parts = found_by.split(", ")
    while parts:  # the general forms: "pronoun, *" counts every way that starts "pronoun"
        key = ", ".join([*parts, "*"])
        if key in known:
            return known[key]
        parts.pop()
    return UNKNOWN


def continued(found_by: str) -> str:
    """The way of a quote that continues a quote found `found_by`."""
    if not found_by:
        return ""
    return found_by if found_by.endswith(CONTINUED) else f"{found_by}, {CONTINUED}"
