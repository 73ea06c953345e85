"""A bare question after a paragraph telling a question and giving its answer: the asker's again."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.analysis.quotes.finding.paragraph import Found
from briefings.analysis.quotes.resolution.exchanges.narrated_asker import asker_in
from briefings.analysis.quotes.resolution.exchanges.turns import alone, one_speakers, question
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["asker_in_the_answers_paragraph"]


def asker_in_the_answers_paragraph(
    found: Sequence[Found],
    resolved: Sequence[tuple[str | None, str | None] | None],
    n: int,
    paragraphs: Sequence[str],
    index: NameIndex,
    offsets: Sequence[int],
) -> str | None:
    """The asker of the bare question standing alone as paragraph `n`, when the paragraph before
    tells, just before its only quotation, that someone asked the one who answers there ("Pruitt
    asked her how much the bookkeeper cost. “About $1,400 a month,” Delgado said. / “And how many
    people could you hire with that?”"): the asker follows up, not the answerer. None otherwise."""
    f = found[n]
    if f.attributed or f.para < 1 or not question(f) or not alone(f, paragraphs):
        return None
    if any(m != n and g.para == f.para for m, g in enumerate(found)):
        return None
    last = one_speakers(found, resolved, f.para - 1)
    if last is None or not found[last].attributed or question(found[last]):
        return None
    if sum(g.para == f.para - 1 for g in found) != 1:
        return None  # one answer: "“…,” Delgado said." and nothing more quoted
    answerer = (resolved[last] or (None,))[0]
    told = paragraphs[f.para - 1][: found[last].span.start].rstrip(' “"')
    if not answerer or (" asked " not in told and " pressed " not in told):
        return None
    return asker_in(told, answerer, index, offsets[f.para - 1])
