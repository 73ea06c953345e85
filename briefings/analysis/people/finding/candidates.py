"""Candidate names of one sentence, each with its kind, role and the evidence of a person."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.given_names.gender import KNIGHTS, PEERS, styles_a_given_name
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.library_lists.zipf import english_zipf
from briefings.analysis.common.memo import LOWERED
from briefings.analysis.common.names import (
    CALENDAR,
    COMMON_WORDS,
    DEMONYMS,
    NAME_PARTICLES,
    NOT_ENTITY_SUFFIXES,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PLACE_SUFFIXES,
    SPEECH_VERBS,
    WORK_NOUNS,
    name_key,
    words_set,
)
from briefings.analysis.people.finding.cuts import (
    ABBREVIATED_JOBS,
    ACRONYM,
    DESCRIBING_ENDS,
    TRADE_JOBS,
    a_describing_word,
    a_nationals_name,
    a_plural_bodys_noun,
    a_word_before_a_speaker,
    after_a_hyphenated_title,
    after_a_hyphenated_word,
    after_a_persons_noun,
    after_thing_words,
    described_run,
    headline_cut,
    title_tail,
    two_words_of_a_people,
)
from briefings.analysis.people.finding.managers import said_of
from briefings.analysis.people.finding.players_of_parts import plays_a_part
from briefings.analysis.people.finding.results import facing
from briefings.analysis.people.finding.runs import cap_at, name_runs, run_text
from briefings.analysis.people.own_words.name_words import (
    INITIAL,
    looks_like_name,
    not_name_word,
    thing_named,
)
from briefings.analysis.people.own_words.nature import (
    common_surname,
    in_dictionary,
    is_common_word,
    is_english_word,
    is_place_name,
    is_place_word,
    is_plural_thing,
    is_region_word,
    is_thing_surname,
    is_thing_word,
    known_name_word,
    name_nature,
    thing_words,
)
from briefings.analysis.people.roles.occupations import (
    SPORTS_OCCUPATIONS,
    a_relation,
    joined_jobs,
    occupation_after,
    occupation_before,
    preferred_role,
    qualified_job,
    role_before_styles,
    role_text,
    speakers_relation,
    titled,
)
from briefings.analysis.people.roles.roles import (
    Token,
    org_description,
    role_after,
    role_before,
    role_before_comma,
    speech_next_to,
    title_split,
    tokenize,
)
from briefings.analysis.people.things.appositions import described_as_a_work, someones_work
from briefings.analysis.people.things.body_words import BODY_NOUNS, BODYS_NOUNS, PREPOSITIONS
from briefings.analysis.people.things.clauses import (
    a_plural_subject,
    a_subject_which,
    cancelled_after_a_series,
    first_pronoun_its,
    its_pronoun_after,
    opens_a_clause,
    owns_its,
    recommissioned,
    returns_for_a_series,
    said_as_someone,
    said_as_someone_past_an_apposition,
    speaks_of_its_own,
    speaks_of_theirs,
)
from briefings.analysis.people.things.firms.brands import (
    a_measure_of,
    a_products_plus,
    its_own_product,
    made_by_a_firm,
)
from briefings.analysis.people.things.firms.conduct import (
    a_firms_act,
    a_things_rival,
    headed_as_a_body,
    joined_from,
    of_its_own,
    what_it_offers,
    wins_an_order,
)
from briefings.analysis.people.things.firms.described import (
    described_as_a_business,
    spoken_for_by_a_business,
    told_of_by_which_as_a_firm,
)
from briefings.analysis.people.things.firms.figures import (
    priced,
    reports_figures_as_its_own,
    reports_its_figures,
    sales_of_a_possessive,
    speaks_of_its_figures,
)
from briefings.analysis.people.things.horses_and_ships.ships_and_storms import (
    a_ship_or_a_storm,
    after_a_ships_noun,
)
from briefings.analysis.people.things.horses_and_ships.winning_distances import won_by_a_distance
from briefings.analysis.people.things.introduced import (
    after_a_persons_possessive,
    after_a_plural_title,
    after_a_titles_possessive,
    before_a_publications_noun,
    fictional_before,
    introduced_as_a_thing,
)
from briefings.analysis.people.things.listed import (
    listed_after_bodies_noun,
    listed_before_their_kind,
    listed_with_bodies,
    listed_with_people,
)
from briefings.analysis.people.things.places import a_seat, headed_for, said_of_as_a_place
from briefings.analysis.people.things.standing import (
    a_part_played,
    a_titled_part,
    credited_as_a_work,
    ridden,
    where_things_stand,
)
from briefings.analysis.people.things.works.characters import (
    a_character,
    a_titled_name_shown,
    a_titled_name_starred_in,
    a_titled_possessive_in_a_title,
    a_titled_work,
    before_a_works_maker,
)
from briefings.analysis.people.things.works.done_to import (
    a_possessive_title,
    a_song_by_a_plural_band,
    a_statues_name,
    by_someone,
    called_an_animal,
    object_of_a_things_verb,
    starring_someone,
    voted_a_work,
    written_out,
)
from briefings.analysis.people.things.works.parts import (
    a_creation,
    a_part_named,
    a_titled_brand,
    tells_a_story,
    told_a_work,
)
from briefings.analysis.people.things.works.versus import versus_a_titles_the
from briefings.analysis.results import EntityKind
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word
from briefings.analysis.speech.words import STYLES, name_suffix_letters

# A regnal number of two letters or more: "II", "VI", "XIV" (not "I", "V" or "X", initials too).
_REGNAL: Final = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
_REGNAL_LETTERS: Final = ("I", "V", "X")  # what one opens with

# Prefixes of a word for or against someone: "Anti-Trump", "Pro-Brexit".
_FOR_OR_AGAINST: Final = ("anti-", "pro-")

_CONTRACTION: Final = re.compile(r"[’'](?:ve|ll|re|d|m|t)\b")


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Candidate:
    """One naming of an entity in a sentence, before the namings are grouped."""

    kind: EntityKind | None  # None: a lone capitalised word, kept only if it names a known person
    text: str
    role: str | None = None
    alias: str | None = None  # the form with a courtesy title, "Mr Kim"
    evidence: bool = False  # a title, courtesy title, apposition or verb of saying marks a person
    not_a_person: bool = False  # introduced as a work ("the film Mary Poppins") or a person's body
    spoken: bool = False  # a verb of saying beside it: a person wherever else the name stands
    thing_hint: bool = False  # written where things stand ("starred in Billy Elliot"): no person
    # unless the article gives that name the evidence of one
    owner: str | None = None  # the full name whose possessive stands right before this one
    qualifies: bool = False  # one word that qualifies another's job or name: "Chelsea boss Jose
    # Mourinho", "Chelsea's Frank Lampard" (a club, a firm, a country)
    firms_figures: bool = False  # reports its figures or its share price moves ("Hugo Boss
    # reported higher profits", "Ted Baker fell 5p"): a firm's act, that outweighs one speech
    given_before: str | None = None  # the lone given name before "and" that this one's surname
    # completes ("Bernard" of "Bernard and Laura Ashley"): unless it is someone's surname here
    a_surname: bool = False  # one word said of as a man or a woman ("Harrington said he",
    # "Woods, 29,"): a person's surname, the evidence a possible full name ending in it needs
    said_by: str | None = None  # the coined one-word name that said of this given name alone
    # what it "would" do ("Hasbro" of "Hasbro said Chloe would appear"): a body's, unless a person
    says_of: str | None = None  # the one word in capitals this lone word said of ("Arsenal" of
    # "Arteta said Arsenal had"): a manager's when it is a side or a player of a reported match

    def __init__(
        self,
        kind: EntityKind | None,
        text: str,
        role: str | None = None,
        alias: str | None = None,
        evidence: bool = False,
        not_a_person: bool = False,
        spoken: bool = False,
        thing_hint: bool = False,
        owner: str | None = None,
        qualifies: bool = False,
        firms_figures: bool = False,
        given_before: str | None = None,
        a_surname: bool = False,
        said_by: str | None = None,
        says_of: str | None = None,
    ) -> None:
        self.kind = kind
        self.text = text
        self.role = role
        self.alias = alias
        self.evidence = evidence
        self.not_a_person = not_a_person
        self.spoken = spoken
        self.thing_hint = thing_hint
        self.owner = owner
        self.qualifies = qualifies
        self.firms_figures = firms_figures
        self.given_before = given_before
        self.a_surname = a_surname
        self.said_by = said_by
        self.says_of = says_of


def sentence_candidates(sentence: str) -> Iterator[Candidate]:
    tokens = tokenize(sentence)
    spans: list[tuple[int, int, Candidate]] = []
    found = list(_sentence_candidates(sentence, tokens, spans))
    a_list = len(spans) >= _LISTED  # (a count before any scan for a list)
    if a_list:
        for c in listed_with_bodies(tokens, spans):
            c.thing_hint = True
    if len(spans) >= 2:
        for c in listed_after_bodies_noun(tokens, spans):
            # "Retailers Ted Baker, Jack Wills and Karen Millen": the noun says what they are,
            # as "Brewin Dolphin, the wealth manager," does, which outweighs one speech
            c.thing_hint = c.firms_figures = True
    if spans and _other_things_may_close(sentence):
        for c in listed_before_their_kind(tokens, spans):
            c.thing_hint = True  # "Woody, Buzz Lightyear and the other toys"
    if a_list:
        for c in listed_with_people(tokens, spans):
            if not (c.thing_hint or c.not_a_person):
                c.kind = "person"  # "Jolene Byrne, Maria McCambridge and Fionnualla Britton"
    for k in range(len(spans) - 1):
        if spans[k + 1][0] - spans[k][1] <= 2:  # (two names at most two words apart: cheap)
            _sides_of_a_result(tokens, spans[k], spans[k + 1])
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
            if _beaten_in_a_result(tokens, start, j):
                c.kind, c.evidence = "person", True  # "Cilic bt Lorenzi", "Gerwyn Price bt"
            elif j - start == 1:
                # "Harrington said he", "Mabuse, who won Strictly twice, said she"
                c.a_surname = (
                    said_as_someone(tokens, j)
                    or said_as_someone_past_an_apposition(tokens, j)
                    or _someone_past_who(tokens, j)
                    or _said_of_his_own(tokens, j)
                )
                c.says_of = said_of(tokens, j)  # "Arteta said Arsenal had"
                if _one_who_said_he_or_she(tokens, j):
                    c.kind, c.evidence = "person", True  # "Raye, who won …, said she was"
            elif " " not in c.text and _a_doctors_surname(tokens, start, j):
                c.a_surname = True  # "Dr Upton had inspired a generation"
    for (_, before_j, before), (start, j, c) in pairwise(spans):
        if (
            c.kind is None
            and before.kind == "person"
            and before_j == start - 1
            and _a_months_short_form_in_a_pair(tokens, start, j)
        ):
            c.kind, c.evidence = "person", True  # "said Ant and Dec were": the pair's second
    yield from found


# The fewest names a list holds (`listed_with_bodies`, `listed_with_people`): "A, B and C".
_LISTED: Final = 3


def _other_things_may_close(sentence: str) -> bool:
    """Whether "other" is in the sentence, as a list closed by "and the other toys" needs
    (`listed_before_their_kind`): one substring test before the scan of its names."""
    return "other" in LOWERED[sentence]


def _sides_of_a_result(
    tokens: list[Token], first: tuple[int, int, Candidate], second: tuple[int, int, Candidate]
) -> None:
    """A full name read as no one's that beat a person by a score, or that a person beat, made a
    person: "Kyren Wilson beat Judd Trump 10-7" (a player's side is a player)."""
    if not facing(tokens, first[1], second[0], second[1]):
        return
    one, other = first[2], second[2]
    for c, side in ((one, other), (other, one)):
        if (
            c.kind is None
            and " " in c.text
            and not (c.thing_hint or c.not_a_person)
            and side.kind == "person"
            and not (side.thing_hint or side.not_a_person)
        ):
            c.kind, c.evidence = "person", True


def _beaten_in_a_result(tokens: list[Token], start: int, end: int) -> bool:
    """A name on either side of "bt", as a results line writes the players of a match: "Cilic bt
    Lorenzi 6-3 6-4", "Gerwyn Price bt Rob Owen 3-2" (a team's results give goals: "Chelsea 2
    Arsenal 1")."""
    return (end < len(tokens) and tokens[end].text == "bt") or (
        start > 0 and tokens[start - 1].text == "bt"
    )


def _a_doctors_surname(tokens: list[Token], start: int, end: int) -> bool:
    """One word after a doctor's title, the whole run ("Dr Upton", "Dr. Upton"): a person's
    surname, the evidence a possible full name ending in it needs ("Eben Upton"), as "Mr Upton"
    is; a brand so named ("Dr Martens") takes no full name to end."""
    title = tokens[end - 2] if tokens[end - 2].text != "." else tokens[end - 3]
    return end - start <= 3 and title is tokens[start] and title.lower == "dr"


def _a_bodys_person(tokens: list[Token], start: int) -> bool:
    """A body's possessive right before a name: "Apple's Steve Jobs" (not "Mike Leigh's Vera
    Drake", a person's work)."""
    if start == 0 or not (tokens[start - 1].possessive and tokens[start - 1].is_cap):
        return False
    k = start - 1
    while k > 0 and tokens[k - 1].is_cap and tokens[k - 1].is_word:
        k -= 1
    words = [t.text for t in tokens[k:start]]
    return kind_by_lists(" ".join(words), [w.lower() for w in words]) == "organisation"


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
                and not _a_titles_day(tokens, i, j)
                and not _a_calendar_given_name(tokens, i, j)
                and not _a_months_short_form_in_a_pair(tokens, i, j)
            )
            or (
                i == first_word
                and (
                    tokens[i].lower in COMMON_WORDS
                    or tokens[i].lower in BODY_NOUNS
                    or (j - i > 1 and _a_frequent_word(tokens[i]))
                )
                and not _keeps(tokens[i])
                and not _a_dear_title(tokens, i, j)
                and not _a_given_name_before_a_verb(tokens, i, j)
                and not kind_by_lists(
                    run_text(sentence, tokens[i:j]), [t.lower for t in tokens[i:j]]
                )
            )
        ):
            i += 1
        while j > i and (
            (tokens[j - 1].lower in CALENDAR and not _a_months_short_form_in_a_pair(tokens, i, j))
            or tokens[j - 1].text == "."
        ):
            if kind_by_lists(run_text(sentence, tokens[i:j]), [t.lower for t in tokens[i:j]]):
                break  # "USA Today"
            j -= 1
        if _letters_after_a_name(tokens, i, j):
            j -= 1  # "Tom Smith QC", "Diane Abbott MP", "Kelly Holmes MBE"
        if i < j:
            candidate = _candidate(sentence, tokens, i, j, at_start=i == first_word)
            if candidate:
                candidate.owner = _owner(sentence, tokens, i)
                candidate.qualifies = j - i == 1 and _qualifies_someone(tokens, j)
                spans.append((i, j, candidate))
                yield candidate
                couple = _the_other_of_a_couple(tokens, i, candidate)
                if couple:
                    yield couple
                sharing = _the_other_given_name(sentence, tokens, i, j, candidate)
                if sharing:
                    yield sharing


