"""List the common words of news that no English dictionary holds, reproducibly (no fitting).

A capitalised word of a name is *thing-like* when it is common English ("Report", "Boys",
"Theatre"): wordfreq says how common a word is, but wordfreq counts the web and the news, so
the names they repeat ("Obama", "Putin", "Mourinho", "Facebook") are as common as "report".
An English dictionary tells them apart. This script reads every word of wordfreq's small English
list at or above nature.COMMON_ZIPF and keeps those that neither Webster's Second nor GCIDE (the
`english-words` package, a development dependency) holds, in any case, nor as an inflection of
a word they hold (plural, -ed, -ing, -er, -est). The list is shipped as
briefings/analysis/data/undictionaried_words.json, so that the analysis does not load two
dictionaries (0.4 s, 8 MB) in every process.

Run: PYTHONPATH=. .venv/bin/python scripts/list_undictionaried_words.py
"""

from __future__ import annotations

import json
from pathlib import Path

from english_words import get_english_words_set
from wordfreq import iter_wordlist

from briefings.analysis.common.library_lists.zipf import english_zipf
from briefings.analysis.people.own_words.nature import COMMON_ZIPF

OUT = Path(__file__).resolve().parents[1] / "briefings/analysis/data/undictionaried_words.json"
VOWELS = frozenset("aeiou")


# British spellings and the American ones the two dictionaries hold: "favourite", "organisation",
# "theatre", "catalogue".
BRITISH = (("our", "or"), ("isation", "ization"), ("ise", "ize"), ("tre", "ter"), ("ogue", "og"))


def stems(word: str) -> list[str]:
    """The word, its American spelling, and the words they may inflect: "boys" → "boy",
    "called" → "call", "planning" → "plan", "larger" → "large", "studies" → "study"."""
    found = []
    for spelling in [word] + [word.replace(b, a) for b, a in BRITISH if b in word]:
        found += _inflected(spelling)
    return found


def _inflected(word: str) -> list[str]:
    found = [word]
    if word.endswith("ies"):
        found.append(word[:-3] + "y")
    for ending in ("es", "s", "ed", "ing", "er", "est", "d"):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            found += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
                found.append(stem[:-1])  # "planning", "stopped", "bigger"
            if stem.endswith("i"):
                found.append(stem[:-1] + "y")  # "carried", "happier"
    return found


def main() -> None:
    dictionary = get_english_words_set(["web2", "gcide"], lower=True, alpha=True)
    listed = []
    for word in iter_wordlist("en", wordlist="small"):
        if not (word.isalpha() and word.isascii() and len(word) >= 2):
            continue
        if english_zipf(word) < COMMON_ZIPF:
            break  # the list runs from the most common word down
        if not any(stem in dictionary for stem in stems(word)):
            listed.append(word)
    OUT.write_text(json.dumps(sorted(listed), indent=0) + "\n", encoding="utf-8")
    print(f"{len(listed)} words -> {OUT}")


if __name__ == "__main__":
    main()
