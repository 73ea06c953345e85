"""The subject phrase before a speech verb: "Sullivan also said", "the senator from Vermont said"."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.cues import CUES, is_between
from briefings.analysis.speech.inner_words import capital_preposition_inside
from briefings.analysis.speech.name_shapes import (
    appositive_name,
    first_name_like,
    for_a_seat,
    name_after_an_office,
    particle_inside,
)
from briefings.analysis.speech.speaker import BODY_NOUNS, HOLDER_OF, a_bodys_initials
from briefings.analysis.speech.tokens import NON_NAMES, is_cap, is_possessive
from briefings.analysis.speech.words import (
    PRONOUNS,
    ROLE_NOUNS,
    TITLES,
    YEAR_OLD,
    np_token,
    one_person,
    person_head,
)

_PLAIN_WORD: Final = re.compile(r"[\w\-’']+")


_COMMON_SUBJECTS: Final = words_set(
    """officials experts analysts critics supporters sources aides people others some many both
    observers reporters voters residents authorities diplomats lawmakers leaders advisers"""
)


def _and_in_a_bodys_name(toks: list[str], j: int, end: int) -> bool:
    """The "and" (or "&") at `j` joins two words of one body's name that ends with a body's word
    before the verb ("Food and Drug Administration", "Medicare & Medicaid Services") or has one
    before "of" ("Department of Water and Power"); not two people ("Smith and Jones said")."""
    return (
        toks[j] in {"and", "&"}
        and 0 < j < end
        and is_cap(toks[j - 1])
        and is_cap(toks[j + 1])
        and (
            _a_bodys_word(toks[end])
            or (j + 1 == end and j > 2 and toks[j - 2] == "of" and _a_bodys_word(toks[j - 3]))
        )
        and not any(
            first_name_like(t) or t.lower().rstrip(".") in TITLES for t in _run_before(toks, j)
        )
    )


def _for_in_a_bodys_name(toks: list[str], j: int, end: int) -> bool:
    """The "for" (or the "the" after it) at `j` is inside a body's name after the body's word:
    "Coalition for the Homeless", "Centers for Disease Control"; not after a person's noun ("a
    columnist for the site")."""
    at = j - 1 if toks[j] == "the" else j
    nxt = j + 2 if toks[j] == "for" and toks[j + 1 : j + 2] == ["the"] else j + 1
    return (
        toks[at] == "for"
        and 0 < at < nxt <= end
        and is_cap(toks[nxt])
        and is_cap(toks[at - 1])
        and _a_bodys_word(toks[at - 1])
    )


def _a_bodys_word(tok: str) -> bool:
    """A capitalised word a body's name ends or turns on: "Coalition", "Centers", "Services"."""
    low = tok.lower()
    return is_cap(tok) and (low in BODY_NOUNS or low.removesuffix("s") in BODY_NOUNS)


_INCLUDING: Final = words_set("including like")


def _listed_in_a_group(toks: list[str], start: int) -> bool:
    """The name at `start` is one of a list of the group before it: "a coalition of groups
    including [TechNet and] the Chamber of Progress", "unions such as the SEIU"; the verb after it
    is the group's."""
    k = start - 1
    while k >= 0 and (is_cap(toks[k]) or toks[k] in {"and", ",", "the", "&"}):
        k -= 1
    return k >= 0 and (
        toks[k].lower() in _INCLUDING or (toks[k] == "as" and k > 0 and toks[k - 1] == "such")
    )


def _run_before(toks: list[str], j: int) -> list[str]:
    """The capitalised words just before `j`: "Occupational Safety" of "… Safety and Health"."""
    i = j
    while i > 0 and is_cap(toks[i - 1]):
        i -= 1
    return toks[i:j]