# Definite articles of French, Spanish, Italian and German that open a paper's or a place's name.
_FOREIGN_ARTICLES: Final = words_set("le la les el los las il der die das")


def _a_foreign_title(name: list[Token]) -> bool:
    """A foreign definite article and two words or more that are no given names: a paper, a
    theatre or a restaurant ("Le Courrier Picard", "La Gazzetta dello Sport"); a surname's
    particle stands after a given name ("Jean-Marie Le Pen")."""
    return (
        len(name) > 2
        and name[0].lower in _FOREIGN_ARTICLES
        and not any(first_name_like(t.text) for t in name[1:] if t.is_cap)
    )


# Times of day that a day's name opens a title with: "Saturday Night Takeaway".
_TIMES_OF_DAY: Final = words_set("night morning evening afternoon lunchtime")


def _a_titles_day(tokens: list[Token], i: int, j: int) -> bool:
    """A day's name before a time of day in capitals, opening a title ("Saturday Night
    Takeaway", "Sunday Morning Live"): no date to strip from before a name."""
    return j - i > 1 and tokens[i + 1].is_cap and tokens[i + 1].lower in _TIMES_OF_DAY


# Words before a month that make it a date's: "in June", "last May", "until April".
_BEFORE_A_DATE: Final = words_set("last next early late mid since until till by")


def _a_calendar_given_name(tokens: list[Token], i: int, j: int) -> bool:
    """A month's name that is a woman's given name before a surname with her age, her "said
    she" or ", who" ("June Brown, 78, said", "June Brown, who played the character,"; not "In
    June Brown said he", a date and a surname)."""
    return (
        j - i == 2
        and is_given_name(tokens[i].text)
        and (i == 0 or tokens[i - 1].lower not in PREPOSITIONS | _BEFORE_A_DATE)
        and (
            said_as_someone(tokens, j)
            or (tokens[i].lower in CALENDAR and _who_after(tokens, i, j))  # a month's only
        )
    )


# Months' short forms that are given names' short forms too: "Ant and Dec", "Jan and Dean".
_SHORT_MONTHS: Final = words_set("jan dec")


def _a_months_short_form_in_a_pair(tokens: list[Token], i: int, j: int) -> bool:
    """A month's short form alone, joined by "and" to a lone name in capitals before it, with no
    number beside it: a name of a pair ("Ant and Dec will host"; not "in Nov and Dec 2024", nor
    "Jan and Feb")."""
    return (
        j - i == 1
        and tokens[i].lower in _SHORT_MONTHS
        and i > 1
        and tokens[i - 1].lower == "and"
        and tokens[i - 2].is_cap
        and tokens[i - 2].is_word
        and tokens[i - 2].lower not in CALENDAR
        and (i < 3 or not tokens[i - 3].is_cap)
        and not (j < len(tokens) and tokens[j].text[:1].isdigit())
    )


def _letters_after_a_name(tokens: list[Token], i: int, j: int) -> bool:
    """Letters in capitals that nameparser lists after a name, closing a run of a given name and
    a surname: an honour, a degree or an office ("QC", "MP", "MBE"), no part of the name."""
    last = tokens[j - 1]
    while i < j and tokens[i].lower.rstrip(".") in STYLES:
        i += 1  # "Dame Kelly Holmes DBE"
    return (
        j - i > 2
        and last.text.isupper()
        and last.lower in name_suffix_letters()
        and not tokens[j - 2].text.isupper()
        and first_name_like(tokens[i].text)
    )


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


# The Zipf frequency from which a word opening a sentence is the word, not a name: "Given" 5.4,
# "Following" 5.5, "Little" 5.8 (not "Park" 5.2 of "Park Geun-hye", nor "Brown" 5.0).
_FREQUENT_ZIPF: Final = 5.3


def _a_frequent_word(token: Token) -> bool:
    """A word so frequent in English that, capitalised only for opening the sentence before a
    name, it is the word: "Given Obama's rating" (no given name, and in a dictionary)."""
    return (
        token.is_word
        and len(token.text) > 2  # no initial: "C. Boyden Gray"
        and english_zipf(token.lower) >= _FREQUENT_ZIPF
        and not is_given_name(token.text)
        and in_dictionary(token.text)
    )


# Verbs a person's name opens a sentence before, never a modal's subject ("Will Young has", not
# "Will Young score?").
_FINITE_AFTER_A_NAME: Final = words_set("has had is was said says told added")

# Modals a person's name opens a sentence before, in one that asks nothing: "Will Poulter will".
_MODALS_AFTER_A_NAME: Final = words_set("will would")


# Words that open a sentence before a name and are no given name: "To Sexton, who …".
_BEFORE_A_NAME: Final = PREPOSITIONS | words_set("to as like unlike after before than into")


def _a_given_name_before_a_verb(tokens: list[Token], i: int, j: int) -> bool:
    """A common word that is a given name too, opening the sentence with a surname and a finite
    verb or ", who" after them: the name's ("Will Young has scored", "Will Smith said", "Dawn
    French, who plays the vicar"; not "Will Young score?", a modal before its subject); or, in a
    sentence that asks nothing, a modal or an apposition opened by "the", "a" or "an" after them
    ("Will Poulter will star", "Will Quince, the former minister, is"), as a question's modal
    has no other."""
    return (
        j - i == 2
        and j + 1 < len(tokens)
        and (
            tokens[j].lower in _FINITE_AFTER_A_NAME
            or (tokens[j].text == "," and tokens[j + 1].lower == "who")
            or (
                (
                    tokens[j].lower in _MODALS_AFTER_A_NAME
                    or (tokens[j].text == "," and tokens[j + 1].lower in {"the", "a", "an"})
                )
                and not any(t.text == "?" for t in tokens[j:])
            )
        )
        and tokens[i].lower not in NAME_PARTICLES  # "De Blasio said": a surname's particle
        and tokens[i].lower not in _BEFORE_A_NAME  # "To Sexton, who …": no one's given name
        and is_given_name(tokens[i].text)
        and not is_thing_surname(tokens[i + 1].text)
    )


def _a_given_name_after_a_bodys_possessive(tokens: list[Token], i: int, j: int) -> bool:
    """A common word that is a given name too and a surname that is a common word, after a
    possessive in capitals and before a verb of saying: someone who speaks for a body ("Kroll's
    Will Wright said the chain had", "Ofwat's Will Baker told"; not "Shakespeare's Will", nor a
    song's title, "Dion's My Heart is")."""
    return (
        i > 0
        and j < len(tokens)
        and tokens[j].lower in {"said", "says", "told", "added"}
        and tokens[i - 1].possessive
        and tokens[i - 1].is_cap
        and _a_given_name_before_a_verb(tokens, i, j)
    )


