"""A name's own pronoun or "who" clause: "released her first album", ", who won …, said she"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import SPEECH_VERBS, words_set
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.clauses import first_pronoun_its

# Past tenses not in "-ed" that a person's "his" or "her" follows: "John Denver wrote it for his
# wife".
_PASTS: Final = words_set("wrote sang made gave took left spent told")


def a_persons_own_pronoun(tokens: list[Token], start: int, end: int) -> bool:
    """A name opening the sentence whose verb (a present perfect, a past tense or their passive)
    has "his" or "her" for its own, as the clause's first pronoun and before any other name:
    "Charlotte Church has released her first album", "Zadie Smith has been shortlisted for her
    third novel", "John Denver wrote it for his wife", past a name after "the" ("for the Orange Prize for Fiction for her"; not "Hyde
    Park has hosted his", nor "… its", nor "has signed Tom Smith on his")."""
    if any(t.is_word for t in tokens[:start]):
        return False
    k = end
    if k < len(tokens) and tokens[k].lower in {"has", "had"}:
        k += 1
    if k < len(tokens) and tokens[k].lower in {"been", "was"}:
        k += 1  # the passive: "has been shortlisted", "was knighted"
    if k >= len(tokens) or not (tokens[k].lower.endswith("ed") or tokens[k].lower in _PASTS):
        return False
    in_a_thing = False  # inside a name after "the": "for the Orange Prize for Fiction for her"
    for m in range(k + 1, min(len(tokens), k + 11)):
        t = tokens[m]
        if not t.is_word:
            return False
        if t.is_cap:
            in_a_thing = in_a_thing or tokens[m - 1].lower == "the"
            if not in_a_thing:
                return False  # another name, whose the pronoun may be
            continue
        if t.lower in {"his", "her", "its", "their"}:
            return t.lower in {"his", "her"}
        in_a_thing = in_a_thing and t.lower in {"of", "for"} and cap_at(tokens, m + 1)
    return False


def his_or_her_after_a_modal(tokens: list[Token], start: int, end: int) -> bool:
    """A full name opening the sentence, "will" or "is to" and a verb in lower case, then "his" or
    "her" as the clause's first pronoun before any other name: "Motsi Mabuse will take her place
    on the panel" (not "… will take its place", nor "will replace Tom Smith on his")."""
    if any(t.is_word for t in tokens[:start]) or end + 3 >= len(tokens):
        return False
    k = end
    if tokens[k].lower == "will":
        k += 1
    elif tokens[k].lower == "is" and tokens[k + 1].lower == "to":
        k += 2
    else:
        return False
    if not tokens[k].is_word or tokens[k].is_cap:
        return False
    return _his_or_her_first(tokens, k + 1, k + 8, quotes_end=False)


def speaks_past_who(tokens: list[Token], end: int) -> bool:
    """A name that speaks past a relative clause opened by "who", set off by commas: "Eben
    Upton, who founded the foundation, said" (a body is "which"; not "…, who founded it, and
    said")."""
    if end + 2 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].lower != "who":
        return False
    for k in range(end + 2, min(len(tokens) - 1, end + 20)):
        if tokens[k].text == ",":
            return tokens[k + 1].lower in SPEECH_VERBS
        if not (tokens[k].is_word or tokens[k].text.isdigit()):
            return False
    return False


def someone_past_who(tokens: list[Token], end: int) -> bool:
    """One word that speaks past a "who" clause (`speaks_past_who`), not of "they": a surname
    said of as someone's ("Mabuse, who won Strictly twice, said it was a dream"; not "Leeds, who
    are top of the league, said they")."""
    if not speaks_past_who(tokens, end):
        return False
    k = _next_comma(tokens, end + 2)
    return k + 2 >= len(tokens) or tokens[k + 2].lower not in {"they", "their"}


# What a side's "who" clause opens with: "Leeds, who are top of the league,".
_PLURAL_AFTER_WHO: Final = words_set("are were have")


def one_who_said_he_or_she(tokens: list[Token], end: int) -> bool:
    """One word that speaks past a "who" clause in the singular and says "he" or "she" of its
    own clause: someone known by one name ("Raye, who won six Brit Awards in March, said she
    was overwhelmed"; not "Leeds, who are top of the league, said he would stay", a side)."""
    if not speaks_past_who(tokens, end) or tokens[end + 2].lower in _PLURAL_AFTER_WHO:
        return False
    k = _next_comma(tokens, end + 2)
    return k + 2 < len(tokens) and tokens[k + 2].lower in {"he", "she"}


def said_of_his_own(tokens: list[Token], end: int) -> bool:
    """One word before "said" or "says" whose clause has "his" or "her" for its first pronoun,
    before any other name: a surname said of as someone's ("Dirisu said the fight scenes had
    been the hardest of his career"; not "Leeds said its", nor "Leeds said Farke had hurt his
    back")."""
    if end + 1 >= len(tokens) or tokens[end].lower not in {"said", "says"}:
        return False
    return _his_or_her_first(tokens, end + 1, end + 20, quotes_end=True)


def _his_or_her_first(tokens: list[Token], start: int, stop: int, quotes_end: bool) -> bool:
    """ "his" or "her" is the first pronoun from `start` (before `stop`), with no name before it,
    whose the pronoun may be: the search ends at a word in capitals, and at a quotation's opening
    mark (a quotation's own pronouns) when `quotes_end`, else at any mark."""
    for k in range(start, min(len(tokens), stop)):
        t = tokens[k]
        if t.is_cap or (t.text in _QUOTATION_OPENS if quotes_end else not t.is_word):
            return False
        if t.lower in _PRONOUNS:
            return t.lower in {"his", "her"}
    return False


# The pronouns that `_his_or_her_first` stops at.
_PRONOUNS: Final = words_set("his her its their he she it they him them")
_QUOTATION_OPENS: Final = frozenset({"“", '"', "‘"})


def _next_comma(tokens: list[Token], start: int) -> int:
    """The index of the first comma at or after `start` (the length of the tokens if none)."""
    for k in range(start, len(tokens)):
        if tokens[k].text == ",":
            return k
    return len(tokens)


# Words before a place's name: "a shop on Long Island, who …" (whose "who" is someone else's).
_BEFORE_A_PLACE: Final = frozenset({"in", "on", "at", "from", "to", "of", "near"})


def who_after(tokens: list[Token], start: int, j: int) -> bool:
    """A name right before ", who" that no preposition stands before: a person's, whom the
    clause describes ("Lee Hall, who wrote the book,"; not "an employee on Long Island, who gave
    $1,200", "on New York's Long Island, who": where someone named before lives)."""
    return (
        j + 1 < len(tokens)
        and tokens[j].text == ","
        and tokens[j + 1].lower == "who"
        and not (
            start > 0 and (tokens[start - 1].is_cap or tokens[start - 1].lower in _BEFORE_A_PLACE)
        )
    )


def an_apposition_that_speaks(tokens: list[Token], start: int, j: int) -> bool:
    """A name set off by commas after a lower-case noun, right before "said" or "says" that no
    "its" follows: the speaker's name beside their job ("ITV's head of drama, Polly Hill,
    said"; not "Its owner, William Hill, said its")."""
    return (
        start > 1
        and j + 1 < len(tokens)
        and tokens[start - 1].text == ","
        and tokens[start - 2].is_word
        and not tokens[start - 2].is_cap
        and tokens[j].text == ","
        and tokens[j + 1].lower in {"said", "says"}
        and not first_pronoun_its(tokens, j + 1)
    )
