"""Words one person reports another saying: "Ruane said Marsh had told him “…”" are Marsh's."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.sayers.subjects import cue_subject
from briefings.analysis.quotes.clauses.words import PREPOSITIONS
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.speaker import Speaker, parse_speaker
from briefings.analysis.speech.subject import subject_before
from briefings.analysis.speech.words import person_head

__all__ = ["nested_report"]

# what the teller does: reports, in a clause whose complement follows
_TELLING: Final = words_set("said says told tells recalled recalls recounted claimed insisted")
# what the inner person does with the words: says them, tells them, calls something by them
_SAYING: Final = words_set("said says told tells called calls described describes taught teaches")
# a verb of saying that is no speech cue elsewhere: "her father had taught her that “…”"
_TAUGHT: Final = words_set("taught teaches")
# a teller written as a pronoun of a person: "She said her father had taught her that “…”"
_PERSONAL: Final = words_set("he she")
_AUXILIARIES: Final = words_set("had has have once often always")
# owners of a person named by a noun: "her father", "his mother"
_OWNERS: Final = words_set("her his")
# a name after one of these is no teller: "A former DHS official who worked under Ruane said"
_NO_SUBJECT_AFTER: Final = PREPOSITIONS | words_set("under behind beside alongside among")


def nested_report(toks: list[str], upto: int) -> tuple[str, str] | None:
    """(inner person, teller) when the quotation at `upto` stands in the complement of a verb of
    saying, telling or calling whose subject is a person named or described ("Marsh", "the
    governor"), itself the complement of another's speech verb right before that subject
    ("Ruane said Marsh had told him “…”", "Benning said Harlan had called the episode “…”",
    "Haugen said the governor had told her … that he would “…”"): the words are the inner
    person's, told by the teller. None when the inner subject is a pronoun ("Ross said he had
    told them “…”": the teller's own account), when another speech verb or quotation stands
    between the inner verb and the quotation, or when either subject is not a person's. The
    teller may be unnamed ("One senior official said Marsh told him the leak was “…”") or a
    pronoun, and the inner person a possessed one ("she said her father had taught her that
    “…”": the father's, round 53)."""
    inner_at = None
    for m in range(upto - 1, 0, -1):
        t = toks[m]
        if mask_id(t) is not None:
            return None  # another quotation before this one in the same clause: not read
        if (t in CUES or t in _TAUGHT) and t.islower():
            if t not in _SAYING:
                return None
            inner_at = m
            break
    if inner_at is None:
        return None
    if toks[inner_at] in {"called", "calls"} and toks[inner_at + 1 : inner_at + 2] in (
        ["on"],
        ["for"],
    ):
        return None  # "Clinton called on members to be “…”": an appeal the teller words
    inner = subject_before(toks, inner_at) or _possessed_person(toks, inner_at)
    if inner is None:
        return None
    phrase, start = inner
    c = start - 1
    if c >= 0 and toks[c] == "that":
        c -= 1
    if c < 1 or not (toks[c] in _TELLING and toks[c].islower()):
        return None
    at = subject_before(toks, c)
    if at is not None and at[1] > 0 and toks[at[1] - 1].lower() in _NO_SUBJECT_AFTER:
        return None  # "A former DHS official who worked under Ruane said …": not Ruane telling
    teller = cue_subject(toks, c)
    told = parse_speaker(teller) if teller else None
    if (told is None or not told.name) and at is not None:  # "One former aide, Priya
        named = parse_speaker(at[0])  # Sandoval, said": the name in the appositive
        if named is not None and named.name:
            teller, told = at[0], named
    said = parse_speaker(phrase)
    if said is None or told is None or not teller or said.is_org or told.is_org:
        return None
    if not (
        said.name
        or (said.role and (said.definite or phrase.split()[0].lower() in _OWNERS))
        or _someone_unnamed(said, phrase)  # round 60: "… says a senior adviser told her: “…”"
    ):
        return None
    if not (told.name or told.role or (told.pronoun or "").lower() in _PERSONAL):
        return None
    if said.name and said.name == told.name:
        return None
    return phrase, teller


def _possessed_person(toks: list[str], verb: int) -> tuple[str, int] | None:
    """A person named by a pronoun's possessive and a noun as the subject of the verb at `verb`,
    past an auxiliary ("her father had taught"): ("her father", its start); None otherwise."""
    j = verb - 1
    while j > 0 and toks[j] in _AUXILIARIES:
        j -= 1
    if j < 1 or toks[j - 1].lower() not in _OWNERS or not person_head(toks[j].lower()):
        return None
    return f"{toks[j - 1]} {toks[j]}", j - 1


def _someone_unnamed(said: Speaker, phrase: str) -> bool:
    """Whether the inner subject `phrase` is a person written with "a" or "an" and no name ("a
    senior Hargrove adviser", "an aide"): the words are that person's, whom the text does not
    name, not the teller's (round 60: "Ruggles says a senior adviser told her: “…”")."""
    words = phrase.split()
    return bool(
        not said.name
        and said.role
        and said.indefinite
        and words[0].lower() in {"a", "an"}
        and person_head(words[-1].lower())
    )