def _a_given_name_before_a_title(tokens: list[Token], i: int, j: int, at_start: bool) -> bool:
    """Two words opening the sentence, a given name that is no title and a title, before a finite
    verb: a name whose surname is a title's word ("Will King said", "Will Bishop has"), not a
    title and a name ("Prince Harry said", "King Charles has")."""
    return (
        at_start
        and j - i == 2
        and is_title_word(tokens[i + 1].text)
        and not is_title_word(tokens[i].text)
        and _a_given_name_before_a_verb(tokens, i, j)
    )


def _a_courtesy_title_before_a_word(tokens: list[Token], start: int, end: int) -> bool:
    """One common English word that no library knows as a name, after a courtesy title ("Mr",
    "Miss"; not a peer's "Lady"): a brand's, a show's or a contest's name ("Mr Muscle", "Miss
    Universe"), as no one is called so; after "Miss", which news gives few women, any English
    word no library knows as a name and a dictionary holds ("Miss Saigon"; not "Miss Marple", a
    surname too, nor "Miss Obama", a name the news made common)."""
    if end - start != 1 or start == 0:
        return False
    title = tokens[start - 1 - (tokens[start - 1].text == "." and start > 1)]
    word = tokens[start].text
    return title.is_courtesy and (
        is_thing_word(word)
        or (title.lower == "miss" and is_english_word(word) and in_dictionary(word))
    )


def _a_dear_title(tokens: list[Token], i: int, j: int) -> bool:
    """ "Dear" and a name opening a sentence with no comma after it: a title ("Dear Evan Hansen
    is to close"), not a letter's greeting ("Dear Tom, …")."""
    return tokens[i].text == "Dear" and j - i > 1 and (j >= len(tokens) or tokens[j].text != ",")


def _keeps(token: Token) -> bool:
    """Sentence-initial words kept although common: titles ("President Biden"), "Mr"."""
    return token.is_head or token.is_courtesy


def _candidate(
    sentence: str, tokens: list[Token], i: int, j: int, at_start: bool
) -> Candidate | None:
    if j - i == 1:  # one word: no title, describing word or headline to cut from it
        return _judged(sentence, tokens, i, i, j, at_start, None, False, [])
    run = tokens[i:j]
    if any(t.text == "&" for t in run):  # "Marks & Spencer", "Ernst & Young"
        return Candidate("organisation", run_text(sentence, run))
    if a_ship_or_a_storm(run) and not said_as_someone(tokens, j):
        return Candidate(None, run_text(sentence, run), not_a_person=True)  # "Storm Desmond"
    if i > 0 and tokens[i - 1].text == "the" and (run[0].is_courtesy or run[0].lower in KNIGHTS):
        # a knight's or a courtesy title after "the": a pub's, a ship's or a work's name ("the
        # Sir John Oldcastle in Farringdon"), as news style writes a person's with no article
        return Candidate(None, run_text(sentence, run), thing_hint=True)
    of_place = _of_a_place(sentence, run)
    if of_place:  # "Republican of South Carolina", "Peter T. King of New York": the place is
        # where someone is from, no part of a name; what stands before "of" is judged alone
        return _candidate(sentence, tokens, i, i + of_place, at_start)
    alias = None
    alias_at = i  # where the courtesy title stands
    described = False  # a describing word opens the run: "Novelist Andrea Levy"
    tail = 0
    if (run[0].is_courtesy and len(run) > 1) or _a_peer(run) or _a_knight(run):
        start = i + 1 + (run[1].text == ".")
        alias = run_text(sentence, tokens[i:j])
    elif _a_given_name_before_a_title(tokens, i, j, at_start):
        # "Will King said": a given name that is a common word, then a surname that is a title
        return _judged(sentence, tokens, i, i, j, at_start, None, False, [])
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
        if split is None and at_start and a_word_before_a_speaker(tokens, i, j):
            split, described = 1, True  # "Landlord Sam Ellis said", "Coxswain Mark Taylor said"
        if split is None and len(run) == 2 and at_start and run[0].lower in _PERFORMERS:
            split, described = 1, True  # a performer known by one word: "Rapper Stormzy said"
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
    return _judged(sentence, tokens, i, start, j, at_start, alias, described, titled_for)


# Jobs of people known by one word, which no firm, band, club or horse has: "singer Duffy".
_PERFORMERS: Final = words_set(
    """singer rapper actress actor comedian comedienne model presenter novelist poet author
    playwright painter striker
    midfielder defender goalkeeper winger footballer cricketer golfer boxer sprinter swimmer
    skater athlete"""
)


def _after_a_performers_noun(tokens: list[Token], start: int) -> bool:
    """A one-word name right after a performer's or a player's noun in lower case: a person
    known by that one word ("Welsh singer Duffy", "striker Kaka")."""
    if start == 0:
        return False
    before = tokens[start - 1]
    # capitalised only where it opens the sentence: "Midfielder Onana said"
    return (
        before.lower in _PERFORMERS and (start == 1 or not before.is_cap) and not before.possessive
    )


# A manager's nouns after a club's name: "Brighton boss Hurzeler", "Everton head coach Dyche".
_MANAGERS: Final = words_set("boss manager coach")


def _a_clubs_manager_said_as_someone(tokens: list[Token], start: int, end: int) -> bool:
    """A one-word name right after a manager's noun in lower case that a name in capitals
    qualifies, saying "he" or "she": a manager named by surname ("Brighton boss Hurzeler said
    he was proud"; not "Fund manager Jupiter said it", nor "Brighton said he would miss")."""
    k = start - 1
    if k < 1 or tokens[k].is_cap or tokens[k].lower not in _MANAGERS:
        return False
    if tokens[k].lower == "coach" and tokens[k - 1].lower == "head" and not tokens[k - 1].is_cap:
        k -= 1  # "Everton head coach"
    club = tokens[k - 1] if k >= 1 else None
    return (
        club is not None
        and club.is_word
        and club.is_cap
        and not club.possessive
        and said_as_someone(tokens, end)
    )


def _a_job_word(token: Token) -> bool:
    """A sport's position or a word for a doer, in the singular: "Keeper", "Fly-half", "Veteran"
    (not "Certainly", "Celebrities")."""
    low = token.lower
    if low in SPORTS_OCCUPATIONS or low in TRADE_JOBS:
        return True
    if low in COMMON_WORDS or low.endswith("s") or is_given_name(token.text):
        return False
    if not token.is_word or english_zipf(low) < 3.0:  # an English word: "Spinner", "Youngster"
        return False
    return any(_a_words_stem(low[: -len(end)]) for end in _DOERS_ENDS if low.endswith(end))


# The endings of a word for a doer: "keeper", "debutant", "novelist", "youngster".
_DOERS_ENDS: Final = ("er", "or", "ist", "ian", "ant", "ent", "ster")


def _a_words_stem(stem: str) -> bool:
    """What is left of a doer's word without its ending, an English word: "keep" of "keeper",
    "skip" of "skipper", "ride" of "rider" (not "wheth" of "whether")."""
    return len(stem) >= 3 and (
        is_common_word(stem)
        or is_common_word(stem + "e")
        or (stem[-1] == stem[-2] and is_common_word(stem[:-1]))
    )


def _a_peer(run: list[Token]) -> bool:
    """A peer's style and a surname ("Lady Bland", "Lord Coe"): named as "Mrs Bland" is, the style
    giving a gender; not a style and a given name ("Lady Diana")."""
    return len(run) == 2 and run[0].lower in PEERS and not is_given_name(run[1].text)


# What `name_nature` says of a name that makes it no one's.
_NOT_PEOPLES: Final = frozenset({"thing", "organisation", "place"})


def _knighted(tokens: list[Token], start: int, end: int) -> bool:
    """A knight's or a dame's style right before a name of two words or more: "Sir Jony Ive",
    "Dame Shirley Bassey", a person's mark as a courtesy title is, whatever the given name (a
    ship's, a pub's or a horse's "Sir" is read before: "RRS Sir David", "the Sir John Oldcastle")."""
    return (
        end - start > 1
        and start > 0
        and tokens[start - 1].lower in KNIGHTS
        and (start == 1 or tokens[start - 2].lower != "the")
    )


def _a_knight(run: list[Token]) -> bool:
    """A knight's, a dame's or a peer's daughter's style and a given name: "Sir Cameron", "Dame
    Judi", "Lady Diana" (British style names them so after their full name), a form of the name
    as "Mr Mackintosh" is."""
    return (
        len(run) == 2
        and styles_a_given_name(run[0].lower, run[1].text)
        and is_given_name(run[1].text)
    )


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


