"""Precision, recall and F1 of `extract_events` on the hand-labelled dated events of the seeds."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings.analysis.dates.events import extract_events
from evaluation.described import described
from evaluation.gold.scoring import prf
from evaluation.gold.seeds import load_seeds

LABELS = Path(__file__).resolve().parents[1] / "labels" / "seed_events.json"
RESULTS = Path(__file__).resolve().parents[1] / "results" / "seed_events.json"


@dataclass(frozen=True)
class Score:
    """Counts and the figures computed from them."""

    true_positives: int
    found: int
    labelled: int

    @property
    def precision(self) -> float:
        return prf(self.true_positives, self.found, self.labelled)[0]

    @property
    def recall(self) -> float:
        return prf(self.true_positives, self.found, self.labelled)[1]

    @property
    def f1(self) -> float:
        return prf(self.true_positives, self.found, self.labelled)[2]

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "found": self.found,
            "labelled": self.labelled,
        }


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def evaluate(labels: dict[str, list[dict[str, Any]]]) -> tuple[dict[str, Score], list[str]]:
    """Scores on (event, date, precision) and on the event sentence alone, with the errors seen."""
    articles = load_seeds()
    exact = sentence = found = labelled = 0
    errors: list[str] = []
    for name, expected in labels.items():
        events = extract_events(articles[name])
        found += len(events)
        labelled += len(expected)
        matched: set[int] = set()
        for label in expected:
            fragment = label["text"].lower()
            hit = next(
                (
                    i
                    for i, e in enumerate(events)
                    if fragment in e.text.lower() and i not in matched
                ),
                None,
            )
            if hit is None:
                errors.append(f"missed   {name[:3]} {label['text'][:70]}")
                continue
            matched.add(hit)
            sentence += 1
            event = events[hit]
            if (event.date, event.date_precision) == (_date(label["date"]), label["precision"]):
                exact += 1
            else:
                errors.append(
                    f"misdated {name[:3]} {event.date} {event.date_precision} "
                    f"(label {label['date']} {label['precision']}) {label['text'][:50]}"
                )
        errors.extend(
            f"spurious {name[:3]} {e.date} {e.date_precision} {e.text[:70]}"
            for i, e in enumerate(events)
            if i not in matched
        )
    scores = {
        "event + date + precision": Score(exact, found, labelled),
        "event sentence only": Score(sentence, found, labelled),
    }
    return scores, errors


def main() -> dict[str, dict[str, float]]:
    """Print and save the figures."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["articles"]
    scores, errors = evaluate(labels)
    print(f"{'seed events':<26} {'P':>6} {'R':>6} {'F1':>6}   (found / labelled)")
    for title, score in scores.items():
        print(
            f"{title:<26} {score.precision:>6.3f} {score.recall:>6.3f} {score.f1:>6.3f}"
            f"   ({score.found} / {score.labelled})"
        )
    for error in errors:
        print("  " + error)
    figures = {title: score.as_dict() for title, score in scores.items()}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({**figures, "errors": errors}, indent=2) + "\n", encoding="utf-8")
    return figures


if __name__ == "__main__":
    argparse.ArgumentParser(description=described(__doc__)).parse_args()  # --help
    main()