def subject_before(toks: list[str], cue: int) -> tuple[str, int] | None:
    """The subject phrase ending just before the speech verb at `cue`, and where it starts."""
    j = cue - 1
    while j >= 0 and is_between(toks[j]):
        j -= 1
    appositive: list[str] = []
    if j >= 0 and toks[j] == ",":
        k = j - 1
        while k >= 0 and toks[k] != "," and j - k <= 30 and toks[k] not in {".", ":", "\ue001"}:
            k -= 1
        if k < 0 or toks[k] != ",":
            return None
        appositive = toks[k + 1 : j]
        if (
            len(appositive) > 12
            and not _long_aside_opening(appositive[0])
            and not _described_by_who(appositive)
        ):
            return None  # "Clinton, in response to …, accused": only an aside may run long
        j = k - 1
    end = j
    if end >= 0 and toks[end].lower() in PRONOUNS and not appositive:
        return toks[end].lower(), end
    described = (
        (_description_before(toks, end) or _joined_description(toks, end))
        if not appositive or _plain_relative_clause(appositive)
        else None
    )
    if described is not None:  # "The former first lady said", "the senator from Vermont said"
        start, stop = described
        return " ".join(toks[start : stop + 1]), start
    if not appositive and end >= 4 and toks[end] in BODY_NOUNS and is_cap(toks[end - 1]):
        k = end - 1  # round 57: "André Ventura of the far-right Chega party said": the party
        while k > 0 and is_cap(toks[k - 1]):  # is where he is from, not who speaks
            k -= 1
        the = _of_a_name(toks, k)
        if the is not None:
            return subject_before(toks, the - 1)
    while j >= 0 and (
        np_token(toks[j])
        or (toks[j] == "of" and j > 0 and np_token(toks[j - 1]))
        or (toks[j] == "The" and j > 1 and toks[j - 1] == "of" and np_token(toks[j - 2]))
        or particle_inside(toks, j)
        or capital_preposition_inside(toks, j)  # "Freedom From Religion Foundation"
        or _and_in_a_bodys_name(toks, j, end)  # "The Food and Drug Administration said"
        or _for_in_a_bodys_name(toks, j, end)  # "the Colorado Coalition for the Homeless"
        or for_a_seat(toks, j)  # round 59: "Minister for Health Stephen Donnelly"
    ):  # "Secretary of State John Kerry", "George Zornick of The Nation", "Nick Van den Brul"
        j -= 1
    start = j + 1
    if not appositive and start <= end and j >= 1 and toks[j] == "and":
        joined = _description_before_and(toks, j)
        if joined is not None:  # round 46: "The Democratic presidential front-runner and former
            j, start = joined - 1, joined  # secretary of state said": one person, described twice
    if start > end or (
        appositive
        and ((toks[end].islower() and toks[end] not in ROLE_NOUNS) or _object_before(toks, j))
    ):
        named = appositive_name(" ".join(appositive)) if appositive else None
        if appositive and not named:  # round 52: "Another, Labor Secretary Hector Ruelas, told"
            named = name_after_an_office(" ".join(appositive))
        if appositive and not named:  # "The pharmaceutical lobby, PhRMA, said": its initials
            named = a_bodys_initials(toks[end], appositive)
        if named:  # "Another pollster, David Woodard of Clemson University, said"
            return named, end + 2
        if appositive and start <= end and _object_before(toks, j):
            return _name_before_role(toks, j)
        return None
    if j >= 0 and toks[j].lower() in {"the", "a", "an"}:
        start = j
    if not appositive and _listed_in_a_group(toks, start):  # "a coalition of groups including
        return None  # TechNet and the Chamber of Progress argued": the coalition, unnamed
    # (a relative clause after it, ", who spoke on condition of anonymity,", is on the person)
    agent = _someone_for(toks, start) if not appositive or appositive[0] == "who" else None
    if agent is not None:  # "A spokesman for Hillary Clinton said": the spokesman, unnamed
        return " ".join(toks[agent : end + 1]), agent
    the = _of_a_name(toks, start) if not appositive else None
    if the is not None:  # "Archbishop Aris Shirvanian of the Armenian Patriarchate told": his
        return subject_before(toks, the - 1)  # body, not him
    if start > 1 and toks[start - 1] == "of" and "for" in toks[start:end]:
        return None  # "Smith of the Campaign for Accountability said": the body is not who speaks
    if (
        not appositive
        and start > 0
        and toks[start - 1] in HOLDER_OF
        and not (end > start and first_name_like(toks[end - 1]))  # "to Nihad Awad"
    ):
        return None  # "a columnist for the site Pando said", "the pitch on Kickstarter says"
    if not appositive and _named_thing(toks, start, end):
        return None  # "a columnist for the tech news site Pando said": the site is no speaker
    if not appositive and _state_of_a_town(toks, start):  # "Stacy Baker of Columbia, South
        return subject_before(toks, start - 1)  # Carolina says": she, not the state
    words = toks[start : end + 1]
    if len(words) == 1 and words[0].lower() in _COMMON_SUBJECTS:
        return None
    if _people_of(words):  # "Supporters of Mr. Trump chanted": a group, not Trump
        return None
    phrase = " ".join(words)
    if appositive:
        phrase += ", " + " ".join(appositive)
    return phrase.replace(" ’s", "’s"), start


