"""Roles read beside a name besides roles.py's: an office set before styles, an occupation."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.names import (
    CALENDAR,
    COMMON_WORDS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    words_set,
)
from briefings.analysis.people.roles.appositions import an_adverb, role_after
from briefings.analysis.people.roles.roles import ABBREVIATED_TITLES, role_before, styles_before
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.speech.name_shapes import is_title_word
from briefings.analysis.speech.words import KIN_NOUNS, STYLES, name_titles


def role_before_styles(tokens: list[Token], start: int, end: int) -> list[Token] | None:
    """An office set before a name and its styles: "The Bishop of Durham, the Rt Rev Dr Tom
    Wright," → "Bishop of Durham" (the styles are no role); not when the office is a
    preposition's object and the name at `start`..`end` opens a clause of its own, a lower-case
    word after it ("chatted with the former Treasury secretary, Mr. Effron held a fund-raiser":
    the secretary is another; "As a New York senator, Hillary Clinton voted" is hers)."""
    k = styles_before(tokens, start)
    if k > 0 and tokens[k - 1].lower == "the":
        k -= 1
    if k < 2 or tokens[k - 1].text != ",":
        return None
    role = role_before(tokens, k - 1)
    if role and _compared_with(tokens, next(n for n, t in enumerate(tokens) if t is role[0])):
        return None  # "Like his father, John Smith is a banker": the father is someone else
    if role and _a_prepositions_object(tokens, role[0]) and _a_clause_after(tokens, end):
        return None  # "chatted with the former Treasury secretary, Mr. Effron held": another
    if role and not role[0].is_cap:
        first = next(n for n, t in enumerate(tokens) if t is role[0])
        if first > 0 and tokens[first - 1].lower in _RUN_FOR:
            return None  # "backing Jeb Bush for president, Mike Murphy,": Bush's aim, no job
        if (
            first > 2
            and tokens[first - 1].lower == "the"
            and tokens[first - 2].lower in _SERVES
            and tokens[first - 3].is_head
        ):
            # "A spokeswoman for the governor, Nicole Ambrose,", "an adviser to the president,
            # John Smith,": the name may be either's, so it is given neither job
            return None
    return role


def _compared_with(tokens: list[Token], first: int) -> bool:
    """Whether the words before a role at `first` compare the name after its comma with another
    ("Like his father,", "Unlike the governor,"): the role is the other's."""
    k = first
    while k > 0 and (tokens[k - 1].lower in _OWNERS_AND_ARTICLES or tokens[k - 1].possessive):
        k -= 1
    return k > 0 and tokens[k - 1].lower in _COMPARING


def _a_prepositions_object(tokens: list[Token], first: Token) -> bool:
    """Whether a preposition stands before the role opening at `first`, its articles and owners
    read past: "with the former Treasury secretary" ("As a New York senator" is no object)."""
    k = next(n for n, t in enumerate(tokens) if t is first)
    while k > 0 and (tokens[k - 1].lower in _OWNERS_AND_ARTICLES or tokens[k - 1].possessive):
        k -= 1
    return k > 0 and tokens[k - 1].lower in _OBJECTS_PREPOSITIONS


def _a_clause_after(tokens: list[Token], end: int) -> bool:
    """A lower-case word right after the name ending at `end`, no preposition: its verb ("Mr.
    Effron held"); "Gonzalo P. Curiel of United States District Court," goes on as a name."""
    return (
        end < len(tokens)
        and tokens[end].is_word
        and not tokens[end].is_cap
        and tokens[end].lower not in _OBJECTS_PREPOSITIONS
    )


# Prepositions whose object a role may be: "with the former Treasury secretary".
_OBJECTS_PREPOSITIONS: Final = words_set(
    "with to for from by about at on of against into than toward towards behind beside among"
    " between under over after before"
)
_OWNERS_AND_ARTICLES: Final = words_set("the a an his her their its our my your")
_COMPARING: Final = words_set("like unlike")


# Words before an office that someone runs for or is named to, no title of the name after it.
_RUN_FOR: Final = words_set("for as to")
# Words that join a job to the office it serves, before "the" and that office: "for the governor".
_SERVES: Final = words_set("for of to")


def occupation_before(tokens: list[Token], start: int) -> list[Token] | None:
    """A lower-case occupation in nameparser's list of titles right before a name, with the
    words that qualify it: "literary critic Harold Bloom", "actress Barbara Windsor"."""
    if start == 0 or not _occupation(tokens[start - 1]):
        return None
    return qualified_job(tokens, start)


