"""Roles before a name: a title split from its run, the role read before it, speech beside it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from briefings.analysis.common.names import (
    CALENDAR,
    COMMON_WORDS,
    PLACE_PREFIXES,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    words_set,
)
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.speech.words import KIN_NOUNS, STYLES

DETERMINERS: Final = frozenset({"the", "a", "an"})
APPOSITION_ENDS: Final = frozenset(
    {",", ".", ";", ":", "—", "–", "(", ")", "!", "?", "“", "”", '"'}
)
CLAUSE_WORDS: Final = frozenset(
    {"who", "which", "that", "whose", "whom", "where", "when", "and", "or"}
)
MAX_ROLE: Final = 8
# Role nouns that are no title when capitalised: "Democratic National Convention".
NOT_CAP_NOUNS: Final = frozenset({"national", "citizen", "resident"})
_NOT_CAP_TITLES: Final = NOT_CAP_NOUNS | {"mr", "mrs", "ms", "miss", "mx"}


# Titles written short with a full stop, which a role keeps: "Texas Sen. Ted Cruz" → "Texas Sen.",
# "Army Lt. Gen. Michael Flynn" → "Army Lt. Gen.".
ABBREVIATED_TITLES: Final = words_set("sen rep gov gen adm col lt capt sgt prof dr rev")
_BODY_LINKS: Final = frozenset({"of", "at", "for"})


def title_split(run: list[Token]) -> int | None:
    """Where the name starts in a capitalised run that opens with a title.

    "Russian Defense Minister Sergei Shoigu" → 3; "Secretary of State Antony Blinken" → 3;
    None when the run holds no title followed by a name.
    """
    heads = [i for i, t in enumerate(run[:-1]) if t.is_head and t.lower not in _NOT_CAP_TITLES]
    if not heads:
        return None
    start = heads[-1] + 1
    if run[start].lower == "of":  # "Secretary of State Antony Blinken": the domain is 1+ words
        start += 1
        while start < len(run) and run[start].lower == "the":
            start += 1
        start += 1
        while len(run) - start > 3:
            start += 1
    while start < len(run) and run[start].text == ".":
        start += 1  # "Gov. Chris Christie"
    return start if start < len(run) else None


def ends_a_title(t: Token) -> bool:
    """Whether the token ends a title ("minister", "co-chairman"): the default test of a role."""
    return t.is_head


def valid_role(
    role: list[Token], is_head: Callable[[Token], bool] = ends_a_title
) -> list[Token] | None:
    """Trim a candidate role to its title, or None when it holds no title (`is_head`: the
    words a title ends in)."""
    while role and (
        role[0].lower in DETERMINERS
        or role[0].lower in CALENDAR
        or (
            role[0].lower in COMMON_WORDS
            and role[0].lower not in ROLE_MODIFIERS
            and not (len(role) > 1 and role[1].possessive and is_head(role[1]))  # "first lady’s"
            and not (role[0].lower == "first" and len(role) > 1 and is_head(role[1]))
            # "First lady Melania Trump", "First Minister Nicola Sturgeon": the title's own word
            and not role[0].is_courtesy  # "Mr. Netanyahu's former national security adviser"
            and not (role[0].is_cap and role[0].lower in PLACE_PREFIXES)
            and not is_head(role[0])
        )
    ):
        role = role[1:]
    heads = [i for i, t in enumerate(role) if is_head(t)]
    if not heads:
        return None
    tail = role[heads[-1] + 1 :]
    if tail and tail[0].lower != "of" and not body_tail(tail):
        return None
    return role


def body_tail(tail: list[Token]) -> bool:
    """ "at Microsoft", "of BNP Paribas" after a job: the body the person works for, or the
    person ("for Mrs. Clinton")."""
    return (
        len(tail) > 1
        and tail[0].lower in _BODY_LINKS
        and all(
            t.is_cap or t.lower in {"of", "the", "and", "for"} or a_courtesy_stop(tail, k, tail[:k])
            for k, t in enumerate(tail[1:], 1)
        )
        and tail[-1].is_cap
    )


# The most words in lower case that name a field a job is "of": "of public affairs".
_FIELDS_WORDS: Final = 3


def a_fields_tail(tail: list[Token]) -> bool:
    """ "of policy", "of public affairs at Citizens Advice" after a job: the field the person
    heads, in lower case with no article, then the body they work for if the tail goes on."""
    if len(tail) < 2 or tail[0].lower != "of":
        return False
    k = 1
    while k < len(tail) and k <= _FIELDS_WORDS and not tail[k].is_cap:
        if tail[k].lower in DETERMINERS or tail[k].lower in _BODY_LINKS:
            break
        k += 1
    return k > 1 and (k == len(tail) or body_tail(tail[k:]))


def a_courtesy_stop(tokens: list[Token], j: int, before: list[Token]) -> bool:
    """The full stop at `j` of a courtesy title (`before`: the words read before it) that a name
    follows, the title opening the words or after "for", "of" or "at": "a spokesman for Mrs.
    Clinton" reads on to the name, not "spokesman for Mrs" ("a suggestion from Mr." does not)."""
    return (
        tokens[j].text == "."
        and bool(before)
        and before[-1].is_courtesy
        and (len(before) == 1 or before[-2].lower in _BODY_LINKS)
        and j + 1 < len(tokens)
        and tokens[j + 1].is_cap
        and tokens[j + 1].is_word
    )