# the word tying a person to a body: "a spokesman for", "an aide to", "a former aide in the
# Obama administration", "an official at the Justice Department", "a lawyer with the firm"
_FOR: Final = words_set("for to in at with")


_SOMEONE: Final = words_set("a an one another")


def _someone_for(toks: list[str], start: int) -> int | None:
    """Where an indefinite person who acts for the name at `start` begins: "[A] spokesman for
    Hillary Clinton", "[an] aide to Mr. Trump", "[A] former chief of staff in the Obama
    administration"; None when the name is not such an object."""
    if _FOR.isdisjoint(toks[max(0, start - 4) : start]):
        return None
    f = start - 1  # past the words describing the name: "for [Democratic presidential] …"
    while f > 1 and start - f <= 3 and toks[f] not in _FOR and toks[f].isalpha():
        f -= 1
    if f < 1 or toks[f] not in _FOR:
        return None
    if not person_head(toks[f - 1].lower()) and f > 3 and toks[f - 2] == "of":
        f -= 2  # "a former chief of staff in …": the head before "of" is the person
    if not person_head(toks[f - 1].lower()):
        return None
    if any(t in CUES for t in toks[f + 1 : start]):
        return None
    k = f - 1
    while k > 0 and f - k <= 4 and toks[k - 1].isalpha():
        k -= 1  # "[A] senior Republican official in the state": a party's word too
        if toks[k].lower() in _SOMEONE:
            return k
    return k - 1 if k and toks[k - 1] in {"A", "An", "One", "Another"} else None


def _people_of(words: list[str]) -> bool:
    """A plural noun before "of" opening the phrase: "Supporters of Mr. Trump", "Fans of the
    team"; not a title ("Secretary of State John Kerry") or a name ("Friends of the Earth")."""
    if "of" not in words[1:3]:
        return False
    head = words[words.index("of") - 1].lower()
    return (
        len(head) > 3
        and head.endswith("s")
        and not head.endswith(("ss", "us", "is"))
        and head.rstrip("s") not in ROLE_NOUNS
        and head not in TITLES
    )


def _of_a_name(toks: list[str], start: int) -> int | None:
    """Where "the" stands when the phrase at `start` opens with it, or a lower-case word or two
    after it, after a name and "of": "Shirvanian of [the Armenian Patriarchate of Jerusalem]
    told", "Friedrich Merz of the conservative [Christian Democrats] accused" (round 57); the
    body is where the speaker is from, not who speaks. None when it does not."""
    the = start
    while the > start - 3 and the > 0 and _a_lower_word(toks[the - 1]) and toks[the] != "the":
        the -= 1
    fits = (
        the >= 3
        and toks[the] == "the"
        and toks[the - 1] == "of"
        and is_cap(toks[the - 2])
        and first_name_like(toks[the - 3])
    )
    return the if fits else None


def _a_lower_word(tok: str) -> bool:
    """A word of lower-case letters, perhaps hyphened: "conservative", "far-right", "the"."""
    return tok.replace("-", "").isalpha() and tok.islower()


def _named_thing(toks: list[str], start: int, end: int) -> bool:
    """The name at `start`…`end` is one word after a description of no person: "the tech news
    site [Pando]", "a Vermont publisher"; not "the actor [Hanks]", "billionaire [Donald Trump]"."""
    if start != end or start < 2 or first_name_like(toks[start]):
        return False
    noun = toks[start - 1]
    if not (noun.isalpha() and noun.islower()) or person_head(noun) or noun in _NOT_IN_NP:
        return False
    k = start - 2  # a noun after another ("news site"), not an adjective alone ("a terse Miller")
    while k >= 0 and start - k <= 4 and toks[k].isalpha() and toks[k].islower():
        if toks[k] in {"the", "a", "an"}:
            return k < start - 2 and not toks[k + 1].endswith("ly")
        k -= 1
    return False


