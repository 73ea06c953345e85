"""A surname that several people of one family share: which of them a mention may mean."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.quotes.resolution.descriptions.kin.juniors import junior_by_age
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.roles import dotted
from briefings.analysis.speech.speaker import Speaker

_AGE_RANKS: Final = frozenset({"younger", "elder", "older", "youngest", "eldest", "oldest"})
_YOUNGER: Final = frozenset({"younger", "youngest"})
# round 42: a relative introduced by one of these nouns is the younger or the elder of the two
_CHILDREN: Final = frozenset({"son", "daughter", "grandson", "granddaughter", "stepson"})
_PARENTS: Final = frozenset({"father", "mother", "grandfather", "grandmother", "stepfather"})
_RANKED: Final = re.compile(
    r"\b[Tt]he (younger|elder|older|youngest|eldest|oldest) ([A-Z][\w’'-]+)\b"
)
_RELATIVE: Final = r"\b(?:[Hh]is|[Hh]er) ({}),? (?:[\w.’'-]+ ){{0,4}}?{}\b"
_KIN_WORDS: Final = "|".join(sorted(_CHILDREN | _PARENTS))


def one_of_a_family(sp: Speaker) -> bool:
    """ "the younger Bush", "the elder Mr. Trump": a surname that a comparison of age picks out of
    a family, which the name alone cannot tell apart."""
    return sp.definite and sp.name is not None and sp.role in _AGE_RANKS


def age_rank(sp: Speaker, paragraph: str) -> str | None:
    """The comparison of age that picks the speaker out of a family: "the younger Bush said", or
    "The elder Voss called the bill “…”", a sentence the speaker phrase keeps the surname of
    alone (then the one such comparison of that surname in the paragraph); None otherwise."""
    if one_of_a_family(sp):
        return sp.role
    if not sp.name or " " in sp.name or ("lder " not in paragraph and "ounger " not in paragraph):
        return None
    ranks = {m.group(1) for m in _RANKED.finditer(paragraph) if m.group(2) == sp.name}
    return ranks.pop() if len(ranks) == 1 else None


def rank_at(text: str, at: int, surname: str) -> str | None:
    """The comparison of age opening the subject "the elder Voss" written at `at`, of `surname`;
    None when the subject is no such phrase (a test of its first letters before any split)."""
    if not text.startswith(("The ", "the "), at):
        return None
    words = text[at : at + len(surname) + 14].split()
    return (
        words[1]
        if len(words) > 2 and words[1] in _AGE_RANKS and words[2].rstrip(",;:—") == surname
        else None
    )  # round 57: "The elder Hargrove, a Democrat who served two terms, has stayed …": an aside


_SENTENCE_END: Final = re.compile(r"[.!?][”\"’]*\s")
_CLAUSE_REACH: Final = 200  # characters of a sentence read for "…, the younger Hargrove"


def rank_in_clause(text: str, at: int, surname: str) -> str | None:
    """The comparison of age of the subject "the younger Hargrove" written after a comma in the
    sentence opening at `at` ("Asked about that line, the younger Hargrove shrugged."), of
    `surname`; None when the sentence has no such subject, or two."""
    window = text[at : at + _CLAUSE_REACH]
    end = _SENTENCE_END.search(window)
    window = window[: end.start()] if end else window
    ranks = {
        m.group(1)
        for m in _RANKED.finditer(window)
        if m.group(2) == surname and window[: m.start()].endswith(", ")
    }
    return ranks.pop() if len(ranks) == 1 else None


def by_age(
    rank: str, surname: str, index: NameIndex, pos: int, paragraphs: Sequence[str]
) -> str | None:
    """Of the people named in full with `surname` before `pos`, the one "the younger" or "the
    elder" means when the article introduces one as someone's son, daughter, father or mother
    ("Rep. Harold Voss …. His son, state Sen. Eric Voss,": the younger Voss is Eric, and of the
    two Vosses the elder is Harold); None when it tells no one's age so, or several's."""
    people = [runs[-1][1] for runs in index.people_called(surname) if runs[0][0] < pos]
    text = "\n".join(paragraphs)[:pos]
    if len(people) == 1:  # round 58: "His son Donald Jr. …" — "the younger Mr. Trump"
        return _by_suffix(rank, people[0], text) or junior_by_age(rank, people[0], text)
    if len(people) < 2:
        return None
    children: list[str] = []
    parents: list[str] = []
    for full in people:
        found = re.search(_RELATIVE.format(_KIN_WORDS, re.escape(full)), text)
        if found:
            (children if found.group(1) in _CHILDREN else parents).append(full)
    meant, other = (children, parents) if rank in _YOUNGER else (parents, children)
    if len(meant) == 1:  # "the younger Voss": the one written as a son
        return meant[0]
    if not meant and len(other) == 1 and len(people) == 2:  # "the elder": the other of two
        return next(p for p in people if p != other[0])
    return None


def _by_suffix(rank: str, full: str, text: str) -> str | None:
    """A father and a son of one name, which the index reads as one person: "the elder Greene"
    is "Lamar T. Greene Sr." when the text before writes the name with both "Sr." and "Jr."
    (round 47); None when it does not."""
    written = dotted(full)
    if f"{written} Sr" not in text or f"{written} Jr" not in text:
        return None
    return f"{written} {'Jr.' if rank in _YOUNGER else 'Sr.'}"


def of_the_other_gender(surname: str, meant: str, index: NameIndex) -> list[str]:
    """The people named in full with `surname` whose gender is not that of `meant`, the one a bare
    surname was taken to mean ("Kasmierski" after Joe and Donna Kasmierski): a "he" or "she"
    after it that does not fit `meant` may be the other of them, never someone named before."""
    mine = index.gender(meant)
    if mine is None:
        return []
    if all(
        full == meant or index.gender(full) in (mine, None) for _, full in index.last_named(surname)
    ):
        return []  # (no one of the surname is of the other gender: the people not grouped)
    others = []
    for runs in index.people_called(surname):
        full = runs[-1][1]
        if full != meant and index.gender(full) not in (mine, None):
            others.append(full)
    return others