def _judged(
    sentence: str,
    tokens: list[Token],
    i: int,
    start: int,
    j: int,
    at_start: bool,
    alias: str | None,
    described: bool,
    titled_for: list[Token],
) -> Candidate | None:
    """The candidate named by tokens[start:j] of the run tokens[i:j] (what stands before it a
    title or a describing word), or None when it names nothing."""
    name = tokens[start:j]
    text = run_text(sentence, name)
    words = [t.lower for t in name]
    kind = kind_by_lists(text, words)
    if kind and _a_persons_name_like_a_place(tokens, i, start, j, alias):
        # "Professor Wendy Hall", "Nick Park said": a person, whatever the surname ends
        role = role_before(tokens, start) or role_after(tokens, j)
        return Candidate("person", text, role=role_text(sentence, role), alias=alias, evidence=True)
    if not kind and len(name) == 1 and words[0] in ORG_SUFFIXES and _after_the(tokens, start):
        kind = "organisation"  # "the Times said"
    if kind:
        role = org_description(tokens, j) if kind == "organisation" else None
        return Candidate(kind, text, role=role_text(sentence, role))
    if start <= i + 1 and _a_job_holders_name(tokens, start, j):
        # "Manager Pep Guardiola said", "City assistant Pep Lijnders": a given name no list holds
        job = tokens[start - 1]
        role = [job] if job.is_cap else qualified_job(tokens, start)
        return Candidate("person", text, role=role_text(sentence, role), evidence=True)
    if words[0].startswith(_FOR_OR_AGAINST) or (len(name) == 1 and len(text.strip(".")) == 1):
        return None  # "Anti-Trump forces", "Pro-Brexit MPs", "X, Y and Z": no one's name
    if _a_foreign_title(name):
        return Candidate(None, text, not_a_person=True)  # "Le Courrier Picard said"
    if name_key(text) in DEMONYMS or (
        all(not_name_word(w) for w in words)
        and not (start == i and _a_given_name_before_a_title(tokens, i, j, at_start))
        and not (start == i and _a_given_name_after_a_bodys_possessive(tokens, i, j))
    ):
        # no one's name, whatever stands beside it ("American", "The Government"): a thing when
        # introduced as one, else nothing
        return Candidate(None, text, not_a_person=True) if _a_thing(tokens, i, start, j) else None
    if recommissioned(tokens, j):
        return Candidate(None, text, not_a_person=True)  # "Father Brown has been recommissioned"
    if versus_a_titles_the(tokens, j):
        return Candidate(None, text, not_a_person=True)  # "Mr Bates vs The Post Office won"
    if returns_for_a_series(tokens, j) or cancelled_after_a_series(tokens, j):
        # "Ted Lasso is to return for a series", "Young Sherlock has been cancelled after one
        # series"
        return Candidate(None, text, thing_hint=True)
    if called_an_animal(tokens, j):
        # "Trainer Liam Dowling said Romeo Magico was the fastest dog he had handled": an
        # animal, whatever else the article says of it
        return Candidate(None, text, not_a_person=True)
    if written_out(tokens, j):
        return Candidate(None, text, thing_hint=True)  # "Cain Dingle is to be written out"
    if a_statues_name(tokens, start, j):
        return Candidate(None, text, not_a_person=True)  # "The Molly Malone statue in Dublin"
    if voted_a_work(tokens, j):
        # "Eleanor Rigby has been voted the Beatles' best song": a work, which no one's "said
        # Jolene was still played" makes a person
        return Candidate(None, text, not_a_person=True)
    if a_part_played(tokens, start, j):
        # a part, whatever kin or job the sentence gives it: "her son Nick Cotton, played by John
        # Altman", "as Angelica, the daughter of Blackbeard" (a person only where the article
        # marks the name so elsewhere)
        return Candidate(None, text, thing_hint=True)
    if not alias and described_as_a_business(tokens, j):
        # "Brewin Dolphin, the wealth manager,", "Timothy Taylor, the Keighley brewer behind": a
        # firm's hint, whatever job the noun is too, which the article's marks of a person
        # outweigh ("the designer Tommy Hilfiger"); it outweighs one speech, as a firm's figures
        # do ("Samuel Smith, the Tadcaster brewer, … Samuel Smith said the rule would")
        return Candidate(None, text, thing_hint=True, firms_figures=True)
    if not alias and told_of_by_which_as_a_firm(tokens, j) and not _a_works_maker(tokens, start):
        # "follows Clifford Chance, which announced": a firm's hint
        return Candidate(None, text, thing_hint=True)
    if not alias and start == i and spoken_for_by_a_business(tokens, start, j):
        return Candidate(None, text, thing_hint=True)  # "X has agreed …, the wealth manager said"
    if start > i and a_titled_name_starred_in(tokens, i, j):
        return Candidate(None, text, thing_hint=True)  # "starred in King Arthur": a work
    if start > i and a_titled_name_shown(tokens, i, j):
        return Candidate(None, text, thing_hint=True)  # "the premiere of Lady Vengeance"
    if start > i and a_titled_possessive_in_a_title(tokens, i, j):
        return Candidate(None, text, thing_hint=True)  # "Mr Bean's Holiday, the second film"
    role = preferred_role(
        role_before(tokens, start),
        role_after(tokens, j) if not _the_verb_after_a_clause(tokens, start, j) else None,
        role_before_comma(tokens, start, j),
    )
    if (role is None or all(t.lower in STYLES for t in role)) and not name[-1].possessive:
        # a possessive after a comma opens an apposition of the name before the comma ("Justin
        # King, Sainsbury's chief executive,"): that name is no office of the possessive's
        role = role_before_styles(tokens, start, j) or role
    role = role or titled_for or None
    if role and role[-1].lower == "for" and a_seat(tokens, start, j):
        # "the Labour MP for Milton Keynes Central": the member's seat, read with the member's
        # title before it as a role, is a place
        return Candidate(None, text, not_a_person=True)
    if role and len(role) == 1 and role[0] is tokens[start - 1] and not role[0].is_cap:
        # a lower-case job alone read before the name, whose qualifiers are no title words:
        # "US chat show host Jay Leno" (not "host")
        role = qualified_job(tokens, start)
    if (
        described
        and not role
        and (
            is_title_word(tokens[i].text)
            or _a_job_word(tokens[i])
            or tokens[i].text in ABBREVIATED_JOBS
        )
    ):
        # the describing word stripped from "Novelist Andrea Levy", "Keeper Jens Lehmann" (not a
        # people's, "American", nor an adverb's, "Certainly Donald Trump")
        role = [tokens[i]]
        if i > 1 and tokens[i - 1].lower == "of" and tokens[i - 2].is_cap and tokens[i - 2].is_word:
            role = tokens[i - 2 : i + 1]  # "Hall of Famer Dick Butkus": the whole, not "Famer"
    if not role and i == start and j - start > 1:
        role = occupation_before(tokens, start)  # "literary critic Harold Bloom"
    if not role and j - start > 1 and not _the_verb_after_a_clause(tokens, start, j):
        role = occupation_after(tokens, j)  # "Graham Cluley, senior technology consultant"
    elif a_relation(role) and j - start > 1 and not _the_verb_after_a_clause(tokens, start, j):
        role = occupation_after(tokens, j) or role  # "His daughter, Megan Lester, a nurse,"
    if role and role[-1] is tokens[start - 1]:
        role = joined_jobs(tokens, role)  # "Former prosecutor and New York City Mayor Rudy"
    if role and speakers_relation(tokens, role):
        # "“I have to take my brother Donald along”": a person, the speaker's relation, no job
        if len(name) == 1 and role[-1] is tokens[start - 1]:  # not "He’s my brother. We’re"
            return Candidate("person", text, evidence=True)
        role = None
    if _after_a_bodys_noun(tokens, start, j) and said_as_someone(tokens, j):
        # "Retailer Julian Dunkerton said he", "Brewer Sam Smith, 81,": a person, who has an
        # age and is "he" or "she", that a body's noun describes
        role = [tokens[start - 1]]
        return Candidate("person", text, role=role_text(sentence, role), evidence=True)
    if _a_broadcasters_name(tokens, start, j):
        # "Broadcaster Gary Lineker": no one unless the article marks the surname ("Lineker,
        # 64,": `extract`), as "Bookmaker William Hill" is a firm
        return Candidate(
            None, text, role=role_text(sentence, [tokens[start - 1]]), not_a_person=True
        )
    if (
        _a_thing(tokens, i, start, j)
        or a_products_plus(tokens, j)
        or its_own_product(tokens, i)
        or a_measure_of(tokens, i)
        or sales_of_a_possessive(tokens, i, j)
        or joined_from(tokens, i, j)
    ):
        # "Alexa+", "its new Alexa assistant", "a bottle of Jack Daniel's", "Sales of Jack
        # Daniel's fell": a product; "joined the firm from Michael Kors": a body
        return Candidate(None, text, not_a_person=True)
    if alias and (
        made_by_a_firm(tokens, j)
        or a_titled_brand(tokens, i, j)
        or owns_its(tokens, i, j)
        or ridden(tokens, i)
        or by_someone(tokens, j)
        or _a_courtesy_title_before_a_word(tokens, start, j)
    ):
        # "its Miss Selfridge chain", "Mr Kipling had its best Christmas", "ride Mr Incredible",
        # "Mr Kipling maker Premier Foods" (a brand before its maker), "Mr Muscle", "Miss
        # Universe" (a courtesy title before a common word that is no one's name),
        # "Mr Brightside, by The Killers," (made by someone: a title, whatever its "Mr")
        return Candidate(None, text, not_a_person=True)
    if alias and (
        _a_titled_works_name(tokens, i, j)
        or a_titled_part(tokens, i, start, j)
        or described_as_a_work(tokens, j)
        or a_song_by_a_plural_band(tokens, i, j)
        or object_of_a_things_verb(tokens, i, j)
        or before_a_works_maker(tokens, j)
    ):
        # "Mr Brightside by the Killers has spent": a song's
        # "a new Mr Bean film", "who plays Mrs Hudson in Sherlock": the "Mr" is the part's;
        # "Mrs Doubtfire, the musical,": a work's, whatever its "Mrs" (a hint, which the
        # article's marks of a person outweigh)
        return Candidate(None, text, thing_hint=True)
    if alias and a_possessive_title(
        tokens, i, j
    ):  # "Mrs Brown's Boys has won": a title, unless marked
        return Candidate(None, text, thing_hint=True)  # elsewhere (not by its own "Mrs")
    # whether the name is written where things stand, asked once (both tests below read it)
    hint: bool | None = None
    if not alias and role:
        hint = where_things_stand(tokens, start, j)
        if a_things_rival(tokens, role, hint):
            return _hinted(True, None, text)  # "its smaller rival Freddie Mac"
    if _after_a_titles_the(tokens, start):  # a hint: "2012 The Obama hug" is a broken heading
        return Candidate(None, text, thing_hint=True)
    if not alias and start == i and after_a_persons_possessive(tokens, start, j):
        return Candidate(None, text, thing_hint=True)  # "Leonardo da Vinci's Mona Lisa draws"
    if j - start > 1 and words[-1].endswith(_SOMEONES_ACTS) and is_given_name(name[0].text):
        # a full name before what a person did to a horse or a work: its trainer, jockey,
        # director or designer ("The Paul Nicholls-trained horse", "a Sofia Coppola-directed
        # film"; not "the Tony Blair-style reform", nor "the Murdoch-owned paper")
        surname = name[-1].text.rsplit("-", 1)[0]
        return Candidate("person", f"{run_text(sentence, name[:-1])} {surname}")
    if (
        (words[-1] in NOT_ENTITY_SUFFIXES and not _a_surname_like_a_things(tokens, start, j, role))
        or (("’" in text or "'" in text) and _CONTRACTION.search(text))
        or words[-1].endswith(DESCRIBING_ENDS)
        or (len(name) > 1 and INITIAL.fullmatch(name[-1].text))  # "Charles G. and David Koch"
    ):
        return None
    if any(
        t.text[:1] in _REGNAL_LETTERS and _REGNAL.fullmatch(t.text) and cap_at(name, k + 1)
        for k, t in enumerate(name)
    ):
        # a regnal number ends a person's name: "King George VI Chase" is a race, "John Paul II
        # Airport" a place
        return Candidate(None, text, not_a_person=True)
    if hint is None:
        hint = where_things_stand(tokens, start, j)
    if not (role or alias) and j - start == 2 and _A_BARE_INITIAL.fullmatch(name[0].text):
        # an initial with no full stop and a surname: a British firm's name ("J Sainsbury",
        # "H Samuel"), as a person is named in full or by joined initials ("JK Rowling"),
        # unless it speaks as a person does ("J Smith said he")
        speech = _spoken(tokens, start, j) and not first_pronoun_its(tokens, j)
        return _hinted(hint, "person" if speech else None, text, evidence=speech)
    if not (role or alias) and j - start == 2 and _joined_initials(name):
        # two initials written joined before a surname: how British copy names some people ("JK
        # Rowling", "LS Lowry") and some firms ("WH Smith", "JP Morgan"), a person when said of
        # as a man or a woman ("JK Rowling said she", "PL Travers, 78,") or when the article
        # makes the surname someone's ("Harry Potter author Rowling"), else no one
        someone = said_as_someone(tokens, j) or _credited_by(tokens, start)
        return _hinted(hint, "person" if someone else None, text, evidence=someone)
    last = name[-1].text.removesuffix("s")  # "Blairite MPs": members of a body
    if len(name) > 1 and ACRONYM.fullmatch(last) and not name[0].text.isupper():
        return _hinted(hint, None, text)  # "Super PAC", "House GOP": a body, whatever its role
    if not alias and (not titled(role) or len(name) == 1) and thing_named([t.text for t in name]):
        # a common English word that is no personal name opens the name ("Athletics Kenya",
        # "Global Information") or makes all of it ("History Boys", "Radio"): a work, a body or
        # a fragment, whatever stands beside it but a courtesy title or a title, and a title
        # before one such word ("General Electric")
        return _hinted(hint, None, text)
    knighted = _knighted(tokens, start, j)
    if (
        not alias
        and len(name) > 1
        and name_nature(text) in ({"organisation", "place"} if knighted else _NOT_PEOPLES)
    ):
        # what the name's words make a body, a place or a thing, whatever role was read beside
        # it: "Cleveland Public Library" ("hosted by Michigan Gov"), "Nova Scotia" (ISO 3166);
        # a knight's full name is no work's for a common word in it ("Sir Jony Ive")
        return Candidate(None, text, not_a_person=True)
    if (
        _named_after_a_royal(role, [t.text for t in name])
        or _a_royals_race(role, [t.text for t in name])
        or _a_royal_numbered(role, tokens, j)
        or _a_royal_in_a_title(role)
        or _the_royals_name(tokens, start, j)
    ):
        # a thing named after a king or a queen: "King James Bible", "Queen Elizabeth Hospital"
        return Candidate(None, text, not_a_person=True)
    if len(name) == 1 and not alias and _after_a_performers_noun(tokens, start):
        return Candidate("person", text, evidence=True)  # "Welsh singer Duffy", "striker Kaka"
    if len(name) == 1 and not alias and _a_clubs_manager_said_as_someone(tokens, start, j):
        return Candidate("person", text, evidence=True)  # "Brighton boss Hurzeler said he"
    if len(name) == 1 and not alias and not titled(role) and not first_name_like(text):
        if _said_of_his_side(tokens, j):
            # "Postecoglou said his side had given away soft goals": a manager named by surname
            return _hinted(hint, "person", text, evidence=True)
        # a lone word that is no known first name, with only speech or a description ("market
        # leader Diageo", "Yukos said"): news style names a person in full, a body by one word;
        # it stays a person only when the article names someone so ("Mr Yukos", "John Bush")
        return _hinted(hint, None, text)
    if not alias and a_subject_which(tokens, i, j):
        return Candidate(None, text, not_a_person=True)  # "Rival J Sainsbury, which"
    if starring_someone(tokens, j):  # "Mr and Mrs Smith, starring Brad Pitt": a film
        return Candidate(None, text, not_a_person=True)
    if role and not alias and hint and someones_work(tokens, j):
        # "Kinsey, Bill Condon's biopic of the sex researcher,": the researcher is the work's
        # subject, no role of the name's
        return Candidate(None, text, thing_hint=True)
    if role or alias or knighted or _billed(tokens, start, j) or _scored_by(tokens, start, j):
        # "The film starred A and Hugh Grant", "a late goal from Mikey Devlin", "Fashion
        # designer Sir Ozwald Boateng"
        return _hinted(hint, "person", text, role_text(sentence, role), alias, evidence=True)
    if start == i and (
        (at_start and _a_given_name_before_a_verb(tokens, start, j))
        or _a_given_name_after_a_bodys_possessive(tokens, start, j)
    ):
        # "Will Young has scored", "Kroll's Will Wright said"
        candidate = _hinted(hint, "person", text)
        candidate.spoken = _spoken(tokens, start, j)
        if candidate.spoken and said_as_someone(tokens, j):
            candidate.evidence = True  # "Will Young said he": a person's own pronoun
        return candidate
    if len(name) >= 2:
        if not (
            looks_like_name(name)
            or _a_calendar_given_name(tokens, start, j)
            or _a_credited_given_name(tokens, start, j)
        ) or (start > 0 and tokens[start - 1].lower == "the"):
            # "The History Boys", "the West End": people take no article; one written where
            # things stand is a thing wherever else the article names it ("the Harry Potter
            # books" and then "a tirade against Harry Potter")
            return Candidate(None, text, thing_hint=True) if hint else None
        # a full name whose first word is no known first name is kept as a possible person: it
        # is one when the article gives that surname evidence ("Mr Chidambaram", "Brul said")
        known = first_name_like(name[0].text) or INITIAL.fullmatch(name[0].text) is not None
        if known and is_plural_thing(name[-1].text) and not speech_next_to(tokens, start, j):
            return _hinted(hint, None, text)  # "Bradford Rovers", "Kaiser Chiefs"
        if (
            known
            and not thing_words([t.text for t in name[1:]])
            and not is_thing_surname(name[-1].text)
        ):
            candidate = _hinted(hint, "person", text)
            candidate.spoken = _spoken(tokens, start, j)
            if candidate.spoken and said_as_someone(tokens, j):
                candidate.evidence = True  # "Hector Lund said he": a person's own pronoun
            return candidate
        if known and (_a_bodys_person(tokens, start) or _credited_by(tokens, start)):
            # "Apple's Steve Jobs", "Microsoft's Bill Gates": a body's is someone of it; "trained
            # by Martin Pipe", "directed by Mike Bush": what only a person does
            return _hinted(hint, "person", text, evidence=True)
        if known:  # "Sydney Olympic", "Carolina Panthers": a person only if the article says so
            return _hinted(hint, None, text)
        speech = (
            _spoken(tokens, start, j)
            or a_nationals_name(tokens, start, j)
            or _credited_by(tokens, start)
            or (start == i and _a_persons_own_pronoun(tokens, start, j))
            or (start == i and j - start > 1 and _his_or_her_after_a_modal(tokens, start, j))
            or (j - start > 1 and _founded_by(tokens, start))
            or _speaks_past_who(tokens, j)
            or _an_actors_clause(tokens, j)
            or said_as_someone_past_an_apposition(tokens, j)
            or _sent_off(tokens, j)
            or _scored(tokens, j)
            or _off_the_bench(tokens, j)
            or (j - start > 1 and _a_dancers_partner(tokens, start))
        )
        # "Palaniappan Chidambaram said", not "Merrill Lynch said its"; "Ethiopian Kenenisa Bekele";
        # "is played by Dev Patel"
        return _hinted(hint, "person" if speech else None, text, evidence=speech)
    if at_start and words[0] in COMMON_WORDS:
        return None
    if _a_pairs_last_word(tokens, start) and speech_next_to(tokens, start, j):
        # "Marks and Spencer said sales rose": a body's "A and B" name, which speaks as one; its
        # words are no one's alone where the article gives them no mark of a person
        return Candidate("organisation", run_text(sentence, tokens[start - 2 : j]))
    # a lone word that speaks of "they" is a club or a band ("Chelsea said they"), no person; one
    # after a preposition is where or of what the speaker before it is ("Campaigners in Beverley
    # said"), as `_spoken` reads a full name
    speech = (
        speech_next_to(tokens, start, j)
        and not (
            start > 0 and tokens[start - 1].lower in PREPOSITIONS and not tokens[start - 1].is_cap
        )
        and not speaks_of_theirs(tokens, j)
        and not first_pronoun_its(tokens, j)  # "Morrison said profits fell after its takeover"
    )
    if speech and _said_of(tokens, start, j):
        if _a_things_passive(tokens, j):
            # "The Official Charts Company said Michelle had been streamed 1.2 million times": a
            # song's, a product's, a show's
            return Candidate(None, text, thing_hint=True)
        if its_pronoun_after(tokens, j):
            # "said Evelyn would be the name of its new range": the writer's own "its" for what
            # was said of, which outweighs one speech, as a firm's figures do
            return Candidate(None, text, thing_hint=True, firms_figures=True)
        if said_of_as_a_place(text):
            return Candidate("place", text)  # "Rolls-Royce said Sheffield would host"
        # "said Wilko would return": said of, a person's mark that a firm's marks elsewhere in
        # the article outvote ("the Wilko brand", "Wilko collapsed with the loss of 12,000 jobs")
        candidate = _hinted(hint, "person", text)
        candidate.spoken = True
        if first_name_like(text):
            candidate.said_by = _a_lone_sayer(tokens, start)  # "Hasbro said Chloe would"
        return candidate
    if not speech and _a_things_passive(tokens, j, _MADE_THINGS_PASSIVES):
        # "the biggest change since Siri was launched": a product's, which outweighs one
        # speech, as a firm's figures do ("Apple said Siri would")
        return Candidate(None, text, thing_hint=True, firms_figures=True)
    return _hinted(hint, "person" if speech else None, text, evidence=speech)