def qualified_job(tokens: list[Token], start: int) -> list[Token]:
    """The job word right before the name at `start` with up to three words before it that
    qualify it: "US chat show host Jay Leno", "literary critic Harold Bloom"."""
    j = start - 1
    most = 4
    show = j > 1 and tokens[j - 1].lower == "show" and tokens[j - 2].lower in _SHOWS
    if show:
        j, most = j - 2, 6  # "talk show host": a show's kind, no verb ("show") before the job
    while j > 0 and start - j < most and tokens[j - 1].is_word and not tokens[j - 1].is_courtesy:
        before = tokens[j - 1]
        if before.lower in _PREPOSITIONS:
            break  # "the Wiborg Beach house of investor Thomas H. Lee": the job is "investor"
        if an_adverb(before):
            break  # "most recently entertainer Spike Lee": an adverb qualifies no job
        if before.lower.endswith("-old"):
            break  # "23-year-old electrician Tyler Novak": an age, no part of the job
        if (
            j > 1
            and not before.is_cap
            and before.lower.endswith("ing")
            and before.lower not in ROLE_MODIFIERS
            and an_adverb(tokens[j - 2])
        ):
            break  # "delegates formally nominating billionaire Donald Trump": the verb
        if show and before.lower.endswith("ed") and before.lower not in ROLE_MODIFIERS:
            break  # "He once hosted game show host Bob Barker": the verb, no part of the job
        if before.lower in CALENDAR or (
            before.lower in COMMON_WORDS
            and (before.lower not in ROLE_MODIFIERS or before.possessive)  # "senior … editor"
            and not _a_nouns_qualifier(tokens, j - 1)
        ):
            break
        if j > 1 and not before.is_cap and tokens[j - 2].lower in _BEFORE_A_VERB:
            # "who will face challenger Paul Nehlen": the verb, no part of the job
            while j < start - 1 and tokens[j].lower in _PARTICLES:
                j += 1  # "would blow away rival"
            break
        if before.lower in _PLAYING or before.lower in SPEECH_VERBS:
            break  # a verb before the job: "Liam Neeson plays sex researcher Alfred Kinsey"
        if _a_participle_opening(tokens, j - 1):
            break  # "won the Gold Cup, giving trainer Paul Nicholls": the verb, no part of the job
        if _a_subjects_past_verb(tokens, j - 1):
            # "Bernie Sanders edged out rival Hillary Clinton": the verb and what its subject
            # did are no part of the job, "rival"
            while j < start - 1 and (
                tokens[j].lower in _PARTICLES or tokens[j].lower in COMMON_WORDS
            ):
                j += 1  # "edged out": the verb's particle
            break
        j -= 1
    return list(tokens[_bodys_name_start(tokens, j) : start])


def _a_participle_opening(tokens: list[Token], k: int) -> bool:
    """A lower-case word in "-ing" at `k` that opens its sentence or follows a comma, and no
    title holds: a participle opening a clause ("…, giving trainer Paul Nicholls"), not "acting"."""
    t = tokens[k]
    return (
        not t.is_cap
        and t.lower.endswith("ing")
        and t.lower not in ROLE_MODIFIERS
        and (k == 0 or tokens[k - 1].text == ",")
    )


def _bodys_name_start(tokens: list[Token], j: int) -> int:
    """Where the capitalised name of a body that opens a job at `j` starts, read back past the
    words `qualified_job` counts and an "of" inside it: "Montclair State University political
    scientist", "Bureau of Land Management ranger" (not past a common word: "The", "Then")."""
    if not tokens[j].is_cap:
        return j

    def part_of_the_name(t: Token) -> bool:
        return (
            t.is_word
            and t.is_cap
            and not t.is_courtesy
            and not t.possessive
            and t.lower not in COMMON_WORDS
            and t.lower not in CALENDAR
        )

    while j > 0:
        if part_of_the_name(tokens[j - 1]):
            j -= 1
        elif tokens[j - 1].lower == "of" and j > 1 and part_of_the_name(tokens[j - 2]):
            j -= 2
        else:
            break
    return j


def _a_subjects_past_verb(tokens: list[Token], k: int) -> bool:
    """A lower-case past verb at `k` right after a capitalised word or a job's noun, its subject,
    or after an adverb after it, or after a relative pronoun: "Sanders edged", "Swanson praised",
    "Whitlock narrowly defeated", "resident grabbed", "which prompted"; a word after a subject
    pronoun: "they cast"; or a verb in "-ing" after its object pronoun: "him grabbing"."""
    t = tokens[k]
    if k > 0 and t.lower.endswith("ing") and tokens[k - 1].lower in _OBJECT_PRONOUNS:
        return True  # "showed him grabbing reporter": the verb, not "him grabbing reporter"
    if k > 0 and t.is_word and not t.is_cap and tokens[k - 1].lower in _SUBJECT_PRONOUNS:
        return True  # "after they cast actor Michael B. Jordan": the verb, whatever its ending
    if k == 0 or t.is_cap or not t.lower.endswith("ed"):
        return False
    if tokens[k - 1].lower.endswith("ly") and not tokens[k - 1].is_cap and k > 1:
        k -= 1  # "narrowly"
    before = tokens[k - 1]
    if before.lower in _RELATIVES or (before.is_head and not before.possessive):
        return True  # "which prompted wife", "the city resident grabbed reporter"
    if before.lower in _PERFECT:
        return True  # "Sainsbury's has signed TV chef Jamie Oliver": the verb, no part of the job
    return before.is_cap and before.is_word


