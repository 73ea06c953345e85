"""Score people's roles on three hand-labelled random samples of 300 person-role pairs each.

The first sample (seed 48, labels/roles_sample.json) was drawn from every person with a role that extract_entities gave on PolNeAR's
tuned articles, BBC's tuned half and the written reports (the articles `role_fragments` reads; never
a held-out one) at round 48's base, and each pair marked by hand: `right` (the job written next to
the name), `wrong_person` (another person's job), `not_job` (a body, a verb or a relation taken for a
job) or `cut` (a job cut short). `accepted` lists the roles that would be right for that person
(null: no role, which the text allows when it writes no job). A pair scores right when the role
extract_entities gives the person now is one of those; `none` when it gives none where a job is
written; `wrong` otherwise; `missing` when the person is no longer found. The second sample (seed 50,
labels/roles_sample50.json) was drawn the same way at round 50's base from the pairs not in the
first, and marked the same way before any rule was written from it; the third (seed 53,
labels/roles_sample53.json) likewise at round 53's base from the pairs in neither. Each sample is
printed, then the total.

Run: .venv/bin/python -m evaluation roles_sample [--list]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any, Final

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import FoundEntity
from evaluation.described import described
from evaluation.people.role_fragments import articles

LABELS: Final = Path(__file__).parents[1] / "labels" / "roles_sample.json"
LABELS50: Final = Path(__file__).parents[1] / "labels" / "roles_sample50.json"
LABELS53: Final = Path(__file__).parents[1] / "labels" / "roles_sample53.json"
SAMPLES: Final = (("seed 48", LABELS), ("seed 50", LABELS50), ("seed 53", LABELS53))
RESULTS: Final = ("right", "none", "wrong", "missing")


def _person(people: list[FoundEntity], name: str) -> FoundEntity | None:
    """The person of that name (or alias) among those extracted, if any."""
    for entity in people:
        if entity.name == name:
            return entity
    return next((e for e in people if name in e.aliases), None)


def outcome(item: dict[str, Any], person: FoundEntity | None) -> str:
    """How the role given now fares against the labelled item: right, none, wrong or missing."""
    if person is None:
        return "missing"
    if person.role in item["accepted"]:
        return "right"
    return "none" if person.role is None else "wrong"


def score(
    labels: Path = LABELS,
) -> tuple[Counter[str], list[tuple[dict[str, Any], str, str | None]]]:
    """Outcome counts over one sample, and each pair not right now with its role."""
    items: list[dict[str, Any]] = json.loads(labels.read_text(encoding="utf-8"))
    wanted = {(item["where"], item["title"]) for item in items}
    people: dict[tuple[str, str], list[FoundEntity]] = {}
    for (
        where,
        article,
    ) in articles():  # written ids repeat across batches: the title tells them apart
        if (where, article.title) in wanted:
            found = extract_entities(article)
            people[where, article.title or ""] = [e for e in found if e.kind == "person"]
    counts: Counter[str] = Counter()
    misses: list[tuple[dict[str, Any], str, str | None]] = []
    for item in items:
        person = _person(people.get((item["where"], item["title"]), []), item["name"])
        result = outcome(item, person)
        counts[result] += 1
        counts[f"{item['label']} {result}"] += 1
        if result != "right":
            misses.append((item, result, person.role if person else None))
    return counts, misses


def _print(counts: Counter[str]) -> None:
    """The outcome line and each label's row."""
    total = sum(counts[k] for k in RESULTS)
    print(
        f"pairs {total}: right {counts['right']} ({counts['right'] / total:.5f}), none "
        f"{counts['none']}, wrong {counts['wrong']}, missing {counts['missing']}"
    )
    for label in ("right", "wrong_person", "not_job", "cut"):
        row = {r: counts[f"{label} {r}"] for r in RESULTS}
        print(f"  labelled {label:13} " + ", ".join(f"{r} {n}" for r, n in row.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=described(__doc__))
    parser.add_argument("--list", action="store_true", help="print every pair not right now")
    args = parser.parse_args()
    every: Counter[str] = Counter()
    for name, labels in SAMPLES:
        counts, misses = score(labels)
        every.update(counts)
        print(f"{name} ({labels.name}):")
        _print(counts)
        if args.list:
            for item, result, role in misses:
                print(
                    f"  {item['where']}: {item['name']!r} role {role!r} ({result}; labelled "
                    f"{item['label']} {item['role']!r}, accepted {item['accepted']})"
                )
    print("total:")
    _print(every)


if __name__ == "__main__":
    main()