_ROYALS: Final = frozenset({"king", "queen", "prince", "princess"})

# Verbs whose object is an actor: "The film stars Jude Law", "starring Doris Day".
_STARS: Final = words_set("stars starring starred co-stars co-starring")


_A_BARE_INITIAL: Final = re.compile(r"[A-Z]")

# What someone did to a horse or a work, joined to their surname: "Paul Nicholls-trained".
_SOMEONES_ACTS: Final = ("-trained", "-ridden", "-directed", "-penned", "-designed")
_JOINED_INITIALS: Final = re.compile(r"[A-Z]{2}")


def _joined_initials(name: list[Token]) -> bool:
    """Two initials written as one word, then a surname in lower case after its capital: "JK
    Rowling" (not "UK Uncut"'s place, "AG Lynch"'s job, "MP Smith"'s letters, nor "BBC One")."""
    return (
        _JOINED_INITIALS.fullmatch(name[0].text) is not None
        and name[0].text not in ABBREVIATED_JOBS
        and name[0].lower not in name_suffix_letters()
        and name[1].text[1:].islower()
        and name[1].text.isalpha()
        and kind_by_lists(name[0].text, [name[0].lower]) != "place"
    )


# Past tenses not in "-ed" that a person's "his" or "her" follows: "John Denver wrote it for his
# wife".
_PASTS: Final = words_set("wrote sang made gave took left spent told")


def _a_persons_own_pronoun(tokens: list[Token], start: int, end: int) -> bool:
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


def _his_or_her_after_a_modal(tokens: list[Token], start: int, end: int) -> bool:
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


# What stands between a player's name and "sent off": "who had X sent off", "X was sent off".
_BEFORE_SENT_OFF: Final = words_set("was were is has had been being")


def _sent_off(tokens: list[Token], end: int) -> bool:
    """ "sent off" right after a full name, maybe past "was" or "has been": a player, as only a
    person is sent off ("Wolves, who had Jorgen Strand Larsen sent off, play Everton"; "Jorgen
    Larsen was sent off"; not "sent out", "sent off to the printers" of no name)."""
    k = end
    while k < len(tokens) and k - end < 2 and tokens[k].lower in _BEFORE_SENT_OFF:
        k += 1
    return (
        k + 1 < len(tokens)
        and tokens[k].lower == "sent"
        and tokens[k + 1].lower == "off"
        and (k + 2 == len(tokens) or tokens[k + 2].lower not in {"to", "for"})
    )


