"""Whether the confidence model generalises: fitted on one corpus or outlet, scored on another.

Fit it on one corpus and score on the other, and leave one PolNeAR outlet or one BBC category out
of the fit at a time.

Every article is analysed once with no threshold; the quotes given a speaker keep their features.
A model is fitted (scripts/fit_attribution_confidence.py's `fit`, each corpus weighing the same) on
the tuned articles of the chosen training set only, then applied at the shipped threshold to the
articles it did not see: a speaker below it is dropped. Figures: attribution precision, coverage
and quote+speaker F1 (quotes_polnear / quotes_bbc scoring). Rows:

- the shipped fit (both tuned halves) on each held-out half;
- fitted on PolNeAR's tuned articles only, scored on BBC (tuned and held-out halves);
- fitted on BBC's tuned half only, scored on PolNeAR (tuned and held-out);
- leave one PolNeAR outlet out (fit on the tuned articles of the others and BBC's tuned half),
  scored on the outlet left out; leave one BBC category out likewise.

Run: .venv/bin/python -m evaluation confidence_transfer [--small]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefings.analysis.quotes.confidence.model import THRESHOLD, Context, features, probability
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.quotes.finding.inner import is_inner
from briefings.analysis.results import ArticleText, FoundQuote
from evaluation.described import described
from evaluation.gold import bbc_labels
from evaluation.gold.matching import match
from evaluation.quotes import quotes_bbc, quotes_polnear

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from fit_attribution_confidence import CAPPED, fit

RESULTS = Path(__file__).resolve().parents[1] / "results" / "confidence_transfer.json"
Model = tuple[float, dict[str, float], dict[str, float]]  # bias, weights, caps


@dataclass(frozen=True)
class Analysed:
    """One article's quotes, found with no threshold, with the features of each speaker's way."""

    name: str
    corpus: str  # "polnear" or "bbc"
    group: str  # the outlet or the category
    tuned: bool
    quotes: tuple[FoundQuote, ...]
    values: tuple[dict[str, float] | None, ...]  # per quote: features, None when no speaker
    right: tuple[bool | None, ...]  # per quote: speaker right (None: no speaker or unmatched)


def _analyse(article: ArticleText) -> tuple[list[FoundQuote], list[dict[str, float] | None]]:
    """The article's quotes but those inside another (no gold marks them apart, and no speaker's
    way is observed for them), each with its speaker's features."""
    seen: list[tuple[str, Context]] = []
    found = extract_quotes(article, threshold=0.0, observe=lambda q, h, c: seen.append((h, c)))
    quotes = [q for q in found if not is_inner(q)]
    it = iter(seen)
    values = [features(*next(it)) if q.speaker else None for q in quotes]
    return quotes, values


def analyse_polnear(docs: Sequence[quotes_polnear.Doc]) -> list[Analysed]:
    out = []
    for n, doc in enumerate(docs):
        quotes, values = _analyse(ArticleText(doc.title, doc.paragraphs))
        pairs = match([q.text for q in quotes], [g.text for g in doc.gold])
        right = [
            quotes_polnear._speaker_ok(doc.gold[pairs[i]].surname, q.speaker)
            if q.speaker and i in pairs and not doc.gold[pairs[i]].unclear
            else None
            for i, q in enumerate(quotes)
        ]
        tuned = n < len(docs) - quotes_polnear.HELD_OUT
        group = doc.name.split("_")[0]
        out.append(
            Analysed(doc.name, "polnear", group, tuned, tuple(quotes), tuple(values), tuple(right))
        )
    return out


def analyse_bbc(docs: Sequence[bbc_labels.LabelledArticle]) -> list[Analysed]:
    out = []
    for doc in docs:
        quotes, values = _analyse(doc.article)
        labels = [q for q in doc.labels["quotes"] if not q["uncertain"]]
        pairs = match([q.text for q in quotes], [label["text"] for label in labels])
        right: list[bool | None] = []
        for i, q in enumerate(quotes):
            label = labels[pairs[i]] if i in pairs else None
            ok = None
            if q.speaker and label is not None:
                ok = label["kind"] in quotes_bbc.SPEECH and quotes_bbc.speaker_right(
                    doc.labels, label["speaker"], q.speaker
                )
            right.append(ok)
        group = doc.name.split("/")[0]
        out.append(
            Analysed(
                doc.name, "bbc", group, not doc.held_out, tuple(quotes), tuple(values), tuple(right)
            )
        )
    return out


