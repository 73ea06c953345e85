"""The people named in the sentence before a pronoun or description, outside quotations: the
rivals of the one it was resolved to (pronouns/either/rival_here.py, descriptions/just_named.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefings.analysis.quotes.resolution.sentence_starts import starts_outside_quotations
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["others_named", "sentence_before"]


def sentence_before(name: str, par: str, start: int, pos: int) -> tuple[int, int] | None:
    """Where the sentence before the one holding `pos` (paragraph `par` opening at `start`) opens
    in `par`, and where its own opens; None when it has none before it in its paragraph, or when
    the paragraph names `name`'s surname before its own sentence (it goes on about them)."""
    starts = starts_outside_quotations(par, pos - start)
    if len(starts) < 2:
        return None
    own = starts[-1]
    if re.search(rf"\b{re.escape(name.split()[-1])}\b", par[:own]):
        return None  # "Unlike in 2012, when Mr. Christie …, this time he spoke …": named here
    return starts[-2], own


def others_named(
    name: str, index: NameIndex, par: str, start: int, window: int, own: int
) -> Iterator[tuple[int, str, str]]:
    """The name runs between `window` and `own` of `par` (opening at `start`), outside curly
    quotation marks (spoken of, not speaking), whose fullest form is neither `name` nor one of
    its surname: each with its position in the article and that fullest form."""
    surname = name.split()[-1]
    for at, run in index.runs:
        if not start + window <= at < start + own:
            continue
        before = par[: at - start]
        if before.count("“") > before.count("”"):
            continue  # named inside a quotation: spoken of, not speaking
        full = index.fullest(run, at)
        if full == name or full.split()[-1] == surname:
            continue
        yield at, run, full
