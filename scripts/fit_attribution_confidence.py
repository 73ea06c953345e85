"""Fit the attribution-confidence table from the shared labels, reproducibly (no randomness).

On the data the rules are tuned on — PolNeAR train's first 600 articles and the BBC labels' tune half
(001-010 of each topic) — every quote is extracted with no threshold, matched to its label, and each
way of finding a speaker gets the share of its speakers that were right (Laplace-smoothed; a way seen
fewer than MIN_SEEN times is left to back off to its general form). The threshold is the confidence
that maximises, over the tuning quotes, right speakers kept minus COST times wrong speakers kept: a
speaker is kept only when the way it was found was more often right than wrong. Writes
briefings/analysis/data/attribution_confidence.json.

Run: PYTHONPATH=. .venv/bin/python scripts/fit_attribution_confidence.py [--report]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from rapidfuzz import fuzz

from briefings.analysis.confidence import confidence_of, table
from briefings.analysis.quotes import extract_quotes
from briefings.analysis.results import ArticleText
from evaluation import bbc_labels, quotes_bbc, quotes_polnear

OUT = Path(__file__).resolve().parents[1] / "briefings/analysis/data/attribution_confidence.json"
MIN_SEEN = 8
COST = 1.0  # a wrong speaker weighs as much as a right one lost (0.5: more often right than wrong)


def _match(found: Sequence[str], gold: Sequence[str]) -> dict[int, int]:
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


def observations(
    polnear: Sequence[quotes_polnear.Doc], bbc: Sequence[bbc_labels.LabelledArticle]
) -> Iterator[tuple[str, bool, bool]]:
    """(found_by, speaker right, gold names someone) for every matched quote given a speaker."""
    for doc in polnear:
        found = extract_quotes(ArticleText(doc.title, doc.paragraphs), threshold=0.0)
        for i, j in _match([q.text for q in found], [g.text for g in doc.gold]).items():
            q = found[i]
            if q.speaker is not None and q.found_by:
                gold = doc.gold[j].surname
                yield q.found_by, quotes_polnear._speaker_ok(gold, q.speaker), gold is not None
    for art in bbc:
        labels = [q for q in art.labels["quotes"] if not q["uncertain"]]
        found = extract_quotes(art.article, threshold=0.0)
        for i, j in _match([q.text for q in found], [q["text"] for q in labels]).items():
            q, label = found[i], labels[j]
            if q.speaker is not None and q.found_by:
                ok = label["kind"] in quotes_bbc.SPEECH and quotes_bbc.speaker_right(
                    art.labels, label["speaker"], q.speaker
                )
                yield q.found_by, ok, label["speaker"] is not None


def fit(obs: list[tuple[str, bool, bool]]) -> dict[str, float]:
    seen: Counter[str] = Counter()
    good: Counter[str] = Counter()
    for how, ok, _ in obs:
        parts = how.split(", ")
        for key in [how] + [", ".join([*parts[:k], "*"]) for k in range(1, len(parts) + 1)]:
            seen[key] += 1  # the way itself, and every general form it belongs to
            good[key] += ok
    return {
        key: round((good[key] + 1) / (seen[key] + 2), 3)
        for key in sorted(seen)
        if seen[key] >= MIN_SEEN
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="print counts per way")
    args = parser.parse_args()
    polnear = quotes_polnear.load()[: -quotes_polnear.HELD_OUT]
    bbc = bbc_labels.halves(bbc_labels.load())["tuned"]
    obs = list(observations(polnear, bbc))
    confidence = fit(obs)
    OUT.write_text(
        json.dumps({"threshold": 0.0, "confidence": confidence}, indent=2) + "\n", encoding="utf-8"
    )
    table.cache_clear()
    scored = sorted(((confidence_of(how), ok) for how, ok, _ in obs), reverse=True)
    threshold, kept, right, best = 0.0, 0, 0, float("-inf")
    for c in sorted({conf for conf, _ in scored}):
        kept_here = [ok for conf, ok in scored if conf >= c]
        gain = sum(kept_here) - COST * (len(kept_here) - sum(kept_here))
        if gain > best:
            threshold, kept, right, best = c, len(kept_here), sum(kept_here), gain
    OUT.write_text(
        json.dumps({"threshold": threshold, "confidence": confidence}, indent=2) + "\n",
        encoding="utf-8",
    )
    if args.report:
        counts: Counter[str] = Counter(how for how, _, _ in obs)
        oks: Counter[str] = Counter(how for how, ok, _ in obs if ok)
        for how, n in counts.most_common():
            print(f"{n:6} {oks[how] / n:.3f} {confidence_of(how):.3f}  {how}")
    print(
        f"threshold {threshold}: keeps {kept} of {len(obs)} speakers,"
        f" {right / kept if kept else 0:.3f} right (all: {sum(ok for _, ok, _ in obs) / len(obs):.3f})"
    )


if __name__ == "__main__":
    main()
