"""A person's gender from an honorific, a gendered role or a first name.

For pronouns and for telling a first name from a surname. Light: a query's support check asks it
without loading the attribution rules."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from briefings.analysis.common.given_names.first_names import given_name_gender, is_given_name
from briefings.analysis.common.names import words_set

HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
# A peer's style before a surname gives a gender as a courtesy title does: "Lady Bland" is not
# Sir Christopher Bland, "Lord Coe" may be Sebastian Coe.
PEERS: Final = {"lady": "f", "baroness": "f", "lord": "m", "baron": "m"}
# A knight's and a dame's styles, which stand before a given name: "Sir Cameron", "Dame Judi".
KNIGHTS: Final = {"sir": "m", "dame": "f"}
# The styles that stand before a given name, and the gender each gives: a knight's, a dame's, and
# "Lady" before a given name (a peer's daughter's courtesy style: "Lady Diana", "Lady Louise"), as
# distinct from "Lady" before a surname ("Lady Thatcher", a peer's style) or a stage name that is
# no given name ("Lady Gaga", one person).
GIVEN_NAME_STYLES: Final = {**KNIGHTS, "lady": "f"}
HONORIFICS |= PEERS
# First names with a clear gender: a general lexicon, not a list of people in any article.
MALE_NAMES: Final = words_set(
    """donald bill barack joe john james robert michael william david richard charles thomas
    christopher daniel matthew anthony mark paul steven steve andrew kenneth joshua kevin brian
    george edward ronald timothy jason jeffrey jeff ryan jacob gary nicholas eric jonathan stephen
    larry justin scott brandon benjamin ben samuel gregory frank alexander raymond patrick jack
    dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy
    harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan
    bryan jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
    vincent russell elijah louis bobby philip johnny ted marco rand jeb chris mike mitch newt
    rudy reince corey chuck harry lindsey bernie tim mitt lincoln rick dick al jake
    vladimir sergei antony tony xi boris emmanuel recep benjamin bibi ashot dmitry dmitri
    sergey jim tom bob dan ron will eli manny nancy_not"""
)
FEMALE_NAMES: Final = words_set(
    """hillary mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy
    lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda
    pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth
    maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
    judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
    janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly
    danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
    carly michele melania ivanka chelsea huma hope sarah elizabeth kellyanne nikki condoleezza
    adrienne karine jen jill kamala theresa angela marine ursula sofia yellen_not"""
)
# Given names of either sex in English news that the dictionary lacks or gives one gender:
# "Laurence" is female in it (French usage) but Laurence Olivier's and Laurence Tribe's too, so
# neither "Mr" nor "Ms" may be told from it; "Jools" (Jools Holland, Jools Oliver) it lacks.
EITHER_NAMES: Final = words_set("laurence jools")

# Jobs written with "-woman" or "-man": "spokeswoman", "chairman". A "-woman" job is said of a
# woman only; a "-man" job gives a man beside a name ("Tom Smith, a spokesman") but as a bare
# description ("the chairman said") may be said of a woman too.
_JOB_HEADS: Final = ("spokes", "chair", "congress", "business")
WOMAN_JOBS: Final = frozenset(h + "woman" for h in _JOB_HEADS)
MAN_JOBS: Final = frozenset(h + "man" for h in _JOB_HEADS)

# Kin: nouns of a relative that a given name may stand beside ("Trump's wife, Melania").
KIN: Final = {
    **dict.fromkeys(("wife", "daughter", "sister", "mother", "widow"), "f"),
    **dict.fromkeys(("husband", "son", "brother", "father"), "m"),
}

# Relatives beyond the household, and by marriage: their gender, not a shared surname (a
# granddaughter or a nephew may be named otherwise): "Her granddaughter, Jess, …"
RELATIVES: Final = {
    **dict.fromkeys(
        ("granddaughter", "grandmother", "niece", "aunt", "stepdaughter", "stepmother"), "f"
    ),
    **dict.fromkeys(("grandson", "grandfather", "nephew", "uncle", "stepson", "stepfather"), "m"),
}

# Nouns for a woman or for a man, whatever job they do: "the actress", "the widow", "the
# widower", "the queen"; kin, and the "-woman" jobs (not the "-man" jobs: see MAN_JOBS).
PERSON_NOUNS: Final[dict[str, str]] = {
    **KIN,
    **dict.fromkeys(
        words_set(
            """actress woman lady girl grandmother aunt niece queen princess duchess countess
            marchioness viscountess baroness heiress waitress hostess mistress granddaughter
            stepmother"""
        )
        | WOMAN_JOBS,
        "f",
    ),
    **dict.fromkeys(
        words_set(
            """man gentleman boy widower grandfather uncle nephew king prince duke count earl
            marquess viscount baron emir sultan sheikh grandson stepfather"""
        ),
        "m",
    ),
}

_GENDERED_ROLE: Final = re.compile(r"(wo)?m[ae]n\b|person", re.I)
_WOMAN_ROLE: Final = re.compile("|".join(sorted(WOMAN_JOBS)))
_MAN_ROLE: Final = re.compile(rf"(?:{'|'.join(sorted(MAN_JOBS))})\b")


@lru_cache(maxsize=65536)  # a pure function of its words, asked again for every mention
def gender_of(name: str, role: str | None = None, honorific: str | None = None) -> str | None:
    first = name.split()[0].lower()
    if honorific in HONORIFICS:
        return HONORIFICS[honorific]
    if role and _GENDERED_ROLE.search(role):
        low = role.lower()
        if _WOMAN_ROLE.search(low):
            return "f"
        if _MAN_ROLE.search(low):
            return "m"
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    if first in EITHER_NAMES:
        return None
    return given_name_gender(name.split()[0])


# The courtesy titles and peers' styles that stand before a surname alone and give its bearer's
# gender (issue 15): "Mrs Dalton", "Lady Thatcher", "Lord Coe". ("Dr" gives none: "Dr Patel" is
# read as the surname alone; "Sir" and "Dame" stand before a given name: `linking.keys`.)
COURTESY_GENDER: Final = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", **PEERS}


def styles_a_given_name(style: str, name: str) -> bool:
    """Whether `style` stands before the given name `name` opens with, as British usage writes a
    knight's, a dame's and a peer's daughter's style: "Sir Alan", "Dame Judi", "Lady Diana"; not
    "Lady" before a surname ("Lady Thatcher") or a stage name ("Lady Gaga")."""
    low = style.lower().rstrip(".")
    if low in KNIGHTS:
        return True
    words = name.split()
    return low in GIVEN_NAME_STYLES and bool(words) and is_given_name(words[0])


def titled_gender(name: str) -> str | None:
    """The gender a courtesy title or a peer's style before a surname gives: "Mrs Dalton",
    "Mrs. Dalton" and "Lady Thatcher" a woman, "Mr Dalton" and "Lord Coe" a man; None for a name
    with no such title ("Ruth Dalton", "Dalton"), or with a style before a given name ("Sir Alan",
    "Lady Diana": `styles_a_given_name`)."""
    words = name.replace(".", " ").split()
    if len(words) < 2:
        return None
    if len(words) == 2 and styles_a_given_name(words[0], words[1]):
        return None
    return COURTESY_GENDER.get(words[0].lower())


def person_gender(name: str) -> str | None:
    """A person's gender from their courtesy title ("Mrs Dalton") or their first name ("Ruth
    Dalton", "Mark Dalton"); None when neither tells (a surname alone, "Pat Dalton")."""
    titled = titled_gender(name)
    if titled is not None or len(name.split()) < 2:
        return titled
    return gender_of(name)


def title_allows(written: str, name: str) -> bool:
    """Whether the person called `name` may be the one written `written`: a courtesy title's
    gender ("Mrs Dalton") refuses a name of the other ("Mark Dalton", "Mr Dalton")."""
    want = titled_gender(written)
    return want is None or person_gender(name) in (want, None)
