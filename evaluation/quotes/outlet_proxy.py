"""A stand-in for the held-out half from the tuned data only: leave one PolNeAR outlet out.

PolNeAR's held-out articles come from two outlets the tuned half lacks, so the nearest thing to
them that may be read is an outlet the confidence model has not seen. Every tuned article (the
first 600 by name, and BBC's tuned half) is analysed once with no threshold; for each PolNeAR
outlet of the tuned half a model is fitted (`confidence_transfer.fit_on`) on the other outlets'
articles and BBC's tuned half, and applied to the outlet left out. The five outlets' predictions
are then scored together as one set of 600 articles (quotes_polnear scoring): attribution
precision, coverage and quote+speaker F1, at the shipped threshold and at others (`--sweep`). The
rules themselves were written on all these articles, so the proxy flatters them; it tells how the
confidence model carries to an outlet it did not see, and how a rule moves a figure it can read.
No held-out PolNeAR article is loaded, and BBC's held-out half is set aside unanalysed.

Run: .venv/bin/python -m evaluation outlet_proxy [--sweep] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefings.analysis.quotes.confidence.model import THRESHOLD
from evaluation.described import described
from evaluation.gold import bbc_labels
from evaluation.quotes import quotes_polnear
from evaluation.quotes.confidence_transfer import (
    Analysed,
    Model,
    analyse_bbc,
    analyse_polnear,
    fit_on,
    kept,
)
from evaluation.quotes.polnear import gold as polnear_gold

RESULTS = Path(__file__).resolve().parents[1] / "results" / "outlet_proxy.json"
SWEEP = (0.0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
_FIELDS = ("attribution_precision", "coverage", "quote_speaker_f1", "named")


def left_out_models(pol: Sequence[Analysed], bbc: Sequence[Analysed]) -> dict[str, Model]:
    """Per PolNeAR outlet: the model fitted without it (the other outlets and BBC's tuned half)."""
    return {
        outlet: fit_on([a for a in [*pol, *bbc] if a.group != outlet])
        for outlet in sorted({a.group for a in pol})
    }


def figures(
    pol: Sequence[Analysed],
    docs: dict[str, quotes_polnear.Doc],
    models: dict[str, Model],
    threshold: float,
    errors: list[str] | None = None,
) -> dict[str, Any]:
    """The left-out predictions of every outlet, scored together, and each outlet's own."""
    out = {a.name: kept(a, models[a.group], threshold) for a in pol}

    def predict(doc: quotes_polnear.Doc) -> list[tuple[str, str | None]]:
        return [(q.text, q.speaker) for q in out[doc.name]]

    every = quotes_polnear.score([docs[a.name] for a in pol], predict, errors)
    row: dict[str, Any] = {"threshold": threshold, **{k: every[k] for k in _FIELDS}}
    for outlet in models:
        mine = [docs[a.name] for a in pol if a.group == outlet]
        r = quotes_polnear.score(mine, predict)
        row[outlet] = {k: r[k] for k in _FIELDS}
    return row


def tuned_articles() -> int:
    """How many of PolNeAR's articles (by name) are the tuned half: all but the last HELD_OUT."""
    names = {
        re.sub(r"_[0-9a-f]{4}$", "", p.stem) for p in polnear_gold.DATA.glob("attributions/*.ann")
    }
    return len(names) - quotes_polnear.HELD_OUT


def main() -> None:
    parser = argparse.ArgumentParser(description=described(__doc__))
    parser.add_argument("--sweep", action="store_true", help="figures at several thresholds")
    parser.add_argument("--errors", type=int, default=0, help="print up to N left-out errors")
    args = parser.parse_args()
    tuned = quotes_polnear.load(tuned_articles())
    docs = {d.name: d for d in tuned}
    pol = [replace(a, tuned=True) for a in analyse_polnear(tuned)]
    bbc = [
        replace(a, tuned=True) for a in analyse_bbc(bbc_labels.halves(bbc_labels.load())["tuned"])
    ]
    models = left_out_models(pol, bbc)
    rows = []
    for threshold in sorted({THRESHOLD, *(SWEEP if args.sweep else ())}):
        errors: list[str] | None = [] if threshold == THRESHOLD and args.errors else None
        row = figures(pol, docs, models, threshold, errors)
        rows.append(row)
        each = ", ".join(
            f"{outlet} {row[outlet]['attribution_precision']:.3f}" for outlet in models
        )
        print(
            f"left-out outlets at {threshold:.2f}: attribution P {row['attribution_precision']:.3f}"
            f" ({row['named']} named), coverage {row['coverage']:.3f},"
            f" quote+speaker F1 {row['quote_speaker_f1']:.3f}  [{each}]",
            flush=True,
        )
        for line in (errors or [])[: args.errors]:
            if line.startswith("SPEAKER"):
                print(line)
    RESULTS.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
