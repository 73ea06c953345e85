"""A bare quotation after "“…,” she said, and her husband cut in.": someone else's turn."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["another_takes_the_turn"]

# between the quotation before and this one: its clause, then ", and <someone> cut in." (or
# "replied", "interjected" …), a second speaker's turn that quotes nothing of its own
_TURN: Final = re.compile(
    r",\s+(?:and|but|then|before|until)\s+(?P<subject>[^,.;:“”\"]{2,40}?)\s+"
    r"(?:cut in|broke in|chimed in|jumped in|interjected|interrupted|replied|responded|answered|"
    r"shot back|retorted|countered)\s*[.:]?\s*\W?\Z"
)


def another_takes_the_turn(between: str, speaker: str | None) -> bool:
    """The text between two quotations of a paragraph ends with a second clause whose subject,
    not the first quotation's speaker, takes the turn: ",” Ebeling said, and her husband cut in.
    “…”" is the husband's, not Ebeling's. A pronoun subject ("and she replied") goes on."""
    found = _TURN.search(between)
    if found is None:
        return False
    subject = found.group("subject").strip()
    if subject.lower() in {"he", "she", "they", "i", "we"}:
        return False
    return not (speaker and subject.split()[-1] == speaker.split()[-1])
