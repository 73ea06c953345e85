"""Name shapes: first names, full names, titles, and words that open no name."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.given_names.gender import EITHER_NAMES as _EITHER
from briefings.analysis.common.given_names.gender import FEMALE_NAMES as _FEMALE
from briefings.analysis.common.given_names.gender import HONORIFICS
from briefings.analysis.common.given_names.gender import MALE_NAMES as _MALE
from briefings.analysis.common.kinds import kind_by_lists, not_in_a_name
from briefings.analysis.common.memo import Memo
from briefings.analysis.common.names import (
    CALENDAR,
    DEMONYMS,
    FAMILY_NAME_FIRST,
    NAME_PARTICLES,
    ORG_SUFFIXES,
    ROLE_HEADS,
    name_key,
    words_set,
)
from briefings.analysis.speech.tokens import is_cap, is_possessive, tokens
from briefings.analysis.speech.words import (
    ORG_HEADS,
    ROLE_NOUNS,
    STYLES,
    TITLES,
    described_head,
    name_titles,
    person_head,
)

_INITIAL_MAYBE_DOT: Final = re.compile(r"[A-Z]\.?")


def job_before_name(toks: list[str], at: int) -> bool:
    """A capitalised job word (nameparser's titles: "critic", "novelist", "singer") right before
    a first name and a surname; itself no first name."""
    return (
        toks[at].lower() in name_titles()
        and at + 2 <= len(toks) - 1
        and first_name_like(toks[at + 1])
        and not first_name_like(toks[at])
    )


def first_name_like(tok: str) -> bool:
    """A word that may open a person's name: an honorific, an initial, a given name (asked of
    every capitalised word, again and again)."""
    return _FIRST_NAMES[tok]


# letters written after a person's name for a seat in a parliament or for an honour
_POSTNOMINALS: Final = words_set("MP MLA MPP MHA MNA MSP MEP TD QC KC SC OBE MBE CBE KBE DBE OAM")


def postnominal_at_end(toks: list[str]) -> bool:
    """A seat's or an honour's letters after a first name and a surname ("Eoin Brady TD", "Jane
    Hale MP"): no part of the name, and no sign of a body's (round 59)."""
    return len(toks) >= 3 and toks[-1].rstrip(".") in _POSTNOMINALS and first_name_like(toks[0])


# a seat's holder's title before "for" and the seat: "Labor MP for Macnamara"; a minister's
# before the portfolio: "Minister for Housing Declan Furlong"
_SEAT_HOLDERS: Final = words_set("MPP MP MLA MHA MNA MSP TD Member member Minister minister")
_SEAT_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(sorted(_SEAT_HOLDERS))}) for $")


def for_a_seat(toks: list[str], j: int) -> bool:
    """The "for" at `j` joins a seat's holder's title to the seat, inside one noun phrase: "MP
    for Brunswick", "Minister for Health" (round 59)."""
    return toks[j] == "for" and j > 0 and toks[j - 1] in _SEAT_HOLDERS


def past_a_seat(text: str, at: int, run: str) -> int:
    """Where the name starts in the capitalised `run` at `at` that opens on a seat after "MP for"
    or a portfolio after "Minister for" ("Greens MP for Brunswick Tim Rosen-Hall": at "Tim"; round
    59, "Minister for Housing Declan Furlong": at "Declan"), the first name after the seat's first
    word with a surname after it; 0 when the run is no seat's or no first name follows (round
    59)."""
    if not _SEAT_BEFORE.search(text, max(0, at - 16), at):
        return 0
    words = run.split()
    starts = [j for j in range(1, len(words) - 1) if first_name_like(words[j])]
    return run.index(" " + words[starts[0]] + " ") + 1 if starts else 0


def honorific_after(toks: list[str]) -> bool:
    """Hindi's honorific "ji" written after a capitalised name ("Deshmane ji said", "Atal ji"):
    respect for the person, no word of the name (round 59)."""
    return len(toks) >= 2 and toks[-1] == "ji" and is_cap(toks[-2])


def _first_name_like(tok: str) -> bool:
    low = tok.lower()
    return (
        low in HONORIFICS
        or bool(_INITIAL_MAYBE_DOT.fullmatch(tok))
        or low in _MALE
        or low in _FEMALE
        or low in _EITHER
        or is_given_name(tok)
    )


_FIRST_NAMES: Final = Memo(_first_name_like)


