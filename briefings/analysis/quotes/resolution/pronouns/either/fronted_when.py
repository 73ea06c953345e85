"""A pronoun after a fronted clause naming someone ("When Tolliver finished, he stood up …, saying
“…”"), when the sentence before has another person of its gender as its subject: the pronoun may
mean either, so no one is meant."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

from briefings.analysis.quotes.resolution.sentence_starts import starts_outside_quotations
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["fronted_names_another"]

_FRONTED: Final = re.compile(
    r"(?:When|After|As|Once|Before|While|Until) ((?:[A-Z][\w.’'-]*\s)+)[a-z]"
)


class _Mention(Protocol):  # the fields of resolve.Mention this reads (no import cycle)
    name: str
    sentence: int
    how: str
    gender: str | None


def fronted_names_another(
    name: str,
    want: str,
    index: NameIndex,
    recent: Sequence[_Mention],
    sentence: int,
    par: str,
    at: int,
) -> bool:
    """The pronoun of gender `want` (its quotation at `at` in `par`, sentence number `sentence` of
    the article) is resolved to `name`, whom its own sentence names in an opening clause ("When
    Tolliver finished, he …"), while the sentence before has another person who fits as a subject
    ("Commissioner Grant Pruett … sat a few feet away.")."""
    if _FRONTED.search(par) is None:  # no fronted clause anywhere: no sentence opens on one
        return False
    own = starts_outside_quotations(par, at)[-1]
    fronted = _FRONTED.match(par, own)
    if fronted is None or name.split()[-1] not in fronted.group(1).split():
        return False
    return any(
        m.sentence == sentence - 1
        and m.how != "possessor"
        and m.name != name
        and (m.gender or index.gender(m.name)) == want
        for m in recent
    )
