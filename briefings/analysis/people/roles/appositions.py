"""Roles after a name: an apposition ("John Kirby, White House spokesman"), a body's description."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from briefings.analysis.common.names import ORG_NOUNS, ROLE_MODIFIERS, WORK_NOUNS, words_set
from briefings.analysis.people.roles.common_bodies import a_common_body_tail
from briefings.analysis.people.roles.roles import (
    ABBREVIATED_TITLES,
    APPOSITION_ENDS,
    CLAUSE_WORDS,
    DETERMINERS,
    MAX_ROLE,
    NOT_CAP_NOUNS,
    a_courtesy_stop,
    a_fields_tail,
    body_tail,
    ends_a_title,
    valid_role,
)
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.speech.words import IRREGULAR

# Words that open a phrase after a name's comma that is no apposition: "…, with Tom Smith as".
_NO_APPOSITION: Final = frozenset(
    {"with", "without", "including", "starring", "like", "unlike", "through"}
)
# Auxiliaries and modals: after a name's comma they open the sentence's verb, no apposition
# ("Tamara Mellon, who co-founded Jimmy Choo, will stay as president": no role of Jimmy Choo's).
_A_VERBS_OPENING: Final = words_set(
    "will would shall should can could may might must is are was were has have had does do did"
)


def role_after(
    tokens: list[Token], name_end: int, is_head: Callable[[Token], bool] = ends_a_title
) -> list[Token] | None:
    """An apposition after a name: "John Kirby, White House National Security Council spokesman"
    (`is_head`: the words a title ends in); read past an age: "John Smith, 54, a retired teacher,"
    → "retired teacher"."""
    if name_end >= len(tokens) or tokens[name_end].text != ",":
        return None
    if _an_age_between_commas(tokens, name_end + 1):
        name_end += 2
    if name_end + 1 < len(tokens) and tokens[name_end + 1].lower in _NO_APPOSITION:
        return None  # "BBC One, with Christopher Eccleston as the Doctor": no one's job
    if name_end + 1 < len(tokens) and tokens[name_end + 1].lower in _A_VERBS_OPENING:
        return None  # ", who co-founded Jimmy Choo, will stay as president": a verb, no job
    if _a_past_verb_opening(tokens, name_end + 1):
        return None  # "Mike Murphy, praised the efforts of a donor to Sen.": the verb, no job
    if _a_participle_opening(tokens, name_end + 1):
        return None  # "Donald Trump, saying the presumptive Republican nominee": the verb, no job
    role: list[Token] = []
    j = name_end + 1
    named = False  # read on past a courtesy title to a name
    while j < len(tokens) and (
        tokens[j].text not in APPOSITION_ENDS or a_courtesy_stop(tokens, j, role)
    ):
        if tokens[j].lower in CLAUSE_WORDS and named:
            break  # "the former campaign manager for Mr. Trump and current CNN analyst"
        if tokens[j].lower in CLAUSE_WORDS or len(role) >= MAX_ROLE + 1:
            return None
        if role and tokens[j].lower in _FINITE_VERBS:
            return None  # "James Murdoch, his leanings are in plainer view": a clause, no job
        named = named or tokens[j].text == "."
        role.append(tokens[j])
        j += 1
    if not role or not all(
        t.is_word or a_courtesy_stop(role, k, role[:k]) for k, t in enumerate(role)
    ):
        return None
    if _a_work_about_someone(role):
        return None  # "Kinsey, the biopic of the sex researcher,": a work, no researcher's job
    if _a_short_title_before_a_name(tokens, j, role):
        return None  # "In Jackson, state Sen. Alisha Nunn": the senator is Nunn, not Jackson
    valid = valid_role(role, is_head)
    if not valid:
        return None
    heads = [i for i, t in enumerate(valid) if is_head(t)]
    last = valid[-1]
    if last.is_cap and last.lower in NOT_CAP_NOUNS and len(heads) == 1:
        return None  # ", won the Grand National": a race's name, no job
    tail = valid[heads[-1] + 1 :]
    if a_common_body_tail(tail):  # round 61: "Alan Birtles, the leader of the council,"
        return valid
    return valid if is_head(last) or body_tail(tail) or a_fields_tail(tail) else None


# Words that join a job to another's office: "chief of staff to Gov.", "adviser for Sen.".
_JOINING_WORDS: Final = words_set("to for at")


# Works that tell of someone ("the biopic of"): not a single, a model, a car, a label or a brand,
# which a person's apposition may open with ("a single mother of two").
_TOLD_WORKS: Final = WORK_NOUNS - words_set("single model car label brand")


def _a_work_about_someone(role: list[Token]) -> bool:
    """An apposition opening with an article and a work's noun, maybe described, then "about"
    or "of": a work's description whose job words tell of whom it is ("the biopic of the sex
    researcher", "the film about a backstreet abortionist"), as "the editor of the film" opens
    with the job."""
    if len(role) < 3 or role[0].lower not in {"the", "a", "an"}:
        return False
    for k in range(1, min(len(role) - 1, 4)):
        if role[k].lower in _TOLD_WORKS and not role[k].is_cap:
            return role[k + 1].lower in {"about", "of", "on"}
    return False


def _a_short_title_before_a_name(tokens: list[Token], j: int, role: list[Token]) -> bool:
    """Whether the words read after a name's comma end in a title written short whose full stop
    at `j` a capitalised name follows, with no word that joins a job to another's: the next
    person's title ("state Sen. Alisha Nunn"; "the former chief of staff to Gov." is not)."""
    return (
        role[-1].lower in ABBREVIATED_TITLES
        and not any(t.lower in _JOINING_WORDS for t in role)
        and j + 1 < len(tokens)
        and tokens[j].text == "."
        and tokens[j + 1].is_cap
        and tokens[j + 1].is_word
    )