def full_name_at_end(text: str) -> bool:
    """The text ends on a person's name of two words or more, titles aside: "Paul D. Ryan"."""
    toks = tokens(text)
    names = 0
    for i, t in enumerate(reversed(toks)):
        if i and t.lower() in NAME_PARTICLES:  # "Nick Van den Brul"
            continue
        if not is_cap(t) or is_possessive(t) or _titled_word(t.lower()):
            break
        names += 1
    return names >= 2


def _titled_word(low: str) -> bool:
    """A title, a role or an organisation's head word (no set of all three is made per word)."""
    return low in TITLES or low in ROLE_NOUNS or low in ORG_HEADS


_NAME_ENDS: Final = re.compile(r"\s(?:of|at|from|for|in|with|who)\s")  # "Josh Earnest[ of ]…"


# "a Tennessee company called", "a woman named": a kind of body or person, then its name
_CALLED: Final = re.compile(r"^(?:the\s|an?\s)?(?:[\w\-]+\s){1,4}(?:called|named)\s")
_OFFICE: Final = re.compile(r"(?:[A-Z][\w.]*\s){1,2}of\s((?:[A-Z][\w.’'\-]*(?:\s|$))+)")


def _after_office(appositive: str) -> str:
    """The appositive from the name after an office with "of" in it ("Secretary of State Helen
    Park", "Minister of Finance Ana Ruiz"): from the first given name after "of"; the appositive
    as it is when there is no such office or no given name after it."""
    office = _OFFICE.match(appositive)
    if office is None or not _a_rank(appositive.split()[0]):  # not "Darran Whiting of Liberty
        return appositive  # Baptist Church": a name before "of" is the name
    tail = office.group(1).split()
    start = next((k for k in range(1, len(tail) - 1) if first_name_like(tail[k])), None)
    if start is None:
        return appositive
    return " ".join(tail[start:]) + " " + appositive[office.end() :]


def _a_rank(tok: str) -> bool:
    """A capitalised rank or office before a name: "Detective", "Superintendent", "Senator"."""
    low = tok.lower().rstrip(".")
    return is_cap(tok) and (low in TITLES or low in ROLE_HEADS or low in name_titles())


def appositive_name(appositive: str) -> str | None:
    """The full name an appositive gives: "Josh Earnest" of "a spokesman, Josh Earnest, who…"."""
    if " of " in appositive:
        appositive = _after_office(appositive)
    appositive = _CALLED.sub("", appositive)  # "a Tennessee company called Meridian Health"
    name = _NAME_ENDS.split(appositive + " ")[0].strip()
    toks = tokens(name)
    toks = toks[max(_job_words(toks), _job_with_a_place(toks), _job_with_a_named_body(toks)) :]
    # "state Sen. Rita Coleman", "Justice Department attorney Sarah Lindgren" (round 50),
    # "radio host Carla Benitez", "former Iowa prosecutor Dale Hummel"
    while len(toks) > 2 and (  # "the Rt Rev Dr Tom Wright", "Detective Superintendent Mick Deats"
        toks[0].lower().rstrip(".") in STYLES or _a_rank(toks[0])
    ):
        toks = toks[1:]
    name = " ".join(toks)
    if len(toks) < 2 or not all(
        (is_cap(t) or (0 < k < len(toks) - 1 and t.lower() in NAME_PARTICLES))
        and not is_possessive(t)
        for k, t in enumerate(toks)
    ):  # round 48: a particle inside the name, "Art del Castillo", "Art Van der Berg"
        return None
    if any(_titled_word(t.lower().strip(".")) for t in toks):
        return None
    return name


def name_after_an_office(appositive: str) -> str | None:
    """The full name an appositive gives after a capitalised office of a word or three ("Labor
    Secretary Hector Ruelas", "Senate Majority Leader Ann Wells"), which `appositive_name` leaves
    to its callers; None when no given name follows such an office."""
    toks = tokens(appositive)
    for t in range(1, min(3, len(toks) - 2) + 1):
        if (
            _titled_word(toks[t - 1].lower().rstrip("."))
            and first_name_like(toks[t])
            and all(is_cap(w) for w in toks[:t])
        ):
            return appositive_name(" ".join(toks[t:]))
    return None


_NOT_A_JOB: Final = words_set(
    """the a an one another this his her their its our and or but not after before under over
    for from with about against into than like toward towards during since until whether other
    known here there ever never however together rather either neither further"""
)


