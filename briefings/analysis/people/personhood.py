"""What in a sentence shows that a full name is a person's: news writes a person, not a work or a
firm named like one, with a job before the name, a country, "who", an age, "her" or "his", works
of their own, a work "by" them or "starring" them, or in a list with other people.

A full name that no naming in the article shows so (and no courtesy title, role, speech or lone
surname either) is not listed as a person: a wrong person costs more than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.analysis.attribution import first_name_like, name_titles, words_set
from briefings.analysis.common.names import (
    DEMONYMS,
    ORG_NOUNS,
    ROLE_HEADS,
    SPEECH_VERBS,
    WORK_NOUNS,
    name_key,
)
from briefings.analysis.people.nature import is_english_word
from briefings.analysis.people.roles import Token

__all__ = ["about_works", "human_context", "is_person_noun", "list_spans"]

# An article about works names at least so many (nouns for works and titles in quotation marks):
# 8 of the 10 tuned BBC entertainment articles, none of the 20 others and 29 of PolNeAR's 600 tuned
# articles.
_WORKS_ARTICLE = 4
# Nouns of the arts pages: the works and the people who make them (not "show", "program" or
# "series", which political news uses of anything).
_ARTS = words_set(
    """film films movie movies musical musicals novel novels album albums opera operas sitcom
    sitcoms documentary documentaries thriller thrillers drama dramas comedy comedies play plays
    song songs book books actor actors actress actresses author novelist director singer band"""
)
_WORD = re.compile(r"\b[a-z]+\b")


def about_works(paragraphs: Sequence[str], quoted_titles: int = 0) -> bool:
    """An article about films, books, plays or shows: nouns for works ("film", "novel",
    "musical") and quoted titles at least four times. There characters, works and firms are named
    like people, and a full name that nothing shows to be a person is not taken for one."""
    count = quoted_titles
    for paragraph in paragraphs:
        count += sum(1 for w in _WORD.findall(paragraph) if w in _ARTS)
        if count >= _WORKS_ARTICLE:
            return True
    return False


# What news calls people in the arts and in sport, beside the role heads and nameparser's titles
# ("actor", "playwright", "novelist"): "athlete Cathy Freeman", "supermodel Helena Christensen".
_PERSON_NOUNS = words_set(
    """athlete star champion medallist medalist winner favourite favorite legend sculptor artist
    supermodel model actress vaulter runner sprinter hurdler jumper thrower striker midfielder
    defender goalkeeper batsman bowler jockey swimmer cyclist skater skier boxer golfer
    tennis-player presenter broadcaster newcomer veteran teenager youngster colleague
    compatriot team-mate teammate holder performer delegate operative guru donor voter
    celebrity comic"""
)
# Nouns for what a person is that a firm or a work may be too: no evidence after a name ("Vera
# Drake was the big winner", "Harper Collins is the publisher").
_THINGS_TOO = words_set(
    """producer maker publisher owner distributor sponsor operator provider winner leader host
    partner holder favourite favorite star veteran retailer brewer carmaker supplier lender
    insurer manufacturer exporter importer developer trader broker member"""
)
# Words ending like agent nouns that name no one: "after", "number", "whether".
_NOT_AGENTS = words_set(
    """number after over under order other another either neither whether never ever however
    together rather further better later water paper power corner border matter chapter
    letter quarter poster sticker banner computer theater theatre center centre"""
)
# A person's own works, after the possessive: "Robbie Williams' autobiography", "Michael Symmons
# Roberts' fourth collection of poems".
_OWN_WORKS = WORK_NOUNS | words_set(
    "autobiography memoir memoirs biography collection poems debut novels films plays songs"
)
# What a person has and a firm or a work has not, after the possessive: "Hillary Clinton's
# campaign", "Marco Rubio's wife".
_A_PERSONS = words_set(
    """campaign candidacy presidency career life death birth funeral wife husband son sons
    daughter daughters father mother parents family widow brother sister girlfriend boyfriend
    speech remarks comments supporters aides allies running mate nomination childhood"""
)
_COPULA = words_set("is was named voted crowned became")
_PREDICATE_DETERMINERS = words_set("a an the its his her their")
# Where a predicate noun ends: "Victoria Hamilton was best actress for ..."
_PREDICATE_ENDS = frozenset({",", ".", ";", ":", "for", "and", "at", "in", "of", "with", "!"})
# Pronouns a person takes and a work or a firm does not.
_PERSONAL = words_set("he she his her him himself herself who whom")
_AGE = re.compile(r"\d{1,2}")
# Tokens that join the names of a list: "Pam Ferris, Victoria Hamilton and Kelly Reilly".
_LIST_JOINS = frozenset({",", "and", "or"})
_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ess|ant|ent|ic|ief|ach|ef|wright|ete)$")


def is_person_noun(word: str) -> bool:
    """A lower-case noun, singular or plural, for what a person is: "actors", "playwright",
    "athlete", "sculptor"; not "film" or "company"."""
    low = word.lower()
    for form in (low, low[:-1] if low.endswith("s") else low):
        if form in ROLE_HEADS or form in _PERSON_NOUNS:
            return True
        if form in name_titles() and _AGENT_NOUN.search(form):
            return True
    return False


def _list_start(tokens: Sequence[Token], start: int) -> int:
    """Where a list of capitalised names ending at `start` begins: "actors [Harvey Keitel and
    Sir Roger Moore]" → the place of "Harvey"."""
    k = start
    while k > 0:
        before = tokens[k - 1]
        name_word = before.is_word and before.is_cap and not before.possessive
        if not (name_word or (before.lower in _LIST_JOINS and k > 1 and tokens[k - 2].is_cap)):
            break
        k -= 1
    return k


