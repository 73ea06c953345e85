"""Resolution: a speaker phrase, pronoun or description to the full name of the person it means."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from briefings.analysis.common.given_names.gender import gender_of
from briefings.analysis.common.kinds import kind_by_lists, not_in_a_name
from briefings.analysis.common.names import (
    DEMONYMS,
    FAMILY_NAME_FIRST,
    NATIONALITY_NOUNS,
    name_key,
)
from briefings.analysis.quotes.resolution.bare.signed_off import signed_off_since
from briefings.analysis.quotes.resolution.bare.viewers import viewer_before
from briefings.analysis.quotes.resolution.dead import said_after_their_death
from briefings.analysis.quotes.resolution.descriptions.described import (
    age_of_description,
    aged_subject,
    another_age,
    gender_of_head,
    given_age,
)
from briefings.analysis.quotes.resolution.descriptions.given_roles import role_holders
from briefings.analysis.quotes.resolution.descriptions.holder_named_here import (
    holder_not_named_here,
)
from briefings.analysis.quotes.resolution.descriptions.introduced import introduced_unnamed
from briefings.analysis.quotes.resolution.descriptions.just_named import another_just_named
from briefings.analysis.quotes.resolution.descriptions.kin.families import age_rank, by_age
from briefings.analysis.quotes.resolution.descriptions.kin.kin_in_full import (
    relative_named_in_full,
    relative_spoke_here,
)
from briefings.analysis.quotes.resolution.descriptions.kin.relatives import (
    a_relatives_title,
    office_of,
    titled_elsewhere,
)
from briefings.analysis.quotes.resolution.descriptions.media.hosts import (
    called,
    not_the_host,
    the_interviewer_is_not,
)
from briefings.analysis.quotes.resolution.descriptions.media.outlet_names import named_outlet
from briefings.analysis.quotes.resolution.descriptions.media.outlets import outlet_of
from briefings.analysis.quotes.resolution.descriptions.nouns import noun_written_beside
from briefings.analysis.quotes.resolution.descriptions.office_holders import held_by_another
from briefings.analysis.quotes.resolution.descriptions.origins.from_place import from_place_fits
from briefings.analysis.quotes.resolution.descriptions.origins.labelled import (
    labelled_instead,
    state_party,
)
from briefings.analysis.quotes.resolution.descriptions.origins.nations import tied_to_nation
from briefings.analysis.quotes.resolution.descriptions.origins.parties import (
    fits_party,
    of_another_party,
)
from briefings.analysis.quotes.resolution.descriptions.origins.place_offices import (
    apposed_holders,
    place_office_holders,
)
from briefings.analysis.quotes.resolution.descriptions.origins.states import state_of
from briefings.analysis.quotes.resolution.descriptions.ranking import ranking_written_beside
from briefings.analysis.quotes.resolution.descriptions.two_holders import named_with_another_holder
from briefings.analysis.quotes.resolution.descriptions.witness import WITNESS, witness_meant
from briefings.analysis.quotes.resolution.exchanges.answers import (
    asked_in_its_sentence,
    asked_in_the_paragraph_before,
    asked_someone_else,
)
from briefings.analysis.quotes.resolution.exchanges.questioned import (
    questioned_someone_else,
    someone_unnamed_asked,
)
from briefings.analysis.quotes.resolution.exchanges.unnamed_asker import asked_by_someone_unnamed
from briefings.analysis.quotes.resolution.names.forms.family_first import with_family_first
from briefings.analysis.quotes.resolution.names.forms.juniors import junior_named
from briefings.analysis.quotes.resolution.names.forms.known_as import known_as
from briefings.analysis.quotes.resolution.names.forms.titled_gender import of_the_titled_gender
from briefings.analysis.quotes.resolution.names.groups import plural_people, plural_shaped
from briefings.analysis.quotes.resolution.names.said_here import introduced_speaking
from briefings.analysis.quotes.resolution.names.subject_before import subject_of_the_sentence_before
from briefings.analysis.quotes.resolution.names.titled_alike import titled_alike
from briefings.analysis.quotes.resolution.organisation_opened import organisation_opened
from briefings.analysis.quotes.resolution.pronouns.described_subject import (
    described_one,
    described_subject,
)
from briefings.analysis.quotes.resolution.pronouns.either.acted_on import acted_on_another
from briefings.analysis.quotes.resolution.pronouns.either.fronted_when import fronted_names_another
from briefings.analysis.quotes.resolution.pronouns.either.kin_owner import relative_beside_owner
from briefings.analysis.quotes.resolution.pronouns.either.rival_here import (
    after_the_pronoun,
    reported_from,
    rival_just_named,
)
from briefings.analysis.quotes.resolution.pronouns.either.said_later import said_later_after_two
from briefings.analysis.quotes.resolution.pronouns.no_one.asked_about import asked_about_them
from briefings.analysis.quotes.resolution.pronouns.no_one.opener_speaks import (
    opener_of_guessed_gender,
)
from briefings.analysis.quotes.resolution.pronouns.no_one.unnamed_people import (
    a_possessed_person_speaks,
    opens_on_a_described_person,
    opens_on_unnamed_people,
)
from briefings.analysis.quotes.resolution.pronouns.same_opener import repeats_the_opener
from briefings.analysis.quotes.resolution.the_company import company_meant
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.name_shapes import first_name_like
from briefings.analysis.speech.roles import role_near
from briefings.analysis.speech.speaker import Speaker
from briefings.analysis.speech.tokens import is_possessive, without_possessive
from briefings.analysis.speech.words import (
    AFFILIATIONS,
    DOCUMENTS,
    NOBODY,
    PLACE_HEADS,
    PRONOUNS,
    one_person,
    person_head,
)

__all__ = [
    "DESCRIBED",
    "ELSEWHERE",
    "UNNAMED",
    "Mention",
    "Resolved",
    "could_be_surname",
    "described_person",
    "named_before",
    "past_the_asker",
    "rank_antecedents",
    "resolve_pronoun",
    "speaker_name",
    "state_meant",
]


# The name of a mention of someone the article describes but does not name ("a spokesman for
# Vodafone said"): a pronoun that goes to them goes to no one named.
UNNAMED: Final = ""
# how a description went to no one because the person it would mean holds another office: someone
# not named ("Dave Ross, the governor, …. Asked about it, the mayor laughed.")
ELSEWHERE: Final = "elsewhere"

# The name of a mention of someone the article describes with "the" as the subject of a speech
# verb ("Asked about it, the mayor laughed"), before the description is read: DESCRIBED + "mayor".
DESCRIBED: Final = "the "


def described_person(sp: Speaker) -> bool:
    """A definite description of one person by a noun for a person: "the mayor", "the senator";
    not "the group", "the statement" or a name."""
    if sp.name or sp.pronoun or not sp.definite or not sp.role:
        return False
    head = sp.role.split()[-1]
    return one_person(head) and person_head(head.lower())


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Mention:
    """A person named in the article before a quote: where, and in which grammatical role."""

    name: str
    sentence: int  # sentence number in the article
    paragraph: int
    how: str = "opening"  # "speaker" of a quote, or subject "opening" a sentence, one of a "pair"
    # opening it, of a later "clause" in it or of a speech verb ("cue"), or "possessor" of the subject
    gender: str | None = None  # as a title shows it: "Mrs. Clinton"

    def __init__(
        self,
        name: str,
        sentence: int,
        paragraph: int,
        how: str = "opening",
        gender: str | None = None,
    ) -> None:
        self.name = name
        self.sentence = sentence
        self.paragraph = paragraph
        self.how = how
        self.gender = gender


# Salience (Lappin–Leass in miniature): each mention adds the weight of its role, decaying with
# every sentence and halved with every paragraph since; a name the article never shows as a man or
# a woman counts for less with "he" / "she" ("Atlantic City", "United Technologies"). The numbers
# come from a coordinate search on the first 600 PolNeAR articles (speaker errors on matched
# quotes 551 -> 548, the last 240 unchanged): recency decides almost everything, the weights
# only near ties — a quote's speaker over a subject, a name owning the subject ("Mrs. Hall’s
# speech came later") well under the subject itself.
WEIGHTS: Final = {
    "speaker": 1.5,
    "opening": 1.0,
    "pair": 1.0,
    "clause": 1.0,
    "cue": 1.0,
    "possessor": 0.2,
}
SENTENCE_DECAY: Final = 0.1
PARAGRAPH_DECAY: Final = 0.5
UNKNOWN_GENDER: Final = 0.8
RIVAL: Final = 0.25  # a runner-up scoring this share of the best makes the resolution less sure
CLOSE: Final = 1.0  # abstain when the runner-up scores this share of the best or more: a tie


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Resolved:
    """The speaker a phrase means, and how it was found (the ground of its confidence)."""

    name: str | None
    role: str | None
    how: str = "name"  # "name", "surname", "organisation", "pronoun" or "description", with
    # ", earlier paragraph" or ", nearest name" when the antecedent was far or no subject fitted

    def __init__(self, name: str | None, role: str | None, how: str = "name") -> None:
        self.name = name
        self.role = role
        self.how = how


def speaker_name(
    sp: Speaker | None,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int] = (0, 0),
) -> Resolved:
    """The full name and role of the speaker phrase `sp` written at `pos` in sentence and paragraph
    `here`; `recent` lists the people named or quoted so far, in reading order."""
    if sp is None:
        return Resolved(None, None)
    if sp.pronoun in NOBODY:  # "“…,” they argued", "it said": a group or a document
        return Resolved(None, None)
    if sp.pronoun:
        return _pronoun_speaker(sp.pronoun, pos, index, recent, paragraphs, here)
    outlet = outlet_of(sp, paragraphs) or named_outlet(sp, paragraphs)
    if outlet:  # "“…,” the Independent said": a newspaper, not a person described
        return Resolved(outlet, None, "organisation")
    if sp.name is None:
        return _described_speaker(sp, pos, index, recent, paragraphs, here)
    return _named_speaker(sp, sp.name, pos, index, recent, paragraphs, here)


def _pronoun_speaker(
    pronoun: str,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> Resolved:
    """The person a pronoun speaker ("he said") means: the most salient one it fits, or no one."""
    want = PRONOUNS[pronoun]
    start = _start(paragraphs, here[1])
    par = paragraphs[here[1]]
    at = pos - start
    if repeats_the_opener(par, at, pronoun):
        # "He declared that … Trump would …, which he declared “…”": not a name in between
        recent = [m for m in recent if m.sentence < here[0]]
    relative = relative_spoke_here(paragraphs, here[1], at, want, index) if want else None
    if relative:  # round 51: "His daughter said he kept working …. “…,” she said": the
        return Resolved(relative, None, "pronoun")  # daughter the article named in full
    name, how = _resolve(want, index, recent, here, pos)
    if name is None and someone_unnamed_asked(par, at, want):
        name, how = _past_the_asker(want, index, recent, here)  # "A reporter pressed her
        # on the numbers. “…,” she said": the one pressed, not the reporter
    aged = _the_one_aged(name, how, want, index, recent, paragraphs, par, at)
    if aged is None:
        return Resolved(None, None)
    name, how = aged
    if (
        name
        and how.startswith(", earlier paragraph")
        and signed_off_since(
            max((m.paragraph for m in recent if m.name == name), default=-1),
            paragraphs,
            here[1],
        )
    ):  # round 44: "Treadway said. / — Reuters / … “…,” he said": another item's
        return Resolved(None, None)
    described = _the_one_described(name, how, want, index, pos, paragraphs, par, at)
    if described is None:
        return Resolved(None, None)
    name, how = described
    if name and (
        _another_opens_the_paragraph(name, how, want, index, recent, paragraphs, here, start, pos)
        or _another_named_nearer(name, how, want, index, recent, paragraphs, here, start, pos)
    ):
        return Resolved(None, None)
    return _pronoun_in_an_exchange(name, how, want, index, recent, paragraphs, here, start, pos)


def _the_one_aged(
    name: str | None,
    how: str,
    want: str | None,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    par: str,
    at: int,
) -> tuple[str | None, str] | None:
    """Decides whether the age a sentence gives its subject ("the 71-year-old") picks the
    pronoun's person: the name and how it was found, None when no one can be told."""
    age = aged_subject(par, at) if how.startswith(", earl") else None
    if age and want:  # "… and the 71-year-old is expected to decide all of them. “…,” she
        of_age = _aged(age, want, index, recent, paragraphs)  # told": the one aged 71, not
        if of_age:  # a woman of an earlier paragraph
            return of_age, ""
        if name and not _alone_of_any_age(name, age, want, index, recent, paragraphs):
            return None  # no one given that age, and another woman may be
            # the one described, as the one named may be: either
    return name, how


