"""Who tells a nested report's words, as the quote shows them: "Marsh (as told by Victor Ruane)"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.words import DOCUMENTS, person_head

__all__ = ["teller_name", "told_by_themself"]

# papers a court or a prosecutor files, which tell no one's words as a person does
_PAPERS: Final = DOCUMENTS | words_set("indictment affidavit subpoena warrant deposition")


def teller_name(teller: str | None, pos: int, index: NameIndex, speaker: str) -> str | None:
    """The fullest name the article gives the teller of a nested report ("Ruane" → "Victor
    Ruane"), or the words describing one not named ("one senior official"); None when there is
    no teller, or it is the speaker."""
    if not teller:
        return None
    told = parse_speaker(teller)
    if told is None or told.is_org:
        return None
    if not told.name:  # "one senior official": as written, an opening capital lowered; a
        head = (told.role or "").split()[-1:] or [""]
        if not person_head(head[0].lower()) or head[0].lower() in _PAPERS:  # a document tells
            return None  # no one ("The indictment says Adair told …": Adair's, no teller shown)
        return teller[:1].lower() + teller[1:] if teller[:1].isupper() else teller
    name = index.fullest(told.name, pos)
    return None if name == speaker or name.split()[-1] == speaker.split()[-1] else name


def told_by_themself(teller: str | None, pos: int, index: NameIndex, person: str) -> bool:
    """The inner speaker of a nested report resolved to its teller ("Lindqvist’s adviser, Greta
    Haugen, said the governor had told her …" with "the governor" read as Haugen): a misreading,
    since no one tells that they told themself; the quote is left to no one."""
    if not teller:
        return False
    told = parse_speaker(teller)
    if told is None or not told.name:
        return False
    return index.fullest(told.name, pos).split()[-1] == person.split()[-1]
