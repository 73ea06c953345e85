"""A player's, a performer's or a manager's marks: "scored for", "sent off", "striker Kaka"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.finding.candidates.candidate import Candidate
from briefings.analysis.people.finding.candidates.credits import before_joined_name
from briefings.analysis.people.finding.results import facing
from briefings.analysis.people.own_words.nature import is_plural_thing
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.clauses import said_as_someone


def sides_of_a_result(
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


def beaten_in_a_result(tokens: list[Token], start: int, end: int) -> bool:
    """A name on either side of "bt", as a results line writes the players of a match: "Cilic bt
    Lorenzi 6-3 6-4", "Gerwyn Price bt Rob Owen 3-2" (a team's results give goals: "Chelsea 2
    Arsenal 1")."""
    return (end < len(tokens) and tokens[end].text == "bt") or (
        start > 0 and tokens[start - 1].text == "bt"
    )


# Jobs of people known by one word, which no firm, band, club or horse has: "singer Duffy".
PERFORMERS: Final = words_set(
    """singer rapper actress actor comedian comedienne model presenter novelist poet author
    playwright painter striker
    midfielder defender goalkeeper winger footballer cricketer golfer boxer sprinter swimmer
    skater athlete"""
)


def after_a_performers_noun(tokens: list[Token], start: int) -> bool:
    """A one-word name right after a performer's or a player's noun in lower case: a person
    known by that one word ("Welsh singer Duffy", "striker Kaka")."""
    if start == 0:
        return False
    before = tokens[start - 1]
    # capitalised only where it opens the sentence: "Midfielder Onana said"
    return (
        before.lower in PERFORMERS and (start == 1 or not before.is_cap) and not before.possessive
    )


# A manager's nouns after a club's name: "Brighton boss Hurzeler", "Everton head coach Dyche".
_MANAGERS: Final = words_set("boss manager coach")


def a_clubs_manager_said_as_someone(tokens: list[Token], start: int, end: int) -> bool:
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


# What stands between a player's name and "sent off": "who had X sent off", "X was sent off".
_BEFORE_SENT_OFF: Final = words_set("was were is has had been being")


def sent_off(tokens: list[Token], end: int) -> bool:
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


def a_dancers_partner(tokens: list[Token], start: int) -> bool:
    """A full name right after a verb of dancing and "with", or "partnered by": a dancer's
    partner, a person ("Tasha Ghouri will dance with Aljaz Skorjanec", "was partnered by Dianne
    Buswell"; not "danced with joy")."""
    if start < 2:
        return False
    before, verb = tokens[start - 1].lower, tokens[start - 2].lower
    return (before == "with" and verb in _DANCING) or (before == "by" and verb == "partnered")


# A player's coming on, after "came", "comes" or "coming": "off the bench", "on as a substitute".
_ON_AS: Final = words_set("substitute replacement sub")


def off_the_bench(tokens: list[Token], end: int) -> bool:
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


def scored(tokens: list[Token], end: int) -> bool:
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


# What a manager says of "his" or "her" as the side they run: "his players", "her squad".
_SIDES: Final = words_set("side players team squad men women")


def said_of_his_side(tokens: list[Token], end: int) -> bool:
    """A name before "said" or "says" and "his" or "her" side, players or team: a manager's, who
    news names by surname alone ("Emery said his players had been brave"; not "Villa said their
    players", nor "Villa said its")."""
    return (
        end + 2 < len(tokens)
        and tokens[end].lower in {"said", "says"}
        and tokens[end + 1].lower in {"his", "her"}
        and tokens[end + 2].lower in _SIDES
    )


# What a player scores, before "from" and their name: "a late goal from Mikey Devlin".
_SCORED: Final = words_set(
    """goal goals try tries header headers penalty penalties strike strikes brace double
    hat-trick free-kick volley equaliser winner opener century"""
)


def scored_by(tokens: list[Token], start: int, end: int) -> bool:
    """A full name after "from" and what a player scores, or joined by "and" to one so placed:
    "a late goal from Mikey Devlin", "tries from Jake Varley and Tom Orr" (a team scores "for")."""
    if end - start < 2 or start < 2:
        return False
    k = before_joined_name(tokens, start)
    if k < start - 1 and start - 1 - k < 3:  # past "and", no full name before it
        return False
    return k > 0 and tokens[k].lower == "from" and tokens[k - 1].lower in _SCORED