# Verbs of dancing with a partner, before "with": "will dance with", "was paired with".
_DANCING: Final = words_set("dance dances danced dancing waltz waltzed tango tangoed paired")


def _a_dancers_partner(tokens: list[Token], start: int) -> bool:
    """A full name right after a verb of dancing and "with", or "partnered by": a dancer's
    partner, a person ("Tasha Ghouri will dance with Aljaz Skorjanec", "was partnered by Dianne
    Buswell"; not "danced with joy")."""
    if start < 2:
        return False
    before, verb = tokens[start - 1].lower, tokens[start - 2].lower
    return (before == "with" and verb in _DANCING) or (before == "by" and verb == "partnered")


# A player's coming on, after "came", "comes" or "coming": "off the bench", "on as a substitute".
_ON_AS: Final = words_set("substitute replacement sub")


def _off_the_bench(tokens: list[Token], end: int) -> bool:
    """ "came off the bench" or "came on as a substitute" right after a full name: a player, as
    only a person is a substitute ("Bukayo Saka came off the bench to score"; not "came off the
    production line", "came on the market")."""
    words = [t.lower for t in tokens[end : end + 6]]
    if not words or words[0] not in {"came", "comes", "coming"}:
        return False
    if words[1:4] == ["off", "the", "bench"]:
        return True
    return words[1:3] == ["on", "as"] and any(w in _ON_AS for w in words[3:6])


# What a scorer's goal is told by after "scored": "scored for Wolves", "scored twice".
_A_GOALS_WORDS: Final = words_set("for twice again a his the late early in with from")


def _scored(tokens: list[Token], end: int) -> bool:
    """ "scored", "equalised" or "levelled" right after a full name, maybe past "has", "had" or
    "also", and how or for whom, or "gave" a side "the lead": a player, as only a person scores
    ("and Matheus Cunha scored for Wolves", "Joao Pedro levelled from the penalty spot", "Bukayo
    Saka gave the Gunners the lead"; not "scored points" of no name, nor "scored 8 out of 10", a
    rating); not a name ending in a plural English word, a team's ("Wycombe Wanderers scored
    twice"), as a team scores too."""
    if is_plural_thing(tokens[end - 1].text):
        return False
    k = end
    if k < len(tokens) and tokens[k].lower in {"has", "had", "also"}:
        k += 1  # "Joao Pedro also scored."
    if k < len(tokens) and tokens[k].lower == "gave":
        return _gave_a_side_the_lead(tokens, k + 1)
    return (
        k + 1 < len(tokens)
        and tokens[k].lower in _SCORES
        and (tokens[k + 1].lower in _A_GOALS_WORDS or tokens[k + 1].text == ".")
    )


def _gave_a_side_the_lead(tokens: list[Token], k: int) -> bool:
    """A side in capitals after "gave", maybe past "the", then "the lead" or "an early lead":
    what a scorer does ("Bukayo Saka gave the Gunners the lead")."""
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    if k >= len(tokens) or not tokens[k].is_cap:
        return False
    while k < len(tokens) and tokens[k].is_cap and tokens[k].is_word:
        k += 1
    return (
        k + 2 < len(tokens)
        and tokens[k].lower in {"the", "an"}
        and (
            tokens[k + 1].lower == "lead"
            or (
                tokens[k + 1].lower in {"early", "late", "deserved"}
                and tokens[k + 2].lower == "lead"
            )
        )
    )


# What a player does to the score, the name right before it: "scored", and "equalised" or
# "levelled" for a side ("Yoane Wissa equalised with a header", "Joao Pedro levelled from the
# penalty spot").
_SCORES: Final = words_set("scored equalised equalized levelled leveled")


def _speaks_past_who(tokens: list[Token], end: int) -> bool:
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


# An actor's verbs after "who": "who plays the Doctor", "who voiced Peppa".
_ACTORS_VERBS: Final = words_set("plays played voices voiced portrays portrayed")

# The modals and copulas before an actor's "return as" or "star as": "would return as".
_BEFORE_PLAYING: Final = words_set("will would is was to")


def _an_actors_clause(tokens: list[Token], end: int) -> bool:
    """A name that an actor's clause follows: ", who plays" or ", who voiced" ("Ncuti Gatwa, who
    played the Doctor,"), or a modal and "return as" or "star as" ("Varada Sethu would return
    as Belinda Chandra"): a person's, as no horse or firm acts a part (not "Jethro Tull are to
    play a farewell tour", a band's)."""
    if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower == "who":
        return tokens[end + 2].lower in _ACTORS_VERBS
    k = end
    while k < len(tokens) and k - end < 3 and tokens[k].lower in _BEFORE_PLAYING:
        k += 1
    if k == end or k + 1 >= len(tokens):
        return False
    return tokens[k].lower in {"return", "star"} and tokens[k + 1].lower == "as"


def _someone_past_who(tokens: list[Token], end: int) -> bool:
    """One word that speaks past a "who" clause (`_speaks_past_who`), not of "they": a surname
    said of as someone's ("Mabuse, who won Strictly twice, said it was a dream"; not "Leeds, who
    are top of the league, said they")."""
    if not _speaks_past_who(tokens, end):
        return False
    k = _next_comma(tokens, end + 2)
    return k + 2 >= len(tokens) or tokens[k + 2].lower not in {"they", "their"}


# What a side's "who" clause opens with: "Leeds, who are top of the league,".
_PLURAL_AFTER_WHO: Final = words_set("are were have")


def _one_who_said_he_or_she(tokens: list[Token], end: int) -> bool:
    """One word that speaks past a "who" clause in the singular and says "he" or "she" of its
    own clause: someone known by one name ("Raye, who won six Brit Awards in March, said she
    was overwhelmed"; not "Leeds, who are top of the league, said he would stay", a side)."""
    if not _speaks_past_who(tokens, end) or tokens[end + 2].lower in _PLURAL_AFTER_WHO:
        return False
    k = _next_comma(tokens, end + 2)
    return k + 2 < len(tokens) and tokens[k + 2].lower in {"he", "she"}


# What a manager says of "his" or "her" as the side they run: "his players", "her squad".
_SIDES: Final = words_set("side players team squad men women")


def _said_of_his_side(tokens: list[Token], end: int) -> bool:
    """A name before "said" or "says" and "his" or "her" side, players or team: a manager's, who
    news names by surname alone ("Emery said his players had been brave"; not "Villa said their
    players", nor "Villa said its")."""
    return (
        end + 2 < len(tokens)
        and tokens[end].lower in {"said", "says"}
        and tokens[end + 1].lower in {"his", "her"}
        and tokens[end + 2].lower in _SIDES
    )


def _said_of_his_own(tokens: list[Token], end: int) -> bool:
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


# What a person does to a part or a work, or to a horse or a player, before "by" and their name:
# "played by Dev Patel", "trained by Martin Pipe" (not "owned by", "published by", "managed
# by": a firm's acts too).
_CREDITS: Final = words_set(
    "played voiced portrayed directed written presented hosted narrated trained ridden coached"
)


# An artist's or a writer's works, before "by" and their maker's name: "a painting by LS Lowry",
# "the books by PL Travers" (not songs or albums, which bands make).
_MADE_BY_SOMEONE: Final = words_set(
    """painting paintings portrait portraits sculpture sculptures drawing drawings watercolour
    watercolours novel novels poem poems book books"""
)


def _credited_by(tokens: list[Token], start: int) -> bool:
    """A name after "by" and a verb of acting, directing, writing or presenting, or an artist's
    or a writer's work ("a painting by LS Lowry"): a person."""
    return (
        start > 1
        and tokens[start - 1].lower == "by"
        and (tokens[start - 2].lower in _CREDITS or tokens[start - 2].lower in _MADE_BY_SOMEONE)
    )


def _founded_by(tokens: list[Token], start: int) -> bool:
    """A name after "founded by" or "co-founded by": its founder's ("was founded by Eben Upton as a
    charity"); asked only of a full name that no list makes a body's or a person's."""
    return (
        start > 1
        and tokens[start - 1].lower == "by"
        and tokens[start - 2].lower in {"founded", "co-founded"}
    )


def _a_works_maker(tokens: list[Token], start: int) -> bool:
    """A name after a work's noun and "by", whose ", which" is said of the work ("the play by
    Agatha Christie, which opened in 1952"): the maker, no firm."""
    return start > 1 and tokens[start - 1].lower == "by" and tokens[start - 2].lower in WORK_NOUNS


def _a_credited_given_name(tokens: list[Token], start: int, j: int) -> bool:
    """A known given name and one more word, a place's too, after a verb of writing or acting and
    "by" (`_credited_by`), or opening a sentence whose verb has "his" or "her" for its own
    (`_a_persons_own_pronoun`): a person's ("written by Tony Jordan", "played by Jack London",
    "John Denver wrote it for his wife")."""
    return (
        j - start == 2
        and is_given_name(tokens[start].text)
        and (_credited_by(tokens, start) or _a_persons_own_pronoun(tokens, start, j))
    )


def _a_titled_works_name(tokens: list[Token], i: int, end: int) -> bool:
    """A name with a courtesy title between an article (or "new", "latest") and a work's noun,
    the name of a work or of the character it is named after: "a new Mr Bean film", "the Mrs
    Brown movie"."""
    return (
        i > 0
        and end < len(tokens)
        and tokens[i - 1].lower in {"a", "an", "the", "new", "latest", "next"}
        and tokens[end].lower in WORK_NOUNS
    )


def _billed(tokens: list[Token], start: int, end: int) -> bool:
    """A full name with a known given name that a starring verb takes, first or after "and" past
    another such name: an actor ("The film starred Renee Zellweger and Hugh Grant")."""
    if end - start < 2 or not is_given_name(tokens[start].text) or start == 0:
        return False
    k = _before_joined_name(tokens, start)
    if k < start - 1 and (k == start - 2 or not is_given_name(tokens[k + 1].text)):
        return False  # past "and", no name or none with a known given name
    return tokens[k].lower in _STARS


def _before_joined_name(tokens: list[Token], start: int) -> int:
    """Where the word governing a name at `start` stands: just before it or, when "and" comes
    before it, before the run of capitalised words that "and" joins it to ("starred Renee
    Zellweger and Hugh Grant"); less than `start - 1` exactly when "and" was passed."""
    k = start - 1
    if tokens[k].lower == "and":
        k -= 1
        while k > 0 and tokens[k].is_cap and tokens[k].is_word:
            k -= 1
    return k


# What a player scores, before "from" and their name: "a late goal from Mikey Devlin".
_SCORED: Final = words_set(
    """goal goals try tries header headers penalty penalties strike strikes brace double
    hat-trick free-kick volley equaliser winner opener century"""
)


def _scored_by(tokens: list[Token], start: int, end: int) -> bool:
    """A full name after "from" and what a player scores, or joined by "and" to one so placed:
    "a late goal from Mikey Devlin", "tries from Jake Varley and Tom Orr" (a team scores "for")."""
    if end - start < 2 or start < 2:
        return False
    k = _before_joined_name(tokens, start)
    if k < start - 1 and start - 1 - k < 3:  # past "and", no full name before it
        return False
    return k > 0 and tokens[k].lower == "from" and tokens[k - 1].lower in _SCORED


