"""A description resolved to someone of an earlier paragraph while the sentence before it names
another person it may describe ("“Orange is the New Black” star Selenis Leyva opened up about …. The
actress explained …"): either may be meant, so no one is."""

from __future__ import annotations

import re

from briefings.analysis.quotes.resolution.named_before import others_named, sentence_before
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
    found = sentence_before(name, par, start, pos)
    if found is None:
        return False
    window, own = found
    for at, run, full in others_named(name, index, par, start, window, own):
        if par[: at - start].count('"') % 2:
            continue  # named inside a quotation: spoken of, not speaking
        if re.match(r"[’']s\b", par[at - start + len(run) :]):
            continue  # an owner: "Trump's aide"
        if not index.is_person(run):
            continue
        gender = index.gender(full)
        if want is None or gender in (want, None):
            return True
    return False