def _an_age_between_commas(tokens: list[Token], k: int) -> bool:
    """A number of one to three digits at `k` with a comma and an article after it: an age after
    a name's comma, before a description ("Rita Kowalczyk, 58, a packer"; not "Carla Dunn, 51,
    rarely talks politics with her brother": the sentence's verb)."""
    return (
        k + 2 < len(tokens)
        and tokens[k].text.isdigit()
        and len(tokens[k].text) <= 3
        and tokens[k + 1].text == ","
        and tokens[k + 2].lower in DETERMINERS
    )


# Verbs of a clause inside what follows a name's comma: "his leanings are in plainer view".
_FINITE_VERBS: Final = words_set("is are was were has have had")


# Words no description set before a name holds, which it follows: a preposition, a verb, a
# pronoun ("was pressed by ABC's host, George Stephanopoulos" → "ABC's host").
_NO_DESCRIPTIONS_WORDS: Final = words_set(
    "by to in on at with from through than that who which whom whose was were is are be been has"
    " have had his her their its our my your said says"
)


def _a_participle_opening(tokens: list[Token], j: int) -> bool:
    """A lower-case word in "-ing" at `j`, no title's word, with an article or a preposition after
    it ("saying the", "running for"): a participle's clause after a name's comma, no apposition
    ("founding partner at Firehouse Strategies", "acting director of" are jobs)."""
    if j + 1 >= len(tokens):
        return False
    t, after = tokens[j], tokens[j + 1]
    return (
        t.is_word
        and not t.is_cap
        and t.lower.endswith("ing")
        and t.lower not in ROLE_MODIFIERS
        and (
            after.lower in DETERMINERS
            or after.lower in _NO_DESCRIPTIONS_WORDS
            or after.lower in _SERVES
            or after.lower in _AFTER_A_PARTICIPLE
        )
    )


# Prepositions after a participle besides those no description holds: "running for", "as", "about".
_AFTER_A_PARTICIPLE: Final = words_set("as about into over against")


def _a_past_verb_opening(tokens: list[Token], j: int) -> bool:
    """A past verb at `j` and its object or preposition ("praised the", "declined to", "sided
    with", "who’d previously"), after an adverb if one stands first ("recently named the"): the
    sentence's verb after its subject's comma, or a participle's clause, no apposition."""
    if j + 1 < len(tokens) and an_adverb(tokens[j]):
        j += 1  # "Jack Dorsey, recently named the company's chief executive,": the verb's
    if j >= len(tokens):
        return False
    t = tokens[j]
    if t.lower.startswith(("who’", "who'")):
        return True
    return (
        t.is_word
        and not t.is_cap
        and (t.lower.endswith("ed") or t.lower in IRREGULAR)  # "shook her head"
        and j + 1 < len(tokens)
        and (tokens[j + 1].lower in DETERMINERS or tokens[j + 1].lower in _NO_DESCRIPTIONS_WORDS)
    )


_POSSESSIVE_PRONOUNS: Final = words_set("his her their its our my your")

# Endings of adverbs made from adjectives, which no adjective or noun in "-ly" has ("elderly",
# "family", "only", "burly" do not end so): "recently", "formally", "reportedly".
_ADVERB_ENDINGS: Final = ("ently", "antly", "ously", "ively", "edly", "fully", "lessly", "ibly")
_ADVERB_IN_ALLY: Final = 7  # the fewest letters of an adverb in "-ally": "finally" (not "rally")


