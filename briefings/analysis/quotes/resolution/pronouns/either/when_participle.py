"""A quotation after a participle of speech that follows a when-clause naming someone else ("He
tweeted when Clinton ended a debate … with a line from a movie, remarking, “Thank you, and may The
Force be with you.”"): the participle may tell what the subject wrote or what the one of the
when-clause said, so no one is meant."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.quotes.resolution.sentence_starts import starts_near

__all__ = ["when_clause_before_participle"]

# "when Gov. Alan Mercer closed …": the names of a when-clause
_WHEN: Final = re.compile(r"\bwhen ((?:[A-Z][\w.’'-]*\s)+)[a-z]")
# "…, remarking, “", "…, saying “": a participle of speech right before the quotation
_PARTICIPLE: Final = re.compile(
    r",\s*(?:remarking|saying|quipping|joking|declaring|adding|writing|noting),?\s*$"
)


def when_clause_before_participle(name: str, par: str, at: int) -> bool:
    """The quotation at `at` in `par`, given to `name`, follows a participle of speech that comes
    after a when-clause of its sentence naming someone whose last name is not `name`'s."""
    if "when " not in par:  # the rare word first
        return False
    own = starts_near(par, at)[-1]
    head = par[own:at]
    if _PARTICIPLE.search(head) is None:
        return False
    when = _WHEN.search(head)
    if when is None:
        return False
    named = when.group(1).split()
    return name.split()[-1] not in named and len(named[-1]) > 1
