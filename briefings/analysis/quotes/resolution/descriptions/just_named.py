"""A description resolved to someone of an earlier paragraph while the sentence before it names
another person it may describe ("“Orange is the New Black” star Selenis Leyva opened up about …. The
actress explained …"): either may be meant, so no one is."""

from __future__ import annotations

import re

from briefings.analysis.quotes.resolution.sentence_starts import starts_outside_quotations
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["another_just_named"]


def another_just_named(
    name: str, want: str | None, index: NameIndex, par: str, start: int, pos: int
) -> bool:
    """The description written at `pos` (paragraph `par` opening at `start`), of gender `want`
    (None when its noun gives none), resolved to `name` of an earlier paragraph, follows a sentence
    of its own paragraph that names, outside quotation marks and not as an owner ("Trump's
    aide"), a person who is not `name` and whose gender, where the article gives one, fits. Not
    when that sentence names `name` too."""
    at_description = pos - start
    starts = starts_outside_quotations(par, at_description)
    if len(starts) < 2:
        return False
    window, own = starts[-2], starts[-1]
    surname = name.split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", par[:own]):
        return False  # named in this paragraph already: the description goes on about them
    for at, run in index.runs:
        if not start + window <= at < start + own:
            continue
        before = par[: at - start]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # named inside a quotation: spoken of, not speaking
        if re.match(r"[’']s\b", par[at - start + len(run) :]):
            continue  # an owner: "Trump's aide"
        if not index.is_person(run):
            continue
        full = index.fullest(run, at)
        if full == name or full.split()[-1] == surname:
            continue
        gender = index.gender(full)
        if want is None or gender in (want, None):
            return True
    return False
