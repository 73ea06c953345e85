"""Names listed with bodies or with people, which are of that kind too.

"Goldman Sachs, Morgan Stanley and Merrill Lynch" are three banks, "Jolene Byrne, Maria
McCambridge and Fionnualla Britton" three people.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final, Protocol, TypeVar

from briefings.analysis.common.names import words_set
from briefings.analysis.people.own_words.nature import is_common_word, is_plural_thing
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import BODY_NOUNS


class _Named(Protocol):
    """What the rule reads of a candidate name."""

    @property
    def kind(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def role(self) -> str | None: ...
    @property
    def alias(self) -> str | None: ...
    @property
    def evidence(self) -> bool: ...
    @property
    def spoken(self) -> bool: ...


N = TypeVar("N", bound=_Named)


def listed_with_bodies(tokens: list[Token], spans: Sequence[tuple[int, int, N]]) -> Iterator[N]:
    """The people with no mark of a person (no role, title or speech) in a list of three or more
    names that holds as many bodies as people: "Goldman Sachs, Morgan Stanley and JPMorgan Chase
    advised" (a list joins like with like)."""
    for chain in _lists(tokens, spans):
        yield from _unmarked_among_bodies(chain)


def listed_with_people(tokens: list[Token], spans: Sequence[tuple[int, int, N]]) -> Iterator[N]:
    """Full names whose first word no list of given names holds, in a list of three or more
    names that are all people but them: "Jolene Byrne, Maria McCambridge and Fionnualla Britton"
    (a list joins like with like)."""
    for chain in _lists(tokens, spans):
        unknown = [c for c in chain if c.kind is None and " " in c.text]
        people = [c for c in chain if c.kind == "person"]
        if unknown and len(people) >= 2 and len(people) + len(unknown) == len(chain):
            yield from unknown


def listed_after_bodies_noun(
    tokens: list[Token], spans: Sequence[tuple[int, int, N]]
) -> Iterator[N]:
    """The names with no mark of a person in a list of two or more right after a body's noun in
    the plural: "Retailers Ted Baker, Jack Wills and Karen Millen have struggled" are retailers
    ("presenters Ant McPartlin and Declan Donnelly" are people: no body's noun)."""
    ordered = sorted(spans, key=lambda s: s[0])
    for k, (i, _, c) in enumerate(ordered):
        if k == 0 and _closes_a_list_of_unread_names(tokens, i):
            if not _marked(c):
                yield c  # "Brewers Greene King and Shepherd Neame": the first read as no one
            continue
        # the noun read apart from the run it opened: "Housebuilders Taylor Woodrow and …"
        opened = i == 0 and not c.text.startswith(tokens[0].text) and _a_plural_bodys(tokens[0])
        if not (opened or _after_a_plural_bodys_noun(tokens, i)):
            continue
        chain = [c]
        end = ordered[k][1]
        closed = False
        for m in range(k + 1, len(ordered)):
            between = _between(tokens, ordered[m - 1][1], ordered[m][0])
            if between == (",",):
                chain.append(ordered[m][2])
                end = ordered[m][1]
            elif between in _LAST:
                chain.append(ordered[m][2])
                closed = True
                break
            else:
                break
        if closed or _an_unread_name_after(tokens, end):
            # "Brewers Shepherd Neame and Greene King": the last read as no one closes it too
            yield from (n for n in chain if not _marked(n))


def named_after_a_plural_bodys_noun(
    tokens: list[Token], spans: Sequence[tuple[int, int, N]]
) -> N | None:
    """The one name, with no role, title or mark of a person but speech, right after a body's
    noun in the plural opening the sentence and cut from it, no list after it: British style
    names one firm by its trade in the plural ("Bookmakers Daniel Thwaites said it would sell 50
    pubs"; "Brewer Sam Hall said he" is marked by "he")."""
    first = min(spans, key=lambda s: s[0])
    i, end, c = first
    if i != 0 or c.text.startswith(tokens[0].text) or not _a_plural_bodys(tokens[0]):
        return None
    if c.role or c.alias or c.evidence or _an_unread_name_after(tokens, end):
        return None
    later = [s for s in spans if s[0] > end]
    between = _between(tokens, end, min(s[0] for s in later)) if later else None
    if between is not None and (between in _LAST or between == (",",)):
        return None  # a list: `listed_after_bodies_noun`
    return c


def _closes_a_list_of_unread_names(tokens: list[Token], start: int) -> bool:
    """The name at `start` right after "and" or "or", the words before it back to a body's noun
    in the plural opening the sentence all capitalised (a name, or names joined by commas, that
    gave no candidate): "Brewers Greene King and Shepherd Neame have both reported" (the noun
    says what the names it lists are, whether or not the first was read as a name)."""
    if start < 3 or tokens[start - 1].lower not in _JOINING:
        return False
    if not (tokens[0].is_cap and _a_plural_bodys(tokens[0])):
        return False
    between = tokens[1 : start - 1]
    return all(
        (t.is_word and t.is_cap and not t.possessive) or (t.text == "," and k)
        for k, t in enumerate(between)
    )


_JOINING: Final = frozenset({"and", "or"})


