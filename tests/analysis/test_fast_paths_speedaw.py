"""Round 49's speed steps (branch speedAW) answer as the searches they stand in for did, on edge
texts and on random mixes of the words of each pattern (drawn from what builds the pattern, so a
word added to it later is in the mixes)."""

from __future__ import annotations

import random
import re

from briefings.analysis.quotes.resolution.descriptions.kin import kin_named
from briefings.analysis.quotes.resolution.names.forms import written_forms
from briefings.analysis.speech import office_apposed
from tests.analysis.mixes import punctuated_mixes

_NAMES = [
    "Donald J Trump",
    "Lamar T. Greene",
    "Walter H Hollis",
    "George W Bush",
    "L. Brent Bozell",
]
_OTHER_WORDS = ["said", "Donald", "Trumps", "J.", "Jr.", ",", ".", "-", "\n", "  ", "’", "Mr"]


def _mixes(seed: int, words: list[str], count: int = 4000) -> list[str]:
    return punctuated_mixes(seed, words, count, 12, ["", " ", " ", ", ", "."])


def test_a_names_places_are_the_search_s() -> None:
    suffixes = sorted(written_forms._SUFFIXES)
    for n, name in enumerate(_NAMES):
        words = name.split() + written_forms._literal_words(name) + suffixes + _OTHER_WORDS
        edge = ["", name, f"{name} Jr.", f"{name}, III said", name.replace(".", ""), "Trump"]
        for text in [*edge, *_mixes(n, words)]:
            expected = tuple(
                (m.start(), m.group(1)) for m in written_forms._pattern(name).finditer(text)
            )
            assert written_forms._places(name, text) == expected, (name, text)
            assert written_forms._places(name, text) == expected  # (asked again: cached)


_OWNERS = ["His", "his", "Her", "her", "Rosa's", "Rosa’s", "Mr"]
_GIVEN = ["Mike", "Kayla", "Marco", "MIKE", "Mike Smith", "mike"]


def test_a_named_relative_is_the_search_s() -> None:
    kins = sorted(kin_named._INVERSE)
    relatives = sorted({w for words in kin_named._INVERSE.values() for w in words})
    words = [*kins, *relatives, *_OWNERS, *_GIVEN, "grandson", "sons", ",", "\n"]
    rng = random.Random(3)
    texts = _mixes(4, words)
    for start in range(0, len(texts), 4):
        paragraphs = texts[start : start + 4]
        upto = rng.randint(0, 3)
        for kin in kins:
            expected = {
                m.group(1)
                for p in paragraphs[: upto + 1]
                for m in kin_named._kin_pattern(kin).finditer(p)
            }
            got = kin_named.kin_named(kin, paragraphs, upto)
            assert got == (expected.pop() if len(expected) == 1 else None), (kin, paragraphs)
            found = {
                (kin_named._OWNER_GENDERS[m.group(1)], m.group(2))
                for p in paragraphs[: upto + 1]
                for m in kin_named._relative_pattern(kin).finditer(p)
            }
            want = found.pop() if len(found) == 1 else None
            assert kin_named.relative_of(kin, paragraphs, upto) == want, (kin, paragraphs)


def test_relatives_named_in_edge_texts() -> None:
    assert kin_named.kin_named("brother", ["His brother, Mike, said"], 0) == "Mike"
    assert kin_named.kin_named("brother", ["Rosa’s brother Mike said"], 0) == "Mike"
    assert kin_named.kin_named("son", ["Her grandson, Mike, said"], 0) is None
    assert kin_named.relative_of("brother", ["His sister, Loretta, left"], 0) == ("m", "Loretta")
    assert kin_named.relative_of("cousin", ["His sister, Loretta, left"], 0) is None


def test_a_phrase_before_a_name_is_the_search_s() -> None:
    styles = re.findall(r"[A-Z][a-z]+", office_apposed._COMMA_AND_STYLE)  # "Dr", "Prof", …
    words = [*styles, *(f"{s}." for s in styles), "health", "secretary", "the", "co-chair", "x"]
    words += [",", ", ", ",  ", ".", " ", "\t", "\n", "’", "Anita", "Kapoor", "9"]
    rng = random.Random(5)
    for text in ["", ", ", "the health secretary, Dr. ", "chair,Mr. ", *_mixes(6, words)]:
        for _ in range(4):
            at = rng.randint(0, len(text))
            start = max(0, at - rng.randint(0, 60))
            found = office_apposed._phrase_before(text, start, at)
            expected = office_apposed._PHRASE_BEFORE.search(text, start, at)
            assert (found and (found.span(), found.group(1))) == (
                expected and (expected.span(), expected.group(1))
            ), (text, start, at)
