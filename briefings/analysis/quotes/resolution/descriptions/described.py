"""What a description of one person says of whom it can mean: a gender, an age."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.given_names.gender import PERSON_NOUNS
from briefings.analysis.speech.tokens import is_possessive, without_possessive
from briefings.analysis.speech.words import person_head

__all__ = [
    "age_of_description",
    "aged_subject",
    "another_age",
    "gender_of_head",
    "given_age",
    "of_a_body",
]

_AGE: Final = re.compile(r"(\d{1,3})-year-old$")
# a person described only by an age, as a clause's subject: "the 71-year-old is expected to",
# "The 46-year-old has her own vulnerabilities"; not "the 71-year-old Miriam Ostrowski"
_AGED_SUBJECT: Final = re.compile(
    r"\b[Tt]he\s+(\d{1,3})-year-old\s+(?:(?:also|still|now|has|had|is|was|will|would)\b)"
)


def gender_of_head(role: str | None) -> str | None:
    """The gender the head noun of a description gives: "f" for "the actress", "the
    congresswoman"; "m" for "the widower"; None for "the senator" or "the chairman"."""
    if not role:
        return None
    head = role.split()[-1].lower()
    if head.endswith("woman") and head.isalpha():
        return "f"  # "congresswoman", "frontwoman"
    return PERSON_NOUNS.get(head)  # not "spokesman", "chairman": said of women too


def of_a_body(role: str | None) -> bool:
    """ "township's zoning officer", "county's Republican chairman": a description of someone
    by the body they serve (a lower-case possessive, not a person's: "the senator's aide" is
    another case), who is no one the article has named unless it gave them that role."""
    words = (role or "").split()
    if len(words) < 2 or not is_possessive(words[0]) or not words[0].islower():
        return False
    return not person_head(without_possessive(words[0]))


def age_of_description(role: str | None) -> str | None:
    """The age a description is made of: "46" for "the 46-year-old"."""
    match = _AGE.search(role.split()[-1]) if role else None
    return match.group(1) if match else None


def given_age(name: str, age: str, paragraphs: Sequence[str]) -> bool:
    """The article gives the person `name` that age: "Melania Trump, 46, …", "the 46-year-old
    Melania Trump"."""
    return age in ages_of(name, paragraphs)


def another_age(name: str, age: str, paragraphs: Sequence[str]) -> bool:
    """The article gives the person `name` an age, and not that one."""
    ages = ages_of(name, paragraphs)
    return bool(ages) and age not in ages


def ages_of(name: str, paragraphs: Sequence[str]) -> set[str]:
    """The ages the article writes beside the surname of `name`. (Every match writes the surname:
    only the paragraphs that do are searched, the pattern made only when one does.)"""
    surname = name.split()[-1]
    writing = [par for par in paragraphs if surname in par]
    if not writing:
        return set()
    last = re.escape(surname)
    pattern = re.compile(
        rf"\b{last}\b(?:\s*\([^()]{{1,30}}\))?,\s*(?:aged\s+)?(\d{{1,3}}),"
        rf"|\b(\d{{1,3}})-year-old\s+(?:[\w.’'-]+\s+){{0,4}}?{last}\b"
    )
    return {a or b for par in writing for a, b in pattern.findall(par)}


def aged_subject(paragraph: str, upto: int) -> str | None:
    """The age of the last person the paragraph, read up to `upto`, describes only by an age as a
    verb's subject ("… and the 71-year-old is expected to decide all of them."): "71"."""
    found = [m.group(1) for m in _AGED_SUBJECT.finditer(paragraph, 0, upto)]
    return found[-1] if found else None
