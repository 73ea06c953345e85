"""A person a sentence about a thing introduces: "The decision angered Sir Martin Coles, who …"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.words import AUX, IRREGULAR
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.quotes.resolution.descriptions.described import gender_of_head
from briefings.analysis.quotes.resolution.resolve import DESCRIBED, UNNAMED
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive
from briefings.analysis.speech.words import ROLE_NOUNS, one_person, person_head

__all__ = ["introduced_object"]

_THING_OPENS: Final = words_set("the that this its his her their")  # "The ruling", "That"
_INDEFINITE: Final = words_set("a an one")
_AFTER_INDEFINITE: Final = words_set(", who in from at on .")  # "a man in the back row, who"
# Words opening what follows a name's comma when it introduces them: "Delia Ocampo, who leads",
# "…, a farmer".
_APPOSITIVE_OPENS: Final = words_set("who whose a an the")
_REACH: Final = 10  # words after the verb in which the person is looked for
_ENDS: Final = {".", "!", "?"}


def introduced_object(toks: list[str]) -> tuple[int, str] | None:
    """The one person a sentence whose subject is a thing names after its verb, introduced there
    by a clause or a description or ending it: "The ruling was welcomed by Delia Ocampo, who
    leads …", "That did not sit well with Ruth Gaskill, a wheat farmer" (the name); "The answer
    angered a man in the back row, who …" (UNNAMED); "The answer did not satisfy the grieving
    father." (DESCRIBED + the description). A "he" or "she" in the next sentence means them."""
    verb = _verb_after_thing(toks)
    if verb is None:
        return None
    for k in range(verb + 1, min(len(toks), verb + _REACH)):
        t = toks[k]
        if mask_id(t) is not None or t in {";", ":", ","}:
            return None  # a quotation, or a clause before any person
        if is_cap(t):
            return _name_at(toks, k)
        low = t.lower()
        if low in _INDEFINITE or low == "the":
            return _description_at(toks, k)
    return None


def _verb_after_thing(toks: list[str]) -> int | None:
    """The verb after a subject that is a thing opening the sentence ("The decision angered",
    "That did"): its place; None when the subject is a person or no verb follows soon."""
    j = 1 if toks[:1] in (["But"], ["And"]) else 0
    if j >= len(toks) or toks[j].lower() not in _THING_OPENS:
        return None
    k = j + 1
    while k < len(toks) and k - j <= 4:
        t = toks[k]
        if t in AUX or t in IRREGULAR or t in CUES or (t.islower() and t.endswith("ed")):
            head = toks[k - 1]
            if k > j + 1 and _a_person(head):
                return None  # "The senator was unmoved": a person, read elsewhere
            return k
        if not (t.isalpha() and t.islower()):
            return None  # "The meeting with Putin": a person inside the subject
        k += 1
    return None


def _a_person(word: str) -> bool:
    """A noun the word lists know for a person: "senator", "father", "man"; not a noun that only
    ends like one ("answer", "order")."""
    known = word in ROLE_NOUNS or gender_of_head(word) is not None
    return known or (person_head(word) and not word.endswith(("er", "or")))


def _name_at(toks: list[str], k: int) -> tuple[int, str] | None:
    """A person's name at `k` introduced by what follows it; past an owner and their description
    to the name apposed to it ("Saxony’s economy minister, Frank Holtz, who")."""
    end = k
    while end < len(toks) and is_cap(toks[end]) and mask_id(toks[end]) is None:
        end += 1
    if is_possessive(toks[end - 1]):
        comma = next((c for c in range(end, min(len(toks), end + 5)) if toks[c] == ","), None)
        if comma is None or comma + 1 >= len(toks) or not is_cap(toks[comma + 1]):
            return None
        return _name_at(toks, comma + 1)
    after = toks[end] if end < len(toks) else "."
    if after == ",":
        nxt = toks[end + 1] if end + 1 < len(toks) else ""
        if not (nxt in _APPOSITIVE_OPENS or nxt in ROLE_NOUNS):  # not ", and grand marshals …"
            return None
    elif after not in _ENDS:
        return None
    sp = parse_speaker(" ".join(toks[k:end]))
    return (k, sp.name) if sp and sp.name and not sp.is_org else None


def _description_at(toks: list[str], k: int) -> tuple[int, str] | None:
    """ "a man in the back row, who" (UNNAMED), "the grieving father." ending the sentence
    (DESCRIBED + "grieving father")."""
    head = next((h for h in range(k + 1, min(len(toks), k + 4)) if _a_person(toks[h])), None)
    if head is None or not all(t.isalpha() and t.islower() for t in toks[k + 1 : head + 1]):
        return None
    if not one_person(toks[head]):
        return None
    after = toks[head + 1] if head + 1 < len(toks) else "."
    if toks[k].lower() == "the":
        return (k, DESCRIBED + " ".join(toks[k + 1 : head + 1])) if after in _ENDS else None
    return (k, UNNAMED) if after in _AFTER_INDEFINITE or after in _ENDS else None
