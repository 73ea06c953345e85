"""Tokens of a sentence and the role patterns around a name: titles, appositions, relations."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from briefings.analysis.common.names import (
    CALENDAR,
    COMMON_WORDS,
    ORG_NOUNS,
    PLACE_PREFIXES,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    words_set,
)
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.speech.words import IRREGULAR, KIN_NOUNS, STYLES

_DETERMINERS: Final = frozenset({"the", "a", "an"})
_APPOSITION_ENDS: Final = frozenset(
    {",", ".", ";", ":", "—", "–", "(", ")", "!", "?", "“", "”", '"'}
)
_CLAUSE_WORDS: Final = frozenset(
    {"who", "which", "that", "whose", "whom", "where", "when", "and", "or"}
)
_MAX_ROLE: Final = 8
# Words that open a phrase after a name's comma that is no apposition: "…, with Tom Smith as".
_NO_APPOSITION: Final = frozenset(
    {"with", "without", "including", "starring", "like", "unlike", "through"}
)
# Auxiliaries and modals: after a name's comma they open the sentence's verb, no apposition
# ("Tamara Mellon, who co-founded Jimmy Choo, will stay as president": no role of Jimmy Choo's).
_A_VERBS_OPENING: Final = words_set(
    "will would shall should can could may might must is are was were has have had does do did"
)
# Role nouns that are no title when capitalised: "Democratic National Convention".
_NOT_CAP_NOUNS: Final = frozenset({"national", "citizen", "resident"})
_NOT_CAP_TITLES: Final = _NOT_CAP_NOUNS | {"mr", "mrs", "ms", "miss", "mx"}


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


def _is_head(t: Token) -> bool:
    return t.is_head


def _valid_role(
    role: list[Token], is_head: Callable[[Token], bool] = _is_head
) -> list[Token] | None:
    """Trim a candidate role to its title, or None when it holds no title (`is_head`: the
    words a title ends in)."""
    while role and (
        role[0].lower in _DETERMINERS
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
    if tail and tail[0].lower != "of" and not _body_tail(tail):
        return None
    return role


def _body_tail(tail: list[Token]) -> bool:
    """ "at Microsoft", "of BNP Paribas" after a job: the body the person works for, or the
    person ("for Mrs. Clinton")."""
    return (
        len(tail) > 1
        and tail[0].lower in _BODY_LINKS
        and all(
            t.is_cap
            or t.lower in {"of", "the", "and", "for"}
            or _a_courtesy_stop(tail, k, tail[:k])
            for k, t in enumerate(tail[1:], 1)
        )
        and tail[-1].is_cap
    )


# The most words in lower case that name a field a job is "of": "of public affairs".
_FIELDS_WORDS: Final = 3


def _a_fields_tail(tail: list[Token]) -> bool:
    """ "of policy", "of public affairs at Citizens Advice" after a job: the field the person
    heads, in lower case with no article, then the body they work for if the tail goes on."""
    if len(tail) < 2 or tail[0].lower != "of":
        return False
    k = 1
    while k < len(tail) and k <= _FIELDS_WORDS and not tail[k].is_cap:
        if tail[k].lower in _DETERMINERS or tail[k].lower in _BODY_LINKS:
            break
        k += 1
    return k > 1 and (k == len(tail) or _body_tail(tail[k:]))


def _a_courtesy_stop(tokens: list[Token], j: int, before: list[Token]) -> bool:
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
    while j >= 0 and len(role) < _MAX_ROLE:
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
    return _valid_role(role) if role else None


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


def role_after(
    tokens: list[Token], name_end: int, is_head: Callable[[Token], bool] = _is_head
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
        tokens[j].text not in _APPOSITION_ENDS or _a_courtesy_stop(tokens, j, role)
    ):
        if tokens[j].lower in _CLAUSE_WORDS and named:
            break  # "the former campaign manager for Mr. Trump and current CNN analyst"
        if tokens[j].lower in _CLAUSE_WORDS or len(role) >= _MAX_ROLE + 1:
            return None
        if role and tokens[j].lower in _FINITE_VERBS:
            return None  # "James Murdoch, his leanings are in plainer view": a clause, no job
        named = named or tokens[j].text == "."
        role.append(tokens[j])
        j += 1
    if not role or not all(
        t.is_word or _a_courtesy_stop(role, k, role[:k]) for k, t in enumerate(role)
    ):
        return None
    if _a_short_title_before_a_name(tokens, j, role):
        return None  # "In Jackson, state Sen. Alisha Nunn": the senator is Nunn, not Jackson
    valid = _valid_role(role, is_head)
    if not valid:
        return None
    heads = [i for i, t in enumerate(valid) if is_head(t)]
    last = valid[-1]
    if last.is_cap and last.lower in _NOT_CAP_NOUNS and len(heads) == 1:
        return None  # ", won the Grand National": a race's name, no job
    tail = valid[heads[-1] + 1 :]
    return valid if is_head(last) or _body_tail(tail) or _a_fields_tail(tail) else None


# Words that join a job to another's office: "chief of staff to Gov.", "adviser for Sen.".
_JOINING_WORDS: Final = words_set("to for at")


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
        and tokens[k + 2].lower in _DETERMINERS
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
            after.lower in _DETERMINERS
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
        and (tokens[j + 1].lower in _DETERMINERS or tokens[j + 1].lower in _NO_DESCRIPTIONS_WORDS)
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
        and before.lower not in _DETERMINERS
        and before.lower not in _POSSESSIVE_PRONOUNS
        and before.lower not in ROLE_MODIFIERS
        and not before.possessive
    )


def role_before_comma(tokens: list[Token], name_start: int, name_end: int) -> list[Token] | None:
    """A description set before a name: "a Slovakian national, Ashot Mkrtychev,"."""
    if name_start < 3 or tokens[name_start - 1].text != ",":
        return None
    if name_end < len(tokens) and tokens[name_end].text not in _APPOSITION_ENDS:
        return None
    j = name_start - 2
    if not tokens[j].is_head or tokens[j].possessive:
        return None  # "than his brother's, James": no one's job
    role: list[Token] = []
    while j >= 0 and len(role) < _MAX_ROLE:
        t = tokens[j]
        if t.lower in _DETERMINERS:
            if j > 1 and tokens[j - 1].lower in _SERVES and tokens[j - 2].is_head:
                return None  # "a spokeswoman for the governor, Nicole Ambrose,": whose job?
            return _valid_role(role)
        if t.lower in _NO_DESCRIPTIONS_WORDS or _a_verb_after_a_word(tokens, j):
            # "an effort to draft their former governor, Mitch Daniels": the description is
            # what follows the last word no description holds, "former governor"
            return _valid_role(_after_a_clause(t, role))
        if not t.is_word:
            return None
        if (
            t.lower == "of"
            and role
            and j > 0
            and not (tokens[j - 1].is_head or tokens[j - 1].is_cap)
        ):
            return _valid_role(role)  # "at the invitation of oligarch, Victor Pinchuk": after "of"
        role.insert(0, t)
        j -= 1
    if j < 0 and _a_plain_description(role):
        return _valid_role(role)  # opening the sentence: "Nebraska’s solicitor general, Lorna"
    return None


# Words that join a job to the office it serves, before "the" and that office: "for the governor".
_SERVES: Final = words_set("for of to")


def _a_plain_description(role: list[Token]) -> bool:
    """Words that open a sentence before a name's comma and may be a description of it, with no
    verb in "-ing" first and no word that joins it to another's office or aim ("Backing Jeb Bush
    for president, Mike Murphy,")."""
    return (
        0 < len(role) <= _MAX_ROLE // 2
        and not role[0].lower.endswith("ing")
        and not any(t.lower in _SERVES or t.lower in _CLAUSE_WORDS or t.lower == "as" for t in role)
    )


def org_description(tokens: list[Token], name_end: int) -> list[Token] | None:
    """What an organisation is, from an apposition: "the Wagner Group, a mercenary firm that"."""
    if name_end + 2 >= len(tokens) or tokens[name_end].text != ",":
        return None
    if tokens[name_end + 1].lower not in {"a", "an"}:
        return None
    role: list[Token] = []
    j = name_end + 2
    while j < len(tokens) and tokens[j].is_word and tokens[j].lower not in _CLAUSE_WORDS:
        role.append(tokens[j])
        j += 1
        if len(role) > _MAX_ROLE:
            return None
    return role if role and role[-1].lower in ORG_NOUNS else None


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
