"""Table per-name priors from world knowledge against the listed persons that may be tuned on.

Issue 15, people round 35: would a prior on the name alone — not the article — drop the brands and
characters named like people ("Willy Wonka", "Calvin Klein", "Mr Muscle") that article evidence
cannot tell from people, without losing real people? The priors come from packages that are no
dependency of the project (install them into a folder of their own and put it on PYTHONPATH):
`probablepeople` (MIT; a CRF that tags a name string as a person's or a corporation's) and
`names-dataset` (MIT; first and last names of 105 countries with ranks, 55 MB of pickles), beside
the US Census surnames that the `names` dependency ships. For each listed person of
`evaluation.people.people_evidence.sources()` (BBC 001-010, the written reports but the batch held back, `FRESH`,
PolNeAR's first 600 unlabelled) it counts, per prior, the listed names the prior flags: real people
(labelled) against names that are no one's, alone and where the article shows no person's evidence
(`people_evidence.shows_a_person` empty) as well.

Run: PYTHONPATH=.:<folder with probablepeople and names_dataset> .venv/bin/python \
    scripts/measure_name_priors.py
"""

from __future__ import annotations

import gzip
import os
import pickle
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

import names as census_names  # type: ignore[import-untyped]
import names_dataset  # type: ignore[import-not-found]
import probablepeople  # type: ignore[import-not-found]

from briefings.analysis.common.given_names.gender import HONORIFICS, KIN
from evaluation.people.people_evidence import article_table, sources

_TITLES = {w.lower() for w in (*HONORIFICS, *KIN)} | {
    "captain",
    "doc",
    "dr",
    "doctor",
    "sir",
    "lady",
    "lord",
}


def _words(name: str) -> list[str]:
    """The name's words without its leading titles, in the title case the name lists use."""
    words = [w.title() for w in name.replace("'s", "").split()]
    while words and words[0].lower().strip(".") in _TITLES:
        words.pop(0)
    return words


def _names_dataset() -> tuple[dict[str, Any], dict[str, Any]]:
    folder = os.path.join(os.path.dirname(names_dataset.__file__), "v3")
    with gzip.open(os.path.join(folder, "first_names.pkl.gz")) as f:
        first = pickle.load(f)
    with gzip.open(os.path.join(folder, "last_names.pkl.gz")) as f:
        last = pickle.load(f)
    return first, last


def priors() -> dict[str, Callable[[str], bool]]:
    """Each prior: whether it says the name is no one's (or uncertain)."""
    first, last = _names_dataset()
    path = os.path.join(os.path.dirname(census_names.__file__), "dist.all.last")
    with open(path, encoding="utf-8") as f:
        census = {line.split()[0].title() for line in f if line.strip()}

    def corporation(name: str) -> bool:
        try:
            return bool(probablepeople.tag(name)[1] != "Person")
        except probablepeople.RepeatedLabelError:
            return True

    def surname_unknown(name: str) -> bool:
        words = _words(name)
        return bool(words) and words[-1] not in last

    def surname_unranked(name: str) -> bool:
        words = _words(name)
        return bool(words) and not (last.get(words[-1]) or {}).get("rank")

    def surname_not_british(name: str) -> bool:
        words = _words(name)
        ranks = (last.get(words[-1]) or {}).get("rank") or {} if words else {}
        return bool(words) and not {"GB", "IE", "US"} & set(ranks)

    def given_unknown(name: str) -> bool:
        words = _words(name)
        return len(words) > 1 and words[0] not in first

    return {
        "probablepeople: not a person": corporation,
        "names-dataset: surname unknown": surname_unknown,
        "names-dataset: surname unranked": surname_unranked,
        "names-dataset: surname unranked in GB/IE/US": surname_not_british,
        "names-dataset: given name unknown": given_unknown,
        "US Census: surname unknown": lambda n: bool(_words(n)) and _words(n)[-1] not in census,
        "one word": lambda n: len(_words(n)) == 1,
        "a title before": lambda n: _words(n) != n.replace("'s", "").title().split(),
    }


def main() -> None:
    tests = priors()
    table: defaultdict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for source, docs in sources().items():
        for _, article, people, optional in docs:
            for listed, named, why in article_table(article, people, optional):
                label = "unlabelled" if named is None else ("person" if named else "not")
                for prior, says_no_one in tests.items():
                    if says_no_one(listed):
                        table[prior][(source, label)] += 1
                        if not why:
                            table[prior + ", and no evidence"][(source, label)] += 1
    columns = [
        ("BBC 001-010", "person"),
        ("written", "not"),
        ("written", "person"),
        ("PolNeAR 1-600", "unlabelled"),
    ]
    print("prior".ljust(58), *(f"{s} {label}".rjust(22) for s, label in columns))
    for prior in sorted(table):
        print(prior.ljust(58), *(str(table[prior][c]).rjust(22) for c in columns))


if __name__ == "__main__":
    main()
