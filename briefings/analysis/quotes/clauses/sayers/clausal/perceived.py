"""The one watched acting ("she watches Mr. Sanders thrill crowds by urging “…”") speaks."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.tokens import is_cap

_PERCEIVING: Final = words_set("watch watches watched watching hear hears heard hearing")
_STOPS: Final = frozenset({",", ".", ";", ":", "(", ")"})


def perceived_actor(toks: list[str], idx: int) -> str | None:
    """A partial quotation at `idx` in the clause of "watches" or "heard" and a name right after
    it that then acts with a bare verb: the name's words, not the watcher's ("Yet she watches
    Mr. Sanders thrill young audiences by exhorting them to seek “political revolution”" is
    Sanders'). None when no comma-free stretch from such a verb reaches the quotation."""
    for j in range(idx - 1, -1, -1):
        t = toks[j]
        if t in _STOPS or mask_id(t) is not None:
            return None
        if t.lower() not in _PERCEIVING:
            continue
        k = j + 1
        name: list[str] = []
        while k < idx and (is_cap(toks[k]) or (name and toks[k] == ".")):
            name.append(toks[k])
            k += 1
        verb = toks[k] if k < idx else ""
        if name and verb.isalpha() and verb.islower() and not verb.endswith(("ed", "s")):
            return " ".join(t for t in name if t != ".")
        return None
    return None
