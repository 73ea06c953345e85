"""Precision, recall and F1 from counts: the one formula every evaluation reports."""

from __future__ import annotations


def prf(tp: int, predicted: int, gold: int, empty: float = 0.0) -> tuple[float, float, float]:
    """Precision, recall, F1 of `tp` right answers among `predicted`, out of `gold` expected.
    `empty`: the precision (recall) when nothing was predicted (expected)."""
    p = tp / predicted if predicted else empty
    r = tp / gold if gold else empty
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def prf_fields(prefix: str, tp: int, predicted: int, gold: int) -> dict[str, float]:
    """`{prefix}_precision`, `_recall` and `_f1`, rounded to three places."""
    p, r, f = prf(tp, predicted, gold)
    return {
        f"{prefix}_precision": round(p, 3),
        f"{prefix}_recall": round(r, 3),
        f"{prefix}_f1": round(f, 3),
    }