def role_before(tokens: list[Token], name_start: int) -> list[Token] | None:
    """The title written just before a name: "North Korean leader", "Kim’s sister"."""
    if name_start > 1 and tokens[name_start - 1].text == "." and tokens[name_start - 2].is_head:
        name_start -= 1  # "Gov. Chris Christie"
    # "Chief executive Sir Terry Leahy": a style is no part of a role ("Sir Terry Leahy" opening
    # the sentence has no role before it to read)
    name_start = styles_before(tokens, name_start, keep=1)
    if name_start == 0:
        return None
    first = tokens[name_start - 1]
    if not (first.is_head or first.is_cap) or first.is_courtesy:
        return None
    role: list[Token] = []
    j = name_start - 1
    while j >= 0 and len(role) < MAX_ROLE:
        t = tokens[j]
        # "Secretary of State", and a body's name "National Union of Teachers"
        of_title = (
            t.lower == "of"
            and j > 0
            and bool(role)
            and (tokens[j - 1].is_head or (tokens[j - 1].is_cap and role[0].is_cap))
            and tokens[j - 1].lower not in KIN_NOUNS  # "son of former Florida Gov.": another's
        )
        # "Marks & Spencer's chief executive": a body's name joined by "&"
        joined = t.text == "&" and j > 0 and tokens[j - 1].is_cap and bool(role)
        # "Army Lt. Gen. Michael Flynn": the full stop of a title written short, inside the role
        short = t.text == "." and j > 0 and tokens[j - 1].lower in ABBREVIATED_TITLES and bool(role)
        # "Speaker of the House Paul Ryan", "Secretary of the Treasury": the "the" of a domain
        the_domain = (
            t.lower == "the"
            and j > 1
            and tokens[j - 1].lower == "of"
            and tokens[j - 2].is_head
            and tokens[j - 2].is_cap
            and bool(role)
            and role[0].is_cap
        )
        if (
            not of_title
            and not the_domain
            and not joined
            and not short
            and not _in_title(t)
            and not _and_in_a_body(tokens, j, role)
        ):
            break
        role.insert(0, t)
        j -= 1
    role = _after_a_headline(role)
    while len(role) > 1 and not role[0].is_cap and _after_a_modal(tokens, j + 1):
        role = role[1:]  # "will almost certainly force Sen. Bernie Sanders": the verb, no title
        j += 1
    kin = [k for k, t in enumerate(role[:-1]) if t.lower in KIN_NOUNS and not t.possessive]
    if kin and role[kin[-1] + 1].is_cap:
        role = role[kin[-1] + 1 :]  # "his wife Democratic presidential front-runner": the job
    return valid_role(role) if role else None


# Modals, after which a lower-case word is a verb: "will force", "could house".
_MODALS: Final = words_set("will would shall should can could may might must did does do")
# Adverbs that stand between a modal and its verb besides those in "-ly": "will almost force".
_BETWEEN_A_MODAL_AND_A_VERB: Final = words_set("almost also not never still just even")


def _after_a_modal(tokens: list[Token], k: int) -> bool:
    """Whether a modal stands before `k`, with only adverbs between: "will almost certainly"."""
    while k > 0 and (
        tokens[k - 1].lower in _BETWEEN_A_MODAL_AND_A_VERB
        or (tokens[k - 1].lower.endswith("ly") and not tokens[k - 1].is_cap)
    ):
        k -= 1
    return k > 0 and tokens[k - 1].lower in _MODALS


# The most words in capitals in a row a title holds ("US NATO commander"); more are a headline.
_CAPITALS_IN_A_TITLE: Final = 2


# Words run together with no space, as a page's captions and credits are: "BushASSOCIATED",
# "PRESSOhio" (a lower-case letter before three capitals, or four capitals before a lower-case
# letter; "McDonald", "JPMorgan", "DeSantis" are no such run).
_RUN_TOGETHER: Final = re.compile(r"[a-z][A-Z]{3}|[A-Z]{4}[a-z]")


