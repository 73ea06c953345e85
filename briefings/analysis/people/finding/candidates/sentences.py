"""The candidates of one sentence: its runs judged, the names beside them, marks across them."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.memo import LOWERED
from briefings.analysis.common.names import CALENDAR, COMMON_WORDS, words_set
from briefings.analysis.people.finding.candidates.candidate import Candidate
from briefings.analysis.people.finding.candidates.own_pronouns import (
    one_who_said_he_or_she,
    said_of_his_own,
    someone_past_who,
)
from briefings.analysis.people.finding.candidates.players import (
    beaten_in_a_result,
    sides_of_a_result,
)
from briefings.analysis.people.finding.candidates.run_words import (
    a_calendar_given_name,
    a_dear_title,
    a_frequent_word,
    a_given_name_before_a_verb,
    a_months_short_form_in_a_pair,
    a_months_surname,
    a_titles_day,
    keeps,
    letters_after_a_name,
)
from briefings.analysis.people.finding.candidates.titles import run_candidate
from briefings.analysis.people.finding.managers import said_of
from briefings.analysis.people.finding.players_of_parts import plays_a_part
from briefings.analysis.people.finding.runs import cap_at, name_runs, run_text
from briefings.analysis.people.roles.tokens import Token, tokenize
from briefings.analysis.people.things.body_words import BODY_NOUNS
from briefings.analysis.people.things.clauses import (
    a_plural_subject,
    said_as_someone,
    said_as_someone_past_an_apposition,
)
from briefings.analysis.people.things.firms.business import what_it_offers, wins_an_order
from briefings.analysis.people.things.firms.conduct import of_its_own
from briefings.analysis.people.things.firms.figures import (
    priced,
    reports_figures_as_its_own,
    reports_its_figures,
)
from briefings.analysis.people.things.listed import (
    listed_after_bodies_noun,
    listed_before_their_kind,
    listed_with_bodies,
    listed_with_people,
    named_after_a_plural_bodys_noun,
)


def sentence_candidates(sentence: str) -> Iterator[Candidate]:
    """The candidates of one sentence, with what its names say of each other set on them."""
    tokens = tokenize(sentence)
    spans: list[tuple[int, int, Candidate]] = []
    found = list(_sentence_candidates(sentence, tokens, spans))
    a_list = len(spans) >= _LISTED  # (a count before any scan for a list)
    if a_list:
        for c in listed_with_bodies(tokens, spans):
            c.thing_hint = True
    if spans:
        for c in listed_after_bodies_noun(tokens, spans):
            # "Retailers Ted Baker, Jack Wills and Karen Millen": the noun says what they are,
            # as "Brewin Dolphin, the wealth manager," does, which outweighs one speech
            c.thing_hint = c.firms_figures = True
            if c.kind is None:
                # no known given name first ("Brewers Greene King and Shepherd Neame"): the
                # noun is all the article says of it, so its speech elsewhere, which makes such
                # a name someone's ("Palaniappan Chidambaram said"), does not
                c.not_a_person = True
        alone = named_after_a_plural_bodys_noun(tokens, spans)
        if alone is not None:
            # "Bookmakers Daniel Thwaites said it would sell 50 pubs": the firm speaks, which
            # outweighs one more speech of the name's
            alone.not_a_person = alone.kind is None
            alone.kind, alone.spoken = None, False
            alone.thing_hint = alone.firms_figures = True
    if spans and _other_things_may_close(sentence):
        for c in listed_before_their_kind(tokens, spans):
            c.thing_hint = True  # "Woody, Buzz Lightyear and the other toys"
    if a_list:
        for c in listed_with_people(tokens, spans):
            if not (c.thing_hint or c.not_a_person):
                c.kind = "person"  # "Jolene Byrne, Maria McCambridge and Fionnualla Britton"
    for k in range(len(spans) - 1):
        if spans[k + 1][0] - spans[k][1] <= 2:  # (two names at most two words apart: cheap)
            sides_of_a_result(tokens, spans[k], spans[k + 1])
    for (start, j, c), (part_start, part_j, part) in pairwise(spans):
        if (
            c.kind is None
            and " " in c.text
            and not (c.thing_hint or c.not_a_person)
            and (part.thing_hint or (part.kind == "person" and not part.evidence))
            and part.kind in {None, "person"}
            and plays_a_part(tokens, start, j, part_start, part_j)
        ):
            c.kind, c.evidence = "person", True  # "Paapa Essiedu will play Severus Snape in"
            part.kind, part.thing_hint = None, True  # the part, whatever its given name
    for start, j, c in spans:
        if c.thing_hint and (reports_its_figures(tokens, j) or priced(tokens, j)):
            c.firms_figures = not _a_bodys_figures(tokens, j)
        elif c.thing_hint and of_its_own(tokens, start, j):
            c.firms_figures = True  # "Thomas Cook has agreed to sell its airline": the writer's
            # own "its" for the subject, which outweighs one speech as a firm's figures do
        elif (
            c.kind == "person"
            and not (c.evidence or c.role or c.alias)
            and (wins_an_order(tokens, start, j) or what_it_offers(tokens, start, j))
        ):
            # "Alexander Dennis has won an order worth £40m", "Thomas Cook is to cut the number
            # of holidays it offers": a firm's business, which outweighs one speech
            c.kind, c.spoken = None, False
            c.thing_hint = c.firms_figures = True
        elif c.kind == "place" and " " in c.text and reports_figures_as_its_own(tokens, start, j):
            c.not_a_person = True  # "William Hill has reported a 12% rise in half-year profits":
            # a name read as a place's by its last word that reports its figures is a firm's,
            # no one's wherever else it speaks ("William Hill said punters had staked")
        elif c.thing_hint and a_plural_subject(tokens, start, j):
            c.not_a_person = True  # "Aston Villa have signed": the writer's own plural verb for
            # a team or a band, which no person's name takes, whatever it says elsewhere
        if c.kind is None and not (c.thing_hint or c.not_a_person):
            if beaten_in_a_result(tokens, start, j):
                c.kind, c.evidence = "person", True  # "Cilic bt Lorenzi", "Gerwyn Price bt"
            elif j - start == 1:
                # "Harrington said he", "Mabuse, who won Strictly twice, said she"
                c.a_surname = (
                    said_as_someone(tokens, j)
                    or said_as_someone_past_an_apposition(tokens, j)
                    or someone_past_who(tokens, j)
                    or said_of_his_own(tokens, j)
                )
                c.says_of = said_of(tokens, j)  # "Arteta said Arsenal had"
                if one_who_said_he_or_she(tokens, j):
                    c.kind, c.evidence = "person", True  # "Raye, who won …, said she was"
            elif " " not in c.text and _a_doctors_surname(tokens, start, j):
                c.a_surname = True  # "Dr Upton had inspired a generation"
    for (_, before_j, before), (start, j, c) in pairwise(spans):
        if (
            c.kind is None
            and before.kind == "person"
            and before_j == start - 1
            and a_months_short_form_in_a_pair(tokens, start, j)
        ):
            c.kind, c.evidence = "person", True  # "said Ant and Dec were": the pair's second
    yield from found


# The fewest names a list holds (`listed_with_bodies`, `listed_with_people`): "A, B and C".
_LISTED: Final = 3


def _other_things_may_close(sentence: str) -> bool:
    """Whether "other" is in the sentence, as a list closed by "and the other toys" needs
    (`listed_before_their_kind`): one substring test before the scan of its names."""
    return "other" in LOWERED[sentence]


def _a_doctors_surname(tokens: list[Token], start: int, end: int) -> bool:
    """One word after a doctor's title, the whole run ("Dr Upton", "Dr. Upton"): a person's
    surname, the evidence a possible full name ending in it needs ("Eben Upton"), as "Mr Upton"
    is; a brand so named ("Dr Martens") takes no full name to end."""
    title = tokens[end - 2] if tokens[end - 2].text != "." else tokens[end - 3]
    return end - start <= 3 and title is tokens[start] and title.lower == "dr"


def _a_bodys_figures(tokens: list[Token], end: int) -> bool:
    """Figures said to be another body's in the clause after the name: "Philip Green reported
    higher profits at Arcadia" (someone who speaks for a firm)."""
    for k in range(end, len(tokens) - 1):
        if tokens[k].text in {",", ".", ";", ":"}:
            return False
        if tokens[k].lower in {"at", "for", "of"} and tokens[k + 1].is_cap:
            return True
    return False


