"""Score extract_entities' persons on the shared BBC labels: persons precision, recall and merges.

A listed person is a person when its name names one of the article's labelled people (the same words
but a courtesy title, one of the aliases the labels give, or the surname alone); otherwise it is a
company, work, place or fragment listed as a person. A merge is a listed person whose name and
aliases name two different labelled people (Mr Howard and Mrs Howard as one). Recall: labelled
people named by some listed person. Each figure on all 60 articles, on the half tuned on (001-010 of
each topic) and on the held-out half (011-020).

Run: .venv/bin/python -m evaluation people_bbc [--half tuned [--errors]] (errors: the
tuned half only; `--half` alone scores that half and writes nothing)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefings.analysis.people.extract import extract_entities
from evaluation.described import described
from evaluation.gold.bbc_labels import LabelledArticle, names_person
from evaluation.gold.bbc_runs import run_halves
from evaluation.gold.scoring import prf

RESULTS = Path(__file__).resolve().parents[1] / "results" / "people_bbc.json"


def score(docs: Sequence[LabelledArticle], errors: list[str] | None = None) -> dict[str, Any]:
    """The figures over `docs`."""
    listed = people = found = gold = merges = 0
    for doc in docs:
        labelled = doc.labels["people"]
        gold += len(labelled)
        hit: set[int] = set()
        for entity in extract_entities(doc.article):
            if entity.kind != "person":
                continue
            listed += 1
            named = {j for j, p in enumerate(labelled) if names_person(entity.name, p)}
            if named:
                people += 1
            elif errors is not None:
                errors.append(f"{doc.name} not a person: {entity.name!r} (role {entity.role!r})")
            by_any = named | {
                j
                for alias in entity.aliases
                for j, p in enumerate(labelled)
                if names_person(alias, p)
            }
            if len(by_any) > 1:
                merges += 1
                if errors is not None:
                    errors.append(
                        f"{doc.name} merge: {entity.name!r} {entity.aliases}"
                        f" = {[labelled[j]['name'] for j in sorted(by_any)]}"
                    )
            hit |= named
        found += len(hit)
        if errors is not None:
            errors.extend(
                f"{doc.name} missed: {p['name']!r}" for j, p in enumerate(labelled) if j not in hit
            )
    precision, _, _ = prf(people, listed, gold)
    _, recall, _ = prf(found, listed, gold)
    return {
        "articles": len(docs),
        "labelled": gold,
        "listed": listed,
        "not_people": listed - people,
        "persons_precision": round(precision, 3),
        "persons_recall": round(recall, 3),
        "merges": merges,
    }


def line(r: dict[str, Any]) -> str:
    """One half's figures as the command prints them."""
    return (
        f"({r['articles']} articles) persons precision {r['persons_precision']:.3f}"
        f" ({r['not_people']} of {r['listed']} not people)  recall {r['persons_recall']:.3f}"
        f"  merges of two labelled people {r['merges']}"
    )


def main() -> None:
    run_halves(described(__doc__), score, line, RESULTS)


if __name__ == "__main__":
    main()
