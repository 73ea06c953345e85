"""An "according to" phrase naming people, set aside when the sentence's own speech verb follows."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.words import AFFILIATIONS, person_head

__all__ = ["people_say_so"]

# plural nouns for people the reporter heard it from ("according to two people familiar with …")
_PEOPLE: Final = words_set(
    """people persons sources friends associates aides officials advisers advisors allies
    witnesses attendees participants colleagues lawmakers staffers those others"""
)
_ENDS_HEAD: Final = words_set("familiar close with who in at of from on to briefed")


def people_say_so(phrase: list[str]) -> bool:
    """Whether "according to" + `phrase` names people who told the reporter what someone else
    said ("According to one former official, Esper told the White House that he needed “…”",
    "Zients, according to a person familiar with the calls, told Murphy that …"): a speech verb
    after it gives the words to its own subject, not to the source. A document or a report
    ("According to White House pool reports, Obama said “…”") is not set aside: the wording is
    the report's."""
    speaker = parse_speaker(" ".join(phrase))
    if speaker is None or speaker.is_org:
        return False
    if speaker.name:  # "According to Smith, Jones said …"
        return True
    head = next((t for t in phrase if t.lower() in _ENDS_HEAD), None)
    nouns = phrase[: phrase.index(head)] if head else phrase
    last = nouns[-1].lower() if nouns else ""
    # "two Republicans in the room": members of a party are people too
    return last in _PEOPLE or person_head(last) or last.removesuffix("s") in AFFILIATIONS
