"""The evaluation commands run end to end on a few documents (the full runs are not tests)."""

from __future__ import annotations

import json

import pytest

from evaluation.articles import summaries_bbc
from evaluation.gold import bbc_labels
from evaluation.people import people_bbc
from evaluation.quotes import quotes_bbc
from evaluation.quotes.polnear import gold as polnear_gold
from evaluation.seeds import seed_events


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


def test_the_confidence_transfer_evaluation_fits_on_one_corpus_and_scores_on_another() -> None:
    from evaluation.quotes import confidence_transfer, quotes_polnear

    if not bbc_labels.LABELS.is_dir() or not polnear_gold.DATA.is_dir():
        pytest.skip("the shared labels are not here")
    pol_docs = quotes_polnear.load(limit=6)
    bbc_docs = bbc_labels.load(limit=3)
    pol = confidence_transfer.analyse_polnear(pol_docs)
    bbc = confidence_transfer.analyse_bbc(bbc_docs)
    model = confidence_transfer.fit_on(pol)
    r = confidence_transfer.score(
        bbc, model, {d.name: d for d in pol_docs}, {d.name: d for d in bbc_docs}
    )
    assert r["articles"] == 3 and 0.0 < r["coverage"] <= 1.0


def test_the_outlet_proxy_scores_each_outlet_with_a_model_fitted_without_it() -> None:
    from dataclasses import replace

    from evaluation.quotes import confidence_transfer, outlet_proxy, quotes_polnear

    if not bbc_labels.LABELS.is_dir() or not polnear_gold.DATA.is_dir():
        pytest.skip("the shared labels are not here")
    assert outlet_proxy.tuned_articles() == 600  # the held-out 240 are never loaded
    docs = quotes_polnear.load(limit=8)
    pol = [
        replace(a, group="first" if n < 4 else "second")
        for n, a in enumerate(confidence_transfer.analyse_polnear(docs))
    ]
    bbc = confidence_transfer.analyse_bbc(bbc_labels.load(limit=2))
    models = outlet_proxy.left_out_models(pol, bbc)
    assert set(models) == {"first", "second"}
    row = outlet_proxy.figures(pol, {d.name: d for d in docs}, models, 0.65)
    assert 0.0 < row["attribution_precision"] <= 1.0 and set(row) >= {"first", "second"}


def test_the_confidence_transfer_pairs_each_speaker_with_its_way_past_a_quotation_inside_another() -> (
    None
):
    """A named quotation inside another has no observed way: it is left out, not paired with the
    next quote's way (the outlet proxy and the transfer stopped on it)."""
    from briefings.analysis.results import ArticleText
    from evaluation.quotes import confidence_transfer

    article = ArticleText(
        None,
        (
            "“Rosa said, ‘Next time we wait,’ and she’s right,” Luis Ortega said.",
            "“We will not wait again,” Maria Lopez said on Monday.",
        ),
    )
    quotes, values = confidence_transfer._analyse(article)
    assert [q.speaker for q in quotes] == ["Luis Ortega", "Maria Lopez"]
    assert all(v is not None for v in values)


def test_the_threshold_sweep_scores_polnear_quotes_as_the_polnear_scorer_lists_them() -> None:
    """A quotation inside another is not listed apart, at any threshold: the gold annotates it
    within the outer quotation, so the sweep at the threshold gives `quotes_polnear`'s figures."""
    from evaluation.quotes import quotes_polnear, threshold_sweep

    doc = quotes_polnear.Doc(
        "x",
        "",
        ("“Rosa said, ‘Next time we wait,’ and she’s right,” Luis Ortega said.",),
        (),
    )
    assert [p[0] for p in threshold_sweep._pairs(doc, 0.7)] == [
        p[0] for p in quotes_polnear.ours(doc)
    ]
    assert len(quotes_polnear.ours(doc)) == 1
