"""One run of capitalised words split into the title before it and the name it holds."""

from __future__ import annotations

from briefings.analysis.common.given_names.gender import KNIGHTS
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.people.finding.candidates.candidate import Candidate
from briefings.analysis.people.finding.candidates.judged import judged
from briefings.analysis.people.finding.candidates.players import PERFORMERS
from briefings.analysis.people.finding.candidates.run_words import (
    a_given_name_before_a_title,
    a_knight,
    a_peer,
)
from briefings.analysis.people.finding.cuts import (
    DESCRIBING_ENDS,
    a_describing_word,
    a_plural_bodys_noun,
    a_plural_occupations_noun,
    a_word_before_a_speaker,
    after_a_hyphenated_title,
    after_a_hyphenated_word,
    after_a_persons_noun,
    after_plural_letters,
    after_thing_words,
    described_run,
    headline_cut,
    title_tail,
    two_words_of_a_people,
)
from briefings.analysis.people.finding.runs import run_text
from briefings.analysis.people.own_words.nature import is_place_name, is_place_word
from briefings.analysis.people.roles.roles import title_split
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.clauses import said_as_someone
from briefings.analysis.people.things.horses_and_ships.ships_and_storms import a_ship_or_a_storm
from briefings.analysis.people.things.works.name_and_words import a_name_then_common_words
from briefings.analysis.speech.name_shapes import first_name_like


