"""Round 46's speed steps (branch speedAU) answer as the searches they stand in for did, on edge
texts and on random mixes of the characters they decide on."""

from __future__ import annotations

import random

from briefings.analysis.common.ascii_words import ascii_lower_words, ascii_words
from briefings.analysis.common.splitting import syntok_spans
from briefings.analysis.quotes.resolution.exchanges import questioned
from briefings.analysis.speech import tokens
from tests.analysis.mixes import words_of


def _random_texts(seed: int, alphabet: str, count: int = 6000, longest: int = 40) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


# Letters of both cases, digits, the underscore, marks, spaces, curly quotes and a letter that is
# no ASCII's
_WORDS_ALPHABET = "aZq09_" + ".,'-" + "  \t" + "’“—é"


def test_lower_words_are_the_words_lowered() -> None:
    edge = ["", "Said THE Envoy", "ÉTAT said", "U.S. officials’ — “talks”", "a_B 9x\xa0Q"]
    for text in [*edge, *_random_texts(1, _WORDS_ALPHABET)]:
        words = ascii_words(text)
        expected = None if words is None else frozenset(w.lower() for w in words)
        assert ascii_lower_words(text) == expected, text


# Letters, digits, the marks a token keeps inside it or reads alone, spaces, curly quotes and the
# quote finder's mask
_TOKEN_ALPHABET = "aZ9" + ".&’'-,;:!?()”\"" + "  \t" + "“\ue000"


def test_spaced_tokens_are_the_pattern_s_tokens() -> None:
    edge = ["", "He said, “Yes.”", "M&S and AT&T (AP) U.S.-led", "\ue000, said Mr. Jones."]
    texts = [*edge, *_random_texts(2, _TOKEN_ALPHABET)]
    for text in texts + texts:  # the second time each piece is the memo's
        assert tokens._spaced_tokens(text) == tokens._TOKEN.findall(text), text


# Letters, syntok's ASCII marks that decide, two that are no ASCII's, a mark that does not
# decide, and spaces
_DECIDES_ALPHABET = "aZ" + "!(.;?[{" + "。？" + ",  "


def test_decided_marks_are_where_the_search_matches() -> None:
    edge = ["", "The talks ended. The envoy left!", "Why? (He left.) [No] {x}; ok."]
    for text in [*edge, *_random_texts(4, _DECIDES_ALPHABET)]:
        for end in (len(text), len(text) // 2):
            expected = [m.start() for m in syntok_spans._DECIDES.finditer(text, 0, end)]
            found = syntok_spans._decided_marks(text, end)
            assert sorted(found) == expected, (text, end)


_PRESSED_EDGE = [
    "",
    "Collins pressed Garrity on whether he would vote. Welker then pressed her on whether.",
    "Hannity asked him whether he would sue, and Smith later asked her, why not",
    "Jones questioned him about it; Lee grilled Kim over it. Park quizzed her if so.",
    "Trump challenged Congress on funding. Smith asked Harris whether. Ann asked hers",
]
# Capitals and words of the searches, pieces of their verbs and spaces
_PRESSED_WORDS = ["Ann", "Lee", "then", "pressed", "press", "asked", "him", "her", "h", "on"]
_PRESSED_WORDS += ["whether", "why", "questioned", "grilled", "quizzed", "challenged", ",", " "]


def test_pressed_or_asked_are_the_searches_matches() -> None:
    rng = random.Random(5)
    texts = [words_of(rng, _PRESSED_WORDS, 0, 12) for _ in range(6000)]
    for text in [*_PRESSED_EDGE, *texts]:
        expected = [*questioned._PRESSED.finditer(text), *questioned._ASKED_THEM.finditer(text)]
        found = questioned._pressed_or_asked(text)
        assert [(m.span(), m.groups()) for m in found] == [
            (m.span(), m.groups()) for m in expected
        ], text