def fit_on(articles: Sequence[Analysed]) -> Model:
    """The model fitted on these articles' matched speakers, each corpus weighing the same."""
    rows = [
        (v, ok, a.corpus, q.found_by)
        for a in articles
        for q, v, ok in zip(a.quotes, a.values, a.right, strict=True)
        if v is not None and ok is not None
    ]
    if len({ok for _, ok, _, _ in rows}) < 2:  # no wrong speaker to learn from (BBC's tuned
        return 30.0, {}, {}  # half has none): the fit keeps every speaker
    per = {c: sum(1 for _, _, corpus, _ in rows if corpus == c) for c in ("polnear", "bbc")}
    weight = {c: len(rows) / (sum(1 for n in per.values() if n) * n) for c, n in per.items() if n}
    bias, weights = fit([(v, ok, weight[c]) for v, ok, c, _ in rows])
    caps = {}
    for part in CAPPED:
        seen = [(ok, weight[c]) for _, ok, c, how in rows if part in how]
        if seen:
            caps[part] = sum(w for ok, w in seen if ok) / sum(w for _, w in seen)
    return bias, weights, caps


def kept(article: Analysed, model: Model, threshold: float = THRESHOLD) -> list[FoundQuote]:
    """The article's quotes, a speaker the model puts below `threshold` dropped."""
    bias, weights, caps = model

    def sure(q: FoundQuote, values: dict[str, float]) -> float:
        p = probability(values, weights, bias)
        return min([p] + [c for part, c in caps.items() if part in q.found_by])

    return [
        q if v is None or sure(q, v) >= threshold else replace(q, speaker=None)
        for q, v in zip(article.quotes, article.values, strict=True)
    ]


_FIELDS = ("attribution_precision", "coverage", "quote_speaker_f1")


def score(
    articles: Sequence[Analysed],
    model: Model,
    polnear: dict[str, quotes_polnear.Doc],
    bbc: dict[str, bbc_labels.LabelledArticle],
) -> dict[str, Any]:
    """Figures of `model` at the threshold on these articles (one corpus)."""
    found = {a.name: kept(a, model) for a in articles}
    if articles[0].corpus == "polnear":
        docs = [polnear[a.name] for a in articles]
        r = quotes_polnear.score(docs, lambda d: [(q.text, q.speaker) for q in found[d.name]])
    else:
        labelled = [bbc[a.name] for a in articles]
        by_article = {id(bbc[a.name].article): found[a.name] for a in articles}
        r = quotes_bbc.score(labelled, lambda art: by_article[id(art)])
    return {"articles": len(articles), **{k: r[k] for k in _FIELDS}}


def main() -> None:
    parser = argparse.ArgumentParser(description=described(__doc__))
    parser.add_argument("--small", action="store_true", help="60 PolNeAR articles, 12 BBC ones")
    args = parser.parse_args()
    pol_docs = quotes_polnear.load()
    bbc_docs = bbc_labels.load()
    if args.small:
        pol_docs = pol_docs[:40] + pol_docs[-20:]
        bbc_docs = [d for d in bbc_docs if int(d.name[-3:]) in (1, 2, 11, 12)]
    polnear = {d.name: d for d in pol_docs}
    bbc = {d.name: d for d in bbc_docs}
    pol = analyse_polnear(pol_docs)
    held = quotes_polnear.HELD_OUT if not args.small else 20
    pol = [replace(a, tuned=n < len(pol) - held) for n, a in enumerate(pol)]
    bb = analyse_bbc(bbc_docs)
    tuned = [a for a in pol + bb if a.tuned]

    def half(arts: list[Analysed], is_tuned: bool) -> list[Analysed]:
        return [a for a in arts if a.tuned == is_tuned]

    rows: list[dict[str, Any]] = []

    def row(trained: str, scored: str, model: Model, arts: list[Analysed]) -> None:
        if not arts:
            return
        r = {"fitted on": trained, "scored on": scored, **score(arts, model, polnear, bbc)}
        rows.append(r)
        print(
            f"fitted on {trained:38} scored on {scored:24} ({r['articles']:3} articles):"
            f" attribution P {r['attribution_precision']:.3f}, coverage {r['coverage']:.3f},"
            f" quote+speaker F1 {r['quote_speaker_f1']:.3f}",
            flush=True,
        )

    both = fit_on(tuned)
    row("both tuned halves (shipped)", "PolNeAR held out", both, half(pol, False))
    row("both tuned halves (shipped)", "BBC held out", both, half(bb, False))
    only_pol = fit_on(half(pol, True))
    row("PolNeAR tuned only", "BBC tuned", only_pol, half(bb, True))
    row("PolNeAR tuned only", "BBC held out", only_pol, half(bb, False))
    only_bbc = fit_on(half(bb, True))
    row("BBC tuned only", "PolNeAR tuned", only_bbc, half(pol, True))
    row("BBC tuned only", "PolNeAR held out", only_bbc, half(pol, False))
    for corpus, arts in (("PolNeAR", pol), ("BBC", bb)):
        for group in sorted({a.group for a in arts}):
            model = fit_on([a for a in tuned if a.group != group])
            row(
                f"tuned, {corpus} {group} left out",
                f"{group} (all)",
                model,
                [a for a in arts if a.group == group],
            )
    if not args.small:
        RESULTS.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