def _sentence_candidates(
    sentence: str, tokens: list[Token], spans: list[tuple[int, int, Candidate]]
) -> Iterator[Candidate]:
    """The candidates of the sentence, each run's span with its candidate kept in `spans`."""
    first_word = next((k for k, t in enumerate(tokens) if t.is_word), -1)
    for i, j in name_runs(tokens):
        while i < j and (
            tokens[i].lower in {"the", "a", "an"}
            or (
                tokens[i].lower in CALENDAR
                and not a_titles_day(tokens, i, j)
                and not a_calendar_given_name(tokens, i, j)
                and not a_months_short_form_in_a_pair(tokens, i, j)
            )
            or (
                i == first_word
                and (
                    tokens[i].lower in COMMON_WORDS
                    or tokens[i].lower in BODY_NOUNS
                    or (j - i > 1 and a_frequent_word(tokens[i]))
                )
                and not keeps(tokens[i])
                and not a_dear_title(tokens, i, j)
                and not a_given_name_before_a_verb(tokens, i, j)
                and not kind_by_lists(
                    run_text(sentence, tokens[i:j]), [t.lower for t in tokens[i:j]]
                )
            )
        ):
            i += 1
        while j > i and (
            (
                tokens[j - 1].lower in CALENDAR
                and not a_months_short_form_in_a_pair(tokens, i, j)
                and not a_months_surname(tokens, i, j)
            )
            or tokens[j - 1].text == "."
        ):
            if kind_by_lists(run_text(sentence, tokens[i:j]), [t.lower for t in tokens[i:j]]):
                break  # "USA Today"
            j -= 1
        if letters_after_a_name(tokens, i, j):
            j -= 1  # "Tom Smith QC", "Diane Abbott MP", "Kelly Holmes MBE"
        if i < j:
            candidate = run_candidate(sentence, tokens, i, j, at_start=i == first_word)
            if candidate:
                candidate.owner = _owner(sentence, tokens, i)
                candidate.qualifies = j - i == 1 and _qualifies_someone(tokens, j)
                if _a_firms_given_name(tokens, i, j):
                    candidate.not_a_person = True  # "Amazon's Alexa", "Apple's Siri"
                spans.append((i, j, candidate))
                yield candidate
                couple = _the_other_of_a_couple(tokens, i, candidate)
                if couple:
                    yield couple
                sharing = _the_other_given_name(sentence, tokens, i, j, candidate)
                if sharing:
                    yield sharing