def _after_a_headline(role: list[Token]) -> list[Token]:
    """The words after a headline written in capitals that runs into the title ("… KILLED IN
    DEADLY ISTANBUL EXPLOSION Turkish President" → "Turkish President"), or after words run
    together ("Kasich And BushASSOCIATED PRESSOhio Gov." → "Gov."); acronyms stay."""
    glued = [k for k, t in enumerate(role) if t.is_word and _RUN_TOGETHER.search(t.text)]
    if glued:
        role = role[glued[-1] + 1 :]
    run = 0
    for k, t in enumerate(role):
        run = run + 1 if t.is_word and len(t.text) > 1 and t.text.isupper() else 0
        if run > _CAPITALS_IN_A_TITLE and any(len(w.text) > 3 for w in role[k - run + 1 : k + 1]):
            cut = k + 1
            while cut < len(role) and role[cut].text.isupper():
                cut += 1
            return _after_a_headline(role[cut:])
    return role


def _and_in_a_body(tokens: list[Token], j: int, role: list[Token]) -> bool:
    """ "and" at `j` between two single capitalised words that are no titles, the second opening
    the role read so far: a body's name ("Marks and Spencer chief executive"), not a list ("Tony
    Blair and Microsoft chairman", "met Blair and Chancellor")."""
    if tokens[j].lower != "and" or j == 0 or not role:
        return False
    before = tokens[j - 1]
    return (
        role[0].is_cap
        and not role[0].is_head
        # "both Trump and Democratic front-runner Hillary Clinton": a title's own first word
        # after a name is no body's ("Trade and Industry Secretary" is)
        and (role[0].lower not in ROLE_MODIFIERS or before.lower in ROLE_MODIFIERS)
        and before.is_word
        and before.is_cap
        and not before.is_head
        and not before.is_courtesy
        and not before.possessive
        and (
            j == 1
            or not tokens[j - 2].is_cap
            or tokens[j - 2].lower in ROLE_MODIFIERS
            or _in_a_name_with_of(tokens, j - 1)
        )
    )


def _in_a_name_with_of(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised words ending at `k` follow an "of" after a capitalised word that
    is no title: a body's name ("Society of Motor Manufacturers"), which "and" may go on ("and
    Traders chief"); not an office ("Secretary of State John Kerry and")."""
    while k >= 0 and tokens[k].is_word and tokens[k].is_cap and not tokens[k].is_head:
        if tokens[k].is_courtesy or tokens[k].possessive:
            return False
        k -= 1
    return (
        k > 0
        and tokens[k].lower == "of"
        and tokens[k - 1].is_word
        and tokens[k - 1].is_cap
        and not tokens[k - 1].is_head
        and not tokens[k - 1].possessive
    )


def styles_before(tokens: list[Token], start: int, keep: int = 0) -> int:
    """Where the styles before the name at `start` begin, which are no role: "Sir", "Dame",
    "the Rt Rev Dr" (`start` itself when there are none); the first `keep` tokens are not read.
    A style is capitalised: "First lady Melania Trump" has a title, not the style "Lady"."""
    k = start
    while k > keep and (
        (tokens[k - 1].lower.rstrip(".") in STYLES and tokens[k - 1].is_cap)
        or tokens[k - 1].text == "."
    ):
        k -= 1
    return k


def _in_title(t: Token) -> bool:
    """Whether a word may stand inside a title: capitalised, a title noun or a title modifier."""
    if not t.is_word or t.is_courtesy:
        return False
    if t.possessive and not t.is_cap:
        return t.is_head  # "the former president’s son" reads on; "his sister" does not
    return t.is_head or t.lower in ROLE_MODIFIERS or t.is_cap


def speech_next_to(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a verb of saying stands right after ("Sullivan said") or before ("said Kirby")."""
    after = tokens[end].lower if end < len(tokens) else ""
    before = tokens[start - 1].lower if start > 0 else ""
    if after in SPEECH_VERBS:
        return True
    return before in {"said", "says", "added", "told", "asked"} and not _not_the_speaker(
        tokens, end
    )


# Plural verbs that open a reported clause after its subject, as British style writes of teams,
# bands and firms: "said Chelsea were".
_PLURAL_VERBS: Final = words_set("are were have")


def _not_the_speaker(tokens: list[Token], end: int) -> bool:
    """A name after "said" that is the plural subject of what was said ("Moyes said Chelsea were
    the best side": no person takes a plural verb) or that qualifies a job and the speaker's
    name ("said Chelsea boss Jose Mourinho"); "said Smith yesterday" is Smith's, and a singular
    subject ("Reid said Novak has been") keeps the evidence it had."""
    if end >= len(tokens):
        return False
    after = tokens[end]
    if after.lower in _PLURAL_VERBS:
        return True
    return (
        after.is_head
        and not after.is_cap
        and end + 1 < len(tokens)
        and tokens[end + 1].is_cap
        and tokens[end + 1].is_word
    )