def _a_nouns_qualifier(tokens: list[Token], k: int) -> bool:
    """A common word at `k` (one that may be a verb: "show") right before the job, after a word
    that qualifies it and a name ("US chat show host"): a noun of the compound, not a verb ("told
    actress", "The pair met critic")."""
    if k < 2 or k + 1 >= len(tokens) or not _occupation_word(tokens[k + 1]):
        return False
    before, name = tokens[k - 1], tokens[k - 2]
    return (
        name.is_cap
        and name.lower not in _FUNCTION_WORDS
        and before.is_word
        and not before.is_cap
        and not before.is_courtesy
        and not before.possessive
        and before.lower not in COMMON_WORDS
        and before.lower not in CALENDAR
        and before.lower not in _FUNCTION_WORDS
    )


_RELATIVES: Final = frozenset({"which", "that", "who"})
_PERFECT: Final = words_set("has have had having")
# Words after which a lower-case word is a verb: "will face", "did thank" (not "to": "to law
# professor Tim Canova's 43 percent").
_BEFORE_A_VERB: Final = words_set("will would shall should can could may might must did does do")
# Pronouns that are a verb's subject, after which a lower-case word is the verb: "they cast".
_SUBJECT_PRONOUNS: Final = words_set("i we you he she they")
_OBJECT_PRONOUNS: Final = frozenset({"him", "them"})

# Verbs of acting, which no job holds: "plays sex researcher Alfred Kinsey".
_PLAYING: Final = words_set("plays played playing portrays portrayed stars starred starring")

# Words that are no qualifier of a noun though no list of common words holds them.
# Particles of a phrasal verb, which stand between it and its object: "edged out rival".
_PARTICLES: Final = words_set("out up off down over back away about around")
# Kinds of show whose hosts and producers are named by it: "talk show host", "chat show host".
_SHOWS: Final = words_set("talk chat game quiz cookery breakfast reality radio")
# Prepositions: a job's qualifiers do not run back over one ("house of investor").
_PREPOSITIONS: Final = words_set("of to by with for at in on from")
_FUNCTION_WORDS: Final = frozenset({"the", "a", "an", "to", "and", "or", "of", "by", "with", "for"})


def _occupation_word(token: Token) -> bool:
    """A lower-case word that ends a job: "host", "critic"."""
    return token.is_word and not token.is_cap and (token.is_head or _occupation(token))


def occupation_after(tokens: list[Token], end: int) -> list[Token] | None:
    """An apposition after a name whose job is an occupation in nameparser's list of titles:
    "Graham Cluley, senior technology consultant at Sophos,"."""
    return role_after(tokens, end, is_head=lambda t: t.is_head or _occupation(t))


def _occupation(token: Token) -> bool:
    """A person's occupation in nameparser's titles: "critic", "actress", "novelist"; not one of
    the words it also lists for titles such as "Group Captain" or "Theatre Director"."""
    return token.is_word and not token.is_cap and an_occupations_noun(token.lower)


def an_occupations_noun(low: str) -> bool:
    """A person's occupation, in lower case: "striker", "a nurse", "presenter", "novelist" (in
    nameparser's titles with a doer's ending); not "captain" of "Group Captain", a style."""
    if low in SPORTS_OCCUPATIONS or low in TRADES or low in _ARTS_OCCUPATIONS:
        return True  # "triple jumper Ashia Hansen", "striker Didier Drogba", "a nurse"
    return (
        low in name_titles()
        and low not in STYLES
        and low not in _NOT_OCCUPATIONS
        and AGENT_NOUN.search(low) is not None
    )


# Sportspeople, whom nameparser's titles leave out: "triple jumper", "striker", "fly-half".
SPORTS_OCCUPATIONS: Final = words_set(
    """jumper sprinter hurdler runner swimmer rower striker midfielder defender goalkeeper winger
    full-back fly-half scrum-half flanker batsman bowler all-rounder jockey golfer boxer skater
    skier athlete heptathlete decathlete footballer cricketer trainer"""
)

# Artists, makers and performers whom nameparser's titles or the agent nouns' endings leave out:
# "video artist Kutlug Ataman", "potter Grayson Perry", "poet Simon Armitage".
_ARTS_OCCUPATIONS: Final = words_set(
    """artist sculptor potter ceramicist architect playwright poet violinist cellist songwriter
    rapper presenter filmmaker film-maker"""
)