def _a_surname_like_a_things(
    tokens: list[Token], start: int, end: int, role: list[Token] | None
) -> bool:
    """A given name and a surname that also ends the name of a law, a day or an event ("Law",
    "Day", "Bill"), marked a person by a role, a verb of saying or an actor's billing: "Jude Law
    said", "actress Doris Day", "The film stars Jude Law" (not "Victoria Day", "Martial Law")."""
    return (
        end - start == 2
        and is_given_name(tokens[start].text)
        and known_name_word(tokens[start + 1].text)
        and (
            bool(role)
            or speech_next_to(tokens, start, end)
            or (start > 0 and tokens[start - 1].lower in _STARS)
        )
    )


# The bodies a region has, after its name: "Kent Police", "Bradford Council".
_A_REGIONS_BODIES: Final = frozenset({"police", "council"})


def _a_persons_name_like_a_place(
    tokens: list[Token], i: int, start: int, j: int, alias: str | None
) -> bool:
    """A given name and a surname that ends a place's or a body's name too ("Hall", "Church",
    "Park"), after a courtesy title, a person's title or a doer's word or before "said":
    "Professor Wendy Hall", "Dr Tom Church", "creator Nick Park", "Nick Park said", "Charlotte
    Church has released her first album", "Lee Hall, who wrote the book," (not "Queen Elizabeth
    Hall", a venue, nor "Hyde Park", nor "William Hill said its", a bookmaker)."""
    if j - start != 2 or not first_name_like(tokens[start].text):
        return False
    if start > i and tokens[start - 1].lower == "royal":
        return False  # "The Royal Albert Hall said": a venue's, as no one is titled "Royal"
    if not is_given_name(tokens[start].text):
        # a given name that is a place's too ("Charlotte") with a person's own "her"
        return start == i and _a_persons_own_pronoun(tokens, start, j)
    last = tokens[start + 1]
    if last.lower not in PLACE_SUFFIXES and last.lower not in ORG_SUFFIXES:
        return False
    if last.lower in _A_REGIONS_BODIES and is_region_word(tokens[start].text):
        return False  # "Kent Police said", "Bradford Council said": the police or the council
    if not (common_surname(last.text) or is_given_name(last.text)):
        return False  # a surname too rare to outweigh the word: "Alba Party said", "City"
    if _a_plural_bodys_word(last.lower):
        return False  # a body's word in the plural is no one's surname: "Sky Sports said"
    if alias or (
        j < len(tokens)
        and tokens[j].lower in {"said", "says"}
        and not first_pronoun_its(tokens, j)  # "William Hill said its profits", a bookmaker
    ):
        return True
    if _an_apposition_that_speaks(tokens, start, j):
        return True  # "ITV's head of drama, Polly Hill, said"
    if start == i and _who_after(tokens, start, j):
        return True  # "Lee Hall, who wrote the book, said": "who" is said of a person alone
    if start == i and said_as_someone_past_an_apposition(tokens, j):
        return True  # "Frances Hall, a solicitor at the firm, said she"
    if start == i and start > 0 and not tokens[start - 1].is_cap and _a_job_word(tokens[start - 1]):
        return True  # a doer's word before the name: "Wallace and Gromit creator Nick Park"
    if start == i and _a_persons_own_pronoun(tokens, start, j):
        return True  # "Charlotte Church has released her first album"
    title = tokens[start - 1] if start > i else None
    return (
        title is not None
        and is_title_word(title.text)
        and title.lower not in _ROYALS
        and title.lower != "royal"
    )


# Words before a place's name: "a shop on Long Island, who …" (whose "who" is someone else's).
_BEFORE_A_PLACE: Final = frozenset({"in", "on", "at", "from", "to", "of", "near"})


def _who_after(tokens: list[Token], start: int, j: int) -> bool:
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


def _an_apposition_that_speaks(tokens: list[Token], start: int, j: int) -> bool:
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


# How often a surname may be met in English text (Zipf): "Guardiola" 3.0, "Talk" 5.4, "Bottom" 4.4.
_COMMON_IN_ENGLISH: Final = 3.5


def _a_job_holders_name(tokens: list[Token], start: int, j: int) -> bool:
    """Two words right after a doer's word, the first a common English word that no list knows as
    a given name, the last no English word, no given name and no place's: the name of the person
    holding the job ("Manager Pep Guardiola", "City assistant Pep Lijnders"; not "director Royal
    Mail", nor "Bishop Auckland", nor "Drinks producer Allied Domecq")."""
    job = tokens[start - 1]
    if j - start != 2 or not _a_job_word(job) or job.lower in ORG_NOUNS or job.lower in BODY_NOUNS:
        return False  # a body's noun too: "Drinks producer Allied Domecq"
    if start > 1 and tokens[start - 2].lower == "to":
        return False  # a verb: "to assist Kurdish Peshmerga"
    first, last = tokens[start].text, tokens[start + 1].text
    return (
        first.istitle()
        and last.istitle()
        and last.isalpha()
        and name_key(first) not in DEMONYMS
        and is_thing_word(first)
        and not is_given_name(first)
        and not is_thing_word(last)
        and english_zipf(last.lower()) < _COMMON_IN_ENGLISH
        and not is_given_name(last)
        and last.lower() not in ORG_SUFFIXES
        and last.lower() not in PLACE_SUFFIXES
        and not is_place_name(last)
    )


def _a_plural_bodys_word(low: str) -> bool:
    """A body's last word that is the plural of an English word: "sports", "stores", "records"
    (not "Sachs", "Press", surnames too)."""
    return (
        low in ORG_SUFFIXES
        and low.endswith("s")
        and not low.endswith("ss")
        and english_zipf(low[:-1]) >= 3.0
    )


def _named_after_a_royal(role: list[Token] | None, words: Sequence[str]) -> bool:
    """A royal title, a given name and a common English word that is no given name: a royal is
    named by title and given names alone ("King Juan Carlos", "Prince Harry"), so the word is a
    thing's ("King James Bible", "Queen Elizabeth Hospital")."""
    return (
        bool(role)
        and role[-1].lower in _ROYALS  # type: ignore[index]
        and len(words) > 1
        and is_given_name(words[0])
        and words[-1][1:].islower()  # a word, no regnal number: "King Charles I", "George VI"
        and is_common_word(words[-1])
        and not is_given_name(words[-1])
    )


def _a_royals_race(role: list[Token] | None, words: Sequence[str]) -> bool:
    """A royal's title before common English words the first of which is no given name: a race,
    a cup or a building named after a royal ("Queen Mother Champion Chase", "King George Gold
    Cup"), as a royal is named by given names ("Queen Mother Elizabeth")."""
    return (
        bool(role)
        and any(t.lower in _ROYALS for t in role)  # type: ignore[union-attr]
        and len(words) > 1
        and not is_given_name(words[0])
        and all(w[1:].islower() and is_common_word(w) for w in words)
    )


def _the_royals_name(tokens: list[Token], start: int, end: int) -> bool:
    """ "the", a royal's title and one name: a race, a ship or a pub named after a royal ("won
    the King George at Kempton", "sailed on the Queen Mary"), as British copy writes a royal
    with no article ("King George", "the late King George")."""
    return (
        end - start == 1
        and start >= 2
        and tokens[start - 1].lower in _ROYALS
        and tokens[start - 2].lower == "the"
    )


def _a_royal_numbered(role: list[Token] | None, tokens: list[Token], end: int) -> bool:
    """A royal title and a name with an Arabic numeral after it: a ship or a thing named after a
    royal ("Queen Mary 2"), as a royal's number is a Roman one ("George VI")."""
    return (
        bool(role)
        and role[-1].lower in _ROYALS  # type: ignore[index]
        and end < len(tokens)
        and tokens[end].text.isdigit()
    )


def _a_royal_in_a_title(role: list[Token] | None) -> bool:
    """A royal title after "of" and the words of a title before it: a work's ("The Madness of
    King George"), as a royal's office names its realm after the title ("King of Spain")."""
    return (
        bool(role)
        and len(role) > 2  # type: ignore[arg-type]
        and role[-1].lower in _ROYALS  # type: ignore[index]
        and role[-2].lower == "of"  # type: ignore[index]
        and role[0].is_cap  # type: ignore[index]
        and not role[0].is_head  # type: ignore[index]
    )


# Words before a noun that make it a verb: "to show Mr Smith", "they play Mrs Brown".
_BEFORE_A_VERB: Final = words_set("to will would can could may might must should they we i you")


def _a_works_titled_name(tokens: list[Token], run_start: int, start: int) -> bool:
    """A courtesy title and a name right after a noun for a work in lower case: the work's title
    ("The musical Mrs Doubtfire", "the film Mr Holmes"; not "the company Mr Smith founded", a
    body's noun, nor "will play Mrs Brown", a verb)."""
    if run_start == start or run_start == 0 or not tokens[run_start].is_courtesy:
        return False
    before = tokens[run_start - 1]
    return (
        before.lower in WORK_NOUNS
        and before.lower != "model"
        and not before.is_cap
        and not (run_start > 1 and tokens[run_start - 2].lower in _BEFORE_A_VERB)
    )


def _a_thing(tokens: list[Token], run_start: int, start: int, end: int) -> bool:
    """A name introduced as a work, a fiction, or one of several things a title names; a name
    (with the title before it from `run_start`) that is a character of a story or a ship's; a
    body whose chief executive or owner is named; a horse that won by lengths; a place or an
    event headed for."""
    return (
        introduced_as_a_thing(tokens, start)
        or _a_works_titled_name(tokens, run_start, start)
        or a_character(tokens, run_start, end)
        or a_titled_work(tokens, run_start, start, end)
        or fictional_before(tokens, start)
        or after_a_plural_title(tokens, start, end)
        or after_a_titles_possessive(tokens, start)
        or before_a_publications_noun(tokens, end)
        or headed_as_a_body(tokens, start, end)
        or credited_as_a_work(tokens, end)
        or a_part_named(tokens, run_start, start)
        or a_creation(tokens, run_start)
        or (opens_a_clause(tokens, run_start) and told_a_work(tokens, end))
        or won_by_a_distance(tokens, run_start, end)
        or after_a_ships_noun(tokens, run_start)
        or headed_for(tokens, run_start)
    )


# Nouns for a body that are a person's trade too: "broadcaster ITV", "broadcaster Gary Lineker".
BODYS_OR_PERSONS: Final = words_set("broadcaster bookmaker")


def _after_a_bodys_noun(tokens: list[Token], start: int, end: int) -> bool:
    """A full name with a known given name right after a body's noun, in lower case or opening
    the sentence: "Retailer Julian Dunkerton", "retailer John Lewis"."""
    return _after_a_noun_of(BODY_NOUNS, tokens, start, end)


