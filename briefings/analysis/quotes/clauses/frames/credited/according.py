"""An "according to" phrase naming people, set aside when the sentence's own speech verb follows."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.words import AFFILIATIONS, person_head

__all__ = ["body_relays_a_named_speaker", "people_say_so", "unnamed_tellers_after"]

# plural nouns for people the reporter heard it from ("according to two people familiar with …")
_PEOPLE: Final = words_set(
    """people persons sources friends associates aides officials advisers advisors allies
    witnesses attendees participants colleagues lawmakers staffers those others"""
)
_COUNTS: Final = words_set("one two three four several some both each many most all")
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
    if head == "of" and phrase[0].lower() in _COUNTS:  # "two of the people", "one of those"
        return people_say_so(phrase[phrase.index(head) + 1 :])
    nouns = phrase[: phrase.index(head)] if head else phrase
    last = nouns[-1].lower() if nouns else ""
    # "two Republicans in the room": members of a party are people too
    return last in _PEOPLE or person_head(last) or last.removesuffix("s") in AFFILIATIONS


def unnamed_tellers_after(toks: list[str], idx: int) -> bool:
    """The quotation at `idx` is closed by "according to" people named by no name ("…,” according
    to two people on the call."): they only pass on the words, whose speaker a speech verb before
    the quotation names ("Brennan told members that the votes were “…,” according to …")."""
    k = idx + 1
    while k < len(toks) and toks[k] in {",", "\ue001"}:
        k += 1
    if toks[k : k + 2] != ["according", "to"]:
        return False
    phrase: list[str] = []
    for t in toks[k + 2 :]:
        if t in {",", ".", ";", ":", "\ue000"}:
            break
        phrase.append(t)
    speaker = parse_speaker(" ".join(phrase)) if phrase else None
    return bool(speaker and not speaker.name and people_say_so(phrase))


def body_relays_a_named_speaker(phrase: list[str], toks: list[str], end: int, upto: int) -> bool:
    """Whether "according to" + `phrase`, a body ("the Foreign Ministry"), is followed, after the
    comma at `end`, by a person named in capitalised words and at once a speech verb, before the
    quotation at `upto`: "According to the Foreign Ministry, Nakagawa told Park that the
    countries must “…”" — the body relays its minister's words, which are the minister's."""
    speaker = parse_speaker(" ".join(phrase))
    if speaker is None or not speaker.is_org or end >= upto or toks[end] != ",":
        return False
    k = end + 1
    start = k
    while k < upto and k - start < 4 and toks[k][:1].isupper() and toks[k] not in CUES:
        k += 1
    if k == start or k >= upto or toks[k] not in CUES or not toks[k].islower():
        return False
    named = parse_speaker(" ".join(toks[start:k]))
    return bool(named and named.name and not named.is_org)