def human_context(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The name `tokens[start:end]` stands where news puts a person: after a job ("actors Harvey
    Keitel and", "Pole vaulter Yelena Isinbayeva"), a people or a country's possessive
    ("Australian Craig Mottram", "Germany's Marc Blume"), "starring" or a work and "by" ("The
    Pillowman by Martin McDonagh"); before "who", an age (", 23,"), "her" or "his" in its clause
    ("broke her own record") or a work of theirs ("Alice Sebold's The Lovely Bones")."""
    return _before_is_human(tokens, start) or _after_is_human(tokens, start, end)


def _before_is_human(tokens: Sequence[Token], start: int) -> bool:
    if start == 0:
        return False
    before = tokens[start - 1]
    if name_key(before.text) in DEMONYMS or name_key(before.text.removesuffix("man")) in DEMONYMS:
        return True  # "Australian Craig Mottram", "Dutchman Patrick van Balkom"
    if _agent_before(before):
        return True  # "Fort Hood shooter Nidal Hasan", "investor Robert Arnott"
    first = _list_start(tokens, start)
    if first == 0:
        return False
    lead = tokens[first - 1]
    if lead.is_word and not lead.is_cap and (is_person_noun(lead.text) or lead.lower == "starring"):
        return True  # "actors Harvey Keitel and ...", "starring Nathan Lane and Lee Evans"
    if lead.lower == "by" and first > 1:
        made = tokens[first - 2]
        return made.text == "," or (made.is_word and made.is_cap) or made.lower in WORK_NOUNS
    return False


def _agent_before(before: Token) -> bool:
    """A lower-case noun for someone who does something, right before a name: "shooter",
    "investor", "sculptor"; not a firm's or a work's noun ("retailer", "publisher", "thriller")."""
    low = before.lower
    return (
        before.is_word
        and not before.is_cap
        and _AGENT_ENDS.search(low) is not None
        and low not in _THINGS_TOO
        and low not in _NOT_AGENTS
        and low not in WORK_NOUNS
        and low not in ORG_NOUNS
        and is_english_word(low)
    )


_AGENT_ENDS = re.compile(r"[a-z]{3}(?:er|or|ist|ian)$")


def _after_is_human(tokens: Sequence[Token], start: int, end: int) -> bool:
    if end >= len(tokens):
        return False
    k = end + (tokens[end].text == ",")
    if k < len(tokens) and tokens[k].lower in {"who", "whose"}:
        return True  # "Richard Griffiths, who plays Hector"
    if k > end and k < len(tokens) and tokens[k].lower in SPEECH_VERBS:
        return True  # "the play's organiser in Uganda, Sarah Mukasa, told the BBC"
    if k > end and k + 1 < len(tokens) and _AGE.fullmatch(tokens[k].text):
        return tokens[k + 1].text in {",", ")"}  # "Jane Smith, 23, ..."
    if tokens[end - 1].possessive:
        return _owns_a_work(tokens, end)
    if tokens[k].lower == "for" and k + 1 < len(tokens) and tokens[k + 1].is_cap:
        return True  # a nominee and their work: "Luc Bondy for Cruel and Tender"
    if _bracketed_work(tokens, end) or _predicate_person(tokens, end):
        return True  # "Douglas Hodge (Dumb Show)", "Diana Rigg was best actress"
    for t in tokens[end : end + 8] if start == 0 else ():
        # the subject of the sentence and its pronoun: "Yelena Isinbayeva broke her own record"
        # (not "won gold at the Athens Olympics, will now turn his attention")
        if t.lower in _PERSONAL and t.lower not in {"who", "whom"}:
            return True  # "Yelena Isinbayeva broke her own indoor world record"
        if (t.is_word and t.is_cap) or t.text in {";", ":", "(", "—", "–"}:
            break  # another name or another clause: the pronoun may be theirs
    return False


def _owns_a_work(tokens: Sequence[Token], end: int) -> bool:
    """A possessive name before a work of theirs: "Alice Sebold's The Lovely Bones", "Joseph
    O'Connor's Star of the Sea", "Frank Capra's 1946 movie" (not "Vera Drake's Imelda
    Staunton": a first name after it is the work's own person)."""
    if end >= len(tokens):
        return False
    after = tokens[end]
    titled = after.text in {"The", "A"} or (after.is_cap and not first_name_like(after.text))
    if (
        titled
        and end + 1 < len(tokens)
        and (tokens[end + 1].is_cap or tokens[end + 1].lower == "of")
    ):
        return True
    if tokens[end].lower in _A_PERSONS:
        return True  # "Hillary Clinton's campaign", "Chelsea Clinton's husband"
    for t in tokens[end : end + 4]:
        if t.lower in _OWN_WORKS and not t.is_cap:
            return True  # "David Mitchell's Booker-shortlisted novel"
        if not (t.is_word or t.text[:1].isdigit()):
            break
    return False


def _bracketed_work(tokens: Sequence[Token], end: int) -> bool:
    """A title in brackets after a name, the work a person is known for: "Douglas Hodge (Dumb
    Show)"; not an acronym ("Harper Collins (HC)")."""
    if end + 2 >= len(tokens) or tokens[end].text != "(":
        return False
    inside = tokens[end + 1]
    return inside.is_word and inside.is_cap and not inside.text.isupper()


def _predicate_person(tokens: Sequence[Token], end: int) -> bool:
    """A noun for what a person is said of the name: "Victoria Hamilton was best actress",
    "Rufus Norris was named best director", "Eddie Redmayne most promising newcomer"; not a job
    before another name ("Harper Collins chief executive Jane Friedman")."""
    k = end
    apposition = k < len(tokens) and tokens[k].text == ","
    while k < len(tokens) and (tokens[k].lower in _COPULA or tokens[k].text == ",") and k - end < 2:
        k += 1
    if k < len(tokens) and tokens[k].lower in _PREDICATE_DETERMINERS:
        k += 1
    for n in range(k, min(k + 4, len(tokens))):
        t = tokens[n]
        if not t.is_word or (t.is_cap and first_name_like(t.text)):
            return False  # "Harper Collins chief executive Jane Friedman"
        if is_person_noun(t.text) and t.lower not in _THINGS_TOO:
            after = tokens[n + 1].lower if n + 1 < len(tokens) else "."
            # "Tim Canova, a law professor and political newbie," ; "Diana Rigg was best
            # actress for ..."
            return after in _PREDICATE_ENDS or (apposition and after in _APPOSITION_GOES_ON)
    return False


_APPOSITION_GOES_ON = words_set("who whose to from leading running")


def list_spans(tokens: Sequence[Token], spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Indexes of the spans (names in order) that stand in one list joined by commas, "and" or
    "or": "Pam Ferris, Victoria Hamilton and Kelly Reilly" is one list of three."""
    groups: list[list[int]] = []
    for n, (start, _end) in enumerate(spans):
        if n and groups:
            gap = _without_brackets(tokens[spans[n - 1][1] : start])
            if gap and len(gap) <= 2 and all(t.lower in _LIST_JOINS for t in gap):
                groups[-1].append(n)
                continue
        groups.append([n])
    return [g for g in groups if len(g) > 1]


def _without_brackets(gap: Sequence[Token]) -> list[Token]:
    """The tokens of a gap between two names but one bracketed part: "(Dumb Show) and"."""
    out: list[Token] = []
    depth = 0
    for t in gap:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out