def _a_broadcasters_name(tokens: list[Token], start: int, end: int) -> bool:
    """A full name with a known given name right after a noun for a body that is a person's trade
    too, in lower case or opening the sentence: a possible person ("Broadcaster Gary Lineker"),
    no firm for sure ("Bookmaker William Hill")."""
    return _after_a_noun_of(BODYS_OR_PERSONS, tokens, start, end)


def _after_a_noun_of(nouns: frozenset[str], tokens: list[Token], start: int, end: int) -> bool:
    """A full name with a known given name right after one of `nouns`, in lower case or opening
    the sentence."""
    if start == 0 or end - start < 2 or tokens[start - 1].lower not in nouns:
        return False
    noun = tokens[start - 1]
    opens = not any(t.is_word for t in tokens[: start - 1])
    return (not noun.is_cap or opens) and is_given_name(tokens[start].text)


def _spoken(tokens: list[Token], start: int, end: int) -> bool:
    """A verb of saying beside a full name that speaks: not a body speaking of its own ("Merrill
    Lynch said its"), nor a name that a body's noun follows, the subject of what was said ("said
    Johnnie Walker sales rose"), nor one after a preposition ("analysts at Merrill Lynch said")."""
    after = tokens[end] if end < len(tokens) else None
    if start > 0 and tokens[start - 1].lower in PREPOSITIONS and not tokens[start - 1].is_cap:
        return False  # "analysts at Merrill Lynch said": who speaks stands before "at"
    if _what_was_said_of(tokens, start, end):
        return False  # "Ms Gold said Ann Summers was …": the speaker stands before "said"
    return (
        speech_next_to(tokens, start, end)
        and not speaks_of_its_own(tokens, end)
        and not speaks_of_its_figures(tokens, end)  # "Ted Baker said pre-tax profits rose"
        and not a_firms_act(tokens, start, end)  # "Laura Ashley announced a fall in profits"
        and not tells_a_story(tokens, end)  # "Billy Elliot tells the story of"
        and not (after is not None and not after.is_cap and after.lower in BODYS_NOUNS)
    )


# Verbs that open a reported clause after its subject: "said Ann Summers was".
_FINITE: Final = words_set("is was has had will would could can may might must should does did")

# Who speaks, written before "said" (a name in capitals, or one of these).
_SUBJECT_PRONOUNS: Final = words_set("he she they it we i")


def _what_was_said_of(tokens: list[Token], start: int, end: int) -> bool:
    """A name between a speaker's "said" and a verb, maybe after an adverb, the subject of what
    was said: "Ms Gold said Ann Summers was a success", "The firm said Bertie Bassett, its
    mascot, would feature", "The buyer said Molton Brown would", "Frasers, controlled by Mike
    Ashley, said Jack Wills would", "Lord Wolfson said Laura Ashley still had", "Ms Berg said
    Ted Baker and Dune were"; not "“…,” said Tom Smith", nor "said Tom Smith, who was"."""
    if start < 2 or end >= len(tokens) or tokens[start - 1].lower not in {"said", "says"}:
        return False
    speaker = tokens[start - 2]
    if speaker.text == ",":  # past an aside: "Frasers, controlled by Mike Ashley, said"
        speaker = tokens[_before_an_aside(tokens, start - 2)]
    if not speaker.is_word:
        return False  # a quotation's mark or comma: "“…,” said Tom Smith"
    k = _past_an_apposition(tokens, end)
    if tokens[k].lower in _STILL_OR_NOW and k + 1 < len(tokens):
        k += 1  # "said Laura Ashley still had"
    if tokens[k].lower == "and" and k + 2 < len(tokens) and tokens[k + 1].is_cap:
        return tokens[k + 2].lower in _PLURAL_FINITE  # two said of together: "and Dune were"
    return tokens[k].lower in _FINITE


# Adverbs between the subject of what was said and its verb: "said Laura Ashley still had".
_STILL_OR_NOW: Final = words_set("still now also already")


def _before_an_aside(tokens: list[Token], comma: int) -> int:
    """The word before an aside set off by commas that closes at tokens[comma] ("Frasers,
    controlled by Mike Ashley, said", "Gordon Brothers, which owns the brand, said"): the
    speaker's last word; `comma` itself when no such aside closes there."""
    for k in range(comma - 2, max(0, comma - 12), -1):
        if tokens[k].text == ",":
            return k - 1 if k > 0 and tokens[k - 1].is_word else comma
        if not tokens[k].is_word and not tokens[k].text.isdigit():
            return comma
    return comma


def _a_pairs_last_word(tokens: list[Token], start: int) -> bool:
    """A lone word after "and" and one word in capitals that no name runs into: the last word
    of a name of two joined by "and", a firm's ("Marks and Spencer", "Fortnum and Mason"; not
    "Tom Smith and Jones"), or a double act's, whose full names the article gives."""
    if start < 2 or tokens[start - 1].lower != "and":
        return False
    first = tokens[start - 2]
    return (
        first.is_word
        and first.is_cap
        and not first.possessive
        and (start == 2 or not tokens[start - 3].is_cap)
    )


# How common in English a word is at least to be read as a word, not a coined name: "Police".
_A_WORDS_ZIPF: Final = 3.0


def _a_lone_sayer(tokens: list[Token], start: int) -> str | None:
    """Who said what follows "said" at `start`, when it is one word in capitals that opens the
    sentence, a coined name (no known given name, rare in English text), maybe past an aside:
    "Hasbro" of "Hasbro said", "Hasbro, which owns the brand, said" (not "Chelsea said", a
    given name too, nor "Police said", a word, nor "Brighton boss Hurzeler said")."""
    if start < 2:
        return None
    k = start - 2
    if tokens[k].text == ",":
        k = _before_an_aside(tokens, k)
    sayer = tokens[k]
    if (
        sayer.is_word
        and sayer.is_cap
        and english_zipf(sayer.lower) < _A_WORDS_ZIPF
        and not first_name_like(sayer.text)
        and not any(t.is_word for t in tokens[:k])
    ):
        return sayer.text
    return None


def _said_of(tokens: list[Token], start: int, end: int) -> bool:
    """A name right after "said" or "says" and before a verb, past an apposition or "and" and
    another word in capitals: the subject of what was said, whoever said it ("Chris Dawson, who
    owns The Range, said Wilko would", "said Marks and Spencer had won back shoppers")."""
    if start == 0 or end >= len(tokens) or tokens[start - 1].lower not in {"said", "says"}:
        return False
    k = _past_an_apposition(tokens, end)
    if tokens[k].lower == "and" and k + 2 < len(tokens) and tokens[k + 1].is_cap:
        # "said Marks and Spencer had", "said Claude and ChatGPT were": two said of together
        return tokens[k + 2].lower in _FINITE or tokens[k + 2].lower in _PLURAL_FINITE
    return tokens[k].lower in _FINITE


# The plural verbs that open a reported clause after two subjects: "said Alexa and Siri were".
_PLURAL_FINITE: Final = words_set("were are have")


# Done only to a record, a song, a product or a show, in the passive: "had been streamed", "would
# no longer be sung" (not "sold", "released" or "recalled", which players are too).
_THINGS_PASSIVES: Final = words_set(
    """streamed downloaded remastered reissued discontinued installed upgraded manufactured
    launched priced sung"""
)


# The passives of `_THINGS_PASSIVES` that a thing's name anywhere takes, not a horse's or a
# player's ("was installed as favourite", "is priced at 5-1").
_MADE_THINGS_PASSIVES: Final = _THINGS_PASSIVES - words_set("installed priced upgraded")


def _a_things_passive(
    tokens: list[Token], end: int, passives: frozenset[str] = _THINGS_PASSIVES
) -> bool:
    """A one-word name after "said", before a passive done only to things ("said Michelle had
    been streamed 1.2 million times"), maybe with a modal or an adverb in lower case between;
    with `passives`, one of those ("since Siri was launched")."""
    for k in range(end, min(len(tokens), end + 5)):
        t = tokens[k]
        if not t.is_word or t.is_cap:
            return False
        if t.lower in passives:
            return k > end and tokens[k - 1].lower in {"been", "be", "was", "is", "were", "are"}
    return False


def _past_an_apposition(tokens: list[Token], end: int) -> int:
    """Past an apposition set off by commas right after a name (", the mascot of its sweets,"):
    where the sentence goes on; `end` when none (or one that does not close) follows."""
    if tokens[end].text != "," or end + 1 >= len(tokens) or not tokens[end + 1].is_word:
        return end
    for k in range(end + 2, min(len(tokens) - 1, end + 12)):
        if tokens[k].text == ",":
            return k + 1
        if not tokens[k].is_word:
            return end
    return end


def _hinted(
    hint: bool,
    kind: EntityKind | None,
    text: str,
    role: str | None = None,
    alias: str | None = None,
    evidence: bool = False,
) -> Candidate:
    return Candidate(kind, text, role, alias, evidence, thing_hint=hint)


def _after_a_titles_the(tokens: list[Token], start: int) -> bool:
    """A name right after "The" in capitals inside a sentence: the words of a title ("author of
    The Age of Oversupply", "the writer of The Da Vinci Code"), as a person's name takes no
    article."""
    return (
        start > 1
        and tokens[start - 1].text == "The"
        and any(t.is_word for t in tokens[: start - 1])
        and tokens[start - 2].text not in _OPENING_MARKS
    )


# Marks after which a capital opens a sentence or a title quoted: "“The Age", ": The".
_OPENING_MARKS: Final = frozenset({"“", '"', "‘", "'", ":", "(", "—", "–", "-"})


def _after_the(tokens: list[Token], start: int) -> bool:
    return start > 0 and tokens[start - 1].text == "the"


_RELATIVES: Final = words_set("who which whose whom")


def _the_verb_after_a_clause(tokens: list[Token], start: int, end: int) -> bool:
    """A name closing a relative clause set off by commas and, after its comma, a lower-case word
    that opens no description ("Shane Richie, who plays Alfie Moon, won best actor"): the
    sentence's verb, no apposition of the name (not "agents for Fulgencio Batista, the Cuban
    dictator", "chief of staff to Leon Panetta, then the CIA director")."""
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return False
    after = tokens[end + 1]
    if (
        after.lower == "also"
        and end + 2 < len(tokens)
        and tokens[end + 2].lower in _VERBS_AFTER_ALSO
    ):
        after = tokens[end + 2]  # "Lennie James, who plays Barrington Walker, also won"
    elif after.is_cap or not after.is_word or after.is_head or after.lower in _DESCRIPTION_OPENS:
        return False
    k = start - 1
    while k >= 0 and tokens[k].text != ",":
        if tokens[k].lower in _RELATIVES:
            return k > 0 and tokens[k - 1].text == ","
        k -= 1
    return False


# Verbs of a clause's subject after "also", which then opens no description: "also won best
# actor", "also said" (not "also a director", "also known as").
_VERBS_AFTER_ALSO: Final = words_set(
    """won wins said says told tells took takes made makes became becomes has had was is will
    played plays starred stars appeared appears received receives picked"""
)

# Words that open a description after a name's comma: "the Cuban dictator", "then the director".
_DESCRIPTION_OPENS: Final = words_set("the a an his her their its then former now later once also")
