"""The confidence threshold's trade-off: attribution precision and coverage at several thresholds.

Coverage is the share of found quotes given a speaker. On BBC and PolNeAR, each on the half the
rules were tuned on and the half held out. Run: .venv/bin/python -m evaluation threshold_sweep
"""

from __future__ import annotations

import argparse
import json
from functools import partial
from pathlib import Path

from briefings.analysis.quotes.confidence.model import THRESHOLD
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.quotes.finding.inner import is_inner
from briefings.analysis.results import ArticleText
from evaluation.described import described
from evaluation.gold import bbc_labels
from evaluation.quotes import quotes_bbc, quotes_polnear

RESULTS = Path(__file__).resolve().parents[1] / "results" / "threshold_sweep.json"
THRESHOLDS = (0.0, THRESHOLD, 0.5, 0.6, 0.7, 0.75, 0.85, 0.9)


def _pairs(doc: quotes_polnear.Doc, threshold: float) -> list[tuple[str, str | None]]:
    """The quotes as `quotes_polnear.ours` gives them, at another threshold: those listed from
    inside another left out, as the gold annotates them within the outer quotation."""
    found = extract_quotes(ArticleText(doc.title, doc.paragraphs), threshold=threshold)
    return [(q.text, q.speaker) for q in found if not is_inner(q)]


def main() -> None:
    polnear = quotes_polnear.load()
    split = {
        "polnear tuned": polnear[: -quotes_polnear.HELD_OUT],
        "polnear held out": polnear[-quotes_polnear.HELD_OUT :],
    }
    bbc = bbc_labels.halves(bbc_labels.load())
    rows = []
    for threshold in sorted(set(THRESHOLDS)):
        extract = partial(extract_quotes, threshold=threshold)
        row: dict[str, object] = {"threshold": threshold}
        for half in ("tuned", "held_out"):
            r = quotes_bbc.score(bbc[half], extract)
            row[f"bbc {half}"] = {
                k: r[k] for k in ("attribution_precision", "coverage", "quote_speaker_f1")
            }
        for name, docs in split.items():
            r = quotes_polnear.score(docs, partial(_pairs, threshold=threshold))
            row[name] = {k: r[k] for k in ("attribution_precision", "coverage", "quote_speaker_f1")}
        rows.append(row)
        print(
            f"{threshold:.3f} "
            + " | ".join(
                f"{k}: P {v['attribution_precision']:.3f} cov {v['coverage']:.3f} F1 {v['quote_speaker_f1']:.3f}"  # type: ignore[index]
                for k, v in row.items()
                if k != "threshold"
            ),
            flush=True,
        )
    RESULTS.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    argparse.ArgumentParser(description=described(__doc__)).parse_args()  # --help
    main()
