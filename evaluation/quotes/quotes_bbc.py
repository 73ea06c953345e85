"""Score extract_quotes on the shared BBC labels: quotes found, attribution precision, quote+speaker F1.

Gold quotes are the labelled spans of kind person, organisation or unnamed (speech); not_speech spans
(titles, terms, scare quotes) are not quotes. Items marked `uncertain` are left out of scoring: a
prediction matching one counts neither way. A prediction matches a label of the same article when
their texts (lower case, words only) have a rapidfuzz ratio >= 90, one to one. Its speaker is right
when it names the labelled speaker (the same words but a courtesy title, an alias the labels give, or
the surname alone), or when both name no one.

- quotes found P / R: matched predictions over predictions (those matching an uncertain item or
  nothing count as wrong unless uncertain) and over gold speech quotes;
- attribution precision: of the matched predictions that name a speaker, the share naming the right one;
- quote+speaker P / R / F1: matched with the right speaker (or rightly no one), over predictions / gold.

Each figure on all 60 articles, on the half tuned on (001-010 of each topic) and on the held-out
half (011-020). Run: .venv/bin/python -m evaluation quotes_bbc [--half tuned [--errors]] (errors: the
tuned half only; `--half` alone scores that half and writes nothing)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote
from evaluation.described import described
from evaluation.gold.bbc_labels import LabelledArticle, name_words, names_person
from evaluation.gold.bbc_runs import run_halves
from evaluation.gold.matching import norm, pair_up
from evaluation.gold.scoring import prf

RESULTS = Path(__file__).resolve().parents[1] / "results" / "quotes_bbc.json"
SPEECH = frozenset({"person", "organisation", "unnamed"})

Extractor = Callable[[ArticleText], Sequence[FoundQuote]]


def speaker_right(labels: dict[str, Any], gold: str | None, got: str | None) -> bool:
    """Whether a predicted speaker names the labelled one (None for None)."""
    if gold is None or got is None:
        return gold is got
    if name_words(got) == name_words(gold):
        return True
    people = [p for p in labels["people"] if name_words(p["name"]) == name_words(gold)]
    return any(names_person(got, p) for p in people) or names_person(
        got, {"name": gold, "aliases": []}
    )


def score(
    docs: Sequence[LabelledArticle],
    extract: Extractor = extract_quotes,
    errors: list[str] | None = None,
) -> dict[str, Any]:
    """The figures over `docs`."""
    n_pred = n_gold = matched = named = named_right = right = 0
    for doc in docs:
        found = [q for q in extract(doc.article) if norm(q.text)]
        labels = doc.labels["quotes"]
        used_q = pair_up([norm(q.text) for q in found], [norm(label["text"]) for label in labels])
        used_l = set(used_q.values())
        n_gold += sum(1 for label in labels if label["kind"] in SPEECH and not label["uncertain"])
        for i, quote in enumerate(found):
            label = labels[used_q[i]] if i in used_q else None
            if label is not None and label["uncertain"]:
                continue
            n_pred += 1
            if label is None or label["kind"] not in SPEECH:
                if errors is not None:
                    kind = "not speech" if label else "extra"
                    errors.append(f"{doc.name} {kind}: {quote.speaker!r}: {quote.text[:70]}")
                continue
            matched += 1
            ok = speaker_right(doc.labels, label["speaker"], quote.speaker)
            right += ok
            if quote.speaker is not None:
                named += 1
                named_right += ok
            if errors is not None and not ok:
                errors.append(
                    f"{doc.name} speaker {quote.speaker!r} ({getattr(quote, 'found_by', '')}"
                    f" {getattr(quote, 'confidence', '')}), label {label['speaker']!r}"
                    f" [{label['evidence'][:60]}]: {quote.text[:50]}"
                )
        if errors is not None:
            errors.extend(
                f"{doc.name} missed: {label['speaker']!r}: {label['text'][:70]}"
                for j, label in enumerate(labels)
                if j not in used_l and label["kind"] in SPEECH and not label["uncertain"]
            )
    qp, qr, qf = prf(matched, n_pred, n_gold)
    sp, sr, sf = prf(right, n_pred, n_gold)
    return {
        "articles": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "quote_precision": round(qp, 3),
        "quote_recall": round(qr, 3),
        "quote_f1": round(qf, 3),
        "named": named,
        "named_wrong": named - named_right,
        "attribution_precision": round(named_right / named, 3) if named else 1.0,
        "coverage": round(named / matched, 3) if matched else 0.0,  # found quotes given a speaker
        "quote_speaker_precision": round(sp, 3),
        "quote_speaker_recall": round(sr, 3),
        "quote_speaker_f1": round(sf, 3),
    }


def line(r: dict[str, Any]) -> str:
    """One half's figures as the command prints them."""
    return (
        f"({r['articles']} articles) quotes P/R {r['quote_precision']:.3f}"
        f"/{r['quote_recall']:.3f}  attribution precision {r['attribution_precision']:.3f}"
        f" ({r['named_wrong']} of {r['named']} named wrong)  quote+speaker P/R/F1"
        f" {r['quote_speaker_precision']:.3f}/{r['quote_speaker_recall']:.3f}"
        f"/{r['quote_speaker_f1']:.3f}"
    )


def main() -> None:
    run_halves(described(__doc__), lambda docs, errors: score(docs, errors=errors), line, RESULTS)


if __name__ == "__main__":
    main()
