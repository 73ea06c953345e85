"""Whom a quotation addresses ("…, Senator.", "…, Greta."): never the one who speaks it."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["addresses"]

# a name or a title set off by a comma before a sentence's end: "I'd have to check, Senator.",
# "Not on your show, Greta.", "Who pays, Mr. Mayor?"
_AT_THE_END: Final = re.compile(
    r",\s+(?:(?:Mr|Mrs|Ms|Madam|Madame)\.?\s+)?([A-Z][a-z’'\-]+)[.?!]+(?=\s|$)"
)
# a title opening the quotation: "Senator, your own leadership …", "Madam Secretary, what …"
_AT_THE_START: Final = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Madam|Madame)\.?\s+)?(Senator|Governor|Congressman|Congresswoman|Mayor"
    r"|Secretary|President|Director|Judge|Sheriff|Chairman|Chairwoman),\s"
)
# the titles a role abbreviates: "Sen." is addressed as "Senator"
_TITLES: Final = {
    "sen.": "senator",
    "gov.": "governor",
    "rep.": "congressman",
    "sec.": "secretary",
    "pres.": "president",
    "dir.": "director",
}


def _addressed(text: str) -> set[str]:
    words = {m.group(1).lower() for m in _AT_THE_END.finditer(text.rstrip("”\"’' "))}
    start = _AT_THE_START.match(text)
    if start:
        words.add(start.group(1).lower())
    return words


def addresses(text: str, name: str, role: str | None) -> bool:
    """The quotation `text` calls someone by a name or a title set off by a comma ("…, Senator.",
    "Greta, …") that is the name or the title of `name` (with `role`): one does not address
    oneself, so the words are not theirs."""
    addressed = _addressed(text)
    if not addressed:
        return False
    own = {w.lower() for w in re.findall(r"[\w’'\-]+", name)}
    for w in (role or "").lower().split():
        own.add(_TITLES.get(w, w.rstrip(".")))
    if "congressman" in own:
        own.add("congresswoman")
    return bool(addressed & own)
