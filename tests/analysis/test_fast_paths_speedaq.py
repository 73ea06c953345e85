"""Round 42's speed steps (branch speedAQ) answer as the searches they stand in for did, on edge
texts and on random mixes of the characters each one decides on."""

from __future__ import annotations

import random
import re

from briefings.analysis.people.article import headings, quoted_titles
from briefings.analysis.people.things import taken_up_as_things
from briefings.analysis.summaries import points

# Each kind of character the steps below look at: ASCII and other letters and digits, the marks
# stripped from a word's ends, apostrophes and quotation marks, spaces of several kinds.
_ALPHABET = (
    "aAsSzZ09bcTtIiMm" + ".,;:!?\"“”‘’'()[]—–-…_/&" + " \t\n\u00a0\u2009" + "éÉßİıſ٣²½Ⅻ\ue000"
)


def _random_texts(seed: int, count: int = 4000, longest: int = 60) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


def _random_words(seed: int, words: list[str], count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(
            rng.choice(words) + rng.choice(" ,.\u00a0'’\"“”") for _ in range(rng.randint(0, 14))
        )
        for _ in range(count)
    ]


_EDGE = [
    "",
    " ",
    "The 3 men",
    "The ٣ men",  # an Arabic-Indic digit: not ASCII, found by the search
    "Sold for ½ of ² its worth",  # neither is a decimal digit
    "Café at 9",
    "no digits here at all",
    "“We will,” she said, “in 2026.”",
]


def test_a_digit_is_found_as_the_search_found_it() -> None:
    for text in [*_EDGE, *_random_texts(1)]:
        assert points._has_digit(text) == (points._NUMBER.search(text) is not None), text


_SONG_TEXTS = [
    "",
    "a poll of the greatest pop songs",
    "topped the singles chart",
    "sang a ballad",
    "the racetrack",  # "track" inside a word: the search decides
    "Tunes and Songs",  # capitals: the search finds none
    "tuned in",
    "a singleton track-record",
]


def test_a_sentence_about_songs_is_found_as_the_search_found_it() -> None:
    words = ["song", "songs", "single", "tracks", "x", "tune", "s", "b"]
    for text in [*_SONG_TEXTS, *_random_words(2, words)]:
        expected = taken_up_as_things._OF_SONGS.search(text) is not None
        assert taken_up_as_things._of_songs(text) == expected, text


def _old_is_heading(paragraph: str) -> bool:
    if paragraph.strip()[-1:] in (".", "!", "?", "”", '"'):
        return False
    words = re.findall(r"[^\W\d_][\w’'-]*", paragraph)
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.7


_HEADINGS = [
    "Related Stories And More",
    "Watch: The Moment It Happened",
    "Politics, Brexit, UK Economy",
    "the Big Three and a lot of lower words here",
    "Big Words And the small",  # 4 of 5: 0.8
    "One Two Three four five",
    "Seven Of Ten Are Up Now Here and then it",  # exactly 0.7
    "A-b C-d e",
    "Éclair Über ßtraße x",
    "O’Brien O'Neill McDonald's d'Arcy",
    "3D 4k 5G and the rest",
    "x/y/z A/B/C",
]


def test_a_heading_is_told_as_the_full_count_told_it() -> None:
    words = ["The", "the", "A", "a", "US", "U.S.", "O’Brien", "x-y", "3D", "—"]
    texts = [*_HEADINGS, *_random_texts(3), *_random_words(4, words)]
    assert any(_old_is_heading(text) for text in texts)
    for text in texts:
        assert headings.is_heading(text) == _old_is_heading(text), text


_OLD_QUOTED = re.compile(r"[“\"‘']([A-Z](?:[^“”\"‘’']|[’']s\b){2,80}?)[”\"’'](?!\w)")


_TITLE_TEXTS = [
    "She read “Eve Green” and ‘Harry Potter and the Goblet of Fire’ twice.",
    "He wrote “Peter Pan,” then 'Bridget Jones's Diary' and \"Tom's\" too",
    "“" + "A" * 79 + "”, “" + "B" * 80 + "” and “" + "C" * 81 + "”",
    "'Ab's' 'Ab'sx' 'Abc'd' “Ab’s”x “Ab’s” ‘It’s Over’",
    *_random_words(5, ["“A", "‘B", "'C", '"D', "e”", "f’", "g'", 'h"', "I's", "J’s", "k"]),
]


def test_a_quoted_title_is_found_as_the_lazy_search_found_it() -> None:
    def found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
        return [(m.span(), m.group(1)) for m in pattern.finditer(text)]

    assert _OLD_QUOTED.search(_TITLE_TEXTS[0])
    for text in _TITLE_TEXTS:
        assert found(quoted_titles._QUOTED, text) == found(_OLD_QUOTED, text), text
