"""A body named by its heads, rivals or leavers: "chief executive of", "its rival Freddie Mac"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import BODY_NOUNS

# A body's offices, before "of" and its name ("chief executive of Thomas Cook,"); after its
# possessive only the pairs and its shareholders ("Barack Obama's executive actions", "Trump's
# chairman": a campaign's).
_OFFICES: Final = words_set(
    "chairman chairwoman founder co-founder founders owner owners shareholders"
)
_OFFICE_PAIRS: Final = frozenset(
    {("chief", "executive"), ("managing", "director"), ("finance", "director")}
)


def headed_as_a_body(tokens: list[Token], start: int, end: int) -> bool:
    """A name whose chief executive, chairman, founder or owner the sentence names: a body
    ("Manny Fontenla-Novoa, chief executive of Thomas Cook,", "Thomas Cook's chief executive"),
    which is no person wherever else the article makes it speak ("Thomas Cook said bookings
    rose"); not "chairman of the Trump campaign"."""
    after = [t.lower for t in tokens[end : end + 2]]
    if tokens[end - 1].possessive:
        return tuple(after) in _OFFICE_PAIRS or after[:1] == ["shareholders"]
    if after and tokens[end].is_word:
        return False  # the name qualifies a noun: "chairman of the Trump campaign"
    k = start - 1 - (start > 1 and tokens[start - 1].lower == "the")
    if k < 1 or tokens[k].lower != "of" or tokens[k - 1].is_cap:
        return False
    office = tokens[k - 1].lower
    return office in _OFFICES or (
        office == "executive" and k > 1 and tokens[k - 2].lower == "chief"
    )


# Who a firm or a club is up against: "its rival Freddie Mac".
_RIVALS: Final = words_set("rival rivals competitor competitors")


def a_things_rival(tokens: list[Token], role: list[Token], hint: bool) -> bool:
    """A role read before a name that only makes it a thing's rival: "its smaller rival Freddie
    Mac", "the firm's main rival, Paddy Power", or a bare
    "Rival" before a name written where things stand ("Rival First Choice said its"), as is a
    name's ("Dyson's rival Shark Ninja said sales of its"); not "Tory rival David Davis",
    "Kerry's rival George Bush"."""
    if not role or role[-1].lower not in _RIVALS:
        return False
    at = next((k for k, t in enumerate(tokens) if t is role[0]), 0)
    owner = tokens[at] if role[0].lower in {"its", "their"} or role[0].possessive else None
    if owner is None and at > 0 and tokens[at - 1].lower in {"its", "their"}:
        owner = tokens[at - 1]
    if owner is not None:
        word = owner.lower.removesuffix("'s").removesuffix("’s")
        # a name's rival written where things stand is a thing's: "Dyson's rival Shark Ninja
        # said sales of its" (not "Kerry's rival George Bush said he")
        return word in {"its", "their"} or word in BODY_NOUNS or (hint and owner.is_cap)
    return hint and len(role) == 1


# The verbs of taking a job, before the body left for it: "joined the firm from Michael Kors".
_JOINED: Final = words_set("joined joins joining join")


def joined_from(tokens: list[Token], start: int, end: int) -> bool:
    """A name, no possessive, right after "from" that a verb of joining stands shortly before:
    the body someone left for the new job ("Schulman joined the firm from Michael Kors last
    year", "joined Chelsea from Brighton"); a person is left as "joined from John Smith's firm"."""
    if start < 2 or tokens[start - 1].lower != "from" or tokens[end - 1].possessive:
        return False
    return any(t.lower in _JOINED for t in tokens[max(0, start - 5) : start - 1])