def _the_one_described(
    name: str | None,
    how: str,
    want: str | None,
    index: NameIndex,
    pos: int,
    paragraphs: Sequence[str],
    par: str,
    at: int,
) -> tuple[str | None, str] | None:
    """Decides whether the description a paragraph opens on ("the former governor") picks the
    pronoun's person: the name and how it was found, None when no one can be told."""
    described = (
        described_subject(par, at, want)
        if name and want and how.startswith(", earlier paragraph")
        else None
    )
    if name and want and described:  # round 57: "…, the former governor has been making
        meant = described_one(described, name, want, index, pos, paragraphs)  # calls. “…,”
        if meant is None:  # he said": the one described, not the brother quoted before
            if asked_by_someone_unnamed(par, at) != name.split()[-1]:
                return None
            meant = name  # round 60: "the moderator asked Ellery whether …. He said": his
        if meant != name:
            return meant, ""
    return name, how


def _another_opens_the_paragraph(
    name: str,
    how: str,
    want: str | None,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
    start: int,
    pos: int,
) -> bool:
    """Decides whether the pronoun's paragraph opens on someone other than `name` (unnamed
    people, a relative, a subject of another gender, one acted on) or `name` is dead by then."""
    par = paragraphs[here[1]]
    earlier = how.startswith(", earlier paragraph")
    return (
        (
            earlier
            and (
                opens_on_unnamed_people(par, pos - start)
                or opens_on_a_described_person(par, pos - start)
            )
        )  # round 45: "People familiar with … said …. “…,” he added": no one named before them
        or (
            earlier and a_possessed_person_speaks(par, pos - start, want)
        )  # round 50: "Her mother said …. She continued, “…”": not a woman of a paragraph before
        or bool(
            want
            and earlier
            and opener_of_guessed_gender(par, start, pos - start, name, want, index)
        )  # round 45: "Pell, asked …, said …. “…,” she said": not Quinn of a paragraph before
        or bool(want and acted_on_another(name, want, par, pos - start))
        # round 45: "Carver endorsed her in 2019. She said"
        or said_after_their_death(name, paragraphs, here[1], pos - start)
        # round 53: "… four years later, Freddy was dead. / “…,” he said": not Freddy
        or (earlier and relative_beside_owner(name, want, index, recent, paragraphs))
        # round 46: "Brooks said …. Her daughter, Kayla, …. / “…,” she said": either
    )


def _another_named_nearer(
    name: str,
    how: str,
    want: str | None,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
    start: int,
    pos: int,
) -> bool:
    """Decides whether someone named nearer the pronoun than `name`, or the one asked about,
    may be the one it means instead."""
    par = paragraphs[here[1]]
    return (
        bool(want and _named_here_instead(name, want, index, recent, paragraphs, here, pos))
        or bool(want and _named_since_instead(name, want, index, recent, pos, paragraphs))
        # "Maj. Gen. Pat Ryder …. “…,” he told host Maria Bartiromo. / “…?” she asked": not
        # Ryder, whose gender the article never gives
        or bool(
            want
            and how.startswith(", earlier paragraph")
            and rival_just_named(name, want, index, par, start, pos)
        )  # "Doyle forwarded the email to Mbeki. She replied …": not Farrow of a paragraph before
        or bool(want and said_later_after_two(name, want, index, par, start, pos))
        # "Haines pressed Whitcomb on …. He said later that “…”"
        or bool(
            want and fronted_names_another(name, want, index, recent, here[0], par, pos - start)
        )  # "Pruett … sat a few feet away. When Tolliver finished, he stood up …": either
        or asked_about_them(name, par, pos - start)
        # "Asked about Paige’s comments, she said": not Paige
    )


