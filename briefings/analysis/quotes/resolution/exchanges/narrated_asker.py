"""A bare question after an answer whose question the writer told: the asker's ("X asked him how …")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.finding.paragraph import Found
from briefings.analysis.quotes.resolution.exchanges.turns import alone, one_speakers, question
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["asker_in", "asker_told_before"]

_NAME: Final = r"((?:[A-Z][\w’'\-]*\.? ){0,3}[A-Z][\w’'\-]+)"
# "Arceneaux asked him how many fish …", "Kearney then asked Schaefer whether …"; round 51: past
# the asker's appositive, "Rep. Owen Hatcher, the subcommittee’s chairman, asked her who …"
_ASKED: Final = re.compile(
    rf"{_NAME}(?:, [^,.“”\"]{{1,60}},)? (?:then |later |again )?(?:asked|pressed) (him|her|{_NAME}),? "
    r"(?:on |about )?(?:how|whether|if|why|what|when|where|who|which)\b"
)
_SENTENCE_END: Final = re.compile(r"[.!?][”\"]?\s+(?=[“\"A-Z])")
_OBJECT: Final = {"him": "m", "her": "f"}


def asker_told_before(
    found: Sequence[Found],
    resolved: Sequence[tuple[str | None, str | None] | None],
    n: int,
    paragraphs: Sequence[str],
    index: NameIndex,
    offsets: Sequence[int],
) -> str | None:
    """The asker of the bare question standing alone as paragraph `n`'s only quotation, when the
    paragraph before holds one person's answer given by its own clause and the one before that, with
    no quotation, ends telling that someone asked that person a question ("Arceneaux asked him how
    many fish his customers had kept. / “More than the year before,” Tillman said. / “How many
    more?”"): the exchange's next turn is the asker's, not the answerer's going on. None otherwise."""
    f = found[n]
    if f.attributed or f.para < 2 or not question(f) or not alone(f, paragraphs):
        return None
    if any(m != n and g.para == f.para for m, g in enumerate(found)):
        return None
    if any(g.para == f.para - 2 for g in found):
        return None
    last = one_speakers(found, resolved, f.para - 1)
    if last is None or not found[last].attributed or question(found[last]):
        return None
    answerer = (resolved[last] or (None,))[0]
    told = paragraphs[f.para - 2]
    if not answerer or (" asked " not in told and " pressed " not in told):
        return None
    return asker_in(told, answerer, index, offsets[f.para - 2])


def asker_in(told: str, answerer: str, index: NameIndex, at: int) -> str | None:
    """Who the last sentence of `told` (written at `at`) says asked `answerer` a question ("X
    asked him how …", "X pressed Tillman on whether …"); None when it tells no such question."""
    for m in _ASKED.finditer(_SENTENCE_END.split(told)[-1]):
        asker = index.fullest(m.group(1), at)
        named = index.fullest(m.group(1).split()[-1], at)
        if " " in named and m.group(1).endswith(" " + named):  # round 58: "Assemblyman Greg
            asker = named  # Pruitt asked her" is Greg Pruitt, his title aside
        if not index.is_person(asker) or asker.split()[-1] == answerer.split()[-1]:
            continue
        pronoun = _OBJECT.get(m.group(2))
        if pronoun is not None:
            if index.gender(answerer) == pronoun:
                return asker
        elif index.fullest(m.group(3), at).split()[-1] == answerer.split()[-1]:
            return asker
    return None
