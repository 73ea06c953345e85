"""Does an article's sentence state a point? The same named people, numbers and claim words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.textrank import STOPWORDS, content_terms

# Share of the point's claim words (stemmed content words, names and titles apart) the evidence
# must hold besides every name, figure and date. Chosen on the first 600 PolNeAR train articles
# by evaluation/articles/citations_polnear.py's independent check of the groups citing several articles:
# at 0.2, 45 of their 46 citations hold; at 0.3 and 0.4, all 44; at 0.5, all 42 (fewer merged).
MIN_SHARED_WORDS: Final = 0.4

# Capitalised words that name no one: sentence openers, titles, months and days.
_NOT_NAMES: Final = words_set(
    """a an the this that these those he she it they we i his her its their our in on at for of
    to by as but and or if so when while after before since with from about into over under
    mr mrs ms dr sen senator rep gov president former vice secretary chairman sir lord
    general gen col lt capt sgt adm prime minister minister the new old says said according
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec also yet still however meanwhile earlier later last next today
    yesterday tomorrow there here what who how why where"""
)
_NAME_RUN: Final = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|al|bin))*")
_NUMBER: Final = re.compile(r"\d[\d,.]*")
_WORD_NUMBERS: Final = words_set(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million billion trillion half third quarter dozen"""
)
_WORD: Final = re.compile(r"[a-z]+")
# Names a sentence may give in other words: the White House is "the administration".
_SAME_AS: Final = {"white": ("administration",), "house": ("white house", "administration")}


# A word's possessive "'s" and the punctuation after it: compiled once (`re.sub` with a pattern's
# text looks it up in `re`'s cache at each call, about 5,000 instructions a word).
_KEY_END: Final = re.compile(r"(?:[’']s|[’'.,:;])+$")
_PARTS: Final = re.compile(r"[-–’']")  # a hyphenated or possessive word's parts are words too


def _key(word: str) -> str:
    return _KEY_END.sub("", word).lower()


def names(text: str) -> list[str]:
    """The words of each run of capitalised words naming someone or something, a first name
    before a surname left out ("Sen. Ted Cruz" -> cruz, "Asawitri Media" -> asawitri, media)."""
    # Imported here, not at the top: a query's start-up does not load the name lists.
    from briefings.analysis.common.given_names.gender import gender_of

    found = []
    for match in _NAME_RUN.finditer(text):
        words = [_key(w) for w in match.group().split()]
        if match.start() == 0 and len(words) == 1 and words[0] in STOPWORDS:
            continue  # a sentence's first word, capitalised as any would be
        words = [w for w in words if w and w not in _NOT_NAMES and not w.isdigit()]
        for k, word in enumerate(words):
            first_name = k < len(words) - 1 and (len(word) <= 2 or gender_of(word) is not None)
            if not first_name:
                found.append(word)
    return found


_DAYS: Final = words_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december yesterday today tomorrow"""
)


def numbers(text: str) -> set[str]:
    """The figures and dates a text states: digits ("6", "2,000" -> "2000"), number words
    ("two"), weekdays and months ("Tuesday")."""
    digits = {n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(text)}
    spelled = {w for w in _WORD.findall(text.lower()) if w in _WORD_NUMBERS or w in _DAYS}
    return digits | spelled


# One or two lower-case words right before a full name ("campaign manager Jeff Weaver").
_TITLE_BEFORE: Final = re.compile(r"\b([a-z]+(?:\s+[a-z]+)?)\s+(?=[A-Z][\w’'.-]*\s+[A-Z])")


def _titles(text: str) -> list[str]:
    """The lower-case words just before a name ("campaign manager" Jeff Weaver): who someone
    is, not what the point says they did."""
    return [
        word
        for m in _TITLE_BEFORE.finditer(text)
        for word in m.group(1).split()
        if not word.endswith(("ed", "ing")) and word not in _VERBS and word not in STOPWORDS
    ]


_VERBS: Final = words_set("""said says told tells met meets won wins beat beats sent sends urged""")


@dataclass  # not frozen: mypyc builds a frozen one through the interpreted __init__
class Support:
    """How far a sentence states a point: what of the point it lacks, and the words shared."""

    missing_names: tuple[str, ...]
    missing_numbers: tuple[str, ...]  # figures and dates
    shared_words: float  # share of the point's content words (names apart) in the sentence

    @property
    def ok(self) -> bool:
        """Every name and number of the point is there, and enough of its words."""
        return (
            not self.missing_names
            and not self.missing_numbers
            and self.shared_words >= MIN_SHARED_WORDS
        )


@dataclass  # not frozen: mypyc builds a frozen one through the interpreted __init__
class _Read:
    """What the check needs of one sentence, read once (a sentence is compared many times)."""

    lowered: str
    words: frozenset[str]  # its words, and the parts of hyphenated or possessive ones
    names: tuple[str, ...]
    numbers: frozenset[str]
    terms: frozenset[str]  # stemmed content words
    claim: frozenset[str]  # the content words that are not names or the titles before names


@lru_cache(maxsize=20_000)
def _read(text: str) -> _Read:
    words = {_key(w) for w in text.split()}
    words |= {p for w in words for p in _PARTS.split(w) if p}
    found = tuple(dict.fromkeys(names(text)))
    terms = frozenset(content_terms(text))
    named = set(content_terms(" ".join(found) + " " + " ".join(_titles(text))))
    return _Read(
        text.lower(), frozenset(words), found, frozenset(numbers(text)), terms, terms - named
    )


def _word_character(character: str) -> bool:
    """A character `\\w` matches in a pattern of text (`re`'s Unicode word characters)."""
    return character.isalnum() or character == "_"


def _whole(word: str, text: str) -> bool:
    """Whether `word` is in `text` as a whole word: what `re.search(rf"\\b{re.escape(word)}\\b",
    text)` finds, without compiling a pattern for each word (a refresh compares some 400
    distinct words in 1,000 articles, each pattern about 140,000 instructions to compile). A
    place is a word's edge (`\\b`) where one side of it is a word character and the other is
    not (or is the text's end)."""
    if not word:
        return re.search(r"\b\b", text) is not None
    first, last = _word_character(word[0]), _word_character(word[-1])
    size = len(text)
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = at > 0 and _word_character(text[at - 1])
        after = end < size and _word_character(text[end])
        if before != first and after != last:
            return True
        at = text.find(word, at + 1)
    return False


def support(evidence: str, point: str) -> Support:
    """How far `evidence` (one article's sentence) states `point`."""
    if evidence.strip() == point.strip():
        return Support((), (), 1.0)
    said, claimed = _read(evidence), _read(point)
    missing = tuple(
        n
        for n in claimed.names
        if n not in said.words
        and not any(_whole(o, said.lowered) for o in (n, *_SAME_AS.get(n, ())))
    )
    lacking = tuple(sorted(claimed.numbers - said.numbers))
    wanted = claimed.claim  # the claim's own words, names apart
    shared = len(wanted & said.terms) / len(wanted) if wanted else 1.0
    return Support(missing, lacking, round(shared, 4))


def states(evidence: str, point: str) -> bool:
    """True when `evidence` states `point` (see `Support.ok`)."""
    return support(evidence, point).ok