def _pronoun_in_an_exchange(
    name: str | None,
    how: str,
    want: str | None,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
    start: int,
    pos: int,
) -> Resolved:
    """The pronoun's person once its sentence or the one before is read as questions and
    answers: the one asked or the viewer written of, else `name`."""
    par = paragraphs[here[1]]
    asked = asked_in_its_sentence(par, pos - start, want, index, pos) if name else None
    if asked:  # "Hewitt asked Trump about statements he had made, when he claimed …": Trump
        return Resolved(asked, None, "pronoun")
    viewer = viewer_before(par, pos - start, want, index, pos) if name else None
    if viewer and viewer != name:  # "For Jonathan Chait, Williamson is exposing …. “…,” he
        name, how = viewer, ""  # mocks": Chait

    answerer = (
        asked_in_the_paragraph_before(
            par,
            pos - start,
            paragraphs[here[1] - 1],
            name,
            want,
            index,
            start - 1,
        )
        if name and here[1] and how.startswith(", earlier paragraph")
        else None
    )
    if answerer:  # "… asked Hendry whether he had visited …. He said he had not." / "“…,” he
        return Resolved(answerer, None, "pronoun")  # told the committee": Hendry's, round 44
    if name and asked_someone_else(par, pos - start, name, want, index, pos):
        return Resolved(None, None)  # "Finch asked Romero whether …. “…,” she said"
    if name and questioned_someone_else(
        par, pos - start, name, want, index, pos
    ):  # "Welker pressed her on whether …. “…,” she said": not Welker's answer, but the one
        # pressed's when no one else of the pronoun's gender is near as salient
        name, how = _past_the_asker(want, index, recent, here, name)
        return Resolved(name, None, f"pronoun{how}") if name else Resolved(None, None)
    return Resolved(name, None, f"pronoun{how}")


