"""Round 50's speed steps (branch speedAX) answer as the searches they stand in for did, on edge
texts and on random mixes of the words of each pattern (drawn from what builds the pattern, so a
word added to it later is in the mixes)."""

from __future__ import annotations

import random
import re

from briefings.analysis.quotes.resolution.names import written_forms
from briefings.analysis.speech import name_index
from briefings.analysis.speech.said_of_self import EITHER_SEX, said_of_self

_NAMES = [
    "Donald J Trump",
    "Lamar T. Greene",
    "Walter H Hollis",
    "George W Bush",
    "L. Brent Bozell",
    "J J Abrams",
]
_OTHER = ["said", "Donald", "Trumps", "J.", "JJ", "Jr.", ",", ".", "-", "\n", "  ", "’", "Mr", "x"]


def _mixes(seed: int, words: list[str], count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        picked = [rng.choice(words) for _ in range(rng.randint(0, 14))]
        texts.append("".join(w + rng.choice(["", "", " ", " ", ", ", "."]) for w in picked))
    return texts


def test_a_names_matches_are_finditer_s() -> None:
    suffixes = sorted(written_forms._SUFFIXES)
    for n, name in enumerate(_NAMES):
        words = written_forms._literal_words(name)
        pattern = written_forms._pattern(name)
        edge = [
            "",
            name,
            name + name,  # one right after the other: the second is no match (its lookbehind)
            f"{name} {name}",
            f"x{name} {name}",
            f"{name} Jr.{name} Sr.",
            f"{words[0]}{words[0]} {name}",
            f"{words[0]} {name}",
            f"-{name}, III",
        ]
        mixed = name.split() + words + suffixes + _OTHER
        for text in [*edge, *_mixes(50 + n, mixed)]:
            want = [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]
            found = written_forms._matches(pattern, words[0], text)
            assert [(m.start(), m.end(), m.groups()) for m in found] == want, (name, text)
            places = tuple((start, groups[0]) for start, _, groups in want)
            assert written_forms._places(name, text) == places, (name, text)


def test_matches_with_no_first_word_try_every_place() -> None:
    pattern = re.compile(r"a?")
    want = [m.span() for m in pattern.finditer("bab")]
    assert [m.span() for m in written_forms._matches(pattern, "", "bab")] == want


class _ReadFirst(name_index.NameIndex):
    """The index as it was: the names a surname alone may be read before the clause is looked for."""

    def _gender_said(self, text: str, end: int, name: str) -> None:
        if " " in name:
            full = {name} if name.split()[0].lower() in EITHER_SEX else set()
        else:
            full = {
                n
                for _, n in self.runs
                if n.endswith(" " + name) and n.split()[0].lower() in EITHER_SEX
            }
        if not full:
            return
        gender = said_of_self(text, end)
        if gender is None:
            return
        last = name.rsplit(" ", 1)[-1]
        self.genders[last] = gender
        for n in full:
            self.genders[n] = gender
            self._gendered_by[last] = n


def test_a_names_own_gender_is_as_before() -> None:
    given = [*sorted(w.title() for w in EITHER_SEX), "Maria", "John"]
    words = [*given, "Tanaka", "Romero", "said", "says", "she", "he", "her", "lawyer", ",", "."]
    for text in _mixes(60, words, 3000):
        new, old = name_index.NameIndex(), _ReadFirst()
        for index in (new, old):
            index.add_text(0, text)
            index.add_text(len(text) + 1, "Tanaka said she would. Romero says he")
        assert (new.genders, new._gendered_by) == (old.genders, old._gendered_by), text