def _job_words(toks: list[str]) -> int:
    """How many lower-case words describing a job open the appositive before a capitalised name
    or title: 2 of "radio host Carla Benitez", 1 of "state Sen. Rita Coleman"; none when the
    words name no job ("the bill's sponsor") or a function word is among them."""
    k = 0
    while k < min(len(toks), 4) and re.fullmatch(r"[a-z][a-z\-]*", toks[k]):
        k += 1
    if k == 0 or (k < len(toks) and toks[k].isupper() and len(toks[k]) > 1):
        return _job_with_a_body(toks)  # "former FBI agent Kyle Moss"
    if not 0 < k <= 3 or len(toks) < k + 2 or not is_cap(toks[k]):
        return 0
    if any(t in _NOT_A_JOB for t in toks[:k]):
        return 0
    last = toks[k - 1]
    return k if _a_job(last) or _a_rank(toks[k]) else 0


# job nouns the endings in `person_head` miss, read only before a name in an appositive (round 50:
# "sophomore Lena Ortega-Price", a student by her year)
_MORE_JOBS: Final = frozenset({"attorney", "counsel", "sophomore"})


def _a_job(word: str) -> bool:
    """A lower-case noun for someone's job: "lawyer", "aide", "attorney"."""
    return (
        word in ROLE_NOUNS
        or word in _MORE_JOBS
        or described_head(word)
        or (len(word) > 4 and person_head(word))
    )


def _job_with_a_named_body(toks: list[str]) -> int:
    """How many words describing a job open the appositive when a body's capitalised name stands
    before the job noun: 3 of "Justice Department attorney Sarah Lindgren", 3 of "Commerce
    Department spokeswoman Lila Ferrante"; none unless the body's last word is an
    organisation's and a capitalised name of two words or more follows the job noun."""
    for k in range(2, min(len(toks) - 2, 5) + 1):
        last = toks[k - 1]
        if not is_cap(toks[k]) or toks[k].isupper() or not re.fullmatch(r"[a-z][a-z\-]*", last):
            continue
        body = toks[: k - 1]
        if (
            _a_job(last)
            and all(is_cap(t) and t.isalpha() for t in body)
            and body[-1].lower() in ORG_SUFFIXES
        ):
            return k
        return 0
    return 0


def _job_with_a_body(toks: list[str]) -> int:
    """How many words describing a job open the appositive when a body's initials stand inside
    them: 3 of "former FBI agent Kyle Moss", 2 of "CIA officer Dana Pruitt"; none unless one
    lower-case job noun closes them right before a capitalised name of two words or more."""
    for k in range(1, min(len(toks) - 2, 4) + 1):
        last = toks[k - 1]
        if not is_cap(toks[k]) or toks[k].isupper():
            continue  # initials are the body's, not the name's
        if not re.fullmatch(r"[a-z][a-z\-]*", last):
            continue
        if any(t in _NOT_A_JOB for t in toks[:k]):
            return 0
        if not all(t.islower() or (t.isupper() and t.isalpha()) for t in toks[:k]):
            return 0  # only lower-case words and initials: "former FBI agent"
        job = last in ROLE_NOUNS or described_head(last) or (len(last) > 4 and person_head(last))
        return k if job else 0
    return 0


def _job_with_a_place(toks: list[str]) -> int:
    """How many words describing a job open the appositive when a place's name stands inside
    them: 3 of "former Iowa prosecutor Dale Hummel", 2 of "Iowa Gov. Dale Hummel" (a rank after
    the place); none unless a lower-case job noun or a rank closes them right before a
    capitalised name of two words or more, and every capitalised word among them is a place's."""
    for k in range(2, min(len(toks) - 2, 5) + 1):
        if not is_cap(toks[k]) or toks[k].isupper():
            continue
        last = toks[k - 1]
        rank = _a_rank(toks[k])
        job = re.fullmatch(r"[a-z][a-z\-]*", last) is not None and (
            last in ROLE_NOUNS or described_head(last) or (len(last) > 4 and person_head(last))
        )
        if not (job or rank):
            continue
        before = toks[: k - 1] if job else toks[:k]
        if _lower_words_and_places(before):
            return k
    return 0


