"""The candidate a name makes, judged by its words and by what stands beside it."""

from __future__ import annotations

import re
from typing import Final, TypeAlias

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import (
    COMMON_WORDS,
    DEMONYMS,
    NOT_ENTITY_SUFFIXES,
    ORG_SUFFIXES,
    name_key,
)
from briefings.analysis.people.finding.candidates.candidate import Candidate, hinted
from briefings.analysis.people.finding.candidates.credits import (
    a_credited_given_name,
    a_titled_works_name,
    a_works_maker,
    an_actors_clause,
    billed,
    credited_by,
    founded_by,
)
from briefings.analysis.people.finding.candidates.jobs import (
    a_broadcasters_name,
    a_job_holders_name,
    a_job_word,
    after_a_bodys_noun,
)
from briefings.analysis.people.finding.candidates.own_pronouns import (
    a_persons_own_pronoun,
    his_or_her_after_a_modal,
    speaks_past_who,
)
from briefings.analysis.people.finding.candidates.players import (
    a_clubs_manager_said_as_someone,
    a_dancers_partner,
    after_a_performers_noun,
    off_the_bench,
    said_of_his_side,
    scored,
    scored_by,
    sent_off,
)
from briefings.analysis.people.finding.candidates.run_words import (
    a_calendar_given_name,
    a_courtesy_title_before_a_word,
    a_foreign_title,
    a_given_name_after_a_bodys_possessive,
    a_given_name_before_a_title,
    a_given_name_before_a_verb,
    after_a_knights_style,
    joined_initials,
)
from briefings.analysis.people.finding.candidates.speaking import (
    MADE_THINGS_PASSIVES,
    a_lone_sayer,
    a_pairs_last_word,
    a_subject_said_of,
    a_things_passive,
    spoken,
    the_verb_after_a_clause,
)
from briefings.analysis.people.finding.candidates.things import (
    a_bodys_person,
    a_persons_name_like_a_place,
    a_royal_in_a_title,
    a_royal_numbered,
    a_royals_race,
    a_surname_like_a_things,
    a_thing,
    after_a_titles_the,
    after_the,
    named_after_a_royal,
    the_royals_name,
)
from briefings.analysis.people.finding.cuts import (
    ABBREVIATED_JOBS,
    ACRONYM,
    DESCRIBING_ENDS,
    a_nationals_name,
)
from briefings.analysis.people.finding.listed_among_people import listed_among_people
from briefings.analysis.people.finding.nations_pairs import paired_with_a_nations_person
from briefings.analysis.people.finding.runs import cap_at, run_text
from briefings.analysis.people.finding.world_records import sets_a_world_record
from briefings.analysis.people.own_words.name_words import (
    INITIAL,
    looks_like_name,
    not_name_word,
    thing_named,
)
from briefings.analysis.people.own_words.nature import (
    is_plural_thing,
    is_thing_surname,
    name_nature,
    thing_words,
)
from briefings.analysis.people.roles.appositions import (
    org_description,
    role_after,
    role_before_comma,
)
from briefings.analysis.people.roles.occupations import (
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
from briefings.analysis.people.roles.roles import role_before, speech_next_to
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.appositions import described_as_a_work, someones_work
from briefings.analysis.people.things.body_words import PREPOSITIONS
from briefings.analysis.people.things.clauses import (
    a_subject_which,
    first_pronoun_its,
    its_pronoun_after,
    owns_its,
    said_as_someone,
    said_as_someone_past_an_apposition,
    speaks_of_theirs,
)
from briefings.analysis.people.things.firms.brands import (
    a_measure_of,
    a_products_plus,
    its_own_product,
    made_by_a_firm,
)
from briefings.analysis.people.things.firms.described import (
    described_as_a_business,
    spoken_for_by_a_business,
    told_of_by_which_as_a_firm,
)
from briefings.analysis.people.things.firms.figures import sales_of_a_possessive
from briefings.analysis.people.things.firms.heads_and_rivals import a_things_rival, joined_from
from briefings.analysis.people.things.introduced import after_a_persons_possessive
from briefings.analysis.people.things.places import a_seat, said_of_as_a_place
from briefings.analysis.people.things.standing import ridden, where_things_stand
from briefings.analysis.people.things.works.characters import (
    a_titled_name_shown,
    a_titled_name_starred_in,
    a_titled_possessive_in_a_title,
    before_a_works_maker,
)
from briefings.analysis.people.things.works.done_to import (
    a_possessive_title,
    a_song_by_a_plural_band,
    a_statues_name,
    by_someone,
    called_an_animal,
    made_with_no_object,
    object_of_a_things_verb,
    starring_someone,
    voted_a_work,
    written_out,
)
from briefings.analysis.people.things.works.parts import a_titled_brand
from briefings.analysis.people.things.works.parts_played import a_part_played, a_titled_part
from briefings.analysis.people.things.works.series import (
    cancelled_after_a_series,
    recommissioned,
    returns_for_a_series,
)
from briefings.analysis.people.things.works.versus import versus_a_titles_the
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word
from briefings.analysis.speech.words import STYLES

# A regnal number of two letters or more: "II", "VI", "XIV" (not "I", "V" or "X", initials too).
_REGNAL: Final = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
_REGNAL_LETTERS: Final = ("I", "V", "X")  # what one opens with

# Prefixes of a word for or against someone: "Anti-Trump", "Pro-Brexit".
_FOR_OR_AGAINST: Final = ("anti-", "pro-")

_CONTRACTION: Final = re.compile(r"[’'](?:ve|ll|re|d|m|t)\b")


# What `name_nature` says of a name that makes it no one's.
_NOT_PEOPLES: Final = frozenset({"thing", "organisation", "place"})


class _Name:
    """The name being judged: tokens[start:j] of the run tokens[i:j] of `sentence`, its text and
    its words in lower case. (A plain class: a dataclass's generated __init__ stays interpreted
    in the compiled build, and one is made for every name.)"""

    def __init__(
        self,
        sentence: str,
        tokens: list[Token],
        i: int,
        start: int,
        j: int,
        at_start: bool,
        alias: str | None,
        described: bool,
    ) -> None:
        self.sentence = sentence
        self.tokens = tokens
        self.i = i
        self.start = start
        self.j = j
        self.at_start = at_start
        self.alias = alias
        self.described = described
        self.name = tokens[start:j]
        self.text = run_text(sentence, self.name)
        self.words = [t.lower for t in self.name]


class _Undecided:
    """What a step answers when it leaves the name to the steps after it."""


_UNDECIDED: Final = _Undecided()

# A step's answer: the candidate, None when the name names nothing, or _UNDECIDED.
_Verdict: TypeAlias = Candidate | _Undecided | None


def judged(
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
    n = _Name(sentence, tokens, i, start, j, at_start, alias, described)
    name, text = n.name, n.text
    found = _by_its_words(n)
    if found is _UNDECIDED:
        found = _a_work_or_a_firm_by_what_follows(n)
    if not isinstance(found, _Undecided):
        return found
    role = _role_beside(n, titled_for)
    if role and role[-1].lower == "for" and a_seat(tokens, start, j):
        # "the Labour MP for Milton Keynes Central": the member's seat, read with the member's
        # title before it as a role, is a place
        return Candidate(None, text, not_a_person=True)
    role = _role_completed(n, role)
    if role and speakers_relation(tokens, role):
        # "“I have to take my brother Donald along”": a person, the speaker's relation, no job
        if len(name) == 1 and role[-1] is tokens[start - 1]:  # not "He’s my brother. We’re"
            return Candidate("person", text, evidence=True)
        role = None
    found = _marked_by_what_stands_beside(n, role)
    if not isinstance(found, _Undecided):
        return found
    # whether the name is written where things stand, asked once (both tests below read it)
    hint: bool | None = None
    if not alias and role:
        hint = where_things_stand(tokens, start, j)
        if a_things_rival(tokens, role, hint):
            return hinted(True, None, text)  # "its smaller rival Freddie Mac"
    found = _a_thing_by_its_form(n, role)
    if not isinstance(found, _Undecided):
        return found
    if hint is None:
        hint = where_things_stand(tokens, start, j)
    knighted = after_a_knights_style(tokens, start, j)
    found = _a_body_or_a_thing_by_its_shape(n, role, hint, knighted)
    if found is _UNDECIDED:
        found = _a_person_by_its_role_or_speech(n, role, hint, knighted)
    if not isinstance(found, _Undecided):
        return found
    if len(name) >= 2:
        return _a_full_name(n, hint)
    return _a_lone_word(n, hint)


def _by_its_words(n: _Name) -> _Verdict:
    """What the name's own words settle: a kind the word lists know, a job holder's name, a
    foreign title, or words that are no one's name."""
    sentence, tokens, i, start, j, alias = n.sentence, n.tokens, n.i, n.start, n.j, n.alias
    name, text, words = n.name, n.text, n.words
    kind = kind_by_lists(text, words)
    if kind and a_persons_name_like_a_place(tokens, i, start, j, alias):
        # "Professor Wendy Hall", "Nick Park said": a person, whatever the surname ends
        role = role_before(tokens, start) or role_after(tokens, j)
        return Candidate("person", text, role=role_text(sentence, role), alias=alias, evidence=True)
    if not kind and len(name) == 1 and words[0] in ORG_SUFFIXES and after_the(tokens, start):
        kind = "organisation"  # "the Times said"
    if kind:
        role = org_description(tokens, j) if kind == "organisation" else None
        return Candidate(kind, text, role=role_text(sentence, role))
    if start <= i + 1 and a_job_holders_name(tokens, start, j):
        # "Manager Pep Guardiola said", "City assistant Pep Lijnders": a given name no list holds
        job = tokens[start - 1]
        role = [job] if job.is_cap else qualified_job(tokens, start)
        return Candidate("person", text, role=role_text(sentence, role), evidence=True)
    if words[0].startswith(_FOR_OR_AGAINST) or (len(name) == 1 and len(text.strip(".")) == 1):
        return None  # "Anti-Trump forces", "Pro-Brexit MPs", "X, Y and Z": no one's name
    if a_foreign_title(name):
        return Candidate(None, text, not_a_person=True)  # "Le Courrier Picard said"
    if name_key(text) in DEMONYMS or (
        all(not_name_word(w) for w in words)
        and not (start == i and a_given_name_before_a_title(tokens, i, j, n.at_start))
        and not (start == i and a_given_name_after_a_bodys_possessive(tokens, i, j))
    ):
        # no one's name, whatever stands beside it ("American", "The Government"): a thing when
        # introduced as one, else nothing
        return Candidate(None, text, not_a_person=True) if a_thing(tokens, i, start, j) else None
    return _UNDECIDED


def _a_work_or_a_firm_by_what_follows(n: _Name) -> _Verdict:
    """A work, a part, an animal, a statue or a firm, by what the sentence says of the name
    before any role is read beside it."""
    tokens, i, start, j, alias, text = n.tokens, n.i, n.start, n.j, n.alias, n.text
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
    if made_with_no_object(tokens, j):
        # "Mike Leigh said Vera Drake had taken two years to make.": the work made, whatever
        # else the article says of it
        return Candidate(None, text, not_a_person=True)
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
    if not alias and told_of_by_which_as_a_firm(tokens, j) and not a_works_maker(tokens, start):
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
    return _UNDECIDED


def _role_beside(n: _Name, titled_for: list[Token]) -> list[Token] | None:
    """The role written before, after or around the name, else the title it was read with."""
    tokens, start, j = n.tokens, n.start, n.j
    role = preferred_role(
        role_before(tokens, start),
        role_after(tokens, j) if not the_verb_after_a_clause(tokens, start, j) else None,
        role_before_comma(tokens, start, j),
    )
    if (role is None or all(t.lower in STYLES for t in role)) and not n.name[-1].possessive:
        # a possessive after a comma opens an apposition of the name before the comma ("Justin
        # King, Sainsbury's chief executive,"): that name is no office of the possessive's
        role = role_before_styles(tokens, start, j) or role
    return role or titled_for or None


def _role_completed(n: _Name, role: list[Token] | None) -> list[Token] | None:
    """The role read whole: a lower-case job with its qualifiers, the describing word stripped
    from the name, an occupation before or after it, jobs joined by "and"."""
    tokens, i, start, j = n.tokens, n.i, n.start, n.j
    if role and len(role) == 1 and role[0] is tokens[start - 1] and not role[0].is_cap:
        # a lower-case job alone read before the name, whose qualifiers are no title words:
        # "US chat show host Jay Leno" (not "host")
        role = qualified_job(tokens, start)
    if (
        n.described
        and not role
        and (
            is_title_word(tokens[i].text)
            or a_job_word(tokens[i])
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
    if not role and j - start > 1 and not the_verb_after_a_clause(tokens, start, j):
        role = occupation_after(tokens, j)  # "Graham Cluley, senior technology consultant"
    elif a_relation(role) and j - start > 1 and not the_verb_after_a_clause(tokens, start, j):
        role = occupation_after(tokens, j) or role  # "His daughter, Megan Lester, a nurse,"
    if role and role[-1] is tokens[start - 1]:
        role = joined_jobs(tokens, role)  # "Former prosecutor and New York City Mayor Rudy"
    return role


def _marked_by_what_stands_beside(n: _Name, role: list[Token] | None) -> _Verdict:
    """A person a body's noun describes, a broadcaster's name, or a product, a brand, a body or
    a work by what stands beside the name."""
    sentence, tokens, i, start = n.sentence, n.tokens, n.i, n.start
    j, alias, text = n.j, n.alias, n.text
    if after_a_bodys_noun(tokens, start, j) and said_as_someone(tokens, j):
        # "Retailer Julian Dunkerton said he", "Brewer Sam Smith, 81,": a person, who has an
        # age and is "he" or "she", that a body's noun describes
        role = [tokens[start - 1]]
        return Candidate("person", text, role=role_text(sentence, role), evidence=True)
    if a_broadcasters_name(tokens, start, j):
        # "Broadcaster Gary Lineker": no one unless the article marks the surname ("Lineker,
        # 64,": `extract`), as "Bookmaker William Hill" is a firm
        return Candidate(
            None, text, role=role_text(sentence, [tokens[start - 1]]), not_a_person=True
        )
    if (
        a_thing(tokens, i, start, j)
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
        or a_courtesy_title_before_a_word(tokens, start, j)
    ):
        # "its Miss Selfridge chain", "Mr Kipling had its best Christmas", "ride Mr Incredible",
        # "Mr Kipling maker Premier Foods" (a brand before its maker), "Mr Muscle", "Miss
        # Universe" (a courtesy title before a common word that is no one's name),
        # "Mr Brightside, by The Killers," (made by someone: a title, whatever its "Mr")
        return Candidate(None, text, not_a_person=True)
    if alias and (
        a_titled_works_name(tokens, i, j)
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
    return _UNDECIDED


def _a_thing_by_its_form(n: _Name, role: list[Token] | None) -> _Verdict:
    """A thing, a fragment or no one by how the name is written: after a title's "the", a
    person's possessive, "-trained", a word no name ends with, a regnal number."""
    sentence, tokens, start, j = n.sentence, n.tokens, n.start, n.j
    text, name, words = n.text, n.name, n.words
    if after_a_titles_the(tokens, start):  # a hint: "2012 The Obama hug" is a broken heading
        return Candidate(None, text, thing_hint=True)
    if not n.alias and start == n.i and after_a_persons_possessive(tokens, start, j):
        return Candidate(None, text, thing_hint=True)  # "Leonardo da Vinci's Mona Lisa draws"
    if j - start > 1 and words[-1].endswith(_SOMEONES_ACTS) and is_given_name(name[0].text):
        # a full name before what a person did to a horse or a work: its trainer, jockey,
        # director or designer ("The Paul Nicholls-trained horse", "a Sofia Coppola-directed
        # film"; not "the Tony Blair-style reform", nor "the Murdoch-owned paper")
        surname = name[-1].text.rsplit("-", 1)[0]
        return Candidate("person", f"{run_text(sentence, name[:-1])} {surname}")
    if (
        (words[-1] in NOT_ENTITY_SUFFIXES and not a_surname_like_a_things(tokens, start, j, role))
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
    return _UNDECIDED


def _a_body_or_a_thing_by_its_shape(
    n: _Name, role: list[Token] | None, hint: bool, knighted: bool
) -> _Verdict:
    """A firm, a body, a work or a place by the name's shape: an initial and a surname, two
    joined initials, an acronym, common words, words the lists make no one's, a royal's name."""
    tokens, start, j, alias, text, name = n.tokens, n.start, n.j, n.alias, n.text, n.name
    if not (role or alias) and j - start == 2 and _A_BARE_INITIAL.fullmatch(name[0].text):
        # an initial with no full stop and a surname: a British firm's name ("J Sainsbury",
        # "H Samuel"), as a person is named in full or by joined initials ("JK Rowling"),
        # unless it speaks as a person does ("J Smith said he")
        speech = spoken(tokens, start, j) and not first_pronoun_its(tokens, j)
        return hinted(hint, "person" if speech else None, text, evidence=speech)
    if not (role or alias) and j - start == 2 and joined_initials(name):
        # two initials written joined before a surname: how British copy names some people ("JK
        # Rowling", "LS Lowry") and some firms ("WH Smith", "JP Morgan"), a person when said of
        # as a man or a woman ("JK Rowling said she", "PL Travers, 78,") or when the article
        # makes the surname someone's ("Harry Potter author Rowling"), else no one
        someone = said_as_someone(tokens, j) or credited_by(tokens, start)
        return hinted(hint, "person" if someone else None, text, evidence=someone)
    last = name[-1].text.removesuffix("s")  # "Blairite MPs": members of a body
    if len(name) > 1 and ACRONYM.fullmatch(last) and not name[0].text.isupper():
        return hinted(hint, None, text)  # "Super PAC", "House GOP": a body, whatever its role
    if not alias and (not titled(role) or len(name) == 1) and thing_named([t.text for t in name]):
        # a common English word that is no personal name opens the name ("Athletics Kenya",
        # "Global Information") or makes all of it ("History Boys", "Radio"): a work, a body or
        # a fragment, whatever stands beside it but a courtesy title or a title, and a title
        # before one such word ("General Electric")
        return hinted(hint, None, text)
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
        named_after_a_royal(role, [t.text for t in name])
        or a_royals_race(role, [t.text for t in name])
        or a_royal_numbered(role, tokens, j)
        or a_royal_in_a_title(role)
        or the_royals_name(tokens, start, j)
    ):
        # a thing named after a king or a queen: "King James Bible", "Queen Elizabeth Hospital"
        return Candidate(None, text, not_a_person=True)
    return _UNDECIDED


def _a_person_by_its_role_or_speech(
    n: _Name, role: list[Token] | None, hint: bool, knighted: bool
) -> _Verdict:
    """A person by a role, an alias, a knight's style, billing or a goal, or a lone word or a
    given name that speaks as a person does; a film or a work where the sentence says so."""
    sentence, tokens, i, start = n.sentence, n.tokens, n.i, n.start
    j, alias, text, name = n.j, n.alias, n.text, n.name
    if len(name) == 1 and not alias and after_a_performers_noun(tokens, start):
        return Candidate("person", text, evidence=True)  # "Welsh singer Duffy", "striker Kaka"
    if len(name) == 1 and not alias and listed_among_people(tokens, start):
        return Candidate("person", text, evidence=True)  # "classical authors like Cicero"
    if len(name) == 1 and not alias and a_clubs_manager_said_as_someone(tokens, start, j):
        return Candidate("person", text, evidence=True)  # "Brighton boss Hurzeler said he"
    if len(name) == 1 and not alias and not titled(role) and not first_name_like(text):
        if said_of_his_side(tokens, j):
            # "Postecoglou said his side had given away soft goals": a manager named by surname
            return hinted(hint, "person", text, evidence=True)
        # a lone word that is no known first name, with only speech or a description ("market
        # leader Diageo", "Yukos said"): news style names a person in full, a body by one word;
        # it stays a person only when the article names someone so ("Mr Yukos", "John Bush")
        return hinted(hint, None, text)
    if not alias and a_subject_which(tokens, i, j):
        return Candidate(None, text, not_a_person=True)  # "Rival J Sainsbury, which"
    if starring_someone(tokens, j):  # "Mr and Mrs Smith, starring Brad Pitt": a film
        return Candidate(None, text, not_a_person=True)
    if role and not alias and hint and someones_work(tokens, j):
        # "Kinsey, Bill Condon's biopic of the sex researcher,": the researcher is the work's
        # subject, no role of the name's
        return Candidate(None, text, thing_hint=True)
    if role or alias or knighted or billed(tokens, start, j) or scored_by(tokens, start, j):
        # "The film starred A and Hugh Grant", "a late goal from Mikey Devlin", "Fashion
        # designer Sir Ozwald Boateng"
        return hinted(hint, "person", text, role_text(sentence, role), alias, evidence=True)
    if start == i and (
        (n.at_start and a_given_name_before_a_verb(tokens, start, j))
        or a_given_name_after_a_bodys_possessive(tokens, start, j)
    ):
        # "Will Young has scored", "Kroll's Will Wright said"
        candidate = hinted(hint, "person", text)
        candidate.spoken = spoken(tokens, start, j)
        if candidate.spoken and said_as_someone(tokens, j):
            candidate.evidence = True  # "Will Young said he": a person's own pronoun
        return candidate
    return _UNDECIDED


def _a_full_name(n: _Name, hint: bool) -> Candidate | None:
    """A name of two words or more no step before settled: a person by a known first name or by
    what the sentence says of it, else a thing or no one."""
    tokens, i, start, j, text, name = n.tokens, n.i, n.start, n.j, n.text, n.name
    if not (
        looks_like_name(name)
        or a_calendar_given_name(tokens, start, j)
        or a_credited_given_name(tokens, start, j)
    ) or (start > 0 and tokens[start - 1].lower == "the"):
        # "The History Boys", "the West End": people take no article; one written where
        # things stand is a thing wherever else the article names it ("the Harry Potter
        # books" and then "a tirade against Harry Potter")
        return Candidate(None, text, thing_hint=True) if hint else None
    # a full name whose first word is no known first name is kept as a possible person: it
    # is one when the article gives that surname evidence ("Mr Chidambaram", "Brul said")
    known = first_name_like(name[0].text) or INITIAL.fullmatch(name[0].text) is not None
    if known and is_plural_thing(name[-1].text) and not speech_next_to(tokens, start, j):
        return hinted(hint, None, text)  # "Bradford Rovers", "Kaiser Chiefs"
    if (
        known
        and not thing_words([t.text for t in name[1:]])
        and not is_thing_surname(name[-1].text)
    ):
        candidate = hinted(hint, "person", text)
        candidate.spoken = spoken(tokens, start, j)
        if candidate.spoken and said_as_someone(tokens, j):
            candidate.evidence = True  # "Hector Lund said he": a person's own pronoun
        return candidate
    if known and (a_bodys_person(tokens, start) or credited_by(tokens, start)):
        # "Apple's Steve Jobs", "Microsoft's Bill Gates": a body's is someone of it; "trained
        # by Martin Pipe", "directed by Mike Bush": what only a person does
        return hinted(hint, "person", text, evidence=True)
    if known:  # "Sydney Olympic", "Carolina Panthers": a person only if the article says so
        return hinted(hint, None, text)
    speech = (
        spoken(tokens, start, j)
        or a_nationals_name(tokens, start, j)
        or credited_by(tokens, start)
        or (start == i and a_persons_own_pronoun(tokens, start, j))
        or (start == i and j - start > 1 and his_or_her_after_a_modal(tokens, start, j))
        or (j - start > 1 and founded_by(tokens, start))
        or speaks_past_who(tokens, j)
        or an_actors_clause(tokens, j)
        or said_as_someone_past_an_apposition(tokens, j)
        or sent_off(tokens, j)
        or scored(tokens, j)
        or off_the_bench(tokens, j)
        or (j - start > 1 and a_dancers_partner(tokens, start))
        or sets_a_world_record(tokens, j)
        or listed_among_people(tokens, start)
        or paired_with_a_nations_person(tokens, start, j)
    )
    # "Palaniappan Chidambaram said", not "Merrill Lynch said its"; "Ethiopian Kenenisa Bekele";
    # "is played by Dev Patel"; "Tirunesh Dibaba set a new world record"
    return hinted(hint, "person" if speech else None, text, evidence=speech)


def _a_lone_word(n: _Name, hint: bool) -> Candidate | None:
    """A one-word name no step before settled: a body's "A and B", a person by what it says or
    is said of, a thing said of, or no one."""
    tokens, start, j, text = n.tokens, n.start, n.j, n.text
    if n.at_start and n.words[0] in COMMON_WORDS:
        return None
    if a_pairs_last_word(tokens, start) and speech_next_to(tokens, start, j):
        # "Marks and Spencer said sales rose": a body's "A and B" name, which speaks as one; its
        # words are no one's alone where the article gives them no mark of a person
        return Candidate("organisation", run_text(n.sentence, tokens[start - 2 : j]))
    # a lone word that speaks of "they" is a club or a band ("Chelsea said they"), no person; one
    # after a preposition is where or of what the speaker before it is ("Campaigners in Beverley
    # said"), as `spoken` reads a full name
    speech = (
        speech_next_to(tokens, start, j)
        and not (
            start > 0 and tokens[start - 1].lower in PREPOSITIONS and not tokens[start - 1].is_cap
        )
        and not speaks_of_theirs(tokens, j)
        and not first_pronoun_its(tokens, j)  # "Morrison said profits fell after its takeover"
    )
    if speech and a_subject_said_of(tokens, start, j):
        if a_things_passive(tokens, j):
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
        candidate = hinted(hint, "person", text)
        candidate.spoken = True
        if first_name_like(text):
            candidate.said_by = a_lone_sayer(tokens, start)  # "Hasbro said Chloe would"
        return candidate
    if not speech and a_things_passive(tokens, j, MADE_THINGS_PASSIVES):
        # "the biggest change since Siri was launched": a product's, which outweighs one
        # speech, as a firm's figures do ("Apple said Siri would")
        return Candidate(None, text, thing_hint=True, firms_figures=True)
    return hinted(hint, "person" if speech else None, text, evidence=speech)


_A_BARE_INITIAL: Final = re.compile(r"[A-Z]")

# What someone did to a horse or a work, joined to their surname: "Paul Nicholls-trained".
_SOMEONES_ACTS: Final = ("-trained", "-ridden", "-directed", "-penned", "-designed")