def run_candidate(
    sentence: str, tokens: list[Token], i: int, j: int, at_start: bool
) -> Candidate | None:
    """The candidate of the run tokens[i:j], the title or describing word before its name cut
    off, or None when it names nothing."""
    if j - i == 1:  # one word: no title, describing word or headline to cut from it
        return judged(sentence, tokens, i, i, j, at_start, None, False, [])
    run = tokens[i:j]
    if any(t.text == "&" for t in run):  # "Marks & Spencer", "Ernst & Young"
        return Candidate("organisation", run_text(sentence, run))
    if a_name_then_common_words(run):
        return Candidate(
            None, run_text(sentence, run), not_a_person=True
        )  # "Lara Croft Tomb Raider"
    if a_ship_or_a_storm(run) and not said_as_someone(tokens, j):
        return Candidate(None, run_text(sentence, run), not_a_person=True)  # "Storm Desmond"
    if i > 0 and tokens[i - 1].text == "the" and (run[0].is_courtesy or run[0].lower in KNIGHTS):
        # a knight's or a courtesy title after "the": a pub's, a ship's or a work's name ("the
        # Sir John Oldcastle in Farringdon"), as news style writes a person's with no article
        return Candidate(None, run_text(sentence, run), thing_hint=True)
    of_place = _of_a_place(sentence, run)
    if of_place:  # "Republican of South Carolina", "Peter T. King of New York": the place is
        # where someone is from, no part of a name; what stands before "of" is judged alone
        return run_candidate(sentence, tokens, i, i + of_place, at_start)
    alias = None
    alias_at = i  # where the courtesy title stands
    described = False  # a describing word opens the run: "Novelist Andrea Levy"
    tail = 0
    if (run[0].is_courtesy and len(run) > 1) or a_peer(run) or a_knight(run):
        start = i + 1 + (run[1].text == ".")
        alias = run_text(sentence, tokens[i:j])
    elif a_given_name_before_a_title(tokens, i, j, at_start):
        # "Will King said": a given name that is a common word, then a surname that is a title
        return judged(sentence, tokens, i, i, j, at_start, None, False, [])
    else:
        split = title_split(run)
        if split is None and after_a_hyphenated_word(run):
            split, described = 1, True  # "Bafta-nominated Imelda Staunton"
        if split is None and two_words_of_a_people(run):
            split, described = 2, True  # "South African Ernie Els"
        if split is None and len(run) > 2 and described_run(run, at_start):
            split, described = 1, True  # "Novelist Andrea Levy", "American Justin Gatlin"
        if split is None and at_start and a_plural_bodys_noun(run):
            split, described = 1, False  # "Housebuilders Taylor Woodrow and George Wimpey"
        if split is None and at_start and a_plural_occupations_noun(run):
            split, described = 1, False  # "Presenters Ant McPartlin and Declan Donnelly"
        if split is None and at_start and a_word_before_a_speaker(tokens, i, j):
            split, described = 1, True  # "Landlord Sam Ellis said", "Coxswain Mark Taylor said"
        if split is None and len(run) == 2 and at_start and run[0].lower in PERFORMERS:
            split, described = 1, True  # a performer known by one word: "Rapper Stormzy said"
        if split is None:  # "Labour MPs Angela Eagle and Maria Eagle"
            split = after_plural_letters(run)
        based = [k for k, t in enumerate(run[:-1]) if t.lower.endswith(DESCRIBING_ENDS)]
        if split is None and based:  # "Hong Kong-based Hutchison Whampoa", "State-owned Rosneft"
            split = based[-1] + 1
        if split is None:  # "Affairs Phil Smith", "Elections Susan Bucher": a title's tail
            split = after_thing_words(run)
        if split is None:  # "Whitbread Prize-winner Andrea Levy"
            split = after_a_hyphenated_title(run)
        if split is None:  # "Spice Girl Victoria Beckham"
            split = after_a_persons_noun(run)
        tail = title_tail(run[split:]) if split is not None else 0
        if split is not None:  # "Director of National Intelligence James Clapper"
            split += tail
        start = i + split if split is not None else i
        if split and a_describing_word(tokens[start:j], at_start=False):
            start += 1  # "Fellow Welshman Shane Williams": a title, then a describing word
        if split is not None and j - start > 1 and tokens[start].is_courtesy:
            # "Foreign Secretary Mr Straw": the courtesy title after the office
            alias_at = start
            alias = run_text(sentence, tokens[start:j])
            start += 1 + (tokens[start + 1].text == ".")
        whole = run_text(sentence, run)
        if split is not None and kind_by_lists(whole, [t.lower for t in run]) == "organisation":
            start = i  # "National Security Council" is an institution, not a national called so
    # the whole title when its tail was cut from the name: "Director of National Intelligence"
    titled_for: list[Token] = list(tokens[i:start]) if not alias and tail else []
    if start < j and tokens[start].lower in {"of", "for", "to"} and start > i:
        # a title's "for", "of" or "to" part: "Minister for Sport Richard Caborn" names Richard
        # Caborn, "Chief Secretary to the Treasury Paul Boateng" Paul Boateng; "Secretary of
        # State for Transport" names no one
        start = next((k for k in range(start + 1, j) if first_name_like(tokens[k].text)), j)
        titled_for = list(tokens[i:start])
    if start >= j:
        return None
    if not alias and start > i and j - start == 1 and is_place_word(tokens[start].text):
        # a title and a region's name make a place's name: "Bishop Auckland"
        return Candidate("place", run_text(sentence, tokens[i:j]))
    whole_kind = kind_by_lists(
        run_text(sentence, tokens[start:j]), [t.lower for t in tokens[start:j]]
    )
    if not whole_kind:
        j = start + headline_cut(tokens[start:j])  # "Mr. Sanders Is Not a Brave …"
        alias = alias and run_text(sentence, tokens[alias_at:j])
    return judged(sentence, tokens, i, start, j, at_start, alias, described, titled_for)


def _of_a_place(sentence: str, run: list[Token]) -> int:
    """Where "of" and a place that ends the run start: 1 in "Republican of South Carolina"
    (a party's member from a state, not someone called Carolina), 0 when there is none."""
    if kind_by_lists(run_text(sentence, run), [t.lower for t in run]):
        return 0  # "University of South Carolina", "Bank of New York" are bodies
    for k in range(1, len(run) - 1):
        if run[k].lower == "of":
            rest = [t for t in run[k + 1 :] if t.lower != "the"]
            words = [t.lower for t in rest]
            text = run_text(sentence, rest) if rest else ""
            if rest and (kind_by_lists(text, words) == "place" or is_place_name(text)):
                return k
            return 0
    return 0
