"""Fit the attribution-confidence model from the shared labels, reproducibly (no randomness).

On the data the rules are tuned on — PolNeAR train's first 600 articles and the BBC labels' tune half
(001-010 of each topic) — every quote is extracted with no threshold and matched to its label; each
quote given a speaker is one example: its features (the parts of the way the speaker was found and
the context, briefings/analysis/quotes/confidence.py) and whether the speaker is right. A logistic regression
with an L2 penalty is fitted by Newton's method (numpy; deterministic), so its output is a calibrated
probability. The threshold follows from the probability being calibrated: a speaker is kept when it is
more likely right than wrong (COST / (1 + COST), COST = 1). Writes briefings/analysis/quotes/data/attribution_confidence.json.

Run: PYTHONPATH=. .venv/bin/python scripts/fit_attribution_confidence.py [--report]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

from briefings.analysis.quotes.confidence import Context, features, probability, table
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote
from evaluation import bbc_labels, quotes_bbc, quotes_polnear

OUT = (
    Path(__file__).resolve().parents[1]
    / "briefings/analysis/quotes/data/attribution_confidence.json"
)
COST = 1.0  # a wrong speaker weighs as much as a right one lost (0.5: more often right than wrong)
L2 = 1.0  # the penalty on the weights: a way seen a few times stays near the average
CAPPED = ("nearest name",)  # the fallback when no subject fits: a guess, right 3 times in 14
MIN_SEEN = 5  # a feature seen fewer times is left out (it adds nothing)

Example = tuple[dict[str, float], bool, float]  # features, speaker right, weight


def match(found: Sequence[str], gold: Sequence[str]) -> dict[int, int]:
    """One-to-one: rapidfuzz ratio >= 90 over lower-case words, best pairs first."""
    pairs = sorted(
        (
            (fuzz.ratio(quotes_polnear.norm(f), quotes_polnear.norm(g)), i, j)
            for i, f in enumerate(found)
            for j, g in enumerate(gold)
        ),
        reverse=True,
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for r, i, j in pairs:
        if r >= 90 and i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _observed(article: ArticleText) -> list[tuple[FoundQuote, str, Context]]:
    seen: list[tuple[FoundQuote, str, Context]] = []
    extract_quotes(article, threshold=0.0, observe=lambda q, how, c: seen.append((q, how, c)))
    return seen


def observations(
    polnear: Sequence[quotes_polnear.Doc], bbc: Sequence[bbc_labels.LabelledArticle]
) -> Iterator[tuple[str, Context, bool, str]]:
    """(found_by, context, speaker right, corpus) for every matched quote given a speaker."""
    for doc in polnear:
        found = _observed(ArticleText(doc.title, doc.paragraphs))
        for i, j in match([q.text for q, _, _ in found], [g.text for g in doc.gold]).items():
            q, how, context = found[i]
            if how:
                ok = quotes_polnear._speaker_ok(doc.gold[j].surname, q.speaker)
                yield how, context, ok, "polnear"
    for art in bbc:
        labels = [q for q in art.labels["quotes"] if not q["uncertain"]]
        found = _observed(art.article)
        for i, j in match([q.text for q, _, _ in found], [q["text"] for q in labels]).items():
            (q, how, context), label = found[i], labels[j]
            if how:
                ok = label["kind"] in quotes_bbc.SPEECH and quotes_bbc.speaker_right(
                    art.labels, label["speaker"], q.speaker
                )
                yield how, context, ok, "bbc"


def fit(examples: Sequence[Example]) -> tuple[float, dict[str, float]]:
    """Bias and weights of an L2-penalised logistic regression (Newton's method)."""
    counts: dict[str, int] = {}
    for values, _, _ in examples:
        for k, v in values.items():
            counts[k] = counts.get(k, 0) + (v != 0)
    names = sorted(k for k, n in counts.items() if n >= MIN_SEEN)
    x = np.array([[1.0] + [values.get(k, 0.0) for k in names] for values, _, _ in examples])
    y = np.array([float(ok) for _, ok, _ in examples])
    s = np.array([weight for _, _, weight in examples])
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * L2
    penalty[0, 0] = 0.0  # the bias is not penalised
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (s * (p - y)) + penalty @ w
        hessian = (x.T * (s * p * (1 - p))) @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return round(float(w[0]), 4), {k: round(float(v), 4) for k, v in zip(names, w[1:], strict=True)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="print the weights")
    args = parser.parse_args()
    polnear = quotes_polnear.load()[: -quotes_polnear.HELD_OUT]
    bbc = bbc_labels.halves(bbc_labels.load())["tuned"]
    obs = list(observations(polnear, bbc))
    per_corpus = {c: sum(1 for *_, corpus in obs if corpus == c) for c in ("polnear", "bbc")}
    # each outlet weighs the same in the fit, however many quotes it has: British style is not
    # drowned by American
    weight = {c: len(obs) / (2 * n) for c, n in per_corpus.items()}
    examples = [(features(how, c), ok, weight[corpus]) for how, c, ok, corpus in obs]
    bias, weights = fit(examples)
    caps = {}
    for part in CAPPED:  # too rare for the regression: its weighted share right is its ceiling
        seen = [
            (ok, wt) for (how, *_), (_, ok, wt) in zip(obs, examples, strict=True) if part in how
        ]
        if seen:
            caps[part] = round(sum(wt for ok, wt in seen if ok) / sum(wt for _, wt in seen), 3)
    scored = sorted(
        (
            (
                min([probability(v, weights, bias)] + [c for p, c in caps.items() if p in how]),
                ok,
                wt,
            )
            for (how, *_), (v, ok, wt) in zip(obs, examples, strict=True)
        ),
        reverse=True,
    )
    # the model's probability is calibrated, so keeping a speaker of probability p gains
    # p - COST * (1 - p): worth it from COST / (1 + COST) on, 0.5 when a wrong speaker weighs as
    # much as a right one lost
    threshold = round(COST / (1 + COST), 3)
    kept_here = [(ok, wt) for conf, ok, wt in scored if conf >= threshold]
    kept, right = len(kept_here), sum(ok for ok, _ in kept_here)
    OUT.write_text(
        json.dumps(
            {"threshold": threshold, "bias": bias, "weights": weights, "caps": caps}, indent=2
        )
        + "\n",
        encoding="utf-8",
    )
    table.cache_clear()
    if args.report:
        print(f"caps: {caps}")
        for k, v in sorted(weights.items(), key=lambda kv: kv[1]):
            print(f"{v:+.3f}  {k}")
    print(
        f"threshold {threshold}: keeps {kept} of {len(obs)} speakers,"
        f" {right / kept if kept else 0:.3f} right (all: {sum(o[2] for o in obs) / len(obs):.3f})"
    )


if __name__ == "__main__":
    main()