def _described_speaker(
    sp: Speaker,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> Resolved:
    """The person a speaker written as a description ("the senator", "her son") means, or no
    one."""
    written = _writer_relative_or_firm(sp, pos, index, paragraphs, here)
    if written is not None:
        return written
    if sp.role and not one_person(sp.role.split()[-1]):
        return Resolved(None, None)  # "the statement said", "the campaign said": no person
    if sp.definite and (_someone_of_a_person(sp.role) or _of_a_document(sp.role)):
        return Resolved(None, sp.role)  # "the singer's spokesman said", "the ad’s narrator":
        # not the singer, and not named
    if sp.definite and sp.role and _told_apart(sp.role):
        return Resolved(None, sp.role, ELSEWHERE)  # round 44: "the first official said",
        # "the other official": one of several, told apart by an order salience does not
        # know; someone not named, whom a "he" after it may mean
    if sp.definite and _kept_anonymous(paragraphs[here[1]], pos, paragraphs, here[1]):
        return Resolved(None, sp.role)  # round 44: "said the deputy, who … spoke on
        # condition of anonymity": someone the article does not name
    widow = (
        widow_meant(sp.role, index, recent, here, paragraphs, pos)
        if sp.definite and sp.role in WIDOWED
        else None
    )
    if widow:  # round 44: "the widow said": the one the article writes so, not the daughter
        return Resolved(widow, sp.role, "description, title")  # quoted last
    if sp.definite and sp.role == WITNESS:  # round 51: "“…,” the witness said": not the
        quoted = {m.name for m in recent if m.how == "speaker"}  # lawyer or the senator
        ranked = [n for _, n in rank_antecedents(None, index, recent, here) if n in quoted]
        witness = witness_meant(ranked, paragraphs)  # quoted last, but one quoted before
        return Resolved(witness, sp.role, "description") if witness else Resolved(None, sp.role)
    if sp.definite:  # "the senator said": the most salient person
        return _definite_description(sp, pos, index, recent, paragraphs, here)
    full = _surname_of_a_title(sp.role, index, pos)
    if full:  # "King said" where "Defender Ledley King" is named: his surname
        return Resolved(full, role_near(full, paragraphs), "surname")
    return Resolved(None, sp.role)


def _writer_relative_or_firm(
    sp: Speaker,
    pos: int,
    index: NameIndex,
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> Resolved | None:
    """The one a description names through the article's other words: the writer of "the memo",
    the relative named in full, the firm "the company" means; None when it is none of them."""
    if sp.role and sp.definite and sp.role.split()[-1] in _WRITTEN:
        writer = writer_of(
            sp.role.split()[-1], paragraphs, here[1], pos - _start(paragraphs, here[1]), index
        )
        if writer:  # round 44: "“…,” Lindqvist wrote in the memo. … The memo went on: “…”":
            return Resolved(writer, None, "surname")  # the one who wrote it
    relative = (
        relative_named_in_full(sp.role, paragraphs, here[1], index)
        if sp.role and not sp.definite
        else None
    )
    if relative and sp.role:  # round 51: "said her son, Daniel Hale. …. “…,” her son
        return Resolved(relative, sp.role.split()[-1], "description, title")  # said": Hale
    firm = company_meant(sp.role, index, paragraphs, here[1], _start(paragraphs, here[1]), pos)
    if sp.definite and firm:  # round 58: "Meridian, based in …, operates …. The company
        return Resolved(firm, None, "organisation")  # said …": the firm that sentence opens on
    return None


def _definite_description(
    sp: Speaker,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> Resolved:
    """The person a definite description ("the senator said") means: the one given its title,
    its role or its age, else the most salient person it fits, or no one."""
    titled = _titled(sp.role, index, recent, here, paragraphs)
    if titled:  # "the Bishop said": the person the article gave that title
        return Resolved(titled, sp.role, "description, title")
    holders = role_holders(sp.role, index, pos, paragraphs) if sp.role else []
    given = holders[0] if len(holders) == 1 else None
    if not given and sp.role and sp.role.endswith("ranking member"):
        given = _the_ranking_member(index, recent, here, paragraphs, pos)
        if not given:  # written of no one, or of several: not whoever was quoted last
            return Resolved(None, sp.role)
    if given:  # "the Republican nominee said": "Republican nominee Donald Trump"
        return Resolved(given, sp.role, "description, title")
    age = age_of_description(sp.role)
    if age:  # "said the 46-year-old": the person the article gives that age, if any
        aged = [n for _, n in rank_antecedents(None, index, recent, here) if n]
        aged = [n for n in aged if given_age(n, age, paragraphs)]
        if len(aged) == 1:
            return Resolved(aged[0], sp.role, "description")
    # "the actress said": the most salient woman
    name, how = _resolve(gender_of_head(sp.role), index, recent, here, pos)
    told = _told_by_state_or_holders(sp, name, age, holders, pos, index, recent, paragraphs, here)
    if told is not None:
        return told
    # the office alone: "the former president", "the Florida senator" may be another
    office = office_of(sp.role) if name and sp.role and " " not in sp.role else None
    held = _held_office(sp, name, office, pos, index, recent, paragraphs, here)
    if held is not None:
        return held
    return _not_host_nor_another(sp, name, how, office, pos, index, recent, paragraphs, here)


def _told_by_state_or_holders(
    sp: Speaker,
    name: str | None,
    age: str | None,
    holders: list[str],
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> Resolved | None:
    """Decides a definite description by the state and party it gives, or by the several
    people it fits: the one meant, no one, or None when neither settles it."""
    state_and_party = state_party(sp.role)
    labelled = (
        labelled_instead(
            state_and_party,
            name,
            [n for _, n in rank_antecedents(None, index, recent, here) if n != UNNAMED],
            paragraphs,
        )
        if state_and_party
        else None
    )
    if labelled:  # round 57: "“…,” the Arizona Republican replied": "Rep. Dana
        return Resolved(labelled, sp.role, "description")  # Whitlock (R-Ariz.)", not
        # the host who asked last
    if sp.role and len(holders) > 1:  # round 57: "Asked about Petro's proposal, the president
        left = holder_not_named_here(  # said" is Lula, not Petro
            holders, sp.role, paragraphs[here[1]], pos - _start(paragraphs, here[1])
        )
        if left:
            return Resolved(left, sp.role, "description, title")
    if name and len(holders) > 1 and name not in holders:  # round 49: "Cardinal Ruggieri
        return Resolved(None, sp.role)  # and Cardinal Sarto …. “…,” the cardinal said":
        # one of them or no one, never the ambassador quoted last
    if (
        name
        and sp.role
        and named_with_another_holder(sp.role, name, index, recent, paragraphs, pos)
    ):  # round 45: "Justice Kemper and Justice Abara each wrote a dissent. …. “…,” the
        return Resolved(None, sp.role)  # justice wrote": either
    if name and sp.role and introduced_unnamed(sp.role, pos, [name], paragraphs):
        return Resolved(None, sp.role)  # "a Democratic operative … said …. the operative"
    if name and age and another_age(name, age, paragraphs):
        return Resolved(None, sp.role)  # "Ryan, 46, …": not "the 50-year-old"
    return None


def _held_office(
    sp: Speaker,
    name: str | None,
    office: str | None,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> Resolved | None:
    """Decides a definite description by the office it names: its one holder, no one when the
    salient `name` holds another, or None when the office does not settle it."""
    if name and office and titled_elsewhere(office, name, paragraphs):
        return Resolved(None, sp.role)  # "the president" of "President Trump", not of
        # "First lady Melania Trump" nor of the resident quoted last
    holds = (
        held_by_another(
            sp.role,
            name,
            [index.fullest(other, at) for at, other in index.runs if at < pos],
            paragraphs,
        )
        if name and sp.role and office_of(sp.role.split()[-1])
        else None
    )
    if holds is not None:  # "Fox News host Jesse Watters asked Brock …. “…,” the
        return (  # senator replied"; no one: someone not named, whom a "he" may mean
            Resolved(holds, sp.role, "description, title")
            if holds
            else Resolved(None, sp.role, ELSEWHERE)
        )
    holder = _the_one_holder(sp.role, name, index, recent, here, paragraphs, roleless=bool(office))
    if holder:  # "U.S. District Judge Alan Reyna wrote …. “…,” said Lena Torres, the
        return Resolved(holder, sp.role, "description, title")  # group's director. The
        # judge noted …": Reyna, the one the article calls a judge, not the salient Torres;
        # round 45: "the governor told his cabinet" is "former Virginia governor Charles
        # Pemberton", not his aide quoted last, whom the article gives no role
    return None


def _not_host_nor_another(
    sp: Speaker,
    name: str | None,
    how: str,
    office: str | None,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> Resolved:
    """The salient `name` for a definite description, unless the article calls them by another
    role (host, interviewer) or writes the description beside someone else."""
    if name and sp.role and not_the_host(sp.role, name, paragraphs):
        # "the host asked" of a guest: the one the article calls host, else no one
        hosts = {
            other
            for _, other in rank_antecedents(None, index, recent, here)
            if other and called(sp.role.lower(), other, paragraphs)
        }
        host = next(iter(hosts)) if len(hosts) == 1 else None
        return Resolved(host, sp.role, "description, title") if host else Resolved(None, sp.role)
    if name and sp.role and not office and the_interviewer_is_not(sp.role, name, paragraphs):
        return Resolved(None, sp.role)  # round 52: "the candidate said" is not the
        # anchor quoted last, who asked
    beside = (
        _written_beside_another(sp.role, name, index, recent, here, paragraphs, pos)
        if name and not office and sp.role
        else None
    )
    if beside is not None:  # "Marcus Tillery, a Florida real estate developer, …. The
        return Resolved(beside or None, sp.role, "description, title")  # developer said"
    if (
        name
        and sp.role
        and how.startswith(", earlier paragraph")
        and another_just_named(
            name,
            gender_of_head(sp.role),
            index,
            paragraphs[here[1]],
            _start(paragraphs, here[1]),
            pos,
        )
    ):  # "… star Selenis Leyva opened up …. The actress explained": not Zoe Saldana of a
        return Resolved(None, sp.role)  # paragraph before; either may be meant
    return Resolved(name, sp.role, f"description{how}")


def _named_speaker(
    sp: Speaker,
    name: str,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> Resolved:
    """The person a speaker written as a name ("Howard said", "the Iowan") means, or no one."""
    if name in _INTERVIEW_LABELS:  # round 42: "Q: “Do you regret …?”", an interview's
        return Resolved(None, None)  # question, and its "A:", are no one named "Q"
    alias = known_as(name, paragraphs) if " " not in name else None
    if alias and index.is_person(
        alias
    ):  # round 57: "“…,” AMLO said" after "Andrés Manuel López Obrador, known as AMLO,"
        known = index.fullest(alias, pos)
        return Resolved(known, role_near(known, paragraphs), "name")
    if sp.is_org:
        return _organisation_speaker(name, index, paragraphs[here[1]])
    if name.split()[-1].lower() in AFFILIATIONS:  # "Senate Democrats", "Mexican": a group;
        if sp.definite and not name.endswith("s"):  # but "the Utah Republican" is someone
            return _party_member(name, pos, index, recent, paragraphs, here)
        return Resolved(None, None)
    told = _of_a_state_nation_or_age(sp, name, pos, index, recent, paragraphs, here)
    if told is not None:
        return told
    full = junior_named(name, index, pos, paragraphs) or _named_in_full(
        sp, index, pos, {m.name for m in recent if m.how == "speaker"}, paragraphs, here[1]
    )  # "Don Jr." of "Donald Trump Jr."
    if full is None:  # "Howard said" where Michael and Sandra Howard are named: either
        return Resolved(None, sp.role)
    return _the_one_named_in_full(sp, name, full, pos, index, paragraphs)


def _organisation_speaker(name: str, index: NameIndex, par: str) -> Resolved:
    """A speaker taken for a body: a transcript's label of a person, a dateline, or the body."""
    if name.isupper():
        label = _labelled_person(name, par, index)
        if label is not None:  # round 43: "SOLBERG: “…”", a transcript's line: the one person
            return Resolved(label or None, None, "name" if label else "")  # of that name, or none
    if _in_capitals(name):  # "BOCA RATON, Fla. -- …": a dateline, no body
        return Resolved(None, None)
    return Resolved(name, None, "organisation")


def _party_member(
    name: str,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> Resolved:
    """The one person "the Utah Republican" means: the salient one, unless of another party."""
    meant, how = _resolve(None, index, recent, here, pos)
    party = name.split()[-1]
    if meant and of_another_party(meant, party, paragraphs):
        # round 45: "the Republican shot back" is never "Democratic Rep. Nora Benitez",
        # quoted last; but the one salient person written beside the party may be
        fitting = [
            other
            for _, other in rank_antecedents(None, index, recent, here)
            if other
            and other != UNNAMED
            and fits_party(other, ["the", *name.split()], paragraphs)
            and not of_another_party(other, party, paragraphs)
        ]
        if len(fitting) != 1:
            return Resolved(None, None)
        return Resolved(fitting[0], None, "description, rival")
    return Resolved(meant, None, f"description{how}")


def _of_a_state_nation_or_age(
    sp: Speaker,
    name: str,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> Resolved | None:
    """Decides a name that describes someone by a state, a nation or an age among kin ("the
    Iowan", "the Welshman", "the younger Bush"); None when it is none of them."""
    state = state_of(name) if sp.definite and " " not in name else None
    if state:  # "The Iowan, for his part, said": the one the article ties to Iowa, else no one
        return Resolved(
            state_meant(state, index, recent, here, paragraphs, pos), None, "description"
        )
    nationality = _nationality(name) if sp.definite else None
    if nationality is not None:  # "said the Welshman": the one the article ties to Wales
        meant = nation_meant(name, index, recent, here, paragraphs, pos)
        return Resolved(meant, None, "description")
    rank = age_rank(sp, paragraphs[here[1]])
    if rank:  # "the younger Bush said": one of several Bushes, told apart by an age the article
        # seldom writes; but "His son, state Sen. Eric Voss," tells the younger Voss
        ranked_one = by_age(rank, name, index, pos, paragraphs)
        return Resolved(ranked_one, None, "description") if ranked_one else Resolved(None, None)
    return None


def _the_one_named_in_full(
    sp: Speaker,
    name: str,
    full: str,
    pos: int,
    index: NameIndex,
    paragraphs: Sequence[str],
) -> Resolved:
    """The person named in full a name means, unless the full name is a relative's, many people,
    a place or no one's."""
    office = office_of(sp.role) if sp.role and " " not in name else None
    if office and a_relatives_title(office, full, paragraphs):  # "President Trump said", where
        return Resolved(None, sp.role)  # only "First lady Melania Trump" is named in full
    if plural_shaped(full) and plural_people(full, "\n".join(paragraphs)):  # "“…,” Latinos
        # said": many, no one (the text joined only for a name shaped as a plural)
        return Resolved(None, None)
    courteous = sp.style in _COURTESY_TITLES  # round 59: "Mr Rosen-Hall said": someone,
    # whatever a "Hall" may be
    if not courteous and (_a_place(full) or name_key(full) in DEMONYMS):  # "Queens", "Asian"; but
        return Resolved(None, sp.role)  # "Mark Cuban"
    if (
        full == name and not courteous and _no_one(name, index)
    ):  # "Boos rained down …", "New Hampshire", "Senate Democrats"
        body = organisation_opened(name, index)  # round 58: "Meridian said" of Meridian
        if body:  # Health Partners, the one body the article names opening on it
            return Resolved(body, None, "organisation")
        return Resolved(None, sp.role)
    how = "name" if len(name.split()) > 1 else "surname"
    return Resolved(full, sp.role or role_near(full, paragraphs), how)


_INTERVIEW_LABELS: Final = frozenset({"Q", "A"})

# courtesy titles, which make the name after them one person's
_COURTESY_TITLES: Final = frozenset({"mr", "mrs", "ms", "miss"})

# what one person writes and the article then quotes as the speaker ("the memo went on")
_WRITTEN: Final = frozenset({"memo", "letter", "email", "note"})


def _start(paragraphs: Sequence[str], n: int) -> int:
    """Where paragraph `n` starts in the article's text (paragraphs joined by one character)."""
    return sum(len(p) + 1 for p in paragraphs[:n])


def _starts_up_to(paragraphs: Sequence[str], para: int) -> list[int]:
    """Where each paragraph up to `para` starts (`_start` of each), in one pass over them."""
    starts: list[int] = []
    at = 0
    for par in paragraphs[: para + 1]:
        starts.append(at)
        at += len(par) + 1
    return starts


def writer_of(
    doc: str, paragraphs: Sequence[str], n: int, upto: int, index: NameIndex
) -> str | None:
    """The one person the paragraph `n` (up to `upto`) or the one before says wrote in the
    document `doc` ("Lindqvist wrote in the memo", "In an email to staff, Okoro wrote"; "she
    wrote in the letter" not: a name), as
    named in full; None when none or several are said to."""
    text = paragraphs[n - 1] + "\n" + paragraphs[n][:upto] if n else paragraphs[n][:upto]
    if doc not in text or "wrote" not in text:
        return None
    writers = {
        index.fullest(m.group(1), 0)
        for m in re.finditer(
            rf"([A-Z][\w’'-]+),? wrote in (?:the|a|an|his|her|their) (?:[\w-]+ )?{doc}\b", text
        )
    } | {  # round 48: "In an email to employees on Monday, …, Linda Okoro, wrote that"
        index.fullest(m.group(1), 0)
        for m in re.finditer(
            rf"\b[Ii]n (?:the|a|an|his|her|their) (?:[\w-]+ )?{doc}\b[^.“”]{{0,160}}?"
            rf"([A-Z][\w’'-]+),? wrote\b",
            text,
        )
    }
    if len(writers) != 1:
        return None
    writer = writers.pop()
    return writer if " " in writer and index.is_person(writer) else None


def _labelled_person(name: str, par: str, index: NameIndex) -> str | None:
    """The person a transcript's line labelled in capitals names ("SOLBERG: “…”", "REP. DANA COLE:
    “…”"): the one person the article names so ("" when two share the surname, "HARTLEY:" of a
    judge and his wife); None when the label opens no line or names no person ("COUNSEL:")."""
    head, colon, _ = par.partition(":")
    if not colon or len(head) > 40 or not head.endswith(name) or not head.isupper():
        return None
    words = name.lower().split()
    people = {
        full
        for _, full in index.runs
        if full.lower().split()[-len(words) :] == words
        and " " in full
        and not full.isupper()  # the labels' own capitals
        and index.is_person(full)
    }
    if not people:
        return None
    return next(iter(people)) if len(people) == 1 else ""


# a wire story's clause keeping a source unnamed: "who spoke on condition of anonymity", "who
# asked not to be identified", "who declined to be named", "who was not authorized to …"
_ANONYMOUS: Final = re.compile(
    r"anonymity|not (?:to )?be (?:named|identified)|declined to be (?:named|identified)"
    r"|(?:not|n’t|n't) authorized to"
)

_ANONYMOUS_WORDS: Final = ("anonym", "named", "identified", "authorized")


def _kept_anonymous(par: str, pos: int, paragraphs: Sequence[str], k: int) -> bool:
    """The sentence of the speaker phrase at global `pos` in paragraph `k`, after it, says the
    speaker is kept unnamed ("“…,” said the deputy, who spoke on condition of anonymity")."""
    if not any(word in par for word in _ANONYMOUS_WORDS):  # the plain substrings first
        return False
    at = pos - _start(paragraphs, k)
    end = par.find(". ", at)
    return _ANONYMOUS.search(par, max(at, 0), end if end >= 0 else len(par)) is not None


_APART: Final = frozenset({"first", "second", "third", "other"})
_NOT_APART: Final = frozenset(
    {"lady", "gentleman", "baseman", "minister", "mate", "secretary", "deputy", "lord", "officer"}
)


def _told_apart(role: str) -> bool:
    """A description telling one of several people of one noun apart by their order or as the
    other ("first official", "other official"), not a title ("first lady", "first minister")."""
    words = role.lower().split()
    if len(words) == 1:  # "the other said"
        return words[0] == "other"
    return len(words) == 2 and words[0] in _APART and words[1] not in _NOT_APART


def _surname_of_a_title(role: str | None, index: NameIndex, pos: int) -> str | None:
    """The person named in full whose surname is a title's word, written alone without "the"
    ("King said" of Ledley King, "Major said" of John Major); None for a title alone."""
    if not role or " " in role or not role[:1].isupper():
        return None
    full = index.fullest(role, pos)
    words = full.split()
    if len(words) < 2 or words[-1] != role:
        return None
    return full if index.is_person(full) else None


DOMINANT: Final = (
    2.0  # named in full this many times as often as another of the surname: meant by it
)


def _named_in_full(
    sp: Speaker,
    index: NameIndex,
    pos: int,
    quoted: set[str],
    paragraphs: Sequence[str],
    para: int,
) -> str | None:
    """The fullest form of the name a speaker phrase writes (at `pos`, in paragraph `para`). One
    word that two people named in full may stand for ("Clinton" of Hillary and Bill Clinton, "Sir
    Alex" of Alex Ferguson and Alex McLeish) means the one the text settles, else no one (None):
    the one who just opened a sentence of its paragraph speaking, else see `_settled` (`quoted`:
    the people quoted before, as the article named them)."""
    assert sp.name is not None
    if " " in sp.name:
        return index.fullest(sp.name, pos)
    people = index.people_called(sp.name, sp.titled, sp.knighted)
    if not sp.knighted:  # "Kim said" of Kim Yo-jong, Kim Jong-un: the one the text settles
        people = with_family_first(sp.name, people, index, sp.titled)
    if not people:
        if index.opens_two_names(sp.name):  # "Kim said" of Kim Jong Un and Kim Yo Jong: either
            return None
        # round 58: "Mrs Howard said" beside only "Michael Howard": hers, not his
        return of_the_titled_gender(
            sp.name, index.fullest(sp.name, pos), sp.titled, index, paragraphs[: para + 1]
        )
    if len(people) > 1:  # round 44: "said Ellison" before "Her mother, Karen Ellison," is named:
        named = [p for p in people if p[0][0] <= pos]  # the one named in full before it
        if len(named) == 1:
            people = named
    if len(people) > 1:  # round 45: "Joan Hale, his wife, said …. “…,” Hale said": hers
        speaking = introduced_speaking(people, paragraphs[para], _start(paragraphs, para), pos)
        if speaking is None:  # round 56: the subject of the sentence before, another of the
            # surname only in its aside ("Kim Yo-jong, the sister of … Kim Jong-un, dismissed")
            # unless another was quoted before ("Ann Voss, his sister, stood beside him. “…,”
            # Voss said" after Frank Voss spoke is his)
            starts = _starts_up_to(paragraphs, para)
            speaking = subject_of_the_sentence_before(people, paragraphs, starts, para, pos)
            if speaking is not None and any(
                n in quoted for j, p in enumerate(people) if j != speaking for _, n in p
            ):
                speaking = None
        if speaking is not None:
            people = [people[speaking]]
    kin_aside = sp.name.lower() not in FAMILY_NAME_FIRST  # Kim Yo Jong, "his sister", is "Kim"
    # round 59: "Ms Lee said" of two sisters, one quoted before: either
    alike = len(people) > 1 and titled_alike(people, sp.titled, index)
    runs = (
        people[0]
        if len(people) == 1
        else _settled(people, index, set() if alike else quoted, kin_aside, sp.name)
    )
    if runs is None:
        return None
    before = [run for run in runs if run[0] <= pos]
    return max(before or runs, key=lambda run: (run[0] if before else -run[0], len(run[1])))[1]


def _settled(
    people: list[list[tuple[int, str]]],
    index: NameIndex,
    quoted: set[str],
    kin_aside: bool,
    surname: str,
) -> list[tuple[int, str]] | None:
    """Of several people a surname may mean (each as the runs naming them in full), the one news
    style makes it mean: the only one the headline names (by the surname alone, the first
    named in full: the lead introduces whom the headline means), the only one quoted before, or
    the one named in full at least DOMINANT times as often as any other, or the only one not named
    in full only as another's relative ("whose son, Kyle Sorensen,"; only when `kin_aside`: news
    style calls Kim Jong Un's sister, Kim Yo Jong, "Kim" too). None when none of these
    settles it: news style often means the article's main subject, but two people of one name
    named once each may be either. `surname`: the one word written for them ("Kim")."""
    in_title = [p for p in people if any(n in index.title for _, n in p)]
    if len(in_title) == 1:
        return in_title[0]
    if not in_title and re.search(rf"\b{re.escape(surname)}\b", index.title):
        # "Clinton swipes at Trump": the headline's Clinton is the one the article's lead
        # introduces, named first; round 56: "Kim warns U.S." of Kim Yo-jong and Kim Jong-un
        # (`surname`, the word "Kim said" writes, is the family name, written first or last)
        return min(people, key=lambda p: p[0][0])
    speakers = [p for p in people if any(n in quoted for _, n in p)]
    if len(speakers) == 1:  # "Donald Trump said …" before "Trump said", Ivanka only named
        return speakers[0]
    ranked = sorted(people, key=len, reverse=True)
    if len(ranked[0]) >= DOMINANT * len(ranked[1]):
        return ranked[0]
    # "Mark Sorensen, whose son, Kyle Sorensen, was killed": news style calls the relative
    # introduced so by the given name; the surname alone means the other
    if not kin_aside:
        return None
    own = [p for p in people if any(at not in index.kin for at, _ in p)]
    return own[0] if len(own) == 1 else None


def nation_meant(
    demonym: str,
    index: NameIndex,
    recent: Sequence[Mention],
    here: tuple[int, int],
    paragraphs: Sequence[str],
    pos: int,
) -> str | None:
    """The person a description by nation means ("the Welshman", "The Scot"): the most salient one
    of its gender the article ties to that nation (else the latest named so tied), else the only
    person of its gender named so far, else no one
    ("Gareth Bale scored … “…,” Martin O'Neill said. The Welshman said: “…”" is Bale's only if
    the article calls him Welsh)."""
    gender = _nationality(demonym) or None
    named = _people_named(gender, index, pos)  # the latest first
    salient = [n for _, n in rank_antecedents(gender, index, recent, here) if n]
    candidates = [*salient, *(n for n in named if n not in salient)]
    tied = (n for n in candidates if tied_to_nation(n, demonym, paragraphs))
    return next(tied, named[0] if len(named) == 1 else None)


def state_meant(
    state: str,
    index: NameIndex,
    recent: Sequence[Mention],
    here: tuple[int, int],
    paragraphs: Sequence[str],
    pos: int,
) -> str | None:
    """The person a US state's demonym means ("the Iowan"): the most salient one the article
    writes that state beside ("Sen. Dwight Hallam (R-Iowa)", "Gov. Tom Rydell of Wisconsin"),
    else the one person named so far so written; None when none is, or several are and none of
    them is salient."""
    words = ["the", state, "person"]
    salient = [n for _, n in rank_antecedents(None, index, recent, here) if n]
    fitting = next((n for n in salient if fits_party(n, words, paragraphs)), None)
    if fitting:
        return fitting
    named = [n for n in _people_named(None, index, pos) if fits_party(n, words, paragraphs)]
    return named[0] if len(named) == 1 else None


def from_place_meant(place: str, index: NameIndex, pos: int, paragraphs: Sequence[str]) -> str:
    """The person a description by a hometown means ("the lawmaker from Mesa"): the one person
    named before `pos` whom the article describes as from there ("Kellan, the Republican from
    Mesa") or writes beside it ("Sen. Gerald Haines (R-Wyo.)" for "the senator from Wyoming");
    UNNAMED when none or several."""
    words = ["the", *place.split(), "person"]
    fitting = [
        n
        for n in _people_named(None, index, pos)
        if from_place_fits(n, place, paragraphs) or fits_party(n, words, paragraphs)
    ]
    return fitting[0] if len(fitting) == 1 else UNNAMED


def _people_named(want: str | None, index: NameIndex, position: int) -> list[str]:
    """The people of gender `want` named in full before `position`, the latest first."""
    people: list[str] = []
    for at, name in reversed(index.runs):
        if at >= position or len(name.split()) < 2 or not index.is_person(name):
            continue
        full = index.fullest(name, at)
        if full not in people and (want is None or index.gender(full) in (want, None)):
            people.append(full)
    return people


def is_nationality(word: str) -> bool:
    """One word naming someone by their nation: "Irishman", "Scot", "Portuguese"."""
    return _nationality(word) is not None


def _nationality(name: str) -> str | None:
    """For one word naming someone by their nation ("Irishman", "Frenchwoman", "Scot",
    "Portuguese"): the gender it gives, "m", "f" or "" for none; None for any other name."""
    low = name_key(name)
    if " " in low:
        return None
    for ending, gender in (("woman", "f"), ("man", "m")):
        if low.endswith(ending) and low.removesuffix(ending) in DEMONYMS:
            return gender
    return "" if low in DEMONYMS or low in NATIONALITY_NOUNS else None


def _in_capitals(name: str) -> bool:
    """Two words or more in capitals, as a dateline writes its place ("BOCA RATON"); not an
    acronym ("NBC")."""
    words = name.split()
    return len(words) > 1 and all(w.isupper() and w.isalpha() and len(w) > 2 for w in words)


def _someone_of_a_person(role: str | None) -> bool:
    """A description of one person by another ("singer's spokesman", "the star's agent")."""
    words = (role or "").split()
    return any(is_possessive(w) and person_head(without_possessive(w).lower()) for w in words[:-1])


def could_be_surname(word: str, index: NameIndex, speaking: bool = False) -> bool:
    """A single capitalised word the article also writes mid-sentence that the word lists do not
    make a place, a people, a party, an organisation or a common word: "Cruz", not "Florida",
    "Democrats" or "Second". `speaking`: the word is the subject of a speech verb ("Cruz openly
    admitted"), which shows it is someone even if the article never writes it mid-sentence."""
    low = word.lower()
    return not (
        " " in word
        or not_in_a_name(low)
        or low in AFFILIATIONS
        or kind_by_lists(word, [low]) is not None
        or (_no_one(word, index) and not (speaking and _one_word_speaker(word)))
    )


def _one_word_speaker(word: str) -> bool:
    """A lone word speaking that does not read as a plural ("Friends said", "Democrats said"):
    a surname in -s ("Sanders") still needs the article to write it mid-sentence."""
    return not word.endswith("s")


def _of_a_document(role: str | None) -> bool:
    """A description of one person by a document ("the ad’s narrator", "the letter's author"):
    someone the article has not named, not the person the document is about."""
    words = (role or "").split()
    return any(
        is_possessive(w)
        and w.lower().removesuffix("’s").removesuffix("'s").rstrip("’'") in DOCUMENTS
        for w in words[:-1]
    )


def _a_place(name: str) -> bool:
    """A speaker name that is a place ("Queens", "Puerto Rico", "Virginia"), not a person named
    after one ("Peter Hall")."""
    words = name_key(name).split()
    return kind_by_lists(name, words) == "place" and not (len(words) > 1 and gender_of(name))


_COMPASS: Final = frozenset({"east", "west", "north", "south"})  # surnames too: "Marty West"


def _no_one(name: str, index: NameIndex) -> bool:
    """A speaker name that is nobody: a capitalised word that only opens sentences ("Holding signs,
    the protesters chanted"), a place ("New Hampshire") or a group ("Senate Democrats")."""
    words = name.split()
    last = words[-1]
    if len(words) == 1 and not index.is_person(name, speaker=True) and len(last) > 1:
        return True
    if len(words) > 1 and last.lower() in PLACE_HEADS - _COMPASS and not first_name_like(words[0]):
        return True
    return len(last) > 3 and last.endswith("s") and index.is_proper(last[:-1])


def _resolve(
    want: str | None, index: NameIndex, recent: Sequence[Mention], here: tuple[int, int], pos: int
) -> tuple[str | None, str]:
    """The antecedent, and how far it was: "" (this paragraph), ", earlier paragraph" or ", nearest
    name" (no subject fitted)."""
    ranked = rank_antecedents(want, index, recent, here)
    if not ranked:  # no subject fits: the nearest full name written before
        return named_before(want, index, pos), ", nearest name"
    if _close(ranked) or _paired(ranked, recent):
        return None, ""
    best = ranked[0][1]
    if best == UNNAMED:  # "A spokesman for Vodafone said …. “…,” he said": not a named person
        return None, ""
    last = max(m.paragraph for m in recent if m.name == best)
    far = "" if last == here[1] else ", earlier paragraph"
    # a second candidate within RIVAL of the best: resolved, but less surely
    rival = ", rival" if len(ranked) > 1 and ranked[1][0] >= RIVAL * ranked[0][0] else ""
    return best, far + rival


def _past_the_asker(
    want: str | None,
    index: NameIndex,
    recent: Sequence[Mention],
    here: tuple[int, int],
    asker: str = UNNAMED,
) -> tuple[str | None, str]:
    """The antecedent once the asker (someone unnamed, or a named host) is passed over: the most
    salient named person of the pronoun's gender, when the best was the asker and no other named
    rival comes near (a quarter of its salience or more)."""
    ranked = rank_antecedents(want, index, recent, here)
    if not ranked or ranked[0][1] != asker:
        return None, ""
    named = [(score, name) for score, name in ranked if name not in (UNNAMED, asker)]
    if not named or (len(named) > 1 and named[1][0] >= RIVAL * named[0][0]):
        return None, ""  # two named women (or men) the reporter may have pressed: either
    last = max(m.paragraph for m in recent if m.name == named[0][1])
    return named[0][1], "" if last == here[1] else ", earlier paragraph"


def past_the_asker(
    pronoun: str,
    index: NameIndex,
    recent: Sequence[Mention],
    here: tuple[int, int],
    asker: str,
) -> str | None:
    """The person a pronoun answering `asker`'s question means: the most salient named person of
    its gender once the asker is passed over, if no other comes near; else None."""
    return _past_the_asker(PRONOUNS[pronoun], index, recent, here, asker)[0]


def _paired(ranked: list[tuple[float, str]], recent: Sequence[Mention]) -> bool:
    """The best antecedent was last named with another who fits as well, as the two subjects of
    one sentence ("Okafor and Carver were once allies. She said …"): either may be meant."""
    best = ranked[0][1]
    last = next((m for m in reversed(recent) if m.name == best), None)
    if last is None or last.how != "pair":
        return False
    fitting = {name for _, name in ranked[1:]}
    return any(
        m.how == "pair" and m.sentence == last.sentence and m.name in fitting for m in recent
    )


def _named_here_instead(
    name: str,
    want: str,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    where: tuple[int, int],
    pos: int,
) -> bool:
    """A pronoun resolved to someone of unknown gender named in an earlier paragraph while its own
    paragraph, before it, names only another person of the pronoun's gender ("Pulitzer
    Prize-winning author Junot Díaz …" earlier; here "after Zoe Saldana revealed … “…,” she
    wrote"): either may be meant, so no one is. Not a person named in what the pronoun's own
    sentence reports ("Choosing between Clinton and Sanders is a “false choice,” she said") or
    after an earlier "he" of the paragraph in its sentence when the pronoun says the quotation
    after it ("He says Trump's call … bear some of the responsibility. “…,” he told"; not "what
    he said about Romney’s phrase “…”", Romney's words), round 47."""
    if index.gender(name) or any(m.gender for m in recent if m.name == name):
        return False
    start = _start(paragraphs, where[1])
    own = reported_from(paragraphs[where[1]], pos - start)
    end = pos if own is None else start + own
    par = paragraphs[where[1]]
    here = [
        index.fullest(other, at)
        for at, other in index.runs
        if start <= at < end and (own is None or not after_the_pronoun(par, at - start, want))
    ]
    return name not in here and any(index.gender(other) == want for other in here)


def _named_since_instead(
    name: str,
    want: str,
    index: NameIndex,
    recent: Sequence[Mention],
    pos: int,
    paragraphs: Sequence[str],
) -> bool:
    """A pronoun resolved to someone of unknown gender while the article, after naming them last
    and before the pronoun, names a host or an anchor of the pronoun's gender as the one someone
    told or was asked by ("“…,” he told host Maria Bartiromo. / “…?” she asked", Maj. Gen. Pat
    Ryder named before): either may be meant, so no one is."""
    if index.gender(name) or any(m.gender for m in recent if m.name == name):
        return False
    runs = [(at, index.fullest(other, at)) for at, other in index.runs if at < pos]
    last = max((at for at, full in runs if full == name), default=-1)
    if last < 0:
        return False
    text = "\n".join(paragraphs)
    return any(
        at > last
        and index.gender(full) == want
        and any(job in text[max(0, at - 24) : at] for job in _TOLD_HOST)
        for at, full in runs
    )


_TOLD_HOST: Final = ("host ", "anchor ", "moderator ")  # "told host Maria Bartiromo"


def _titled(
    role: str | None,
    index: NameIndex,
    recent: Sequence[Mention],
    here: tuple[int, int],
    paragraphs: Sequence[str],
) -> str | None:
    """The one salient person whose role, as the article writes it, holds the description's
    capitalised head: "the Bishop" → Tom Wright, "the Bishop of Durham"."""
    if not role or not role.split()[-1][:1].isupper():
        return None
    head = role.split()[-1].lower()
    fits = {
        name
        for _, name in rank_antecedents(None, index, recent, here)
        if head in (role_near(name, paragraphs) or "").lower().split()
    }
    return next(iter(fits)) if len(fits) == 1 else None


def _the_one_holder(
    role: str | None,
    name: str | None,
    index: NameIndex,
    recent: Sequence[Mention],
    here: tuple[int, int],
    paragraphs: Sequence[str],
    roleless: bool = False,
) -> str | None:
    """For a description by one plain noun ("the judge") whose most salient person `name` the
    article gives another role (or, with `roleless`, for an office, "the governor", none): the
    one other person it gives a role holding that noun, if exactly one ("U.S. District Judge Alan
    Reyna", "former Virginia governor Charles Pemberton"); None otherwise."""
    if not role or " " in role or not name or not role.isalpha():
        return None
    head = role.lower()
    mine = (role_near(name, paragraphs) or "").lower().split()
    if head in mine or not (mine or roleless):
        return None
    fits = {
        other
        for _, other in rank_antecedents(None, index, recent, here)
        if other and head in (role_near(other, paragraphs) or "").lower().split()
    }
    if not mine and any(not _heads(head, role_near(f, paragraphs) or "") for f in fits):
        return None  # "the president" is not "Vice President Harris" for a Biden of no role
    return next(iter(fits)) if len(fits) == 1 else None


_UNDER: Final = frozenset({"vice", "deputy", "lieutenant", "assistant", "associate", "acting"})


def _heads(noun: str, role: str) -> bool:
    """`noun` is the head of `role` ("former Virginia governor"), not under it ("Vice President",
    "Lieutenant Governor")."""
    words = role.lower().split()
    return bool(words) and words[-1] == noun and (len(words) < 2 or words[-2] not in _UNDER)


def _written_beside_another(
    role: str,
    name: str,
    index: NameIndex,
    recent: Sequence[Mention],
    here: tuple[int, int],
    paragraphs: Sequence[str],
    pos: int,
) -> str | None:
    """For a description by one plain noun ("the developer") that the article writes beside one
    name ("Marcus Tillery, a Florida real estate developer", "businessman Curtis Hale") other than
    the most salient person `name`: that person, as named so far or in full before `pos` ("his
    largest donor, the hedge fund manager Alan Petrie," names no subject), else UNNAMED; None when
    the noun is written beside `name` itself, beside several or beside no one."""
    if not (role.isalpha() and role.islower()):
        written_so_far = paragraphs[: here[1] + 1]
        apposed = {index.fullest(h, pos) for h in apposed_holders(role, written_so_far)}
        if len(apposed) != 1:  # round 58: "the Lib Dem leader said" after "The Lib Dem leader,
            return None  # Ed Carrick,": Carrick, not the shadow chancellor named after him
        holder = apposed.pop()
        return None if holder == name else holder
    if gender_of_head(role) is not None and index.gender(name) is not None:
        return None  # "the woman", "the businesswoman": the pronoun's gender reads those; but
        # round 55: "the spokeswoman said" is "spokeswoman Mao Lin", not her colleague "Wang
        # Jianguo", quoted last, whose gender no name tells
    written = list(paragraphs[: here[1] + 1])
    surname = noun_written_beside(role, written)
    holders = place_office_holders(role, written)  # round 58: "The Bishop of Durham, Tom Wright,"
    if holders:
        full = {index.fullest(holder, pos) for holder in holders}
        if len(full) != 1 or (surname and surname != next(iter(full)).split()[-1]):
            return None  # the noun beside two people
        holder = full.pop()  # "the bishop" is Tom Wright, not Maria Wright, quoted last
        return None if holder == name else holder
    if surname is None or surname == name.split()[-1]:
        return None
    return _person_of(surname, index, recent, here, pos) or UNNAMED


def _the_ranking_member(
    index: NameIndex,
    recent: Sequence[Mention],
    here: tuple[int, int],
    paragraphs: Sequence[str],
    pos: int,
) -> str | None:
    """For "the ranking member": the one person the paragraphs so far write as a ranking
    Democrat, Republican or member, as named so far or in full before `pos`; None otherwise
    (of no one, of several, or of a name no person's)."""
    surname = ranking_written_beside(paragraphs[: here[1] + 1])
    if surname is None:
        return None
    return _person_of(surname, index, recent, here, pos)


# a spouse's survivor, whom no one else in an article about the dead is
WIDOWED: Final = {"widow": "f", "widower": "m"}


def widow_meant(
    role: str,
    index: NameIndex,
    recent: Sequence[Mention],
    here: tuple[int, int],
    paragraphs: Sequence[str],
    pos: int,
) -> str | None:
    """The person "the widow" or "the widower" means: the one the article writes the noun beside
    ("his widow, Catherine Pell,"), of the noun's gender (not her late husband, who shares the
    surname, nor the daughter quoted last); None when it writes it beside no one or several."""
    surname = noun_written_beside(role, list(paragraphs[: here[1] + 1]))
    if surname is None:
        return None
    want = WIDOWED[role]
    for _, person in rank_antecedents(want, index, recent, here):
        if person and person.split()[-1] == surname and index.gender(person) in (want, None):
            return person
    people = [p for p in _people_named(want, index, pos) if p.split()[-1] == surname]
    return people[0] if len(people) == 1 and index.gender(people[0]) == want else None


def _person_of(
    surname: str,
    index: NameIndex,
    recent: Sequence[Mention],
    here: tuple[int, int],
    pos: int,
) -> str | None:
    """The person of `surname` as named so far (the most salient first), else as named in full
    before `pos` when that full name is a person's; None otherwise."""
    ranked = rank_antecedents(None, index, recent, here)
    named = next((p for _, p in ranked if p and p.split()[-1] == surname), None)
    if named:
        return named
    full = index.fullest(surname, pos)
    return full if " " in full and index.is_person(full) else None


def _aged(
    age: str, want: str, index: NameIndex, recent: Sequence[Mention], paragraphs: Sequence[str]
) -> str | None:
    """The one person named so far whom the article gives the age `age` and whose gender does not
    contradict `want`; None when no one or two are."""
    names = {m.name for m in recent if m.name != UNNAMED}
    aged = [n for n in names if index.gender(n) in (want, None) and given_age(n, age, paragraphs)]
    return aged[0] if len(aged) == 1 else None


def _alone_of_any_age(
    name: str,
    age: str,
    want: str,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
) -> bool:
    """`name` is the only person named so far of the gender `want` whom the article gives no
    other age than `age`: the only one "the 71-year-old" can mean."""
    if another_age(name, age, paragraphs):
        return False  # "Bell, 54, …": not "the 68-year-old" (nor "a 29-year-old Trask" in 1987)
    names = {m.name for m in recent if m.name not in (UNNAMED, name)}
    return not any(index.gender(n) == want and not another_age(n, age, paragraphs) for n in names)


def _close(ranked: list[tuple[float, str]]) -> bool:
    """Two people about as salient: "he" could be either."""
    return CLOSE > 0 and len(ranked) > 1 and ranked[1][0] >= CLOSE * ranked[0][0]


def rank_antecedents(
    want: str | None, index: NameIndex, recent: Sequence[Mention], here: tuple[int, int]
) -> list[tuple[float, str]]:
    """The people a pronoun of gender `want` (None for a description) at sentence and paragraph
    `here` may mean, best first, with their salience; people of the other gender left out."""
    sentence, paragraph = here
    scores: dict[str, float] = {}
    titled: dict[str, str] = {}
    for m in recent:
        if m.gender or m.name == UNNAMED:  # someone unnamed: the gender of the last such
            titled[m.name] = m.gender or ""
        weight = WEIGHTS[m.how]
        decay = SENTENCE_DECAY ** max(0, sentence - m.sentence)
        decay *= PARAGRAPH_DECAY ** max(0, paragraph - m.paragraph)
        scores[m.name] = scores.get(m.name, 0.0) + weight * decay
    ranked = []
    for name, score in scores.items():
        gender = titled.get(name) or (index.gender(name) if name != UNNAMED else None)
        if want is not None and gender not in (want, None):
            continue
        if want is not None and gender is None:
            score *= UNKNOWN_GENDER
        ranked.append((score, name))
    ranked.sort(key=lambda c: -c[0])
    return ranked


def resolve_pronoun(
    want: str | None, index: NameIndex, recent: Sequence[Mention], here: tuple[int, int]
) -> str | None:
    """The most salient person whose known gender does not contradict the pronoun; None when two
    people are about as salient."""
    ranked = rank_antecedents(want, index, recent, here)
    return (ranked[0][1] or None) if ranked and not _close(ranked) else None  # "" is UNNAMED


NEAR: Final = 150  # characters: two people named this close together are equally likely


def named_before(want: str | None, index: NameIndex, position: int) -> str | None:
    """Failing a subject: the nearest full name written before `position` that fits the pronoun;
    None when another person who fits is named right beside it ("Police questioned James McIlroy
    and Dmitriy Bogdanov … “…,” he said": either could have said it)."""
    nearest: tuple[int, str] | None = None
    for at, name in reversed(index.runs):
        fits = want is None or index.gender(name) in (want, None)
        if not (at < position and len(name.split()) >= 2 and fits and index.is_person(name)):
            continue
        full = index.fullest(name, at)
        if nearest is None:
            nearest = (at, full)
        elif full != nearest[1]:
            return None if nearest[0] - at <= NEAR else nearest[1]
    return nearest[1] if nearest else None
