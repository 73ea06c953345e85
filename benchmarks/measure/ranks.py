"""Percentiles of timing samples (apart from the query benchmark, which loads the story layer)."""

from __future__ import annotations


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile: with fewer than 100 samples, p99 is the slowest run."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]
