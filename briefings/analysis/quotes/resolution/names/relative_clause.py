"""A speaker found inside a relative clause that sits between the sentence's subject and the
quotation ("Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey
on MSNBC, calling it a “no-brainer”"): the one the clause describes speaks, not the one it names."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.quotes.resolution.sentence_starts import starts_near
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.speaker import parse_speaker

__all__ = ["described_by_the_clause"]

# "Rudy Giuliani, who backs Trump, …": a name, then a relative clause closed by a comma
_RELATIVE: Final = re.compile(r"((?:[A-Z][\w.’'-]*\s)*[A-Z][\w.’'-]*), who ([^,“”\"]+),")


def described_by_the_clause(name: str, par: str, at: int, index: NameIndex, pos: int) -> str | None:
    """For a quotation at `at` in `par` (global position `pos`) given to `name`: when its sentence,
    before it, names `name` only inside a relative clause ("…, who backs Trump,") of another name,
    that other person (the fullest form of the name), or "" when that name is no person; None
    when the sentence does not read so."""
    if ", who " not in par:  # the rare words first
        return None
    own = starts_near(par, at)[-1]
    head = par[own:at]
    surname = name.split()[-1]
    for m in _RELATIVE.finditer(head):
        inside = re.search(rf"\b{re.escape(surname)}\b", m.group(2))
        if inside is None or re.search(rf"\b{re.escape(surname)}\b", m.group(1)):
            continue
        if re.search(rf"\b{re.escape(surname)}\b", head[m.end() :]):
            return None  # named again after the clause: read as written
        sp = parse_speaker(m.group(1))
        if sp is None or not sp.name or sp.is_org:
            return ""
        full = index.fullest(sp.name, pos)
        return full if index.is_person(full, speaker=True) else ""
    return None