def _the_other_of_a_couple(tokens: list[Token], i: int, candidate: Candidate) -> Candidate | None:
    """The first of a couple written with two courtesy titles and one surname: "Mr and Mrs
    Blair" names Mr Blair as well as Mrs Blair."""
    if not (candidate.kind == "person" and candidate.alias and tokens[i].is_courtesy):
        return None
    k = i - 2
    dot = k > 0 and tokens[k].text == "."  # "Mr. and Mrs. Bush"
    k -= dot
    if k < 0 or tokens[i - 1].lower != "and" or not tokens[k].is_courtesy:
        return None
    other = tokens[k].text + "." * dot
    if other.lower() == tokens[i].lower:
        return None  # "Mr and Mr": no couple's titles
    surname = candidate.alias.split(None, 1)[1] if " " in candidate.alias else None
    if not surname:
        return None
    return Candidate("person", candidate.text, alias=f"{other} {surname}", evidence=True)


def _the_other_given_name(
    sentence: str, tokens: list[Token], i: int, j: int, candidate: Candidate
) -> Candidate | None:
    """The first of two people named by their given names and one surname: "Bernard and Laura
    Ashley" names Bernard Ashley as well as Laura Ashley (a lone given name that is someone's
    surname in the article is that person: "Blair and Gordon Brown", see `given_before`). After
    "the", as people's names take no article, the two are a thing's one name ("has been named the
    Peter and Margaret Shaw", a lifeboat): both hints of a thing, the candidate's too."""
    if candidate.kind != "person" or candidate.alias or i < 2 or j - i != 2:
        return None
    given, surname = tokens[i - 2], tokens[i + 1]
    if tokens[i - 1].lower != "and" or not (given.is_cap and given.is_word) or given.possessive:
        return None
    if i > 2 and tokens[i - 3].is_word and tokens[i - 3].is_cap:
        return None  # "Tony Blair and Gordon Brown": a full name before "and"
    if i > 2 and tokens[i - 3].text == "&":
        return None  # "Marks & Spencer and John Lewis": a firm's name, no one's given name
    if not (is_given_name(given.text) and is_given_name(tokens[i].text)):
        return None
    text = f"{given.text} {run_text(sentence, [surname])}"
    if i > 2 and tokens[i - 3].lower == "the":
        candidate.kind, candidate.evidence, candidate.thing_hint = None, False, True
        return Candidate(None, text, thing_hint=True)
    return Candidate("person", text, given_before=given.text)


