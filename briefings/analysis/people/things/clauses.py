"""Clauses news writes of things and bodies, not people: "which", a plural verb, "said its"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import SPEECH_VERBS, words_set
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.roles.tokens import Token

# A plural verb right after a name: British style makes bands, teams and firms plural.
_PLURAL_VERBS: Final = frozenset({"are", "were", "have"})

# Words that open a clause whose subject may follow: "But Franz Ferdinand are".
_CLAUSE_OPENERS: Final = words_set(
    """but yet so now while whilst although though because since when whereas meanwhile
    however also"""
)


def told_as_a_thing(tokens: list[Token], start: int, end: int) -> bool:
    """Grammar that news gives things and bodies, not people: a name followed by "which" ("Vera
    Drake, which won"), by a plural verb as its subject ("Franz Ferdinand are") or "their" work
    ("won for their debut album"), or speaking of "its" own ("Merrill Lynch said its profits fell"),
    or naming someone "as its" designer ("Christian Dior has named John Galliano as its")."""
    if end >= len(tokens):
        return False
    after = tokens[end]
    if _subtitled(tokens, end) or _in_brackets_after_a_name(tokens, start, end):
        return True  # "Bridget Jones: The Edge of Reason", "Romola Garai (Eve Green)"
    if start == 0 and _a_subtitle_opening(tokens, end):
        return True  # "Bridget Jones: Mad About the Boy will open in cinemas"
    if _done_to_a_thing(tokens, end):
        return True  # "Vera Drake was directed by", "Jimmy Choo has been floated"
    if opens_a_clause(tokens, start) and (
        after.lower in _PLURAL_VERBS or followed_by_which(tokens, end) or _their_work(tokens, end)
    ):
        return True
    return (
        speaks_of_its_own(tokens, end)
        or owns_its(tokens, start, end)
        or names_someone_as_its(tokens, start, end)
    )


def a_plural_subject(tokens: list[Token], start: int, end: int) -> bool:
    """A name of two words or more that is the subject of its clause, a plural verb right after
    it: a team, a band or a firm as British style writes them ("Aston Villa have signed", "Crystal
    Palace are bottom"), which no one person's name takes ("Should Tony Blair have" has the verb
    first; "Tim Henman and Greg Rusedski have" is a list's)."""
    return (
        end - start >= 2
        and end < len(tokens)
        and tokens[end].lower in _PLURAL_VERBS
        and opens_a_clause(tokens, start)
    )


# Verbs of giving someone a post, before their name and "as its": "has named John Galliano as its
# designer".
_APPOINTS: Final = words_set("named appointed hired chosen picked recruited")


def names_someone_as_its(tokens: list[Token], start: int, end: int) -> bool:
    """A name opening its sentence that gives a person named in capitals a post "as its" own: an
    employer, a body ("Christian Dior has named John Galliano as its designer"; a person's post
    is "his" or "her", and no one makes another "its" anything)."""
    if start != 0 or end + 3 >= len(tokens):
        return False
    k = end
    if tokens[k].lower in _HAVE:
        k += 1
    if tokens[k].lower not in _APPOINTS or not tokens[k + 1].is_cap:
        return False
    k += 1
    while k < len(tokens) and k - end < 7 and tokens[k].is_cap and tokens[k].is_word:
        k += 1
    return k + 1 < len(tokens) and tokens[k].lower == "as" and tokens[k + 1].lower == "its"


# Auxiliaries between a subject and its verb: "has closed", "will have cut".
_AUXILIARIES: Final = words_set("has had have will would is was")


def _a_verb(token: Token) -> bool:
    """A word in lower case that may be a verb after its subject: not a conjunction, a
    preposition or "its"."""
    return token.is_word and not token.is_cap and token.lower not in _NO_VERBS


# What may stand between a verb and its object's "its": "closed all its shops", "most of its",
# "another of its", "a fifth of its", "40 of its" (not "one of its": "Tony Blair visited one of
# its schools").
_QUANTIFIERS: Final = words_set(
    "all most some many half of both another a third quarter fifth tenth"
)


# Words after a name that are no verb of its own: "Tony Blair and its allies", "Smith of its
# board", a copula ("Paul Rhys was its best performer": what someone is to a body).
_NO_VERBS: Final = words_set(
    """its and or but nor than as of in on at for to with from by into about over after before
    atop among under within without through against between is was are were be been"""
)


def owns_its(tokens: list[Token], start: int, end: int) -> bool:
    """A subject right before its verb (past auxiliaries) whose object is "its" own, after a
    quantifier or as "had its" best or first: a body or a brand ("Mr Kipling had its best
    Christmas", "Rival TM Lewin closed all its shops", "Samuel Smith has closed another of its
    pubs", "X is to cut a fifth of its staff"; a person's own is "his" or "her"); not an
    object ("the PAC backing Hillary Clinton is using some of its muscle"), nor what a person
    did to a thing ("Tony Blair praised its work")."""
    before = tokens[start - 1] if start > 0 else None
    if (
        before is not None
        and before.is_word
        and not before.is_cap
        and before.lower not in SPEECH_VERBS
        and before.lower != "that"
    ):
        return False  # an object: "backing Hillary Clinton is using"
    k = end
    if (
        k + 2 < len(tokens)
        and tokens[k].lower in {"is", "are", "was"}
        and tokens[k + 1].lower == "to"
    ):
        k += 2  # "is to cut"
    while k + 1 < len(tokens) and k - end < 2 and tokens[k].lower in _AUXILIARIES:
        if not _a_verb(tokens[k + 1]):
            break  # "had its best": the auxiliary's form is the verb
        k += 1
    if k >= len(tokens) or not _a_verb(tokens[k]):
        return False
    verb = tokens[k].lower
    k += 1
    quantified = k
    while k < len(tokens) and (tokens[k].lower in _QUANTIFIERS or tokens[k].text.isdigit()):
        k += 1
    if k + 1 >= len(tokens) or tokens[k].lower != "its":
        return False
    # its own in what it has or in how much of it: "had its best", "closed all its shops" (a
    # person's verb may take another's "its": "Tony Blair praised its work")
    return k > quantified or (verb in _HAVE and _a_rank(tokens[k + 1].lower))


_HAVE: Final = words_set("has had have")


def _a_rank(word: str) -> bool:
    """A superlative or an ordinal: "best", "biggest", "first", "third"."""
    return word.endswith("est") or word in _ORDINALS


_ORDINALS: Final = words_set("first second third fourth fifth last")


# A band's works and doings, after "their": "their debut album", "their first UK tour".
_BANDS_WORKS: Final = words_set(
    "album albums single singles song songs record records debut tour gig"
)

# Possessives of the third person: the first one after a subject tells its number.
_POSSESSIVES: Final = words_set("his her their its")


def _their_work(tokens: list[Token], end: int) -> bool:
    """A subject, alone, whose first possessive in the sentence is "their" before a band's work:
    "Franz Ferdinand won the Mercury Music Prize for their debut album" (a person's is "his" or
    "her"; not "Keane and Coldplay … their")."""
    if end < len(tokens) and tokens[end].lower in {"and", "&", ","}:
        return False
    for k in range(end, len(tokens) - 1):
        if tokens[k].lower in _POSSESSIVES:
            if tokens[k].lower != "their":
                return False
            rest = tokens[k + 1 : k + 4]
            return any(t.lower in _BANDS_WORKS for t in rest)
        if tokens[k].lower in {"and", "with", "who", "whose", "that"} or tokens[k].text in {
            ";",
            ":",
            "“",
            '"',
        }:
            return False
    return False


def followed_by_which(tokens: list[Token], end: int) -> bool:
    """ "which" right after a name, or after its comma: "Vera Drake, which won"."""
    if end < len(tokens) and tokens[end].lower == "which":
        return True
    return end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower == "which"


def a_subject_which(tokens: list[Token], run_start: int, end: int) -> bool:
    """A name, with any title before it from `run_start`, that opens its sentence and is then
    told of with "which": a body, whatever title stands before it ("Rival J Sainsbury, which is
    in the middle of a recovery plan, said")."""
    return run_start == 0 and followed_by_which(tokens, end)


def opens_a_clause(tokens: list[Token], start: int) -> bool:
    """A name that is the subject of its clause: first in the sentence, after a word that opens
    a clause or after a dash or bracket; not one of a list ("he and Mike Pence have"), an object
    ("headed by Ian Telfer, which") or a possessor's ("the District's C. Rick Martin are")."""
    if start == 0:
        return True
    before = tokens[start - 1]
    if before.is_word:
        return before.lower in _CLAUSE_OPENERS
    return before.text not in {",", "&", "'", "’"} and not before.possessive


def past_a_joined_name(tokens: list[Token], end: int) -> int:
    """Where the sentence goes on past "and" and another name in capitals at `end`, or `end`:
    "Willmott Dixon and Morgan Sindall have won"."""
    if end + 1 >= len(tokens) or tokens[end].lower != "and" or not tokens[end + 1].is_cap:
        return end
    k = end + 1
    while k < len(tokens) and k - end < 5 and tokens[k].is_cap and tokens[k].is_word:
        k += 1
    return k


def _subtitled(tokens: list[Token], end: int) -> bool:
    """A name that opens a title: a colon or a dash before "The" and a capitalised word ("Jerry
    Springer - The Opera", "Bridget Jones: The Edge of Reason")."""
    return (
        end + 2 < len(tokens)
        and tokens[end].text in {":", "-", "–", "—"}
        and tokens[end + 1].text == "The"
        and cap_at(tokens, end + 2)
    )


def _a_subtitle_opening(tokens: list[Token], end: int) -> bool:
    """A colon and two capitalised words after a name that opens the sentence, then a word in
    lower case past the subtitle's small words: a title and its subtitle as the subject
    ("Bridget Jones: Mad About the Boy will open"), not someone introducing words ("Smith: “…”")."""
    if end + 3 >= len(tokens) or tokens[end].text != ":":
        return False
    if not (cap_at(tokens, end + 1) and cap_at(tokens, end + 2)):
        return False
    k = end + 3
    while k < len(tokens) and (cap_at(tokens, k) or tokens[k].lower in _SUBTITLES_SMALL_WORDS):
        k += 1
    return k < len(tokens) and tokens[k].is_word and not tokens[k].is_cap


# The small words a subtitle keeps in lower case: "Mad About the Boy".
_SUBTITLES_SMALL_WORDS: Final = words_set("the a an of and in on at to for")


def _in_brackets_after_a_name(tokens: list[Token], start: int, end: int) -> bool:
    """A name alone in brackets right after another: the work a person is known for ("Romola
    Garai (Calico), Eddie Redmayne (Hamlet)")."""
    return (
        start >= 2
        and end < len(tokens)
        and tokens[start - 1].text == "("
        and tokens[end].text == ")"
        and cap_at(tokens, start - 2)
    )


# What is done to works and firms, never to people: "was directed by", "has been floated".
_DONE_TO_THINGS: Final = words_set(
    """directed filmed screened staged premiered broadcast aired published adapted floated
    privatised privatized acquired merged launched relaunched reissued remade owned ridden
    founded incorporated"""
)

BEING: Final = words_set("is are was were be been being has have had")

# Modal verbs and "to" before a form of "be": "Peter Pan will be staged", "is to be floated".
_MODALS: Final = words_set("will would could may might shall should must can to")


def _done_to_a_thing(tokens: list[Token], end: int) -> bool:
    """A name before a form of "be" and a past participle only works and firms take, maybe after
    a modal ("Peter Pan will be staged")."""
    k = end
    while (
        k < len(tokens) and (tokens[k].lower in BEING or tokens[k].lower in _MODALS) and k - end < 4
    ):
        k += 1
    if k > end and k + 1 < len(tokens) and (tokens[k].lower, tokens[k + 1].lower) in _DONE_PAIRS:
        # "Jimmy Choo has been taken over" (not "bought out of trouble")
        return k + 2 >= len(tokens) or tokens[k + 2].lower != "of"
    if k > end and tokens[k - 1].lower in _HAVING and tokens[k].lower not in _DONE_BY_ITSELF:
        return False  # the active: "Nick Pickard has filmed his final scenes" (a person films)
    return k > end and k < len(tokens) and tokens[k].lower in _DONE_TO_THINGS


# A perfect's auxiliary, after which a participle is active (the subject did it) unless a form
# of "be" follows: "has filmed", not "has been filmed".
_HAVING: Final = words_set("has have had")

# What a body does of itself, in the active too: "Jimmy Choo has floated", "has merged".
_DONE_BY_ITSELF: Final = words_set("floated merged privatised privatized incorporated")


# Two words done only to firms: "has been taken over", "was bought out".
_DONE_PAIRS: Final = frozenset({("taken", "over"), ("bought", "out"), ("wound", "up")})


def speaks_of_its_own(tokens: list[Token], end: int) -> bool:
    """A verb of saying and "its" right after a name, maybe after "has" or "had", or after a
    quantifier and maybe "of": a body speaking ("Merrill Lynch said its", "John Lewis has said its
    staff", "Ted Baker said all its shops", "said some of its")."""
    if end < len(tokens) and tokens[end].lower in {"has", "had", "have"}:
        end += 1
    if end + 1 >= len(tokens) or tokens[end].lower not in SPEECH_VERBS:
        return False
    k = end + 1
    if tokens[k].lower == "of":
        return False  # "Tom Smith said of its record": what he spoke of
    while k + 1 < len(tokens) and k - end <= 3 and tokens[k].lower in _QUANTIFIERS:
        k += 1  # "said all its", "said most of its", "said a third of its"
    return tokens[k].lower == "its"


def speaks_of_theirs(tokens: list[Token], end: int) -> bool:
    """A verb of saying and "they" or "their" right after a name: a club, a band or a firm that
    British style makes plural ("Chelsea said they would appeal"), where a person named by one
    word would say "he" or "she"."""
    if end < len(tokens) and tokens[end].lower in {"has", "had", "have"}:
        end += 1
    return (
        end + 1 < len(tokens)
        and tokens[end].lower in SPEECH_VERBS
        and tokens[end + 1].lower in {"they", "their"}
    )


# The pronouns that tell a body from a person in what it said.
_WHOSE: Final = frozenset(
    {"its", "he", "she", "his", "her", "him", "they", "their", "i", "we", "our"}
)


def first_pronoun_its(tokens: list[Token], end: int) -> bool:
    """A verb of saying right after a name and "its" the first pronoun of what was said: a body
    ("Morrison said profits fell after its takeover of Safeway"; not "Smith said he")."""
    if end < len(tokens) and tokens[end].lower in {"has", "had", "have"}:
        end += 1
    if end >= len(tokens) or tokens[end].lower not in SPEECH_VERBS:
        return False
    first = next((t.lower for t in tokens[end + 1 :] if t.lower in _WHOSE), None)
    return first == "its"


def its_pronoun_after(tokens: list[Token], end: int) -> bool:
    """ "its" the first pronoun after a name, in what is said of it: "said Claude would cite its
    sources" (a thing's; not "said Smith would miss his first game")."""
    first = next((t.lower for t in tokens[end:] if t.lower in _WHOSE), None)
    return first == "its"


def said_as_someone(tokens: list[Token], end: int) -> bool:
    """A name with an age in commas after it, or speaking of itself as "he" or "she": a person's
    ("Woods, 29, birdied", "Harrington said he had putted well"; not "Chelsea said they")."""
    if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 2].text == ",":
        age = tokens[end + 1].text
        return age.isdigit() and 15 < int(age) < 100
    return (
        end + 1 < len(tokens)
        and tokens[end].lower in {"said", "says"}
        and tokens[end + 1].lower in {"he", "she"}
    )


def said_as_someone_past_an_apposition(tokens: list[Token], end: int) -> bool:
    """A name, an apposition opened by "the", "a", "an" or a job's word in lower case and set off
    by commas, then "said he" or "said she": a person whatever the apposition calls them ("Ozwald
    Boateng, the tailor, said he", "Frances Hall, a solicitor at the firm, said she", "Karimi,
    executive director of Interfaith Paths to Peace, said she"; not "…, the tailor, said it")."""
    if end + 3 >= len(tokens) or tokens[end].text != ",":
        return False
    opener = tokens[end + 1]
    if opener.lower not in {"the", "a", "an"} and (opener.is_cap or not opener.is_word):
        return False
    for k in range(end + 2, min(len(tokens) - 1, end + 14)):
        if tokens[k].text == ",":
            return said_as_someone(tokens, k + 1)
        if not (tokens[k].is_word or tokens[k].text.isdigit()):
            return False
    return False
