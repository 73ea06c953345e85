"""A pronoun after a sentence whose subject is someone described ("…, the former governor has been
making calls. “…,” he said"): the one described, not whoever an earlier paragraph named when the
article gives them another role."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.described import gender_of_head
from briefings.analysis.quotes.resolution.descriptions.given_roles import role_holders
from briefings.analysis.quotes.resolution.descriptions.media.hosts import called
from briefings.analysis.quotes.resolution.sentence_starts import starts_outside_quotations
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.roles import role_near
from briefings.analysis.speech.words import one_person, person_head

__all__ = ["described_one", "described_subject"]

# "the" opening a sentence, or after the comma that closes an opening phrase ("As the campaign
# enters its final weeks, the former governor has been"), then up to four lower-case words
_THE: Final = re.compile(r"(?:^|(?<=, ))[Tt]he ((?:[a-z][\w\-]*\s+){1,3}[a-z][\w\-]*)")
# words after a person's noun that make it no subject of a verb, or part of a longer noun phrase
_NOT_A_VERB: Final = frozenset(
    {"of", "and", "or", "who", "whom", "whose", "that", "in", "at", "for", "on", "from", "with"}
)


def described_subject(par: str, upto: int, want: str) -> str | None:
    """The description ("former governor") that is the subject of the sentence right before the
    one holding `upto` in `par`, read outside quotations, when its head is a noun for one person
    of the pronoun's gender `want` or of none, followed by its verb; else None."""
    starts = starts_outside_quotations(par, upto)
    if len(starts) < 2:
        return None
    sentence = par[starts[-2] : starts[-1]]
    for m in _THE.finditer(sentence):
        words = m.group(1).split()
        for i in range(min(len(words) - 1, 3)):
            head, after = words[i], words[i + 1]
            if after in _NOT_A_VERB:
                break
            if person_head(after):
                continue  # "the former governor": "former" is no head while a noun follows
            if not (person_head(head) and one_person(head)):
                break
            if gender_of_head(head) not in (want, None):
                return None
            return " ".join(words[: i + 1])
    return None


def described_one(
    description: str, name: str, want: str, index: NameIndex, pos: int, paragraphs: Sequence[str]
) -> str | None:
    """Whom the pronoun of gender `want` at `pos` means after a sentence whose subject is
    `description`, when it was resolved to `name` of an earlier paragraph: `name` when the article
    gives them that role ("Sen. Mark Delaney …. The senator has repeated …, he told donors"), the
    one person it gives that role to otherwise ("the former governor" of "former Gov. Tom
    Garrity"); None when the article gives `name` another role ("Michael Garrity, a high school
    teacher"): the one described is someone else, whom the pronoun then means."""
    holders = role_holders(description, index, pos, paragraphs)
    head = description.split()[-1]
    if name in holders or called(head, name, paragraphs):
        return name
    if len(holders) == 1 and index.gender(holders[0]) in (want, None):
        return holders[0]
    if role_near(name, paragraphs) or _set_beside(name, paragraphs):
        return None  # "Michael Garrity, a high school teacher": another's role, not this one
    return name  # the article gives `name` no role: the one described may well be them


def _set_beside(name: str, paragraphs: Sequence[str]) -> bool:
    """The article sets a noun for a person beside `name` ("Michael Garrity, a high school
    teacher in Kalamazoo,"): a role it gives them."""
    apposed = re.compile(
        rf"\b{re.escape(name.split()[-1])}, (?:a|an|the) ((?:[\w\-]+ ){{0,3}}?[a-z][\w\-]*)\b"
        r"(?= in | at | of | from |[,.;])"
    )
    for par in paragraphs:
        if name.split()[-1] not in par:
            continue
        for m in apposed.finditer(par):
            if person_head(m.group(1).split()[-1]):
                return True
    return False