def _state_of_a_town(toks: list[str], start: int) -> bool:
    """The phrase at `start` follows "Name of Town,": the state of the town a person is from."""
    k = start - 2
    while k >= 0 and start - k <= 4 and is_cap(toks[k]):
        k -= 1
    return (
        k >= 2
        and k < start - 2
        and toks[start - 1] == ","
        and toks[k] == "of"
        and is_cap(toks[k - 1])
        and first_name_like(toks[k - 2])
    )


def _name_before_role(toks: list[str], j: int) -> tuple[str, int] | None:
    """The name before a role that ends at the object at `j`: "J.J. Goldberg, [editor at large of]
    The Forward, an influential newspaper, wrote" is Goldberg, not the newspaper."""
    k = j
    while k >= 0 and j - k <= 8 and toks[k] not in {",", ".", ":", "\ue001"}:
        k -= 1
    if k < 1 or toks[k] != "," or not toks[k + 1].islower():
        return None
    found = subject_before(toks, k)
    return found if found and is_cap(found[0].split()[-1]) else None


def _object_before(toks: list[str], j: int) -> bool:
    """The name ending before an appositive is the object of the word at `j` ("One pastor
    supporting [Mr. Cruz], Darran Whiting …, said", "the ambassador to [the United Nations],
    François Delattre, said"): the appositive, if it names someone, is the subject; so too past
    the first words of a body's name joined by "and" ("A spokesman for [Customs and] Border
    Protection, Jared Moss, said")."""
    if j > 0 and toks[j] in {"and", "&"} and is_cap(toks[j - 1]):
        j -= 1
        while j >= 0 and is_cap(toks[j]):
            j -= 1
    if j > 1 and _a_lower_word(toks[j]) and toks[j - 1] == "the" and toks[j] not in _OBJECT_OF:
        j -= 1  # round 57: "The leader of the centre-right [Social Democrats], Luís Montenegro,"
    if j >= 0 and toks[j].lower() == "the":  # "editor at large of [The Forward], an …"
        j -= 1
    if j < 0 or not (toks[j].isalpha() and toks[j].islower()):
        return False
    return toks[j] in _OBJECT_OF or (toks[j].endswith("ing") and toks[j] not in CUES)


_OBJECT_OF: Final = words_set("to of for with by at from on against about into over toward towards")


_LONG_ASIDE_OPENS: Final = frozenset(
    {"in", "at", "during", "after", "before", "who", "speaking"}
) | (
    # round 47: a participle of dress or bearing opens an aside about the subject ("Mary Susan,
    # clad in a red cape with blinking lights that formed the name Trump, said")
    frozenset({"wearing", "clad", "dressed", "sporting", "holding", "carrying", "flanked"})
)


def _described_by_who(appositive: list[str]) -> bool:
    """An appositive describing someone by a noun and a "who" clause, which may run long: "Rep.
    Janelle Okafor, a first-term Democrat who won the seat in an upset two years ago, said"."""
    return appositive[0].lower() in {"a", "an"} and "who" in appositive[2:6]


def _long_aside_opening(word: str) -> bool:
    """A word that may open an aside running long between a subject and its verb: a preposition
    of time or place, "who", a participle of dress or bearing, or any present participle (round
    49: "Mercer’s spokesman, Ian Fuentes, responding to questions from reporters during a briefing
    in the Capitol on Thursday afternoon, said")."""
    return word.lower() in _LONG_ASIDE_OPENS or (
        word.isalpha() and word.islower() and word.endswith("ing") and len(word) > 5
    )


_NOT_IN_NP: Final = CUES | words_set(
    "has have had is was were would will did does be been being are ever and or to who that which whom"
)


# "But the speaker told Politico": a sentence's own conjunction, written with a capital, too
_DESCRIPTION_OPENS: Final = frozenset({",", ":", "and", "but", "\ue000", "\ue001"})


def _the_before(toks: list[str], head: int) -> int | None:
    """Where "the" stands within five plain words before a description's head at `head` ("the
    independent Vermont senator"), or None when a name or a verb comes first."""
    j = head - 1
    while j >= 0 and head - j <= 5 and toks[j].lower() != "the":
        low = toks[j].lower()
        if not _PLAIN_WORD.fullmatch(toks[j]) or low in NON_NAMES or low in _NOT_IN_NP:
            return None
        j -= 1
    return j if j >= 0 and toks[j].lower() == "the" else None