def _lower_words_and_places(toks: list[str]) -> bool:
    """Lower-case words (no function word) and at least one place's name: "former Iowa",
    "veteran New York"."""
    places, run = 0, []
    for t in [*toks, ""]:
        if t and is_cap(t) and t.isalpha():
            run.append(t)
            continue
        if run:
            if kind_by_lists(" ".join(run), [w.lower() for w in run]) != "place":
                return False
            places, run = places + 1, []
        if t and (not re.fullmatch(r"[a-z][a-z\-]*", t) or t in _NOT_A_JOB):
            return False
    return places > 0


def is_title_word(tok: str) -> bool:
    """A capitalised title or office, never a name alone: "Bishop", "Novelist", "President"
    (nameparser's list of titles, with ours)."""
    low = tok.lower().rstrip(".")
    return is_cap(tok) and (low in TITLES or low in name_titles()) and low not in STYLES


def particle_inside(toks: list[str], k: int) -> bool:
    """ "van", "den" inside a name run: "Nick Van den Brul", "Ursula von der Leyen" (a particle
    after a particle after a capitalised word)."""
    if not (0 < k < len(toks) - 1 and toks[k].lower() in NAME_PARTICLES):
        return False
    return is_cap(toks[k - 1]) or (
        k > 1 and toks[k - 1].lower() in NAME_PARTICLES and is_cap(toks[k - 2])
    )


def leading_words(words: list[str]) -> int:
    """How many words before a person's name are no part of it: "Year" of "Liar of the Year Barack
    Obama", "See" of "See Sexton’s timeline", "Ranking Democrat" of "Ranking Democrat Elijah E.
    Cummings"; none in a place or an organisation ("New Hampshire", "Asian Development Bank")."""
    cut = 0
    for i, w in enumerate(words[:-1]):
        if _not_a_forename(w.lower()) and w.lower() not in HONORIFICS:
            cut = i + 1
    if cut and kind_by_lists(" ".join(words), [w.lower() for w in words]):
        return 0
    return cut


# a romanised East Asian given name of two syllables joined by a hyphen: "Geun-hye", "Soon-sil"
_HYPHENED_GIVEN: Final = re.compile(r"[A-Z][a-z]+-[a-z]+")


def family_name_first(name: str) -> bool:
    """A name written family name first, as East Asian names are, with a hyphened given name
    after it ("Park Geun-hye", "Choi Soon-sil", "Kim Yo-jong"): its first word is a family name,
    never a place's or a body's word ("park"), and its given name is no English word ("soon")."""
    words = name.split()
    return (
        len(words) == 2
        and words[0].lower() in FAMILY_NAME_FIRST
        and _HYPHENED_GIVEN.fullmatch(words[1]) is not None
    )


@lru_cache(maxsize=65536)
def not_a_thing(name: str) -> bool:
    """A name of two words or more the word lists do not make a place, an organisation or a people
    ("Puerto Rico", "United Technologies", "New Yorkers", "Rubbing Japanese"), with no word before
    the surname that a name never holds ("Message About Latinos"); a surname may be a common word
    ("Jeff Early", "Tom Small")."""
    words = name_key(name).split()
    if kind_by_lists(name, words) or words[-1] in DEMONYMS:
        return False
    if family_name_first(name):  # round 56: "Choi Soon-sil" (not "soon")
        return True
    return not any(_not_a_forename(w) for w in words[:-1])


# Prepositions the word lists leave out, which open a sentence before a name: "Outside Carrier’s
# plant", "Amid Trump’s rise".
_PREPOSITIONS_BEFORE_NAMES: Final = words_set(
    "outside inside near behind across amid beyond throughout along around following including"
)


def _not_a_forename(word: str) -> bool:
    """A lower-case word that opens no name: "see", "year", "florida", "outside"; but "jan",
    "hope" and the initial "a" of "Roberta A. Kaplan"."""
    if word.endswith("-based") or word in _PREPOSITIONS_BEFORE_NAMES:  # "Texas-based Matt
        return True  # Mackowiak", "Outside Carrier’s plant"
    if "-" in word and all(not_in_a_name(p) and p in name_titles() for p in word.split("-")):
        return True  # round 46: "Perry County Judge-Executive Rhonda Sizemore": two titles
    if (
        len(word) == 1
        or word in NAME_PARTICLES
        or word in CALENDAR
        or word in _MALE
        or word in _FEMALE
        or word in _EITHER
    ):
        return False
    return not_in_a_name(word)