# Everyday jobs and trades, which nameparser's titles or the agent nouns' endings leave out.
TRADES: Final = words_set(
    """nurse packer cashier welder plumber electrician carpenter mechanic miner farmer accountant
    firefighter paramedic pharmacist dentist waitress waiter machinist bricklayer"""
)

AGENT_NOUN: Final = re.compile(r"(?:er|or|ist|ian|ess|ant|ent|ic|ief|ach|ef)$")

_NOT_OCCUPATIONS: Final = frozenset({"theater", "soccer", "computer", "banner", "her", "mister"})


def joined_jobs(tokens: list[Token], role: list[Token] | None) -> list[Token] | None:
    """A job read before a name with a first job joined to it by "and", the two opening the
    sentence: "Former prosecutor and New York City Mayor Rudy Giuliani", "Founder and chairman Tim
    Martin" → the whole (the first job, with no article and no name of its own, is the same
    person's; after an article it may be another's: "The president and Vice President Joe Biden
    met" stays "Vice President")."""
    if not role:
        return role
    first = next(n for n, t in enumerate(tokens) if t is role[0])
    last = first + len(role)
    if first < 2 or tokens[first - 1].lower != "and" or tokens[last - 1] is not role[-1]:
        return role
    k = first - 2  # the first job's noun
    if not (tokens[k].is_head or _occupation(tokens[k])) or tokens[k].possessive:
        return role
    j = k
    while j > 0 and tokens[j - 1].lower in ROLE_MODIFIERS and not tokens[j - 1].possessive:
        j -= 1
    return tokens[j:last] if j == 0 else role


def speakers_relation(tokens: list[Token], role: list[Token] | None) -> bool:
    """A relation read before a name after "my" or "our": "my pain-in-the-ass brother Donald",
    "our son Eric" (the speaker's, whom the words do not name: no job of the name's)."""
    if not role or role[-1].lower not in KIN_NOUNS:
        return False
    first = next((n for n, t in enumerate(tokens) if t is role[0]), 0)
    return first > 0 and tokens[first - 1].lower in _FIRST_PERSONS


_FIRST_PERSONS: Final = frozenset({"my", "our"})


def a_relation(role: list[Token] | None) -> bool:
    """A relation alone in lower case read as a name's role: "daughter" of "His daughter, Megan
    Lester, a nurse," (a job written after it is the name's job; "his late son Beau Biden, the
    former Attorney General" keeps the relation the writer qualified)."""
    return (
        role is not None
        and len(role) == 1
        and role[0].lower in KIN_NOUNS
        and not role[0].is_cap
        and not role[0].possessive
    )


def preferred_role(
    before: list[Token] | None, after: list[Token] | None, before_comma: list[Token] | None
) -> list[Token] | None:
    """Of the roles read beside a name (before it, in an apposition after it, before its comma),
    the job: a title before it, but not a kin noun alone in lower case over a job after it ("His
    son James, the chief executive," → "chief executive"), nor a party alone ("Democrat Elaine
    Marchetti, a former federal prosecutor," → the prosecutor); the apposition after it, but not a
    party alone over a description before its comma ("Nevada's governor, Brian Sandoval, a Republican," →
    "Nevada's governor")."""
    if before and after and len(before) == 1 and before[0].lower in KIN_NOUNS:
        # a relation in lower case; "Uncle Wilfred, the bear's uncle," is a kin title's name
        return before if before[0].is_cap else after
    if before and after and all(t.lower in _PARTIES for t in before):
        return after  # "Democrat Elaine Marchetti, a former federal prosecutor,": the job
    if before and after and all(t.lower.rstrip(".") in STYLES for t in before):
        return after  # round 61: "Dr Jane Hollis, a GP,": a bare style is no job
    if before:
        return before
    if after and before_comma and all(t.lower in _PARTIES for t in after):
        return before_comma
    return after or before_comma


_PARTIES: Final = words_set(
    "republican republicans democrat democrats democratic conservative liberal independent"
    " socialist labour libertarian"
)


def titled(role: list[Token] | None) -> bool:
    """A title in nameparser's list right before the name: "President Bush", "Chancellor Brown"."""
    return bool(role) and is_title_word(role[-1].text)  # type: ignore[index]


def role_text(sentence: str, role: list[Token] | None) -> str | None:
    """A role's words as the sentence writes them, with the full stop of a title written short
    ("Texas Sen.", not "Texas Sen")."""
    if not role:
        return None
    end = role[-1].end
    if role[-1].lower in ABBREVIATED_TITLES and sentence[end : end + 1] == ".":
        end += 1
    return sentence[role[0].start : end]