def _description_before(toks: list[str], end: int) -> tuple[int, int] | None:
    """A definite description of one person ending at `end` and opening its clause: "the
    independent Vermont senator", "The former first lady", "the senator from Vermont"; the span
    from "the" to its head."""
    head = end
    if end >= 2 and is_cap(toks[end]) and toks[end - 1] in {"from", "of"}:
        head = end - 2  # "the senator from Vermont": the head is "senator"
    then = toks[head].startswith("then-")  # "the then-governor": the governor at the time
    word = toks[head][5 * then :]
    if head < 1 or not (_hyphened_word(word) or YEAR_OLD.fullmatch(toks[head])):
        return None
    if not toks[head].islower():
        return None
    if toks[head] in _NOT_IN_NP or not one_person(toks[head]) or not person_head(toks[head]):
        return None
    j = _the_before(toks, head)
    if j is None or (j > 0 and toks[j - 1].lower() not in _DESCRIPTION_OPENS):
        return None
    if j > 1 and toks[j - 1] == "," and is_cap(toks[j - 2]) and not _a_thing_before(toks, j - 2):
        return None  # "Mika Brzezinski, the host, said": an appositive of the name before
    return j, head


def _hyphened_word(word: str) -> bool:
    """Letters, or letters joined by hyphens (round 58: "the co-chairman", "the vice-chairman")."""
    return all(part.isalpha() for part in word.split("-"))


def _plain_relative_clause(aside: list[str]) -> bool:
    """A relative clause naming no one between commas after a description ("The longtime
    coach, who led his team in a prayer, said"): the description is the subject, the clause
    aside; one naming someone ("The senator, who backs Cruz, said") is left alone, for that
    name may be whom the description would be read as. A possessive names a time or a thing
    here as often as a person ("after Friday’s game") and is let through."""
    return (
        bool(aside)
        and aside[0] == "who"
        and not any(is_cap(t) and not is_possessive(t) for t in aside[1:])
    )  # "who led his team after Friday’s game" names no one


def _joined_description(toks: list[str], end: int) -> tuple[int, int] | None:
    """A definite description of one person in two parts joined by "and", ending at `end` with a
    noun for a person ("The influential delegate and conservative activist"); the span from "the"
    to its head."""
    if end < 3 or not toks[end].isalpha() or not toks[end].islower():
        return None
    if not one_person(toks[end]) or not person_head(toks[end]):
        return None
    k = end - 1
    while k > 0 and end - k <= 4 and toks[k] != "and":
        if not _PLAIN_WORD.fullmatch(toks[k]) or not toks[k].islower() or toks[k] in _NOT_IN_NP:
            return None
        k -= 1
    if toks[k] != "and":
        return None
    start = _description_before_and(toks, k)
    return (start, end) if start is not None else None


def _description_before_and(toks: list[str], and_at: int) -> int | None:
    """Where "the" opens a definite description of one person that ends right before the "and"
    at `and_at` ("The Democratic presidential front-runner and …"), opening its clause; None
    when the words before "and" are no such description ("Trump and the senator") or a bare
    noun, which may be one of two people ("The mayor and police chief said")."""
    head = and_at - 1
    if head < 1 or not _PLAIN_WORD.fullmatch(toks[head]) or not toks[head].islower():
        return None
    if toks[head] in _NOT_IN_NP or not one_person(toks[head]) or not person_head(toks[head]):
        return None
    j = _the_before(toks, head)
    if j is None or (j > 0 and toks[j - 1] not in _DESCRIPTION_OPENS):
        return None
    if head - j < 2 or not toks[and_at + 1 : and_at + 2] or not toks[and_at + 1].islower():
        return None  # "The mayor and police chief said", "the senator and Trump": two people
    return j


def _a_thing_before(toks: list[str], end: int) -> bool:
    """The capitalised words ending at `end` follow "the": a place or a thing ("At the Capitol,
    the speaker said"), no person whom the description after its comma describes."""
    k = end
    while k > 0 and is_cap(toks[k - 1]):
        k -= 1
    return k > 0 and toks[k - 1].lower() == "the"
