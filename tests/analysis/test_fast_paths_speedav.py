"""Round 47's speed steps (branch speedAV) answer as the searches they stand in for did, on edge
texts and on random mixes of the characters they decide on."""

from __future__ import annotations

import random

from briefings.analysis.people.things.horses_and_ships import placings, sister_ships
from briefings.analysis.quotes.finding import marks
from tests.analysis.mixes import words_of


def _random_texts(seed: int, alphabet: str, count: int = 6000, longest: int = 40) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


# Letters, spaces, the straight and curly marks, and a letter that is no ASCII's
_MARKS_ALPHABET = "aZ9 ,." + "\"'" * 3 + "“”‘’é"


def test_marks_are_where_the_searches_find_them() -> None:
    edge = ["", "He said, \"Yes.\" It's 'late'", "“Go,” she said. ‘No’ — it’s", "''''\"\"'"]
    rng = random.Random(7)
    for text in [*edge, *_random_texts(6, _MARKS_ALPHABET)]:
        found = marks._Marks(text)
        place = 0  # the reading goes forward only, as find_spans' does
        while place <= len(text):
            mark = marks._OPENERS.search(text, place)
            assert found.next_opener(place) == (-1 if mark is None else mark.start()), text
            for closers, pattern in marks._CLOSERS.items():
                stop = pattern.search(text, place)
                assert found.next_closer(closers, place) == (-1 if stop is None else stop.start())
            place += rng.randint(1, 4)


def test_spans_of_ascii_and_curly_quotations() -> None:
    text = "He said \"we won\" and 'they' did, it's 'over'. \"Open"
    assert [(s.text, s.closed) for s in marks.find_spans(text)] == [
        ("we won", True),
        ("they", True),
        ("over", True),
        ("Open", False),
    ]
    curly = "“We won,” he said, ‘twice’ and “again"
    assert [s.text for s in marks.find_spans(curly)] == ["We won,", "twice", "again"]


# Words of the searches, pieces and longer words holding them, other words and marks
_RACING_WORDS = ["Trainer", "trainer", "trained", "by", "Jockey", "ridden", "rode", "eroded"]
_RACING_WORDS += ["furlongs", "horse", "horses", "colt", "filly", "gelding", "nightmare", "mare"]
_RACING_WORDS += ["stayer", "hurdles", "fence", "fences", "boxing", "boxes", "bout", "about"]
_RACING_WORDS += ["Grand", "National", "Stakes", "stakes", "Greenham", "NationalStakes"]
_RACING_WORDS += ["fight", "fights", "knocked", "out", "knockout", "welterweight", "weight"]
_RACING_WORDS += ["ship", "ships", "relationship", "liners", "vessel", "cruises", "fleet"]
_RACING_WORDS += ["sailed", "sailor", "voyage", "voyager", "said", "Queen", ",", ".", "-", " "]


def _word_mixes(seed: int) -> list[str]:
    rng = random.Random(seed)
    return [words_of(rng, _RACING_WORDS, 0, 10) for _ in range(6000)]


def test_a_racing_report_is_the_searches_answer() -> None:
    edge = ["", "Trainer Willie Mullins said", "a boxing trainer", "a nightmare", "welterweight"]
    for text in [*edge, *_word_mixes(8)]:
        racing = placings._RACING.search(text) is not None
        boxing = placings._BOXING.search(text) is not None
        assert placings.a_racing_report([text]) == (racing and not boxing), text


def test_a_ships_word_is_the_search_s_answer() -> None:
    edge = ["", "the liner sailed", "a relationship", "Voyager", "cruise ships"]
    for text in [*edge, *_word_mixes(9)]:
        expected = sister_ships._SHIPS.search(text) is not None
        assert sister_ships._a_ships_word(text) == expected, text