def _an_unread_name_after(tokens: list[Token], end: int) -> bool:
    """ "and" or "or" and a capitalised word right after the name that ends at `end`, the words
    of a last name that gave no candidate: "Brewers Shepherd Neame and Greene King have"."""
    if end + 1 >= len(tokens) or tokens[end].lower not in _JOINING:
        return False
    after = tokens[end + 1]
    return after.is_word and after.is_cap and not after.possessive


def _after_a_plural_bodys_noun(tokens: list[Token], start: int) -> bool:
    """A body's noun in the plural right before the name at `start`, in lower case or opening the
    sentence: "Retailers", "rival chains"."""
    if start == 0:
        return False
    noun = tokens[start - 1]
    if not _a_plural_bodys(noun):
        return False  # (most words before a name are none: the sentence not read back to its start)
    return not noun.is_cap or not any(t.is_word for t in tokens[: start - 1])


def _a_plural_bodys(noun: Token) -> bool:
    low = noun.lower
    plural = low.endswith("s") and (low in BODY_NOUNS or low[:-1] in BODY_NOUNS)
    return plural and not noun.possessive


def listed_before_their_kind(
    tokens: list[Token], spans: Sequence[tuple[int, int, N]]
) -> Iterator[N]:
    """The names of a list closed by "and the other" and things of a kind that no person is:
    "Woody, Buzz Lightyear and the other toys" are toys ("Rooney, Gerrard and the other players"
    are not)."""
    ordered = sorted(spans, key=lambda s: s[0])
    for k, (_, end, c) in enumerate(ordered):
        if not _before_other_things(tokens, end):
            continue
        yield c
        m = k
        while m > 0 and _between(tokens, ordered[m - 1][1], ordered[m][0]) == (",",):
            m -= 1
            yield ordered[m][2]


# Things of a kind no person is, closing a list after "and the other": "and the other toys".
_KINDS_OF_THINGS: Final = words_set(
    """toys characters puppets dolls robots animals creatures dogs cats horses brands labels
    chains shops stores firms companies banks products films shows books novels songs albums
    programmes series"""
)


def _before_other_things(tokens: list[Token], end: int) -> bool:
    words = [t.lower for t in tokens[end : end + 4]]
    if words[:3] == ["and", "the", "other"] and len(words) == 4:
        return words[3] in _KINDS_OF_THINGS
    return words[:2] == ["and", "other"] and len(words) > 2 and words[2] in _KINDS_OF_THINGS


def _lists(tokens: list[Token], spans: Sequence[tuple[int, int, N]]) -> Iterator[list[N]]:
    """The lists of three names or more: "A, B and C", "A, B, or C"."""
    ordered = sorted(spans, key=lambda s: s[0])
    chain: list[N] = []
    for k, (i, _, c) in enumerate(ordered):
        between = _between(tokens, ordered[k - 1][1], i) if k else ()
        if between == (",",) or (between in _LAST and len(chain) > 1):
            chain.append(c)
            if between in _LAST:
                yield chain
                chain = []
            continue
        chain = [c]


def _between(tokens: list[Token], end: int, start: int) -> tuple[str, ...]:
    """The words, in lower case, between a name that ends at `end` and the next, at `start`:
    none when they are too many to join a list (more than two)."""
    if not 0 < start - end <= 2:
        return ()
    return tuple(t.lower for t in tokens[end:start])


# What stands before the last name of a list: "A, B and C", "A, B, or C".
_LAST: Final = frozenset({("and",), ("or",), (",", "and"), (",", "or")})


def _unmarked_among_bodies(chain: Sequence[N]) -> Iterator[N]:
    """The people of a list that holds as many bodies as people, or more bands, teams and lone
    unknown words than people ("Arctic Monkeys, Franz Ferdinand and Keane"), when none of its
    names has the mark of a person (a party's members in the plural are no body: "Republicans, Reid Ribble and
    Glenn Grothman")."""
    bodies = sum(c.kind == "organisation" and not _members(c.text) for c in chain)
    people = sum(c.kind == "person" for c in chain)
    bands = sum(_a_bands_or_teams(c) for c in chain)
    lone = sum(c.kind is None and " " not in c.text for c in chain)
    if not (bodies and bodies >= people) and not (bands and bodies + bands + lone > people):
        # a band beside people ("Arctic Monkeys, Kaiser Chiefs, Amy Winehouse and Lily Allen")
        # outweighs them only with the unknown words ("Keane") that list more acts than people
        return
    if all(c.kind in ("organisation", None) or not _marked(c) for c in chain):
        yield from (c for c in chain if c.kind == "person")


def _a_bands_or_teams(c: _Named) -> bool:
    """A name of two words or more, no one's, ending in a plural thing: a band or a team ("Arctic
    Monkeys", "Kaiser Chiefs")."""
    words = c.text.split()
    return c.kind is None and len(words) > 1 and is_plural_thing(words[-1])


def _members(text: str) -> bool:
    """One word in the plural whose singular is an English word: "Democrats", "Tories"."""
    word = text.lower()
    if " " in word or not word.endswith("s"):
        return False
    return is_common_word(word[:-1]) or (word.endswith("ies") and is_common_word(word[:-3] + "y"))


def _marked(c: _Named) -> bool:
    return bool(c.role or c.alias or c.evidence or c.spoken)
