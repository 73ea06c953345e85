"""Round 50's speed steps (branch speedAX) answer as the searches they stand in for did, on edge
texts and on random mixes of the words of each pattern (drawn from what builds the pattern, so a
word added to it later is in the mixes)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

from briefings.analysis.quotes.resolution.names.forms import written_forms
from briefings.analysis.speech import name_index as built_index
from briefings.analysis.speech.said_of_self import EITHER_SEX, said_of_self
from tests.analysis.mixes import punctuated_mixes


def _interpreted(module: ModuleType) -> ModuleType:
    """The module loaded from its source, interpreted even where the package is compiled with
    mypyc (an interpreted class cannot inherit from a compiled one)."""
    source = (
        Path(__file__).resolve().parents[2].joinpath(*module.__name__.split(".")).with_suffix(".py")
    )
    spec = importlib.util.spec_from_file_location(f"{module.__name__}_source", source)
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = loaded  # its dataclasses look their module up
    spec.loader.exec_module(loaded)
    return loaded


name_index = _interpreted(built_index)

_NAMES = [
    "Donald J Trump",
    "Lamar T. Greene",
    "Walter H Hollis",
    "George W Bush",
    "L. Brent Bozell",
    "J J Abrams",
    "Kim Jong-un",
    "Leahy J",
]
_OTHER = [
    "said",
    "Donald",
    "Trumps",
    "J.",
    "JJ",
    "Jr.",
    ",",
    ".",
    "-",
    "\n",
    "  ",
    "’",
    "Mr",
    "x",
    "_",
    "II",
    "I",
    "\u00a0",
    "\t",
]


def _mixes(seed: int, words: list[str], count: int = 4000) -> list[str]:
    return punctuated_mixes(seed, words, count, 14, ["", "", " ", " ", ", ", "."])


def test_a_names_places_are_the_patterns() -> None:
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
            f"{name}, Jr",
            f"{name},Jr.",
            f"{name} IIII",
            f"{name} Jr_",
            f"{name}.-",
            f"{name}.x",
            f"{name}\u00a0III",
            f"{words[0]}{words[0]} {name}",
            f"{words[0]} {name}",
            f"-{name}, III",
            f"_{name}",
            f"\u00e9{name}",
        ]
        read = [suffix for suffix, _ in written_forms._SUFFIX_READS]
        mixed = name.split() + words + suffixes + read + _OTHER
        for text in [*edge, *_mixes(50 + n, mixed)]:
            places = tuple((m.start(), m.group(1)) for m in pattern.finditer(text))
            assert written_forms._places(name, text) == places, (name, text)
            for at in range(len(text)):
                found = pattern.match(text, at)
                want = (found.end(), found.group(1)) if found else None
                assert written_forms._read_at(words, text, at) == want, (name, text, at)


def test_a_name_with_a_word_of_stops_alone_is_searched() -> None:
    text = "Mr . Smith said, and Mr . Smith Jr. left"
    want = tuple(
        (m.start(), m.group(1)) for m in written_forms._pattern("Mr . Smith").finditer(text)
    )
    assert written_forms._places("Mr . Smith", text) == want


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


def test_the_suffixes_read_are_the_patterns() -> None:
    alternatives = "|".join(
        re.escape(suffix) + (r"\b" if edge else "") for suffix, edge in written_forms._SUFFIX_READS
    )
    assert rf"(?:,?\s+({alternatives}))?" == written_forms._SUFFIX
