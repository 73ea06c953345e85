"""The seed people evaluation runs end to end (the full PolNeAR pass is not a test)."""

from __future__ import annotations

import json

from evaluation.seeds import seed_people
from tests.analysis.seed_articles import cleaned


def test_seed_people_evaluation_scores_names_roles_and_support() -> None:
    labels = json.loads(seed_people.LABELS.read_text(encoding="utf-8"))["articles"]
    report = seed_people.evaluate(cleaned(), labels)
    assert report["names"]["person"]["f1"] >= 0.9
    assert report["unsupported_roles"] == []
    assert report["lookups"]["Kim"]["others"] == ["Kim Yo Jong"]


def test_polnear_speaker_recall_runs_on_three_documents() -> None:
    if not seed_people.POLNEAR.is_dir():
        return
    row = seed_people.polnear_speaker_recall(limit=3)
    assert 0.0 <= row["recall"] <= 1.0
