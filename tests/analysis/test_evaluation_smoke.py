"""The evaluation commands run end to end on a few documents (the full runs are not tests)."""

from __future__ import annotations

import json

import pytest

from evaluation import bbc_labels, people_bbc, quotes_bbc, seed_events, summaries_bbc


def test_summary_evaluation_runs_on_three_articles() -> None:
    if not summaries_bbc.DATA.is_dir():
        pytest.skip("the shared BBC summaries are not here")
    table = summaries_bbc.evaluate(summaries_bbc.load(limit=3), lambda d: len(d.reference))
    assert set(table) == {"summarise", "lead", "sumy LexRank"}
    assert all(0.0 < row["rouge2"] <= 1.0 for row in table.values())


def test_seed_event_evaluation_finds_the_labelled_events() -> None:
    labels = json.loads(seed_events.LABELS.read_text(encoding="utf-8"))["articles"]
    scores, _ = seed_events.evaluate(labels)
    assert scores["event + date + precision"].recall >= 0.8


def test_bbc_label_evaluations_run_on_two_articles() -> None:
    if not bbc_labels.LABELS.is_dir():
        pytest.skip("the shared BBC labels are not here")
    docs = bbc_labels.load(limit=2)
    quotes = quotes_bbc.score(docs)
    assert quotes["gold"] > 0 and 0.5 <= quotes["attribution_precision"] <= 1.0
    people = people_bbc.score(docs)
    assert people["listed"] > 0 and 0.0 < people["persons_precision"] <= 1.0
