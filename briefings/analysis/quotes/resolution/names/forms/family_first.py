"""People named family name first ("Kim Yo-jong", "Kim Jong Un") whom that name alone may mean."""

from __future__ import annotations

from briefings.analysis.common.names import FAMILY_NAME_FIRST
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["with_family_first"]

Runs = list[tuple[int, str]]


def _given(words: list[str]) -> str:
    """A given name's words as one key: "Jong Un", "Jong-un" and "jong-un" are one."""
    return "".join(words).replace("-", "").lower()


def with_family_first(
    word: str, people: list[Runs], index: NameIndex, gender: str | None = None
) -> list[Runs]:
    """`people` (each as the runs naming one person in full whose last word is `word`) with the
    people the article names with `word` first when `word` is an East Asian family name: "Kim
    said" may mean Kim Yo-jong, Kim Jong-un or Hyung-jin Kim (an agency's byline writes the given
    name first), of whom the text must settle one. A name written in both orders ("Kim Hyung-jin",
    "Hyung-jin Kim") is one person. Of `gender` when one is given ("Mr. Kim")."""
    if word.lower() not in FAMILY_NAME_FIRST:
        return people
    out = [list(runs) for runs in people]
    keys = [_given(runs[0][1].split()[:-1]) for runs in out]
    for at, full in index.runs:
        words = full.split()
        if len(words) < 2 or words[0] != word or words[-1] == word:
            continue
        if gender is not None and index.gender(full) not in (gender, None):
            continue
        key = _given(words[1:])
        if key in keys:
            if (at, full) not in out[keys.index(key)]:
                out[keys.index(key)].append((at, full))
        else:
            keys.append(key)
            out.append([(at, full)])
    for runs in out:
        runs.sort()
    return out