def an_adverb(t: Token) -> bool:
    """A lower-case adverb made from an adjective: "recently", "formally" (an adverb qualifies a
    verb or an adjective, never a job's noun)."""
    low = t.lower
    return (
        t.is_word
        and not t.is_cap
        and low not in ROLE_MODIFIERS
        and (
            low.endswith(_ADVERB_ENDINGS) or (low.endswith("ally") and len(low) >= _ADVERB_IN_ALLY)
        )
    )


def _after_a_clause(stop: Token, role: list[Token]) -> list[Token]:
    """The description after the word `stop` no description holds, without the verb after it
    ("helped elect CTU's current president" → "CTU's current president") or the kin a pronoun's
    ("her husband's Treasury secretary" → "Treasury secretary")."""
    if (
        stop.lower not in _POSSESSIVE_PRONOUNS
        and len(role) > 1
        and not (role[0].is_cap or role[0].is_head or role[0].possessive)
        and role[0].lower not in ROLE_MODIFIERS
    ):
        role = role[1:]  # "helped elect", "to draft": the verb's verb
    while stop.lower in _POSSESSIVE_PRONOUNS and role and role[0].possessive and not role[0].is_cap:
        role = role[1:]
    return role


def _a_verb_after_a_word(tokens: list[Token], j: int) -> bool:
    """A lower-case past verb at `j` after a word that no title holds: "That explanation angered
    Yarrow's neighbor", "who helped elect" (not "the retired", "former appointed")."""
    t = tokens[j]
    if t.is_cap or not t.is_word or not t.lower.endswith("ed") or j == 0:
        return False
    before = tokens[j - 1]
    return (
        before.is_word
        and before.lower not in DETERMINERS
        and before.lower not in _POSSESSIVE_PRONOUNS
        and before.lower not in ROLE_MODIFIERS
        and not before.possessive
    )


def role_before_comma(tokens: list[Token], name_start: int, name_end: int) -> list[Token] | None:
    """A description set before a name: "a Slovakian national, Ashot Mkrtychev,"."""
    if name_start < 3 or tokens[name_start - 1].text != ",":
        return None
    if name_end < len(tokens) and tokens[name_end].text not in APPOSITION_ENDS:
        return None
    j = name_start - 2
    if not tokens[j].is_head or tokens[j].possessive:
        return None  # "than his brother's, James": no one's job
    role: list[Token] = []
    while j >= 0 and len(role) < MAX_ROLE:
        t = tokens[j]
        if t.lower in DETERMINERS:
            if j > 1 and tokens[j - 1].lower in _SERVES and tokens[j - 2].is_head:
                return None  # "a spokeswoman for the governor, Nicole Ambrose,": whose job?
            return valid_role(role)
        if t.lower in _NO_DESCRIPTIONS_WORDS or _a_verb_after_a_word(tokens, j):
            # "an effort to draft their former governor, Mitch Daniels": the description is
            # what follows the last word no description holds, "former governor"
            return valid_role(_after_a_clause(t, role))
        if not t.is_word:
            return None
        if (
            t.lower == "of"
            and role
            and j > 0
            and not (tokens[j - 1].is_head or tokens[j - 1].is_cap)
        ):
            return valid_role(role)  # "at the invitation of oligarch, Victor Pinchuk": after "of"
        role.insert(0, t)
        j -= 1
    if j < 0 and _a_plain_description(role):
        return valid_role(role)  # opening the sentence: "Nebraska’s solicitor general, Lorna"
    return None


# Words that join a job to the office it serves, before "the" and that office: "for the governor".
_SERVES: Final = words_set("for of to")


def _a_plain_description(role: list[Token]) -> bool:
    """Words that open a sentence before a name's comma and may be a description of it, with no
    verb in "-ing" first and no word that joins it to another's office or aim ("Backing Jeb Bush
    for president, Mike Murphy,")."""
    return (
        0 < len(role) <= MAX_ROLE // 2
        and not role[0].lower.endswith("ing")
        and not any(t.lower in _SERVES or t.lower in CLAUSE_WORDS or t.lower == "as" for t in role)
    )


def org_description(tokens: list[Token], name_end: int) -> list[Token] | None:
    """What an organisation is, from an apposition: "the Wagner Group, a mercenary firm that"."""
    if name_end + 2 >= len(tokens) or tokens[name_end].text != ",":
        return None
    if tokens[name_end + 1].lower not in {"a", "an"}:
        return None
    role: list[Token] = []
    j = name_end + 2
    while j < len(tokens) and tokens[j].is_word and tokens[j].lower not in CLAUSE_WORDS:
        role.append(tokens[j])
        j += 1
        if len(role) > MAX_ROLE:
            return None
    return role if role and role[-1].lower in ORG_NOUNS else None