def _a_firms_given_name(tokens: list[Token], start: int, end: int) -> bool:
    """A given name alone right after one word in capitals that is a known body's, in the
    possessive: the body's product or assistant ("Amazon's Alexa", "Apple's Siri"), as news
    style names a body's people in full ("Amazon's Jeff Bezos"), never by a given name alone."""
    if end - start != 1 or start < 1 or cap_at(tokens, end):
        return False
    owner = tokens[start - 1]
    return (
        owner.possessive
        and owner.is_cap
        and not (start > 1 and cap_at(tokens, start - 2))
        and kind_by_lists(owner.text, [owner.lower]) == "organisation"
        and is_given_name(tokens[start].text)
    )


def _owner(sentence: str, tokens: list[Token], start: int) -> str | None:
    """The full name whose possessive stands right before a name: "Vera Drake" of "Vera Drake's
    Imelda Staunton" (a film's star, a club's player: a person's own people take a word between,
    "Tony Blair's wife Cherie")."""
    if start < 2 or not (tokens[start - 1].possessive and tokens[start - 1].is_cap):
        return None
    k = start - 1
    while k > 0 and cap_at(tokens, k - 1) and not tokens[k - 1].possessive and start - k < 4:
        k -= 1
    return run_text(sentence, tokens[k:start]) if start - k >= 2 else None


def _qualifies_someone(tokens: list[Token], end: int) -> bool:
    """One word before a job and a name ("Chelsea boss Jose Mourinho") or whose possessive
    stands before a full name ("Chelsea's Frank Lampard"): what a club, a firm or a country is to
    someone; a person's own people take a word between ("Tony Blair's wife Cherie")."""
    last = tokens[end - 1]
    if last.possessive:
        return cap_at(tokens, end) and cap_at(tokens, end + 1) and not tokens[end].is_head
    after = tokens[end] if end < len(tokens) else None
    return (
        after is not None
        and after.is_head
        and not after.is_cap
        and after.lower not in _KIN_HEADS
        and cap_at(tokens, end + 1)
    )


# Heads that a person's name qualifies too: "Blair ally Gordon Brown", "Bush aide".
_KIN_HEADS: Final = words_set(
    """wife husband son daughter father mother sister brother uncle aunt nephew niece cousin
    widow widower partner girlfriend boyfriend ally rival successor predecessor heir protege
    confidant aide adviser advisor spokesman spokeswoman spokesperson"""
)
